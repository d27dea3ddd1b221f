<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>خطای پیش‌بینی‌نشده</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your work is saved in the library. Details are in the log:
%2</source>
        <translation>مشکلی پیش آمد: %1

کارتان در کتابخانه ذخیره شده است. جزئیات در گزارش ثبت شده است:
%2</translation>
    </message>
    <message>
        <source>Library in use</source>
        <translation>کتابخانه در حال استفاده است</translation>
    </message>
    <message>
        <source>Library in use elsewhere</source>
        <translation>کتابخانه در رایانهٔ دیگری باز است</translation>
    </message>
    <message>
        <source>Break the lock and open it here? Only do this if the other computer has closed it.</source>
        <translation>قفل شکسته شود و کتابخانه اینجا باز شود؟ فقط وقتی این کار را بکنید که رایانهٔ دیگر آن را بسته باشد.</translation>
    </message>
    <message>
        <source>Library damaged</source>
        <translation>کتابخانه آسیب دیده است</translation>
    </message>
    <message>
        <source>Restore the latest good backup now?</source>
        <translation>آخرین نسخهٔ پشتیبان سالم همین حالا بازگردانده شود؟</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>کتابخانه باز نمی‌شود</translation>
    </message>
    <message>
        <source>Library check</source>
        <translation>بررسی کتابخانه</translation>
    </message>
    <message>
        <source>The library's integrity check found problems:
%1

Use File &gt; Restore from Backup to go back to a good copy.</source>
        <translation>بررسی سلامت کتابخانه به این مشکلات برخورد:
%1

برای بازگشت به یک نسخهٔ سالم از «پرونده &gt; بازگردانی از پشتیبان» استفاده کنید.</translation>
    </message>
    <message>
        <source>Library checked: no problems found.</source>
        <translation>کتابخانه بررسی شد: مشکلی پیدا نشد.</translation>
    </message>
    <message>
        <source>Missed while Nejat Desk was closed</source>
        <translation>از دست رفته هنگام بسته بودن میز نجات</translation>
    </message>
    <message>
        <source>Library in a synced folder</source>
        <translation>کتابخانه در پوشهٔ همگام‌سازی‌شده</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Choose an article on the left, or create one with File &gt; New &gt; Article.</source>
        <translation>یک مطلب را از فهرست انتخاب کنید، یا با «پرونده &gt; جدید &gt; مطلب» مطلب تازه‌ای بسازید.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>ج&amp;ست‌وجو…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>جست‌وجو و ج&amp;ایگزینی…</translation>
    </message>
    <message>
        <source>&amp;Undo Typing</source>
        <translation>&amp;واگرد تایپ</translation>
    </message>
    <message>
        <source>&amp;Redo Typing</source>
        <translation>&amp;ازنو تایپ</translation>
    </message>
    <message>
        <source>Save a &amp;Revision Now</source>
        <translation>ذخیرهٔ یک &amp;رونوشت همین حالا</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>&amp;رونوشت‌ها…</translation>
    </message>
    <message>
        <source>Show &amp;Invisible Characters (ZWNJ, LRM, RLM)</source>
        <translation>نمایش نویسه‌های &amp;نامرئی (نیم‌فاصله، LRM، RLM)</translation>
    </message>
    <message>
        <source>Insert Zero-Width Non-Joiner (Shift+Space)</source>
        <translation>درج نیم‌فاصله (Shift+Space)</translation>
    </message>
    <message>
        <source>Persian Digits (۰–۹)</source>
        <translation>رقم‌های فارسی (۰–۹)</translation>
    </message>
    <message>
        <source>Arabic-Indic Digits (٠–٩)</source>
        <translation>رقم‌های عربی (٠–٩)</translation>
    </message>
    <message>
        <source>Western Digits (0–9)</source>
        <translation>رقم‌های لاتین (0–9)</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>همهٔ تغییرها ذخیره شد</translation>
    </message>
    <message>
        <source>%1 words · %2 min read</source>
        <translation>%1 واژه · %2 دقیقه مطالعه</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>ذخیره شد %1</translation>
    </message>
    <message>
        <source>Could not save (will retry in 2 s): %1</source>
        <translation>ذخیره نشد (۲ ثانیهٔ دیگر دوباره تلاش می‌شود): %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>وضعیت: %1</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>ترجمه</translation>
    </message>
    <message>
        <source>Revision saved.</source>
        <translation>رونوشت ذخیره شد.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>تیتر</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>نام نویسنده</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>یافته</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>آمادهٔ انتشار</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(حذف‌شده)</translation>
    </message>
    <message>
        <source>(untitled: %s)</source>
        <translation>(بی‌تیتر: %s)</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <source>Search titles, text, excerpts and bylines</source>
        <translation>جست‌وجو در تیترها، متن، چکیده‌ها و نام نویسندگان</translation>
    </message>
    <message>
        <source>All editions</source>
        <translation>همهٔ نسخه‌ها</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>از YYYY-MM-DD</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>تا YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>پالایه‌های ذخیره‌شده</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>ذخیره…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Saved filters:</source>
        <translation>پالایه‌های ذخیره‌شده:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>ذخیرهٔ پالایه</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>نام پالایه:</translation>
    </message>
    <message>
        <source>Delete filter</source>
        <translation>حذف پالایه</translation>
    </message>
    <message>
        <source>Delete the saved filter “%1”?</source>
        <translation>پالایهٔ ذخیره‌شدهٔ «%1» حذف شود؟</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%Ln مطلب</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+ articles (counting…)</source>
        <translation>بیش از %1 مطلب (در حال شمارش…)</translation>
    </message>
</context>
<context>
    <name>ArticlePickerDialog</name>
    <message>
        <source>Choose articles to publish</source>
        <translation>مطلب‌هایی را برای انتشار انتخاب کنید</translation>
    </message>
    <message>
        <source>Title or slug contains…</source>
        <translation>تیتر یا نامک شامل…</translation>
    </message>
    <message>
        <source>All editions</source>
        <translation>همهٔ نسخه‌ها</translation>
    </message>
    <message>
        <source>Next…</source>
        <translation>بعدی…</translation>
    </message>
</context>
<context>
    <name>ArticlesWorkspace</name>
    <message>
        <source>Articles</source>
        <translation>مطلب‌ها</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;مطلب</translation>
    </message>
    <message>
        <source>New Article &amp;In</source>
        <translation>مطلب تازه &amp;در</translation>
    </message>
    <message>
        <source>Create &amp;Translation In</source>
        <translation>ساخت &amp;ترجمه در</translation>
    </message>
    <message>
        <source>Convert &amp;Digits of Selection</source>
        <translation>تبدیل &amp;رقم‌های متن انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Publish to Site…</source>
        <translation>&amp;انتشار در سایت…</translation>
    </message>
    <message>
        <source>Move to T&amp;rash</source>
        <translation>انتقال به &amp;زباله‌دان</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>مطلب تازه</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>انتقال به زباله‌دان</translation>
    </message>
    <message>
        <source>Moved to the trash (File &gt; Trash… brings it back).</source>
        <translation>به زباله‌دان منتقل شد (با «پرونده &gt; زباله‌دان…» برمی‌گردد).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed in both places</source>
        <translation>تغییر در هر دو جا</translation>
    </message>
    <message>
        <source>This article was edited in the library and on {site} since they were last in step. Nothing has been overwritten. Choose the version to keep, or merge them.</source>
        <translation>این مطلب پس از آخرین همگام‌سازی هم در کتابخانه و هم در {site} ویرایش شده است. چیزی بازنویسی نشده است. نسخه‌ای را که می‌خواهید نگه دارید انتخاب کنید یا آن دو را ادغام کنید.</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>در کتابخانه</translation>
    </message>
    <message>
        <source>On {site}</source>
        <translation>در {site}</translation>
    </message>
    <message>
        <source>Keep the library's version</source>
        <translation>نگه‌داشتن نسخهٔ کتابخانه</translation>
    </message>
    <message>
        <source>Take the site's version</source>
        <translation>برداشتن نسخهٔ سایت</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>ادغام…</translation>
    </message>
    <message>
        <source>Send the merged version</source>
        <translation>ارسال نسخهٔ ادغام‌شده</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>بعداً تصمیم می‌گیرم</translation>
    </message>
</context>
<context>
    <name>CropEditorDialog</name>
    <message>
        <source>Focal point and crops</source>
        <translation>نقطهٔ کانونی و برش‌ها</translation>
    </message>
    <message>
        <source>Web (longest side 2048)</source>
        <translation>وب (ضلع بلندتر ۲۰۴۸)</translation>
    </message>
    <message>
        <source>Link preview (1200 × 630)</source>
        <translation>پیش‌نمایش پیوند (۱۲۰۰ × ۶۳۰)</translation>
    </message>
    <message>
        <source>Square (1080 × 1080)</source>
        <translation>مربع (۱۰۸۰ × ۱۰۸۰)</translation>
    </message>
    <message>
        <source>Pinterest (1000 × 1500)</source>
        <translation>پینترست (۱۰۰۰ × ۱۵۰۰)</translation>
    </message>
    <message>
        <source>Reset this crop</source>
        <translation>بازنشانی این برش</translation>
    </message>
    <message>
        <source>Click to set the focal point; drag to draw the crop. Every crop keeps the focal point in frame.</source>
        <translation>برای تعیین نقطهٔ کانونی کلیک کنید و برای کشیدن کادر برش بکشید. نقطهٔ کانونی در همهٔ برش‌ها در کادر می‌ماند.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message>
        <source>Nejat Desk</source>
        <translation>میز نجات</translation>
    </message>
    <message>
        <source>Due now: {title}</source>
        <translation>موعد رسیده: {title}</translation>
    </message>
    <message>
        <source>Checking the schedule</source>
        <translation>بررسی برنامهٔ انتشار</translation>
    </message>
    <message>
        <source>Due now: {action}</source>
        <translation>موعد رسیده: {action}</translation>
    </message>
</context>
<context>
    <name>EditionsDialog</name>
    <message>
        <source>Edition Settings</source>
        <translation>تنظیمات نسخه</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>چپ به راست</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>راست به چپ</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>هجری شمسی (جلالی)</translation>
    </message>
    <message>
        <source>Islamic civil</source>
        <translation>هجری قمری (مدنی)</translation>
    </message>
    <message>
        <source>Comma-separated, without #</source>
        <translation>جداشده با ویرگول، بدون #</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>Name in its &amp;own language:</source>
        <translation>نام به زبان &amp;خودش:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>ج&amp;هت:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>منطقهٔ &amp;زمانی:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;تقویم:</translation>
    </message>
    <message>
        <source>Site &amp;URL:</source>
        <translation>&amp;نشانی سایت:</translation>
    </message>
    <message>
        <source>&amp;Permalinks:</source>
        <translation>پی&amp;وندهای یکتا:</translation>
    </message>
    <message>
        <source>&amp;Hashtags:</source>
        <translation>&amp;هشتگ‌ها:</translation>
    </message>
    <message>
        <source>%1 handle:</source>
        <translation>شناسهٔ %1:</translation>
    </message>
    <message>
        <source>Edition settings saved.</source>
        <translation>تنظیمات نسخه ذخیره شد.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>تنظیمات ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Save the changes to this edition's settings?</source>
        <translation>تغییرهای تنظیمات این نسخه ذخیره شود؟</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>WordPress import file (WXR)</source>
        <translation>پروندهٔ درون‌ریزی وردپرس (WXR)</translation>
    </message>
    <message>
        <source>Static HTML pages</source>
        <translation>صفحه‌های ایستای HTML</translation>
    </message>
    <message>
        <source>Markdown with front matter</source>
        <translation>مارک‌داون با سرآیند (front matter)</translation>
    </message>
    <message>
        <source>RSS 2.0 feed</source>
        <translation>خوراک RSS 2.0</translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation>خوراک Atom</translation>
    </message>
    <message>
        <source>Share snippets (JSON per article)</source>
        <translation>متن‌های اشتراک‌گذاری (یک JSON برای هر مطلب)</translation>
    </message>
    <message>
        <source>Hootsuite bulk CSV</source>
        <translation>CSV گروهی هوت‌سوئیت</translation>
    </message>
    <message>
        <source>Calendar (iCalendar)</source>
        <translation>تقویم (iCalendar)</translation>
    </message>
    <message>
        <source>Bundle for a USB stick (ZIP)</source>
        <translation>بستهٔ فلش USB (ZIP)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>برون‌بری</translation>
    </message>
    <message>
        <source>All editions</source>
        <translation>همهٔ نسخه‌ها</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <source>slug-one, slug-two (empty: all)</source>
        <translation>نامک-یک, نامک-دو (خالی: همه)</translation>
    </message>
    <message>
        <source>Only articles dated</source>
        <translation>فقط مطلب‌های با تاریخ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>https://… (empty: each edition's site)</source>
        <translation>https://… (خالی: سایت هر نسخه)</translation>
    </message>
    <message>
        <source>utm_campaign (empty: EDITION-share)</source>
        <translation>utm_campaign (خالی: EDITION-share)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;قالب:</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;نسخه:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;وضعیت:</translation>
    </message>
    <message>
        <source>S&amp;lugs:</source>
        <translation>&amp;نامک‌ها:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>تاریخ‌ها:</translation>
    </message>
    <message>
        <source>&amp;Media base URL:</source>
        <translation>نشانی پایهٔ &amp;رسانه:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;کارزار:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;ذخیره در:</translation>
    </message>
    <message>
        <source>Warnings and the result appear here.</source>
        <translation>هشدارها و نتیجه اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ب&amp;رون‌بری</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>لغو برون‌بری</translation>
    </message>
    <message>
        <source>Posts, categories, tags, media and translation links for WordPress's importer. Scheduled posts whose date has passed are listed: WordPress publishes them at once.</source>
        <translation>نوشته‌ها، دسته‌ها، برچسب‌ها، رسانه‌ها و پیوند ترجمه‌ها برای ابزار درون‌ریزی وردپرس. نوشته‌های زمان‌بندی‌شده‌ای که زمانشان گذشته فهرست می‌شوند: وردپرس آن‌ها را بی‌درنگ منتشر می‌کند.</translation>
    </message>
    <message>
        <source>One page per article in a folder per edition, with canonical and hreflang links.</source>
        <translation>یک صفحه برای هر مطلب، در پوشه‌ای برای هر نسخه، با پیوندهای canonical و hreflang.</translation>
    </message>
    <message>
        <source>One file per article; importing them gives the same articles back.</source>
        <translation>یک پرونده برای هر مطلب؛ درون‌ریزی دوباره همان مطلب‌ها را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>The newest published articles; pick an edition for one file, else a folder.</source>
        <translation>تازه‌ترین مطلب‌های منتشرشده؛ با انتخاب یک نسخه یک پرونده و در غیر این صورت یک پوشه ساخته می‌شود.</translation>
    </message>
    <message>
        <source>Text, link, image and share link for Facebook, X, Pinterest, WhatsApp, Telegram, Skype and Email, one JSON file per article.</source>
        <translation>متن، پیوند، تصویر و پیوند اشتراک‌گذاری برای فیسبوک، ایکس، پینترست، واتس‌اپ، تلگرام، اسکایپ و ایمیل؛ یک پروندهٔ JSON برای هر مطلب.</translation>
    </message>
    <message>
        <source>Scheduled social posts for Hootsuite's bulk composer (date mm/dd/yyyy hh:mm, message, link).</source>
        <translation>پست‌های زمان‌بندی‌شدهٔ شبکه‌های اجتماعی برای ارسال گروهی هوت‌سوئیت (تاریخ mm/dd/yyyy hh:mm، پیام، پیوند).</translation>
    </message>
    <message>
        <source>The publication schedule for any calendar program.</source>
        <translation>برنامهٔ انتشار برای هر برنامهٔ تقویمی.</translation>
    </message>
    <message>
        <source>Pages, feeds, the WXR, the media (location data removed) and the snippets in one ZIP.</source>
        <translation>صفحه‌ها، خوراک‌ها، WXR، رسانه‌ها (با حذف داده‌های مکانی) و متن‌های اشتراک‌گذاری در یک ZIP.</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>برون‌بری در پوشه</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>برون‌بری در پرونده</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>جای ذخیرهٔ خروجی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>برون‌بری %1 در %2…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال برون‌بری…</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>هشدار: %1</translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation>انجام شد: %1 (%2)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>ناموفق: %1</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>جایگزینی با</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>عبارت باقاعده</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>حساس به بزرگی و کوچکی حروف</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>جایگزینی</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>جایگزینی همه</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>پیدا نشد</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%Ln مورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>%Ln مورد جایگزین شد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Galleries</name>
    <message>
        <source>Photo Gallery</source>
        <translation>گالری عکس</translation>
    </message>
    <message>
        <source>Cartoons</source>
        <translation>کاریکاتور</translation>
    </message>
    <message>
        <source>NewsPics</source>
        <translation>خبر تصویری</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>ویدیوها</translation>
    </message>
</context>
<context>
    <name>GalleryEditor</name>
    <message>
        <source>All kinds</source>
        <translation>همهٔ گونه‌ها</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>زباله‌دان</translation>
    </message>
    <message>
        <source>New gallery</source>
        <translation>گالری تازه</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>انتقال به زباله‌دان</translation>
    </message>
    <message>
        <source>Title in this edition</source>
        <translation>تیتر در این نسخه</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>زمان انتشار</translation>
    </message>
    <message>
        <source>No cover</source>
        <translation>بدون تصویر جلد</translation>
    </message>
    <message>
        <source>Use selected picture as cover</source>
        <translation>عکس انتخاب‌شده به‌عنوان جلد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ازنو</translation>
    </message>
    <message>
        <source>Remove from gallery</source>
        <translation>حذف از گالری</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>تیتر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>جلد</translation>
    </message>
    <message>
        <source>Pictures (drag to reorder; drag from the library to add)</source>
        <translation>عکس‌ها (برای جابه‌جایی بکشید؛ برای افزودن از کتابخانه بکشید)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 تازه</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>جابه‌جا نشد</translation>
    </message>
    <message>
        <source>Media #%1</source>
        <translation>رسانهٔ شمارهٔ %1</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>افزودن عکس</translation>
    </message>
    <message>
        <source>Remove pictures</source>
        <translation>حذف عکس‌ها</translation>
    </message>
    <message>
        <source>Move pictures</source>
        <translation>جابه‌جایی عکس‌ها</translation>
    </message>
</context>
<context>
    <name>GalleryItemsModel</name>
    <message>
        <source>Move pictures</source>
        <translation>جابه‌جایی عکس‌ها</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>افزودن عکس</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import Articles</source>
        <translation>درون‌ریزی مطلب‌ها</translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.xml);;All files (*)</source>
        <translation>مطلب‌ها (*.md *.markdown *.xml);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>درون‌ریزی پوشه‌ای از مطلب‌ها</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>خلاصه: %1</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>چیزی برای درون‌ریزی نیست</translation>
    </message>
    <message>
        <source>Cancelled: the files not listed above were not imported.</source>
        <translation>لغو شد: پرونده‌هایی که در بالا نیامده‌اند درون‌ریزی نشدند.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال درون‌ریزی…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>درون‌ریزی تمام شد</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>چیزی درون‌ریزی نشد.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>درون‌ریزی ناموفق بود</translation>
    </message>
</context>
<context>
    <name>IssueEditor</name>
    <message>
        <source>Publication issue</source>
        <translation>شمارهٔ نشریه</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>کتاب‌ها</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>خبرنامه</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>خلاصهٔ خبرها</translation>
    </message>
    <message>
        <source>New series name</source>
        <translation>نام مجموعهٔ تازه</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>افزودن مجموعه</translation>
    </message>
    <message>
        <source>Publish at (UTC)</source>
        <translation>زمان انتشار (UTC)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>بالا</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>پایین</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Export email…</source>
        <translation>برون‌بری ایمیل…</translation>
    </message>
    <message>
        <source>Save a Newsletter issue as an email (.eml) for the mail tool</source>
        <translation>ذخیرهٔ یک شمارهٔ خبرنامه به‌صورت ایمیل (.eml) برای برنامهٔ ایمیل</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>مجموعه</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>تیتر</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>تاریخ شماره</translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation>تصویر جلد</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>فهرست مطالب</translation>
    </message>
    <message>
        <source>Export the newsletter</source>
        <translation>برون‌بری خبرنامه</translation>
    </message>
    <message>
        <source>Email (*.eml);;HTML and text (*.html)</source>
        <translation>ایمیل (*.eml);;HTML و متن (*.html)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>Create a publication series first.</source>
        <translation>ابتدا یک مجموعهٔ انتشار بسازید.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>آمادهٔ انتشار</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>سند PDF</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ویدیو</translation>
    </message>
    <message>
        <source>Online video</source>
        <translation>ویدیوی آنلاین</translation>
    </message>
    <message>
        <source>Photo gallery</source>
        <translation>گالری عکس</translation>
    </message>
    <message>
        <source>Cartoons</source>
        <translation>کاریکاتور</translation>
    </message>
    <message>
        <source>News in pictures</source>
        <translation>خبر تصویری</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>ویدیوها</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>کتاب‌ها</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>خبرنامه</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>خلاصهٔ خبرها</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>فیسبوک</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>ایکس (توییتر)</translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation>پینترست</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتس‌اپ</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>تلگرام</translation>
    </message>
    <message>
        <source>Skype</source>
        <translation>اسکایپ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مطلب</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>گالری</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Social post</source>
        <translation>پست شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>موعد رسیده</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <source>Farsi</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>آلبانیایی</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>ساعتی</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>دستی</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>پیش از ارتقا</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>پیش از بازگردانی</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>رسانه‌ها</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ساخته شد</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>به‌روز شد</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>بدون تغییر</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>ناسازگاری</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nejat Desk</source>
        <translation>میز نجات</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>فضاهای کار</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>پ&amp;رونده</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>ج&amp;دید</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;درون‌ریزی…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ب&amp;رون‌بری…</translation>
    </message>
    <message>
        <source>Share &amp;Snippets…</source>
        <translation>متن‌های &amp;اشتراک‌گذاری…</translation>
    </message>
    <message>
        <source>&amp;Back Up Library Now</source>
        <translation>پ&amp;شتیبان‌گیری از کتابخانه همین حالا</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>ب&amp;ازگردانی از پشتیبان…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;زباله‌دان…</translation>
    </message>
    <message>
        <source>Show Library &amp;Folder</source>
        <translation>نمایش پ&amp;وشهٔ کتابخانه</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ا&amp;زنو</translation>
    </message>
    <message>
        <source>&amp;Edition Settings…</source>
        <translation>تنظیمات &amp;نسخه‌ها…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;ترجیحات…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;تمام‌صفحه</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;About Nejat Desk</source>
        <translation>&amp;دربارهٔ میز نجات</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>باز کردن پوشهٔ &amp;گزارش‌ها</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>پوشهٔ کتابخانه</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>نسخهٔ پشتیبان نوشته شد: %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>پشتیبان‌گیری ناموفق بود</translation>
    </message>
    <message>
        <source>About Nejat Desk</source>
        <translation>دربارهٔ میز نجات</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nejat Desk %1&lt;/h3&gt;&lt;p&gt;An editorial workstation for a multilingual newsroom: write, translate, schedule and hand over posts for the website and social platforms, offline.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;میز نجات %1&lt;/h3&gt;&lt;p&gt;میز کار تحریریه برای خبرگزاری چندزبانه: نوشتن، ترجمه، زمان‌بندی و سپردن مطلب‌ها به وب‌سایت و شبکه‌های اجتماعی، بدون نیاز به اینترنت.&lt;/p&gt;&lt;p&gt;کتابخانه: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(پیشنهادی نیست)</translation>
    </message>
</context>
<context>
    <name>MediaDetailPanel</name>
    <message>
        <source>Caption</source>
        <translation>زیرنویس</translation>
    </message>
    <message>
        <source>Alt text: what the picture shows, for readers who cannot see it</source>
        <translation>متن جایگزین: آنچه عکس نشان می‌دهد، برای خوانندگانی که آن را نمی‌بینند</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>جداشده, با ویرگول</translation>
    </message>
    <message>
        <source> ★</source>
        <translation> ★</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Focal point and crops…</source>
        <translation>نقطهٔ کانونی و برش‌ها…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>انتقال به زباله‌دان</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>تیتر</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>اعتبار عکس</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>حق نشر</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>مجوز</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>به‌کاررفته در</translation>
    </message>
    <message>
        <source>Select a picture to describe it.</source>
        <translation>برای نوشتن توضیح، یک عکس انتخاب کنید.</translation>
    </message>
    <message>
        <source>Came from the site without alt text: add it when you can.</source>
        <translation>از سایت بدون متن جایگزین آمده است: هر وقت توانستید اضافه‌اش کنید.</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>هنوز به کار نرفته</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> پوینت</translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>گرفته‌شده در %1</translation>
    </message>
    <message>
        <source>Has a GPS location: it is removed from every copy that leaves the app.</source>
        <translation>مکان GPS دارد: از هر نسخه‌ای که از برنامه بیرون می‌رود حذف می‌شود.</translation>
    </message>
    <message>
        <source>Looks like a near-duplicate of media #%1.</source>
        <translation>به نظر تقریباً تکراریِ رسانهٔ شمارهٔ %1 است.</translation>
    </message>
    <message>
        <source>No preview for this item.</source>
        <translation>پیش‌نمایشی برای این مورد نیست.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
</context>
<context>
    <name>MediaFilterBar</name>
    <message>
        <source>Search captions, credits, tags…</source>
        <translation>جست‌وجو در زیرنویس‌ها، اعتبارها، برچسب‌ها…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>همهٔ گونه‌ها</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>تصویرها</translation>
    </message>
    <message>
        <source>PDFs</source>
        <translation>PDFها</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>ویدیوها</translation>
    </message>
    <message>
        <source>Hosted videos</source>
        <translation>ویدیوهای میزبانی‌شده</translation>
    </message>
    <message>
        <source>Any gallery</source>
        <translation>هر گالری</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <source>Alt text: any</source>
        <translation>متن جایگزین: همه</translation>
    </message>
    <message>
        <source>No alt text in %1</source>
        <translation>بدون متن جایگزین در %1</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>زباله‌دان</translation>
    </message>
</context>
<context>
    <name>MediaImportDialog</name>
    <message>
        <source>Import media</source>
        <translation>درون‌ریزی رسانه</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>در حال بررسی پرونده‌ها…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Importing media</source>
        <translation>در حال درون‌ریزی رسانه</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 از %2: %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>درون‌ریزی متوقف شد: %1</translation>
    </message>
    <message>
        <source>Cancelling after the files under way…</source>
        <translation>لغو پس از پرونده‌های در حال انجام…</translation>
    </message>
</context>
<context>
    <name>MediaPickModel</name>
    <message>
        <source>Title or file</source>
        <translation>تیتر یا پرونده</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>زیرنویس</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>متن جایگزین</translation>
    </message>
</context>
<context>
    <name>MediaPickerDialog</name>
    <message>
        <source>Choose from the media library</source>
        <translation>انتخاب از کتابخانهٔ رسانه</translation>
    </message>
    <message>
        <source>Filter by title, file name or caption</source>
        <translation>پالایش بر اساس تیتر، نام پرونده یا زیرنویس</translation>
    </message>
</context>
<context>
    <name>MediaWorkspace</name>
    <message>
        <source>Import Files…</source>
        <translation>درون‌ریزی پرونده‌ها…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>درون‌ریزی پوشه…</translation>
    </message>
    <message>
        <source>Add Hosted Video…</source>
        <translation>افزودن ویدیوی میزبانی‌شده…</translation>
    </message>
    <message>
        <source>Add to Open Gallery</source>
        <translation>افزودن به گالری باز</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>انتقال به زباله‌دان</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>خالی کردن زباله‌دان</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>کتابخانه</translation>
    </message>
    <message>
        <source>Galleries</source>
        <translation>گالری‌ها</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>رسانه‌ها</translation>
    </message>
    <message>
        <source>Import media</source>
        <translation>درون‌ریزی رسانه</translation>
    </message>
    <message>
        <source>Images, PDFs and videos (*.jpg *.jpeg *.png *.webp *.gif *.pdf *.mp4 *.webm);;All files (*)</source>
        <translation>تصویرها، PDFها و ویدیوها (*.jpg *.jpeg *.png *.webp *.gif *.pdf *.mp4 *.webm);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Import a folder of media</source>
        <translation>درون‌ریزی پوشه‌ای از رسانه‌ها</translation>
    </message>
    <message>
        <source>Add hosted video</source>
        <translation>افزودن ویدیوی میزبانی‌شده</translation>
    </message>
    <message>
        <source>Address of the YouTube, Vimeo or Aparat video:</source>
        <translation>نشانی ویدیو در یوتیوب، ویمئو یا آپارات:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>تیتر:</translation>
    </message>
    <message>
        <source>Poster image (optional)</source>
        <translation>تصویر پوستر (اختیاری)</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>تصویرها (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>افزوده نشد</translation>
    </message>
    <message>
        <source>No gallery open</source>
        <translation>هیچ گالری‌ای باز نیست</translation>
    </message>
    <message>
        <source>Open a gallery in the Galleries tab first.</source>
        <translation>ابتدا یک گالری را در زبانهٔ گالری‌ها باز کنید.</translation>
    </message>
    <message>
        <source>Still in use</source>
        <translation>هنوز به کار می‌رود</translation>
    </message>
    <message>
        <source>Delete every media item in the trash for good?</source>
        <translation>همهٔ رسانه‌های زباله‌دان برای همیشه حذف شوند؟</translation>
    </message>
    <message>
        <source>%1 items deleted for good.</source>
        <translation>%1 مورد برای همیشه حذف شد.</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Edition</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>تیتر</translation>
    </message>
    <message>
        <source>Made from the title until you edit it; unique in the edition</source>
        <translation>تا وقتی ویرایشش نکرده‌اید از تیتر ساخته می‌شود؛ در هر نسخه یکتاست</translation>
    </message>
    <message>
        <source>From the title</source>
        <translation>از روی تیتر</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>نامک</translation>
    </message>
    <message>
        <source>World/Iraq</source>
        <translation>جهان/عراق</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>جداشده با ویرگول</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>نام نویسنده</translation>
    </message>
    <message>
        <source>The site user who publishes the post</source>
        <translation>کاربر سایت که مطلب را منتشر می‌کند</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>نشانی منبع</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>چکیده</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>تصویر شاخص</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>آمادهٔ انتشار</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>زمان انتشار</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>هنوز نه</translation>
    </message>
    <message>
        <source>The slug %s is already used in this edition.</source>
        <translation>نامک %s در این نسخه پیش‌تر به کار رفته است.</translation>
    </message>
    <message>
        <source>A scheduled article needs a date and time: tick Date and set it.</source>
        <translation>مطلب زمان‌بندی‌شده به تاریخ و ساعت نیاز دارد: «تاریخ» را تیک بزنید و آن را تعیین کنید.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+{n} more</source>
        <translation>+{n} مورد دیگر</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Mark done</source>
        <translation>علامت انجام‌شده</translation>
    </message>
    <message>
        <source>Due now: {action}</source>
        <translation>موعد رسیده: {action}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Application Password</source>
        <translation>گذرواژهٔ برنامه</translation>
    </message>
    <message>
        <source>Application Password for {user} at {url}:</source>
        <translation>گذرواژهٔ برنامه برای {user} در {url}:</translation>
    </message>
    <message>
        <source>There is no secure keyring on this computer, so it is kept only until the app closes.</source>
        <translation>این رایانه جاکلیدی امنی ندارد، پس گذرواژه فقط تا بسته شدن برنامه نگه داشته می‌شود.</translation>
    </message>
</context>
<context>
    <name>PlatformCard</name>
    <message>
        <source>Keep My Text</source>
        <translation>متن خودم بماند</translation>
    </message>
    <message>
        <source>Save this text as edited: generating again keeps it.</source>
        <translation>این متن ویرایش‌شده ذخیره شود: ساختن دوباره آن را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Use Generated Text</source>
        <translation>استفاده از متن ساخته‌شده</translation>
    </message>
    <message>
        <source>Copy Text</source>
        <translation>رونوشت متن</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>رونوشت پیوند</translation>
    </message>
    <message>
        <source>Copy Share Link</source>
        <translation>رونوشت پیوند اشتراک‌گذاری</translation>
    </message>
    <message>
        <source>Skype has no share link any more.</source>
        <translation>اسکایپ دیگر پیوند اشتراک‌گذاری ندارد.</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>تصویر %1</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>بدون تصویر</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>موضوع: %1</translation>
    </message>
    <message>
        <source>%1 of %2 by X's counting (links count 23)</source>
        <translation>%1 از %2 به شمارش ایکس (هر پیوند ۲۳ نویسه)</translation>
    </message>
    <message>
        <source>Message %1 of 4,095 characters; as a photo caption %2 of 1,023</source>
        <translation>پیام %1 از ۴٬۰۹۵ نویسه؛ به‌عنوان زیرنویس عکس %2 از ۱٬۰۲۳</translation>
    </message>
    <message>
        <source>Title %1 of 100, description %2 of 500; 2:3 image</source>
        <translation>تیتر %1 از ۱۰۰، توضیح %2 از ۵۰۰؛ تصویر ۲:۳</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System default</source>
        <translation>پیش‌فرض سیستم</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>پیروی از سیستم</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <source>System time zone</source>
        <translation>منطقهٔ زمانی سیستم</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>ظاهر</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>پ&amp;وسته:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;زبان رابط کاربری:</translation>
    </message>
    <message>
        <source>Show Solar Hijri dates in the Farsi interface</source>
        <translation>نمایش تاریخ هجری شمسی در رابط فارسی</translation>
    </message>
    <message>
        <source>Writing and scheduling</source>
        <translation>نوشتن و زمان‌بندی</translation>
    </message>
    <message>
        <source>&amp;Default edition:</source>
        <translation>نسخهٔ پی&amp;ش‌فرض:</translation>
    </message>
    <message>
        <source>Editor &amp;font size:</source>
        <translation>اندازهٔ &amp;قلم ویرایشگر:</translation>
    </message>
    <message>
        <source>Check &amp;spelling while typing</source>
        <translation>بررسی &amp;املا هنگام تایپ</translation>
    </message>
    <message>
        <source>Your &amp;time zone:</source>
        <translation>منطقهٔ &amp;زمانی شما:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>زبان رابط کاربری</translation>
    </message>
    <message>
        <source>The new interface language is used the next time you start Nejat Desk.</source>
        <translation>زبان تازهٔ رابط کاربری از دفعهٔ بعد که میز نجات را باز کنید به کار می‌رود.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to a site</source>
        <translation>انتشار در سایت</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>در انتظار بررسی</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>سایت</translation>
    </message>
    <message>
        <source>Status on the site</source>
        <translation>وضعیت در سایت</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>زمان انتشار</translation>
    </message>
    <message>
        <source>Queue and send</source>
        <translation>در صف گذاشتن و ارسال</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull posts from {site}</source>
        <translation>دریافت نوشته‌ها از {site}</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>همهٔ نوشته‌ها</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>دریافت</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ا&amp;زنو</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ب&amp;رش</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;رونوشت</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چ&amp;سباندن</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>انتخاب همه</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>نمایش جزئیات...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>پنهان کردن جزئیات...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ذخیرهٔ همه</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>دور انداختن</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>ذخیره نشود</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>بستن بدون ذخیره</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ب&amp;له</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;نه</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>بله برای &amp;همه</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>نه برای ه&amp;مه</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>قطع</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>بازنشانی</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>بازگردانی پیش‌فرض‌ها</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ا&amp;زنو</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ب&amp;رش</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;رونوشت</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>رونوشت &amp;نشانی پیوند</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چ&amp;سباندن</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>انتخاب همه</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>بازگردانی از پشتیبان</translation>
    </message>
    <message>
        <source>Restoring replaces the library's content with the chosen copy. The current content is backed up first, so a restore can itself be undone.</source>
        <translation>بازگردانی محتوای کتابخانه را با نسخهٔ انتخاب‌شده جایگزین می‌کند. پیش از آن از محتوای فعلی پشتیبان گرفته می‌شود، پس خود بازگردانی هم برگشت‌پذیر است.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 مگابایت</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>هنوز نسخهٔ پشتیبانی نیست.</translation>
    </message>
    <message>
        <source>Replace the library with the backup taken %1?</source>
        <translation>کتابخانه با نسخهٔ پشتیبان %1 جایگزین شود؟</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>بازگردانی ناموفق بود</translation>
    </message>
    <message>
        <source>Restored. The previous content was kept as %1.</source>
        <translation>بازگردانده شد. محتوای پیشین با نام %1 نگه داشته شد.</translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message>
        <source>Status change</source>
        <translation>تغییر وضعیت</translation>
    </message>
    <message>
        <source>Saved by hand</source>
        <translation>ذخیرهٔ دستی</translation>
    </message>
    <message>
        <source>Every few minutes</source>
        <translation>هر چند دقیقه</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>پیش از بازگردانی</translation>
    </message>
    <message>
        <source>Import conflict</source>
        <translation>ناسازگاری در درون‌ریزی</translation>
    </message>
    <message>
        <source>Site conflict</source>
        <translation>ناسازگاری با سایت</translation>
    </message>
    <message>
        <source>Before deleting</source>
        <translation>پیش از حذف</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>رونوشت‌ها</translation>
    </message>
    <message>
        <source>Restore This Revision</source>
        <translation>بازگردانی این رونوشت</translation>
    </message>
    <message>
        <source>Differences are shown from the revision to the current text.</source>
        <translation>تفاوت‌ها از رونوشت تا متن فعلی نشان داده می‌شوند.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No revisions yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;هنوز رونوشتی نیست.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <source>current</source>
        <translation>فعلی</translation>
    </message>
</context>
<context>
    <name>ScheduleCommands</name>
    <message>
        <source>Move “{title}”</source>
        <translation>جابه‌جایی «{title}»</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Article</source>
        <translation>مطلب</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>گالری</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Social post</source>
        <translation>پست شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>موعد رسیده</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>Your time ({zone})</source>
        <translation>زمان شما ({zone})</translation>
    </message>
    <message>
        <source>Edition time</source>
        <translation>زمان نسخه</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Edition / platform</source>
        <translation>نسخه / شبکه</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>تیتر</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>هشدارها</translation>
    </message>
    <message>
        <source>all editions</source>
        <translation>همهٔ نسخه‌ها</translation>
    </message>
    <message>
        <source>Nothing scheduled on {day} in: {editions}</source>
        <translation>برای {day} در این نسخه‌ها چیزی زمان‌بندی نشده است: {editions}</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>موعد رسیده</translation>
    </message>
</context>
<context>
    <name>ScheduleWarnings</name>
    <message>
        <source>{count} posts in the {edition} edition in the hour from {time} (at most {limit} per hour).</source>
        <translation>{count} مطلب در نسخهٔ {edition} در یک ساعت از {time} (حداکثر {limit} در ساعت).</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” ({edition}) are {minutes} min apart (at least {limit} min wanted).</source>
        <translation>فاصلهٔ «{first}» و «{second}» ({edition}) فقط {minutes} دقیقه است (دست‌کم {limit} دقیقه لازم است).</translation>
    </message>
    <message>
        <source>“{title}” is scheduled but its status is “{status}”, not ready.</source>
        <translation>«{title}» زمان‌بندی شده اما وضعیتش «{status}» است، نه آمادهٔ انتشار.</translation>
    </message>
    <message>
        <source>The {platform} post for “{title}” goes out before the article it links to.</source>
        <translation>پست {platform} برای «{title}» پیش از مطلبی که به آن پیوند می‌دهد منتشر می‌شود.</translation>
    </message>
    <message>
        <source>The {platform} post for “{title}” is scheduled but the article is not.</source>
        <translation>پست {platform} برای «{title}» زمان‌بندی شده اما خود مطلب نه.</translation>
    </message>
    <message>
        <source>“{title}” uses an image without alt text.</source>
        <translation>«{title}» تصویری بدون متن جایگزین دارد.</translation>
    </message>
    <message>
        <source>“{title}” uses {count} images without alt text.</source>
        <translation>«{title}» {count} تصویر بدون متن جایگزین دارد.</translation>
    </message>
    <message>
        <source>Nothing is scheduled in the {edition} edition on {day}.</source>
        <translation>در نسخهٔ {edition} برای {day} چیزی زمان‌بندی نشده است.</translation>
    </message>
</context>
<context>
    <name>ScheduleWorkspace</name>
    <message>
        <source>Daylight-saving change</source>
        <translation>تغییر ساعت رسمی</translation>
    </message>
    <message>
        <source>{time} happens twice in {zone} (the clocks go back). Which one?</source>
        <translation>ساعت {time} در {zone} دو بار تکرار می‌شود (ساعت‌ها عقب کشیده می‌شوند). کدام؟</translation>
    </message>
    <message>
        <source>The first ({utc} UTC)</source>
        <translation>اولی ({utc} UTC)</translation>
    </message>
    <message>
        <source>The second ({utc} UTC)</source>
        <translation>دومی ({utc} UTC)</translation>
    </message>
    <message>
        <source>{time} does not exist in {zone} (the clocks go forward).</source>
        <translation>ساعت {time} در {zone} وجود ندارد (ساعت‌ها جلو کشیده می‌شوند).</translation>
    </message>
    <message>
        <source>Move to {time}</source>
        <translation>انتقال به {time}</translation>
    </message>
    <message>
        <source>Due and missed</source>
        <translation>موعدرسیده و ازدست‌رفته</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>علامت انجام‌شده</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>هشدارها</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>برنامهٔ انتشار</translation>
    </message>
    <message>
        <source>Publication issue…</source>
        <translation>شمارهٔ نشریه…</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>ب&amp;رنامهٔ انتشار</translation>
    </message>
    <message>
        <source>New publication issue…</source>
        <translation>شمارهٔ تازهٔ نشریه…</translation>
    </message>
    <message>
        <source>Export iCalendar…</source>
        <translation>برون‌بری iCalendar…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Show the {name} edition</source>
        <translation>نمایش نسخهٔ {name}</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>گونه‌ها</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>شبکه‌ها</translation>
    </message>
    <message>
        <source>Colour by edition</source>
        <translation>رنگ بر اساس نسخه</translation>
    </message>
    <message>
        <source>Colour by platform</source>
        <translation>رنگ بر اساس شبکه</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Solar Hijri</source>
        <translation>هجری شمسی</translation>
    </message>
    <message>
        <source>Islamic civil</source>
        <translation>هجری قمری (مدنی)</translation>
    </message>
    <message>
        <source>No second calendar</source>
        <translation>بدون تقویم دوم</translation>
    </message>
    <message>
        <source>+ Gregorian</source>
        <translation>+ میلادی</translation>
    </message>
    <message>
        <source>+ Solar Hijri</source>
        <translation>+ هجری شمسی</translation>
    </message>
    <message>
        <source>+ Islamic civil</source>
        <translation>+ هجری قمری</translation>
    </message>
    <message>
        <source>Edition calendars</source>
        <translation>تقویم نسخه‌ها</translation>
    </message>
    <message>
        <source>Show the Farsi edition's dates in the Solar Hijri calendar and the Arabic edition's in the Islamic civil calendar</source>
        <translation>تاریخ‌های نسخهٔ فارسی به هجری شمسی و تاریخ‌های نسخهٔ عربی به هجری قمری نمایش داده شوند</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>هفتهٔ {date}</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>زمان‌ها به وقت {zone}</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <translation>هشدارها ({n})</translation>
    </message>
    <message>
        <source>Due and missed ({n})</source>
        <translation>موعدرسیده و ازدست‌رفته ({n})</translation>
    </message>
    <message>
        <source>Nothing due or missed</source>
        <translation>چیزی سررسید یا از دست نرفته است</translation>
    </message>
    <message>
        <source>{n} scheduled items were missed while Nejat Desk was closed.</source>
        <translation>{n} مورد زمان‌بندی‌شده هنگام بسته بودن میز نجات از دست رفت.</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>برون‌بری iCalendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting the calendar</source>
        <translation>در حال برون‌بری تقویم</translation>
    </message>
    <message>
        <source>{n} events written to {path}</source>
        <translation>{n} رویداد در {path} نوشته شد</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Edit site</source>
        <translation>ویرایش سایت</translation>
    </message>
    <message>
        <source>Add a WordPress site</source>
        <translation>افزودن سایت وردپرس</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>بدون تغییر</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>آزمایش اتصال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>WordPress user</source>
        <translation>کاربر وردپرس</translation>
    </message>
    <message>
        <source>Application Password</source>
        <translation>گذرواژهٔ برنامه</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>نسخه‌ها</translation>
    </message>
    <message>
        <source>Create an Application Password in the user's profile on the site (Users &gt; Profile &gt; Application Passwords). It is kept in the system keyring.</source>
        <translation>در نمایهٔ کاربر در سایت یک «گذرواژهٔ برنامه» بسازید (کاربران &gt; نمایه &gt; گذرواژه‌های برنامه). این گذرواژه در جاکلیدی سیستم نگه داشته می‌شود.</translation>
    </message>
</context>
<context>
    <name>SitesModels</name>
    <message>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>در حال ارسال</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>ناسازگاری</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ارسال شد</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>سایت</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>نسخه‌ها</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>known</source>
        <translation>ذخیره‌شده</translation>
    </message>
    <message>
        <source>will be asked</source>
        <translation>پرسیده خواهد شد</translation>
    </message>
    <message>
        <source>Application Passwords live in the system keyring; without a secure keyring the password is asked once per session and never stored.</source>
        <translation>گذرواژه‌های برنامه در جاکلیدی سیستم نگه داشته می‌شوند؛ بدون جاکلیدی امن، گذرواژه در هر نشست یک بار پرسیده می‌شود و هرگز ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>Site status</source>
        <translation>وضعیت در سایت</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>تلاش‌ها</translation>
    </message>
    <message>
        <source>Next attempt (UTC)</source>
        <translation>تلاش بعدی (UTC)</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>آخرین پیام</translation>
    </message>
    <message>
        <source>as the article</source>
        <translation>مانند مطلب</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>تیتر</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>نامک</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>SitesWorkspace</name>
    <message>
        <source>Sites</source>
        <translation>سایت‌ها</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>افزودن سایت…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>آزمایش اتصال</translation>
    </message>
    <message>
        <source>Password…</source>
        <translation>گذرواژه…</translation>
    </message>
    <message>
        <source>Pull posts…</source>
        <translation>دریافت نوشته‌ها…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Publish articles…</source>
        <translation>انتشار مطلب‌ها…</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>ارسال همین حالا</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>لغو کار</translation>
    </message>
    <message>
        <source>Compare and resolve…</source>
        <translation>مقایسه و حل ناسازگاری…</translation>
    </message>
    <message>
        <source>Show finished jobs</source>
        <translation>نمایش کارهای تمام‌شده</translation>
    </message>
    <message>
        <source>&lt;b&gt;WordPress sites&lt;/b&gt;</source>
        <translation>&lt;b&gt;سایت‌های وردپرس&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outbox&lt;/b&gt; — everything sent to the sites goes through here; work queued offline goes out when the site can be reached.</source>
        <translation>&lt;b&gt;صندوق ارسال&lt;/b&gt; — هر چه به سایت‌ها فرستاده می‌شود از اینجا می‌گذرد؛ کارهایی که بدون اینترنت در صف گذاشته شده‌اند وقتی سایت در دسترس باشد ارسال می‌شوند.</translation>
    </message>
    <message>
        <source>Unexpected error: {e}</source>
        <translation>خطای پیش‌بینی‌نشده: {e}</translation>
    </message>
    <message>
        <source>Site not added</source>
        <translation>سایت افزوده نشد</translation>
    </message>
    <message>
        <source>Site {name} added.</source>
        <translation>سایت {name} افزوده شد.</translation>
    </message>
    <message>
        <source>Site not saved</source>
        <translation>سایت ذخیره نشد</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>در حال آزمایش…</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>آزمایش اتصال</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>در حال آزمایش اتصال…</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>حذف سایت</translation>
    </message>
    <message>
        <source>Remove {name}? Its outbox jobs and the record of what was sent to it are removed too, and its password is forgotten. Nothing on the site itself is deleted.</source>
        <translation>{name} حذف شود؟ کارهای صندوق ارسال و سابقهٔ آنچه به آن فرستاده شده هم حذف می‌شوند و گذرواژه‌اش فراموش می‌شود. چیزی از خود سایت پاک نمی‌شود.</translation>
    </message>
    <message>
        <source>Pulling posts…</source>
        <translation>در حال دریافت نوشته‌ها…</translation>
    </message>
    <message>
        <source>Pulling posts</source>
        <translation>دریافت نوشته‌ها</translation>
    </message>
    <message>
        <source>Pulled: {c} new, {u} updated, {n} unchanged, {k} conflicts.</source>
        <translation>دریافت شد: {c} تازه، {u} به‌روزشده، {n} بدون تغییر، {k} ناسازگاری.</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;سایت‌ها</translation>
    </message>
    <message>
        <source>Send the outbox now</source>
        <translation>ارسال صندوق ارسال همین حالا</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>سایتی نیست</translation>
    </message>
    <message>
        <source>Add a WordPress site first.</source>
        <translation>ابتدا یک سایت وردپرس اضافه کنید.</translation>
    </message>
    <message>
        <source>Not queued</source>
        <translation>در صف گذاشته نشد</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>چیزی برای ارسال نیست.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <source>Sending to the sites</source>
        <translation>ارسال به سایت‌ها</translation>
    </message>
    <message>
        <source>{n} sent</source>
        <translation>{n} ارسال شد</translation>
    </message>
    <message>
        <source>{n} waiting to retry</source>
        <translation>{n} در انتظار تلاش دوباره</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} ناموفق</translation>
    </message>
    <message>
        <source>{n} in conflict: compare and resolve</source>
        <translation>{n} ناسازگار: مقایسه و حل کنید</translation>
    </message>
    <message>
        <source>The site's version is now in the library.</source>
        <translation>نسخهٔ سایت اکنون در کتابخانه است.</translation>
    </message>
</context>
<context>
    <name>SnippetPreview</name>
    <message>
        <source>Consumer Skype was retired in May 2025 and its web share link with it: there is no share link for Skype any more. Copy the message and paste it into Teams or any chat.</source>
        <translation>اسکایپ عمومی در مه ۲۰۲۵ کنار گذاشته شد و پیوند اشتراک‌گذاری وبش هم با آن: دیگر پیوند اشتراک‌گذاری برای اسکایپ وجود ندارد. پیام را رونوشت کنید و در Teams یا هر گفت‌وگوی دیگری بچسبانید.</translation>
    </message>
</context>
<context>
    <name>SnippetPreviewDialog</name>
    <message>
        <source>Share Snippets</source>
        <translation>متن‌های اشتراک‌گذاری</translation>
    </message>
    <message>
        <source>Article id</source>
        <translation>شناسهٔ مطلب</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>مطلب:</translation>
    </message>
</context>
<context>
    <name>SnippetPreviewPanel</name>
    <message>
        <source>Preparing the snippets…</source>
        <translation>در حال آماده‌سازی متن‌ها…</translation>
    </message>
    <message>
        <source>Snippets…</source>
        <translation>متن‌های اشتراک‌گذاری…</translation>
    </message>
    <message>
        <source>Your text is kept: generating again will not replace it.</source>
        <translation>متن شما نگه داشته می‌شود: ساختن دوباره جایگزینش نمی‌کند.</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>Spelling: %1 (%2)</source>
        <translation>املا: %1 (%2)</translation>
    </message>
    <message>
        <source>No %1 dictionary installed: spelling is not checked</source>
        <translation>واژه‌نامهٔ %1 نصب نیست: املا بررسی نمی‌شود</translation>
    </message>
</context>
<context>
    <name>TranslationBar</name>
    <message>
        <source>Create translation in…</source>
        <translation>ساخت ترجمه در…</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>نسخه‌ها:</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>بی‌تیتر</translation>
    </message>
    <message>
        <source>(original)</source>
        <translation>(اصلی)</translation>
    </message>
    <message>
        <source>no translations yet</source>
        <translation>هنوز ترجمه‌ای نیست</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>زباله‌دان</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف‌شده در</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ب&amp;ازگردانی</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently</source>
        <translation>&amp;حذف همیشگی</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>حذف همیشگی</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>%Ln مورد برای همیشه حذف شود؟ این کار برگشت‌پذیر نیست.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some items were not changed</source>
        <translation>برخی موردها تغییر نکردند</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Articles</source>
        <translation>مطلب‌ها</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>رسانه‌ها</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>برنامهٔ انتشار</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>سایت‌ها</translation>
    </message>
</context>
<context>
    <name>_CalendarView</name>
    <message>
        <source>Your time: {time} ({zone})</source>
        <translation>زمان شما: {time} ({zone})</translation>
    </message>
    <message>
        <source>Edition time: {time}</source>
        <translation>زمان نسخه: {time}</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>وضعیت: {state}</translation>
    </message>
</context>
<context>
    <name>_Side</name>
    <message>
        <source>Title</source>
        <translation>تیتر</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>چکیده</translation>
    </message>
    <message>
        <source>Modified: {when}</source>
        <translation>آخرین تغییر: {when}</translation>
    </message>
</context>
</TS>