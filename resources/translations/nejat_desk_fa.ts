<?xml version="1.0" encoding="utf-8"?>
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
        <source>Library is read-only</source>
        <translation>کتابخانه فقط‌خواندنی است</translation>
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
        <source>Example articles, pictures and a PDF issue are in the library: try them, then delete what you do not need.</source>
        <translation>مطلب‌ها، تصویرها و یک شمارهٔ PDF نمونه در کتابخانه است: امتحانشان کنید و هرچه لازم ندارید حذف کنید.</translation>
    </message>
    <message>
        <source>Adding the example content…</source>
        <translation>افزودن محتوای نمونه…</translation>
    </message>
    <message>
        <source>Library check</source>
        <translation>بررسی کتابخانه</translation>
    </message>
    <message>
        <source>The library&apos;s integrity check found problems:
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
        <source>Discard the Untouched New Article</source>
        <translation>دورانداختن مطلب تازهٔ دست‌نخورده</translation>
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
        <translation>%1 واژه، %2 دقیقه مطالعه</translation>
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
    <message>
        <source>untitled</source>
        <translation>بی‌تیتر</translation>
    </message>
    <message>
        <source>Nejat Desk did not close normally. “%1” is open where you were, and the typing that had not been saved yet was recovered.</source>
        <translation>نجات دسک درست بسته نشد. «%1» همان‌جا که بودید باز است و نوشته‌های ذخیره‌نشده بازیابی شد.</translation>
    </message>
    <message>
        <source>Nejat Desk did not close normally. “%1” is open where you were; nothing you typed was lost.</source>
        <translation>نجات دسک درست بسته نشد. «%1» همان‌جا که بودید باز است؛ هیچ‌چیز از نوشته‌هایتان از دست نرفت.</translation>
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
        <source>(deleted)</source>
        <translation>(حذف‌شده)</translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <translation>%1 · کهنه</translation>
    </message>
    <message>
        <source>A stale translation: its original changed since it was translated or marked as up to date.</source>
        <translation>ترجمهٔ کهنه: متن اصلی از زمان ترجمه یا به‌روز علامت‌خوردن تغییر کرده است.</translation>
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
        <translation>از سال-ماه-روز (میلادی)</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>تا سال-ماه-روز (میلادی)</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>کهنه</translation>
    </message>
    <message>
        <source>Only translations whose original changed since they were translated or marked as up to date</source>
        <translation>فقط ترجمه‌هایی که متن اصلی‌شان از زمان ترجمه یا به‌روز علامت‌خوردن تغییر کرده است</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Only articles whose last pre-flight check found what blocks them</source>
        <translation>فقط مطلب‌هایی که آخرین بازبینی پیش از انتشارشان مانعی پیدا کرده است</translation>
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
    <message>
        <source>The filter could not be saved.</source>
        <translation>پالایه ذخیره نشد.</translation>
    </message>
    <message>
        <source>No articles match “%1” with these filters.</source>
        <translation>هیچ مطلبی با این فیلترها با «%1» جور نیست.</translation>
    </message>
    <message>
        <source>No articles match “%1”.</source>
        <translation>هیچ مطلبی با «%1» جور نیست.</translation>
    </message>
    <message>
        <source>Clear Search and Filters</source>
        <translation>پاک‌کردن جست‌وجو و فیلترها</translation>
    </message>
    <message>
        <source>No articles match these filters.</source>
        <translation>هیچ مطلبی با این فیلترها جور نیست.</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>پاک‌کردن فیلترها</translation>
    </message>
    <message>
        <source>No articles yet. Create one with File &gt; New &gt; Article, or bring Markdown files or a WordPress export in with File &gt; Import…</source>
        <translation>هنوز مطلبی نیست. با پرونده &gt; تازه &gt; مطلب یکی بسازید، یا پرونده‌های مارک‌داون یا برون‌بری وردپرس را با پرونده &gt; درون‌بری… بیاورید</translation>
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
        <source>&amp;Search Articles</source>
        <translation>&amp;جست‌وجوی مطلب‌ها</translation>
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
        <source>Keep the library&apos;s version</source>
        <translation>نگه‌داشتن نسخهٔ کتابخانه</translation>
    </message>
    <message>
        <source>Take the site&apos;s version</source>
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
        <source>Missed while Nejat Desk was closed</source>
        <translation>از دست رفته هنگام بسته بودن میز نجات</translation>
    </message>
    <message>
        <source>Planned items that came due while Nejat Desk was closed or offline: {count}. They stay listed in Schedule until you act on them.</source>
        <translation>موردهای برنامه‌ریزی‌شده‌ای که وقتی نجات دسک بسته یا برون‌خط بود موعدشان رسید: {count}. تا وقتی کاری برایشان نکنید در زمان‌بندی فهرست می‌مانند.</translation>
    </message>
    <message>
        <source>{when}: {action}</source>
        <translation>{when}: {action}</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…و {count} مورد دیگر.</translation>
    </message>
    <message>
        <source>Due now: {action}</source>
        <translation>موعد رسیده: {action}</translation>
    </message>
</context>
<context>
    <name>EditLockBar</name>
    <message>
        <source>Pull First</source>
        <translation>نخست دریافت کن</translation>
    </message>
    <message>
        <source>Bring the site&apos;s copy of this article into the library</source>
        <translation>نسخهٔ سایت از این مطلب را به کتابخانه بیاور</translation>
    </message>
</context>
<context>
    <name>EditLockController</name>
    <message>
        <source>The site could not be checked, so the edit lock could not be taken: %1</source>
        <translation>سایت بررسی نشد، پس قفل ویرایش گرفته نشد: %1</translation>
    </message>
    <message>
        <source>The site&apos;s copy of this article changed since the last pull; pull it first to work on the latest text.</source>
        <translation>نسخهٔ سایت از این مطلب پس از آخرین دریافت تغییر کرده است؛ نخست دریافتش کنید تا روی تازه‌ترین متن کار کنید.</translation>
    </message>
    <message>
        <source>Pulling the article from the site</source>
        <translation>دریافت مطلب از سایت</translation>
    </message>
    <message>
        <source>The article was changed here too: both versions are kept; compare them in Sites (Compare and resolve).</source>
        <translation>مطلب اینجا هم تغییر کرده بود: هر دو نسخه نگه داشته شد؛ آن‌ها را در سایت‌ها مقایسه کنید (مقایسه و حل).</translation>
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
        <source>The settings could not be saved.</source>
        <translation>تنظیمات ذخیره نشد.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>تنظیمات ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Save the changes to this edition&apos;s settings?</source>
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
        <source>https://… (empty: each edition&apos;s site)</source>
        <translation>https://… (خالی: سایت هر نسخه)</translation>
    </message>
    <message>
        <source>utm_campaign (empty: EDITION-share)</source>
        <translation>utm_campaign (خالی: EDITION-share)</translation>
    </message>
    <message>
        <source>Hootsuite reads every time in the file in the time zone of the account you upload it to: choose that zone.</source>
        <translation>هوت‌سوئیت هر زمانِ پرونده را در منطقهٔ زمانی حسابی می‌خواند که پرونده را در آن بارگذاری می‌کنید: همان منطقه را انتخاب کنید.</translation>
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
        <source>&amp;Time zone:</source>
        <translation>منطقهٔ &amp;زمانی:</translation>
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
        <source>Posts, categories, tags, media and translation links for WordPress&apos;s importer. Scheduled posts whose date has passed are listed: WordPress publishes them at once.</source>
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
        <source>Scheduled social posts for Hootsuite&apos;s bulk composer (date mm/dd/yyyy hh:mm, message, link), all in the time zone chosen below; posts less than 15 minutes ahead are left out, and more than 350 are split into several files.</source>
        <translation>پست‌های زمان‌بندی‌شدهٔ شبکه‌های اجتماعی برای نگارندهٔ گروهی هوت‌سوئیت (تاریخ mm/dd/yyyy hh:mm، پیام، پیوند)، همه در منطقهٔ زمانی‌ای که پایین انتخاب می‌کنید؛ پست‌های کمتر از ۱۵ دقیقه جلوتر کنار گذاشته می‌شوند و بیش از ۳۵۰ پست در چند پرونده تقسیم می‌شود.</translation>
    </message>
    <message>
        <source>Not exported to %1: %2</source>
        <translation>به %1 برون‌بری نشد: %2</translation>
    </message>
    <message>
        <source>Choose Another Place</source>
        <translation>انتخاب جایی دیگر</translation>
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
    <name>FindingsDialog</name>
    <message>
        <source>Pre-flight check</source>
        <translation>بازبینی پیش از انتشار</translation>
    </message>
    <message>
        <source>Overridden on {when} ({action}): {reason}</source>
        <translation>در {when} نادیده گرفته شد ({action}): {reason}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Blocks</source>
        <translation>مانع</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
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
        <source>Saved, but not planned or published: the pre-flight check found what blocks it.</source>
        <translation>ذخیره شد، اما برنامه‌ریزی یا منتشر نشد: بازبینی پیش از انتشار مانعی پیدا کرد.</translation>
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
    <name>InsecureHttpDialog</name>
    <message>
        <source>Send the password unencrypted?</source>
        <translation>گذرواژه رمزنگاری‌نشده فرستاده شود؟</translation>
    </message>
    <message>
        <source>{url} is a plain http:// address. The Application Password would cross the network unencrypted: anyone on the way (a shared Wi-Fi, the provider) could read it and publish as this user.</source>
        <translation>{url} یک نشانی ساده‌ی http://‎ است. Application Password بی‌رمز از شبکه می‌گذرد: هر کس در مسیر (یک وای‌فای مشترک، ارائه‌دهنده) می‌تواند آن را بخواند و به نام این کاربر منتشر کند.</translation>
    </message>
    <message>
        <source>Use the site&apos;s https:// address if it has one. Allow plain http for this site only on a network you trust.</source>
        <translation>اگر سایت نشانی https://‎ دارد از آن استفاده کنید. http ساده را برای این سایت فقط در شبکه‌ای که به آن اعتماد دارید مجاز کنید.</translation>
    </message>
    <message>
        <source>Allow plain http</source>
        <translation>مجازکردن http ساده</translation>
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
        <source>Newsletter footer…</source>
        <translation>پانوشت خبرنامه…</translation>
    </message>
    <message>
        <source>The sender, postal address and unsubscribe line of this series&apos; emails</source>
        <translation>فرستنده، نشانی پستی و سطر لغو اشتراکِ ایمیل‌های این مجموعه</translation>
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
    <message>
        <source>Saved, but not planned: the pre-flight check found what blocks it.</source>
        <translation>ذخیره شد، اما برنامه‌ریزی نشد: بازبینی پیش از انتشار مانعی پیدا کرد.</translation>
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
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;میان‌برهای صفحه‌کلید</translation>
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
        <source>{seconds} s</source>
        <translation>{seconds} ثانیه</translation>
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
    <name>MediaGrid</name>
    <message>
        <source>ALT</source>
        <translation>جایگزین</translation>
    </message>
    <message>
        <source>ALT?</source>
        <translation>جایگزین؟</translation>
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
        <source>No pictures, PDFs or videos yet. Drop files here from your file manager, or import them.</source>
        <translation>هنوز تصویر، PDF یا ویدیویی نیست. پرونده‌ها را از مدیر پرونده اینجا رها کنید یا درون‌بری‌شان کنید.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>زباله‌دان خالی است.</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>هیچ‌چیز با این فیلترها جور نیست.</translation>
    </message>
    <message>
        <source>&amp;Media</source>
        <translation>&amp;رسانه</translation>
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
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>افزوده نشد</translation>
    </message>
    <message>
        <source>The video could not be added.</source>
        <translation>ویدیو افزوده نشد.</translation>
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
    <name>OverrideDialog</name>
    <message>
        <source>Pre-flight check</source>
        <translation>بازبینی پیش از انتشار</translation>
    </message>
    <message>
        <source>These must be fixed before it goes out, or overridden with a reason that is kept in its history:</source>
        <translation>این‌ها باید پیش از انتشار درست شوند، یا با دلیلی که در تاریخچه‌اش می‌ماند نادیده گرفته شوند:</translation>
    </message>
    <message>
        <source>Why it goes out anyway</source>
        <translation>چرا با این حال منتشر می‌شود</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>&amp;با این حال بفرست</translation>
    </message>
    <message>
        <source>Go Back and &amp;Fix</source>
        <translation>بازگشت و &amp;درست‌کردن</translation>
    </message>
    <message>
        <source>Reason to override:</source>
        <translation>دلیل نادیده‌گرفتن:</translation>
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
        <source>%1 of %2 by X&apos;s counting (links count 23)</source>
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
    <name>PreflightController</name>
    <message>
        <source>Metadata</source>
        <translation>فراداده</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>پیش از انتشار</translation>
    </message>
    <message>
        <source>Pre-flight (%1)</source>
        <translation>پیش از انتشار (%1)</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>بازبینی ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Asking the outside addresses…</source>
        <translation>پرسیدن از نشانی‌های بیرونی…</translation>
    </message>
    <message>
        <source>Checking links</source>
        <translation>بررسی پیوندها</translation>
    </message>
    <message>
        <source>The links could not be checked: %1</source>
        <translation>پیوندها بررسی نشدند: %1</translation>
    </message>
    <message>
        <source>Every outside link answered.</source>
        <translation>همهٔ پیوندهای بیرونی پاسخ دادند.</translation>
    </message>
    <message>
        <source>Checking every article</source>
        <translation>بازبینی همهٔ مطلب‌ها</translation>
    </message>
    <message>
        <source>The check stopped: %1</source>
        <translation>بازبینی متوقف شد: %1</translation>
    </message>
    <message>
        <source>Articles with something that blocks them: %1</source>
        <translation>مطلب‌هایی که چیزی مانعشان است: %1</translation>
    </message>
    <message>
        <source>Not changed: the pre-flight check found what blocks it (see the Pre-flight tab).</source>
        <translation>تغییر نکرد: بازبینی پیش از انتشار مانعی پیدا کرد (زبانهٔ پیش از انتشار را ببینید).</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Pre-flight…</source>
        <translation>پیش از انتشار…</translation>
    </message>
    <message>
        <source>What blocks or warns before this gallery goes out, edition by edition</source>
        <translation>آنچه پیش از انتشار این نگارخانه مانع است یا هشدار می‌دهد، نسخه به نسخه</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>Pre-flight findings</source>
        <translation>یافته‌های پیش از انتشار</translation>
    </message>
    <message>
        <source>&amp;Go There</source>
        <translation>&amp;برو آنجا</translation>
    </message>
    <message>
        <source>Check &amp;Links Online</source>
        <translation>بررسی برخط &amp;پیوندها</translation>
    </message>
    <message>
        <source>Ask each outside address the article links to (needs the network; never blocks)</source>
        <translation>از هر نشانی بیرونی که مطلب به آن پیوند دارد بپرس (به شبکه نیاز دارد؛ هرگز مانع نمی‌شود)</translation>
    </message>
    <message>
        <source>Check &amp;All Articles</source>
        <translation>بازبینی &amp;همهٔ مطلب‌ها</translation>
    </message>
    <message>
        <source>Check every article, so the list marks each one that is blocked (runs in the background)</source>
        <translation>همهٔ مطلب‌ها را بازبینی کن تا فهرست هر مطلبِ متوقف را نشان دهد (در پس‌زمینه اجرا می‌شود)</translation>
    </message>
    <message>
        <source>Nothing to fix: ready to go out.</source>
        <translation>چیزی برای درست‌کردن نیست: آمادهٔ انتشار.</translation>
    </message>
    <message>
        <source>%1 block · %2 warnings · %3 notes</source>
        <translation>%1 مانع · %2 هشدار · %3 یادداشت</translation>
    </message>
</context>
<context>
    <name>PreflightRulesForm</name>
    <message>
        <source>Pre-flight check</source>
        <translation>بازبینی پیش از انتشار</translation>
    </message>
    <message>
        <source>E&amp;xcerpt</source>
        <translation>&amp;چکیده</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>&amp;دسته</translation>
    </message>
    <message>
        <source>&amp;Byline or source</source>
        <translation>نام نویسنده یا &amp;منبع</translation>
    </message>
    <message>
        <source>&amp;Featured image</source>
        <translation>تصویر &amp;شاخص</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>هر رقمی</translation>
    </message>
    <message>
        <source>Western (0–9)</source>
        <translation>لاتین (0–9)</translation>
    </message>
    <message>
        <source>Persian (۰–۹)</source>
        <translation>فارسی (۰–۹)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠–٩)</source>
        <translation>عربی (٠–٩)</translation>
    </message>
    <message>
        <source>Missing blocks:</source>
        <translation>لازم (نبودنش مانع است):</translation>
    </message>
    <message>
        <source>Plan translations into:</source>
        <translation>ترجمه‌های برنامه‌ریزی‌شده در:</translation>
    </message>
    <message>
        <source>D&amp;igits in the body:</source>
        <translation>&amp;رقم‌های متن:</translation>
    </message>
    <message>
        <source>When missing, this blocks Publish and Schedule; otherwise it only warns.</source>
        <translation>اگر نباشد، مانع انتشار و زمان‌بندی می‌شود؛ وگرنه فقط هشدار می‌دهد.</translation>
    </message>
    <message>
        <source>An article of this edition without a translation into it gets a warning.</source>
        <translation>مطلبی از این نسخه که ترجمه‌ای در آن نسخه ندارد، هشدار می‌گیرد.</translation>
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
        <source>Don&apos;t Save</source>
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
        <source>Restoring replaces the library&apos;s content with the chosen copy. The current content is backed up first, so a restore can itself be undone.</source>
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
    <name>ReviewModel</name>
    <message>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مطلب</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>برای بازبینی</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>برگشت‌خورده</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Send for Review</source>
        <translation>فرستادن برای بازبینی</translation>
    </message>
    <message>
        <source>A note for the reviewer. The article goes to the site as pending review.</source>
        <translation>یادداشتی برای بازبین. مطلب به‌صورت در انتظار بازبینی به سایت می‌رود.</translation>
    </message>
    <message>
        <source>Refresh Review List</source>
        <translation>تازه‌کردن فهرست بازبینی</translation>
    </message>
    <message>
        <source>Send for Review…</source>
        <translation>فرستادن برای بازبینی…</translation>
    </message>
    <message>
        <source>Send Back…</source>
        <translation>برگرداندن…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review&lt;/b&gt; — articles others sent you for review, and those they sent back, with their notes.</source>
        <translation>&lt;b&gt;بازبینی&lt;/b&gt; — مطلب‌هایی که دیگران برای بازبینی به شما فرستادند و آن‌هایی که برگرداندند، با یادداشت‌هایشان.</translation>
    </message>
    <message>
        <source>Choose a site above to see its review list.</source>
        <translation>سایتی را در بالا انتخاب کنید تا فهرست بازبینی‌اش را ببینید.</translation>
    </message>
    <message>
        <source>Reading the review list</source>
        <translation>خواندن فهرست بازبینی</translation>
    </message>
    <message>
        <source>%1 waiting for review, %2 sent back.</source>
        <translation>%1 در انتظار بازبینی، %2 برگشت‌خورده.</translation>
    </message>
    <message>
        <source>Choose articles to send for review</source>
        <translation>مطلب‌هایی را برای فرستادن به بازبینی انتخاب کنید</translation>
    </message>
    <message>
        <source>Choose a site above first.</source>
        <translation>نخست سایتی را در بالا انتخاب کنید.</translation>
    </message>
    <message>
        <source>Send Back</source>
        <translation>برگرداندن</translation>
    </message>
    <message>
        <source>What should be changed? The note goes with the article, which becomes a draft again.</source>
        <translation>چه چیزی باید تغییر کند؟ یادداشت همراه مطلب می‌رود و مطلب دوباره پیش‌نویس می‌شود.</translation>
    </message>
    <message>
        <source>Sending to the site</source>
        <translation>فرستادن به سایت</translation>
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
    <message>
        <source>Pre-flight overridden</source>
        <translation>پیش از انتشار نادیده گرفته شد</translation>
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
        <source>Missed {when}: {action}</source>
        <translation>ازدست‌رفته {when}: {action}</translation>
    </message>
    <message>
        <source>Due {when}: {action}</source>
        <translation>موعد {when}: {action}</translation>
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
        <source>Show or hide the warnings</source>
        <translation>نمایش یا پنهان‌کردن هشدارها</translation>
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
        <source>Go to date (Ctrl+G)</source>
        <translation>رفتن به تاریخ (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>&amp;رفتن به تاریخ…</translation>
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
        <source>Show the Farsi edition&apos;s dates in the Solar Hijri calendar and the Arabic edition&apos;s in the Islamic civil calendar</source>
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
    <name>SendForReview</name>
    <message>
        <source>Se&amp;nd for Review…</source>
        <translation>&amp;فرستادن برای بازبینی…</translation>
    </message>
    <message>
        <source>Send the open article to its site as pending review, with a note</source>
        <translation>فرستادن مطلب باز به سایتش به‌صورت در انتظار بازبینی، همراه با یادداشت</translation>
    </message>
    <message>
        <source>Sending to the site</source>
        <translation>فرستادن به سایت</translation>
    </message>
</context>
<context>
    <name>SeriesFooterDialog</name>
    <message>
        <source>Newsletter footer: %1</source>
        <translation>پانوشت خبرنامه: %1</translation>
    </message>
    <message>
        <source>To unsubscribe, visit https://… or reply with the word STOP</source>
        <translation>برای لغو اشتراک به https://… بروید یا با واژهٔ STOP پاسخ دهید</translation>
    </message>
    <message>
        <source>Printed at the foot of every issue of this series, as mail clients and email law expect: who sends it, a postal address, and how to unsubscribe.</source>
        <translation>در پای هر شمارهٔ این مجموعه چاپ می‌شود، چنان‌که برنامه‌های ایمیل و قانون ایمیل انتظار دارند: چه کسی می‌فرستد، یک نشانی پستی و راه لغو اشتراک.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>نام فرستنده</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>نشانی پستی</translation>
    </message>
    <message>
        <source>Unsubscribe line</source>
        <translation>سطر لغو اشتراک</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>منو</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>میان‌بر</translation>
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
        <source>Create an Application Password in the user&apos;s profile on the site (Users &gt; Profile &gt; Application Passwords). It is kept in the system keyring.</source>
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
        <source>Last message</source>
        <translation>آخرین پیام</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>تلاش بعدی</translation>
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
        <source>No WordPress site yet. Add your site with its address, your user name and an Application Password (made in WordPress under Users &gt; Profile). Then articles are published and pulled from here.</source>
        <translation>هنوز سایت وردپرسی نیست. سایتتان را با نشانی، نام کاربری و یک Application Password (ساخته‌شده در وردپرس، در کاربران &gt; شناسنامه) بیفزایید. آن‌گاه مطلب‌ها از اینجا منتشر و دریافت می‌شوند.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>چیزی در صف فرستادن نیست.</translation>
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
        <source>{n} stale translations among those sent</source>
        <translation>{n} ترجمهٔ کهنه در میان فرستاده‌ها</translation>
    </message>
    <message>
        <source>The site&apos;s version is now in the library.</source>
        <translation>نسخهٔ سایت اکنون در کتابخانه است.</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} مگابایت</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} کیلوبایت</translation>
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
    <name>SourceChangesDialog</name>
    <message>
        <source>What Changed in the Original</source>
        <translation>چه چیزی در متن اصلی تغییر کرد</translation>
    </message>
    <message>
        <source>Changes to the %1 original since this %2 translation followed it (%3).</source>
        <translation>تغییرهای متن اصلی %1 از وقتی این ترجمهٔ %2 با آن هماهنگ شد (%3).</translation>
    </message>
    <message>
        <source>The text this translation followed was not kept: the whole original is shown as new.</source>
        <translation>متنی که این ترجمه از آن پیروی کرد نگه داشته نشده است: کل متن اصلی تازه نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>علامت به‌روز</translation>
    </message>
    <message>
        <source>%1 original: what changed</source>
        <translation>متن اصلی %1: چه تغییر کرد</translation>
    </message>
    <message>
        <source>%1 translation</source>
        <translation>ترجمهٔ %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>تیتر</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>چکیده</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>بند %1</translation>
    </message>
    <message>
        <source>Paragraph %1, new in the original</source>
        <translation>بند %1، تازه در متن اصلی</translation>
    </message>
    <message>
        <source>Paragraph %1, removed from the original</source>
        <translation>بند %1، حذف‌شده از متن اصلی</translation>
    </message>
    <message>
        <source>(nothing in the translation here)</source>
        <translation>(اینجا چیزی در ترجمه نیست)</translation>
    </message>
    <message>
        <source>The original&apos;s text is the same again; only marking it as up to date is left.</source>
        <translation>متن اصلی دوباره همان است؛ فقط مانده که به‌روز علامت بخورد.</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>Spelling: %1</source>
        <translation>املا: %1</translation>
    </message>
    <message>
        <source>Spelling not checked (%1)</source>
        <translation>املا بررسی نمی‌شود (%1)</translation>
    </message>
    <message>
        <source>No %1 dictionary is installed, so spelling is not checked. To add one, install the %2 package (sudo apt install %2) and reopen the article.</source>
        <translation>واژه‌نامهٔ %1 نصب نیست، پس املا بررسی نمی‌شود. برای افزودنش بستهٔ %2 را نصب کنید (sudo apt install %2) و مطلب را دوباره باز کنید.</translation>
    </message>
    <message>
        <source>No %1 dictionary is installed, so spelling is not checked. To add one, install a Hunspell dictionary for it and reopen the article.</source>
        <translation>واژه‌نامهٔ %1 نصب نیست، پس املا بررسی نمی‌شود. برای افزودنش یک واژه‌نامهٔ Hunspell برای آن نصب کنید و مطلب را دوباره باز کنید.</translation>
    </message>
</context>
<context>
    <name>StaleTranslationBar</name>
    <message>
        <source>Show Changes</source>
        <translation>نمایش تغییرها</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>علامت به‌روز</translation>
    </message>
    <message>
        <source>The %1 original changed since this translation.</source>
        <translation>متن اصلی %1 پس از این ترجمه تغییر کرده است.</translation>
    </message>
</context>
<context>
    <name>StaleTranslationController</name>
    <message>
        <source>Show Changes in the &amp;Original…</source>
        <translation>نمایش تغییرهای متن &amp;اصلی…</translation>
    </message>
    <message>
        <source>Mark Translation as &amp;Up to Date</source>
        <translation>علامت &amp;به‌روز برای ترجمه</translation>
    </message>
    <message>
        <source>Marked as up to date with the original.</source>
        <translation>به‌روز با متن اصلی علامت خورد.</translation>
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
<context>
    <name>cli.article_cmds</name>
    <message>
        <source>import Markdown files or folders</source>
        <translation>درون‌ریزی پرونده‌ها یا پوشه‌های Markdown</translation>
    </message>
    <message>
        <source>Import Markdown files with YAML front matter (files or whole folders). Files it does not handle are listed as skipped.</source>
        <translation>درون‌ریزی پرونده‌های Markdown با سرآیند YAML (پرونده‌ها یا پوشه‌های کامل). پرونده‌هایی که پشتیبانی نمی‌شوند در فهرست ردشده‌ها می‌آیند.</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>گزارش را به صورت JSON چاپ کن</translation>
    </message>
    <message>
        <source>list articles</source>
        <translation>فهرست مطلب‌ها</translation>
    </message>
    <message>
        <source>List the library&apos;s articles, newest change first.</source>
        <translation>فهرست مطلب‌های کتابخانه، به ترتیب تازه‌ترین تغییر.</translation>
    </message>
    <message>
        <source>list the trash instead</source>
        <translation>به جای آن، محتوای زباله‌دان را فهرست کن</translation>
    </message>
    <message>
        <source>only translations whose original changed since they were translated or marked as up to date</source>
        <translation>فقط ترجمه‌هایی که متن اصلی‌شان از زمان ترجمه یا به‌روز علامت‌خوردن تغییر کرده است</translation>
    </message>
    <message>
        <source>at most this many (0: all)</source>
        <translation>حداکثر این تعداد (0: همه)</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>یک شیء JSON در هر سطر</translation>
    </message>
    <message>
        <source>what changed in a translation&apos;s original</source>
        <translation>چه چیزی در متن اصلی یک ترجمه تغییر کرد</translation>
    </message>
    <message>
        <source>Show what changed in the original of a stale translation since it was translated or marked as up to date, paragraph by paragraph beside the translation ([-removed-] {+added+}). Exits 1 when the translation is stale.</source>
        <translation>نشان بده در متن اصلی یک ترجمهٔ کهنه از زمان ترجمه یا به‌روز علامت‌خوردن چه تغییر کرده، بند به بند کنار ترجمه ([-حذف‌شده-] {+افزوده+}). اگر ترجمه کهنه باشد با کد ۱ خارج می‌شود.</translation>
    </message>
    <message>
        <source>the translation&apos;s edition</source>
        <translation>نسخهٔ ترجمه</translation>
    </message>
    <message>
        <source>record that the translation follows the original as it is now</source>
        <translation>ثبت کن که ترجمه با متن اصلیِ کنونی هماهنگ است</translation>
    </message>
    <message>
        <source>[stale translation]</source>
        <translation>[ترجمهٔ کهنه]</translation>
    </message>
    <message>
        <source>There is no article {slug} in the {edition} edition.</source>
        <translation>مطلب {slug} در نسخهٔ {edition} نیست.</translation>
    </message>
    <message>
        <source>{edition}/{slug} now follows its original as it is.</source>
        <translation>{edition}/{slug} اکنون با متن اصلیِ کنونی‌اش هماهنگ است.</translation>
    </message>
    <message>
        <source>{edition}/{slug} is up to date with its original.</source>
        <translation>{edition}/{slug} با متن اصلی‌اش به‌روز است.</translation>
    </message>
    <message>
        <source>The {source} original changed since this translation followed it ({when}).</source>
        <translation>متن اصلی {source} از وقتی این ترجمه با آن هماهنگ شد تغییر کرده است ({when}).</translation>
    </message>
    <message>
        <source>The text it followed was not kept: the whole original is shown as new.</source>
        <translation>متنی که از آن پیروی کرد نگه داشته نشده است: کل متن اصلی تازه نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>چکیده</translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation>بند {number}</translation>
    </message>
    <message>
        <source>Paragraph {number}, new in the original</source>
        <translation>بند {number}، تازه در متن اصلی</translation>
    </message>
    <message>
        <source>Paragraph {number}, removed from the original</source>
        <translation>بند {number}، حذف‌شده از متن اصلی</translation>
    </message>
    <message>
        <source>original: {text}</source>
        <translation>متن اصلی: {text}</translation>
    </message>
    <message>
        <source>translation: {text}</source>
        <translation>ترجمه: {text}</translation>
    </message>
</context>
<context>
    <name>cli.common</name>
    <message>
        <source>note: {message}</source>
        <translation>یادداشت: {message}</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>هشدار: {message}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>متوقف شد</translation>
    </message>
    <message>
        <source>unexpected error: {error} (details in {folder})</source>
        <translation>خطای پیش‌بینی‌نشده: {error} (جزئیات در {folder})</translation>
    </message>
</context>
<context>
    <name>cli.edition_cmds</name>
    <message>
        <source>show or change edition settings</source>
        <translation>نمایش یا تغییر تنظیمات نسخه‌ها</translation>
    </message>
    <message>
        <source>Show or change the settings of the four editions.</source>
        <translation>نمایش یا تغییر تنظیمات چهار نسخه.</translation>
    </message>
    <message>
        <source>show every edition&apos;s settings</source>
        <translation>نمایش تنظیمات همهٔ نسخه‌ها</translation>
    </message>
    <message>
        <source>change one edition&apos;s settings</source>
        <translation>تغییر تنظیمات یک نسخه</translation>
    </message>
    <message>
        <source>an IANA zone such as Asia/Tehran</source>
        <translation>یک منطقهٔ زمانی IANA مانند Asia/Tehran</translation>
    </message>
    <message>
        <source>e.g. /%%year%%/%%monthnum%%/%%postname%%/</source>
        <translation>مثلاً /%%year%%/%%monthnum%%/%%postname%%/</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>جداشده با ویرگول</translation>
    </message>
    <message>
        <source>a social handle, e.g. x=@nejat_fa (repeatable; PLATFORM= removes it)</source>
        <translation>شناسهٔ شبکهٔ اجتماعی، مثلاً x=@nejat_fa (تکرارپذیر؛ PLATFORM= آن را حذف می‌کند)</translation>
    </message>
    <message>
        <source>--handle expects PLATFORM=HANDLE, not {item}.</source>
        <translation>گزینهٔ --handle مقداری به شکل PLATFORM=HANDLE می‌خواهد، نه {item}.</translation>
    </message>
    <message>
        <source>{code}: saved</source>
        <translation>{code}: ذخیره شد</translation>
    </message>
</context>
<context>
    <name>cli.export_cmds</name>
    <message>
        <source>{count} articles</source>
        <translation>{count} مطلب</translation>
    </message>
    <message>
        <source>{count} posts</source>
        <translation>{count} نوشته</translation>
    </message>
    <message>
        <source>{count} attachments</source>
        <translation>{count} پیوست</translation>
    </message>
    <message>
        <source>{count} categories</source>
        <translation>{count} دسته</translation>
    </message>
    <message>
        <source>{count} tags</source>
        <translation>{count} برچسب</translation>
    </message>
    <message>
        <source>{count} terms</source>
        <translation>{count} اصطلاح</translation>
    </message>
    <message>
        <source>{count} feeds</source>
        <translation>{count} خوراک</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} صفحه</translation>
    </message>
    <message>
        <source>{count} media files</source>
        <translation>{count} پروندهٔ رسانه</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} پرونده</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} ردیف</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} رویداد</translation>
    </message>
    <message>
        <source>{count} stale translations</source>
        <translation>{count} ترجمهٔ کهنه</translation>
    </message>
    <message>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <translation>{text} تاریخ نیست (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>export articles (WXR, HTML, Markdown, feeds, snippets, bundle...)</source>
        <translation>برون‌بری مطلب‌ها (WXR، HTML، Markdown، خوراک‌ها، متن‌های اشتراک‌گذاری، بسته و...)</translation>
    </message>
    <message>
        <source>Export the library, an edition or a selection of articles. html, markdown and snippets write a folder; the others write one file (rss/atom: a folder when several editions). A folder must be missing, empty, or hold a previous export of the same format (its nejat-desk-export.txt lists the files that export replaces; nothing else is touched). A file is replaced only when it is a previous export of the same kind. Nothing is ever written into the library folder.</source>
        <translation>برون‌بری کتابخانه، یک نسخه یا گزیده‌ای از مطلب‌ها. html، markdown و snippets یک پوشه می‌نویسند؛ بقیه یک پرونده (rss/atom: وقتی چند نسخه باشد یک پوشه). پوشه باید نباشد، خالی باشد یا برون‌بری پیشینی از همان قالب را داشته باشد (nejat-desk-export.txt آن پرونده‌هایی را که برون‌بری جایگزین می‌کند فهرست می‌کند؛ به چیز دیگری دست زده نمی‌شود). پرونده فقط وقتی جایگزین می‌شود که برون‌بری پیشینی از همان نوع باشد. هرگز چیزی در پوشهٔ کتابخانه نوشته نمی‌شود.</translation>
    </message>
    <message>
        <source>the file or folder to write</source>
        <translation>پرونده یا پوشه‌ای که نوشته می‌شود</translation>
    </message>
    <message>
        <source>only this edition (repeatable)</source>
        <translation>فقط این نسخه (تکرارپذیر)</translation>
    </message>
    <message>
        <source>only the article with this slug (repeatable)</source>
        <translation>فقط مطلبی با این نامک (تکرارپذیر)</translation>
    </message>
    <message>
        <source>only articles with this status (repeatable)</source>
        <translation>فقط مطلب‌های با این وضعیت (تکرارپذیر)</translation>
    </message>
    <message>
        <source>articles dated on or after</source>
        <translation>مطلب‌های با تاریخ همین روز یا پس از آن</translation>
    </message>
    <message>
        <source>articles dated on or before</source>
        <translation>مطلب‌های با تاریخ همین روز یا پیش از آن</translation>
    </message>
    <message>
        <source>where the media will live on the site (for media travelling in a bundle)</source>
        <translation>جایی که رسانه‌ها روی سایت خواهند بود (برای رسانه‌هایی که در بسته می‌روند)</translation>
    </message>
    <message>
        <source>utm_campaign of snippet links (default: EDITION-share)</source>
        <translation>utm_campaign پیوندهای متن‌های اشتراک‌گذاری (پیش‌فرض: EDITION-share)</translation>
    </message>
    <message>
        <source>hootsuite-csv: the time zone of the Hootsuite account, in which every time in the file is written (an IANA name such as Asia/Baghdad; default: UTC)</source>
        <translation>hootsuite-csv: منطقهٔ زمانی حساب Hootsuite، که هر زمانِ پرونده با آن نوشته می‌شود (نامی از IANA مانند Asia/Baghdad؛ پیش‌فرض: UTC)</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>گزارش را به‌صورت JSON چاپ کن</translation>
    </message>
    <message>
        <source>no progress on stderr</source>
        <translation>بدون نمایش پیشرفت در stderr</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>هشدار: {message}</translation>
    </message>
    <message>
        <source>{format}: wrote {path} ({counts})</source>
        <translation>{format}: {path} نوشته شد ({counts})</translation>
    </message>
</context>
<context>
    <name>cli.language</name>
    <message>
        <source>usage: </source>
        <translation>کاربرد: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>آرگومان‌های جایگاهی</translation>
    </message>
    <message>
        <source>options</source>
        <translation>گزینه‌ها</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>نمایش این راهنما و خروج</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>آرگومان‌های ناشناخته: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>این آرگومان‌ها لازم‌اند: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>یکی از آرگومان‌های %s لازم است</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>همراه با آرگومان %s مجاز نیست</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>یک مقدار لازم است</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>حداکثر یک مقدار مجاز است</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>دست‌کم یک مقدار لازم است</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>آرگومان %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>گزینهٔ نامعتبر: %(value)r (یکی از این‌ها را انتخاب کنید: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>مقدار نامعتبر از نوع %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>گزینهٔ مبهم: %(option)s ممکن است هر یک از %(matches)s باشد</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: خطا: %(message)s
</translation>
    </message>
</context>
<context>
    <name>cli.library_cmds</name>
    <message>
        <source>create a library (with example articles)</source>
        <translation>ساختن کتابخانه (با مطلب‌های نمونه)</translation>
    </message>
    <message>
        <source>Create a new library in the library folder and load the example articles (a few in each edition) unless --no-examples is given.</source>
        <translation>کتابخانهٔ تازه‌ای در پوشهٔ کتابخانه می‌سازد و مطلب‌های نمونه (چند مطلب در هر نسخه) را در آن بار می‌کند، مگر آنکه ‎--no-examples داده شود.</translation>
    </message>
    <message>
        <source>create an empty library</source>
        <translation>ساختن کتابخانهٔ خالی</translation>
    </message>
    <message>
        <source>do nothing (and succeed) when the folder already holds a library</source>
        <translation>اگر در پوشه از پیش کتابخانه‌ای باشد، کاری انجام نشود (و فرمان موفق باشد)</translation>
    </message>
    <message>
        <source>check the library&apos;s integrity</source>
        <translation>بررسی یکپارچگی کتابخانه</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity check, the foreign key check and the search index&apos;s own check, compare the search index with the articles, and verify that media files are present with the right size and SHA-256 (a sample of them; all with --deep). Exits with 1 when a problem is found.</source>
        <translation>بررسی کامل یکپارچگی SQLite، بررسی کلیدهای خارجی و بررسی درونی نمایهٔ جست‌وجو را اجرا می‌کند، نمایهٔ جست‌وجو را با مطلب‌ها مقایسه می‌کند و وارسی می‌کند که پرونده‌های رسانه با اندازه و SHA-256 درست موجود باشند (نمونه‌ای از آن‌ها؛ همه با ‎--deep). اگر مشکلی پیدا شود، با کد 1 خارج می‌شود.</translation>
    </message>
    <message>
        <source>hash every media file, not a sample</source>
        <translation>بررسی چکیدهٔ همهٔ پرونده‌های رسانه، نه فقط نمونه‌ای از آن‌ها</translation>
    </message>
    <message>
        <source>how many media files to hash without --deep (default: %(default)s)</source>
        <translation>شمار پرونده‌های رسانه‌ای که بدون ‎--deep چکیده‌شان بررسی می‌شود (پیش‌فرض: %(default)s)</translation>
    </message>
    <message>
        <source>back up the library now, or list its backups</source>
        <translation>پشتیبان‌گیری از کتابخانه همین حالا، یا فهرست نسخه‌های پشتیبان آن</translation>
    </message>
    <message>
        <source>Copy the library&apos;s database with SQLite&apos;s online backup into the library&apos;s backups folder. Media files are content-addressed and never change, so they are not copied.</source>
        <translation>پایگاه دادهٔ کتابخانه را با پشتیبان‌گیری زندهٔ SQLite در پوشهٔ نسخه‌های پشتیبان کتابخانه کپی می‌کند. نشانی پرونده‌های رسانه از محتوای آن‌ها ساخته می‌شود و این پرونده‌ها هرگز تغییر نمی‌کنند، پس کپی نمی‌شوند.</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>فهرست نسخه‌های پشتیبان، جدیدترین در آغاز</translation>
    </message>
    <message>
        <source>take the hourly and daily copies if due and rotate old ones (for schedulers)</source>
        <translation>گرفتن نسخه‌های ساعتی و روزانه اگر زمانشان رسیده باشد و پاک کردن نسخه‌های قدیمیِ اضافی (برای زمان‌بندها)</translation>
    </message>
    <message>
        <source>a short label added to the backup&apos;s file name</source>
        <translation>برچسبی کوتاه که به نام پروندهٔ نسخهٔ پشتیبان افزوده می‌شود</translation>
    </message>
    <message>
        <source>with --list: run the integrity check on each copy</source>
        <translation>همراه با ‎--list: بررسی یکپارچگی روی هر نسخه اجرا شود</translation>
    </message>
    <message>
        <source>replace the library&apos;s database with a backup</source>
        <translation>جایگزینی پایگاه دادهٔ کتابخانه با یک نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Replace the library&apos;s database with one of its backups (see &apos;backup --list&apos;). The current database is kept first: copied as a pre-restore backup, or, when it is too damaged to copy, set aside beside it. Media files are not touched.</source>
        <translation>پایگاه دادهٔ کتابخانه را با یکی از نسخه‌های پشتیبان آن جایگزین می‌کند (نگاه کنید به &apos;‎backup --list&apos;). پایگاه دادهٔ کنونی پیش از آن نگه داشته می‌شود: به‌صورت نسخهٔ پشتیبانِ پیش از بازگردانی کپی می‌شود، یا اگر آسیبش بیش از آن باشد که کپی شود، در کنار آن کنار گذاشته می‌شود. به پرونده‌های رسانه دست زده نمی‌شود.</translation>
    </message>
    <message>
        <source>a backup&apos;s file name (as &apos;backup --list&apos; shows it) or path</source>
        <translation>نام پروندهٔ نسخهٔ پشتیبان (آن‌گونه که &apos;‎backup --list&apos; نشان می‌دهد) یا مسیر آن</translation>
    </message>
    <message>
        <source>the newest backup that passes SQLite&apos;s integrity check</source>
        <translation>جدیدترین نسخهٔ پشتیبانی که بررسی یکپارچگی SQLite را با موفقیت بگذراند</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>بدون پرسیدن تأیید</translation>
    </message>
    <message>
        <source>A library already exists in {root}.</source>
        <translation>در {root} از پیش کتابخانه‌ای هست.</translation>
    </message>
    <message>
        <source>{root} already holds a library; nothing was changed.</source>
        <translation>در {root} از پیش کتابخانه‌ای هست؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>{root} is a file, not a folder.</source>
        <translation>{root} یک پرونده است، نه پوشه.</translation>
    </message>
    <message>
        <source>Created a library in {root}.</source>
        <translation>کتابخانه‌ای در {root} ساخته شد.</translation>
    </message>
    <message>
        <source>Loaded {count} example articles.</source>
        <translation>مطلب‌های نمونهٔ بارشده: {count}.</translation>
    </message>
    <message>
        <source>--sample must be zero or more</source>
        <translation>مقدار ‎--sample باید صفر یا بیشتر باشد</translation>
    </message>
    <message>
        <source>Checked {path}: {articles} articles, {hashed} of {media} media files hashed.</source>
        <translation>{path} بررسی شد: مطلب‌ها: {articles}؛ چکیدهٔ {hashed} از {media} پروندهٔ رسانه بررسی شد.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>مشکلی پیدا نشد.</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>مشکل: {problem}</translation>
    </message>
    <message>
        <source>{count} problem(s) found.</source>
        <translation>مشکلات پیداشده: {count}.</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>هیچ نسخهٔ پشتیبان سالمی پیدا نشد.</translation>
    </message>
    <message>
        <source>The latest good backup is {name} ({time} UTC): restore it with &apos;nejat-desk restore --latest-good&apos;.</source>
        <translation>آخرین نسخهٔ پشتیبان سالم {name} است ({time} UTC): آن را با &apos;‎nejat-desk restore --latest-good&apos; بازگردانید.</translation>
    </message>
    <message>
        <source>the label {label} may only hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 60)</source>
        <translation>برچسب {label} فقط می‌تواند حرف، رقم، &apos;.&apos;، &apos;_&apos; و &apos;-&apos; داشته باشد (حداکثر 60 نویسه)</translation>
    </message>
    <message>
        <source>--verify goes with --list</source>
        <translation>‎--verify فقط همراه با ‎--list به کار می‌رود</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>نسخهٔ پشتیبان در {path} نوشته شد</translation>
    </message>
    <message>
        <source>No periodic backup was due.</source>
        <translation>هنوز زمان هیچ پشتیبان‌گیری دوره‌ای نرسیده بود.</translation>
    </message>
    <message>
        <source>No backups in {folder}.</source>
        <translation>در {folder} نسخهٔ پشتیبانی نیست.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>سالم</translation>
    </message>
    <message>
        <source>DAMAGED: {problem}</source>
        <translation>آسیب‌دیده: {problem}</translation>
    </message>
    <message>
        <source>There is no library in {root}.</source>
        <translation>در {root} کتابخانه‌ای نیست.</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}.</source>
        <translation>در {folder} هیچ نسخهٔ پشتیبان سالمی پیدا نشد.</translation>
    </message>
    <message>
        <source>There is no backup {backup} (see &apos;nejat-desk backup --list&apos;).</source>
        <translation>نسخهٔ پشتیبانی با نام {backup} نیست (نگاه کنید به &apos;‎nejat-desk backup --list&apos;).</translation>
    </message>
    <message>
        <source>Replace the database of {root} with {backup}? The current one is kept as a pre-restore backup. [y/N] </source>
        <translation>پایگاه دادهٔ {root} با {backup} جایگزین شود؟ پایگاه دادهٔ کنونی به‌صورت نسخهٔ پشتیبانِ پیش از بازگردانی نگه داشته می‌شود. [y/N] </translation>
    </message>
    <message>
        <source>not restored (confirm with --yes when not running in a terminal)</source>
        <translation>بازگردانی انجام نشد (وقتی فرمان در پایانه اجرا نمی‌شود، با ‎--yes تأیید کنید)</translation>
    </message>
    <message>
        <source>Restored {backup}. The previous database was kept as {kept}.</source>
        <translation>{backup} بازگردانده شد. پایگاه دادهٔ پیشین با نام {kept} نگه داشته شد.</translation>
    </message>
    <message>
        <source>the restored database still reports problems: {problems}</source>
        <translation>پایگاه دادهٔ بازگردانده‌شده هنوز مشکل گزارش می‌کند: {problems}</translation>
    </message>
</context>
<context>
    <name>cli.main</name>
    <message>
        <source>the library folder (default: $NEJAT_DESK_LIBRARY or the user data folder)</source>
        <translation>پوشهٔ کتابخانه (پیش‌فرض: ‎$NEJAT_DESK_LIBRARY یا پوشهٔ داده‌های کاربر)</translation>
    </message>
    <message>
        <source>open a library whose lock was left by another computer</source>
        <translation>باز کردن کتابخانه‌ای که قفلش را رایانهٔ دیگری به جا گذاشته است</translation>
    </message>
    <message>
        <source>open the library without changing it (a library that cannot be written always opens this way)</source>
        <translation>کتابخانه را بدون تغییردادن باز کن (کتابخانه‌ای که نوشتنی نیست همیشه این‌گونه باز می‌شود)</translation>
    </message>
    <message>
        <source>Nejat Desk: editorial workstation. Without a command, opens the window.</source>
        <translation>Nejat Desk: میز کار تحریریه. بدون فرمان، پنجرهٔ برنامه را باز می‌کند.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>نمایش شمارهٔ ویرایش برنامه و خروج</translation>
    </message>
</context>
<context>
    <name>cli.media_cmds</name>
    <message>
        <source>import images, PDFs and videos (files or folders)</source>
        <translation>درون‌ریزی تصویرها، PDFها و ویدیوها (پرونده یا پوشه)</translation>
    </message>
    <message>
        <source>Copy images (JPEG, PNG, WebP, GIF), PDFs and videos (MP4, WebM) into the library&apos;s content-addressed store, reading their metadata and making thumbnails. A file already in the library is kept once. Each file gets a line in the report; bad files are reported and skipped, the rest go on. Exits with 1 when a file failed. Ctrl+C stops after the files under way; nothing is left half-imported.</source>
        <translation>تصویرها (JPEG، PNG، WebP، GIF)، PDFها و ویدیوها (MP4، WebM) را در مخزن کتابخانه، که بر پایهٔ محتوا نشانی‌دهی می‌شود، کپی می‌کند، فرادادهٔ آن‌ها را می‌خواند و تصویر بندانگشتی می‌سازد. پرونده‌ای که از پیش در کتابخانه باشد فقط یک بار نگه داشته می‌شود. هر پرونده سطری در گزارش دارد؛ پرونده‌های معیوب گزارش و رد می‌شوند و کار با بقیه ادامه می‌یابد. اگر پرونده‌ای ناموفق باشد، با کد 1 خارج می‌شود. Ctrl+C پس از پرونده‌های در دست کار متوقف می‌شود؛ هیچ چیز نیمه‌کاره درون‌ریزی نمی‌شود.</translation>
    </message>
    <message>
        <source>files and folders to import</source>
        <translation>پرونده‌ها و پوشه‌هایی که درون‌ریزی می‌شوند</translation>
    </message>
    <message>
        <source>also add the imported items to this gallery</source>
        <translation>موارد درون‌ریزی‌شده به این گالری هم افزوده شوند</translation>
    </message>
    <message>
        <source>print only problems and the summary</source>
        <translation>فقط مشکلات و خلاصه نمایش داده شوند</translation>
    </message>
    <message>
        <source>add a YouTube, Vimeo or Aparat video as a media item</source>
        <translation>افزودن ویدیویی از YouTube، Vimeo یا Aparat به‌عنوان یک رسانه</translation>
    </message>
    <message>
        <source>Add a video hosted elsewhere, by its address, with a title and a poster image.</source>
        <translation>ویدیویی را که جای دیگری میزبانی می‌شود، با نشانی‌اش و همراه با تیتر و تصویر پوستر، اضافه می‌کند.</translation>
    </message>
    <message>
        <source>the video&apos;s address (YouTube, Vimeo or Aparat)</source>
        <translation>نشانی ویدیو (YouTube، Vimeo یا Aparat)</translation>
    </message>
    <message>
        <source>the video&apos;s title</source>
        <translation>تیتر ویدیو</translation>
    </message>
    <message>
        <source>an image file to show for the video</source>
        <translation>پروندهٔ تصویری که برای ویدیو نمایش داده می‌شود</translation>
    </message>
    <message>
        <source>also add it to this gallery</source>
        <translation>به این گالری هم افزوده شود</translation>
    </message>
    <message>
        <source>stopping after the files under way (press Ctrl+C again to abort at once)</source>
        <translation>پس از پرونده‌های در دست کار متوقف می‌شود (برای توقف فوری دوباره Ctrl+C را بزنید)</translation>
    </message>
    <message>
        <source>added video (media #{id})</source>
        <translation>ویدیو افزوده شد (رسانهٔ شمارهٔ {id})</translation>
    </message>
</context>
<context>
    <name>cli.preflight_cmds</name>
    <message>
        <source>check articles before they go out</source>
        <translation>بازبینی مطلب‌ها پیش از انتشار</translation>
    </message>
    <message>
        <source>Check articles (by slug; every article without one) before they are published or scheduled: what blocks, what warns, what is worth a note, and where. Exits 1 when anything blocks.</source>
        <translation>مطلب‌ها را پیش از انتشار یا زمان‌بندی بازبینی کن (با نامک؛ بدون آن همهٔ مطلب‌ها): چه چیزی مانع است، چه چیزی هشدار است، چه چیزی ارزش یادداشت دارد و کجا. اگر چیزی مانع باشد با کد ۱ خارج می‌شود.</translation>
    </message>
    <message>
        <source>the articles&apos; edition (default: every edition that has the slug)</source>
        <translation>نسخهٔ مطلب‌ها (پیش‌فرض: هر نسخه‌ای که این نامک را دارد)</translation>
    </message>
    <message>
        <source>check a gallery instead (repeatable)</source>
        <translation>به‌جای آن یک نگارخانه را بازبینی کن (تکرارپذیر)</translation>
    </message>
    <message>
        <source>check a publication issue instead (repeatable)</source>
        <translation>به‌جای آن یک شمارهٔ نشریه را بازبینی کن (تکرارپذیر)</translation>
    </message>
    <message>
        <source>also ask the outside addresses the articles link to (never blocks)</source>
        <translation>از نشانی‌های بیرونی که مطلب‌ها به آن پیوند دارند هم بپرس (هرگز مانع نمی‌شود)</translation>
    </message>
    <message>
        <source>seconds to wait for each outside address (default 5)</source>
        <translation>ثانیه‌های انتظار برای هر نشانی بیرونی (پیش‌فرض ۵)</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>یک شیء JSON در هر سطر</translation>
    </message>
    <message>
        <source>show or set what an edition&apos;s pre-flight check asks</source>
        <translation>نمایش یا تنظیم آنچه بازبینی پیش از انتشار یک نسخه می‌خواهد</translation>
    </message>
    <message>
        <source>Without options, show the edition&apos;s rules; with them, change them.</source>
        <translation>بدون گزینه، قاعده‌های نسخه را نشان بده؛ با گزینه، تغییرشان بده.</translation>
    </message>
    <message>
        <source>fields whose absence blocks (the others warn): {fields}</source>
        <translation>فیلدهایی که نبودنشان مانع است (بقیه هشدار می‌دهند): {fields}</translation>
    </message>
    <message>
        <source>editions every article should also exist in, e.g. en,ar (empty: none)</source>
        <translation>نسخه‌هایی که هر مطلب باید در آن‌ها هم باشد، مثلاً en,ar (خالی: هیچ)</translation>
    </message>
    <message>
        <source>the digits the body must use (any: no rule)</source>
        <translation>رقم‌هایی که متن باید به کار ببرد (any: بی‌قاعده)</translation>
    </message>
    <message>
        <source>{kind} {id}: blocking findings overridden on {when} ({action}): {reason}</source>
        <translation>{kind} {id}: یافته‌های مانع در {when} نادیده گرفته شد ({action}): {reason}</translation>
    </message>
    <message>
        <source>-- checked: {checked}; blocked: {blocked}</source>
        <translation>-- بازبینی‌شده: {checked}؛ متوقف: {blocked}</translation>
    </message>
    <message>
        <source>--issue {ref} is not SERIES/NUMBER (e.g. weekly/12).</source>
        <translation>--issue {ref} به شکل SERIES/NUMBER نیست (مثلاً weekly/12).</translation>
    </message>
    <message>
        <source>There is no article {slug} in {editions}; nothing was checked.</source>
        <translation>مطلب {slug} در {editions} نیست؛ چیزی بازبینی نشد.</translation>
    </message>
    <message>
        <source>BLOCKS</source>
        <translation>مانع</translation>
    </message>
    <message>
        <source>warns</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <source>note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>lines {first}-{last}</source>
        <translation>سطرهای {first} تا {last}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>سطر {line}</translation>
    </message>
    <message>
        <source>media {id}</source>
        <translation>رسانهٔ {id}</translation>
    </message>
    <message>
        <source>article {id}</source>
        <translation>مطلب {id}</translation>
    </message>
    <message>
        <source>edition {code}</source>
        <translation>نسخهٔ {code}</translation>
    </message>
    <message>
        <source>outbox job {id}</source>
        <translation>کار صف ارسال {id}</translation>
    </message>
    <message>
        <source>field {name}</source>
        <translation>فیلد {name}</translation>
    </message>
    <message>
        <source>article</source>
        <translation>مطلب</translation>
    </message>
    <message>
        <source>gallery</source>
        <translation>نگارخانه</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>required (blocks when missing): {fields}</source>
        <translation>لازم (نبودنش مانع است): {fields}</translation>
    </message>
    <message>
        <source>translations planned: {codes}</source>
        <translation>ترجمه‌های برنامه‌ریزی‌شده: {codes}</translation>
    </message>
    <message>
        <source>digits: {digits}</source>
        <translation>رقم‌ها: {digits}</translation>
    </message>
</context>
<context>
    <name>cli.review_cmds</name>
    <message>
        <source>read the Application Password from the first line of standard input (otherwise it is asked for when needed)</source>
        <translation>Application Password را از سطر نخست ورودی استاندارد بخوان (وگرنه هر وقت لازم شد پرسیده می‌شود)</translation>
    </message>
    <message>
        <source>hand articles to each other through the site</source>
        <translation>مطلب‌ها را از راه سایت به یکدیگر بسپارید</translation>
    </message>
    <message>
        <source>Send an article for review with a note, send it back with a note, and list what others sent for review or sent back (needs the Nejat Desk Companion plugin on the site for the notes).</source>
        <translation>مطلبی را با یادداشت برای بازبینی بفرستید، با یادداشت برگردانید، و آنچه دیگران برای بازبینی فرستادند یا برگرداندند فهرست کنید (برای یادداشت‌ها افزونهٔ Nejat Desk Companion روی سایت لازم است).</translation>
    </message>
    <message>
        <source>what waits for review from others and what others sent back</source>
        <translation>آنچه از دیگران در انتظار بازبینی است و آنچه دیگران برگرداندند</translation>
    </message>
    <message>
        <source>send an article for review (pending) with a note</source>
        <translation>مطلبی را با یادداشت برای بازبینی (در انتظار) بفرست</translation>
    </message>
    <message>
        <source>send an article back (draft) with a note</source>
        <translation>مطلبی را با یادداشت برگردان (پیش‌نویس)</translation>
    </message>
    <message>
        <source>the article&apos;s edition</source>
        <translation>نسخهٔ مطلب</translation>
    </message>
    <message>
        <source>the note for the other person</source>
        <translation>یادداشت برای شخص دیگر</translation>
    </message>
    <message>
        <source>the site&apos;s name (default: the site serving the edition)</source>
        <translation>نام سایت (پیش‌فرض: سایتی که این نسخه را ارائه می‌کند)</translation>
    </message>
    <message>
        <source>There is no article {slug} in the {edition} edition; nothing was sent.</source>
        <translation>مطلب {slug} در نسخهٔ {edition} نیست؛ چیزی فرستاده نشد.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>Waiting for review:</source>
        <translation>در انتظار بازبینی:</translation>
    </message>
    <message>
        <source>Sent back:</source>
        <translation>برگشت‌خورده:</translation>
    </message>
</context>
<context>
    <name>cli.schedule_cmds</name>
    <message>
        <source>first day (YYYY-MM-DD, or YYYY-MM-DD HH:MM) in --tz</source>
        <translation>نخستین روز (YYYY-MM-DD یا YYYY-MM-DD HH:MM) به وقت --tz</translation>
    </message>
    <message>
        <source>last day, inclusive (YYYY-MM-DD, or an exclusive YYYY-MM-DD HH:MM) in --tz</source>
        <translation>آخرین روز، خودش هم شامل می‌شود (YYYY-MM-DD، یا YYYY-MM-DD HH:MM که خودش شامل نمی‌شود) به وقت --tz</translation>
    </message>
    <message>
        <source>edition code(s): en, ar, fa, sq</source>
        <translation>کد نسخه (یا نسخه‌ها): en، ar، fa، sq</translation>
    </message>
    <message>
        <source>item kind(s): {kinds}</source>
        <translation>گونهٔ مورد (یا موردها): {kinds}</translation>
    </message>
    <message>
        <source>social platform(s): {platforms}</source>
        <translation>شبکهٔ اجتماعی (یا شبکه‌ها): {platforms}</translation>
    </message>
    <message>
        <source>time zone for --from/--to and the listing (IANA name; default: this computer&apos;s zone)</source>
        <translation>منطقهٔ زمانی --from/--to و فهرست (نام IANA؛ پیش‌فرض: منطقهٔ زمانی همین رایانه)</translation>
    </message>
    <message>
        <source>Unknown platform {names}; expected {platforms}.</source>
        <translation>شبکهٔ ناشناخته: {names}؛ یکی از این‌ها انتظار می‌رفت: {platforms}.</translation>
    </message>
    <message>
        <source>what to schedule</source>
        <translation>چه چیزی زمان‌بندی شود</translation>
    </message>
    <message>
        <source>the article&apos;s edition (article, social)</source>
        <translation>نسخهٔ مطلب (article، social)</translation>
    </message>
    <message>
        <source>the article&apos;s slug (article, social) or the gallery&apos;s slug</source>
        <translation>نامک مطلب (article، social) یا نامک گالری</translation>
    </message>
    <message>
        <source>the record id instead of edition+slug</source>
        <translation>شناسهٔ رکورد به‌جای نسخه و نامک</translation>
    </message>
    <message>
        <source>the social platform (social)</source>
        <translation>شبکهٔ اجتماعی (social)</translation>
    </message>
    <message>
        <source>the publication series slug (issue)</source>
        <translation>نامک مجموعهٔ نشریه (issue)</translation>
    </message>
    <message>
        <source>the issue number (issue)</source>
        <translation>شمارهٔ نشریه (issue)</translation>
    </message>
    <message>
        <source>local time, YYYY-MM-DD HH:MM</source>
        <translation>زمان محلی، YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>zone of --at (default: the edition&apos;s zone for articles, social posts and issues; else this computer&apos;s)</source>
        <translation>منطقهٔ زمانی --at (پیش‌فرض: برای مطلب‌ها، پست‌های شبکه‌های اجتماعی و شماره‌ها منطقهٔ زمانی نسخه، وگرنه منطقهٔ همین رایانه)</translation>
    </message>
    <message>
        <source>a time in the repeated autumn hour: take the earlier or later one (default: error)</source>
        <translation>برای زمانی در ساعت تکراری پاییز: نوبت زودتر یا دیرتر انتخاب شود (پیش‌فرض: error)</translation>
    </message>
    <message>
        <source>a time in the skipped spring hour: move to the first valid minute (default: error)</source>
        <translation>برای زمانی در ساعتِ جاافتادهٔ بهار: به نخستین دقیقهٔ معتبر منتقل شود (پیش‌فرض: error)</translation>
    </message>
    <message>
        <source>schedule an article, gallery or issue despite blocking pre-flight findings; the reason is kept in its history</source>
        <translation>مطلب، نگارخانه یا شماره‌ای را با وجود یافته‌های مانعِ پیش از انتشار زمان‌بندی کن؛ دلیل در تاریخچه‌اش می‌ماند</translation>
    </message>
    <message>
        <source>the publication calendar</source>
        <translation>برنامهٔ انتشار</translation>
    </message>
    <message>
        <source>List, add and move planned articles, galleries, issues and social posts.</source>
        <translation>فهرست کردن، افزودن و جابه‌جا کردن مطلب‌ها، گالری‌ها، شماره‌ها و پست‌های شبکه‌های اجتماعیِ برنامه‌ریزی‌شده.</translation>
    </message>
    <message>
        <source>list planned items</source>
        <translation>فهرست موردهای برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>یک شیء JSON در هر سطر</translation>
    </message>
    <message>
        <source>schedule an article, gallery, issue or social post</source>
        <translation>زمان‌بندی یک مطلب، گالری، شماره یا پست شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <source>move a planned item to another time</source>
        <translation>انتقال یک مورد برنامه‌ریزی‌شده به زمانی دیگر</translation>
    </message>
    <message>
        <source>write a Newsletter issue as an email (.eml) or as .html + .txt</source>
        <translation>نوشتن یک شمارهٔ خبرنامه به‌صورت ایمیل (.eml) یا به‌صورت ‎.html + .txt</translation>
    </message>
    <message>
        <source>the series slug</source>
        <translation>نامک مجموعه</translation>
    </message>
    <message>
        <source>the issue number</source>
        <translation>شمارهٔ نشریه</translation>
    </message>
    <message>
        <source>FILE.eml, or FILE.html for two files</source>
        <translation>FILE.eml، یا FILE.html برای دو فایل</translation>
    </message>
    <message>
        <source>the From header of the .eml</source>
        <translation>سرآیند From در فایل ‎.eml</translation>
    </message>
    <message>
        <source>show or set a series&apos; newsletter footer (sender, postal address, unsubscribe line)</source>
        <translation>نمایش یا تنظیم پانوشت خبرنامهٔ یک مجموعه (فرستنده، نشانی پستی، سطر لغو اشتراک)</translation>
    </message>
    <message>
        <source>the sender&apos;s name</source>
        <translation>نام فرستنده</translation>
    </message>
    <message>
        <source>the postal address (\n between lines)</source>
        <translation>نشانی پستی (‎\n میان سطرها)</translation>
    </message>
    <message>
        <source>how to unsubscribe: a sentence with its web address or mailto:</source>
        <translation>راه لغو اشتراک: یک جمله با نشانی وب یا mailto:</translation>
    </message>
    <message>
        <source>show or change the planning rules</source>
        <translation>نمایش یا تغییر قاعده‌های برنامه‌ریزی</translation>
    </message>
    <message>
        <source>posts per edition per hour (0 = no limit)</source>
        <translation>شمار انتشار در هر نسخه در هر ساعت (0 = بدون محدودیت)</translation>
    </message>
    <message>
        <source>minutes between posts in an edition (0 = off)</source>
        <translation>دقیقه‌های فاصله میان انتشارها در یک نسخه (0 = خاموش)</translation>
    </message>
    <message>
        <source>warn about days with nothing scheduled</source>
        <translation>هشدار دربارهٔ روزهایی که چیزی برایشان زمان‌بندی نشده است</translation>
    </message>
    <message>
        <source>{count} warning</source>
        <translation>{count} هشدار</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} هشدار</translation>
    </message>
    <message>
        <source>{count} item (times in {zone})</source>
        <translation>{count} مورد (زمان‌ها به وقت {zone})</translation>
    </message>
    <message>
        <source>{count} items (times in {zone})</source>
        <translation>{count} مورد (زمان‌ها به وقت {zone})</translation>
    </message>
    <message>
        <source>An issue is named by --series SLUG --number N (or --id).</source>
        <translation>شماره با ‎--series SLUG --number N (یا ‎--id) مشخص می‌شود.</translation>
    </message>
    <message>
        <source>A gallery is named by --slug SLUG (or --id).</source>
        <translation>گالری با ‎--slug SLUG (یا ‎--id) مشخص می‌شود.</translation>
    </message>
    <message>
        <source>An article is named by --edition CODE --slug SLUG.</source>
        <translation>مطلب با ‎--edition CODE --slug SLUG مشخص می‌شود.</translation>
    </message>
    <message>
        <source>A social post is named by --edition CODE --slug SLUG.</source>
        <translation>پست شبکه‌های اجتماعی با ‎--edition CODE --slug SLUG مشخص می‌شود.</translation>
    </message>
    <message>
        <source>A social post needs --platform.</source>
        <translation>پست شبکه‌های اجتماعی به ‎--platform نیاز دارد.</translation>
    </message>
    <message>
        <source>{problem} Repeat with --ambiguous earlier or --ambiguous later.</source>
        <translation>{problem} دوباره با ‎--ambiguous earlier یا ‎--ambiguous later اجرا کنید.</translation>
    </message>
    <message>
        <source>{problem} Repeat with another --at, or --nonexistent shift-forward.</source>
        <translation>{problem} دوباره با ‎--at دیگری یا با ‎--nonexistent shift-forward اجرا کنید.</translation>
    </message>
    <message>
        <source>{key} is not scheduled yet; use &apos;schedule add&apos;.</source>
        <translation>{key} هنوز زمان‌بندی نشده است؛ از «schedule add» استفاده کنید.</translation>
    </message>
    <message>
        <source>moved {key} &apos;{title}&apos; to {local} ({utc} UTC)</source>
        <translation>{key} «{title}» به {local} ({utc} UTC) منتقل شد</translation>
    </message>
    <message>
        <source>rescheduled {key} &apos;{title}&apos; to {local} ({utc} UTC)</source>
        <translation>{key} «{title}» دوباره برای {local} ({utc} UTC) زمان‌بندی شد</translation>
    </message>
    <message>
        <source>scheduled {key} &apos;{title}&apos; to {local} ({utc} UTC)</source>
        <translation>{key} «{title}» برای {local} ({utc} UTC) زمان‌بندی شد</translation>
    </message>
    <message>
        <source>{name} must be 0 or more.</source>
        <translation>{name} باید 0 یا بیشتر باشد.</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>هشدار: {problem}</translation>
    </message>
</context>
<context>
    <name>cli.search_cmds</name>
    <message>
        <source>search articles (titles, bodies, excerpts, bylines)</source>
        <translation>جست‌وجو در مطلب‌ها (تیترها، متن‌ها، چکیده‌ها، نام نویسندگان)</translation>
    </message>
    <message>
        <source>Full-text search with the app&apos;s engine: all words must match; &quot;quoted phrases&quot;, word* for a prefix, -word to exclude, OR between two words for either. Arabic and Farsi letter forms, harakat, digits and Latin accents are matched loosely.</source>
        <translation>جست‌وجوی تمام‌متن با موتور برنامه: همهٔ واژه‌ها باید یافت شوند؛ &quot;عبارت در گیومه&quot;، word* برای پیشوند، -word برای کنار گذاشتن، OR میان دو واژه برای هر یک از آن دو. شکل‌های حروف عربی و فارسی، اعراب، رقم‌ها و نشانه‌های حروف لاتین با انعطاف مقایسه می‌شوند.</translation>
    </message>
    <message>
        <source>the words to look for</source>
        <translation>واژه‌هایی که جست‌وجو می‌شوند</translation>
    </message>
    <message>
        <source>only this edition (repeat for several)</source>
        <translation>فقط این نسخه (برای چند نسخه تکرار کنید)</translation>
    </message>
    <message>
        <source>only articles in this status (repeat for several)</source>
        <translation>فقط مطلب‌های با این وضعیت (برای چند وضعیت تکرار کنید)</translation>
    </message>
    <message>
        <source>at most this many results (default 20)</source>
        <translation>حداکثر این تعداد نتیجه (پیش‌فرض 20)</translation>
    </message>
    <message>
        <source>one JSON object per result and line</source>
        <translation>یک شیء JSON برای هر نتیجه در هر سطر</translation>
    </message>
    <message>
        <source>bold highlights on a terminal (auto), always, or [brackets] (never)</source>
        <translation>برجسته‌سازی پررنگ در پایانه (auto)، همیشه (always)، یا [کروشه] (never)</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} عدد صحیح نیست</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>باید دست‌کم 1 باشد</translation>
    </message>
    <message>
        <source>nothing to search for: the query has no word to look for (punctuation, operators and excluded words alone are not a search)</source>
        <translation>چیزی برای جست‌وجو نیست: پرسش هیچ واژه‌ای برای یافتن ندارد (نشانه‌های نگارشی، عملگرها و واژه‌های کنارگذاشته به‌تنهایی جست‌وجو به شمار نمی‌آیند)</translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation>هیچ مطلبی یافت نشد.</translation>
    </message>
    <message>
        <source>-- 1 result</source>
        <translation>-- 1 نتیجه</translation>
    </message>
    <message>
        <source>-- {count} results</source>
        <translation>-- {count} نتیجه</translation>
    </message>
</context>
<context>
    <name>cli.site_cmds</name>
    <message>
        <source>a password is never taken on the command line (other users could read it); use --password-stdin or answer the prompt</source>
        <translation>گذرواژه هرگز از خط فرمان گرفته نمی‌شود (کاربران دیگر ممکن است آن را بخوانند)؛ از --password-stdin استفاده کنید یا به پرسش پاسخ دهید</translation>
    </message>
    <message>
        <source>read the Application Password from the first line of standard input (otherwise it is asked for when needed)</source>
        <translation>گذرواژهٔ برنامه از نخستین سطر ورودی استاندارد خوانده شود (در غیر این صورت هر وقت لازم باشد پرسیده می‌شود)</translation>
    </message>
    <message>
        <source>allow sending the password over plain http:// to another computer, where anyone on the way can read it (remembered for the site)</source>
        <translation>فرستادن گذرواژه روی http://‎ ساده به رایانه‌ای دیگر را مجاز کن، جایی که هر کس در مسیر می‌تواند آن را بخواند (برای سایت به یاد می‌ماند)</translation>
    </message>
    <message>
        <source>WordPress sites: add, list, test, remove</source>
        <translation>سایت‌های WordPress: افزودن، فهرست، آزمایش، حذف</translation>
    </message>
    <message>
        <source>Manage the WordPress sites the desk publishes to. Passwords are Application Passwords, kept in the system keyring.</source>
        <translation>سایت‌های WordPress را که برنامه در آن‌ها منتشر می‌کند مدیریت کنید. گذرواژه‌ها گذرواژه‌های برنامه‌اند و در جاکلیدی سیستم نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>add a site</source>
        <translation>افزودن سایت</translation>
    </message>
    <message>
        <source>a short name for the site</source>
        <translation>نامی کوتاه برای سایت</translation>
    </message>
    <message>
        <source>the site&apos;s address, e.g. https://nejat.example.org</source>
        <translation>نشانی سایت، مثلاً https://nejat.example.org</translation>
    </message>
    <message>
        <source>the WordPress user name</source>
        <translation>نام کاربری WordPress</translation>
    </message>
    <message>
        <source>the editions it serves, comma separated (en,ar,fa,sq)</source>
        <translation>نسخه‌هایی که سایت به آن‌ها اختصاص دارد، جداشده با ویرگول (en,ar,fa,sq)</translation>
    </message>
    <message>
        <source>do not test the connection after adding</source>
        <translation>پس از افزودن، اتصال آزمایش نشود</translation>
    </message>
    <message>
        <source>list the sites</source>
        <translation>فهرست سایت‌ها</translation>
    </message>
    <message>
        <source>test the connection and say what is wrong</source>
        <translation>آزمایش اتصال و بیان اشکال</translation>
    </message>
    <message>
        <source>set or replace a site&apos;s password</source>
        <translation>تعیین یا جایگزینی گذرواژهٔ یک سایت</translation>
    </message>
    <message>
        <source>remove a site (and forget its password)</source>
        <translation>حذف یک سایت (و فراموش کردن گذرواژهٔ آن)</translation>
    </message>
    <message>
        <source>send articles to a WordPress site</source>
        <translation>فرستادن مطلب‌ها به یک سایت WordPress</translation>
    </message>
    <message>
        <source>the articles&apos; edition</source>
        <translation>نسخهٔ مطلب‌ها</translation>
    </message>
    <message>
        <source>for --status future: the time, ISO 8601 with an offset</source>
        <translation>برای --status future: زمان، به قالب ISO 8601 همراه با اختلاف ساعت</translation>
    </message>
    <message>
        <source>the site&apos;s name (default: the site serving the edition)</source>
        <translation>نام سایت (پیش‌فرض: سایتی که به این نسخه اختصاص دارد)</translation>
    </message>
    <message>
        <source>only queue; send later with &apos;outbox flush&apos;</source>
        <translation>فقط در صف گذاشته شود؛ بعداً با &apos;outbox flush&apos; بفرستید</translation>
    </message>
    <message>
        <source>Queue articles (by slug), galleries and publication issues for a site and send them now. Work that cannot be sent (the site unreachable) stays in the outbox.</source>
        <translation>مطلب‌ها (با نامک)، نگارخانه‌ها و شماره‌های نشریه را برای یک سایت در صف بگذار و اکنون بفرست. کاری که فرستاده نشود (سایت در دسترس نباشد) در صف ارسال می‌ماند.</translation>
    </message>
    <message>
        <source>also send a gallery, in --edition&apos;s words (repeatable)</source>
        <translation>یک نگارخانه را هم بفرست، با متن‌های --edition (تکرارپذیر)</translation>
    </message>
    <message>
        <source>also send a publication issue (repeatable)</source>
        <translation>یک شمارهٔ نشریه را هم بفرست (تکرارپذیر)</translation>
    </message>
    <message>
        <source>publish or schedule despite blocking pre-flight findings; the reason is kept in each article&apos;s, gallery&apos;s or issue&apos;s history</source>
        <translation>با وجود یافته‌های مانعِ پیش از انتشار منتشر یا زمان‌بندی کن؛ دلیل در تاریخچهٔ هر مطلب، نگارخانه یا شماره می‌ماند</translation>
    </message>
    <message>
        <source>bring posts from a site into the library</source>
        <translation>آوردن نوشته‌ها از یک سایت به کتابخانه</translation>
    </message>
    <message>
        <source>the edition the posts belong to (needed when the site serves several)</source>
        <translation>نسخه‌ای که نوشته‌ها به آن تعلق دارند (وقتی سایت به چند نسخه اختصاص دارد لازم است)</translation>
    </message>
    <message>
        <source>only posts dated on or after DATE (ISO 8601)</source>
        <translation>فقط نوشته‌هایی با تاریخ DATE یا پس از آن (ISO 8601)</translation>
    </message>
    <message>
        <source>only posts dated on or before DATE (ISO 8601)</source>
        <translation>فقط نوشته‌هایی با تاریخ DATE یا پیش از آن (ISO 8601)</translation>
    </message>
    <message>
        <source>work waiting to go to the sites</source>
        <translation>کارهایی که در انتظار فرستاده شدن به سایت‌ها هستند</translation>
    </message>
    <message>
        <source>list open jobs (all with --all)</source>
        <translation>فهرست کارهای باز (همه با --all)</translation>
    </message>
    <message>
        <source>retry a job now</source>
        <translation>تلاش دوباره برای یک کار، همین حالا</translation>
    </message>
    <message>
        <source>cancel a job</source>
        <translation>لغو یک کار</translation>
    </message>
    <message>
        <source>send every job that is due</source>
        <translation>فرستادن همهٔ کارهایی که نوبتشان رسیده است</translation>
    </message>
    <message>
        <source>settle a conflict</source>
        <translation>حل یک ناسازگاری</translation>
    </message>
    <message>
        <source>library: send the library&apos;s version over the site&apos;s; site: take the site&apos;s</source>
        <translation>library: نسخهٔ کتابخانه به جای نسخهٔ سایت فرستاده شود؛ site: نسخهٔ سایت پذیرفته شود</translation>
    </message>
    <message>
        <source>Application Password for {user} at {base_url}: </source>
        <translation>گذرواژهٔ برنامه برای {user} در {base_url}: </translation>
    </message>
    <message>
        <source>{option} {text} is not an ISO 8601 date and time with an offset ({error}).</source>
        <translation>{option} {text} تاریخ و ساعتی به قالب ISO 8601 همراه با اختلاف ساعت نیست ({error}).</translation>
    </message>
    <message>
        <source>warning: the Application Password for {base_url} travels unencrypted; anyone on the network between here and the site can read it.</source>
        <translation>هشدار: Application Password برای {base_url} بی‌رمز جابه‌جا می‌شود؛ هر کس در شبکهٔ میان اینجا و سایت می‌تواند آن را بخواند.</translation>
    </message>
    <message>
        <source>{message} (On the command line: --allow-insecure-http.)</source>
        <translation>{message} (در خط فرمان: --allow-insecure-http.)</translation>
    </message>
    <message>
        <source>job {job_id}: created post {remote_id} ({status}) {link}</source>
        <translation>کار {job_id}: نوشتهٔ {remote_id} ساخته شد ({status}) {link}</translation>
    </message>
    <message>
        <source>job {job_id}: updated post {remote_id} ({status}) {link}</source>
        <translation>کار {job_id}: نوشتهٔ {remote_id} به‌روز شد ({status}) {link}</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>هشدار: {message}</translation>
    </message>
    <message>
        <source>job {job_id}: not sent, will retry: {message}</source>
        <translation>کار {job_id}: فرستاده نشد، دوباره تلاش می‌شود: {message}</translation>
    </message>
    <message>
        <source>job {job_id}: failed: {message}</source>
        <translation>کار {job_id}: ناموفق: {message}</translation>
    </message>
    <message>
        <source>job {job_id}: conflict: the post changed on the site too; see &apos;outbox resolve&apos;</source>
        <translation>کار {job_id}: ناسازگاری: نوشته در سایت هم تغییر کرده است؛ &apos;outbox resolve&apos; را ببینید</translation>
    </message>
    <message>
        <source>Added site {name} ({base_url}).</source>
        <translation>سایت {name} ({base_url}) افزوده شد.</translation>
    </message>
    <message>
        <source>warning: no secure keyring on this system: the password was not stored; commands that talk to the site will ask for it (or read it with --password-stdin).</source>
        <translation>هشدار: این سیستم جاکلیدی امنی ندارد: گذرواژه ذخیره نشد؛ فرمان‌هایی که با سایت کار می‌کنند آن را می‌پرسند (یا با --password-stdin می‌خوانند).</translation>
    </message>
    <message>
        <source>No sites yet; add one with &apos;nejat-desk site add&apos;.</source>
        <translation>هنوز سایتی نیست؛ با &apos;nejat-desk site add&apos; یکی بیفزایید.</translation>
    </message>
    <message>
        <source>password stored</source>
        <translation>گذرواژه ذخیره شده</translation>
    </message>
    <message>
        <source>no password stored</source>
        <translation>گذرواژه ذخیره نشده</translation>
    </message>
    <message>
        <source>no password given (use --password-stdin or run in a terminal).</source>
        <translation>گذرواژه‌ای داده نشد (از --password-stdin استفاده کنید یا فرمان را در پایانه اجرا کنید).</translation>
    </message>
    <message>
        <source>Password stored in the system keyring.</source>
        <translation>گذرواژه در جاکلیدی سیستم ذخیره شد.</translation>
    </message>
    <message>
        <source>warning: no secure keyring: the password was not stored.</source>
        <translation>هشدار: جاکلیدی امنی در کار نیست: گذرواژه ذخیره نشد.</translation>
    </message>
    <message>
        <source>Removed site {name} and forgot its password.</source>
        <translation>سایت {name} حذف شد و گذرواژه‌اش فراموش شد.</translation>
    </message>
    <message>
        <source>--status future needs --at with the date and time.</source>
        <translation>--status future به --at همراه با تاریخ و ساعت نیاز دارد.</translation>
    </message>
    <message>
        <source>There is no article {slug} in the {edition} edition; nothing was queued.</source>
        <translation>مطلب {slug} در نسخهٔ {edition} نیست؛ چیزی در صف گذاشته نشد.</translation>
    </message>
    <message>
        <source>Name at least one article (SLUG), --gallery or --issue; nothing was queued.</source>
        <translation>دست‌کم یک مطلب (SLUG)، --gallery یا --issue نام ببرید؛ چیزی در صف گذاشته نشد.</translation>
    </message>
    <message>
        <source>Queued {count} article(s) for {site}: jobs {jobs}.</source>
        <translation>مطلب‌های در صف برای {site}: {count}؛ کارها: {jobs}.</translation>
    </message>
    <message>
        <source>Queued {count} galleries and issues for {site}: jobs {jobs}.</source>
        <translation>{count} نگارخانه و شماره برای {site} در صف گذاشته شد: کارهای {jobs}.</translation>
    </message>
    <message>
        <source>--issue {ref} is not SERIES/NUMBER (e.g. weekly/12); nothing was queued.</source>
        <translation>--issue {ref} به شکل SERIES/NUMBER نیست (مثلاً weekly/12)؛ چیزی در صف گذاشته نشد.</translation>
    </message>
    <message>
        <source>pulled {done}/{total}</source>
        <translation>دریافت‌شده: {done}/{total}</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {media} media records.</source>
        <translation>ساخته‌شده: {created}، به‌روزشده: {updated}، بی‌تغییر: {unchanged}، ناسازگاری: {conflicts}، رکوردهای رسانه: {media}.</translation>
    </message>
    <message>
        <source>{galleries} galleries and {issues} publication issues created or updated.</source>
        <translation>{galleries} نگارخانه و {issues} شمارهٔ نشریه ساخته یا به‌روز شد.</translation>
    </message>
    <message>
        <source>skipped {item}</source>
        <translation>رد شد: {item}</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>صندوق ارسال خالی است.</translation>
    </message>
    <message>
        <source>next {when} UTC</source>
        <translation>تلاش بعدی {when} UTC</translation>
    </message>
    <message>
        <source>as article</source>
        <translation>مطابق مطلب</translation>
    </message>
    <message>
        <source>attempts {count}</source>
        <translation>تلاش‌ها: {count}</translation>
    </message>
    <message>
        <source>Job {job} queued.</source>
        <translation>کار {job} در صف گذاشته شد.</translation>
    </message>
    <message>
        <source>Job {job} cancelled.</source>
        <translation>کار {job} لغو شد.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>کاری در نوبت ارسال نیست.</translation>
    </message>
    <message>
        <source>Job {job}: the site&apos;s version was taken into the library.</source>
        <translation>کار {job}: نسخهٔ سایت به کتابخانه آورده شد.</translation>
    </message>
</context>
<context>
    <name>core.edition_names</name>
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
</context>
<context>
    <name>core.find_replace</name>
    <message>
        <source>Type something to find.</source>
        <translation>چیزی برای جست‌وجو بنویسید.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: {error}.</source>
        <translation>عبارت باقاعده معتبر نیست: {error}.</translation>
    </message>
    <message>
        <source>The replacement is not valid: {error}.</source>
        <translation>متن جایگزین معتبر نیست: {error}.</translation>
    </message>
</context>
<context>
    <name>core.frontmatter</name>
    <message>
        <source>uses a YAML alias (*{name}, line {line}); aliases are not accepted in front matter: write the value out</source>
        <translation>از یک نام مستعار YAML استفاده می‌کند (*{name}، سطر {line})؛ نام مستعار در سرآغاز پذیرفته نیست: خود مقدار را بنویسید</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>وجود ندارد</translation>
    </message>
    <message>
        <source>must be text, not {type}</source>
        <translation>باید متن باشد، نه {type}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>خالی است</translation>
    </message>
    <message>
        <source>{value} is not a valid date</source>
        <translation>{value} تاریخ معتبری نیست</translation>
    </message>
    <message>
        <source>{value} is not a valid ISO 8601 date with a UTC offset ({problem})</source>
        <translation>{value} تاریخ معتبر ISO 8601 همراه با اختلاف ساعت از UTC نیست ({problem})</translation>
    </message>
    <message>
        <source>must be a list of text items</source>
        <translation>باید فهرستی از متن‌ها باشد</translation>
    </message>
    <message>
        <source>has no YAML front matter block (a first line of &apos;---&apos;)</source>
        <translation>بلوک سرآیند YAML ندارد (سطر نخستی به شکل &apos;---&apos;)</translation>
    </message>
    <message>
        <source>the YAML front matter is broken: {problem}</source>
        <translation>سرآیند YAML خراب است: {problem}</translation>
    </message>
    <message>
        <source>the YAML front matter must be a mapping of keys to values</source>
        <translation>سرآیند YAML باید نگاشتی از کلیدها به مقدارها باشد</translation>
    </message>
    <message>
        <source>{edition} is not an edition; expected one of {codes}</source>
        <translation>{edition} نسخه نیست؛ یکی از این‌ها مورد انتظار است: {codes}</translation>
    </message>
    <message>
        <source>{status} is not a status; expected one of {allowed}</source>
        <translation>{status} وضعیت نیست؛ یکی از این‌ها مورد انتظار است: {allowed}</translation>
    </message>
    <message>
        <source>must be a mapping with &apos;edition&apos; (en, ar, fa or sq) and &apos;slug&apos;</source>
        <translation>باید نگاشتی با &apos;edition&apos; (en، ar، fa یا sq) و &apos;slug&apos; باشد</translation>
    </message>
    <message>
        <source>{url} is not an http(s) URL</source>
        <translation>{url} نشانی http(s) نیست</translation>
    </message>
    <message>
        <source>a scheduled article needs a &apos;scheduled&apos; date</source>
        <translation>مطلب زمان‌بندی‌شده به تاریخ &apos;scheduled&apos; نیاز دارد</translation>
    </message>
    <message>
        <source>the unknown key {key} holds a value that is not plain text, numbers, lists or mappings; it was not kept</source>
        <translation>کلید ناشناختهٔ {key} مقداری دارد که متن ساده، عدد، فهرست یا نگاشت نیست؛ نگه داشته نشد</translation>
    </message>
    <message>
        <source>the unknown key {key} holds {size} KB, more than the {limit} KB unknown keys may store; it was not kept</source>
        <translation>کلید ناشناختهٔ {key} {size} کیلوبایت دارد، بیش از {limit} کیلوبایتی که کلیدهای ناشناخته می‌توانند نگه دارند؛ نگه داشته نشد</translation>
    </message>
</context>
<context>
    <name>core.i18n</name>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>core.media_types</name>
    <message>
        <source>JPEG image</source>
        <translation>تصویر JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>تصویر PNG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>تصویر GIF</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>تصویر WebP</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>سند PDF</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>ویدیوی MP4</translation>
    </message>
    <message>
        <source>WebM video</source>
        <translation>ویدیوی WebM</translation>
    </message>
</context>
<context>
    <name>core.preflight</name>
    <message>
        <source>The pre-flight rules of the {edition} edition must be a JSON object.</source>
        <translation>قاعده‌های پیش از انتشار نسخهٔ {edition} باید یک شیء JSON باشد.</translation>
    </message>
    <message>
        <source>The {edition} edition: required fields must be some of {fields}.</source>
        <translation>نسخهٔ {edition}: فیلدهای لازم باید از میان {fields} باشند.</translation>
    </message>
    <message>
        <source>The {edition} edition: translations must be other editions among {codes}.</source>
        <translation>نسخهٔ {edition}: ترجمه‌ها باید نسخه‌های دیگری از میان {codes} باشند.</translation>
    </message>
    <message>
        <source>The {edition} edition: digits must be one of {systems}, or empty for any.</source>
        <translation>نسخهٔ {edition}: رقم‌ها باید یکی از {systems} باشند، یا خالی برای هر رقمی.</translation>
    </message>
    <message>
        <source>preflight.editions must be a JSON object.</source>
        <translation>preflight.editions باید یک شیء JSON باشد.</translation>
    </message>
    <message>
        <source>The article has no title.</source>
        <translation>مطلب عنوان ندارد.</translation>
    </message>
    <message>
        <source>There is no excerpt: share snippets and the site&apos;s lists will use the first paragraph.</source>
        <translation>چکیده‌ای نیست: متن‌های اشتراک‌گذاری و فهرست‌های سایت بند نخست را به کار می‌برند.</translation>
    </message>
    <message>
        <source>The article has no category in the {edition} edition.</source>
        <translation>مطلب در نسخهٔ {edition} دسته ندارد.</translation>
    </message>
    <message>
        <source>The article names neither a byline nor a source.</source>
        <translation>مطلب نه نام نویسنده دارد نه منبع.</translation>
    </message>
    <message>
        <source>The article has no featured image: the site shows none and link previews have no picture.</source>
        <translation>مطلب تصویر شاخص ندارد: سایت تصویری نشان نمی‌دهد و پیش‌نمایش پیوندها بی‌تصویر است.</translation>
    </message>
    <message>
        <source>The picture {picture} came from the site without alt text in the {edition} edition.</source>
        <translation>تصویر {picture} بدون متن جایگزین در نسخهٔ {edition} از سایت آمد.</translation>
    </message>
    <message>
        <source>The picture {picture} has no alt text in the {edition} edition.</source>
        <translation>تصویر {picture} در نسخهٔ {edition} متن جایگزین ندارد.</translation>
    </message>
    <message>
        <source>The picture {picture} has no caption in the {edition} edition.</source>
        <translation>تصویر {picture} در نسخهٔ {edition} زیرنویس ندارد.</translation>
    </message>
    <message>
        <source>The picture {picture} has no credit.</source>
        <translation>تصویر {picture} نام عکاس یا منبع ندارد.</translation>
    </message>
    <message>
        <source>The original of {picture} records where it was taken (GPS); the copies that go out leave it out.</source>
        <translation>نسخهٔ اصلی {picture} جای گرفتنش را ثبت کرده است (GPS)؛ نسخه‌هایی که بیرون می‌روند آن را ندارند.</translation>
    </message>
    <message>
        <source>No focal point was set for {picture}: its crops for each platform are taken from the middle.</source>
        <translation>برای {picture} نقطهٔ کانونی تعیین نشده است: برش‌هایش برای هر سکو از وسط گرفته می‌شود.</translation>
    </message>
    <message>
        <source>There is no Open Graph image: link previews on Facebook, X, WhatsApp and Telegram show no picture.</source>
        <translation>تصویر Open Graph نیست: پیش‌نمایش پیوندها در Facebook، X، WhatsApp و Telegram تصویری نشان نمی‌دهند.</translation>
    </message>
    <message>
        <source>The featured file {picture} is not an image, so link previews show no picture.</source>
        <translation>پروندهٔ شاخص {picture} تصویر نیست، پس پیش‌نمایش پیوندها تصویری نشان نمی‌دهند.</translation>
    </message>
    <message>
        <source>The featured image {picture} is {width} × {height} pixels; link previews want at least {min_width} × {min_height}.</source>
        <translation>تصویر شاخص {picture} {width} × {height} پیکسل است؛ پیش‌نمایش پیوندها دست‌کم {min_width} × {min_height} می‌خواهند.</translation>
    </message>
    <message>
        <source>The {platform} text edited by hand is {count} long where {platform} allows {limit}.</source>
        <translation>متن {platform} که دستی ویرایش شده {count} نویسه است، در حالی که {platform} {limit} را می‌پذیرد.</translation>
    </message>
    <message>
        <source>The {platform} text would be {count} long where {platform} allows {limit}; the desk shortens it at a word.</source>
        <translation>متن {platform} {count} نویسه می‌شد، در حالی که {platform} {limit} را می‌پذیرد؛ میز آن را سر یک واژه کوتاه می‌کند.</translation>
    </message>
    <message>
        <source>The title is {count} characters long; as an email subject, mail clients cut it after about {limit}.</source>
        <translation>عنوان {count} نویسه است؛ به‌عنوان موضوع ایمیل، برنامه‌های ایمیل آن را پس از حدود {limit} می‌برند.</translation>
    </message>
</context>
<context>
    <name>core.preflight_text</name>
    <message>
        <source>The {mark} on line {line} is not closed or opened: quotes or brackets are unbalanced in this paragraph.</source>
        <translation>{mark} در سطر {line} بسته یا باز نشده است: گیومه‌ها یا کمانک‌ها در این بند ناجورند.</translation>
    </message>
    <message>
        <source>This {edition} article mixes in the {language} form of yeh ({other}) where the {edition} form is {own}; count: {count}.</source>
        <translation>این مطلب {edition} شکل {language} «ی» ({other}) را به کار برده، در حالی که شکل {edition} آن {own} است؛ شمار: {count}.</translation>
    </message>
    <message>
        <source>This {edition} article mixes in the {language} form of kaf ({other}) where the {edition} form is {own}; count: {count}.</source>
        <translation>این مطلب {edition} شکل {language} «ک» ({other}) را به کار برده، در حالی که شکل {edition} آن {own} است؛ شمار: {count}.</translation>
    </message>
    <message>
        <source>The body writes numbers in other digits than the {edition} edition asks for ({digits}); count: {count}, the first on line {line}.</source>
        <translation>متن عددها را با رقم‌هایی جز آنچه نسخهٔ {edition} می‌خواهد ({digits}) نوشته است؛ شمار: {count}، نخستین در سطر {line}.</translation>
    </message>
    <message>
        <source>Double spaces between words; count: {count}, the first on line {line}.</source>
        <translation>فاصلهٔ دوتایی میان واژه‌ها؛ شمار: {count}، نخستین در سطر {line}.</translation>
    </message>
    <message>
        <source>Line {line} is an empty paragraph: readers see a gap.</source>
        <translation>سطر {line} یک بند خالی است: خواننده فاصله می‌بیند.</translation>
    </message>
    <message>
        <source>The link {url} on line {line} is plain http: browsers warn readers or refuse it; use https.</source>
        <translation>پیوند {url} در سطر {line} http ساده است: مرورگرها به خواننده هشدار می‌دهند یا آن را نمی‌پذیرند؛ https به کار ببرید.</translation>
    </message>
</context>
<context>
    <name>core.schedule_warnings</name>
    <message>
        <source>{count} posts in the {edition} edition in the hour from {time} (at most {limit} per hour).</source>
        <translation>{count} مطلب در نسخهٔ {edition} در یک ساعت از {time} (حداکثر {limit} در ساعت).</translation>
    </message>
    <message>
        <source>&apos;{first}&apos; and &apos;{second}&apos; ({edition}) are {minutes} min apart (at least {limit} min wanted).</source>
        <translation>فاصلهٔ «{first}» و «{second}» ({edition}) فقط {minutes} دقیقه است (دست‌کم {limit} دقیقه لازم است).</translation>
    </message>
    <message>
        <source>Nothing is scheduled in the {edition} edition on {day}.</source>
        <translation>در نسخهٔ {edition} برای {day} چیزی زمان‌بندی نشده است.</translation>
    </message>
    <message>
        <source>Nothing is scheduled in the {edition} edition from {first} to {last} ({days} days).</source>
        <translation>در نسخهٔ {edition} از {first} تا {last} ({days} روز) چیزی زمان‌بندی نشده است.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is scheduled but its status is &apos;{status}&apos;, not ready.</source>
        <translation>«{title}» زمان‌بندی شده اما وضعیتش «{status}» است، نه آمادهٔ انتشار.</translation>
    </message>
    <message>
        <source>The {platform} post for &apos;{title}&apos; goes out before the article it links to.</source>
        <translation>پست {platform} برای «{title}» پیش از مطلبی که به آن پیوند می‌دهد منتشر می‌شود.</translation>
    </message>
    <message>
        <source>The {platform} post for &apos;{title}&apos; is scheduled but the article is not.</source>
        <translation>پست {platform} برای «{title}» زمان‌بندی شده اما خود مطلب نه.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; uses {count} image without alt text in the {edition} edition.</source>
        <translation>«{title}» در نسخهٔ {edition} {count} تصویر بدون متن جایگزین دارد.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; uses {count} images without alt text in the {edition} edition.</source>
        <translation>«{title}» در نسخهٔ {edition} {count} تصویر بدون متن جایگزین دارد.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; uses {count} image without alt text.</source>
        <translation>«{title}» {count} تصویر بدون متن جایگزین دارد.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; uses {count} images without alt text.</source>
        <translation>«{title}» {count} تصویر بدون متن جایگزین دارد.</translation>
    </message>
</context>
<context>
    <name>core.scheduling</name>
    <message>
        <source>Unknown time zone {name} (use an IANA name such as Europe/Berlin).</source>
        <translation>منطقهٔ زمانی {name} ناشناخته است (نامی از IANA مانند Europe/Berlin به کار ببرید).</translation>
    </message>
    <message>
        <source>{local} happens twice in {zone} (the clocks go back that night): choose the earlier (UTC{earlier_offset}, {earlier} UTC) or the later (UTC{later_offset}, {later} UTC) one.</source>
        <translation>{local} در {zone} دو بار پیش می‌آید (آن شب ساعت‌ها عقب کشیده می‌شوند): نوبت زودتر (UTC{earlier_offset}، {earlier} UTC) یا دیرتر (UTC{later_offset}، {later} UTC) را انتخاب کنید.</translation>
    </message>
    <message>
        <source>{local} does not exist in {zone} (the clocks go forward that night): choose another time or move it to the first valid minute, {first_valid}.</source>
        <translation>{local} در {zone} وجود ندارد (آن شب ساعت‌ها جلو کشیده می‌شوند): زمان دیگری انتخاب کنید یا آن را به نخستین دقیقهٔ معتبر، {first_valid}، منتقل کنید.</translation>
    </message>
    <message>
        <source>{text} is not a date and time; write it as YYYY-MM-DD HH:MM (e.g. 2026-10-25 09:30).</source>
        <translation>{text} تاریخ و ساعت نیست؛ آن را به شکل YYYY-MM-DD HH:MM بنویسید (برای نمونه 2026-10-25 09:30).</translation>
    </message>
    <message>
        <source>schedule.rules must be a JSON object</source>
        <translation>schedule.rules باید یک شیء JSON باشد</translation>
    </message>
    <message>
        <source>schedule.rules: {key} must be a whole number of 0 or more</source>
        <translation>schedule.rules: {key} باید عددی صحیح و برابر 0 یا بیشتر باشد</translation>
    </message>
    <message>
        <source>schedule.rules: {key} must be true or false</source>
        <translation>schedule.rules: {key} باید true یا false باشد</translation>
    </message>
    <message>
        <source>schedule.rules: empty_day_editions must be a list of edition codes</source>
        <translation>schedule.rules: empty_day_editions باید فهرستی از کدهای نسخه باشد</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <source>Publish the article &apos;{title}&apos; in the {edition} edition.</source>
        <translation>مطلب «{title}» را در نسخهٔ {edition} منتشر کنید.</translation>
    </message>
    <message>
        <source>Publish the gallery &apos;{title}&apos;.</source>
        <translation>گالری «{title}» را منتشر کنید.</translation>
    </message>
    <message>
        <source>Publish {title}.</source>
        <translation>{title} را منتشر کنید.</translation>
    </message>
    <message>
        <source>Post the {platform} share text for &apos;{title}&apos;.</source>
        <translation>متن اشتراک‌گذاری {platform} را برای «{title}» منتشر کنید.</translation>
    </message>
</context>
<context>
    <name>core.snippets</name>
    <message>
        <source>Consumer Skype was retired in May 2025 and its web share endpoint with it: there is no share link for Skype any more. Copy the message below and paste it into Teams or any chat.</source>
        <translation>اسکایپ عمومی در مه ۲۰۲۵ کنار گذاشته شد و نشانی اشتراک‌گذاری وبش هم با آن: دیگر پیوند اشتراک‌گذاری برای اسکایپ وجود ندارد. پیام زیر را رونوشت کنید و در Teams یا هر گفت‌وگوی دیگری بچسبانید.</translation>
    </message>
</context>
<context>
    <name>core.system_libraries</name>
    <message>
        <source>Nejat Desk cannot open its window: the system library {library} is missing or cannot be loaded. Install the package of your distribution that provides {library}, then start Nejat Desk again.</source>
        <translation>نجات دسک نمی‌تواند پنجره‌اش را باز کند: کتابخانهٔ سیستمی {library} نیست یا بار نمی‌شود. بسته‌ای از توزیع خود را که {library} را فراهم می‌کند نصب کنید، سپس نجات دسک را دوباره باز کنید.</translation>
    </message>
    <message>
        <source>Nejat Desk cannot open its window: the system library {library} is missing or cannot be loaded. Install it (on Debian or Ubuntu: sudo apt install {debian}; on Fedora: sudo dnf install {fedora}), then start Nejat Desk again.</source>
        <translation>نجات دسک نمی‌تواند پنجره‌اش را باز کند: کتابخانهٔ سیستمی {library} نیست یا بار نمی‌شود. نصبش کنید (در Debian یا Ubuntu:‏ sudo apt install {debian}؛ در Fedora:‏ sudo dnf install {fedora})، سپس نجات دسک را دوباره باز کنید.</translation>
    </message>
</context>
<context>
    <name>core.textdiff</name>
    <message>
        <source>No differences.</source>
        <translation>هیچ تفاوتی نیست.</translation>
    </message>
</context>
<context>
    <name>exporters.ics</name>
    <message>
        <source>Nejat Desk schedule</source>
        <translation>برنامهٔ انتشار Nejat Desk</translation>
    </message>
    <message>
        <source>Edition time: {time} {zone}</source>
        <translation>زمان در نسخه: {time} {zone}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>وضعیت: {status}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>هشدار: {message}</translation>
    </message>
</context>
<context>
    <name>exporters.newsletter</name>
    <message>
        <source>The series {series} has no complete footer (sender name, postal address and unsubscribe line), which mail clients and email law expect; set it in the issue editor or with &apos;nejat-desk schedule footer&apos;.</source>
        <translation>مجموعهٔ {series} پانوشت کامل ندارد (نام فرستنده، نشانی پستی و سطر لغو اشتراک)، که برنامه‌های ایمیل و قانون ایمیل انتظارش را دارند؛ آن را در ویرایشگر شماره یا با &apos;nejat-desk schedule footer&apos; تنظیم کنید.</translation>
    </message>
    <message>
        <source>There is no publication issue {id}.</source>
        <translation>شماره‌ای از نشریه با شناسهٔ {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>{series} is not a Newsletter series; only Newsletter issues render to email.</source>
        <translation>{series} مجموعهٔ خبرنامه نیست؛ فقط شماره‌های خبرنامه به ایمیل تبدیل می‌شوند.</translation>
    </message>
    <message>
        <source>The cover (media {id}) has no web address yet; it was left out.</source>
        <translation>جلد (رسانهٔ {id}) هنوز نشانی وب ندارد؛ کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is in the trash; it was left out.</source>
        <translation>«{title}» در زباله‌دان است؛ کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>The image of &apos;{title}&apos; has no web address yet; it was left out.</source>
        <translation>تصویر «{title}» هنوز نشانی وب ندارد؛ کنار گذاشته شد.</translation>
    </message>
</context>
<context>
    <name>exporters.wxr</name>
    <message>
        <source>“{title}” has a line longer than {bytes} bytes; WordPress&apos;s fallback line parser (used only when PHP has no XML extension) would split it.</source>
        <translation>«{title}» سطری بلندتر از {bytes} بایت دارد؛ تجزیه‌گر سطری جایگزین WordPress (که فقط وقتی PHP افزونهٔ XML ندارد به کار می‌رود) آن را می‌شکند.</translation>
    </message>
    <message>
        <source>“{title}” ({edition}) is scheduled for {time} UTC, which has passed: WordPress will publish it as soon as it is imported.</source>
        <translation>«{title}» ({edition}) برای {time} UTC زمان‌بندی شده که گذشته است: WordPress آن را به محض درون‌ریزی منتشر می‌کند.</translation>
    </message>
</context>
<context>
    <name>services.article_list</name>
    <message>
        <source>The start date {text} is not a date (YYYY-MM-DD).</source>
        <translation>تاریخ آغاز {text} تاریخ معتبری نیست (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The end date {text} is not a date (YYYY-MM-DD).</source>
        <translation>تاریخ پایان {text} تاریخ معتبری نیست (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Unknown date field {field}.</source>
        <translation>فیلد تاریخ ناشناخته: {field}.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>تاریخ پایان پیش از تاریخ آغاز است.</translation>
    </message>
    <message>
        <source>Unknown sort column {column}.</source>
        <translation>ستون مرتب‌سازی ناشناخته: {column}.</translation>
    </message>
    <message>
        <source>A saved filter needs a name.</source>
        <translation>پالایهٔ ذخیره‌شده به نام نیاز دارد.</translation>
    </message>
</context>
<context>
    <name>services.articles</name>
    <message>
        <source>The source URL {url} is not a valid http(s) address.</source>
        <translation>نشانی منبع {url} نشانی http(s) معتبری نیست.</translation>
    </message>
    <message>
        <source>The slug cannot be empty.</source>
        <translation>نامک نمی‌تواند خالی باشد.</translation>
    </message>
    <message>
        <source>The slug {slug} may not contain spaces, &apos;/&apos;, &apos;?&apos;, &apos;#&apos;, &apos;%&apos; or &apos;\&apos;.</source>
        <translation>نامک {slug} نباید فاصله، &apos;/&apos;، &apos;?&apos;، &apos;#&apos;، &apos;%&apos; یا &apos;\&apos; داشته باشد.</translation>
    </message>
    <message>
        <source>The slug {slug} may not contain control or direction characters, or be only dots.</source>
        <translation>نامک {slug} نباید نویسه‌های کنترلی یا جهت داشته باشد یا فقط نقطه باشد.</translation>
    </message>
    <message>
        <source>The slug is longer than 200 characters.</source>
        <translation>نامک بیش از 200 نویسه است.</translation>
    </message>
    <message>
        <source>There is no article with id {article_id}.</source>
        <translation>مطلبی با شناسهٔ {article_id} وجود ندارد.</translation>
    </message>
    <message>
        <source>Unknown edition {edition}; expected one of {codes}.</source>
        <translation>نسخهٔ ناشناخته: {edition}؛ یکی از این‌ها مورد انتظار است: {codes}.</translation>
    </message>
    <message>
        <source>The slug {slug} is already used in the {edition} edition.</source>
        <translation>نامک {slug} در نسخهٔ {edition} از پیش به کار رفته است.</translation>
    </message>
    <message>
        <source>Unknown article fields: {fields}.</source>
        <translation>فیلدهای ناشناختهٔ مطلب: {fields}.</translation>
    </message>
    <message>
        <source>There is no media item with id {id}.</source>
        <translation>رسانه‌ای با شناسهٔ {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>Unknown article field {name}.</source>
        <translation>فیلد ناشناختهٔ مطلب: {name}.</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>وضعیت: {status}</translation>
    </message>
    <message>
        <source>There is no revision with id {revision_id}.</source>
        <translation>رونوشتی با شناسهٔ {revision_id} وجود ندارد.</translation>
    </message>
    <message>
        <source>before restoring revision {revision_id}</source>
        <translation>پیش از بازگرداندن رونوشت {revision_id}</translation>
    </message>
    <message>
        <source>Unknown edition {edition}.</source>
        <translation>نسخهٔ ناشناخته: {edition}.</translation>
    </message>
    <message>
        <source>A translation must be in another edition.</source>
        <translation>ترجمه باید در نسخهٔ دیگری باشد.</translation>
    </message>
    <message>
        <source>This article already has a translation in the {edition} edition (article {id}).</source>
        <translation>این مطلب از پیش ترجمه‌ای در نسخهٔ {edition} دارد (مطلب {id}).</translation>
    </message>
    <message>
        <source>Translations must be in different editions.</source>
        <translation>ترجمه‌ها باید در نسخه‌های مختلف باشند.</translation>
    </message>
    <message>
        <source>The group already has a {edition} version (article {id}).</source>
        <translation>این گروه از پیش نسخهٔ {edition} دارد (مطلب {id}).</translation>
    </message>
    <message>
        <source>Article {id} is not a translation of another article.</source>
        <translation>مطلب {id} ترجمهٔ مطلب دیگری نیست.</translation>
    </message>
    <message>
        <source>the table of contents of publication issue {issue}</source>
        <translation>فهرست مطالب شمارهٔ نشریهٔ {issue}</translation>
    </message>
    <message>
        <source>“{title}” is still used in {uses}.</source>
        <translation>«{title}» هنوز در این‌جا به کار رفته است: {uses}.</translation>
    </message>
    <message>
        <source>Only articles in the trash can be deleted permanently.</source>
        <translation>فقط مطلب‌های درون زباله‌دان را می‌توان برای همیشه حذف کرد.</translation>
    </message>
    <message>
        <source>The article is still used.</source>
        <translation>این مطلب هنوز در جای دیگری به کار رفته است.</translation>
    </message>
</context>
<context>
    <name>services.editions</name>
    <message>
        <source>{code}: the edition needs a name and a name in its own language.</source>
        <translation>{code}: نسخه به یک نام و یک نام به زبان خودش نیاز دارد.</translation>
    </message>
    <message>
        <source>{code}: direction must be &apos;ltr&apos; or &apos;rtl&apos;, not {direction}.</source>
        <translation>{code}: جهت باید &apos;ltr&apos; یا &apos;rtl&apos; باشد، نه {direction}.</translation>
    </message>
    <message>
        <source>{code}: {time_zone} is not a known time zone (e.g. Asia/Tehran).</source>
        <translation>{code}: {time_zone} منطقهٔ زمانی شناخته‌شده‌ای نیست (مثلاً Asia/Tehran).</translation>
    </message>
    <message>
        <source>{code}: calendar must be one of {calendars}.</source>
        <translation>{code}: تقویم باید یکی از این‌ها باشد: {calendars}.</translation>
    </message>
    <message>
        <source>{code}: the site URL {site_url} is not an http(s) address.</source>
        <translation>{code}: نشانی سایت {site_url} نشانی http(s) نیست.</translation>
    </message>
    <message>
        <source>{code}: the permalink pattern must start with &apos;/&apos; and contain %postname% or %post_id%.</source>
        <translation>{code}: الگوی پیوند یکتا باید با &apos;/&apos; آغاز شود و %postname% یا %post_id% را در بر داشته باشد.</translation>
    </message>
    <message>
        <source>{code}: unknown permalink tags: {tags}.</source>
        <translation>{code}: برچسب‌های ناشناختهٔ پیوند یکتا: {tags}.</translation>
    </message>
    <message>
        <source>{code}: {tag} is not a hashtag (letters, digits and _ only).</source>
        <translation>{code}: {tag} هشتگ نیست (فقط حرف، رقم و _).</translation>
    </message>
    <message>
        <source>{code}: {platform} is not a platform ({platforms}).</source>
        <translation>{code}: {platform} یک شبکهٔ اجتماعی شناخته‌شده نیست ({platforms}).</translation>
    </message>
    <message>
        <source>{code}: the {platform} handle is empty.</source>
        <translation>{code}: شناسهٔ {platform} خالی است.</translation>
    </message>
    <message>
        <source>There is no edition {code}.</source>
        <translation>نسخه‌ای با کد {code} وجود ندارد.</translation>
    </message>
    <message>
        <source>Unknown edition setting {key}.</source>
        <translation>تنظیم ناشناختهٔ نسخه: {key}.</translation>
    </message>
</context>
<context>
    <name>services.export</name>
    <message>
        <source>Unknown edition {code}; expected one of {codes}.</source>
        <translation>نسخهٔ ناشناخته {code}؛ یکی از این‌ها انتظار می‌رفت: {codes}.</translation>
    </message>
    <message>
        <source>Unknown status {status}; expected one of {allowed}.</source>
        <translation>وضعیت ناشناخته {status}؛ یکی از این‌ها انتظار می‌رفت: {allowed}.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>تاریخ آغاز پس از تاریخ پایان است.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>برون‌بری لغو شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>Unknown export format {format}; expected one of {formats}.</source>
        <translation>قالب برون‌بری ناشناخته {format}؛ یکی از این‌ها انتظار می‌رفت: {formats}.</translation>
    </message>
    <message>
        <source>Stale translations carried (their original changed since they were translated or marked as up to date): {articles}.</source>
        <translation>ترجمه‌های کهنهٔ همراه (متن اصلی‌شان از زمان ترجمه یا به‌روز علامت‌خوردن تغییر کرده است): {articles}.</translation>
    </message>
</context>
<context>
    <name>services.export_body_media</name>
    <message>
        <source>{article}: a picture in the body is not in the media library and was left out ({references}).</source>
        <translation>{article}: تصویری در متن در کتابخانهٔ رسانه نیست و کنار گذاشته شد ({references}).</translation>
    </message>
    <message>
        <source>{article}: a picture in the body has no address on the site and was left out ({references}); give a media base URL to keep it.</source>
        <translation>{article}: تصویری در متن نشانی‌ای در سایت ندارد و کنار گذاشته شد ({references})؛ برای نگه‌داشتنش نشانی پایهٔ رسانه را بدهید.</translation>
    </message>
</context>
<context>
    <name>services.export_destination</name>
    <message>
        <source>{path} is the library folder or inside it ({library}). An export never writes there; choose a folder outside the library.</source>
        <translation>{path} پوشهٔ کتابخانه یا درون آن است ({library}). برون‌بری هرگز آنجا نمی‌نویسد؛ پوشه‌ای بیرون از کتابخانه انتخاب کنید.</translation>
    </message>
    <message>
        <source>{path} is a folder; this export writes one file. Choose a file name, for example {example}.</source>
        <translation>{path} یک پوشه است؛ این برون‌بری یک پرونده می‌نویسد. نام پرونده‌ای انتخاب کنید، مثلاً {example}.</translation>
    </message>
    <message>
        <source>{path} already exists and is not a previous {format} export of Nejat Desk, so it is left as it is. Choose a new file name, or move that file away first.</source>
        <translation>{path} از پیش هست و برون‌بری پیشین {format} نجات دسک نیست، پس دست‌نخورده می‌ماند. نام پروندهٔ تازه‌ای انتخاب کنید یا نخست آن پرونده را جابه‌جا کنید.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; this export writes a folder. Choose a new folder name.</source>
        <translation>{path} یک پرونده است نه پوشه؛ این برون‌بری یک پوشه می‌نویسد. نام پوشهٔ تازه‌ای انتخاب کنید.</translation>
    </message>
    <message>
        <source>{path} holds a {other} export of Nejat Desk, not a {format} one; choose an empty folder, or a new one such as {suggestion}.</source>
        <translation>{path} یک برون‌بری {other} نجات دسک دارد نه {format}؛ پوشهٔ خالی یا تازه‌ای مانند {suggestion} انتخاب کنید.</translation>
    </message>
    <message>
        <source>{path} is not empty and is not a previous export of Nejat Desk, so nothing in it is touched. Choose an empty folder, or a new one such as {suggestion}.</source>
        <translation>{path} خالی نیست و برون‌بری پیشین نجات دسک هم نیست، پس به چیزی در آن دست زده نمی‌شود. پوشهٔ خالی یا تازه‌ای مانند {suggestion} انتخاب کنید.</translation>
    </message>
    <message>
        <source>{path} is in the way of the export and was not written by it; choose another folder.</source>
        <translation>{path} سر راه برون‌بری است و آن را ننوشته است؛ پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>services.export_files</name>
    <message>
        <source>media {name}: not included ({error})</source>
        <translation>رسانهٔ {name}: گنجانده نشد ({error})</translation>
    </message>
</context>
<context>
    <name>services.galleries</name>
    <message>
        <source>There is no gallery #{id}.</source>
        <translation>گالری شمارهٔ {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>Unknown gallery kind {kind}; one of: {kinds}.</source>
        <translation>نوع گالری {kind} شناخته نیست؛ یکی از این‌ها را بدهید: {kinds}.</translation>
    </message>
    <message>
        <source>A gallery needs a title in at least one edition.</source>
        <translation>گالری دست‌کم در یک نسخه به تیتر نیاز دارد.</translation>
    </message>
    <message>
        <source>A picture can be in a gallery only once.</source>
        <translation>هر عکس فقط یک بار می‌تواند در یک گالری باشد.</translation>
    </message>
    <message>
        <source>No media item #{id}.</source>
        <translation>رسانهٔ شمارهٔ {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>A schedule time needs a time zone.</source>
        <translation>زمان برنامه‌ریزی‌شده باید منطقهٔ زمانی داشته باشد.</translation>
    </message>
    <message>
        <source>The gallery has no title in any edition.</source>
        <translation>گالری در هیچ نسخه‌ای تیتر ندارد.</translation>
    </message>
    <message>
        <source>The gallery has no pictures.</source>
        <translation>گالری هیچ عکسی ندارد.</translation>
    </message>
    <message>
        <source>Unknown status {status}.</source>
        <translation>وضعیت {status} شناخته نیست.</translation>
    </message>
    <message>
        <source>Set the date and time before scheduling the gallery.</source>
        <translation>پیش از زمان‌بندی گالری، تاریخ و ساعت را تعیین کنید.</translation>
    </message>
    <message>
        <source>“{gallery}” is on the schedule (planned entries: {count}, first due {due} UTC). Remove it from the schedule first.</source>
        <translation>«{gallery}» در برنامهٔ انتشار است (موارد برنامه‌ریزی‌شده: {count}، نخستین موعد {due} به وقت UTC). نخست آن را از برنامهٔ انتشار بردارید.</translation>
    </message>
    <message>
        <source>schedule entry #{id}</source>
        <translation>مورد شمارهٔ {id} در برنامهٔ انتشار</translation>
    </message>
    <message>
        <source>Only a gallery in the trash can be deleted for good.</source>
        <translation>فقط گالری‌ای را که در زباله‌دان است می‌توان برای همیشه حذف کرد.</translation>
    </message>
    <message>
        <source>There is no gallery {gallery} (give its number or slug).</source>
        <translation>گالری {gallery} وجود ندارد (شماره یا نامک آن را بدهید).</translation>
    </message>
</context>
<context>
    <name>services.hootsuite</name>
    <message>
        <source>Unknown time zone {zone}; give a name such as UTC, Asia/Baghdad or Europe/Tirane (the time zone of the Hootsuite account).</source>
        <translation>منطقهٔ زمانی ناشناخته {zone}؛ نامی مانند UTC، Asia/Baghdad یا Europe/Tirane بدهید (منطقهٔ زمانی حساب Hootsuite).</translation>
    </message>
    <message>
        <source>{slug} ({platform}): {time} {zone} is in the past or less than 15 minutes from now; left out, because Hootsuite refuses the whole file for it.</source>
        <translation>{slug} ({platform}): {time} {zone} گذشته است یا کمتر از ۱۵ دقیقه تا آن مانده؛ کنار گذاشته شد، چون Hootsuite به‌خاطرش کل پرونده را نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>{slug} ({platform}): {time} moved to {rounded}; Hootsuite takes only times ending in 0 or 5.</source>
        <translation>{slug} ({platform}): {time} به {rounded} منتقل شد؛ Hootsuite فقط زمان‌هایی را می‌پذیرد که به 0 یا 5 ختم شوند.</translation>
    </message>
    <message>
        <source>Times are in {zone}; Hootsuite reads them in the time zone of the account they are uploaded to, so that account must be set to {zone}.</source>
        <translation>زمان‌ها به وقت {zone} است؛ Hootsuite آن‌ها را در منطقهٔ زمانی حسابی می‌خواند که در آن بارگذاری می‌شوند، پس آن حساب باید روی {zone} باشد.</translation>
    </message>
    <message>
        <source>{count} posts, more than Hootsuite&apos;s {limit} a file: split into {files} files, to upload one after another: {names}.</source>
        <translation>{count} پست، بیش از {limit} پستِ هر پروندهٔ Hootsuite: در {files} پرونده تقسیم شد تا یکی پس از دیگری بارگذاری شوند: {names}.</translation>
    </message>
</context>
<context>
    <name>services.library_check</name>
    <message>
        <source>{ids} and {count} more</source>
        <translation>{ids} و {count} مورد دیگر</translation>
    </message>
    <message>
        <source>the database cannot be opened: {error}</source>
        <translation>پایگاه داده باز نمی‌شود: {error}</translation>
    </message>
    <message>
        <source>database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>نمایهٔ جست‌وجو</translation>
    </message>
    <message>
        <source>media</source>
        <translation>رسانه‌ها</translation>
    </message>
    <message>
        <source>database: {problem}</source>
        <translation>پایگاه داده: {problem}</translation>
    </message>
    <message>
        <source>database: {count} more problems</source>
        <translation>پایگاه داده: {count} مشکل دیگر</translation>
    </message>
    <message>
        <source>foreign key: {table} row {row} points to a missing {parent} row</source>
        <translation>کلید خارجی: ردیف {row} از جدول {table} به ردیفی ناموجود در {parent} اشاره می‌کند</translation>
    </message>
    <message>
        <source>search index: FTS5 integrity check failed ({error})</source>
        <translation>نمایهٔ جست‌وجو: بررسی یکپارچگی FTS5 ناموفق بود ({error})</translation>
    </message>
    <message>
        <source>search index: {count} article(s) not indexed (ids {ids})</source>
        <translation>نمایهٔ جست‌وجو: {count} مطلب نمایه نشده است (شناسه‌ها: {ids})</translation>
    </message>
    <message>
        <source>search index: {count} entry(ies) for missing or trashed articles (ids {ids})</source>
        <translation>نمایهٔ جست‌وجو: {count} مدخل برای مطلب‌های ناموجود یا در زباله‌دان (شناسه‌ها: {ids})</translation>
    </message>
    <message>
        <source>media: {count} file(s) missing from the media store (media ids {ids})</source>
        <translation>رسانه: {count} پرونده در انبار رسانه نیست (شناسه‌های رسانه: {ids})</translation>
    </message>
    <message>
        <source>media: {count} file(s) with the wrong size (media ids {ids})</source>
        <translation>رسانه: {count} پرونده با اندازهٔ نادرست (شناسه‌های رسانه: {ids})</translation>
    </message>
    <message>
        <source>media: {count} file(s) whose content no longer matches its SHA-256 (media ids {ids})</source>
        <translation>رسانه: محتوای {count} پرونده دیگر با SHA-256 آن نمی‌خواند (شناسه‌های رسانه: {ids})</translation>
    </message>
</context>
<context>
    <name>services.markdown_import</name>
    <message>
        <source>created</source>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>به‌روز شد</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>بدون تغییر</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>ناسازگاری</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>{count} created</source>
        <translation>ایجادشده: {count}</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>به‌روزشده: {count}</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>بدون تغییر: {count}</translation>
    </message>
    <message>
        <source>{count} conflict</source>
        <translation>ناسازگاری: {count}</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>ردشده: {count}</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>ناموفق: {count}</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>چیزی برای درون‌ریزی نیست</translation>
    </message>
    <message>
        <source>not a Markdown file</source>
        <translation>پروندهٔ Markdown نیست</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>چنین پرونده یا پوشه‌ای وجود ندارد</translation>
    </message>
    <message>
        <source>the file is {size} MB, larger than the 20 MB an article may be</source>
        <translation>پرونده {size} مگابایت است، بزرگ‌تر از ۲۰ مگابایتی که یک مطلب می‌تواند باشد</translation>
    </message>
    <message>
        <source>cannot be read ({problem})</source>
        <translation>خوانده نمی‌شود ({problem})</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {offset})</source>
        <translation>متن UTF-8 نیست (بایت {offset})</translation>
    </message>
    <message>
        <source>the body is too complex to format in time: it is kept as written and shown as plain text</source>
        <translation>متن برای قالب‌بندی به‌موقع بیش از حد پیچیده است: همان‌طور که نوشته شده نگه داشته و به‌صورت متن ساده نشان داده می‌شود</translation>
    </message>
    <message>
        <source>could not be stored: it clashes with something already in the library (details in the log)</source>
        <translation>ذخیره نشد: با چیزی که از پیش در کتابخانه است تداخل دارد (جزئیات در گزارش)</translation>
    </message>
    <message>
        <source>could not be stored ({problem})</source>
        <translation>ذخیره نشد ({problem})</translation>
    </message>
    <message>
        <source>incoming text from an import; the library&apos;s copy was kept</source>
        <translation>متن ورودی از یک درون‌ریزی؛ نسخهٔ کتابخانه نگه داشته شد</translation>
    </message>
    <message>
        <source>edited in the library since the last import: kept the library&apos;s text, stored the incoming text as a revision</source>
        <translation>پس از آخرین درون‌ریزی در کتابخانه ویرایش شده است: متن کتابخانه نگه داشته شد و متن ورودی به صورت رونوشت ذخیره شد</translation>
    </message>
</context>
<context>
    <name>services.media</name>
    <message>
        <source>&apos;{field}&apos; cannot be edited here.</source>
        <translation>«{field}» را اینجا نمی‌توان ویرایش کرد.</translation>
    </message>
    <message>
        <source>A rating is from 0 to 5 stars.</source>
        <translation>امتیاز از ۰ تا ۵ ستاره است.</translation>
    </message>
    <message>
        <source>The focal point must lie inside the picture.</source>
        <translation>نقطهٔ کانونی باید درون عکس باشد.</translation>
    </message>
    <message>
        <source>{name} (media #{id})</source>
        <translation>{name} (رسانهٔ شمارهٔ {id})</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} و {count} مورد دیگر</translation>
    </message>
    <message>
        <source>Alt text is missing in the {edition} edition for: {names}.</source>
        <translation>متن جایگزین در نسخهٔ {edition} برای این موارد نیست: {names}.</translation>
    </message>
    <message>
        <source>featured image of article #{id} “{title}”</source>
        <translation>تصویر شاخص مطلب شمارهٔ {id} «{title}»</translation>
    </message>
    <message>
        <source>attached to article #{id} “{title}”</source>
        <translation>پیوست مطلب شمارهٔ {id} «{title}»</translation>
    </message>
    <message>
        <source>in gallery #{id} “{title}”</source>
        <translation>در گالری شمارهٔ {id} «{title}»</translation>
    </message>
    <message>
        <source>cover of gallery #{id} “{title}”</source>
        <translation>جلد گالری شمارهٔ {id} «{title}»</translation>
    </message>
    <message>
        <source>cover of issue #{id} “{title}”</source>
        <translation>جلد شمارهٔ نشریه با شناسهٔ {id}، «{title}»</translation>
    </message>
    <message>
        <source>PDF of issue #{id} “{title}”</source>
        <translation>PDF شمارهٔ نشریه با شناسهٔ {id}، «{title}»</translation>
    </message>
    <message>
        <source>poster of video #{id} “{title}”</source>
        <translation>پوستر ویدیوی شمارهٔ {id} «{title}»</translation>
    </message>
    <message>
        <source>{use} (in the trash)</source>
        <translation>{use} (در زباله‌دان)</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>شمارهٔ {number}</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>{uses}; and {count} more</source>
        <translation>{uses}؛ و {count} مورد دیگر</translation>
    </message>
    <message>
        <source>{what} is still used: {uses}. Remove it from there first.</source>
        <translation>{what} هنوز به کار رفته است: {uses}. نخست آن را از آنجا بردارید.</translation>
    </message>
    <message>
        <source>Only media in the trash can be deleted for good.</source>
        <translation>فقط رسانه‌هایی را که در زباله‌دان هستند می‌توان برای همیشه حذف کرد.</translation>
    </message>
    <message>
        <source>{url} is not a YouTube, Vimeo or Aparat video address.</source>
        <translation>{url} نشانی ویدیویی در YouTube، Vimeo یا Aparat نیست.</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>پرونده‌ای نیست</translation>
    </message>
    <message>
        <source>The poster image could not be used: {reason}</source>
        <translation>از تصویر پوستر نمی‌شد استفاده کرد: {reason}</translation>
    </message>
    <message>
        <source>The poster image is media #{id}, which is in the trash: restore it first, or choose another picture.</source>
        <translation>تصویر پوستر رسانهٔ ‎#{id} است که در زباله‌دان است: نخست بازگردانی‌اش کنید یا تصویر دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>This video is already in the library (media #{id}).</source>
        <translation>این ویدیو از پیش در کتابخانه است (رسانهٔ شمارهٔ {id}).</translation>
    </message>
</context>
<context>
    <name>services.media_import</name>
    <message>
        <source>imported</source>
        <translation>درون‌ریزی شد</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>تکراری</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>لغو شد</translation>
    </message>
    <message>
        <source>{message}; {note}</source>
        <translation>{message}؛ {note}</translation>
    </message>
    <message>
        <source>{outcome}: {file}: {message}</source>
        <translation>{outcome}: {file}: {message}</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} already in the library, {failed} failed, {skipped} skipped, cancelled ({cancelled} not imported)</source>
        <translation>درون‌ریزی‌شده: {imported}، از پیش در کتابخانه: {duplicates}، ناموفق: {failed}، ردشده: {skipped}؛ لغو شد (درون‌ریزی‌نشده: {cancelled})</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} already in the library, {failed} failed, {skipped} skipped</source>
        <translation>درون‌ریزی‌شده: {imported}، از پیش در کتابخانه: {duplicates}، ناموفق: {failed}، ردشده: {skipped}</translation>
    </message>
    <message>
        <source>is a broken link; not imported</source>
        <translation>پیوندی شکسته است؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>is inside the library&apos;s own folder; not imported</source>
        <translation>درون پوشهٔ خود کتابخانه است؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>is a link to a folder outside the imported folder; not followed</source>
        <translation>پیوندی به پوشه‌ای بیرون از پوشهٔ درون‌ریزی‌شده است؛ دنبال نشد</translation>
    </message>
    <message>
        <source>is a link to a file outside the imported folder; not followed</source>
        <translation>پیوندی به پرونده‌ای بیرون از پوشهٔ درون‌ریزی‌شده است؛ دنبال نشد</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>وجود ندارد</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>خوانده نمی‌شود: اجازهٔ دسترسی نیست</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>خوانده نمی‌شود: {reason}</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket); not imported</source>
        <translation>پروندهٔ معمولی نیست (دستگاه، لوله یا سوکت است)؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes); not imported</source>
        <translation>پرونده خالی است (۰ بایت)؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>is named like a {type} but its content is not one (nor any image, PDF or video we import): damaged or mislabelled; not imported</source>
        <translation>نامش مانند {type} است اما محتوایش چنین نیست (و هیچ تصویر، PDF یا ویدیویی هم نیست که درون‌ریزی کنیم): آسیب دیده یا نامش نادرست است؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>is not an image, PDF or video we can import</source>
        <translation>تصویر، PDF یا ویدیویی نیست که بتوانیم درون‌ریزی کنیم</translation>
    </message>
    <message>
        <source>named {extension} but it is really a {type}; imported as one</source>
        <translation>پسوندش {extension} است اما در واقع {type} است؛ به همین عنوان درون‌ریزی شد</translation>
    </message>
    <message>
        <source>has no extension but it is really a {type}; imported as one</source>
        <translation>پسوند ندارد اما در واقع {type} است؛ به همین عنوان درون‌ریزی شد</translation>
    </message>
    <message>
        <source>the file needs more memory to decode than there is; not imported</source>
        <translation>رمزگشایی پرونده به حافظه‌ای بیش از حافظهٔ موجود نیاز دارد؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>not imported: the import was cancelled</source>
        <translation>درون‌ریزی نشد: درون‌ریزی لغو شد</translation>
    </message>
    <message>
        <source>could not be copied into the library: {reason}</source>
        <translation>در کتابخانه کپی نشد: {reason}</translation>
    </message>
    <message>
        <source>unexpected error ({error}); not imported</source>
        <translation>خطای پیش‌بینی‌نشده ({error})؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>the same file appears earlier in this import; kept once</source>
        <translation>همین پرونده پیش‌تر در همین درون‌ریزی آمده است؛ فقط یک بار نگه داشته شد</translation>
    </message>
    <message>
        <source>already in the library (media #{id}, in the trash: restore it from there); kept one copy</source>
        <translation>از پیش در کتابخانه است (رسانهٔ شمارهٔ {id}، در زباله‌دان: از آنجا بازیابی‌اش کنید)؛ فقط یک بار نگه داشته شد</translation>
    </message>
    <message>
        <source>already in the library (media #{id}); kept one copy</source>
        <translation>از پیش در کتابخانه است (رسانهٔ شمارهٔ {id})؛ فقط یک بار نگه داشته شد</translation>
    </message>
    <message>
        <source>not added to the gallery while it is in the trash</source>
        <translation>تا وقتی در زباله‌دان است به نگارخانه افزوده نمی‌شود</translation>
    </message>
    <message>
        <source>added to the gallery</source>
        <translation>به گالری افزوده شد</translation>
    </message>
    <message>
        <source>could not be added to the gallery ({reason})</source>
        <translation>به گالری افزوده نشد ({reason})</translation>
    </message>
    <message>
        <source>looks like a near-duplicate of media #{id} (a resized or re-encoded copy?)</source>
        <translation>به نظر تقریباً تکراریِ رسانهٔ شمارهٔ {id} است (با اندازه یا کدگذاری دیگری ذخیره شده؟)</translation>
    </message>
    <message>
        <source>could not be stored: {reason}; not imported</source>
        <translation>ذخیره نشد: {reason}؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>{type}, {width} x {height} (media #{id})</source>
        <translation>{type}، {width} × {height} (رسانهٔ شمارهٔ {id})</translation>
    </message>
    <message>
        <source>{type} (media #{id})</source>
        <translation>{type} (رسانهٔ شمارهٔ {id})</translation>
    </message>
</context>
<context>
    <name>services.media_probe</name>
    <message>
        <source>the image says it has no pixels</source>
        <translation>تصویر می‌گوید هیچ پیکسلی ندارد</translation>
    </message>
    <message>
        <source>the image claims {width} x {height} pixels, more than the {limit} megapixels allowed (a decompression bomb?); not imported</source>
        <translation>تصویر مدعی {width} × {height} پیکسل است، بیش از {limit} مگاپیکسلِ مجاز (بمب فشرده‌سازی؟)؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>the image claims more than the {limit} megapixels that can be decoded safely (a decompression bomb?); not imported</source>
        <translation>تصویر مدعی بیش از {limit} مگاپیکسلی است که می‌توان بی‌خطر رمزگشایی کرد (بمب فشرده‌سازی؟)؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>the file is damaged: {reason}</source>
        <translation>پرونده آسیب دیده است: {reason}</translation>
    </message>
    <message>
        <source>the file is damaged: no readable image in it</source>
        <translation>پرونده آسیب دیده است: تصویر خوانایی در آن نیست</translation>
    </message>
    <message>
        <source>the file is truncated (it ends before the image does); not imported</source>
        <translation>پرونده ناقص است (پیش از پایان تصویر تمام می‌شود)؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>the file starts like a {type} but is not one; not imported</source>
        <translation>پرونده مانند {type} آغاز می‌شود اما چنین نیست؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>the file is truncated or damaged after frame {frame} ({reason}); not imported</source>
        <translation>پرونده پس از قاب {frame} ناقص یا آسیب‌دیده است ({reason})؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>its IPTC block is damaged and was ignored</source>
        <translation>بخش IPTC آن آسیب دیده بود و نادیده گرفته شد</translation>
    </message>
    <message>
        <source>the PDF is protected by a password; not imported</source>
        <translation>PDF با گذرواژه محافظت شده است؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>the PDF is damaged or truncated ({reason}); not imported</source>
        <translation>PDF آسیب‌دیده یا ناقص است ({reason})؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>the PDF has no pages; not imported</source>
        <translation>PDF هیچ صفحه‌ای ندارد؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>the PDF&apos;s first page cannot be drawn ({reason}); not imported</source>
        <translation>صفحهٔ نخست PDF نمایش داده نمی‌شود ({reason})؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>ffprobe is not installed: the video was stored without its size or a poster frame</source>
        <translation>ffprobe نصب نیست: ویدیو بدون اندازه و بدون قاب پوستر ذخیره شد</translation>
    </message>
    <message>
        <source>reading the video took too long; not imported</source>
        <translation>خواندن ویدیو بیش از حد طول کشید؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>the video is damaged or truncated: no playable picture in it ({reason}); not imported</source>
        <translation>ویدیو آسیب‌دیده یا ناقص است: تصویر قابل پخشی در آن نیست ({reason})؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>the video is damaged or truncated: no playable picture in it; not imported</source>
        <translation>ویدیو آسیب‌دیده یا ناقص است: تصویر قابل پخشی در آن نیست؛ درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>no poster frame could be taken from the video</source>
        <translation>هیچ قابی برای پوستر از ویدیو گرفته نشد</translation>
    </message>
    <message>
        <source>ffmpeg is not installed: the video has no poster frame</source>
        <translation>ffmpeg نصب نیست: ویدیو قاب پوستر ندارد</translation>
    </message>
</context>
<context>
    <name>services.media_records</name>
    <message>
        <source>There is no media item #{id}.</source>
        <translation>رسانهٔ شمارهٔ {id} وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>services.preflight</name>
    <message>
        <source>“{title}” cannot go out yet; fix these or override them with a reason:
{findings}</source>
        <translation>«{title}» هنوز نمی‌تواند منتشر شود؛ این‌ها را درست کنید یا با دلیلی نادیده بگیرید:
{findings}</translation>
    </message>
    <message>
        <source>There is no edition {code}.</source>
        <translation>نسخه‌ای با کد {code} وجود ندارد.</translation>
    </message>
    <message>
        <source>The original of this translation changed since it was translated; bring it up to date, or mark it as up to date.</source>
        <translation>متن اصلی این ترجمه از زمان ترجمه تغییر کرده است؛ به‌روزش کنید یا به‌روز علامتش بزنید.</translation>
    </message>
    <message>
        <source>Translations of this article made before its last changes: {count}.</source>
        <translation>ترجمه‌های این مطلب که پیش از آخرین تغییرهایش ساخته شده‌اند: {count}.</translation>
    </message>
    <message>
        <source>There is no gallery with id {id}.</source>
        <translation>گالری‌ای با شناسهٔ {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>The gallery has no title in the {edition} edition.</source>
        <translation>گالری در نسخهٔ {edition} تیتر ندارد.</translation>
    </message>
    <message>
        <source>The gallery has no pictures.</source>
        <translation>گالری هیچ عکسی ندارد.</translation>
    </message>
    <message>
        <source>The gallery has no cover picture.</source>
        <translation>نگارخانه تصویر جلد ندارد.</translation>
    </message>
    <message>
        <source>There is no publication issue with id {id}.</source>
        <translation>شمارهٔ نشریه‌ای با شناسهٔ {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>The issue has no PDF.</source>
        <translation>شماره PDF ندارد.</translation>
    </message>
    <message>
        <source>The issue has neither a PDF nor any article in its table of contents.</source>
        <translation>شماره نه PDF دارد و نه مطلبی در فهرست مطالبش.</translation>
    </message>
    <message>
        <source>The issue has no cover picture.</source>
        <translation>شماره تصویر جلد ندارد.</translation>
    </message>
    <message>
        <source>“{title}” in the table of contents is in the trash.</source>
        <translation>«{title}» در فهرست مطالب در زباله‌دان است.</translation>
    </message>
    <message>
        <source>“{title}” in the table of contents is not published ({status}).</source>
        <translation>«{title}» در فهرست مطالب منتشر نشده است ({status}).</translation>
    </message>
    <message>
        <source>Pre-flight overridden: {reason} (blocking: {findings})</source>
        <translation>پیش از انتشار نادیده گرفته شد: {reason} (مانع‌ها: {findings})</translation>
    </message>
    <message>
        <source>There is no article with id {article_id}.</source>
        <translation>مطلبی با شناسهٔ {article_id} وجود ندارد.</translation>
    </message>
    <message>
        <source>The link {url} on line {line} did not answer well ({problem}).</source>
        <translation>پیوند {url} در سطر {line} پاسخ درستی نداد ({problem}).</translation>
    </message>
</context>
<context>
    <name>services.preflight_checks</name>
    <message>
        <source>The link {url} goes to the {edition} edition of this article, which does not exist yet.</source>
        <translation>پیوند {url} به نسخهٔ {edition} همین مطلب می‌رود که هنوز وجود ندارد.</translation>
    </message>
    <message>
        <source>The link {url} goes to an article the {edition} edition of the library does not have.</source>
        <translation>پیوند {url} به مطلبی می‌رود که نسخهٔ {edition} کتابخانه ندارد.</translation>
    </message>
    <message>
        <source>The link {url} goes to an article in the trash.</source>
        <translation>پیوند {url} به مطلبی در زباله‌دان می‌رود.</translation>
    </message>
    <message>
        <source>The link {url} goes to an article that is not published ({status}) and not scheduled to go out before this one.</source>
        <translation>پیوند {url} به مطلبی می‌رود که منتشر نشده ({status}) و برای انتشار پیش از این یکی هم زمان‌بندی نشده است.</translation>
    </message>
    <message>
        <source>There is no {edition} translation yet; the {own} edition plans one for every article.</source>
        <translation>هنوز ترجمهٔ {edition} نیست؛ نسخهٔ {own} برای هر مطلب یکی در نظر دارد.</translation>
    </message>
    <message>
        <source>The planned time {when} is in the past: the site publishes it at once.</source>
        <translation>زمان برنامه‌ریزی‌شدهٔ {when} گذشته است: سایت آن را بی‌درنگ منتشر می‌کند.</translation>
    </message>
    <message>
        <source>“{title}” is already planned in the {edition} edition at the same time.</source>
        <translation>«{title}» در همین زمان در نسخهٔ {edition} برنامه‌ریزی شده است.</translation>
    </message>
    <message>
        <source>Outbox job {job} is in conflict with the site: resolve it in Sites before this goes out.</source>
        <translation>کار {job} صف ارسال با سایت ناسازگار است: پیش از انتشار این، آن را در سایت‌ها حل کنید.</translation>
    </message>
    <message>
        <source>Outbox job {job} failed: {error}</source>
        <translation>کار {job} صف ارسال ناموفق بود: {error}</translation>
    </message>
</context>
<context>
    <name>services.publications</name>
    <message>
        <source>Unknown edition {edition}; expected one of {codes}.</source>
        <translation>نسخهٔ ناشناخته {edition}؛ یکی از این‌ها انتظار می‌رفت: {codes}.</translation>
    </message>
    <message>
        <source>A series needs a name.</source>
        <translation>مجموعه به نام نیاز دارد.</translation>
    </message>
    <message>
        <source>A series with the slug {slug} already exists.</source>
        <translation>مجموعه‌ای با نامک {slug} از پیش وجود دارد.</translation>
    </message>
    <message>
        <source>There is no publication issue {id}.</source>
        <translation>شمارهٔ نشریه‌ای با شناسهٔ {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>The issue number must be 1 or more.</source>
        <translation>شمارهٔ نشریه باید 1 یا بیشتر باشد.</translation>
    </message>
    <message>
        <source>An article appears twice in the table of contents.</source>
        <translation>یک مطلب دو بار در فهرست مطالب آمده است.</translation>
    </message>
    <message>
        <source>There is no publication series {id}.</source>
        <translation>مجموعهٔ نشریه‌ای با شناسهٔ {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>A footer field may hold at most {limit} characters; this one has {count}.</source>
        <translation>هر فیلد پانوشت حداکثر {limit} نویسه می‌گیرد؛ این یکی {count} دارد.</translation>
    </message>
    <message>
        <source>There is no publication series {slug}.</source>
        <translation>مجموعهٔ نشریه‌ای با {slug} نیست.</translation>
    </message>
    <message>
        <source>{series} already has an issue number {number}.</source>
        <translation>{series} از پیش شمارهٔ {number} را دارد.</translation>
    </message>
    <message>
        <source>The cover media item {id} does not exist.</source>
        <translation>رسانهٔ جلد (شمارهٔ {id}) وجود ندارد.</translation>
    </message>
    <message>
        <source>The cover must be an image, not a {kind} (media item {id}).</source>
        <translation>جلد باید تصویر باشد، نه {kind} (رسانهٔ شمارهٔ {id}).</translation>
    </message>
    <message>
        <source>The PDF media item {id} does not exist.</source>
        <translation>رسانهٔ PDF (شمارهٔ {id}) وجود ندارد.</translation>
    </message>
    <message>
        <source>The PDF must be a pdf, not a {kind} (media item {id}).</source>
        <translation>فایل PDF باید از نوع pdf باشد، نه {kind} (رسانهٔ شمارهٔ {id}).</translation>
    </message>
    <message>
        <source>The article {id} in the table of contents does not exist.</source>
        <translation>مطلب شمارهٔ {id} در فهرست مطالب وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>services.renditions</name>
    <message>
        <source>Renditions are made from images (or a remote video&apos;s poster).</source>
        <translation>اندازه‌های خروجی فقط از تصویرها (یا پوستر ویدیوی میزبانی‌شده) ساخته می‌شوند.</translation>
    </message>
    <message>
        <source>A video hosted elsewhere has no file to copy.</source>
        <translation>ویدیویی که جای دیگری میزبانی می‌شود پرونده‌ای برای کپی ندارد.</translation>
    </message>
    <message>
        <source>The stored file of media #{id} is missing from the library folder.</source>
        <translation>پروندهٔ ذخیره‌شدهٔ رسانهٔ شمارهٔ {id} در پوشهٔ کتابخانه نیست.</translation>
    </message>
    <message>
        <source>ffmpeg is not installed, so the video&apos;s location and camera data cannot be removed; it was not exported.</source>
        <translation>ffmpeg نصب نیست، پس داده‌های مکان و دوربین ویدیو پاک نمی‌شوند؛ ویدیو برون‌بری نشد.</translation>
    </message>
    <message>
        <source>ffmpeg could not re-write the video without its metadata: {reason}</source>
        <translation>ffmpeg نتوانست ویدیو را بدون فراداده‌اش بازنویسی کند: {reason}</translation>
    </message>
</context>
<context>
    <name>services.schedule</name>
    <message>
        <source>The end of the date range must be after its start.</source>
        <translation>پایان بازهٔ تاریخ باید پس از آغاز آن باشد.</translation>
    </message>
    <message>
        <source>Unknown kind {kinds}; expected {expected}.</source>
        <translation>گونهٔ ناشناخته: {kinds}؛ یکی از این‌ها انتظار می‌رفت: {expected}.</translation>
    </message>
    <message>
        <source>{key} is not a calendar item (expected kind:id, e.g. article:12).</source>
        <translation>{key} مورد برنامهٔ انتشار نیست (به شکل kind:id انتظار می‌رفت، برای نمونه article:12).</translation>
    </message>
    <message>
        <source>There is no article {id} to schedule (it was deleted?).</source>
        <translation>مطلبی با شناسهٔ {id} برای زمان‌بندی وجود ندارد (حذف شده است؟).</translation>
    </message>
    <message>
        <source>There is no gallery {id} to schedule (it was deleted?).</source>
        <translation>گالری‌ای با شناسهٔ {id} برای زمان‌بندی وجود ندارد (حذف شده است؟).</translation>
    </message>
    <message>
        <source>There is no issue {id} to schedule (it was deleted?).</source>
        <translation>شماره‌ای با شناسهٔ {id} برای زمان‌بندی وجود ندارد (حذف شده است؟).</translation>
    </message>
    <message>
        <source>There is no social post {id} to schedule (it was deleted?).</source>
        <translation>پست شبکه‌های اجتماعی با شناسهٔ {id} برای زمان‌بندی وجود ندارد (حذف شده است؟).</translation>
    </message>
    <message>
        <source>Gallery {id}</source>
        <translation>گالری {id}</translation>
    </message>
    <message>
        <source>There is no article {slug} in the {edition} edition.</source>
        <translation>مطلب {slug} در نسخهٔ {edition} وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no issue {number} of the series {series}.</source>
        <translation>شمارهٔ {number} از مجموعهٔ {series} وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no gallery {slug}.</source>
        <translation>گالری {slug} وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no schedule entry {id}.</source>
        <translation>موردی با شناسهٔ {id} در برنامهٔ انتشار وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>services.trash</name>
    <message>
        <source>(untitled)</source>
        <translation>(بی‌تیتر)</translation>
    </message>
</context>
<context>
    <name>services.wordpress.client</name>
    <message>
        <source>The site address is empty.</source>
        <translation>نشانی سایت خالی است.</translation>
    </message>
    <message>
        <source>{url} is not a web address (http:// or https://).</source>
        <translation>{url} نشانی وب نیست (http:// یا https://).</translation>
    </message>
    <message>
        <source>The answer from {site} is larger than {megabytes} MB, more than any answer the desk expects; it stopped reading it.</source>
        <translation>پاسخ {site} بزرگ‌تر از {megabytes} مگابایت است، بیش از هر پاسخی که میز انتظار دارد؛ خواندنش را متوقف کرد.</translation>
    </message>
    <message>
        <source>{site} took more than {seconds} seconds to answer; the desk stopped waiting. The request may or may not have been carried out.</source>
        <translation>پاسخ {site} بیش از {seconds} ثانیه طول کشید؛ میز دیگر منتظر نماند. شاید درخواست انجام شده باشد، شاید نه.</translation>
    </message>
    <message>
        <source>{site} did not answer (connection timed out).</source>
        <translation>{site} پاسخ نداد (مهلت اتصال به پایان رسید).</translation>
    </message>
    <message>
        <source>{site} took too long to answer; the request may or may not have been carried out.</source>
        <translation>پاسخ {site} بیش از حد طول کشید؛ معلوم نیست درخواست انجام شده است یا نه.</translation>
    </message>
    <message>
        <source>The connection to {site} broke off ({reason}); the request may or may not have been carried out.</source>
        <translation>اتصال به {site} قطع شد ({reason})؛ معلوم نیست درخواست انجام شده است یا نه.</translation>
    </message>
    <message>
        <source>The site refused the user name or Application Password.</source>
        <translation>سایت نام کاربری یا گذرواژهٔ برنامه را نپذیرفت.</translation>
    </message>
    <message>
        <source>The site did not accept the sign-in for {route}.</source>
        <translation>سایت ورود برای {route} را نپذیرفت.</translation>
    </message>
    <message>
        <source>The site&apos;s user {user} is not allowed to do this ({route}).</source>
        <translation>کاربر {user} در سایت اجازهٔ این کار را ندارد ({route}).</translation>
    </message>
    <message>
        <source>The site has no REST route {route}.</source>
        <translation>سایت مسیر REST با نام {route} ندارد.</translation>
    </message>
    <message>
        <source>The site has no {route}.</source>
        <translation>سایت {route} را ندارد.</translation>
    </message>
    <message>
        <source>The site had an error ({status}).</source>
        <translation>سایت با خطا روبه‌رو شد ({status}).</translation>
    </message>
    <message>
        <source>The site refused the request ({status}).</source>
        <translation>سایت درخواست را رد کرد ({status}).</translation>
    </message>
    <message>
        <source>The answer to {route} was not a list of items.</source>
        <translation>پاسخ {route} فهرستی از موردها نبود.</translation>
    </message>
    <message>
        <source>{site} says {route} has {pages} pages; the desk reads at most {limit} ({per_page} items each). Ask for less, e.g. a date range.</source>
        <translation>{site} می‌گوید {route} {pages} صفحه دارد؛ میز حداکثر {limit} صفحه ({per_page} مورد در هر کدام) می‌خواند. کمتر بخواهید، مثلاً یک بازهٔ تاریخ.</translation>
    </message>
    <message>
        <source>{site} did not answer like a WordPress site.</source>
        <translation>پاسخ {site} مانند پاسخ یک سایت WordPress نبود.</translation>
    </message>
    <message>
        <source>Wrong user name or Application Password for {base_url} (user {user}): the site did not accept them. Create a new Application Password in the user&apos;s profile on the site and give it to the desk.</source>
        <translation>نام کاربری یا Application Password برای {base_url} نادرست است (کاربر {user}): سایت آن‌ها را نپذیرفت. در شناسنامهٔ کاربر در سایت یک Application Password تازه بسازید و به میز بدهید.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>اتصال پذیرفته نشد</translation>
    </message>
    <message>
        <source>the host name is unknown</source>
        <translation>نام میزبان ناشناخته است</translation>
    </message>
    <message>
        <source>Cannot reach {site}: {reason}.</source>
        <translation>دسترسی به {site} ممکن نیست: {reason}.</translation>
    </message>
    <message>
        <source>The answer to {route} was not JSON (is this a WordPress site with its REST API on?).</source>
        <translation>پاسخ {route} در قالب JSON نبود (آیا این سایت WordPress است و REST API آن روشن است؟).</translation>
    </message>
</context>
<context>
    <name>services.wordpress.companion</name>
    <message>
        <source>The site has no Nejat Desk Companion plugin, so these do not travel through it: bylines, sources and source addresses, translation links between desks, picture credits and the other editions&apos; alt texts and captions, the Markdown source, the desk status and dates of unpublished work, attachments, and the structure of galleries and publication issues. Install the plugin from packaging/wordpress to keep them.</source>
        <translation>سایت افزونهٔ Nejat Desk Companion را ندارد، پس این‌ها از راه آن جابه‌جا نمی‌شوند: نام نویسنده‌ها، منبع‌ها و نشانی منبع‌ها، پیوندهای ترجمه میان میزها، نام عکاس‌ها و متن‌های جایگزین و زیرنویس‌های نسخه‌های دیگر، متن مارک‌داون، وضعیت میز و تاریخ‌های کارهای منتشرنشده، پیوست‌ها و ساختار نگارخانه‌ها و شماره‌های نشریه. برای نگه‌داشتنشان افزونه را از packaging/wordpress نصب کنید.</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>نام نویسنده</translation>
    </message>
    <message>
        <source>source name</source>
        <translation>نام منبع</translation>
    </message>
    <message>
        <source>source address</source>
        <translation>نشانی منبع</translation>
    </message>
    <message>
        <source>translation links</source>
        <translation>پیوندهای ترجمه</translation>
    </message>
    <message>
        <source>picture credit</source>
        <translation>نام عکاس</translation>
    </message>
    <message>
        <source>attachments list</source>
        <translation>فهرست پیوست‌ها</translation>
    </message>
    <message>
        <source>The site has no Nejat Desk Companion plugin: the article&apos;s {fields} did not travel (the desk keeps them).</source>
        <translation>سایت افزونهٔ Nejat Desk Companion را ندارد: {fields} مطلب جابه‌جا نشد (میز آن‌ها را نگه می‌دارد).</translation>
    </message>
    <message>
        <source>The site has no Nejat Desk Companion plugin: the gallery&apos;s kind, its other editions&apos; titles and descriptions and the pictures&apos; credits did not travel; another desk will pull it as an article (the desk keeps them).</source>
        <translation>سایت افزونهٔ Nejat Desk Companion را ندارد: گونهٔ نگارخانه، عنوان‌ها و توضیح‌های نسخه‌های دیگرش و نام عکاس‌ها جابه‌جا نشد؛ میز دیگری آن را به‌صورت مطلب دریافت می‌کند (میز آن‌ها را نگه می‌دارد).</translation>
    </message>
    <message>
        <source>The site has no Nejat Desk Companion plugin: the issue&apos;s series, number, date, PDF and contents did not travel as fields; another desk will pull it as an article (the desk keeps them).</source>
        <translation>سایت افزونهٔ Nejat Desk Companion را ندارد: مجموعه، شماره، تاریخ، PDF و فهرست مطالب شماره به‌صورت فیلد جابه‌جا نشد؛ میز دیگری آن را به‌صورت مطلب دریافت می‌کند (میز آن‌ها را نگه می‌دارد).</translation>
    </message>
    <message>
        <source>The Nejat Desk Companion plugin {version} is installed: every field the desk keeps travels through the site.</source>
        <translation>افزونهٔ Nejat Desk Companion {version} نصب است: هر فیلدی که میز نگه می‌دارد از راه سایت جابه‌جا می‌شود.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.conflicts</name>
    <message>
        <source>Version on {site} (post {post_id})</source>
        <translation>نسخهٔ {site} (نوشتهٔ {post_id})</translation>
    </message>
    <message>
        <source>Article {id} has no site version kept from a conflict.</source>
        <translation>برای مطلب {id} هیچ نسخه‌ای از سایت که هنگام ناسازگاری نگه داشته شده باشد وجود ندارد.</translation>
    </message>
    <message>
        <source>Outbox job {id} is not an article push.</source>
        <translation>کار {id} در صندوق ارسال، ارسال مطلب نیست.</translation>
    </message>
    <message>
        <source>The article of job {id} no longer exists.</source>
        <translation>مطلبِ کار {id} دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Choose &apos;library&apos;, &apos;site&apos; or &apos;merged&apos;.</source>
        <translation>یکی از &apos;library&apos;، &apos;site&apos; یا &apos;merged&apos; را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Conflict resolved: the site&apos;s version was taken into the library.</source>
        <translation>ناسازگاری حل شد: نسخهٔ سایت به کتابخانه آورده شد.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.credentials</name>
    <message>
        <source>No Application Password is known for {user} at {base_url}; enter it in Sites (it is not stored without a secure keyring).</source>
        <translation>هیچ گذرواژهٔ برنامه‌ای برای {user} در {base_url} شناخته نیست؛ آن را در «سایت‌ها» وارد کنید (بدون جاکلیدی امن ذخیره نمی‌شود).</translation>
    </message>
</context>
<context>
    <name>services.wordpress.errors</name>
    <message>
        <source>The site said: {message}</source>
        <translation>پاسخ سایت: {message}</translation>
    </message>
</context>
<context>
    <name>services.wordpress.locks</name>
    <message>
        <source>another user</source>
        <translation>کاربری دیگر</translation>
    </message>
    <message>
        <source>{holder} is editing this post on the site.</source>
        <translation>{holder} در حال ویرایش این نوشته در سایت است.</translation>
    </message>
    <message>
        <source>{holder} has been editing this post on the site since {since}.</source>
        <translation>{holder} از {since} در حال ویرایش این نوشته در سایت است.</translation>
    </message>
    <message>
        <source>The site has no Nejat Desk Companion plugin, so its edit locks can be neither seen nor taken (WordPress keeps them for its own editor).</source>
        <translation>سایت افزونهٔ Nejat Desk Companion را ندارد، پس قفل‌های ویرایشش نه دیده می‌شوند نه گرفته (وردپرس آن‌ها را برای ویرایشگر خودش نگه می‌دارد).</translation>
    </message>
    <message>
        <source>The edit lock could not be taken: {reason}</source>
        <translation>قفل ویرایش گرفته نشد: {reason}</translation>
    </message>
    <message>
        <source>no Application Password is known for {site} in this session (enter it in Sites).</source>
        <translation>در این نشست Application Password برای {site} دانسته نیست (آن را در سایت‌ها وارد کنید).</translation>
    </message>
    <message>
        <source>no site holds this article.</source>
        <translation>هیچ سایتی این مطلب را ندارد.</translation>
    </message>
    <message>
        <source>the site&apos;s answer could not be read.</source>
        <translation>پاسخ سایت خوانده نشد.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.media</name>
    <message>
        <source>There is no media item with id {id}.</source>
        <translation>رسانه‌ای با شناسهٔ {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>Media #{id} is hosted elsewhere and has no file to upload.</source>
        <translation>رسانهٔ شمارهٔ {id} جای دیگری میزبانی می‌شود و پرونده‌ای برای بارگذاری ندارد.</translation>
    </message>
    <message>
        <source>The stored file of media #{id} is missing from the library folder.</source>
        <translation>پروندهٔ ذخیره‌شدهٔ رسانهٔ شمارهٔ {id} در پوشهٔ کتابخانه نیست.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.object_records</name>
    <message>
        <source>post {post_id}: {count} article(s) of the issue&apos;s contents are not in the library yet; pull them and pull again.</source>
        <translation>نوشتهٔ {post_id}: {count} مطلب از فهرست مطالب شماره هنوز در کتابخانه نیست؛ آن‌ها را دریافت کنید و دوباره دریافت کنید.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.outbox</name>
    <message>
        <source>article #{id} (deleted)</source>
        <translation>مطلب شمارهٔ {id} (حذف‌شده)</translation>
    </message>
    <message>
        <source>There is no outbox job {job_id}.</source>
        <translation>کار {job_id} در صندوق ارسال وجود ندارد.</translation>
    </message>
    <message>
        <source>Job {job_id} is {state}; only failed, queued or cancelled jobs can be retried (resolve the conflict first).</source>
        <translation>کار {job_id} در وضعیت {state} است؛ فقط کارهای ناموفق، در صف یا لغوشده را می‌توان دوباره امتحان کرد (نخست ناسازگاری را حل کنید).</translation>
    </message>
    <message>
        <source>Job {job_id} is {state}; only failed, queued or cancelled jobs can be retried.</source>
        <translation>کار {job_id} در وضعیت {state} است؛ فقط کارهای ناموفق، در صف یا لغوشده را می‌توان دوباره امتحان کرد.</translation>
    </message>
    <message>
        <source>Job {job_id} is {state} and cannot be cancelled.</source>
        <translation>کار {job_id} در وضعیت {state} است و لغو نمی‌شود.</translation>
    </message>
    <message>
        <source>{article} is a stale translation: its original changed since it was translated or marked as up to date.</source>
        <translation>{article} ترجمهٔ کهنه است: متن اصلی‌اش از زمان ترجمه یا به‌روز علامت‌خوردن تغییر کرده است.</translation>
    </message>
    <message>
        <source>The article #{id} no longer exists.</source>
        <translation>مطلب شمارهٔ {id} دیگر وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.password_policy</name>
    <message>
        <source>The site {base_url} gives {rest_base} as the address of its REST API, which is on another scheme, host or port. The desk sends the password only to the site&apos;s own address, so it did not use it. If the site really moved, add it again with its new address.</source>
        <translation>سایت {base_url} نشانی REST API خود را {rest_base} می‌دهد که روی طرح، میزبان یا درگاه دیگری است. میز گذرواژه را فقط به نشانی خود سایت می‌فرستد، پس آن را به کار نبرد. اگر سایت واقعاً جابه‌جا شده، آن را با نشانی تازه‌اش دوباره بیفزایید.</translation>
    </message>
    <message>
        <source>The desk did not send the password to {url}: it is not on the site&apos;s own address {base_url}.</source>
        <translation>میز گذرواژه را به {url} نفرستاد: روی نشانی خود سایت، {base_url}، نیست.</translation>
    </message>
    <message>
        <source>{base_url} is a plain http:// address: the Application Password would cross the network unencrypted, where anyone on the way can read it. Use the site&apos;s https:// address, or allow plain http for this site explicitly.</source>
        <translation>{base_url} یک نشانی ساده‌ی http://‎ است: Application Password بی‌رمز از شبکه می‌گذرد، جایی که هر کس در مسیر می‌تواند آن را بخواند. نشانی https://‎ سایت را به کار ببرید، یا http ساده را برای این سایت آشکارا مجاز کنید.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.pull</name>
    <message>
        <source>The site {site} serves no editions; say which edition the pulled posts belong to.</source>
        <translation>سایت {site} به هیچ نسخه‌ای اختصاص ندارد؛ مشخص کنید نوشته‌های دریافتی به کدام نسخه تعلق دارند.</translation>
    </message>
    <message>
        <source>The site {site} serves {editions} editions; say which edition the pulled posts belong to.</source>
        <translation>سایت {site} به نسخه‌های {editions} اختصاص دارد؛ مشخص کنید نوشته‌های دریافتی به کدام نسخه تعلق دارند.</translation>
    </message>
    <message>
        <source>post {post_id}: {reason}</source>
        <translation>نوشتهٔ {post_id}: {reason}</translation>
    </message>
    <message>
        <source>post {post_id}: the {kind} was changed on the site and in the library since the last sync; the library&apos;s is kept (publish it to replace the site&apos;s, or undo the library&apos;s changes and pull again).</source>
        <translation>نوشتهٔ {post_id}: {kind} از آخرین همگام‌سازی هم در سایت و هم در کتابخانه تغییر کرده است؛ نسخهٔ کتابخانه نگه داشته شد (برای جایگزینی نسخهٔ سایت منتشرش کنید، یا تغییرهای کتابخانه را برگردانید و دوباره دریافت کنید).</translation>
    </message>
    <message>
        <source>its desk record could not be read ({reason}).</source>
        <translation>سابقهٔ میز آن خوانده نشد ({reason}).</translation>
    </message>
    <message>
        <source>The post was edited on the site ({when}) and in the library; compare the two versions and choose which to keep.</source>
        <translation>این نوشته هم در سایت ({when}) و هم در کتابخانه ویرایش شده است؛ دو نسخه را مقایسه کنید و نسخه‌ای را که می‌خواهید نگه دارید انتخاب کنید.</translation>
    </message>
    <message>
        <source>post {post_id}: {status} on the site, but: {problems}</source>
        <translation>نوشتهٔ {post_id}: در سایت {status}، اما: {problems}</translation>
    </message>
</context>
<context>
    <name>services.wordpress.pull_media</name>
    <message>
        <source>{name} was not downloaded: it is on another host ({url}); its address is kept.</source>
        <translation>{name} بارگیری نشد: روی میزبان دیگری است ({url})؛ نشانی‌اش نگه داشته شد.</translation>
    </message>
    <message>
        <source>{name} was not downloaded: {reason}</source>
        <translation>{name} بارگیری نشد: {reason}</translation>
    </message>
    <message>
        <source>{name} was not downloaded: the site answered {status}.</source>
        <translation>{name} بارگیری نشد: سایت با {status} پاسخ داد.</translation>
    </message>
    <message>
        <source>{name} was not brought in: {reason}</source>
        <translation>{name} درون‌بری نشد: {reason}</translation>
    </message>
</context>
<context>
    <name>services.wordpress.push</name>
    <message>
        <source>Unknown site status {status}; use one of {statuses}.</source>
        <translation>وضعیت {status} برای سایت ناشناخته است؛ یکی از این‌ها را به کار ببرید: {statuses}.</translation>
    </message>
    <message>
        <source>A scheduled post needs a date and time.</source>
        <translation>نوشتهٔ زمان‌بندی‌شده به تاریخ و ساعت نیاز دارد.</translation>
    </message>
    <message>
        <source>The scheduled time {time} UTC has passed; choose a later time or publish now.</source>
        <translation>زمان انتشار {time} UTC گذشته است؛ زمان دیرتری انتخاب کنید یا همین حالا منتشر کنید.</translation>
    </message>
    <message>
        <source>The article {slug} is in the trash; restore it before publishing.</source>
        <translation>مطلب {slug} در زباله‌دان است؛ پیش از انتشار آن را بازگردانید.</translation>
    </message>
    <message>
        <source>The article {slug} has no title.</source>
        <translation>مطلب {slug} تیتر ندارد.</translation>
    </message>
    <message>
        <source>There is no gallery with id {id}.</source>
        <translation>گالری‌ای با شناسهٔ {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>The gallery has no title in the {edition} edition.</source>
        <translation>گالری در نسخهٔ {edition} تیتر ندارد.</translation>
    </message>
    <message>
        <source>There is no publication issue with id {id}.</source>
        <translation>شمارهٔ نشریه‌ای با شناسهٔ {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>Cannot publish a {kind}.</source>
        <translation>{kind} را نمی‌توان منتشر کرد.</translation>
    </message>
    <message>
        <source>The gallery has no texts in an edition this site serves.</source>
        <translation>گالری در هیچ‌یک از نسخه‌هایی که این سایت به آن‌ها اختصاص دارد متنی ندارد.</translation>
    </message>
    <message>
        <source>The body shows a picture the media store does not hold ({ref}); it was sent as written, so the site will not show it.</source>
        <translation>متن تصویری را نشان می‌دهد که در انبار رسانه نیست ({ref})؛ همان‌گونه که نوشته شده بود فرستاده شد، پس سایت آن را نشان نمی‌دهد.</translation>
    </message>
    <message>
        <source>The site no longer had post {post_id}; it was created again.</source>
        <translation>نوشتهٔ {post_id} دیگر در سایت نبود؛ دوباره ساخته شد.</translation>
    </message>
    <message>
        <source>The site changed the title or content while saving it (a filter or plugin on the site); the site&apos;s version was recorded.</source>
        <translation>سایت هنگام ذخیره، تیتر یا متن را تغییر داد (یک فیلتر یا افزونه در سایت)؛ نسخهٔ سایت ثبت شد.</translation>
    </message>
    <message>
        <source>The post was edited on the site ({when}) since the last sync; compare the two versions and choose which to keep.</source>
        <translation>این نوشته پس از آخرین همگام‌سازی در سایت ویرایش شده است ({when})؛ دو نسخه را مقایسه کنید و نسخه‌ای را که می‌خواهید نگه دارید انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.remote</name>
    <message>
        <source>at an unknown time</source>
        <translation>در زمانی نامعلوم</translation>
    </message>
</context>
<context>
    <name>services.wordpress.review</name>
    <message>
        <source>A note for the reviewer needs some text.</source>
        <translation>یادداشت برای بازبین باید متنی داشته باشد.</translation>
    </message>
    <message>
        <source>A note may be at most {limit} characters long (this one has {count}).</source>
        <translation>یادداشت حداکثر {limit} نویسه می‌تواند باشد (این یکی {count} دارد).</translation>
    </message>
    <message>
        <source>The note did not travel: the site has no Nejat Desk Companion plugin.</source>
        <translation>یادداشت فرستاده نشد: سایت افزونهٔ Nejat Desk Companion را ندارد.</translation>
    </message>
    <message>
        <source>The post went out but its note could not be added: {reason}</source>
        <translation>نوشته رفت اما یادداشتش افزوده نشد: {reason}</translation>
    </message>
    <message>
        <source>The site has no Nejat Desk Companion plugin, so it keeps no review notes.</source>
        <translation>سایت افزونهٔ Nejat Desk Companion را ندارد، پس یادداشت بازبینی نگه نمی‌دارد.</translation>
    </message>
    <message>
        <source>Sent for review with the note.</source>
        <translation>با یادداشت برای بازبینی فرستاده شد.</translation>
    </message>
    <message>
        <source>Sent back with the note.</source>
        <translation>با یادداشت برگردانده شد.</translation>
    </message>
    <message>
        <source>Not sent: the post was changed on the site since the last sync, and nothing was overwritten. Pull it or compare the two versions in Sites. {reason}</source>
        <translation>فرستاده نشد: نوشته پس از آخرین همگام‌سازی در سایت تغییر کرده و چیزی رونویسی نشد. دریافتش کنید یا دو نسخه را در سایت‌ها مقایسه کنید. {reason}</translation>
    </message>
    <message>
        <source>The site could not be reached; the article and its note wait in the outbox and go out when it is back. {reason}</source>
        <translation>به سایت دسترسی نبود؛ مطلب و یادداشتش در صف ارسال می‌مانند و وقتی سایت برگشت فرستاده می‌شوند. {reason}</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>فرستاده نشد: {reason}</translation>
    </message>
</context>
<context>
    <name>services.wordpress.sites</name>
    <message>
        <source>create posts</source>
        <translation>ساختن نوشته‌ها</translation>
    </message>
    <message>
        <source>publish and schedule posts</source>
        <translation>انتشار و زمان‌بندی نوشته‌ها</translation>
    </message>
    <message>
        <source>upload images and PDFs</source>
        <translation>بارگذاری تصویرها و PDFها</translation>
    </message>
    <message>
        <source>create categories and tags</source>
        <translation>ساختن دسته‌ها و برچسب‌ها</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>سایت به نام نیاز دارد.</translation>
    </message>
    <message>
        <source>A site needs the WordPress user name.</source>
        <translation>سایت به نام کاربری WordPress نیاز دارد.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Editions must be some of {codes} (got {got}).</source>
        <translation>نسخه‌ها باید از میان {codes} باشند (داده‌شده: {got}).</translation>
    </message>
    <message>
        <source>There is already a site named {name}.</source>
        <translation>سایتی با نام {name} از پیش وجود دارد.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>هنوز هیچ</translation>
    </message>
    <message>
        <source>There is no site named {name} (sites: {names}).</source>
        <translation>سایتی با نام {name} وجود ندارد (سایت‌ها: {names}).</translation>
    </message>
    <message>
        <source>No site serves the {edition} edition; add one with &apos;nejat-desk site add&apos;.</source>
        <translation>هیچ سایتی به نسخهٔ {edition} اختصاص ندارد؛ با &apos;nejat-desk site add&apos; یکی بیفزایید.</translation>
    </message>
    <message>
        <source>There is no site with id {site_id}.</source>
        <translation>سایتی با شناسهٔ {site_id} وجود ندارد.</translation>
    </message>
    <message>
        <source>{base_url} answers, but it is not a WordPress site (no REST API and no WordPress pages found). Check the address.</source>
        <translation>{base_url} پاسخ می‌دهد، اما سایت WordPress نیست (نه REST API دارد و نه صفحه‌ای از WordPress در آن یافت شد). نشانی را بررسی کنید.</translation>
    </message>
    <message>
        <source>{base_url} is a WordPress site, but its REST API is turned off or blocked ({http}). Ask the site&apos;s administrator to allow the REST API for signed-in users.</source>
        <translation>{base_url} سایت WordPress است، اما REST API آن خاموش یا مسدود است ({http}). از مدیر سایت بخواهید REST API را برای کاربرانی که وارد شده‌اند مجاز کند.</translation>
    </message>
    <message>
        <source>{base_url} has a REST API but not WordPress&apos;s own routes (wp/v2).</source>
        <translation>{base_url} یک REST API دارد، اما مسیرهای خود WordPress (wp/v2) را ندارد.</translation>
    </message>
    <message>
        <source>a plugin or the site&apos;s settings turned them off</source>
        <translation>یک افزونه یا تنظیمات سایت آن‌ها را خاموش کرده است</translation>
    </message>
    <message>
        <source>WordPress only offers them over HTTPS (or on a site whose environment type is &apos;local&apos;)</source>
        <translation>WordPress آن‌ها را فقط روی HTTPS ارائه می‌کند (یا در سایتی که نوع محیطش &apos;local&apos; است)</translation>
    </message>
    <message>
        <source>Application Passwords are not available on {base_url}: {why}. The desk signs in with an Application Password, so it cannot publish there.</source>
        <translation>گذرواژه‌های برنامه در {base_url} در دسترس نیستند: {why}. برنامه با گذرواژهٔ برنامه وارد سایت می‌شود، پس نمی‌تواند در آنجا منتشر کند.</translation>
    </message>
    <message>
        <source>{capability} (to {purpose})</source>
        <translation>{capability} (برای {purpose})</translation>
    </message>
    <message>
        <source>The user {user} (role: {roles}) lacks capabilities the desk needs: {needs}. Give the user the Editor role on the site.</source>
        <translation>کاربر {user} (نقش: {roles}) توانمندی‌هایی را که برنامه نیاز دارد ندارد: {needs}. در سایت نقش «ویرایشگر» (Editor) را به این کاربر بدهید.</translation>
    </message>
    <message>
        <source>Connected to {site} as {user}.</source>
        <translation>با کاربر {user} به {site} وصل شد.</translation>
    </message>
</context>
<context>
    <name>services.workflow</name>
    <message>
        <source>A scheduled article needs a date and time.</source>
        <translation>مطلب زمان‌بندی‌شده به تاریخ و ساعت نیاز دارد.</translation>
    </message>
    <message>
        <source>The article needs a title before it can be marked ready.</source>
        <translation>مطلب پیش از آماده‌شدن برای انتشار به عنوان نیاز دارد.</translation>
    </message>
    <message>
        <source>Alt text in the {edition} edition is missing for: {media}. Add it in Media before marking the article ready.</source>
        <translation>متن جایگزین در نسخهٔ {edition} برای این موارد وجود ندارد: {media}. پیش از آماده‌کردن مطلب برای انتشار، آن را در «رسانه‌ها» بیفزایید.</translation>
    </message>
    <message>
        <source>stored as a draft, not {status}: {problems}</source>
        <translation>به‌صورت پیش‌نویس ذخیره شد، نه {status}: {problems}</translation>
    </message>
</context>
<context>
    <name>services.wxr_import</name>
    <message>
        <source>{count} created</source>
        <translation>ایجادشده: {count}</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>به‌روزشده: {count}</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>بدون تغییر: {count}</translation>
    </message>
    <message>
        <source>{count} kept (edited here; incoming text stored as a revision)</source>
        <translation>نگه‌داشته: {count} (اینجا ویرایش شده بود؛ متن ورودی به صورت رونوشت ذخیره شد)</translation>
    </message>
    <message>
        <source>{count} media records</source>
        <translation>رکوردهای رسانه: {count}</translation>
    </message>
    <message>
        <source>{count} {status} posts</source>
        <translation>نوشته‌های با وضعیت {status}: {count}</translation>
    </message>
    <message>
        <source>skipped: {kinds}</source>
        <translation>ردشده: {kinds}</translation>
    </message>
    <message>
        <source>cannot be read ({problem})</source>
        <translation>خوانده نمی‌شود ({problem})</translation>
    </message>
    <message>
        <source>is not well-formed XML ({problem}, line {line}, column {column}); nothing was imported</source>
        <translation>XML خوش‌ساخت نیست ({problem}، سطر {line}، ستون {column})؛ چیزی درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>declares a DOCTYPE, which a WordPress export never does; refused (entities are not expanded); nothing was imported</source>
        <translation>یک DOCTYPE اعلام می‌کند، کاری که برون‌بری WordPress هرگز نمی‌کند؛ پذیرفته نشد (موجودیت‌ها گسترش داده نمی‌شوند)؛ چیزی درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>is not a WordPress export (no rss channel with the wp namespace); nothing was imported</source>
        <translation>برون‌بری WordPress نیست (کانال rss با فضای نام wp ندارد)؛ چیزی درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>has no valid wp:wxr_version; nothing was imported</source>
        <translation>wp:wxr_version معتبری ندارد؛ چیزی درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>item {number} has a post id that is not a number; nothing was imported</source>
        <translation>شناسهٔ نوشتهٔ مورد {number} عدد نیست؛ چیزی درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>post {post_id}: {problem} Used {slug}.</source>
        <translation>نوشتهٔ {post_id}: {problem} {slug} به کار رفت.</translation>
    </message>
    <message>
        <source>{problem}; nothing was imported</source>
        <translation>{problem}؛ چیزی درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>a post clashes with something already in the library (details in the log); nothing was imported</source>
        <translation>یک نوشته با چیزی که از پیش در کتابخانه است تداخل دارد (جزئیات در گزارش)؛ چیزی درون‌بری نشد</translation>
    </message>
</context>
<context>
    <name>storage.access</name>
    <message>
        <source>it is on a read-only drive or share</source>
        <translation>روی دیسک یا اشتراکی فقط‌خواندنی است</translation>
    </message>
    <message>
        <source>this user may not write to {path}</source>
        <translation>این کاربر اجازهٔ نوشتن در {path} را ندارد</translation>
    </message>
    <message>
        <source>it was opened read-only on purpose</source>
        <translation>عمداً فقط‌خواندنی باز شد</translation>
    </message>
</context>
<context>
    <name>storage.identity</name>
    <message>
        <source>it belongs to another application (application id {id:#010x})</source>
        <translation>از آنِ برنامهٔ دیگری است (شناسهٔ برنامه {id:#010x})</translation>
    </message>
    <message>
        <source>it has no Nejat Desk schema</source>
        <translation>طرح‌وارهٔ نجات دسک ندارد</translation>
    </message>
    <message>
        <source>its schema {revision} is not a Nejat Desk schema</source>
        <translation>طرح‌وارهٔ {revision} آن طرح‌وارهٔ نجات دسک نیست</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>پرونده خالی است</translation>
    </message>
    <message>
        <source>it is not a SQLite database ({error})</source>
        <translation>پایگاه‌دادهٔ SQLite نیست ({error})</translation>
    </message>
    <message>
        <source>it was made by a newer Nejat Desk (schema {revision})</source>
        <translation>با نجات دسک تازه‌تری ساخته شده است (طرح‌وارهٔ {revision})</translation>
    </message>
</context>
<context>
    <name>storage.library</name>
    <message>
        <source>The latest good backup is {name} ({time} UTC): restore it with &apos;nejat-desk restore --latest-good&apos; or from the window.</source>
        <translation>آخرین نسخهٔ پشتیبان سالم {name} است ({time} UTC): آن را با &apos;‎nejat-desk restore --latest-good&apos; یا از پنجرهٔ برنامه بازگردانید.</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>هیچ نسخهٔ پشتیبان سالمی پیدا نشد.</translation>
    </message>
    <message>
        <source>The library database {path} is damaged ({detail}). Run &apos;nejat-desk check&apos; to see what is wrong. {offer}</source>
        <translation>پایگاه‌دادهٔ کتابخانه {path} آسیب دیده است ({detail}). برای دیدن ایراد &apos;nejat-desk check&apos; را اجرا کنید. {offer}</translation>
    </message>
    <message>
        <source>The library {root} is read-only ({reason}), so nothing can be changed in it. To edit it, copy the library to a folder you can write to and open the copy.</source>
        <translation>کتابخانهٔ {root} فقط‌خواندنی است ({reason})، پس چیزی در آن تغییر نمی‌کند. برای ویرایش، کتابخانه را به پوشه‌ای که در آن می‌توانید بنویسید رونوشت کنید و رونوشت را باز کنید.</translation>
    </message>
    <message>
        <source>{name} is not a Nejat Desk library database ({problem}); the library was not changed.</source>
        <translation>{name} پایگاه‌دادهٔ کتابخانهٔ نجات دسک نیست ({problem})؛ کتابخانه تغییر نکرد.</translation>
    </message>
    <message>
        <source>There is no library in {root} (run &apos;nejat-desk init&apos; to create one).</source>
        <translation>در {root} کتابخانه‌ای نیست (برای ساختن آن &apos;‎nejat-desk init&apos; را اجرا کنید).</translation>
    </message>
    <message>
        <source>Cannot create the library folder {root}: {reason}</source>
        <translation>پوشهٔ کتابخانه {root} ساخته نمی‌شود: {reason}</translation>
    </message>
    <message>
        <source>The library is in a folder synced by {tool}. Sync tools copy a live database and its side files separately, which can damage it: keep the library outside the synced folder and use backups or exports to share.</source>
        <translation>کتابخانه در پوشه‌ای است که {tool} آن را همگام‌سازی می‌کند. ابزارهای همگام‌سازی پایگاه دادهٔ در حال کار و پرونده‌های جانبی آن را جداگانه کپی می‌کنند و این کار می‌تواند به آن آسیب بزند: کتابخانه را بیرون از پوشهٔ همگام‌سازی‌شده نگه دارید و برای هم‌رسانی از نسخه‌های پشتیبان یا برون‌بری استفاده کنید.</translation>
    </message>
    <message>
        <source>Cannot open the library database {path}: {error}</source>
        <translation>پایگاه دادهٔ کتابخانه {path} باز نمی‌شود: {error}</translation>
    </message>
    <message>
        <source>The library {root} must be upgraded to this version of Nejat Desk, but it is read-only ({reason}). Copy it to a folder you can write to and open the copy.</source>
        <translation>کتابخانهٔ {root} باید برای این نسخهٔ نجات دسک ارتقا یابد، اما فقط‌خواندنی است ({reason}). آن را به پوشه‌ای که در آن می‌توانید بنویسید رونوشت کنید و رونوشت را باز کنید.</translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a Nejat Desk library ({problem}).</source>
        <translation>{path} پایگاه‌دادهٔ SQLite است ولی کتابخانهٔ نجات دسک نیست ({problem}).</translation>
    </message>
    <message>
        <source>This library is read-only ({reason}): you can browse, search and export it, but not change it.</source>
        <translation>این کتابخانه فقط‌خواندنی است ({reason}): می‌توانید مرورش کنید، در آن جست‌وجو کنید و برون‌بری بگیرید، اما نمی‌توانید تغییرش دهید.</translation>
    </message>
    <message>
        <source>foreign key: {table} row {row} points to a missing {parent}</source>
        <translation>کلید خارجی: ردیف {row} از جدول {table} به {parent} ناموجودی اشاره می‌کند</translation>
    </message>
    <message>
        <source>The backup {name} is itself damaged ({problem}); choose another.</source>
        <translation>نسخهٔ پشتیبان {name} خود آسیب دیده است ({problem})؛ نسخهٔ دیگری انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>storage.lock</name>
    <message>
        <source>unknown host</source>
        <translation>میزبان ناشناخته</translation>
    </message>
    <message>
        <source>The library is open in another Nejat Desk (process {pid} on {host}). Close it there first.</source>
        <translation>کتابخانه در Nejat Desk دیگری باز است (فرایند {pid} روی {host}). نخست آن را در آنجا ببندید.</translation>
    </message>
    <message>
        <source>The library was last opened by process {pid} on {host}, which may still be using it (a library on a shared drive). If that computer no longer has it open, break the lock.</source>
        <translation>کتابخانه آخرین بار با فرایند {pid} روی {host} باز شده است که شاید هنوز از آن استفاده کند (کتابخانه‌ای روی درایو مشترک). اگر آن رایانه دیگر آن را باز ندارد، قفل را بشکنید.</translation>
    </message>
    <message>
        <source>The library is open in process {pid} on this computer.</source>
        <translation>کتابخانه در فرایند {pid} روی همین رایانه باز است.</translation>
    </message>
</context>
<context>
    <name>storage.migrate</name>
    <message>
        <source>This library uses schema {revision}, which is newer than this version of Nejat Desk understands (it knows up to {head}). Update Nejat Desk to open it; the library has not been changed.</source>
        <translation>این کتابخانه طرح‌وارهٔ {revision} را به کار می‌برد که از آنچه این ویرایش Nejat Desk می‌شناسد جدیدتر است (تا {head} را می‌شناسد). برای باز کردن آن، Nejat Desk را به‌روز کنید؛ کتابخانه تغییری نکرده است.</translation>
    </message>
</context>
</TS>
