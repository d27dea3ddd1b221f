<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your work is saved in the library. Details are in the log:
%2</source>
        <translation>حدث خطأ: %1

عملك محفوظ في المكتبة. التفاصيل في السجل:
%2</translation>
    </message>
    <message>
        <source>Library in use</source>
        <translation>المكتبة قيد الاستخدام</translation>
    </message>
    <message>
        <source>Library in use elsewhere</source>
        <translation>المكتبة مفتوحة على جهاز آخر</translation>
    </message>
    <message>
        <source>Break the lock and open it here? Only do this if the other computer has closed it.</source>
        <translation>هل تريد كسر القفل وفتحها هنا؟ لا تفعل ذلك إلا إذا كان الجهاز الآخر قد أغلقها.</translation>
    </message>
    <message>
        <source>Library damaged</source>
        <translation>المكتبة تالفة</translation>
    </message>
    <message>
        <source>Restore the latest good backup now?</source>
        <translation>هل تريد استعادة آخر نسخة احتياطية سليمة الآن؟</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>تعذّر فتح المكتبة</translation>
    </message>
    <message>
        <source>Library check</source>
        <translation>فحص المكتبة</translation>
    </message>
    <message>
        <source>The library's integrity check found problems:
%1

Use File &gt; Restore from Backup to go back to a good copy.</source>
        <translation>وجد فحص سلامة المكتبة مشكلات:
%1

استخدم «ملف &gt; استعادة من نسخة احتياطية» للرجوع إلى نسخة سليمة.</translation>
    </message>
    <message>
        <source>Library checked: no problems found.</source>
        <translation>تم فحص المكتبة: لا توجد مشكلات.</translation>
    </message>
    <message>
        <source>Missed while Nejat Desk was closed</source>
        <translation>فاتت أثناء إغلاق مكتب نجات</translation>
    </message>
    <message>
        <source>Library in a synced folder</source>
        <translation>المكتبة في مجلد متزامن</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Choose an article on the left, or create one with File &gt; New &gt; Article.</source>
        <translation>اختر مقالًا من القائمة، أو أنشئ مقالًا جديدًا من «ملف &gt; جديد &gt; مقال».</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>ب&amp;حث…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>بحث و&amp;استبدال…</translation>
    </message>
    <message>
        <source>&amp;Undo Typing</source>
        <translation>&amp;تراجع عن الكتابة</translation>
    </message>
    <message>
        <source>&amp;Redo Typing</source>
        <translation>إ&amp;عادة الكتابة</translation>
    </message>
    <message>
        <source>Save a &amp;Revision Now</source>
        <translation>حفظ &amp;مراجعة الآن</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>ال&amp;مراجعات…</translation>
    </message>
    <message>
        <source>Show &amp;Invisible Characters (ZWNJ, LRM, RLM)</source>
        <translation>إظهار المحارف &amp;غير المرئية (ZWNJ وLRM وRLM)</translation>
    </message>
    <message>
        <source>Insert Zero-Width Non-Joiner (Shift+Space)</source>
        <translation>إدراج فاصل غير واصل بعرض صفري (Shift+Space)</translation>
    </message>
    <message>
        <source>Persian Digits (۰–۹)</source>
        <translation>أرقام فارسية (۰–۹)</translation>
    </message>
    <message>
        <source>Arabic-Indic Digits (٠–٩)</source>
        <translation>أرقام هندية عربية (٠–٩)</translation>
    </message>
    <message>
        <source>Western Digits (0–9)</source>
        <translation>أرقام غربية (0–9)</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>تم حفظ كل التغييرات</translation>
    </message>
    <message>
        <source>%1 words · %2 min read</source>
        <translation>%1 كلمة · %2 دقيقة قراءة</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>Could not save (will retry in 2 s): %1</source>
        <translation>تعذّر الحفظ (ستتم المحاولة مجددًا بعد ثانيتين): %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Revision saved.</source>
        <translation>تم حفظ المراجعة.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>اسم الكاتب</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>النتيجة المطابقة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز للنشر</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>(untitled: %s)</source>
        <translation>(بلا عنوان: %s)</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <source>Search titles, text, excerpts and bylines</source>
        <translation>ابحث في العناوين والنصوص والمقتطفات وأسماء الكتّاب</translation>
    </message>
    <message>
        <source>All editions</source>
        <translation>كل النسخ</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>من YYYY-MM-DD</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>إلى YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>عوامل التصفية المحفوظة</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Saved filters:</source>
        <translation>عوامل التصفية المحفوظة:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>حفظ عامل التصفية</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>اسم عامل التصفية:</translation>
    </message>
    <message>
        <source>Delete filter</source>
        <translation>حذف عامل التصفية</translation>
    </message>
    <message>
        <source>Delete the saved filter “%1”?</source>
        <translation>هل تريد حذف عامل التصفية المحفوظ «%1»؟</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالًا</numerusform>
            <numerusform>%Ln مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+ articles (counting…)</source>
        <translation>أكثر من %1 مقال (جارٍ العد…)</translation>
    </message>
</context>
<context>
    <name>ArticlePickerDialog</name>
    <message>
        <source>Choose articles to publish</source>
        <translation>اختر المقالات المراد نشرها</translation>
    </message>
    <message>
        <source>Title or slug contains…</source>
        <translation>العنوان أو الاسم اللطيف يحتوي…</translation>
    </message>
    <message>
        <source>All editions</source>
        <translation>كل النسخ</translation>
    </message>
    <message>
        <source>Next…</source>
        <translation>التالي…</translation>
    </message>
</context>
<context>
    <name>ArticlesWorkspace</name>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;مقال</translation>
    </message>
    <message>
        <source>New Article &amp;In</source>
        <translation>مقال جديد &amp;في</translation>
    </message>
    <message>
        <source>Create &amp;Translation In</source>
        <translation>إنشاء &amp;ترجمة في</translation>
    </message>
    <message>
        <source>Convert &amp;Digits of Selection</source>
        <translation>تحويل &amp;أرقام التحديد</translation>
    </message>
    <message>
        <source>&amp;Publish to Site…</source>
        <translation>ال&amp;نشر على الموقع…</translation>
    </message>
    <message>
        <source>Move to T&amp;rash</source>
        <translation>نقل إلى &amp;سلة المهملات</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>مقال جديد</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>نقل إلى سلة المهملات</translation>
    </message>
    <message>
        <source>Moved to the trash (File &gt; Trash… brings it back).</source>
        <translation>نُقل إلى سلة المهملات (يمكن استعادته من «ملف &gt; سلة المهملات…»).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed in both places</source>
        <translation>تغيّر في المكانين</translation>
    </message>
    <message>
        <source>This article was edited in the library and on {site} since they were last in step. Nothing has been overwritten. Choose the version to keep, or merge them.</source>
        <translation>حُرّر هذا المقال في المكتبة وعلى {site} منذ آخر مزامنة بينهما. لم يُستبدل أي شيء. اختر النسخة التي تريد الاحتفاظ بها، أو ادمجهما.</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>في المكتبة</translation>
    </message>
    <message>
        <source>On {site}</source>
        <translation>على {site}</translation>
    </message>
    <message>
        <source>Keep the library's version</source>
        <translation>الاحتفاظ بنسخة المكتبة</translation>
    </message>
    <message>
        <source>Take the site's version</source>
        <translation>اعتماد نسخة الموقع</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <source>Send the merged version</source>
        <translation>إرسال النسخة المدمجة</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>القرار لاحقًا</translation>
    </message>
</context>
<context>
    <name>CropEditorDialog</name>
    <message>
        <source>Focal point and crops</source>
        <translation>نقطة التركيز والاقتصاصات</translation>
    </message>
    <message>
        <source>Web (longest side 2048)</source>
        <translation>الويب (الضلع الأطول 2048)</translation>
    </message>
    <message>
        <source>Link preview (1200 × 630)</source>
        <translation>معاينة الرابط (1200 × 630)</translation>
    </message>
    <message>
        <source>Square (1080 × 1080)</source>
        <translation>مربّع (1080 × 1080)</translation>
    </message>
    <message>
        <source>Pinterest (1000 × 1500)</source>
        <translation>بنترست (1000 × 1500)</translation>
    </message>
    <message>
        <source>Reset this crop</source>
        <translation>إعادة ضبط هذا الاقتصاص</translation>
    </message>
    <message>
        <source>Click to set the focal point; drag to draw the crop. Every crop keeps the focal point in frame.</source>
        <translation>انقر لتحديد نقطة التركيز، واسحب لرسم الاقتصاص. تبقى نقطة التركيز داخل كل اقتصاص.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message>
        <source>Nejat Desk</source>
        <translation>مكتب نجات</translation>
    </message>
    <message>
        <source>Due now: {title}</source>
        <translation>حان الموعد: {title}</translation>
    </message>
    <message>
        <source>Checking the schedule</source>
        <translation>فحص جدول النشر</translation>
    </message>
    <message>
        <source>Due now: {action}</source>
        <translation>حان الموعد: {action}</translation>
    </message>
</context>
<context>
    <name>EditionsDialog</name>
    <message>
        <source>Edition Settings</source>
        <translation>إعدادات النسخة</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>هجري شمسي (جلالي)</translation>
    </message>
    <message>
        <source>Islamic civil</source>
        <translation>هجري قمري (مدني)</translation>
    </message>
    <message>
        <source>Comma-separated, without #</source>
        <translation>مفصولة بفواصل، دون #</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Name in its &amp;own language:</source>
        <translation>الاسم بلغتها ال&amp;خاصة:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>الا&amp;تجاه:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>المنطقة ال&amp;زمنية:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>ال&amp;تقويم:</translation>
    </message>
    <message>
        <source>Site &amp;URL:</source>
        <translation>&amp;عنوان الموقع:</translation>
    </message>
    <message>
        <source>&amp;Permalinks:</source>
        <translation>الروابط ال&amp;دائمة:</translation>
    </message>
    <message>
        <source>&amp;Hashtags:</source>
        <translation>الو&amp;سوم (هاشتاغ):</translation>
    </message>
    <message>
        <source>%1 handle:</source>
        <translation>معرّف %1:</translation>
    </message>
    <message>
        <source>Edition settings saved.</source>
        <translation>تم حفظ إعدادات النسخة.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>إعدادات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to this edition's settings?</source>
        <translation>هل تريد حفظ التغييرات على إعدادات هذه النسخة؟</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>WordPress import file (WXR)</source>
        <translation>ملف استيراد ووردبريس (WXR)</translation>
    </message>
    <message>
        <source>Static HTML pages</source>
        <translation>صفحات HTML ثابتة</translation>
    </message>
    <message>
        <source>Markdown with front matter</source>
        <translation>ماركداون مع ترويسة (front matter)</translation>
    </message>
    <message>
        <source>RSS 2.0 feed</source>
        <translation>موجز RSS 2.0</translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation>موجز Atom</translation>
    </message>
    <message>
        <source>Share snippets (JSON per article)</source>
        <translation>مقتطفات المشاركة (ملف JSON لكل مقال)</translation>
    </message>
    <message>
        <source>Hootsuite bulk CSV</source>
        <translation>ملف CSV جماعي لـ Hootsuite</translation>
    </message>
    <message>
        <source>Calendar (iCalendar)</source>
        <translation>تقويم (iCalendar)</translation>
    </message>
    <message>
        <source>Bundle for a USB stick (ZIP)</source>
        <translation>حزمة لذاكرة USB (ZIP)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>All editions</source>
        <translation>كل النسخ</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>slug-one, slug-two (empty: all)</source>
        <translation>slug-one, slug-two (فارغ: الكل)</translation>
    </message>
    <message>
        <source>Only articles dated</source>
        <translation>المقالات المؤرخة فقط</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>https://… (empty: each edition's site)</source>
        <translation>https://… (فارغ: موقع كل نسخة)</translation>
    </message>
    <message>
        <source>utm_campaign (empty: EDITION-share)</source>
        <translation>utm_campaign (فارغ: EDITION-share)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>الن&amp;سخة:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>S&amp;lugs:</source>
        <translation>الأسماء ال&amp;لطيفة:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>التواريخ:</translation>
    </message>
    <message>
        <source>&amp;Media base URL:</source>
        <translation>العنوان الأساسي لل&amp;وسائط:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>ال&amp;حملة:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;حفظ في:</translation>
    </message>
    <message>
        <source>Warnings and the result appear here.</source>
        <translation>تظهر التحذيرات والنتيجة هنا.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <source>Posts, categories, tags, media and translation links for WordPress's importer. Scheduled posts whose date has passed are listed: WordPress publishes them at once.</source>
        <translation>المقالات والتصنيفات والوسوم والوسائط وروابط الترجمات لأداة الاستيراد في ووردبريس. تُدرج المقالات المجدولة التي فات موعدها، لأن ووردبريس ينشرها فورًا.</translation>
    </message>
    <message>
        <source>One page per article in a folder per edition, with canonical and hreflang links.</source>
        <translation>صفحة لكل مقال في مجلد لكل نسخة، مع روابط canonical وhreflang.</translation>
    </message>
    <message>
        <source>One file per article; importing them gives the same articles back.</source>
        <translation>ملف لكل مقال؛ استيرادها يعيد المقالات نفسها.</translation>
    </message>
    <message>
        <source>The newest published articles; pick an edition for one file, else a folder.</source>
        <translation>أحدث المقالات المنشورة؛ اختر نسخة للحصول على ملف واحد، وإلا فمجلد.</translation>
    </message>
    <message>
        <source>Text, link, image and share link for Facebook, X, Pinterest, WhatsApp, Telegram, Skype and Email, one JSON file per article.</source>
        <translation>النص والرابط والصورة ورابط المشاركة لفيسبوك وإكس وبنترست وواتساب وتيليغرام وسكايب والبريد الإلكتروني، ملف JSON لكل مقال.</translation>
    </message>
    <message>
        <source>Scheduled social posts for Hootsuite's bulk composer (date mm/dd/yyyy hh:mm, message, link).</source>
        <translation>منشورات التواصل الاجتماعي المجدولة لأداة النشر الجماعي في Hootsuite (التاريخ mm/dd/yyyy hh:mm، الرسالة، الرابط).</translation>
    </message>
    <message>
        <source>The publication schedule for any calendar program.</source>
        <translation>جدول النشر لأي برنامج تقويم.</translation>
    </message>
    <message>
        <source>Pages, feeds, the WXR, the media (location data removed) and the snippets in one ZIP.</source>
        <translation>الصفحات والموجزات وملف WXR والوسائط (بعد حذف بيانات الموقع) والمقتطفات في ملف ZIP واحد.</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>تصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>تصدير إلى ملف</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>اختر مكان حفظ التصدير.</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>جارٍ تصدير %1 إلى %2…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation>تم: %1 (%2)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>فشل: %1</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>استبدال بـ</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>مطابقة حالة الأحرف</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>استبدال الكل</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>لم يُستبدل شيء</numerusform>
            <numerusform>استُبدلت نتيجة واحدة</numerusform>
            <numerusform>استُبدلت نتيجتان</numerusform>
            <numerusform>استُبدلت %Ln نتائج</numerusform>
            <numerusform>استُبدلت %Ln نتيجة</numerusform>
            <numerusform>استُبدلت %Ln نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Galleries</name>
    <message>
        <source>Photo Gallery</source>
        <translation>معرض صور</translation>
    </message>
    <message>
        <source>Cartoons</source>
        <translation>كاريكاتير</translation>
    </message>
    <message>
        <source>NewsPics</source>
        <translation>أخبار بالصور</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>فيديوهات</translation>
    </message>
</context>
<context>
    <name>GalleryEditor</name>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <source>New gallery</source>
        <translation>معرض جديد</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>نقل إلى سلة المهملات</translation>
    </message>
    <message>
        <source>Title in this edition</source>
        <translation>العنوان في هذه النسخة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>موعد النشر</translation>
    </message>
    <message>
        <source>No cover</source>
        <translation>بلا غلاف</translation>
    </message>
    <message>
        <source>Use selected picture as cover</source>
        <translation>استخدام الصورة المحددة غلافًا</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Remove from gallery</source>
        <translation>إزالة من المعرض</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>الغلاف</translation>
    </message>
    <message>
        <source>Pictures (drag to reorder; drag from the library to add)</source>
        <translation>الصور (اسحب لإعادة الترتيب، واسحب من المكتبة للإضافة)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 جديد</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>لم يُنقل</translation>
    </message>
    <message>
        <source>Media #%1</source>
        <translation>الوسيط رقم %1</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>إضافة صور</translation>
    </message>
    <message>
        <source>Remove pictures</source>
        <translation>إزالة الصور</translation>
    </message>
    <message>
        <source>Move pictures</source>
        <translation>نقل الصور</translation>
    </message>
</context>
<context>
    <name>GalleryItemsModel</name>
    <message>
        <source>Move pictures</source>
        <translation>نقل الصور</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>إضافة صور</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import Articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.xml);;All files (*)</source>
        <translation>المقالات (*.md *.markdown *.xml);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>الملخص: %1</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>لا شيء للاستيراد</translation>
    </message>
    <message>
        <source>Cancelled: the files not listed above were not imported.</source>
        <translation>أُلغي: لم تُستورد الملفات غير المدرجة أعلاه.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
</context>
<context>
    <name>IssueEditor</name>
    <message>
        <source>Publication issue</source>
        <translation>عدد المطبوعة</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>كتب</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>النشرة البريدية</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>موجز الأخبار</translation>
    </message>
    <message>
        <source>New series name</source>
        <translation>اسم السلسلة الجديدة</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>إضافة سلسلة</translation>
    </message>
    <message>
        <source>Publish at (UTC)</source>
        <translation>موعد النشر (UTC)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Export email…</source>
        <translation>تصدير بريد إلكتروني…</translation>
    </message>
    <message>
        <source>Save a Newsletter issue as an email (.eml) for the mail tool</source>
        <translation>حفظ عدد من النشرة البريدية رسالةَ بريد (.eml) لبرنامج البريد</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>السلسلة</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>تاريخ العدد</translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation>صورة الغلاف</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Export the newsletter</source>
        <translation>تصدير النشرة البريدية</translation>
    </message>
    <message>
        <source>Email (*.eml);;HTML and text (*.html)</source>
        <translation>بريد إلكتروني (*.eml);;HTML ونص (*.html)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Create a publication series first.</source>
        <translation>أنشئ سلسلة مطبوعات أولًا.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز للنشر</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Online video</source>
        <translation>فيديو على الإنترنت</translation>
    </message>
    <message>
        <source>Photo gallery</source>
        <translation>معرض صور</translation>
    </message>
    <message>
        <source>Cartoons</source>
        <translation>كاريكاتير</translation>
    </message>
    <message>
        <source>News in pictures</source>
        <translation>أخبار بالصور</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>فيديوهات</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>كتب</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>النشرة البريدية</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>موجز الأخبار</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>فيسبوك</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>إكس (تويتر)</translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation>بنترست</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>تيليغرام</translation>
    </message>
    <message>
        <source>Skype</source>
        <translation>سكايب</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>معرض</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>Social post</source>
        <translation>منشور على مواقع التواصل</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>حان موعده</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>فائت</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Farsi</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>الألبانية</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>كل ساعة</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>قبل الترقية</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>حُدّث</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تُخطّي</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nejat Desk</source>
        <translation>مكتب نجات</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>مساحات العمل</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>ج&amp;ديد</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Share &amp;Snippets…</source>
        <translation>م&amp;قتطفات المشاركة…</translation>
    </message>
    <message>
        <source>&amp;Back Up Library Now</source>
        <translation>&amp;نسخ المكتبة احتياطيًا الآن</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>س&amp;لة المهملات…</translation>
    </message>
    <message>
        <source>Show Library &amp;Folder</source>
        <translation>إظهار مج&amp;لد المكتبة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Edition Settings…</source>
        <translation>إعدادات ال&amp;نسخ…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>ملء ال&amp;شاشة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Nejat Desk</source>
        <translation>&amp;حول مكتب نجات</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>فتح مجلد ال&amp;سجلات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>مجلد المكتبة</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>كُتبت النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>About Nejat Desk</source>
        <translation>حول مكتب نجات</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nejat Desk %1&lt;/h3&gt;&lt;p&gt;An editorial workstation for a multilingual newsroom: write, translate, schedule and hand over posts for the website and social platforms, offline.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;مكتب نجات %1&lt;/h3&gt;&lt;p&gt;محطة عمل تحريرية لغرفة أخبار متعددة اللغات: اكتب وترجم وجدول وسلّم المواد للموقع ولمنصات التواصل الاجتماعي، دون اتصال بالإنترنت.&lt;/p&gt;&lt;p&gt;المكتبة: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(لا اقتراحات)</translation>
    </message>
</context>
<context>
    <name>MediaDetailPanel</name>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Alt text: what the picture shows, for readers who cannot see it</source>
        <translation>النص البديل: ما تُظهره الصورة، للقراء الذين لا يرونها</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>مفصولة, بفواصل</translation>
    </message>
    <message>
        <source> ★</source>
        <translation> ★</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Focal point and crops…</source>
        <translation>نقطة التركيز والاقتصاصات…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>نقل إلى سلة المهملات</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>حقوق الصورة</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>حقوق النشر</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>مستخدم في</translation>
    </message>
    <message>
        <source>Select a picture to describe it.</source>
        <translation>اختر صورة لوصفها.</translation>
    </message>
    <message>
        <source>Came from the site without alt text: add it when you can.</source>
        <translation>جاءت من الموقع بلا نص بديل: أضفه متى استطعت.</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>لم يُستخدم بعد</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>التُقطت في %1</translation>
    </message>
    <message>
        <source>Has a GPS location: it is removed from every copy that leaves the app.</source>
        <translation>تحتوي على موقع GPS: يُحذف من كل نسخة تخرج من التطبيق.</translation>
    </message>
    <message>
        <source>Looks like a near-duplicate of media #%1.</source>
        <translation>تبدو شبه مكررة للوسيط رقم %1.</translation>
    </message>
    <message>
        <source>No preview for this item.</source>
        <translation>لا معاينة لهذا العنصر.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
</context>
<context>
    <name>MediaFilterBar</name>
    <message>
        <source>Search captions, credits, tags…</source>
        <translation>ابحث في التعليقات والحقوق والوسوم…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>PDFs</source>
        <translation>ملفات PDF</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>فيديوهات</translation>
    </message>
    <message>
        <source>Hosted videos</source>
        <translation>فيديوهات مستضافة</translation>
    </message>
    <message>
        <source>Any gallery</source>
        <translation>أي معرض</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Alt text: any</source>
        <translation>النص البديل: أي</translation>
    </message>
    <message>
        <source>No alt text in %1</source>
        <translation>بلا نص بديل في %1</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
</context>
<context>
    <name>MediaImportDialog</name>
    <message>
        <source>Import media</source>
        <translation>استيراد وسائط</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>جارٍ فحص الملفات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Importing media</source>
        <translation>جارٍ استيراد الوسائط</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 من %2: %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>توقف الاستيراد: %1</translation>
    </message>
    <message>
        <source>Cancelling after the files under way…</source>
        <translation>سيُلغى بعد الملفات الجارية…</translation>
    </message>
</context>
<context>
    <name>MediaPickModel</name>
    <message>
        <source>Title or file</source>
        <translation>العنوان أو الملف</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>النص البديل</translation>
    </message>
</context>
<context>
    <name>MediaPickerDialog</name>
    <message>
        <source>Choose from the media library</source>
        <translation>اختر من مكتبة الوسائط</translation>
    </message>
    <message>
        <source>Filter by title, file name or caption</source>
        <translation>صفِّ حسب العنوان أو اسم الملف أو التعليق</translation>
    </message>
</context>
<context>
    <name>MediaWorkspace</name>
    <message>
        <source>Import Files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <source>Add Hosted Video…</source>
        <translation>إضافة فيديو مستضاف…</translation>
    </message>
    <message>
        <source>Add to Open Gallery</source>
        <translation>إضافة إلى المعرض المفتوح</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>نقل إلى سلة المهملات</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>إفراغ سلة المهملات</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Galleries</source>
        <translation>المعارض</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>Import media</source>
        <translation>استيراد وسائط</translation>
    </message>
    <message>
        <source>Images, PDFs and videos (*.jpg *.jpeg *.png *.webp *.gif *.pdf *.mp4 *.webm);;All files (*)</source>
        <translation>الصور وملفات PDF والفيديوهات (*.jpg *.jpeg *.png *.webp *.gif *.pdf *.mp4 *.webm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import a folder of media</source>
        <translation>استيراد مجلد وسائط</translation>
    </message>
    <message>
        <source>Add hosted video</source>
        <translation>إضافة فيديو مستضاف</translation>
    </message>
    <message>
        <source>Address of the YouTube, Vimeo or Aparat video:</source>
        <translation>عنوان الفيديو على يوتيوب أو فيميو أو آبارات:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Poster image (optional)</source>
        <translation>صورة الملصق (اختيارية)</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>لم تُضف</translation>
    </message>
    <message>
        <source>No gallery open</source>
        <translation>لا معرض مفتوح</translation>
    </message>
    <message>
        <source>Open a gallery in the Galleries tab first.</source>
        <translation>افتح معرضًا في تبويب المعارض أولًا.</translation>
    </message>
    <message>
        <source>Still in use</source>
        <translation>ما زال مستخدمًا</translation>
    </message>
    <message>
        <source>Delete every media item in the trash for good?</source>
        <translation>هل تريد حذف كل الوسائط في سلة المهملات نهائيًا؟</translation>
    </message>
    <message>
        <source>%1 items deleted for good.</source>
        <translation>حُذف %1 عنصرًا نهائيًا.</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Edition</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Made from the title until you edit it; unique in the edition</source>
        <translation>يُشتق من العنوان حتى تعدّله؛ فريد داخل النسخة</translation>
    </message>
    <message>
        <source>From the title</source>
        <translation>من العنوان</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>الاسم اللطيف</translation>
    </message>
    <message>
        <source>World/Iraq</source>
        <translation>العالم/العراق</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>اسم الكاتب</translation>
    </message>
    <message>
        <source>The site user who publishes the post</source>
        <translation>مستخدم الموقع الذي ينشر المادة</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>رابط المصدر</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>المقتطف</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>الصورة البارزة</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز للنشر</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>موعد النشر</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>The slug %s is already used in this edition.</source>
        <translation>الاسم اللطيف %s مستخدم مسبقًا في هذه النسخة.</translation>
    </message>
    <message>
        <source>A scheduled article needs a date and time: tick Date and set it.</source>
        <translation>المقال المجدول يحتاج إلى تاريخ ووقت: فعّل «التاريخ» وحدّده.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+{n} more</source>
        <translation>+{n} أخرى</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Mark done</source>
        <translation>تعليم كمنجز</translation>
    </message>
    <message>
        <source>Due now: {action}</source>
        <translation>حان الموعد: {action}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Application Password</source>
        <translation>كلمة مرور التطبيق</translation>
    </message>
    <message>
        <source>Application Password for {user} at {url}:</source>
        <translation>كلمة مرور التطبيق لـ {user} على {url}:</translation>
    </message>
    <message>
        <source>There is no secure keyring on this computer, so it is kept only until the app closes.</source>
        <translation>لا توجد حلقة مفاتيح آمنة على هذا الجهاز، لذا تُحفظ فقط حتى إغلاق التطبيق.</translation>
    </message>
</context>
<context>
    <name>PlatformCard</name>
    <message>
        <source>Keep My Text</source>
        <translation>الاحتفاظ بنصي</translation>
    </message>
    <message>
        <source>Save this text as edited: generating again keeps it.</source>
        <translation>احفظ هذا النص كما حُرّر: إعادة التوليد تُبقيه.</translation>
    </message>
    <message>
        <source>Use Generated Text</source>
        <translation>استخدام النص المولَّد</translation>
    </message>
    <message>
        <source>Copy Text</source>
        <translation>نسخ النص</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>نسخ الرابط</translation>
    </message>
    <message>
        <source>Copy Share Link</source>
        <translation>نسخ رابط المشاركة</translation>
    </message>
    <message>
        <source>Skype has no share link any more.</source>
        <translation>لم يعد لسكايب رابط مشاركة.</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>الصورة %1</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>بلا صورة</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>الموضوع: %1</translation>
    </message>
    <message>
        <source>%1 of %2 by X's counting (links count 23)</source>
        <translation>%1 من %2 وفق عدّ إكس (الرابط يُحتسب 23)</translation>
    </message>
    <message>
        <source>Message %1 of 4,095 characters; as a photo caption %2 of 1,023</source>
        <translation>الرسالة %1 من 4095 حرفًا؛ وكتعليق على صورة %2 من 1023</translation>
    </message>
    <message>
        <source>Title %1 of 100, description %2 of 500; 2:3 image</source>
        <translation>العنوان %1 من 100، الوصف %2 من 500؛ صورة 2:3</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>System time zone</source>
        <translation>المنطقة الزمنية للنظام</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <source>Show Solar Hijri dates in the Farsi interface</source>
        <translation>إظهار التواريخ الهجرية الشمسية في الواجهة الفارسية</translation>
    </message>
    <message>
        <source>Writing and scheduling</source>
        <translation>الكتابة والجدولة</translation>
    </message>
    <message>
        <source>&amp;Default edition:</source>
        <translation>النسخة الا&amp;فتراضية:</translation>
    </message>
    <message>
        <source>Editor &amp;font size:</source>
        <translation>حجم &amp;خط المحرر:</translation>
    </message>
    <message>
        <source>Check &amp;spelling while typing</source>
        <translation>التدقيق الإ&amp;ملائي أثناء الكتابة</translation>
    </message>
    <message>
        <source>Your &amp;time zone:</source>
        <translation>منطقتك ال&amp;زمنية:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>The new interface language is used the next time you start Nejat Desk.</source>
        <translation>ستُستخدم لغة الواجهة الجديدة في المرة القادمة التي تشغّل فيها مكتب نجات.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to a site</source>
        <translation>النشر على موقع</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Status on the site</source>
        <translation>الحالة على الموقع</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>موعد النشر</translation>
    </message>
    <message>
        <source>Queue and send</source>
        <translation>إدراج في الطابور وإرسال</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull posts from {site}</source>
        <translation>جلب المقالات من {site}</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>جلب</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ل&amp;صق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>إظهار التفاصيل...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>إخفاء التفاصيل...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>حفظ الكل</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>عدم الحفظ</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>نعم لل&amp;كل</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>لا ل&amp;لكل</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>إجهاض</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعادة الافتراضيات</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>نسخ &amp;عنوان الرابط</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ل&amp;صق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>استعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restoring replaces the library's content with the chosen copy. The current content is backed up first, so a restore can itself be undone.</source>
        <translation>تستبدل الاستعادة محتوى المكتبة بالنسخة المختارة. يُنسخ المحتوى الحالي احتياطيًا أولًا، لذا يمكن التراجع عن الاستعادة نفسها.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 م.ب</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>لا توجد نسخ احتياطية بعد.</translation>
    </message>
    <message>
        <source>Replace the library with the backup taken %1?</source>
        <translation>هل تريد استبدال المكتبة بالنسخة الاحتياطية المأخوذة في %1؟</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>فشلت الاستعادة</translation>
    </message>
    <message>
        <source>Restored. The previous content was kept as %1.</source>
        <translation>تمت الاستعادة. حُفظ المحتوى السابق باسم %1.</translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message>
        <source>Status change</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <source>Saved by hand</source>
        <translation>حُفظت يدويًا</translation>
    </message>
    <message>
        <source>Every few minutes</source>
        <translation>كل بضع دقائق</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>Import conflict</source>
        <translation>تعارض في الاستيراد</translation>
    </message>
    <message>
        <source>Site conflict</source>
        <translation>تعارض مع الموقع</translation>
    </message>
    <message>
        <source>Before deleting</source>
        <translation>قبل الحذف</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>Restore This Revision</source>
        <translation>استعادة هذه المراجعة</translation>
    </message>
    <message>
        <source>Differences are shown from the revision to the current text.</source>
        <translation>تُعرض الفروق من المراجعة إلى النص الحالي.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No revisions yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لا توجد مراجعات بعد.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>current</source>
        <translation>الحالي</translation>
    </message>
</context>
<context>
    <name>ScheduleCommands</name>
    <message>
        <source>Move “{title}”</source>
        <translation>نقل «{title}»</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>معرض</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>Social post</source>
        <translation>منشور على مواقع التواصل</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>حان موعده</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>فائت</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Your time ({zone})</source>
        <translation>وقتك ({zone})</translation>
    </message>
    <message>
        <source>Edition time</source>
        <translation>توقيت النسخة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Edition / platform</source>
        <translation>النسخة / المنصة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <source>all editions</source>
        <translation>كل النسخ</translation>
    </message>
    <message>
        <source>Nothing scheduled on {day} in: {editions}</source>
        <translation>لا شيء مجدول في {day} في: {editions}</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>فائت</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>حان موعده</translation>
    </message>
</context>
<context>
    <name>ScheduleWarnings</name>
    <message>
        <source>{count} posts in the {edition} edition in the hour from {time} (at most {limit} per hour).</source>
        <translation>{count} مواد في النسخة {edition} خلال الساعة من {time} (الحد الأقصى {limit} في الساعة).</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” ({edition}) are {minutes} min apart (at least {limit} min wanted).</source>
        <translation>بين «{first}» و«{second}» ({edition}) {minutes} دقيقة فقط (المطلوب {limit} دقيقة على الأقل).</translation>
    </message>
    <message>
        <source>“{title}” is scheduled but its status is “{status}”, not ready.</source>
        <translation>«{title}» مجدول لكن حالته «{status}» وليست جاهزة للنشر.</translation>
    </message>
    <message>
        <source>The {platform} post for “{title}” goes out before the article it links to.</source>
        <translation>منشور {platform} الخاص بـ«{title}» يُنشر قبل المقال الذي يشير إليه.</translation>
    </message>
    <message>
        <source>The {platform} post for “{title}” is scheduled but the article is not.</source>
        <translation>منشور {platform} الخاص بـ«{title}» مجدول لكن المقال نفسه غير مجدول.</translation>
    </message>
    <message>
        <source>“{title}” uses an image without alt text.</source>
        <translation>«{title}» يستخدم صورة بلا نص بديل.</translation>
    </message>
    <message>
        <source>“{title}” uses {count} images without alt text.</source>
        <translation>«{title}» يستخدم {count} صور بلا نص بديل.</translation>
    </message>
    <message>
        <source>Nothing is scheduled in the {edition} edition on {day}.</source>
        <translation>لا شيء مجدول في النسخة {edition} يوم {day}.</translation>
    </message>
</context>
<context>
    <name>ScheduleWorkspace</name>
    <message>
        <source>Daylight-saving change</source>
        <translation>تغيير التوقيت الصيفي</translation>
    </message>
    <message>
        <source>{time} happens twice in {zone} (the clocks go back). Which one?</source>
        <translation>الساعة {time} تتكرر مرتين في {zone} (تُؤخَّر الساعات). أيّهما؟</translation>
    </message>
    <message>
        <source>The first ({utc} UTC)</source>
        <translation>الأولى ({utc} UTC)</translation>
    </message>
    <message>
        <source>The second ({utc} UTC)</source>
        <translation>الثانية ({utc} UTC)</translation>
    </message>
    <message>
        <source>{time} does not exist in {zone} (the clocks go forward).</source>
        <translation>الساعة {time} غير موجودة في {zone} (تُقدَّم الساعات).</translation>
    </message>
    <message>
        <source>Move to {time}</source>
        <translation>نقل إلى {time}</translation>
    </message>
    <message>
        <source>Due and missed</source>
        <translation>المستحقة والفائتة</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>تعليم كمنجز</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>جدول النشر</translation>
    </message>
    <message>
        <source>Publication issue…</source>
        <translation>عدد المطبوعة…</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>ج&amp;دول النشر</translation>
    </message>
    <message>
        <source>New publication issue…</source>
        <translation>عدد جديد من المطبوعة…</translation>
    </message>
    <message>
        <source>Export iCalendar…</source>
        <translation>تصدير iCalendar…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>قائمة المواعيد</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Show the {name} edition</source>
        <translation>إظهار النسخة {name}</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>الأنواع</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <source>Colour by edition</source>
        <translation>التلوين حسب النسخة</translation>
    </message>
    <message>
        <source>Colour by platform</source>
        <translation>التلوين حسب المنصة</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>Solar Hijri</source>
        <translation>هجري شمسي</translation>
    </message>
    <message>
        <source>Islamic civil</source>
        <translation>هجري قمري (مدني)</translation>
    </message>
    <message>
        <source>No second calendar</source>
        <translation>بلا تقويم ثانٍ</translation>
    </message>
    <message>
        <source>+ Gregorian</source>
        <translation>+ ميلادي</translation>
    </message>
    <message>
        <source>+ Solar Hijri</source>
        <translation>+ هجري شمسي</translation>
    </message>
    <message>
        <source>+ Islamic civil</source>
        <translation>+ هجري قمري</translation>
    </message>
    <message>
        <source>Edition calendars</source>
        <translation>تقاويم النسخ</translation>
    </message>
    <message>
        <source>Show the Farsi edition's dates in the Solar Hijri calendar and the Arabic edition's in the Islamic civil calendar</source>
        <translation>إظهار تواريخ النسخة الفارسية بالتقويم الهجري الشمسي وتواريخ النسخة العربية بالتقويم الهجري القمري</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>أسبوع {date}</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>الأوقات بتوقيت {zone}</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <translation>التحذيرات ({n})</translation>
    </message>
    <message>
        <source>Due and missed ({n})</source>
        <translation>المستحقة والفائتة ({n})</translation>
    </message>
    <message>
        <source>Nothing due or missed</source>
        <translation>لا شيء مستحق أو فائت</translation>
    </message>
    <message>
        <source>{n} scheduled items were missed while Nejat Desk was closed.</source>
        <translation>فات {n} من العناصر المجدولة بينما كان مكتب نجات مغلقًا.</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>تصدير iCalendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting the calendar</source>
        <translation>جارٍ تصدير التقويم</translation>
    </message>
    <message>
        <source>{n} events written to {path}</source>
        <translation>كُتب {n} حدثًا في {path}</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Edit site</source>
        <translation>تحرير الموقع</translation>
    </message>
    <message>
        <source>Add a WordPress site</source>
        <translation>إضافة موقع ووردبريس</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>WordPress user</source>
        <translation>مستخدم ووردبريس</translation>
    </message>
    <message>
        <source>Application Password</source>
        <translation>كلمة مرور التطبيق</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <source>Create an Application Password in the user's profile on the site (Users &gt; Profile &gt; Application Passwords). It is kept in the system keyring.</source>
        <translation>أنشئ «كلمة مرور تطبيق» في ملف المستخدم على الموقع (المستخدمون &gt; الملف الشخصي &gt; كلمات مرور التطبيقات). تُحفظ في حلقة مفاتيح النظام.</translation>
    </message>
</context>
<context>
    <name>SitesModels</name>
    <message>
        <source>Waiting</source>
        <translation>بالانتظار</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>known</source>
        <translation>محفوظة</translation>
    </message>
    <message>
        <source>will be asked</source>
        <translation>ستُطلب</translation>
    </message>
    <message>
        <source>Application Passwords live in the system keyring; without a secure keyring the password is asked once per session and never stored.</source>
        <translation>تُحفظ كلمات مرور التطبيقات في حلقة مفاتيح النظام؛ ومن دون حلقة مفاتيح آمنة تُطلب كلمة المرور مرة في كل جلسة ولا تُحفظ أبدًا.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Site status</source>
        <translation>الحالة على الموقع</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Next attempt (UTC)</source>
        <translation>المحاولة التالية (UTC)</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>آخر رسالة</translation>
    </message>
    <message>
        <source>as the article</source>
        <translation>كما في المقال</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>الاسم اللطيف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>SitesWorkspace</name>
    <message>
        <source>Sites</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>إضافة موقع…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Password…</source>
        <translation>كلمة المرور…</translation>
    </message>
    <message>
        <source>Pull posts…</source>
        <translation>جلب المقالات…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Publish articles…</source>
        <translation>نشر المقالات…</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>أرسل الآن</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>إلغاء المهمة</translation>
    </message>
    <message>
        <source>Compare and resolve…</source>
        <translation>المقارنة وحل التعارض…</translation>
    </message>
    <message>
        <source>Show finished jobs</source>
        <translation>إظهار المهام المنتهية</translation>
    </message>
    <message>
        <source>&lt;b&gt;WordPress sites&lt;/b&gt;</source>
        <translation>&lt;b&gt;مواقع ووردبريس&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outbox&lt;/b&gt; — everything sent to the sites goes through here; work queued offline goes out when the site can be reached.</source>
        <translation>&lt;b&gt;صندوق الصادر&lt;/b&gt; — كل ما يُرسل إلى المواقع يمرّ من هنا؛ والمهام المدرجة دون اتصال تُرسل عندما يصبح الموقع متاحًا.</translation>
    </message>
    <message>
        <source>Unexpected error: {e}</source>
        <translation>خطأ غير متوقع: {e}</translation>
    </message>
    <message>
        <source>Site not added</source>
        <translation>لم يُضف الموقع</translation>
    </message>
    <message>
        <source>Site {name} added.</source>
        <translation>أُضيف الموقع {name}.</translation>
    </message>
    <message>
        <source>Site not saved</source>
        <translation>لم يُحفظ الموقع</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>جارٍ اختبار الاتصال…</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>إزالة الموقع</translation>
    </message>
    <message>
        <source>Remove {name}? Its outbox jobs and the record of what was sent to it are removed too, and its password is forgotten. Nothing on the site itself is deleted.</source>
        <translation>هل تريد إزالة {name}؟ ستُزال أيضًا مهام صندوق الصادر وسجل ما أُرسل إليه، وتُنسى كلمة مروره. لن يُحذف شيء من الموقع نفسه.</translation>
    </message>
    <message>
        <source>Pulling posts…</source>
        <translation>جارٍ جلب المقالات…</translation>
    </message>
    <message>
        <source>Pulling posts</source>
        <translation>جلب المقالات</translation>
    </message>
    <message>
        <source>Pulled: {c} new, {u} updated, {n} unchanged, {k} conflicts.</source>
        <translation>تم الجلب: {c} جديدة، {u} محدّثة، {n} دون تغيير، {k} تعارضات.</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>ال&amp;مواقع</translation>
    </message>
    <message>
        <source>Send the outbox now</source>
        <translation>إرسال صندوق الصادر الآن</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>لا يوجد موقع</translation>
    </message>
    <message>
        <source>Add a WordPress site first.</source>
        <translation>أضف موقع ووردبريس أولًا.</translation>
    </message>
    <message>
        <source>Not queued</source>
        <translation>لم يُدرج في الطابور</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>لا شيء للإرسال.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Sending to the sites</source>
        <translation>الإرسال إلى المواقع</translation>
    </message>
    <message>
        <source>{n} sent</source>
        <translation>أُرسل {n}</translation>
    </message>
    <message>
        <source>{n} waiting to retry</source>
        <translation>{n} بانتظار إعادة المحاولة</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>فشل {n}</translation>
    </message>
    <message>
        <source>{n} in conflict: compare and resolve</source>
        <translation>{n} في تعارض: قارن واحسم</translation>
    </message>
    <message>
        <source>The site's version is now in the library.</source>
        <translation>نسخة الموقع الآن في المكتبة.</translation>
    </message>
</context>
<context>
    <name>SnippetPreview</name>
    <message>
        <source>Consumer Skype was retired in May 2025 and its web share link with it: there is no share link for Skype any more. Copy the message and paste it into Teams or any chat.</source>
        <translation>أُوقف سكايب للمستهلكين في مايو 2025 ومعه رابط المشاركة على الويب: لم يعد لسكايب رابط مشاركة. انسخ الرسالة والصقها في Teams أو أي محادثة.</translation>
    </message>
</context>
<context>
    <name>SnippetPreviewDialog</name>
    <message>
        <source>Share Snippets</source>
        <translation>مقتطفات المشاركة</translation>
    </message>
    <message>
        <source>Article id</source>
        <translation>معرّف المقال</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>المقال:</translation>
    </message>
</context>
<context>
    <name>SnippetPreviewPanel</name>
    <message>
        <source>Preparing the snippets…</source>
        <translation>جارٍ تحضير المقتطفات…</translation>
    </message>
    <message>
        <source>Snippets…</source>
        <translation>المقتطفات…</translation>
    </message>
    <message>
        <source>Your text is kept: generating again will not replace it.</source>
        <translation>نصك محفوظ: لن تستبدله إعادة التوليد.</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>Spelling: %1 (%2)</source>
        <translation>الإملاء: %1 (%2)</translation>
    </message>
    <message>
        <source>No %1 dictionary installed: spelling is not checked</source>
        <translation>لا يوجد قاموس %1 مثبّت: لا يُدقَّق الإملاء</translation>
    </message>
</context>
<context>
    <name>TranslationBar</name>
    <message>
        <source>Create translation in…</source>
        <translation>إنشاء ترجمة في…</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>النسخ:</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>(original)</source>
        <translation>(الأصل)</translation>
    </message>
    <message>
        <source>no translations yet</source>
        <translation>لا ترجمات بعد</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>تاريخ الحذف</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently</source>
        <translation>&amp;حذف نهائي</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>حذف نهائي</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>حذف لا شيء نهائيًا؟</numerusform>
            <numerusform>هل تريد حذف عنصر واحد نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف عنصرين نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %Ln عناصر نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %Ln عنصرًا نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %Ln عنصر نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some items were not changed</source>
        <translation>لم تتغير بعض العناصر</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>جدول النشر</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>المواقع</translation>
    </message>
</context>
<context>
    <name>_CalendarView</name>
    <message>
        <source>Your time: {time} ({zone})</source>
        <translation>وقتك: {time} ({zone})</translation>
    </message>
    <message>
        <source>Edition time: {time}</source>
        <translation>توقيت النسخة: {time}</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>الحالة: {state}</translation>
    </message>
</context>
<context>
    <name>_Side</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>المقتطف</translation>
    </message>
    <message>
        <source>Modified: {when}</source>
        <translation>آخر تعديل: {when}</translation>
    </message>
</context>
</TS>