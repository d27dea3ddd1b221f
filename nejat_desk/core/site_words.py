"""The words exported pages show the site's readers, in each edition's own language.

A static page, a newsletter, a feed or a WXR file is read by the readers of one edition, so its
menu, share row, "Read more" and "Download ... (PDF)" are in that edition's language, whatever
language the person exporting has chosen for the interface (core.i18n serves the interface; this
table serves the site, and never goes through a catalogue). The words follow the site's structure:
Home, Articles, Media (Cartoons, NewsPics, Photo Gallery, Videos), Publications, About Us,
Contact us, Editions, the share row, "Back To Top".

`site_word(language, key)` takes a BCP 47 tag ("fa", "fa-IR", "ar_IQ"); a language the table does
not know is given the English word, and so is a key one language lacks. Values may hold named
`str.format` fields ({count}, {title}) that the caller fills in.
"""

from __future__ import annotations

FALLBACK = "en"

SITE_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "home": "Home",
        "articles": "Articles",
        "media": "Media",
        "cartoons": "Cartoons",
        "newspics": "NewsPics",
        "photo_gallery": "Photo Gallery",
        "videos": "Videos",
        "publications": "Publications",
        "about_us": "About Us",
        "contact_us": "Contact us",
        "editions": "Editions",
        "main_menu": "Main",
        "share": "Share",
        "follow": "Follow",
        "email": "Email",
        "no_skype_link": "Skype closed in May 2025 and has no share link: copy this text and paste it into a message.",
        "author": "Author:",
        "comments": "{count} comments",
        "back_to_top": "Back To Top",
        "read_more": "Read more",
        "download_pdf": "Download {title} (PDF)",
        "download": "Download {name}",
        "source": "Source:",
        "copy": "Text to copy",
        "recent_posts": "Recent Posts",
        "newer_posts": "Newer Posts",
        "older_posts": "Older Posts",
        "page_of": "Page {page} of {pages}",
        "photos": "{count} photos",
        "issue_number": "No. {number}",
        "newsletter_sent_by": "Sent by {sender}",
    },
    "ar": {
        "home": "الرئيسية",
        "articles": "مقالات",
        "media": "الوسائط",
        "cartoons": "كاريكاتير",
        "newspics": "أخبار بالصور",
        "photo_gallery": "معرض صور",
        "videos": "فيديوهات",
        "publications": "إصدارات",
        "about_us": "من نحن",
        "contact_us": "اتصل بنا",
        "editions": "النسخ",
        "main_menu": "القائمة الرئيسية",
        "share": "مشاركة",
        "follow": "تابعونا",
        "email": "البريد الإلكتروني",
        "no_skype_link": "أُغلق Skype في مايو 2025 ولم يعد له رابط للمشاركة: انسخ هذا النص والصقه في رسالة.",
        "author": "الكاتب:",
        "comments": "{count} تعليق",
        "back_to_top": "العودة إلى الأعلى",
        "read_more": "اقرأ المزيد",
        "download_pdf": "تحميل {title} (PDF)",
        "download": "تحميل {name}",
        "source": "المصدر:",
        "copy": "نص للنسخ",
        "recent_posts": "أحدث المقالات",
        "newer_posts": "مقالات أحدث",
        "older_posts": "مقالات أقدم",
        "page_of": "الصفحة {page} من {pages}",
        "photos": "{count} صورة",
        "issue_number": "العدد {number}",
        "newsletter_sent_by": "أرسلها {sender}",
    },
    "fa": {
        "home": "خانه",
        "articles": "مطالب",
        "media": "رسانه‌ها",
        "cartoons": "کاریکاتور",
        "newspics": "خبر تصویری",
        "photo_gallery": "گالری عکس",
        "videos": "ویدیوها",
        "publications": "نشریات",
        "about_us": "درباره ما",
        "contact_us": "تماس با ما",
        "editions": "نسخه‌ها",
        "main_menu": "منوی اصلی",
        "share": "اشتراک‌گذاری",
        "follow": "ما را دنبال کنید",
        "email": "ایمیل",
        "no_skype_link": "Skype در مه ۲۰۲۵ بسته شد و پیوند اشتراک‌گذاری ندارد: این متن را کپی کنید و در یک پیام بچسبانید.",
        "author": "نویسنده:",
        "comments": "{count} دیدگاه",
        "back_to_top": "بازگشت به بالا",
        "read_more": "بیشتر بخوانید",
        "download_pdf": "دریافت {title} (PDF)",
        "download": "دریافت {name}",
        "source": "منبع:",
        "copy": "متن برای کپی",
        "recent_posts": "آخرین مطالب",
        "newer_posts": "مطالب جدیدتر",
        "older_posts": "مطالب قدیمی‌تر",
        "page_of": "صفحهٔ {page} از {pages}",
        "photos": "{count} عکس",
        "issue_number": "شمارهٔ {number}",
        "newsletter_sent_by": "فرستنده: {sender}",
    },
    "sq": {
        "home": "Kreu",
        "articles": "Artikuj",
        "media": "Media",
        "cartoons": "Karikatura",
        "newspics": "Lajme në foto",
        "photo_gallery": "Galeri fotografish",
        "videos": "Video",
        "publications": "Botime",
        "about_us": "Rreth nesh",
        "contact_us": "Na kontaktoni",
        "editions": "Edicionet",
        "main_menu": "Menuja kryesore",
        "share": "Shpërndaje",
        "follow": "Na ndiqni",
        "email": "Email",
        "no_skype_link": "Skype u mbyll në maj 2025 dhe nuk ka lidhje shpërndarjeje: kopjojeni këtë tekst dhe ngjiteni në një mesazh.",
        "author": "Autori:",
        "comments": "{count} komente",
        "back_to_top": "Kthehu lart",
        "read_more": "Lexo më shumë",
        "download_pdf": "Shkarko {title} (PDF)",
        "download": "Shkarko {name}",
        "source": "Burimi:",
        "copy": "Teksti për ta kopjuar",
        "recent_posts": "Postimet e fundit",
        "newer_posts": "Postime më të reja",
        "older_posts": "Postime më të vjetra",
        "page_of": "Faqja {page} nga {pages}",
        "photos": "{count} foto",
        "issue_number": "Nr. {number}",
        "newsletter_sent_by": "Dërguar nga {sender}",
    },
}


# Month names readers see under each post, January (Farvardin) first.
MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"),
    "fa": ("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"),
    "sq": ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
           "dhjetor"),
}
JALALI_MONTHS: dict[str, tuple[str, ...]] = {
    "fa": ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"),
    "en": ("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey",
           "Bahman", "Esfand"),
    "ar": ("فروردين", "أرديبهشت", "خرداد", "تير", "مرداد", "شهريور", "مهر", "آبان", "آذر", "دي", "بهمن", "إسفند"),
    "sq": ("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey",
           "Bahman", "Esfand"),
}
# How the site joins several names (bylines, sources): the Arabic comma in Arabic script.
LIST_SEPARATORS: dict[str, str] = {"en": ", ", "ar": "، ", "fa": "، ", "sq": ", "}


def site_language(language: str | None) -> str:
    """The table's language for a BCP 47 tag: "fa-IR" -> "fa"; unknown or empty -> "en"."""
    primary = (language or "").replace("_", "-").split("-", 1)[0].strip().lower()
    return primary if primary in SITE_WORDS else FALLBACK


def site_word(language: str | None, key: str) -> str:
    """The word `key` as the site shows it to readers of `language` (English when unknown).

    An unknown key is a programming error (KeyError), not a missing translation."""
    words = SITE_WORDS[site_language(language)]
    return words.get(key) or SITE_WORDS[FALLBACK][key]
