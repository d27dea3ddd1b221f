<?xml version="1.0" encoding="utf-8"?>
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
        <source>Library is read-only</source>
        <translation>المكتبة للقراءة فقط</translation>
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
        <source>Example articles, pictures and a PDF issue are in the library: try them, then delete what you do not need.</source>
        <translation>في المكتبة مقالات وصور وعدد PDF للتجربة: جرّبها ثم احذف ما لا تحتاج إليه.</translation>
    </message>
    <message>
        <source>Adding the example content…</source>
        <translation>إضافة المحتوى التجريبي…</translation>
    </message>
    <message>
        <source>Library check</source>
        <translation>فحص المكتبة</translation>
    </message>
    <message>
        <source>The library&apos;s integrity check found problems:
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
        <source>Discard the Untouched New Article</source>
        <translation>تجاهل المقال الجديد غير المعدَّل</translation>
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
        <translation>%1 كلمة، %2 دقيقة قراءة</translation>
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
    <message>
        <source>untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Nejat Desk did not close normally. “%1” is open where you were, and the typing that had not been saved yet was recovered.</source>
        <translation>لم يُغلق نجات دسك بشكل طبيعي. «%1» مفتوح حيث كنت، واستُعيدت الكتابة التي لم تُحفظ بعد.</translation>
    </message>
    <message>
        <source>Nejat Desk did not close normally. “%1” is open where you were; nothing you typed was lost.</source>
        <translation>لم يُغلق نجات دسك بشكل طبيعي. «%1» مفتوح حيث كنت؛ لم يضع شيء مما كتبته.</translation>
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
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <translation>%1 · متقادمة</translation>
    </message>
    <message>
        <source>A stale translation: its original changed since it was translated or marked as up to date.</source>
        <translation>ترجمة متقادمة: تغيّر الأصل منذ ترجمتها أو وسمها بأنها محدَّثة.</translation>
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
        <translation>من سنة-شهر-يوم</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>إلى سنة-شهر-يوم</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>متقادمة</translation>
    </message>
    <message>
        <source>Only translations whose original changed since they were translated or marked as up to date</source>
        <translation>الترجمات التي تغيّر أصلها منذ ترجمتها أو وسمها بأنها محدَّثة فقط</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>محجوبة</translation>
    </message>
    <message>
        <source>Only articles whose last pre-flight check found what blocks them</source>
        <translation>المقالات التي وجد آخر فحص قبل النشر ما يمنعها فقط</translation>
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
    <message>
        <source>The filter could not be saved.</source>
        <translation>تعذّر حفظ عامل التصفية.</translation>
    </message>
    <message>
        <source>No articles match “%1” with these filters.</source>
        <translation>لا مقالات تطابق «%1» مع هذه المرشحات.</translation>
    </message>
    <message>
        <source>No articles match “%1”.</source>
        <translation>لا مقالات تطابق «%1».</translation>
    </message>
    <message>
        <source>Clear Search and Filters</source>
        <translation>مسح البحث والمرشحات</translation>
    </message>
    <message>
        <source>No articles match these filters.</source>
        <translation>لا مقالات تطابق هذه المرشحات.</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>مسح المرشحات</translation>
    </message>
    <message>
        <source>No articles yet. Create one with File &gt; New &gt; Article, or bring Markdown files or a WordPress export in with File &gt; Import…</source>
        <translation>لا مقالات بعد. أنشئ واحدًا من ملف &gt; جديد &gt; مقال، أو استورد ملفات ماركداون أو تصدير ووردبريس من ملف &gt; استيراد…</translation>
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
        <source>&amp;Search Articles</source>
        <translation>&amp;بحث في المقالات</translation>
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
        <source>Keep the library&apos;s version</source>
        <translation>الاحتفاظ بنسخة المكتبة</translation>
    </message>
    <message>
        <source>Take the site&apos;s version</source>
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
        <source>Missed while Nejat Desk was closed</source>
        <translation>فاتت أثناء إغلاق مكتب نجات</translation>
    </message>
    <message>
        <source>Planned items that came due while Nejat Desk was closed or offline: {count}. They stay listed in Schedule until you act on them.</source>
        <translation>عناصر مخطَّطة حلّ موعدها بينما كان نجات دسك مغلقًا أو غير متصل: {count}. تبقى مدرجة في الجدولة حتى تتصرف بشأنها.</translation>
    </message>
    <message>
        <source>{when}: {action}</source>
        <translation>{when}: {action}</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…و{count} غيرها.</translation>
    </message>
    <message>
        <source>Due now: {action}</source>
        <translation>حان الموعد: {action}</translation>
    </message>
</context>
<context>
    <name>EditLockBar</name>
    <message>
        <source>Pull First</source>
        <translation>اجلب أولًا</translation>
    </message>
    <message>
        <source>Bring the site&apos;s copy of this article into the library</source>
        <translation>اجلب نسخة الموقع من هذا المقال إلى المكتبة</translation>
    </message>
</context>
<context>
    <name>EditLockController</name>
    <message>
        <source>The site could not be checked, so the edit lock could not be taken: %1</source>
        <translation>تعذّر فحص الموقع، فلم يُؤخذ قفل التحرير: %1</translation>
    </message>
    <message>
        <source>The site&apos;s copy of this article changed since the last pull; pull it first to work on the latest text.</source>
        <translation>تغيّرت نسخة الموقع من هذا المقال منذ آخر جلب؛ اجلبها أولًا لتعمل على أحدث نص.</translation>
    </message>
    <message>
        <source>Pulling the article from the site</source>
        <translation>جلب المقال من الموقع</translation>
    </message>
    <message>
        <source>The article was changed here too: both versions are kept; compare them in Sites (Compare and resolve).</source>
        <translation>تغيّر المقال هنا أيضًا: حُفظت النسختان؛ قارن بينهما في المواقع (المقارنة وحل التعارض).</translation>
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
        <source>The settings could not be saved.</source>
        <translation>تعذّر حفظ الإعدادات.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>إعدادات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to this edition&apos;s settings?</source>
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
        <source>https://… (empty: each edition&apos;s site)</source>
        <translation>https://… (فارغ: موقع كل نسخة)</translation>
    </message>
    <message>
        <source>utm_campaign (empty: EDITION-share)</source>
        <translation>utm_campaign (فارغ: EDITION-share)</translation>
    </message>
    <message>
        <source>Hootsuite reads every time in the file in the time zone of the account you upload it to: choose that zone.</source>
        <translation>يقرأ Hootsuite كل وقت في الملف بالمنطقة الزمنية للحساب الذي ترفعه إليه: اختر تلك المنطقة.</translation>
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
        <source>&amp;Time zone:</source>
        <translation>المنطقة ال&amp;زمنية:</translation>
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
        <source>Posts, categories, tags, media and translation links for WordPress&apos;s importer. Scheduled posts whose date has passed are listed: WordPress publishes them at once.</source>
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
        <source>Scheduled social posts for Hootsuite&apos;s bulk composer (date mm/dd/yyyy hh:mm, message, link), all in the time zone chosen below; posts less than 15 minutes ahead are left out, and more than 350 are split into several files.</source>
        <translation>منشورات اجتماعية مجدولة لأداة النشر الجماعي في Hootsuite (التاريخ mm/dd/yyyy hh:mm، الرسالة، الرابط)، كلها بالمنطقة الزمنية المختارة أدناه؛ تُستبعد المنشورات التي يقل موعدها عن ١٥ دقيقة، وما زاد على ٣٥٠ يُقسَّم على عدة ملفات.</translation>
    </message>
    <message>
        <source>Not exported to %1: %2</source>
        <translation>لم يُصدَّر إلى %1: %2</translation>
    </message>
    <message>
        <source>Choose Another Place</source>
        <translation>اختر مكانًا آخر</translation>
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
    <name>FindingsDialog</name>
    <message>
        <source>Pre-flight check</source>
        <translation>فحص ما قبل النشر</translation>
    </message>
    <message>
        <source>Overridden on {when} ({action}): {reason}</source>
        <translation>تُجووز في {when} ({action}): {reason}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>مخطَّط</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Blocks</source>
        <translation>يمنع</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
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
        <source>Saved, but not planned or published: the pre-flight check found what blocks it.</source>
        <translation>حُفظ، لكنه لم يُخطَّط ولم يُنشر: وجد فحص ما قبل النشر ما يمنعه.</translation>
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
    <name>InsecureHttpDialog</name>
    <message>
        <source>Send the password unencrypted?</source>
        <translation>أتُرسل كلمة المرور دون تشفير؟</translation>
    </message>
    <message>
        <source>{url} is a plain http:// address. The Application Password would cross the network unencrypted: anyone on the way (a shared Wi-Fi, the provider) could read it and publish as this user.</source>
        <translation>{url} عنوان http://‎ عادي. ستعبر Application Password الشبكة دون تشفير: يستطيع أي أحد في الطريق (شبكة واي فاي مشتركة، مزوّد الخدمة) قراءتها والنشر باسم هذا المستخدم.</translation>
    </message>
    <message>
        <source>Use the site&apos;s https:// address if it has one. Allow plain http for this site only on a network you trust.</source>
        <translation>استخدم عنوان https://‎ للموقع إن وُجد. لا تسمح بـhttp العادي لهذا الموقع إلا على شبكة تثق بها.</translation>
    </message>
    <message>
        <source>Allow plain http</source>
        <translation>السماح بـhttp العادي</translation>
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
        <source>Newsletter footer…</source>
        <translation>تذييل النشرة…</translation>
    </message>
    <message>
        <source>The sender, postal address and unsubscribe line of this series&apos; emails</source>
        <translation>المرسِل والعنوان البريدي وسطر إلغاء الاشتراك في رسائل هذه السلسلة</translation>
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
    <message>
        <source>Saved, but not planned: the pre-flight check found what blocks it.</source>
        <translation>حُفظ، لكنه لم يُخطَّط: وجد فحص ما قبل النشر ما يمنعه.</translation>
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
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
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
        <source>{seconds} s</source>
        <translation>{seconds} ث</translation>
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
    <name>MediaGrid</name>
    <message>
        <source>ALT</source>
        <translation>بديل</translation>
    </message>
    <message>
        <source>ALT?</source>
        <translation>بديل؟</translation>
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
        <source>No pictures, PDFs or videos yet. Drop files here from your file manager, or import them.</source>
        <translation>لا صور ولا ملفات PDF ولا فيديو بعد. أفلت الملفات هنا من مدير الملفات، أو استوردها.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>سلة المهملات فارغة.</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>لا شيء يطابق هذه المرشحات.</translation>
    </message>
    <message>
        <source>&amp;Media</source>
        <translation>ال&amp;وسائط</translation>
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
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>لم تُضف</translation>
    </message>
    <message>
        <source>The video could not be added.</source>
        <translation>تعذّرت إضافة الفيديو.</translation>
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
    <name>OverrideDialog</name>
    <message>
        <source>Pre-flight check</source>
        <translation>فحص ما قبل النشر</translation>
    </message>
    <message>
        <source>These must be fixed before it goes out, or overridden with a reason that is kept in its history:</source>
        <translation>يجب إصلاح هذه قبل النشر، أو تجاوزها بسبب يُحفظ في سجله:</translation>
    </message>
    <message>
        <source>Why it goes out anyway</source>
        <translation>لماذا يُنشر رغم ذلك</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>أرسِل &amp;رغم ذلك</translation>
    </message>
    <message>
        <source>Go Back and &amp;Fix</source>
        <translation>عُد و&amp;أصلِح</translation>
    </message>
    <message>
        <source>Reason to override:</source>
        <translation>سبب التجاوز:</translation>
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
        <source>%1 of %2 by X&apos;s counting (links count 23)</source>
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
    <name>PreflightController</name>
    <message>
        <source>Metadata</source>
        <translation>البيانات الوصفية</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>ما قبل النشر</translation>
    </message>
    <message>
        <source>Pre-flight (%1)</source>
        <translation>ما قبل النشر (%1)</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>فشل الفحص: %1</translation>
    </message>
    <message>
        <source>Asking the outside addresses…</source>
        <translation>سؤال العناوين الخارجية…</translation>
    </message>
    <message>
        <source>Checking links</source>
        <translation>فحص الروابط</translation>
    </message>
    <message>
        <source>The links could not be checked: %1</source>
        <translation>تعذّر فحص الروابط: %1</translation>
    </message>
    <message>
        <source>Every outside link answered.</source>
        <translation>أجابت كل الروابط الخارجية.</translation>
    </message>
    <message>
        <source>Checking every article</source>
        <translation>فحص كل المقالات</translation>
    </message>
    <message>
        <source>The check stopped: %1</source>
        <translation>توقّف الفحص: %1</translation>
    </message>
    <message>
        <source>Articles with something that blocks them: %1</source>
        <translation>مقالات فيها ما يمنعها: %1</translation>
    </message>
    <message>
        <source>Not changed: the pre-flight check found what blocks it (see the Pre-flight tab).</source>
        <translation>لم يتغيّر: وجد فحص ما قبل النشر ما يمنعه (انظر لسان ما قبل النشر).</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Pre-flight…</source>
        <translation>ما قبل النشر…</translation>
    </message>
    <message>
        <source>What blocks or warns before this gallery goes out, edition by edition</source>
        <translation>ما يمنع أو يحذّر قبل نشر هذا المعرض، نسخة نسخة</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>Pre-flight findings</source>
        <translation>نتائج ما قبل النشر</translation>
    </message>
    <message>
        <source>&amp;Go There</source>
        <translation>ا&amp;نتقل إليه</translation>
    </message>
    <message>
        <source>Check &amp;Links Online</source>
        <translation>افحص ال&amp;روابط عبر الشبكة</translation>
    </message>
    <message>
        <source>Ask each outside address the article links to (needs the network; never blocks)</source>
        <translation>اسأل كل عنوان خارجي يرتبط به المقال (يحتاج إلى الشبكة؛ لا يمنع أبدًا)</translation>
    </message>
    <message>
        <source>Check &amp;All Articles</source>
        <translation>افحص &amp;كل المقالات</translation>
    </message>
    <message>
        <source>Check every article, so the list marks each one that is blocked (runs in the background)</source>
        <translation>افحص كل مقال ليُعلِّم الجدول كل مقال ممنوع (يعمل في الخلفية)</translation>
    </message>
    <message>
        <source>Nothing to fix: ready to go out.</source>
        <translation>لا شيء لإصلاحه: جاهز للنشر.</translation>
    </message>
    <message>
        <source>%1 block · %2 warnings · %3 notes</source>
        <translation>يمنع: %1 · تحذيرات: %2 · ملاحظات: %3</translation>
    </message>
</context>
<context>
    <name>PreflightRulesForm</name>
    <message>
        <source>Pre-flight check</source>
        <translation>فحص ما قبل النشر</translation>
    </message>
    <message>
        <source>E&amp;xcerpt</source>
        <translation>ال&amp;مقتطف</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>التص&amp;نيف</translation>
    </message>
    <message>
        <source>&amp;Byline or source</source>
        <translation>اسم ال&amp;كاتب أو المصدر</translation>
    </message>
    <message>
        <source>&amp;Featured image</source>
        <translation>ال&amp;صورة البارزة</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>أي أرقام</translation>
    </message>
    <message>
        <source>Western (0–9)</source>
        <translation>غربية (0–9)</translation>
    </message>
    <message>
        <source>Persian (۰–۹)</source>
        <translation>فارسية (۰–۹)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠–٩)</source>
        <translation>هندية عربية (٠–٩)</translation>
    </message>
    <message>
        <source>Missing blocks:</source>
        <translation>مطلوبة (يمنع غيابها):</translation>
    </message>
    <message>
        <source>Plan translations into:</source>
        <translation>الترجمات المخطَّطة في:</translation>
    </message>
    <message>
        <source>D&amp;igits in the body:</source>
        <translation>&amp;أرقام النص:</translation>
    </message>
    <message>
        <source>When missing, this blocks Publish and Schedule; otherwise it only warns.</source>
        <translation>إذا غاب يمنع النشر والجدولة؛ وإلا فإنه يحذّر فقط.</translation>
    </message>
    <message>
        <source>An article of this edition without a translation into it gets a warning.</source>
        <translation>يتلقى مقال هذه النسخة تحذيرًا إذا لم تكن له ترجمة في تلك النسخة.</translation>
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
        <source>Don&apos;t Save</source>
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
        <source>Restoring replaces the library&apos;s content with the chosen copy. The current content is backed up first, so a restore can itself be undone.</source>
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
    <name>ReviewModel</name>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>أُعيد</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Send for Review</source>
        <translation>إرسال للمراجعة</translation>
    </message>
    <message>
        <source>A note for the reviewer. The article goes to the site as pending review.</source>
        <translation>ملاحظة للمراجِع. يذهب المقال إلى الموقع بانتظار المراجعة.</translation>
    </message>
    <message>
        <source>Refresh Review List</source>
        <translation>تحديث قائمة المراجعة</translation>
    </message>
    <message>
        <source>Send for Review…</source>
        <translation>إرسال للمراجعة…</translation>
    </message>
    <message>
        <source>Send Back…</source>
        <translation>إعادة…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review&lt;/b&gt; — articles others sent you for review, and those they sent back, with their notes.</source>
        <translation>&lt;b&gt;المراجعة&lt;/b&gt; — مقالات أرسلها لك آخرون للمراجعة، وأخرى أعادوها، مع ملاحظاتهم.</translation>
    </message>
    <message>
        <source>Choose a site above to see its review list.</source>
        <translation>اختر موقعًا في الأعلى لترى قائمة مراجعته.</translation>
    </message>
    <message>
        <source>Reading the review list</source>
        <translation>قراءة قائمة المراجعة</translation>
    </message>
    <message>
        <source>%1 waiting for review, %2 sent back.</source>
        <translation>في انتظار المراجعة: %1، المعاد: %2.</translation>
    </message>
    <message>
        <source>Choose articles to send for review</source>
        <translation>اختر مقالات لإرسالها للمراجعة</translation>
    </message>
    <message>
        <source>Choose a site above first.</source>
        <translation>اختر موقعًا في الأعلى أولًا.</translation>
    </message>
    <message>
        <source>Send Back</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>What should be changed? The note goes with the article, which becomes a draft again.</source>
        <translation>ما الذي يجب تغييره؟ تذهب الملاحظة مع المقال، ويعود مسودة.</translation>
    </message>
    <message>
        <source>Sending to the site</source>
        <translation>الإرسال إلى الموقع</translation>
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
    <message>
        <source>Pre-flight overridden</source>
        <translation>تُجووز فحص ما قبل النشر</translation>
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
        <source>Missed {when}: {action}</source>
        <translation>فائت {when}: {action}</translation>
    </message>
    <message>
        <source>Due {when}: {action}</source>
        <translation>مستحق {when}: {action}</translation>
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
        <source>Show or hide the warnings</source>
        <translation>إظهار التحذيرات أو إخفاؤها</translation>
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
        <source>Go to date (Ctrl+G)</source>
        <translation>انتقل إلى تاريخ (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>ا&amp;نتقل إلى تاريخ…</translation>
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
        <source>Show the Farsi edition&apos;s dates in the Solar Hijri calendar and the Arabic edition&apos;s in the Islamic civil calendar</source>
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
    <name>SendForReview</name>
    <message>
        <source>Se&amp;nd for Review…</source>
        <translation>إ&amp;رسال للمراجعة…</translation>
    </message>
    <message>
        <source>Send the open article to its site as pending review, with a note</source>
        <translation>إرسال المقال المفتوح إلى موقعه بانتظار المراجعة، مع ملاحظة</translation>
    </message>
    <message>
        <source>Sending to the site</source>
        <translation>الإرسال إلى الموقع</translation>
    </message>
</context>
<context>
    <name>SeriesFooterDialog</name>
    <message>
        <source>Newsletter footer: %1</source>
        <translation>تذييل النشرة: %1</translation>
    </message>
    <message>
        <source>To unsubscribe, visit https://… or reply with the word STOP</source>
        <translation>لإلغاء الاشتراك زُر https://… أو ردّ بكلمة STOP</translation>
    </message>
    <message>
        <source>Printed at the foot of every issue of this series, as mail clients and email law expect: who sends it, a postal address, and how to unsubscribe.</source>
        <translation>يُطبع في أسفل كل عدد من هذه السلسلة كما تتوقع برامج البريد وقانون البريد الإلكتروني: من يرسله، وعنوان بريدي، وطريقة إلغاء الاشتراك.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>اسم المرسِل</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <source>Unsubscribe line</source>
        <translation>سطر إلغاء الاشتراك</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
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
        <source>Create an Application Password in the user&apos;s profile on the site (Users &gt; Profile &gt; Application Passwords). It is kept in the system keyring.</source>
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
        <source>Last message</source>
        <translation>آخر رسالة</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>المحاولة التالية</translation>
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
        <source>No WordPress site yet. Add your site with its address, your user name and an Application Password (made in WordPress under Users &gt; Profile). Then articles are published and pulled from here.</source>
        <translation>لا موقع ووردبريس بعد. أضف موقعك بعنوانه واسم المستخدم وApplication Password (تُنشأ في ووردبريس من المستخدمون &gt; الملف الشخصي). عندها تُنشر المقالات وتُجلب من هنا.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>لا شيء ينتظر الإرسال.</translation>
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
        <source>{n} stale translations among those sent</source>
        <translation>ترجمات متقادمة بين المرسَل: {n}</translation>
    </message>
    <message>
        <source>The site&apos;s version is now in the library.</source>
        <translation>نسخة الموقع الآن في المكتبة.</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} م.ب</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} ك.ب</translation>
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
    <name>SourceChangesDialog</name>
    <message>
        <source>What Changed in the Original</source>
        <translation>ما الذي تغيّر في الأصل</translation>
    </message>
    <message>
        <source>Changes to the %1 original since this %2 translation followed it (%3).</source>
        <translation>التغييرات في الأصل %1 منذ أن تبعته هذه الترجمة %2 (%3).</translation>
    </message>
    <message>
        <source>The text this translation followed was not kept: the whole original is shown as new.</source>
        <translation>لم يُحفظ النص الذي تبعته هذه الترجمة: يُعرض الأصل كله على أنه جديد.</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>وسم كمحدَّثة</translation>
    </message>
    <message>
        <source>%1 original: what changed</source>
        <translation>الأصل %1: ما الذي تغيّر</translation>
    </message>
    <message>
        <source>%1 translation</source>
        <translation>الترجمة %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>المقتطف</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>الفقرة %1</translation>
    </message>
    <message>
        <source>Paragraph %1, new in the original</source>
        <translation>الفقرة %1، جديدة في الأصل</translation>
    </message>
    <message>
        <source>Paragraph %1, removed from the original</source>
        <translation>الفقرة %1، محذوفة من الأصل</translation>
    </message>
    <message>
        <source>(nothing in the translation here)</source>
        <translation>(لا شيء في الترجمة هنا)</translation>
    </message>
    <message>
        <source>The original&apos;s text is the same again; only marking it as up to date is left.</source>
        <translation>عاد نص الأصل كما كان؛ لم يبقَ إلا وسمها كمحدَّثة.</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>Spelling: %1</source>
        <translation>الإملاء: %1</translation>
    </message>
    <message>
        <source>Spelling not checked (%1)</source>
        <translation>الإملاء غير مفحوص (%1)</translation>
    </message>
    <message>
        <source>No %1 dictionary is installed, so spelling is not checked. To add one, install the %2 package (sudo apt install %2) and reopen the article.</source>
        <translation>لا قاموس %1 مثبَّت، لذا لا يُفحص الإملاء. لإضافته ثبّت الحزمة %2 (sudo apt install %2) ثم أعد فتح المقال.</translation>
    </message>
    <message>
        <source>No %1 dictionary is installed, so spelling is not checked. To add one, install a Hunspell dictionary for it and reopen the article.</source>
        <translation>لا قاموس %1 مثبَّت، لذا لا يُفحص الإملاء. لإضافته ثبّت قاموس Hunspell لها ثم أعد فتح المقال.</translation>
    </message>
</context>
<context>
    <name>StaleTranslationBar</name>
    <message>
        <source>Show Changes</source>
        <translation>إظهار التغييرات</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>وسم كمحدَّثة</translation>
    </message>
    <message>
        <source>The %1 original changed since this translation.</source>
        <translation>تغيّر الأصل %1 منذ هذه الترجمة.</translation>
    </message>
</context>
<context>
    <name>StaleTranslationController</name>
    <message>
        <source>Show Changes in the &amp;Original…</source>
        <translation>إظهار التغييرات في ال&amp;أصل…</translation>
    </message>
    <message>
        <source>Mark Translation as &amp;Up to Date</source>
        <translation>وسم الترجمة ك&amp;محدَّثة</translation>
    </message>
    <message>
        <source>Marked as up to date with the original.</source>
        <translation>وُسمت كمحدَّثة مع الأصل.</translation>
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
<context>
    <name>cli.article_cmds</name>
    <message>
        <source>import Markdown files or folders</source>
        <translation>استيراد ملفات أو مجلدات Markdown</translation>
    </message>
    <message>
        <source>Import Markdown files with YAML front matter (files or whole folders). Files it does not handle are listed as skipped.</source>
        <translation>استيراد ملفات Markdown ذات ترويسة YAML (ملفات أو مجلدات كاملة). تُدرج الملفات التي لا يعالجها ضمن الملفات المتخطّاة.</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>اطبع التقرير بصيغة JSON</translation>
    </message>
    <message>
        <source>list articles</source>
        <translation>سرد المقالات</translation>
    </message>
    <message>
        <source>List the library&apos;s articles, newest change first.</source>
        <translation>يسرد مقالات المكتبة، بدءًا بأحدث تغيير.</translation>
    </message>
    <message>
        <source>list the trash instead</source>
        <translation>اسرد محتوى سلة المهملات بدلًا من ذلك</translation>
    </message>
    <message>
        <source>only translations whose original changed since they were translated or marked as up to date</source>
        <translation>الترجمات التي تغيّر أصلها منذ ترجمتها أو وسمها بأنها محدَّثة فقط</translation>
    </message>
    <message>
        <source>at most this many (0: all)</source>
        <translation>هذا العدد على الأكثر (0: الكل)</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>كائن JSON واحد في كل سطر</translation>
    </message>
    <message>
        <source>what changed in a translation&apos;s original</source>
        <translation>ما الذي تغيّر في أصل ترجمة</translation>
    </message>
    <message>
        <source>Show what changed in the original of a stale translation since it was translated or marked as up to date, paragraph by paragraph beside the translation ([-removed-] {+added+}). Exits 1 when the translation is stale.</source>
        <translation>أظهر ما تغيّر في أصل ترجمة متقادمة منذ ترجمتها أو وسمها كمحدَّثة، فقرة فقرة بجانب الترجمة ([-محذوف-] {+مضاف+}). يخرج بالرمز 1 حين تكون الترجمة متقادمة.</translation>
    </message>
    <message>
        <source>the translation&apos;s edition</source>
        <translation>نسخة الترجمة</translation>
    </message>
    <message>
        <source>record that the translation follows the original as it is now</source>
        <translation>سجّل أن الترجمة تتبع الأصل كما هو الآن</translation>
    </message>
    <message>
        <source>[stale translation]</source>
        <translation>[ترجمة متقادمة]</translation>
    </message>
    <message>
        <source>There is no article {slug} in the {edition} edition.</source>
        <translation>لا مقال {slug} في النسخة {edition}.</translation>
    </message>
    <message>
        <source>{edition}/{slug} now follows its original as it is.</source>
        <translation>{edition}/{slug} يتبع الآن أصله كما هو.</translation>
    </message>
    <message>
        <source>{edition}/{slug} is up to date with its original.</source>
        <translation>{edition}/{slug} محدَّث مع أصله.</translation>
    </message>
    <message>
        <source>The {source} original changed since this translation followed it ({when}).</source>
        <translation>تغيّر الأصل {source} منذ أن تبعته هذه الترجمة ({when}).</translation>
    </message>
    <message>
        <source>The text it followed was not kept: the whole original is shown as new.</source>
        <translation>لم يُحفظ النص الذي تبعته: يُعرض الأصل كله على أنه جديد.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>المقتطف</translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation>الفقرة {number}</translation>
    </message>
    <message>
        <source>Paragraph {number}, new in the original</source>
        <translation>الفقرة {number}، جديدة في الأصل</translation>
    </message>
    <message>
        <source>Paragraph {number}, removed from the original</source>
        <translation>الفقرة {number}، محذوفة من الأصل</translation>
    </message>
    <message>
        <source>original: {text}</source>
        <translation>الأصل: {text}</translation>
    </message>
    <message>
        <source>translation: {text}</source>
        <translation>الترجمة: {text}</translation>
    </message>
</context>
<context>
    <name>cli.common</name>
    <message>
        <source>note: {message}</source>
        <translation>ملاحظة: {message}</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>تحذير: {message}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>تمت المقاطعة</translation>
    </message>
    <message>
        <source>unexpected error: {error} (details in {folder})</source>
        <translation>خطأ غير متوقع: {error} (التفاصيل في {folder})</translation>
    </message>
</context>
<context>
    <name>cli.edition_cmds</name>
    <message>
        <source>show or change edition settings</source>
        <translation>عرض إعدادات النسخ أو تغييرها</translation>
    </message>
    <message>
        <source>Show or change the settings of the four editions.</source>
        <translation>عرض إعدادات النسخ الأربع أو تغييرها.</translation>
    </message>
    <message>
        <source>show every edition&apos;s settings</source>
        <translation>عرض إعدادات كل النسخ</translation>
    </message>
    <message>
        <source>change one edition&apos;s settings</source>
        <translation>تغيير إعدادات نسخة واحدة</translation>
    </message>
    <message>
        <source>an IANA zone such as Asia/Tehran</source>
        <translation>منطقة زمنية من IANA مثل Asia/Tehran</translation>
    </message>
    <message>
        <source>e.g. /%%year%%/%%monthnum%%/%%postname%%/</source>
        <translation>مثل /%%year%%/%%monthnum%%/%%postname%%/</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <source>a social handle, e.g. x=@nejat_fa (repeatable; PLATFORM= removes it)</source>
        <translation>معرّف على شبكة اجتماعية، مثل x=@nejat_fa (قابل للتكرار؛ PLATFORM= يحذفه)</translation>
    </message>
    <message>
        <source>--handle expects PLATFORM=HANDLE, not {item}.</source>
        <translation>يتوقع الخيار --handle قيمة بالشكل PLATFORM=HANDLE، لا {item}.</translation>
    </message>
    <message>
        <source>{code}: saved</source>
        <translation>{code}: تم الحفظ</translation>
    </message>
</context>
<context>
    <name>cli.export_cmds</name>
    <message>
        <source>{count} articles</source>
        <translation>المقالات: {count}</translation>
    </message>
    <message>
        <source>{count} posts</source>
        <translation>المنشورات: {count}</translation>
    </message>
    <message>
        <source>{count} attachments</source>
        <translation>المرفقات: {count}</translation>
    </message>
    <message>
        <source>{count} categories</source>
        <translation>التصنيفات: {count}</translation>
    </message>
    <message>
        <source>{count} tags</source>
        <translation>الوسوم: {count}</translation>
    </message>
    <message>
        <source>{count} terms</source>
        <translation>المصطلحات: {count}</translation>
    </message>
    <message>
        <source>{count} feeds</source>
        <translation>الخلاصات: {count}</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>الصفحات: {count}</translation>
    </message>
    <message>
        <source>{count} media files</source>
        <translation>ملفات وسائط: {count}</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>الملفات: {count}</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>الصفوف: {count}</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>الأحداث: {count}</translation>
    </message>
    <message>
        <source>{count} stale translations</source>
        <translation>ترجمات متقادمة: {count}</translation>
    </message>
    <message>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <translation>{text} ليس تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>export articles (WXR, HTML, Markdown, feeds, snippets, bundle...)</source>
        <translation>تصدير المقالات (WXR وHTML وMarkdown والخلاصات ومقتطفات المشاركة والحزمة...)</translation>
    </message>
    <message>
        <source>Export the library, an edition or a selection of articles. html, markdown and snippets write a folder; the others write one file (rss/atom: a folder when several editions). A folder must be missing, empty, or hold a previous export of the same format (its nejat-desk-export.txt lists the files that export replaces; nothing else is touched). A file is replaced only when it is a previous export of the same kind. Nothing is ever written into the library folder.</source>
        <translation>تصدير المكتبة أو نسخة أو مجموعة مختارة من المقالات. تكتب html وmarkdown وsnippets مجلدًا؛ وتكتب البقية ملفًا واحدًا (rss/atom: مجلدًا عند تعدد النسخ). يجب أن يكون المجلد غير موجود أو فارغًا أو يحوي تصديرًا سابقًا بالصيغة نفسها (يسرد ملف nejat-desk-export.txt فيه الملفات التي يستبدلها التصدير؛ ولا يُمسّ شيء غيرها). لا يُستبدل ملف إلا إذا كان تصديرًا سابقًا من النوع نفسه. لا يُكتب شيء أبدًا في مجلد المكتبة.</translation>
    </message>
    <message>
        <source>the file or folder to write</source>
        <translation>الملف أو المجلد المراد كتابته</translation>
    </message>
    <message>
        <source>only this edition (repeatable)</source>
        <translation>هذه النسخة فقط (قابل للتكرار)</translation>
    </message>
    <message>
        <source>only the article with this slug (repeatable)</source>
        <translation>المقال ذو هذا الاسم اللطيف فقط (قابل للتكرار)</translation>
    </message>
    <message>
        <source>only articles with this status (repeatable)</source>
        <translation>المقالات ذات هذه الحالة فقط (قابل للتكرار)</translation>
    </message>
    <message>
        <source>articles dated on or after</source>
        <translation>المقالات المؤرخة في هذا اليوم أو بعده</translation>
    </message>
    <message>
        <source>articles dated on or before</source>
        <translation>المقالات المؤرخة في هذا اليوم أو قبله</translation>
    </message>
    <message>
        <source>where the media will live on the site (for media travelling in a bundle)</source>
        <translation>موضع الوسائط على الموقع (للوسائط المرفقة بالحزمة)</translation>
    </message>
    <message>
        <source>utm_campaign of snippet links (default: EDITION-share)</source>
        <translation>قيمة utm_campaign لروابط مقتطفات المشاركة (الافتراضي: EDITION-share)</translation>
    </message>
    <message>
        <source>hootsuite-csv: the time zone of the Hootsuite account, in which every time in the file is written (an IANA name such as Asia/Baghdad; default: UTC)</source>
        <translation>hootsuite-csv: المنطقة الزمنية لحساب Hootsuite التي يُكتب بها كل وقت في الملف (اسم IANA مثل Asia/Baghdad؛ الافتراضي: UTC)</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>اطبع التقرير بصيغة JSON</translation>
    </message>
    <message>
        <source>no progress on stderr</source>
        <translation>من دون عرض التقدم على stderr</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>تحذير: {message}</translation>
    </message>
    <message>
        <source>{format}: wrote {path} ({counts})</source>
        <translation>{format}: كُتب {path} ({counts})</translation>
    </message>
</context>
<context>
    <name>cli.language</name>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>اعرض رسالة المساعدة هذه واخرج</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>أحد الوسائط %s مطلوب</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح به مع الوسيط %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يلزم وسيط واحد</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>يُسمح بوسيط واحد على الأكثر</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>يلزم وسيط واحد على الأقل</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من بين: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة غير صالحة من النوع %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار مبهم: قد يطابق %(option)s أيًّا من %(matches)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: خطأ: %(message)s
</translation>
    </message>
</context>
<context>
    <name>cli.library_cmds</name>
    <message>
        <source>create a library (with example articles)</source>
        <translation>أنشئ مكتبة (مع مقالات نموذجية)</translation>
    </message>
    <message>
        <source>Create a new library in the library folder and load the example articles (a few in each edition) unless --no-examples is given.</source>
        <translation>ينشئ مكتبة جديدة في مجلد المكتبة ويحمّل المقالات النموذجية (بضع مقالات في كل نسخة) ما لم يُعطَ ‎--no-examples.</translation>
    </message>
    <message>
        <source>create an empty library</source>
        <translation>أنشئ مكتبة فارغة</translation>
    </message>
    <message>
        <source>do nothing (and succeed) when the folder already holds a library</source>
        <translation>لا تفعل شيئًا (وانتهِ بنجاح) إذا كان المجلد يحتوي مكتبة بالفعل</translation>
    </message>
    <message>
        <source>check the library&apos;s integrity</source>
        <translation>افحص سلامة المكتبة</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity check, the foreign key check and the search index&apos;s own check, compare the search index with the articles, and verify that media files are present with the right size and SHA-256 (a sample of them; all with --deep). Exits with 1 when a problem is found.</source>
        <translation>يُجري فحص السلامة الكامل في SQLite وفحص المفاتيح الخارجية والفحص الذاتي لفهرس البحث، ويقارن فهرس البحث بالمقالات، ويتحقق من وجود ملفات الوسائط بالحجم وبصمة SHA-256 الصحيحين (عيّنة منها؛ وكلها مع ‎--deep). يخرج بالرمز 1 عند العثور على مشكلة.</translation>
    </message>
    <message>
        <source>hash every media file, not a sample</source>
        <translation>احسب بصمة كل ملفات الوسائط، لا عيّنة منها فقط</translation>
    </message>
    <message>
        <source>how many media files to hash without --deep (default: %(default)s)</source>
        <translation>عدد ملفات الوسائط التي تُحسب بصمتها دون ‎--deep (الافتراضي: %(default)s)</translation>
    </message>
    <message>
        <source>back up the library now, or list its backups</source>
        <translation>انسخ المكتبة احتياطيًا الآن، أو اعرض نسخها الاحتياطية</translation>
    </message>
    <message>
        <source>Copy the library&apos;s database with SQLite&apos;s online backup into the library&apos;s backups folder. Media files are content-addressed and never change, so they are not copied.</source>
        <translation>ينسخ قاعدة بيانات المكتبة بالنسخ الاحتياطي الحيّ في SQLite إلى مجلد النسخ الاحتياطية في المكتبة. ملفات الوسائط معنونة بمحتواها ولا تتغير أبدًا، لذلك لا تُنسخ.</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>اعرض النسخ الاحتياطية، الأحدث أولًا</translation>
    </message>
    <message>
        <source>take the hourly and daily copies if due and rotate old ones (for schedulers)</source>
        <translation>خذ النسختين الساعية واليومية إذا حان موعدهما واحذف القديمة الزائدة (لأدوات الجدولة)</translation>
    </message>
    <message>
        <source>a short label added to the backup&apos;s file name</source>
        <translation>وسم قصير يُضاف إلى اسم ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>with --list: run the integrity check on each copy</source>
        <translation>مع ‎--list: أجرِ فحص السلامة على كل نسخة</translation>
    </message>
    <message>
        <source>replace the library&apos;s database with a backup</source>
        <translation>استبدل قاعدة بيانات المكتبة بنسخة احتياطية</translation>
    </message>
    <message>
        <source>Replace the library&apos;s database with one of its backups (see &apos;backup --list&apos;). The current database is kept first: copied as a pre-restore backup, or, when it is too damaged to copy, set aside beside it. Media files are not touched.</source>
        <translation>يستبدل قاعدة بيانات المكتبة بإحدى نسخها الاحتياطية (انظر &apos;‎backup --list&apos;). تُحفظ قاعدة البيانات الحالية أولًا: تُنسخ نسخةً احتياطية قبل الاستعادة، أو تُنحّى جانبًا بجوارها إذا كانت أشد تلفًا من أن تُنسخ. لا تُمسّ ملفات الوسائط.</translation>
    </message>
    <message>
        <source>a backup&apos;s file name (as &apos;backup --list&apos; shows it) or path</source>
        <translation>اسم ملف النسخة الاحتياطية (كما يعرضه &apos;‎backup --list&apos;) أو مساره</translation>
    </message>
    <message>
        <source>the newest backup that passes SQLite&apos;s integrity check</source>
        <translation>أحدث نسخة احتياطية تجتاز فحص السلامة في SQLite</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>لا تطلب التأكيد</translation>
    </message>
    <message>
        <source>A library already exists in {root}.</source>
        <translation>توجد مكتبة بالفعل في {root}.</translation>
    </message>
    <message>
        <source>{root} already holds a library; nothing was changed.</source>
        <translation>يحتوي {root} مكتبة بالفعل؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{root} is a file, not a folder.</source>
        <translation>{root} ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <source>Created a library in {root}.</source>
        <translation>أُنشئت مكتبة في {root}.</translation>
    </message>
    <message>
        <source>Loaded {count} example articles.</source>
        <translation>عدد المقالات النموذجية المحمَّلة: {count}.</translation>
    </message>
    <message>
        <source>--sample must be zero or more</source>
        <translation>يجب أن تكون قيمة ‎--sample صفرًا أو أكثر</translation>
    </message>
    <message>
        <source>Checked {path}: {articles} articles, {hashed} of {media} media files hashed.</source>
        <translation>تم فحص {path}: عدد المقالات {articles}، وحُسبت بصمة {hashed} من أصل {media} من ملفات الوسائط.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>لا توجد مشكلات.</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>مشكلة: {problem}</translation>
    </message>
    <message>
        <source>{count} problem(s) found.</source>
        <translation>عدد المشكلات المكتشفة: {count}.</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>لم يُعثر على نسخة احتياطية سليمة.</translation>
    </message>
    <message>
        <source>The latest good backup is {name} ({time} UTC): restore it with &apos;nejat-desk restore --latest-good&apos;.</source>
        <translation>آخر نسخة احتياطية سليمة هي {name} ({time} UTC): استعِدها بالأمر &apos;‎nejat-desk restore --latest-good&apos;.</translation>
    </message>
    <message>
        <source>the label {label} may only hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 60)</source>
        <translation>لا يجوز أن يحتوي الوسم {label} إلا على حروف وأرقام و&apos;.&apos; و&apos;_&apos; و&apos;-&apos; (60 حرفًا على الأكثر)</translation>
    </message>
    <message>
        <source>--verify goes with --list</source>
        <translation>يُستخدم ‎--verify مع ‎--list فقط</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>نُسخت المكتبة احتياطيًا إلى {path}</translation>
    </message>
    <message>
        <source>No periodic backup was due.</source>
        <translation>لم يحن موعد أي نسخ احتياطي دوري.</translation>
    </message>
    <message>
        <source>No backups in {folder}.</source>
        <translation>لا توجد نسخ احتياطية في {folder}.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>سليمة</translation>
    </message>
    <message>
        <source>DAMAGED: {problem}</source>
        <translation>تالفة: {problem}</translation>
    </message>
    <message>
        <source>There is no library in {root}.</source>
        <translation>لا توجد مكتبة في {root}.</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}.</source>
        <translation>لم يُعثر على نسخة احتياطية سليمة في {folder}.</translation>
    </message>
    <message>
        <source>There is no backup {backup} (see &apos;nejat-desk backup --list&apos;).</source>
        <translation>لا توجد نسخة احتياطية باسم {backup} (انظر &apos;‎nejat-desk backup --list&apos;).</translation>
    </message>
    <message>
        <source>Replace the database of {root} with {backup}? The current one is kept as a pre-restore backup. [y/N] </source>
        <translation>هل تريد استبدال قاعدة بيانات {root} بالنسخة {backup}؟ ستُحفظ القاعدة الحالية نسخةً احتياطية قبل الاستعادة. [y/N] </translation>
    </message>
    <message>
        <source>not restored (confirm with --yes when not running in a terminal)</source>
        <translation>لم تتم الاستعادة (أكّد بـ ‎--yes عند التشغيل خارج الطرفية)</translation>
    </message>
    <message>
        <source>Restored {backup}. The previous database was kept as {kept}.</source>
        <translation>تمت استعادة {backup}. حُفظت قاعدة البيانات السابقة باسم {kept}.</translation>
    </message>
    <message>
        <source>the restored database still reports problems: {problems}</source>
        <translation>لا تزال قاعدة البيانات المستعادة تُبلغ عن مشكلات: {problems}</translation>
    </message>
</context>
<context>
    <name>cli.main</name>
    <message>
        <source>the library folder (default: $NEJAT_DESK_LIBRARY or the user data folder)</source>
        <translation>مجلد المكتبة (الافتراضي: ‎$NEJAT_DESK_LIBRARY أو مجلد بيانات المستخدم)</translation>
    </message>
    <message>
        <source>open a library whose lock was left by another computer</source>
        <translation>افتح مكتبة ترك قفلَها جهازٌ آخر</translation>
    </message>
    <message>
        <source>open the library without changing it (a library that cannot be written always opens this way)</source>
        <translation>افتح المكتبة دون تغييرها (المكتبة التي لا يمكن الكتابة فيها تُفتح هكذا دائمًا)</translation>
    </message>
    <message>
        <source>Nejat Desk: editorial workstation. Without a command, opens the window.</source>
        <translation>Nejat Desk: محطة عمل التحرير. من دون أمر، يفتح النافذة.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>اعرض رقم إصدار البرنامج واخرج</translation>
    </message>
</context>
<context>
    <name>cli.media_cmds</name>
    <message>
        <source>import images, PDFs and videos (files or folders)</source>
        <translation>استيراد الصور وملفات PDF والفيديوهات (ملفات أو مجلدات)</translation>
    </message>
    <message>
        <source>Copy images (JPEG, PNG, WebP, GIF), PDFs and videos (MP4, WebM) into the library&apos;s content-addressed store, reading their metadata and making thumbnails. A file already in the library is kept once. Each file gets a line in the report; bad files are reported and skipped, the rest go on. Exits with 1 when a file failed. Ctrl+C stops after the files under way; nothing is left half-imported.</source>
        <translation>ينسخ الصور (JPEG وPNG وWebP وGIF) وملفات PDF والفيديوهات (MP4 وWebM) إلى مخزن المكتبة المعنون بحسب المحتوى، ويقرأ بياناتها الوصفية وينشئ صورًا مصغّرة. الملف الموجود في المكتبة من قبل يُحفظ مرة واحدة. لكل ملف سطر في التقرير؛ تُذكر الملفات المعيبة وتُتخطّى ويستمر العمل على الباقي. ينتهي بالرمز 1 إذا فشل أي ملف. يوقف Ctrl+C العمل بعد الملفات الجارية؛ ولا يبقى أي ملف مستوردًا إلى النصف.</translation>
    </message>
    <message>
        <source>files and folders to import</source>
        <translation>الملفات والمجلدات المراد استيرادها</translation>
    </message>
    <message>
        <source>also add the imported items to this gallery</source>
        <translation>أضف العناصر المستوردة إلى هذا المعرض أيضًا</translation>
    </message>
    <message>
        <source>print only problems and the summary</source>
        <translation>اعرض المشكلات والملخص فقط</translation>
    </message>
    <message>
        <source>add a YouTube, Vimeo or Aparat video as a media item</source>
        <translation>إضافة فيديو من YouTube أو Vimeo أو Aparat وسيطًا في المكتبة</translation>
    </message>
    <message>
        <source>Add a video hosted elsewhere, by its address, with a title and a poster image.</source>
        <translation>يضيف فيديو مستضافًا في موقع آخر عبر رابطه، مع عنوان وصورة ملصق.</translation>
    </message>
    <message>
        <source>the video&apos;s address (YouTube, Vimeo or Aparat)</source>
        <translation>رابط الفيديو (YouTube أو Vimeo أو Aparat)</translation>
    </message>
    <message>
        <source>the video&apos;s title</source>
        <translation>عنوان الفيديو</translation>
    </message>
    <message>
        <source>an image file to show for the video</source>
        <translation>ملف صورة يُعرض للفيديو</translation>
    </message>
    <message>
        <source>also add it to this gallery</source>
        <translation>أضفه إلى هذا المعرض أيضًا</translation>
    </message>
    <message>
        <source>stopping after the files under way (press Ctrl+C again to abort at once)</source>
        <translation>سيتوقف بعد الملفات الجارية (اضغط Ctrl+C مرة أخرى للإيقاف فورًا)</translation>
    </message>
    <message>
        <source>added video (media #{id})</source>
        <translation>أُضيف الفيديو (الوسيط رقم {id})</translation>
    </message>
</context>
<context>
    <name>cli.preflight_cmds</name>
    <message>
        <source>check articles before they go out</source>
        <translation>فحص المقالات قبل نشرها</translation>
    </message>
    <message>
        <source>Check articles (by slug; every article without one) before they are published or scheduled: what blocks, what warns, what is worth a note, and where. Exits 1 when anything blocks.</source>
        <translation>افحص المقالات (بالاسم اللطيف؛ أو كلها دونه) قبل نشرها أو جدولتها: ما يمنع، وما يحذّر، وما يستحق ملاحظة، وأين. يخرج بالرمز 1 حين يمنع شيء.</translation>
    </message>
    <message>
        <source>the articles&apos; edition (default: every edition that has the slug)</source>
        <translation>نسخة المقالات (الافتراضي: كل نسخة فيها هذا الاسم اللطيف)</translation>
    </message>
    <message>
        <source>check a gallery instead (repeatable)</source>
        <translation>افحص معرضًا بدلًا من ذلك (قابل للتكرار)</translation>
    </message>
    <message>
        <source>check a publication issue instead (repeatable)</source>
        <translation>افحص عددًا من منشور بدلًا من ذلك (قابل للتكرار)</translation>
    </message>
    <message>
        <source>also ask the outside addresses the articles link to (never blocks)</source>
        <translation>اسأل أيضًا العناوين الخارجية التي ترتبط بها المقالات (لا يمنع أبدًا)</translation>
    </message>
    <message>
        <source>seconds to wait for each outside address (default 5)</source>
        <translation>ثوانٍ لانتظار كل عنوان خارجي (الافتراضي 5)</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>كائن JSON واحد في كل سطر</translation>
    </message>
    <message>
        <source>show or set what an edition&apos;s pre-flight check asks</source>
        <translation>إظهار ما يطلبه فحص ما قبل النشر لنسخة ما أو ضبطه</translation>
    </message>
    <message>
        <source>Without options, show the edition&apos;s rules; with them, change them.</source>
        <translation>دون خيارات، اعرض قواعد النسخة؛ ومعها، غيّرها.</translation>
    </message>
    <message>
        <source>fields whose absence blocks (the others warn): {fields}</source>
        <translation>الحقول التي يمنع غيابها (والبقية تحذّر): {fields}</translation>
    </message>
    <message>
        <source>editions every article should also exist in, e.g. en,ar (empty: none)</source>
        <translation>النسخ التي يجب أن يوجد فيها كل مقال أيضًا، مثل en,ar (فارغ: لا شيء)</translation>
    </message>
    <message>
        <source>the digits the body must use (any: no rule)</source>
        <translation>الأرقام التي يجب أن يستعملها النص (any: دون قاعدة)</translation>
    </message>
    <message>
        <source>{kind} {id}: blocking findings overridden on {when} ({action}): {reason}</source>
        <translation>{kind} {id}: تُجووزت النتائج المانعة في {when} ({action}): {reason}</translation>
    </message>
    <message>
        <source>-- checked: {checked}; blocked: {blocked}</source>
        <translation>-- مفحوص: {checked}؛ ممنوع: {blocked}</translation>
    </message>
    <message>
        <source>--issue {ref} is not SERIES/NUMBER (e.g. weekly/12).</source>
        <translation>--issue {ref} ليس بصيغة SERIES/NUMBER (مثل weekly/12).</translation>
    </message>
    <message>
        <source>There is no article {slug} in {editions}; nothing was checked.</source>
        <translation>لا مقال {slug} في {editions}؛ لم يُفحص شيء.</translation>
    </message>
    <message>
        <source>BLOCKS</source>
        <translation>يمنع</translation>
    </message>
    <message>
        <source>warns</source>
        <translation>يحذّر</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>lines {first}-{last}</source>
        <translation>الأسطر {first}-{last}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>السطر {line}</translation>
    </message>
    <message>
        <source>media {id}</source>
        <translation>الوسيط {id}</translation>
    </message>
    <message>
        <source>article {id}</source>
        <translation>المقال {id}</translation>
    </message>
    <message>
        <source>edition {code}</source>
        <translation>النسخة {code}</translation>
    </message>
    <message>
        <source>outbox job {id}</source>
        <translation>مهمة صندوق الصادر {id}</translation>
    </message>
    <message>
        <source>field {name}</source>
        <translation>الحقل {name}</translation>
    </message>
    <message>
        <source>article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>gallery</source>
        <translation>معرض</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>required (blocks when missing): {fields}</source>
        <translation>مطلوبة (يمنع غيابها): {fields}</translation>
    </message>
    <message>
        <source>translations planned: {codes}</source>
        <translation>الترجمات المخطَّطة: {codes}</translation>
    </message>
    <message>
        <source>digits: {digits}</source>
        <translation>الأرقام: {digits}</translation>
    </message>
</context>
<context>
    <name>cli.review_cmds</name>
    <message>
        <source>read the Application Password from the first line of standard input (otherwise it is asked for when needed)</source>
        <translation>اقرأ Application Password من السطر الأول للدخل القياسي (وإلا فستُطلب عند الحاجة)</translation>
    </message>
    <message>
        <source>hand articles to each other through the site</source>
        <translation>تبادل المقالات عبر الموقع</translation>
    </message>
    <message>
        <source>Send an article for review with a note, send it back with a note, and list what others sent for review or sent back (needs the Nejat Desk Companion plugin on the site for the notes).</source>
        <translation>أرسل مقالًا للمراجعة مع ملاحظة، أو أعده مع ملاحظة، واعرض ما أرسله الآخرون للمراجعة أو أعادوه (تحتاج الملاحظات إلى إضافة Nejat Desk Companion على الموقع).</translation>
    </message>
    <message>
        <source>what waits for review from others and what others sent back</source>
        <translation>ما ينتظر المراجعة من الآخرين وما أعاده الآخرون</translation>
    </message>
    <message>
        <source>send an article for review (pending) with a note</source>
        <translation>أرسل مقالًا للمراجعة (معلَّق) مع ملاحظة</translation>
    </message>
    <message>
        <source>send an article back (draft) with a note</source>
        <translation>أعد مقالًا (مسودة) مع ملاحظة</translation>
    </message>
    <message>
        <source>the article&apos;s edition</source>
        <translation>نسخة المقال</translation>
    </message>
    <message>
        <source>the note for the other person</source>
        <translation>الملاحظة للشخص الآخر</translation>
    </message>
    <message>
        <source>the site&apos;s name (default: the site serving the edition)</source>
        <translation>اسم الموقع (الافتراضي: الموقع الذي يخدم النسخة)</translation>
    </message>
    <message>
        <source>There is no article {slug} in the {edition} edition; nothing was sent.</source>
        <translation>لا مقال {slug} في النسخة {edition}؛ لم يُرسل شيء.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Waiting for review:</source>
        <translation>في انتظار المراجعة:</translation>
    </message>
    <message>
        <source>Sent back:</source>
        <translation>المعاد:</translation>
    </message>
</context>
<context>
    <name>cli.schedule_cmds</name>
    <message>
        <source>first day (YYYY-MM-DD, or YYYY-MM-DD HH:MM) in --tz</source>
        <translation>اليوم الأول (YYYY-MM-DD، أو YYYY-MM-DD HH:MM) بتوقيت --tz</translation>
    </message>
    <message>
        <source>last day, inclusive (YYYY-MM-DD, or an exclusive YYYY-MM-DD HH:MM) in --tz</source>
        <translation>اليوم الأخير، وهو مشمول (YYYY-MM-DD، أو YYYY-MM-DD HH:MM غير مشمول) بتوقيت --tz</translation>
    </message>
    <message>
        <source>edition code(s): en, ar, fa, sq</source>
        <translation>رمز النسخة (أو النسخ): en، ar، fa، sq</translation>
    </message>
    <message>
        <source>item kind(s): {kinds}</source>
        <translation>نوع العنصر (أو العناصر): {kinds}</translation>
    </message>
    <message>
        <source>social platform(s): {platforms}</source>
        <translation>منصة التواصل (أو المنصات): {platforms}</translation>
    </message>
    <message>
        <source>time zone for --from/--to and the listing (IANA name; default: this computer&apos;s zone)</source>
        <translation>المنطقة الزمنية لـ --from/--to وللقائمة (اسم IANA؛ الافتراضي: منطقة هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Unknown platform {names}; expected {platforms}.</source>
        <translation>منصة غير معروفة: {names}؛ المتوقع إحداها: {platforms}.</translation>
    </message>
    <message>
        <source>what to schedule</source>
        <translation>ما يُراد جدولته</translation>
    </message>
    <message>
        <source>the article&apos;s edition (article, social)</source>
        <translation>نسخة المقال (article، social)</translation>
    </message>
    <message>
        <source>the article&apos;s slug (article, social) or the gallery&apos;s slug</source>
        <translation>الاسم اللطيف للمقال (article، social) أو للمعرض</translation>
    </message>
    <message>
        <source>the record id instead of edition+slug</source>
        <translation>معرّف السجل بدلًا من النسخة والاسم اللطيف</translation>
    </message>
    <message>
        <source>the social platform (social)</source>
        <translation>منصة التواصل (social)</translation>
    </message>
    <message>
        <source>the publication series slug (issue)</source>
        <translation>الاسم اللطيف لسلسلة المطبوعة (issue)</translation>
    </message>
    <message>
        <source>the issue number (issue)</source>
        <translation>رقم العدد (issue)</translation>
    </message>
    <message>
        <source>local time, YYYY-MM-DD HH:MM</source>
        <translation>الوقت المحلي، YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>zone of --at (default: the edition&apos;s zone for articles, social posts and issues; else this computer&apos;s)</source>
        <translation>المنطقة الزمنية لـ --at (الافتراضي: منطقة النسخة للمقالات ومنشورات التواصل والأعداد، وإلا فمنطقة هذا الحاسوب)</translation>
    </message>
    <message>
        <source>a time in the repeated autumn hour: take the earlier or later one (default: error)</source>
        <translation>لوقت يقع في الساعة المكرّرة في الخريف: يُختار الأسبق أو الأحدث منهما (الافتراضي: error)</translation>
    </message>
    <message>
        <source>a time in the skipped spring hour: move to the first valid minute (default: error)</source>
        <translation>لوقت يقع في الساعة المحذوفة في الربيع: يُنقل إلى أول دقيقة صالحة (الافتراضي: error)</translation>
    </message>
    <message>
        <source>schedule an article, gallery or issue despite blocking pre-flight findings; the reason is kept in its history</source>
        <translation>جدوِل مقالًا أو معرضًا أو عددًا رغم نتائج ما قبل النشر المانعة؛ يُحفظ السبب في سجله</translation>
    </message>
    <message>
        <source>the publication calendar</source>
        <translation>جدول النشر</translation>
    </message>
    <message>
        <source>List, add and move planned articles, galleries, issues and social posts.</source>
        <translation>عرض المقالات والمعارض والأعداد ومنشورات التواصل المخطط لها، وإضافتها ونقلها.</translation>
    </message>
    <message>
        <source>list planned items</source>
        <translation>عرض العناصر المخطط لها</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>كائن JSON واحد في كل سطر</translation>
    </message>
    <message>
        <source>schedule an article, gallery, issue or social post</source>
        <translation>جدولة مقال أو معرض أو عدد أو منشور على مواقع التواصل</translation>
    </message>
    <message>
        <source>move a planned item to another time</source>
        <translation>نقل عنصر مخطط له إلى وقت آخر</translation>
    </message>
    <message>
        <source>write a Newsletter issue as an email (.eml) or as .html + .txt</source>
        <translation>كتابة عدد من النشرة البريدية رسالةَ بريد (.eml) أو ملفَّي ‎.html + .txt</translation>
    </message>
    <message>
        <source>the series slug</source>
        <translation>الاسم اللطيف للسلسلة</translation>
    </message>
    <message>
        <source>the issue number</source>
        <translation>رقم العدد</translation>
    </message>
    <message>
        <source>FILE.eml, or FILE.html for two files</source>
        <translation>FILE.eml، أو FILE.html لملفين</translation>
    </message>
    <message>
        <source>the From header of the .eml</source>
        <translation>ترويسة From في ملف ‎.eml</translation>
    </message>
    <message>
        <source>show or set a series&apos; newsletter footer (sender, postal address, unsubscribe line)</source>
        <translation>إظهار تذييل نشرة سلسلة أو ضبطه (المرسِل، العنوان البريدي، سطر إلغاء الاشتراك)</translation>
    </message>
    <message>
        <source>the sender&apos;s name</source>
        <translation>اسم المرسِل</translation>
    </message>
    <message>
        <source>the postal address (\n between lines)</source>
        <translation>العنوان البريدي (‎\n بين الأسطر)</translation>
    </message>
    <message>
        <source>how to unsubscribe: a sentence with its web address or mailto:</source>
        <translation>طريقة إلغاء الاشتراك: جملة مع عنوانها على الويب أو mailto:</translation>
    </message>
    <message>
        <source>show or change the planning rules</source>
        <translation>عرض قواعد التخطيط أو تغييرها</translation>
    </message>
    <message>
        <source>posts per edition per hour (0 = no limit)</source>
        <translation>عدد المنشورات لكل نسخة في الساعة (0 = بلا حد)</translation>
    </message>
    <message>
        <source>minutes between posts in an edition (0 = off)</source>
        <translation>الدقائق بين المنشورات في النسخة الواحدة (0 = معطّل)</translation>
    </message>
    <message>
        <source>warn about days with nothing scheduled</source>
        <translation>التحذير من الأيام التي لا شيء مجدول فيها</translation>
    </message>
    <message>
        <source>{count} warning</source>
        <translation>عدد التحذيرات: {count}</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>عدد التحذيرات: {count}</translation>
    </message>
    <message>
        <source>{count} item (times in {zone})</source>
        <translation>عدد العناصر: {count} (الأوقات بتوقيت {zone})</translation>
    </message>
    <message>
        <source>{count} items (times in {zone})</source>
        <translation>عدد العناصر: {count} (الأوقات بتوقيت {zone})</translation>
    </message>
    <message>
        <source>An issue is named by --series SLUG --number N (or --id).</source>
        <translation>يُحدَّد العدد بـ ‎--series SLUG --number N (أو ‎--id).</translation>
    </message>
    <message>
        <source>A gallery is named by --slug SLUG (or --id).</source>
        <translation>يُحدَّد المعرض بـ ‎--slug SLUG (أو ‎--id).</translation>
    </message>
    <message>
        <source>An article is named by --edition CODE --slug SLUG.</source>
        <translation>يُحدَّد المقال بـ ‎--edition CODE --slug SLUG.</translation>
    </message>
    <message>
        <source>A social post is named by --edition CODE --slug SLUG.</source>
        <translation>يُحدَّد منشور التواصل بـ ‎--edition CODE --slug SLUG.</translation>
    </message>
    <message>
        <source>A social post needs --platform.</source>
        <translation>يحتاج منشور التواصل إلى ‎--platform.</translation>
    </message>
    <message>
        <source>{problem} Repeat with --ambiguous earlier or --ambiguous later.</source>
        <translation>{problem} أعد المحاولة مع ‎--ambiguous earlier أو ‎--ambiguous later.</translation>
    </message>
    <message>
        <source>{problem} Repeat with another --at, or --nonexistent shift-forward.</source>
        <translation>{problem} أعد المحاولة مع ‎--at آخر، أو مع ‎--nonexistent shift-forward.</translation>
    </message>
    <message>
        <source>{key} is not scheduled yet; use &apos;schedule add&apos;.</source>
        <translation>{key} غير مجدول بعد؛ استخدم «schedule add».</translation>
    </message>
    <message>
        <source>moved {key} &apos;{title}&apos; to {local} ({utc} UTC)</source>
        <translation>نُقل {key} «{title}» إلى {local} ({utc} UTC)</translation>
    </message>
    <message>
        <source>rescheduled {key} &apos;{title}&apos; to {local} ({utc} UTC)</source>
        <translation>أُعيدت جدولة {key} «{title}» إلى {local} ({utc} UTC)</translation>
    </message>
    <message>
        <source>scheduled {key} &apos;{title}&apos; to {local} ({utc} UTC)</source>
        <translation>جُدول {key} «{title}» في {local} ({utc} UTC)</translation>
    </message>
    <message>
        <source>{name} must be 0 or more.</source>
        <translation>يجب أن تكون قيمة {name} صفرًا أو أكثر.</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>تحذير: {problem}</translation>
    </message>
</context>
<context>
    <name>cli.search_cmds</name>
    <message>
        <source>search articles (titles, bodies, excerpts, bylines)</source>
        <translation>البحث في المقالات (العناوين والنصوص والمقتطفات وأسماء الكتّاب)</translation>
    </message>
    <message>
        <source>Full-text search with the app&apos;s engine: all words must match; &quot;quoted phrases&quot;, word* for a prefix, -word to exclude, OR between two words for either. Arabic and Farsi letter forms, harakat, digits and Latin accents are matched loosely.</source>
        <translation>بحث في النص الكامل بمحرك البرنامج: يجب أن تتطابق جميع الكلمات؛ &quot;العبارات بين علامتي تنصيص&quot;، وword* للبادئة، و-word للاستبعاد، وOR بين كلمتين لأيٍّ منهما. تُطابَق أشكال الحروف العربية والفارسية والحركات والأرقام وعلامات الحروف اللاتينية بمرونة.</translation>
    </message>
    <message>
        <source>the words to look for</source>
        <translation>الكلمات المراد البحث عنها</translation>
    </message>
    <message>
        <source>only this edition (repeat for several)</source>
        <translation>هذه النسخة فقط (كرّر الخيار لعدة نسخ)</translation>
    </message>
    <message>
        <source>only articles in this status (repeat for several)</source>
        <translation>المقالات ذات هذه الحالة فقط (كرّر الخيار لعدة حالات)</translation>
    </message>
    <message>
        <source>at most this many results (default 20)</source>
        <translation>هذا العدد من النتائج على الأكثر (الافتراضي 20)</translation>
    </message>
    <message>
        <source>one JSON object per result and line</source>
        <translation>كائن JSON واحد لكل نتيجة في كل سطر</translation>
    </message>
    <message>
        <source>bold highlights on a terminal (auto), always, or [brackets] (never)</source>
        <translation>إبراز بالخط العريض في الطرفية (auto)، أو دائمًا (always)، أو [أقواس معقوفة] (never)</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>يجب ألا يقل عن 1</translation>
    </message>
    <message>
        <source>nothing to search for: the query has no word to look for (punctuation, operators and excluded words alone are not a search)</source>
        <translation>لا شيء للبحث عنه: لا يحتوي الاستعلام على كلمة يُبحث عنها (علامات الترقيم والعوامل والكلمات المستبعدة وحدها لا تُعدّ بحثًا)</translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation>لا توجد مقالات مطابقة.</translation>
    </message>
    <message>
        <source>-- 1 result</source>
        <translation>-- نتيجة واحدة</translation>
    </message>
    <message>
        <source>-- {count} results</source>
        <translation>-- النتائج: {count}</translation>
    </message>
</context>
<context>
    <name>cli.site_cmds</name>
    <message>
        <source>a password is never taken on the command line (other users could read it); use --password-stdin or answer the prompt</source>
        <translation>لا تُؤخذ كلمة المرور أبدًا من سطر الأوامر (قد يقرؤها مستخدمون آخرون)؛ استخدم --password-stdin أو أجب عن المطالبة</translation>
    </message>
    <message>
        <source>read the Application Password from the first line of standard input (otherwise it is asked for when needed)</source>
        <translation>قراءة كلمة مرور التطبيق من السطر الأول في الدخل القياسي (وإلا فتُطلب عند الحاجة)</translation>
    </message>
    <message>
        <source>allow sending the password over plain http:// to another computer, where anyone on the way can read it (remembered for the site)</source>
        <translation>اسمح بإرسال كلمة المرور عبر http://‎ العادي إلى حاسوب آخر، حيث يستطيع أي أحد في الطريق قراءتها (يُتذكَّر للموقع)</translation>
    </message>
    <message>
        <source>WordPress sites: add, list, test, remove</source>
        <translation>مواقع WordPress: إضافة، سرد، اختبار، إزالة</translation>
    </message>
    <message>
        <source>Manage the WordPress sites the desk publishes to. Passwords are Application Passwords, kept in the system keyring.</source>
        <translation>إدارة مواقع WordPress التي ينشر عليها البرنامج. كلمات المرور هي كلمات مرور التطبيق، وتُحفظ في حلقة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>add a site</source>
        <translation>إضافة موقع</translation>
    </message>
    <message>
        <source>a short name for the site</source>
        <translation>اسم قصير للموقع</translation>
    </message>
    <message>
        <source>the site&apos;s address, e.g. https://nejat.example.org</source>
        <translation>عنوان الموقع، مثل https://nejat.example.org</translation>
    </message>
    <message>
        <source>the WordPress user name</source>
        <translation>اسم مستخدم WordPress</translation>
    </message>
    <message>
        <source>the editions it serves, comma separated (en,ar,fa,sq)</source>
        <translation>النسخ التي يخدمها، مفصولة بفواصل (en,ar,fa,sq)</translation>
    </message>
    <message>
        <source>do not test the connection after adding</source>
        <translation>عدم اختبار الاتصال بعد الإضافة</translation>
    </message>
    <message>
        <source>list the sites</source>
        <translation>سرد المواقع</translation>
    </message>
    <message>
        <source>test the connection and say what is wrong</source>
        <translation>اختبار الاتصال وبيان موضع الخلل</translation>
    </message>
    <message>
        <source>set or replace a site&apos;s password</source>
        <translation>تعيين كلمة مرور موقع أو استبدالها</translation>
    </message>
    <message>
        <source>remove a site (and forget its password)</source>
        <translation>إزالة موقع (ونسيان كلمة مروره)</translation>
    </message>
    <message>
        <source>send articles to a WordPress site</source>
        <translation>إرسال مقالات إلى موقع WordPress</translation>
    </message>
    <message>
        <source>the articles&apos; edition</source>
        <translation>نسخة المقالات</translation>
    </message>
    <message>
        <source>for --status future: the time, ISO 8601 with an offset</source>
        <translation>لـ --status future: الوقت بصيغة ISO 8601 مع فارق التوقيت</translation>
    </message>
    <message>
        <source>the site&apos;s name (default: the site serving the edition)</source>
        <translation>اسم الموقع (الافتراضي: الموقع الذي يخدم النسخة)</translation>
    </message>
    <message>
        <source>only queue; send later with &apos;outbox flush&apos;</source>
        <translation>الإدراج في الطابور فقط؛ أرسل لاحقًا بالأمر &apos;outbox flush&apos;</translation>
    </message>
    <message>
        <source>Queue articles (by slug), galleries and publication issues for a site and send them now. Work that cannot be sent (the site unreachable) stays in the outbox.</source>
        <translation>ضع المقالات (بالاسم اللطيف) والمعارض وأعداد المنشورات في طابور موقع وأرسلها الآن. ما لا يمكن إرساله (الموقع غير متاح) يبقى في صندوق الصادر.</translation>
    </message>
    <message>
        <source>also send a gallery, in --edition&apos;s words (repeatable)</source>
        <translation>أرسل معرضًا أيضًا، بنصوص --edition (قابل للتكرار)</translation>
    </message>
    <message>
        <source>also send a publication issue (repeatable)</source>
        <translation>أرسل عددًا من منشور أيضًا (قابل للتكرار)</translation>
    </message>
    <message>
        <source>publish or schedule despite blocking pre-flight findings; the reason is kept in each article&apos;s, gallery&apos;s or issue&apos;s history</source>
        <translation>انشر أو جدوِل رغم نتائج ما قبل النشر المانعة؛ يُحفظ السبب في سجل كل مقال أو معرض أو عدد</translation>
    </message>
    <message>
        <source>bring posts from a site into the library</source>
        <translation>جلب المقالات من موقع إلى المكتبة</translation>
    </message>
    <message>
        <source>the edition the posts belong to (needed when the site serves several)</source>
        <translation>النسخة التي تنتمي إليها المقالات (مطلوبة حين يخدم الموقع عدة نسخ)</translation>
    </message>
    <message>
        <source>only posts dated on or after DATE (ISO 8601)</source>
        <translation>المقالات المؤرّخة في DATE أو بعده فقط (ISO 8601)</translation>
    </message>
    <message>
        <source>only posts dated on or before DATE (ISO 8601)</source>
        <translation>المقالات المؤرّخة في DATE أو قبله فقط (ISO 8601)</translation>
    </message>
    <message>
        <source>work waiting to go to the sites</source>
        <translation>الأعمال التي تنتظر الإرسال إلى المواقع</translation>
    </message>
    <message>
        <source>list open jobs (all with --all)</source>
        <translation>سرد المهام المفتوحة (جميعها مع --all)</translation>
    </message>
    <message>
        <source>retry a job now</source>
        <translation>إعادة محاولة مهمة الآن</translation>
    </message>
    <message>
        <source>cancel a job</source>
        <translation>إلغاء مهمة</translation>
    </message>
    <message>
        <source>send every job that is due</source>
        <translation>إرسال كل مهمة حان موعدها</translation>
    </message>
    <message>
        <source>settle a conflict</source>
        <translation>حسم تعارض</translation>
    </message>
    <message>
        <source>library: send the library&apos;s version over the site&apos;s; site: take the site&apos;s</source>
        <translation>library: إرسال نسخة المكتبة لتحلّ محلّ نسخة الموقع؛ site: اعتماد نسخة الموقع</translation>
    </message>
    <message>
        <source>Application Password for {user} at {base_url}: </source>
        <translation>كلمة مرور التطبيق لـ {user} على {base_url}: </translation>
    </message>
    <message>
        <source>{option} {text} is not an ISO 8601 date and time with an offset ({error}).</source>
        <translation>{option} {text} ليس تاريخًا ووقتًا بصيغة ISO 8601 مع فارق التوقيت ({error}).</translation>
    </message>
    <message>
        <source>warning: the Application Password for {base_url} travels unencrypted; anyone on the network between here and the site can read it.</source>
        <translation>تحذير: تنتقل Application Password الخاصة بـ{base_url} دون تشفير؛ يستطيع أي أحد على الشبكة بين هنا والموقع قراءتها.</translation>
    </message>
    <message>
        <source>{message} (On the command line: --allow-insecure-http.)</source>
        <translation>{message} (في سطر الأوامر: --allow-insecure-http.)</translation>
    </message>
    <message>
        <source>job {job_id}: created post {remote_id} ({status}) {link}</source>
        <translation>المهمة {job_id}: أُنشئت المقالة {remote_id} ({status}) {link}</translation>
    </message>
    <message>
        <source>job {job_id}: updated post {remote_id} ({status}) {link}</source>
        <translation>المهمة {job_id}: حُدّثت المقالة {remote_id} ({status}) {link}</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>تحذير: {message}</translation>
    </message>
    <message>
        <source>job {job_id}: not sent, will retry: {message}</source>
        <translation>المهمة {job_id}: لم تُرسَل، وستُعاد المحاولة: {message}</translation>
    </message>
    <message>
        <source>job {job_id}: failed: {message}</source>
        <translation>المهمة {job_id}: فشلت: {message}</translation>
    </message>
    <message>
        <source>job {job_id}: conflict: the post changed on the site too; see &apos;outbox resolve&apos;</source>
        <translation>المهمة {job_id}: تعارض: تغيّرت المقالة على الموقع أيضًا؛ راجع &apos;outbox resolve&apos;</translation>
    </message>
    <message>
        <source>Added site {name} ({base_url}).</source>
        <translation>أُضيف الموقع {name} ({base_url}).</translation>
    </message>
    <message>
        <source>warning: no secure keyring on this system: the password was not stored; commands that talk to the site will ask for it (or read it with --password-stdin).</source>
        <translation>تحذير: لا توجد حلقة مفاتيح آمنة على هذا النظام: لم تُحفظ كلمة المرور؛ ستطلبها الأوامر التي تتصل بالموقع (أو تقرؤها عبر --password-stdin).</translation>
    </message>
    <message>
        <source>No sites yet; add one with &apos;nejat-desk site add&apos;.</source>
        <translation>لا توجد مواقع بعد؛ أضف موقعًا بالأمر &apos;nejat-desk site add&apos;.</translation>
    </message>
    <message>
        <source>password stored</source>
        <translation>كلمة المرور محفوظة</translation>
    </message>
    <message>
        <source>no password stored</source>
        <translation>لا كلمة مرور محفوظة</translation>
    </message>
    <message>
        <source>no password given (use --password-stdin or run in a terminal).</source>
        <translation>لم تُعطَ كلمة مرور (استخدم --password-stdin أو شغّل الأمر في طرفية).</translation>
    </message>
    <message>
        <source>Password stored in the system keyring.</source>
        <translation>حُفظت كلمة المرور في حلقة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>warning: no secure keyring: the password was not stored.</source>
        <translation>تحذير: لا توجد حلقة مفاتيح آمنة: لم تُحفظ كلمة المرور.</translation>
    </message>
    <message>
        <source>Removed site {name} and forgot its password.</source>
        <translation>أُزيل الموقع {name} ونُسيت كلمة مروره.</translation>
    </message>
    <message>
        <source>--status future needs --at with the date and time.</source>
        <translation>يتطلّب --status future تحديد --at مع التاريخ والوقت.</translation>
    </message>
    <message>
        <source>There is no article {slug} in the {edition} edition; nothing was queued.</source>
        <translation>لا يوجد مقال {slug} في النسخة {edition}؛ لم يُدرج شيء في الطابور.</translation>
    </message>
    <message>
        <source>Name at least one article (SLUG), --gallery or --issue; nothing was queued.</source>
        <translation>سمِّ مقالًا واحدًا على الأقل (SLUG) أو --gallery أو --issue؛ لم يوضع شيء في الطابور.</translation>
    </message>
    <message>
        <source>Queued {count} article(s) for {site}: jobs {jobs}.</source>
        <translation>مقالات أُدرجت في طابور {site}: {count}؛ المهام: {jobs}.</translation>
    </message>
    <message>
        <source>Queued {count} galleries and issues for {site}: jobs {jobs}.</source>
        <translation>وُضع في طابور {site} من المعارض والأعداد: {count}؛ المهام {jobs}.</translation>
    </message>
    <message>
        <source>--issue {ref} is not SERIES/NUMBER (e.g. weekly/12); nothing was queued.</source>
        <translation>--issue {ref} ليس بصيغة SERIES/NUMBER (مثل weekly/12)؛ لم يوضع شيء في الطابور.</translation>
    </message>
    <message>
        <source>pulled {done}/{total}</source>
        <translation>جُلب: {done}/{total}</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {media} media records.</source>
        <translation>المُنشأة: {created}، المُحدَّثة: {updated}، دون تغيير: {unchanged}، التعارضات: {conflicts}، سجلات الوسائط: {media}.</translation>
    </message>
    <message>
        <source>{galleries} galleries and {issues} publication issues created or updated.</source>
        <translation>أُنشئ أو حُدِّث من المعارض {galleries} ومن أعداد المنشورات {issues}.</translation>
    </message>
    <message>
        <source>skipped {item}</source>
        <translation>تُخطّي: {item}</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>صندوق الصادر فارغ.</translation>
    </message>
    <message>
        <source>next {when} UTC</source>
        <translation>المحاولة التالية {when} UTC</translation>
    </message>
    <message>
        <source>as article</source>
        <translation>حسب المقال</translation>
    </message>
    <message>
        <source>attempts {count}</source>
        <translation>المحاولات: {count}</translation>
    </message>
    <message>
        <source>Job {job} queued.</source>
        <translation>أُدرجت المهمة {job} في الطابور.</translation>
    </message>
    <message>
        <source>Job {job} cancelled.</source>
        <translation>أُلغيت المهمة {job}.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>لا شيء حان موعد إرساله.</translation>
    </message>
    <message>
        <source>Job {job}: the site&apos;s version was taken into the library.</source>
        <translation>المهمة {job}: اعتُمدت نسخة الموقع في المكتبة.</translation>
    </message>
</context>
<context>
    <name>core.edition_names</name>
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
</context>
<context>
    <name>core.find_replace</name>
    <message>
        <source>Type something to find.</source>
        <translation>اكتب شيئًا للبحث عنه.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: {error}.</source>
        <translation>التعبير النمطي غير صالح: {error}.</translation>
    </message>
    <message>
        <source>The replacement is not valid: {error}.</source>
        <translation>نص الاستبدال غير صالح: {error}.</translation>
    </message>
</context>
<context>
    <name>core.frontmatter</name>
    <message>
        <source>uses a YAML alias (*{name}, line {line}); aliases are not accepted in front matter: write the value out</source>
        <translation>يستعمل اسمًا مستعارًا من YAML (*{name}، السطر {line})؛ لا تُقبل الأسماء المستعارة في الترويسة: اكتب القيمة كاملة</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>must be text, not {type}</source>
        <translation>يجب أن يكون نصًا، لا {type}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>{value} is not a valid date</source>
        <translation>{value} ليس تاريخًا صالحًا</translation>
    </message>
    <message>
        <source>{value} is not a valid ISO 8601 date with a UTC offset ({problem})</source>
        <translation>{value} ليس تاريخًا صالحًا بصيغة ISO 8601 مع فرق التوقيت عن UTC ({problem})</translation>
    </message>
    <message>
        <source>must be a list of text items</source>
        <translation>يجب أن يكون قائمة من النصوص</translation>
    </message>
    <message>
        <source>has no YAML front matter block (a first line of &apos;---&apos;)</source>
        <translation>لا يحتوي على كتلة ترويسة YAML (سطر أول هو &apos;---&apos;)</translation>
    </message>
    <message>
        <source>the YAML front matter is broken: {problem}</source>
        <translation>ترويسة YAML تالفة: {problem}</translation>
    </message>
    <message>
        <source>the YAML front matter must be a mapping of keys to values</source>
        <translation>يجب أن تكون ترويسة YAML تعيينًا من المفاتيح إلى القيم</translation>
    </message>
    <message>
        <source>{edition} is not an edition; expected one of {codes}</source>
        <translation>{edition} ليست نسخة؛ المتوقع واحدة من: {codes}</translation>
    </message>
    <message>
        <source>{status} is not a status; expected one of {allowed}</source>
        <translation>{status} ليست حالة؛ المتوقع واحدة من: {allowed}</translation>
    </message>
    <message>
        <source>must be a mapping with &apos;edition&apos; (en, ar, fa or sq) and &apos;slug&apos;</source>
        <translation>يجب أن يكون تعيينًا يضم &apos;edition&apos; (en أو ar أو fa أو sq) و&apos;slug&apos;</translation>
    </message>
    <message>
        <source>{url} is not an http(s) URL</source>
        <translation>{url} ليس رابط http(s)</translation>
    </message>
    <message>
        <source>a scheduled article needs a &apos;scheduled&apos; date</source>
        <translation>المقال المجدول يحتاج إلى تاريخ في &apos;scheduled&apos;</translation>
    </message>
    <message>
        <source>the unknown key {key} holds a value that is not plain text, numbers, lists or mappings; it was not kept</source>
        <translation>المفتاح المجهول {key} يحمل قيمة ليست نصًا عاديًا ولا أرقامًا ولا قوائم ولا تعيينات؛ لم تُحفظ</translation>
    </message>
    <message>
        <source>the unknown key {key} holds {size} KB, more than the {limit} KB unknown keys may store; it was not kept</source>
        <translation>المفتاح المجهول {key} يحمل {size} ك.ب، أكثر من {limit} ك.ب التي يجوز للمفاتيح المجهولة حفظها؛ لم يُحفظ</translation>
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
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>صورة GIF</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>صورة WebP</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>فيديو MP4</translation>
    </message>
    <message>
        <source>WebM video</source>
        <translation>فيديو WebM</translation>
    </message>
</context>
<context>
    <name>core.preflight</name>
    <message>
        <source>The pre-flight rules of the {edition} edition must be a JSON object.</source>
        <translation>يجب أن تكون قواعد ما قبل النشر للنسخة {edition} كائن JSON.</translation>
    </message>
    <message>
        <source>The {edition} edition: required fields must be some of {fields}.</source>
        <translation>النسخة {edition}: يجب أن تكون الحقول المطلوبة من بين {fields}.</translation>
    </message>
    <message>
        <source>The {edition} edition: translations must be other editions among {codes}.</source>
        <translation>النسخة {edition}: يجب أن تكون الترجمات نسخًا أخرى من بين {codes}.</translation>
    </message>
    <message>
        <source>The {edition} edition: digits must be one of {systems}, or empty for any.</source>
        <translation>النسخة {edition}: يجب أن تكون الأرقام واحدًا من {systems}، أو فارغة لأي منها.</translation>
    </message>
    <message>
        <source>preflight.editions must be a JSON object.</source>
        <translation>يجب أن يكون preflight.editions كائن JSON.</translation>
    </message>
    <message>
        <source>The article has no title.</source>
        <translation>المقال بلا عنوان.</translation>
    </message>
    <message>
        <source>There is no excerpt: share snippets and the site&apos;s lists will use the first paragraph.</source>
        <translation>لا مقتطف: ستستعمل نصوص المشاركة وقوائم الموقع الفقرة الأولى.</translation>
    </message>
    <message>
        <source>The article has no category in the {edition} edition.</source>
        <translation>المقال بلا تصنيف في النسخة {edition}.</translation>
    </message>
    <message>
        <source>The article names neither a byline nor a source.</source>
        <translation>لا يذكر المقال كاتبًا ولا مصدرًا.</translation>
    </message>
    <message>
        <source>The article has no featured image: the site shows none and link previews have no picture.</source>
        <translation>المقال بلا صورة بارزة: لا يعرض الموقع صورة ومعاينات الروابط بلا صورة.</translation>
    </message>
    <message>
        <source>The picture {picture} came from the site without alt text in the {edition} edition.</source>
        <translation>جاءت الصورة {picture} من الموقع دون نص بديل في النسخة {edition}.</translation>
    </message>
    <message>
        <source>The picture {picture} has no alt text in the {edition} edition.</source>
        <translation>الصورة {picture} بلا نص بديل في النسخة {edition}.</translation>
    </message>
    <message>
        <source>The picture {picture} has no caption in the {edition} edition.</source>
        <translation>الصورة {picture} بلا تعليق في النسخة {edition}.</translation>
    </message>
    <message>
        <source>The picture {picture} has no credit.</source>
        <translation>الصورة {picture} بلا نسبة.</translation>
    </message>
    <message>
        <source>The original of {picture} records where it was taken (GPS); the copies that go out leave it out.</source>
        <translation>يسجّل أصل {picture} مكان التقاطها (GPS)؛ والنسخ التي تخرج تحذفه.</translation>
    </message>
    <message>
        <source>No focal point was set for {picture}: its crops for each platform are taken from the middle.</source>
        <translation>لم تُحدَّد نقطة تركيز لـ{picture}: تُقتطع لكل منصة من الوسط.</translation>
    </message>
    <message>
        <source>There is no Open Graph image: link previews on Facebook, X, WhatsApp and Telegram show no picture.</source>
        <translation>لا صورة Open Graph: لا تعرض معاينات الروابط في Facebook وX وWhatsApp وTelegram صورة.</translation>
    </message>
    <message>
        <source>The featured file {picture} is not an image, so link previews show no picture.</source>
        <translation>الملف البارز {picture} ليس صورة، لذا لا تعرض معاينات الروابط صورة.</translation>
    </message>
    <message>
        <source>The featured image {picture} is {width} × {height} pixels; link previews want at least {min_width} × {min_height}.</source>
        <translation>الصورة البارزة {picture} بقياس {width} × {height} بكسل؛ تريد معاينات الروابط {min_width} × {min_height} على الأقل.</translation>
    </message>
    <message>
        <source>The {platform} text edited by hand is {count} long where {platform} allows {limit}.</source>
        <translation>نص {platform} المعدَّل يدويًا طوله {count} بينما يسمح {platform} بـ{limit}.</translation>
    </message>
    <message>
        <source>The {platform} text would be {count} long where {platform} allows {limit}; the desk shortens it at a word.</source>
        <translation>سيكون طول نص {platform} {count} بينما يسمح {platform} بـ{limit}؛ يقصّره المكتب عند كلمة.</translation>
    </message>
    <message>
        <source>The title is {count} characters long; as an email subject, mail clients cut it after about {limit}.</source>
        <translation>طول العنوان {count} حرفًا؛ وبرامج البريد تقطعه كموضوع رسالة بعد نحو {limit}.</translation>
    </message>
</context>
<context>
    <name>core.preflight_text</name>
    <message>
        <source>The {mark} on line {line} is not closed or opened: quotes or brackets are unbalanced in this paragraph.</source>
        <translation>العلامة {mark} في السطر {line} غير مغلقة أو غير مفتوحة: علامات التنصيص أو الأقواس غير متوازنة في هذه الفقرة.</translation>
    </message>
    <message>
        <source>This {edition} article mixes in the {language} form of yeh ({other}) where the {edition} form is {own}; count: {count}.</source>
        <translation>يخلط هذا المقال {edition} الشكل {language} للياء ({other}) والشكل {edition} هو {own}؛ العدد: {count}.</translation>
    </message>
    <message>
        <source>This {edition} article mixes in the {language} form of kaf ({other}) where the {edition} form is {own}; count: {count}.</source>
        <translation>يخلط هذا المقال {edition} الشكل {language} للكاف ({other}) والشكل {edition} هو {own}؛ العدد: {count}.</translation>
    </message>
    <message>
        <source>The body writes numbers in other digits than the {edition} edition asks for ({digits}); count: {count}, the first on line {line}.</source>
        <translation>يكتب النص الأعداد بأرقام غير التي تطلبها النسخة {edition} ({digits})؛ العدد: {count}، أولها في السطر {line}.</translation>
    </message>
    <message>
        <source>Double spaces between words; count: {count}, the first on line {line}.</source>
        <translation>مسافات مزدوجة بين الكلمات؛ العدد: {count}، أولها في السطر {line}.</translation>
    </message>
    <message>
        <source>Line {line} is an empty paragraph: readers see a gap.</source>
        <translation>السطر {line} فقرة فارغة: يرى القرّاء فجوة.</translation>
    </message>
    <message>
        <source>The link {url} on line {line} is plain http: browsers warn readers or refuse it; use https.</source>
        <translation>الرابط {url} في السطر {line} بـhttp عادي: تحذّر المتصفحات القرّاء أو ترفضه؛ استعمل https.</translation>
    </message>
</context>
<context>
    <name>core.schedule_warnings</name>
    <message>
        <source>{count} posts in the {edition} edition in the hour from {time} (at most {limit} per hour).</source>
        <translation>{count} مواد في النسخة {edition} خلال الساعة من {time} (الحد الأقصى {limit} في الساعة).</translation>
    </message>
    <message>
        <source>&apos;{first}&apos; and &apos;{second}&apos; ({edition}) are {minutes} min apart (at least {limit} min wanted).</source>
        <translation>بين «{first}» و«{second}» ({edition}) {minutes} دقيقة فقط (المطلوب {limit} دقيقة على الأقل).</translation>
    </message>
    <message>
        <source>Nothing is scheduled in the {edition} edition on {day}.</source>
        <translation>لا شيء مجدول في النسخة {edition} يوم {day}.</translation>
    </message>
    <message>
        <source>Nothing is scheduled in the {edition} edition from {first} to {last} ({days} days).</source>
        <translation>لا شيء مجدول في النسخة {edition} من {first} إلى {last} (عدد الأيام: {days}).</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is scheduled but its status is &apos;{status}&apos;, not ready.</source>
        <translation>«{title}» مجدول لكن حالته «{status}» وليست جاهزة للنشر.</translation>
    </message>
    <message>
        <source>The {platform} post for &apos;{title}&apos; goes out before the article it links to.</source>
        <translation>منشور {platform} الخاص بـ«{title}» يُنشر قبل المقال الذي يشير إليه.</translation>
    </message>
    <message>
        <source>The {platform} post for &apos;{title}&apos; is scheduled but the article is not.</source>
        <translation>منشور {platform} الخاص بـ«{title}» مجدول لكن المقال نفسه غير مجدول.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; uses {count} image without alt text in the {edition} edition.</source>
        <translation>«{title}» يستخدم {count} صورة بلا نص بديل في النسخة {edition}.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; uses {count} images without alt text in the {edition} edition.</source>
        <translation>«{title}» يستخدم في النسخة {edition} صورًا بلا نص بديل عددها {count}.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; uses {count} image without alt text.</source>
        <translation>«{title}» يستخدم {count} صورة بلا نص بديل.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; uses {count} images without alt text.</source>
        <translation>«{title}» يستخدم صورًا بلا نص بديل عددها {count}.</translation>
    </message>
</context>
<context>
    <name>core.scheduling</name>
    <message>
        <source>Unknown time zone {name} (use an IANA name such as Europe/Berlin).</source>
        <translation>المنطقة الزمنية {name} غير معروفة (استخدم اسمًا من IANA مثل Europe/Berlin).</translation>
    </message>
    <message>
        <source>{local} happens twice in {zone} (the clocks go back that night): choose the earlier (UTC{earlier_offset}, {earlier} UTC) or the later (UTC{later_offset}, {later} UTC) one.</source>
        <translation>الوقت {local} يتكرر مرتين في {zone} (تُؤخَّر الساعات تلك الليلة): اختر الأسبق (UTC{earlier_offset}، {earlier} UTC) أو الأحدث (UTC{later_offset}، {later} UTC).</translation>
    </message>
    <message>
        <source>{local} does not exist in {zone} (the clocks go forward that night): choose another time or move it to the first valid minute, {first_valid}.</source>
        <translation>الوقت {local} غير موجود في {zone} (تُقدَّم الساعات تلك الليلة): اختر وقتًا آخر أو انقله إلى أول دقيقة صالحة، {first_valid}.</translation>
    </message>
    <message>
        <source>{text} is not a date and time; write it as YYYY-MM-DD HH:MM (e.g. 2026-10-25 09:30).</source>
        <translation>{text} ليس تاريخًا ووقتًا؛ اكتبه بالصيغة YYYY-MM-DD HH:MM (مثلًا 2026-10-25 09:30).</translation>
    </message>
    <message>
        <source>schedule.rules must be a JSON object</source>
        <translation>يجب أن يكون schedule.rules كائن JSON</translation>
    </message>
    <message>
        <source>schedule.rules: {key} must be a whole number of 0 or more</source>
        <translation>schedule.rules: يجب أن يكون {key} عددًا صحيحًا يساوي 0 أو أكثر</translation>
    </message>
    <message>
        <source>schedule.rules: {key} must be true or false</source>
        <translation>schedule.rules: يجب أن يكون {key} إما true أو false</translation>
    </message>
    <message>
        <source>schedule.rules: empty_day_editions must be a list of edition codes</source>
        <translation>schedule.rules: يجب أن يكون empty_day_editions قائمة برموز النسخ</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>الإثنين</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>Publish the article &apos;{title}&apos; in the {edition} edition.</source>
        <translation>انشر المقال «{title}» في النسخة {edition}.</translation>
    </message>
    <message>
        <source>Publish the gallery &apos;{title}&apos;.</source>
        <translation>انشر المعرض «{title}».</translation>
    </message>
    <message>
        <source>Publish {title}.</source>
        <translation>انشر {title}.</translation>
    </message>
    <message>
        <source>Post the {platform} share text for &apos;{title}&apos;.</source>
        <translation>انشر نص المشاركة على {platform} لـ«{title}».</translation>
    </message>
</context>
<context>
    <name>core.snippets</name>
    <message>
        <source>Consumer Skype was retired in May 2025 and its web share endpoint with it: there is no share link for Skype any more. Copy the message below and paste it into Teams or any chat.</source>
        <translation>أُوقف سكايب للمستهلكين في مايو 2025 ومعه واجهة المشاركة على الويب: لم يعد لسكايب رابط مشاركة. انسخ الرسالة أدناه والصقها في Teams أو أي محادثة.</translation>
    </message>
</context>
<context>
    <name>core.system_libraries</name>
    <message>
        <source>Nejat Desk cannot open its window: the system library {library} is missing or cannot be loaded. Install the package of your distribution that provides {library}, then start Nejat Desk again.</source>
        <translation>لا يستطيع نجات دسك فتح نافذته: مكتبة النظام {library} مفقودة أو لا يمكن تحميلها. ثبّت حزمة توزيعتك التي توفّر {library}، ثم شغّل نجات دسك من جديد.</translation>
    </message>
    <message>
        <source>Nejat Desk cannot open its window: the system library {library} is missing or cannot be loaded. Install it (on Debian or Ubuntu: sudo apt install {debian}; on Fedora: sudo dnf install {fedora}), then start Nejat Desk again.</source>
        <translation>لا يستطيع نجات دسك فتح نافذته: مكتبة النظام {library} مفقودة أو لا يمكن تحميلها. ثبّتها (في Debian أو Ubuntu:‏ sudo apt install {debian}؛ في Fedora:‏ sudo dnf install {fedora})، ثم شغّل نجات دسك من جديد.</translation>
    </message>
</context>
<context>
    <name>core.textdiff</name>
    <message>
        <source>No differences.</source>
        <translation>لا توجد اختلافات.</translation>
    </message>
</context>
<context>
    <name>exporters.ics</name>
    <message>
        <source>Nejat Desk schedule</source>
        <translation>جدول النشر في Nejat Desk</translation>
    </message>
    <message>
        <source>Edition time: {time} {zone}</source>
        <translation>الوقت في النسخة: {time} {zone}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>الحالة: {status}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>تحذير: {message}</translation>
    </message>
</context>
<context>
    <name>exporters.newsletter</name>
    <message>
        <source>The series {series} has no complete footer (sender name, postal address and unsubscribe line), which mail clients and email law expect; set it in the issue editor or with &apos;nejat-desk schedule footer&apos;.</source>
        <translation>ليس للسلسلة {series} تذييل كامل (اسم المرسِل والعنوان البريدي وسطر إلغاء الاشتراك)، وهو ما تتوقعه برامج البريد وقانون البريد؛ اضبطه في محرر العدد أو بـ&apos;nejat-desk schedule footer&apos;.</translation>
    </message>
    <message>
        <source>There is no publication issue {id}.</source>
        <translation>لا يوجد عدد من الإصدارات بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>{series} is not a Newsletter series; only Newsletter issues render to email.</source>
        <translation>{series} ليست سلسلة نشرة بريدية؛ لا تُحوَّل إلى بريد إلكتروني إلا أعداد النشرة البريدية.</translation>
    </message>
    <message>
        <source>The cover (media {id}) has no web address yet; it was left out.</source>
        <translation>الغلاف (الوسيط {id}) ليس له عنوان ويب بعد؛ لذا استُبعد.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is in the trash; it was left out.</source>
        <translation>«{title}» في سلة المهملات؛ لذا استُبعد.</translation>
    </message>
    <message>
        <source>The image of &apos;{title}&apos; has no web address yet; it was left out.</source>
        <translation>صورة «{title}» ليس لها عنوان ويب بعد؛ لذا استُبعدت.</translation>
    </message>
</context>
<context>
    <name>exporters.wxr</name>
    <message>
        <source>“{title}” has a line longer than {bytes} bytes; WordPress&apos;s fallback line parser (used only when PHP has no XML extension) would split it.</source>
        <translation>«{title}» يحتوي على سطر أطول من {bytes} بايت؛ سيقسمه المحلل السطري الاحتياطي في WordPress (الذي لا يُستخدم إلا حين يفتقر PHP إلى امتداد XML).</translation>
    </message>
    <message>
        <source>“{title}” ({edition}) is scheduled for {time} UTC, which has passed: WordPress will publish it as soon as it is imported.</source>
        <translation>«{title}» ({edition}) مجدول في {time} UTC وقد مضى هذا الموعد: سينشره WordPress فور استيراده.</translation>
    </message>
</context>
<context>
    <name>services.article_list</name>
    <message>
        <source>The start date {text} is not a date (YYYY-MM-DD).</source>
        <translation>تاريخ البداية {text} ليس تاريخًا (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The end date {text} is not a date (YYYY-MM-DD).</source>
        <translation>تاريخ النهاية {text} ليس تاريخًا (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Unknown date field {field}.</source>
        <translation>حقل تاريخ غير معروف: {field}.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>تاريخ النهاية يسبق تاريخ البداية.</translation>
    </message>
    <message>
        <source>Unknown sort column {column}.</source>
        <translation>عمود فرز غير معروف: {column}.</translation>
    </message>
    <message>
        <source>A saved filter needs a name.</source>
        <translation>يحتاج عامل التصفية المحفوظ إلى اسم.</translation>
    </message>
</context>
<context>
    <name>services.articles</name>
    <message>
        <source>The source URL {url} is not a valid http(s) address.</source>
        <translation>رابط المصدر {url} ليس عنوان http(s) صالحًا.</translation>
    </message>
    <message>
        <source>The slug cannot be empty.</source>
        <translation>لا يمكن أن يكون الاسم اللطيف فارغًا.</translation>
    </message>
    <message>
        <source>The slug {slug} may not contain spaces, &apos;/&apos;, &apos;?&apos;, &apos;#&apos;, &apos;%&apos; or &apos;\&apos;.</source>
        <translation>لا يجوز أن يحتوي الاسم اللطيف {slug} على مسافات أو &apos;/&apos; أو &apos;?&apos; أو &apos;#&apos; أو &apos;%&apos; أو &apos;\&apos;.</translation>
    </message>
    <message>
        <source>The slug {slug} may not contain control or direction characters, or be only dots.</source>
        <translation>لا يجوز أن يحوي الاسم اللطيف {slug} محارف تحكم أو اتجاه، أو أن يكون نقاطًا فقط.</translation>
    </message>
    <message>
        <source>The slug is longer than 200 characters.</source>
        <translation>الاسم اللطيف أطول من 200 حرف.</translation>
    </message>
    <message>
        <source>There is no article with id {article_id}.</source>
        <translation>لا يوجد مقال بالمعرّف {article_id}.</translation>
    </message>
    <message>
        <source>Unknown edition {edition}; expected one of {codes}.</source>
        <translation>نسخة غير معروفة: {edition}؛ المتوقع واحدة من: {codes}.</translation>
    </message>
    <message>
        <source>The slug {slug} is already used in the {edition} edition.</source>
        <translation>الاسم اللطيف {slug} مستخدم بالفعل في النسخة {edition}.</translation>
    </message>
    <message>
        <source>Unknown article fields: {fields}.</source>
        <translation>حقول مقال غير معروفة: {fields}.</translation>
    </message>
    <message>
        <source>There is no media item with id {id}.</source>
        <translation>لا يوجد عنصر وسائط بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>Unknown article field {name}.</source>
        <translation>حقل مقال غير معروف: {name}.</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>الحالة: {status}</translation>
    </message>
    <message>
        <source>There is no revision with id {revision_id}.</source>
        <translation>لا توجد مراجعة بالمعرّف {revision_id}.</translation>
    </message>
    <message>
        <source>before restoring revision {revision_id}</source>
        <translation>قبل استعادة المراجعة {revision_id}</translation>
    </message>
    <message>
        <source>Unknown edition {edition}.</source>
        <translation>نسخة غير معروفة: {edition}.</translation>
    </message>
    <message>
        <source>A translation must be in another edition.</source>
        <translation>يجب أن تكون الترجمة في نسخة أخرى.</translation>
    </message>
    <message>
        <source>This article already has a translation in the {edition} edition (article {id}).</source>
        <translation>لهذا المقال ترجمة بالفعل في النسخة {edition} (المقال {id}).</translation>
    </message>
    <message>
        <source>Translations must be in different editions.</source>
        <translation>يجب أن تكون الترجمات في نسخ مختلفة.</translation>
    </message>
    <message>
        <source>The group already has a {edition} version (article {id}).</source>
        <translation>المجموعة لديها بالفعل نسخة {edition} (المقال {id}).</translation>
    </message>
    <message>
        <source>Article {id} is not a translation of another article.</source>
        <translation>المقال {id} ليس ترجمة لمقال آخر.</translation>
    </message>
    <message>
        <source>the table of contents of publication issue {issue}</source>
        <translation>محتويات عدد المطبوعة {issue}</translation>
    </message>
    <message>
        <source>“{title}” is still used in {uses}.</source>
        <translation>«{title}» ما زال مستخدمًا في: {uses}.</translation>
    </message>
    <message>
        <source>Only articles in the trash can be deleted permanently.</source>
        <translation>لا يمكن حذف المقالات نهائيًا إلا إذا كانت في سلة المهملات.</translation>
    </message>
    <message>
        <source>The article is still used.</source>
        <translation>المقال ما زال مستخدمًا.</translation>
    </message>
</context>
<context>
    <name>services.editions</name>
    <message>
        <source>{code}: the edition needs a name and a name in its own language.</source>
        <translation>{code}: تحتاج النسخة إلى اسم واسم بلغتها.</translation>
    </message>
    <message>
        <source>{code}: direction must be &apos;ltr&apos; or &apos;rtl&apos;, not {direction}.</source>
        <translation>{code}: يجب أن يكون الاتجاه &apos;ltr&apos; أو &apos;rtl&apos;، لا {direction}.</translation>
    </message>
    <message>
        <source>{code}: {time_zone} is not a known time zone (e.g. Asia/Tehran).</source>
        <translation>{code}: {time_zone} ليست منطقة زمنية معروفة (مثل Asia/Tehran).</translation>
    </message>
    <message>
        <source>{code}: calendar must be one of {calendars}.</source>
        <translation>{code}: يجب أن يكون التقويم واحدًا من: {calendars}.</translation>
    </message>
    <message>
        <source>{code}: the site URL {site_url} is not an http(s) address.</source>
        <translation>{code}: رابط الموقع {site_url} ليس عنوان http(s).</translation>
    </message>
    <message>
        <source>{code}: the permalink pattern must start with &apos;/&apos; and contain %postname% or %post_id%.</source>
        <translation>{code}: يجب أن يبدأ نمط الرابط الدائم بـ &apos;/&apos; وأن يحتوي على %postname% أو %post_id%.</translation>
    </message>
    <message>
        <source>{code}: unknown permalink tags: {tags}.</source>
        <translation>{code}: وسوم رابط دائم غير معروفة: {tags}.</translation>
    </message>
    <message>
        <source>{code}: {tag} is not a hashtag (letters, digits and _ only).</source>
        <translation>{code}: {tag} ليس وسمًا (حروف وأرقام و_ فقط).</translation>
    </message>
    <message>
        <source>{code}: {platform} is not a platform ({platforms}).</source>
        <translation>{code}: {platform} ليست منصة معروفة ({platforms}).</translation>
    </message>
    <message>
        <source>{code}: the {platform} handle is empty.</source>
        <translation>{code}: معرّف {platform} فارغ.</translation>
    </message>
    <message>
        <source>There is no edition {code}.</source>
        <translation>لا توجد نسخة {code}.</translation>
    </message>
    <message>
        <source>Unknown edition setting {key}.</source>
        <translation>إعداد نسخة غير معروف: {key}.</translation>
    </message>
</context>
<context>
    <name>services.export</name>
    <message>
        <source>Unknown edition {code}; expected one of {codes}.</source>
        <translation>نسخة غير معروفة {code}؛ المتوقع إحدى هذه: {codes}.</translation>
    </message>
    <message>
        <source>Unknown status {status}; expected one of {allowed}.</source>
        <translation>حالة غير معروفة {status}؛ المتوقع إحدى هذه: {allowed}.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>تاريخ البداية بعد تاريخ النهاية.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Unknown export format {format}; expected one of {formats}.</source>
        <translation>صيغة تصدير غير معروفة {format}؛ المتوقع إحدى هذه: {formats}.</translation>
    </message>
    <message>
        <source>Stale translations carried (their original changed since they were translated or marked as up to date): {articles}.</source>
        <translation>ترجمات متقادمة مضمَّنة (تغيّر أصلها منذ ترجمتها أو وسمها كمحدَّثة): {articles}.</translation>
    </message>
</context>
<context>
    <name>services.export_body_media</name>
    <message>
        <source>{article}: a picture in the body is not in the media library and was left out ({references}).</source>
        <translation>{article}: صورة في النص ليست في مكتبة الوسائط، لذا استُبعدت ({references}).</translation>
    </message>
    <message>
        <source>{article}: a picture in the body has no address on the site and was left out ({references}); give a media base URL to keep it.</source>
        <translation>{article}: صورة في النص ليس لها عنوان على الموقع، لذا استُبعدت ({references})؛ أدخل العنوان الأساسي للوسائط للإبقاء عليها.</translation>
    </message>
</context>
<context>
    <name>services.export_destination</name>
    <message>
        <source>{path} is the library folder or inside it ({library}). An export never writes there; choose a folder outside the library.</source>
        <translation>{path} هو مجلد المكتبة أو داخله ({library}). لا يكتب التصدير هناك أبدًا؛ اختر مجلدًا خارج المكتبة.</translation>
    </message>
    <message>
        <source>{path} is a folder; this export writes one file. Choose a file name, for example {example}.</source>
        <translation>{path} مجلد؛ وهذا التصدير يكتب ملفًا واحدًا. اختر اسم ملف، مثل {example}.</translation>
    </message>
    <message>
        <source>{path} already exists and is not a previous {format} export of Nejat Desk, so it is left as it is. Choose a new file name, or move that file away first.</source>
        <translation>{path} موجود وليس تصديرًا سابقًا بصيغة {format} من نجات دسك، فيُترك كما هو. اختر اسم ملف جديدًا، أو انقل ذلك الملف أولًا.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; this export writes a folder. Choose a new folder name.</source>
        <translation>{path} ملف لا مجلد؛ وهذا التصدير يكتب مجلدًا. اختر اسم مجلد جديدًا.</translation>
    </message>
    <message>
        <source>{path} holds a {other} export of Nejat Desk, not a {format} one; choose an empty folder, or a new one such as {suggestion}.</source>
        <translation>{path} يحوي تصدير {other} من نجات دسك لا تصدير {format}؛ اختر مجلدًا فارغًا أو جديدًا مثل {suggestion}.</translation>
    </message>
    <message>
        <source>{path} is not empty and is not a previous export of Nejat Desk, so nothing in it is touched. Choose an empty folder, or a new one such as {suggestion}.</source>
        <translation>{path} ليس فارغًا وليس تصديرًا سابقًا من نجات دسك، فلا يُمسّ شيء فيه. اختر مجلدًا فارغًا أو جديدًا مثل {suggestion}.</translation>
    </message>
    <message>
        <source>{path} is in the way of the export and was not written by it; choose another folder.</source>
        <translation>{path} يعترض طريق التصدير ولم يكتبه؛ اختر مجلدًا آخر.</translation>
    </message>
</context>
<context>
    <name>services.export_files</name>
    <message>
        <source>media {name}: not included ({error})</source>
        <translation>الوسيط {name}: لم يُضمَّن ({error})</translation>
    </message>
</context>
<context>
    <name>services.galleries</name>
    <message>
        <source>There is no gallery #{id}.</source>
        <translation>لا يوجد معرض رقم {id}.</translation>
    </message>
    <message>
        <source>Unknown gallery kind {kind}; one of: {kinds}.</source>
        <translation>نوع المعرض {kind} غير معروف؛ الأنواع الممكنة: {kinds}.</translation>
    </message>
    <message>
        <source>A gallery needs a title in at least one edition.</source>
        <translation>يحتاج المعرض إلى عنوان في نسخة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>A picture can be in a gallery only once.</source>
        <translation>لا يمكن أن تظهر الصورة في المعرض إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>No media item #{id}.</source>
        <translation>لا يوجد وسيط رقم {id}.</translation>
    </message>
    <message>
        <source>A schedule time needs a time zone.</source>
        <translation>يحتاج وقت الجدولة إلى منطقة زمنية.</translation>
    </message>
    <message>
        <source>The gallery has no title in any edition.</source>
        <translation>ليس للمعرض عنوان في أي نسخة.</translation>
    </message>
    <message>
        <source>The gallery has no pictures.</source>
        <translation>لا صور في المعرض.</translation>
    </message>
    <message>
        <source>Unknown status {status}.</source>
        <translation>الحالة {status} غير معروفة.</translation>
    </message>
    <message>
        <source>Set the date and time before scheduling the gallery.</source>
        <translation>حدّد التاريخ والوقت قبل جدولة المعرض.</translation>
    </message>
    <message>
        <source>“{gallery}” is on the schedule (planned entries: {count}, first due {due} UTC). Remove it from the schedule first.</source>
        <translation>«{gallery}» مدرج في جدول النشر (المواعيد المخططة: {count}، أولها {due} بتوقيت UTC). أزله من جدول النشر أولًا.</translation>
    </message>
    <message>
        <source>schedule entry #{id}</source>
        <translation>الموعد رقم {id} في جدول النشر</translation>
    </message>
    <message>
        <source>Only a gallery in the trash can be deleted for good.</source>
        <translation>لا يمكن حذف المعرض نهائيًا إلا إذا كان في سلة المهملات.</translation>
    </message>
    <message>
        <source>There is no gallery {gallery} (give its number or slug).</source>
        <translation>لا يوجد معرض {gallery} (اذكر رقمه أو اسمه اللطيف).</translation>
    </message>
</context>
<context>
    <name>services.hootsuite</name>
    <message>
        <source>Unknown time zone {zone}; give a name such as UTC, Asia/Baghdad or Europe/Tirane (the time zone of the Hootsuite account).</source>
        <translation>منطقة زمنية مجهولة {zone}؛ أعطِ اسمًا مثل UTC أو Asia/Baghdad أو Europe/Tirane (المنطقة الزمنية لحساب Hootsuite).</translation>
    </message>
    <message>
        <source>{slug} ({platform}): {time} {zone} is in the past or less than 15 minutes from now; left out, because Hootsuite refuses the whole file for it.</source>
        <translation>{slug} ({platform}): {time} {zone} في الماضي أو بعد أقل من ١٥ دقيقة؛ استُبعد، لأن Hootsuite يرفض الملف كله بسببه.</translation>
    </message>
    <message>
        <source>{slug} ({platform}): {time} moved to {rounded}; Hootsuite takes only times ending in 0 or 5.</source>
        <translation>{slug} ({platform}): نُقل {time} إلى {rounded}؛ لا يقبل Hootsuite إلا الأوقات المنتهية بـ0 أو 5.</translation>
    </message>
    <message>
        <source>Times are in {zone}; Hootsuite reads them in the time zone of the account they are uploaded to, so that account must be set to {zone}.</source>
        <translation>الأوقات بتوقيت {zone}؛ يقرؤها Hootsuite بالمنطقة الزمنية للحساب الذي تُرفع إليه، فيجب ضبط ذلك الحساب على {zone}.</translation>
    </message>
    <message>
        <source>{count} posts, more than Hootsuite&apos;s {limit} a file: split into {files} files, to upload one after another: {names}.</source>
        <translation>{count} منشورًا، أكثر من حدّ Hootsuite البالغ {limit} للملف: قُسّمت على {files} ملفات تُرفع واحدًا بعد آخر: {names}.</translation>
    </message>
</context>
<context>
    <name>services.library_check</name>
    <message>
        <source>{ids} and {count} more</source>
        <translation>{ids} و{count} غيرها</translation>
    </message>
    <message>
        <source>the database cannot be opened: {error}</source>
        <translation>تعذّر فتح قاعدة البيانات: {error}</translation>
    </message>
    <message>
        <source>database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>فهرس البحث</translation>
    </message>
    <message>
        <source>media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>database: {problem}</source>
        <translation>قاعدة البيانات: {problem}</translation>
    </message>
    <message>
        <source>database: {count} more problems</source>
        <translation>قاعدة البيانات: مشكلات أخرى عددها {count}</translation>
    </message>
    <message>
        <source>foreign key: {table} row {row} points to a missing {parent} row</source>
        <translation>مفتاح خارجي: الصف {row} في {table} يشير إلى صف غير موجود في {parent}</translation>
    </message>
    <message>
        <source>search index: FTS5 integrity check failed ({error})</source>
        <translation>فهرس البحث: فشل فحص سلامة FTS5 ({error})</translation>
    </message>
    <message>
        <source>search index: {count} article(s) not indexed (ids {ids})</source>
        <translation>فهرس البحث: عدد المقالات غير المفهرسة: {count} (المعرّفات: {ids})</translation>
    </message>
    <message>
        <source>search index: {count} entry(ies) for missing or trashed articles (ids {ids})</source>
        <translation>فهرس البحث: عدد المدخلات لمقالات مفقودة أو في سلة المهملات: {count} (المعرّفات: {ids})</translation>
    </message>
    <message>
        <source>media: {count} file(s) missing from the media store (media ids {ids})</source>
        <translation>الوسائط: عدد الملفات المفقودة من مخزن الوسائط: {count} (معرّفات الوسائط: {ids})</translation>
    </message>
    <message>
        <source>media: {count} file(s) with the wrong size (media ids {ids})</source>
        <translation>الوسائط: عدد الملفات ذات الحجم الخاطئ: {count} (معرّفات الوسائط: {ids})</translation>
    </message>
    <message>
        <source>media: {count} file(s) whose content no longer matches its SHA-256 (media ids {ids})</source>
        <translation>الوسائط: عدد الملفات التي لم يعد محتواها يطابق بصمة SHA-256 الخاصة بها: {count} (معرّفات الوسائط: {ids})</translation>
    </message>
</context>
<context>
    <name>services.markdown_import</name>
    <message>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>حُدّث</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تُخطّي</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>{count} created</source>
        <translation>أُنشئ: {count}</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>حُدّث: {count}</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>دون تغيير: {count}</translation>
    </message>
    <message>
        <source>{count} conflict</source>
        <translation>تعارض: {count}</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>تُخطّي: {count}</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>فشل: {count}</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>لا شيء للاستيراد</translation>
    </message>
    <message>
        <source>not a Markdown file</source>
        <translation>ليس ملف Markdown</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>the file is {size} MB, larger than the 20 MB an article may be</source>
        <translation>حجم الملف {size} م.ب، أكبر من ٢٠ م.ب المسموح بها للمقال</translation>
    </message>
    <message>
        <source>cannot be read ({problem})</source>
        <translation>تتعذّر قراءته ({problem})</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {offset})</source>
        <translation>ليس نصًا بترميز UTF-8 (البايت {offset})</translation>
    </message>
    <message>
        <source>the body is too complex to format in time: it is kept as written and shown as plain text</source>
        <translation>النص أعقد من أن يُنسَّق في الوقت المتاح: يُحفظ كما كُتب ويُعرض نصًا عاديًا</translation>
    </message>
    <message>
        <source>could not be stored: it clashes with something already in the library (details in the log)</source>
        <translation>تعذّر حفظه: يتعارض مع شيء موجود في المكتبة (التفاصيل في السجل)</translation>
    </message>
    <message>
        <source>could not be stored ({problem})</source>
        <translation>تعذّر حفظه ({problem})</translation>
    </message>
    <message>
        <source>incoming text from an import; the library&apos;s copy was kept</source>
        <translation>نص وارد من استيراد؛ احتُفظ بنسخة المكتبة</translation>
    </message>
    <message>
        <source>edited in the library since the last import: kept the library&apos;s text, stored the incoming text as a revision</source>
        <translation>عُدّل في المكتبة منذ آخر استيراد: احتُفظ بنص المكتبة وحُفظ النص الوارد كمراجعة</translation>
    </message>
</context>
<context>
    <name>services.media</name>
    <message>
        <source>&apos;{field}&apos; cannot be edited here.</source>
        <translation>لا يمكن تعديل «{field}» هنا.</translation>
    </message>
    <message>
        <source>A rating is from 0 to 5 stars.</source>
        <translation>التقييم من 0 إلى 5 نجوم.</translation>
    </message>
    <message>
        <source>The focal point must lie inside the picture.</source>
        <translation>يجب أن تقع نقطة التركيز داخل الصورة.</translation>
    </message>
    <message>
        <source>{name} (media #{id})</source>
        <translation>{name} (الوسيط رقم {id})</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names}، وعناصر أخرى عددها {count}</translation>
    </message>
    <message>
        <source>Alt text is missing in the {edition} edition for: {names}.</source>
        <translation>النص البديل مفقود في النسخة {edition} للعناصر التالية: {names}.</translation>
    </message>
    <message>
        <source>featured image of article #{id} “{title}”</source>
        <translation>الصورة البارزة للمقال رقم {id} «{title}»</translation>
    </message>
    <message>
        <source>attached to article #{id} “{title}”</source>
        <translation>مرفق بالمقال رقم {id} «{title}»</translation>
    </message>
    <message>
        <source>in gallery #{id} “{title}”</source>
        <translation>في المعرض رقم {id} «{title}»</translation>
    </message>
    <message>
        <source>cover of gallery #{id} “{title}”</source>
        <translation>غلاف المعرض رقم {id} «{title}»</translation>
    </message>
    <message>
        <source>cover of issue #{id} “{title}”</source>
        <translation>غلاف العدد ذي المعرّف {id} «{title}»</translation>
    </message>
    <message>
        <source>PDF of issue #{id} “{title}”</source>
        <translation>ملف PDF للعدد ذي المعرّف {id} «{title}»</translation>
    </message>
    <message>
        <source>poster of video #{id} “{title}”</source>
        <translation>ملصق الفيديو رقم {id} «{title}»</translation>
    </message>
    <message>
        <source>{use} (in the trash)</source>
        <translation>{use} (في سلة المهملات)</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>العدد {number}</translation>
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
        <translation>{uses}؛ واستخدامات أخرى عددها {count}</translation>
    </message>
    <message>
        <source>{what} is still used: {uses}. Remove it from there first.</source>
        <translation>{what} ما زال مستخدمًا: {uses}. أزله من هناك أولًا.</translation>
    </message>
    <message>
        <source>Only media in the trash can be deleted for good.</source>
        <translation>لا يمكن حذف الوسائط نهائيًا إلا إذا كانت في سلة المهملات.</translation>
    </message>
    <message>
        <source>{url} is not a YouTube, Vimeo or Aparat video address.</source>
        <translation>{url} ليس رابط فيديو على YouTube أو Vimeo أو Aparat.</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>لا ملف</translation>
    </message>
    <message>
        <source>The poster image could not be used: {reason}</source>
        <translation>تعذّر استخدام صورة الملصق: {reason}</translation>
    </message>
    <message>
        <source>The poster image is media #{id}, which is in the trash: restore it first, or choose another picture.</source>
        <translation>صورة الملصق هي الوسيط رقم {id}، وهو في سلة المهملات: استعده أولًا أو اختر صورة أخرى.</translation>
    </message>
    <message>
        <source>This video is already in the library (media #{id}).</source>
        <translation>هذا الفيديو موجود في المكتبة من قبل (الوسيط رقم {id}).</translation>
    </message>
</context>
<context>
    <name>services.media_import</name>
    <message>
        <source>imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>مكرّر</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تُخطّي</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
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
        <translation>المستورَدة: {imported}، الموجودة في المكتبة من قبل: {duplicates}، الفاشلة: {failed}، المتخطّاة: {skipped}؛ أُلغي الاستيراد (غير المستورَدة: {cancelled})</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} already in the library, {failed} failed, {skipped} skipped</source>
        <translation>المستورَدة: {imported}، الموجودة في المكتبة من قبل: {duplicates}، الفاشلة: {failed}، المتخطّاة: {skipped}</translation>
    </message>
    <message>
        <source>is a broken link; not imported</source>
        <translation>رابط معطوب؛ لم يُستورد</translation>
    </message>
    <message>
        <source>is inside the library&apos;s own folder; not imported</source>
        <translation>داخل مجلد المكتبة نفسها؛ لم يُستورد</translation>
    </message>
    <message>
        <source>is a link to a folder outside the imported folder; not followed</source>
        <translation>رابط إلى مجلد خارج المجلد المستورَد؛ لم يُتتبَّع</translation>
    </message>
    <message>
        <source>is a link to a file outside the imported folder; not followed</source>
        <translation>رابط إلى ملف خارج المجلد المستورَد؛ لم يُتتبَّع</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>تتعذّر قراءته: الإذن مرفوض</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>تتعذّر قراءته: {reason}</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket); not imported</source>
        <translation>ليس ملفًا عاديًا (جهاز أو أنبوب أو مقبس)؛ لم يُستورد</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes); not imported</source>
        <translation>الملف فارغ (0 بايت)؛ لم يُستورد</translation>
    </message>
    <message>
        <source>is named like a {type} but its content is not one (nor any image, PDF or video we import): damaged or mislabelled; not imported</source>
        <translation>اسمه يوحي بأنه {type} لكن محتواه ليس كذلك (وليس صورة ولا PDF ولا فيديو مما نستورده): تالف أو موسوم خطأً؛ لم يُستورد</translation>
    </message>
    <message>
        <source>is not an image, PDF or video we can import</source>
        <translation>ليس صورة ولا PDF ولا فيديو مما يمكننا استيراده</translation>
    </message>
    <message>
        <source>named {extension} but it is really a {type}; imported as one</source>
        <translation>امتداده {extension} لكنه في الحقيقة {type}؛ استُورد على هذا الأساس</translation>
    </message>
    <message>
        <source>has no extension but it is really a {type}; imported as one</source>
        <translation>بلا امتداد لكنه في الحقيقة {type}؛ استُورد على هذا الأساس</translation>
    </message>
    <message>
        <source>the file needs more memory to decode than there is; not imported</source>
        <translation>يحتاج فكّ ترميز الملف إلى ذاكرة أكثر من المتاحة؛ لم يُستورد</translation>
    </message>
    <message>
        <source>not imported: the import was cancelled</source>
        <translation>لم يُستورد: أُلغي الاستيراد</translation>
    </message>
    <message>
        <source>could not be copied into the library: {reason}</source>
        <translation>تعذّر نسخه إلى المكتبة: {reason}</translation>
    </message>
    <message>
        <source>unexpected error ({error}); not imported</source>
        <translation>خطأ غير متوقع ({error})؛ لم يُستورد</translation>
    </message>
    <message>
        <source>the same file appears earlier in this import; kept once</source>
        <translation>الملف نفسه ورد في موضع سابق من هذا الاستيراد؛ احتُفظ به مرة واحدة</translation>
    </message>
    <message>
        <source>already in the library (media #{id}, in the trash: restore it from there); kept one copy</source>
        <translation>موجود في المكتبة من قبل (الوسيط رقم {id}، في سلة المهملات: استعده من هناك)؛ احتُفظ به مرة واحدة</translation>
    </message>
    <message>
        <source>already in the library (media #{id}); kept one copy</source>
        <translation>موجود في المكتبة من قبل (الوسيط رقم {id})؛ احتُفظ به مرة واحدة</translation>
    </message>
    <message>
        <source>not added to the gallery while it is in the trash</source>
        <translation>لا يُضاف إلى المعرض ما دام في سلة المهملات</translation>
    </message>
    <message>
        <source>added to the gallery</source>
        <translation>أُضيف إلى المعرض</translation>
    </message>
    <message>
        <source>could not be added to the gallery ({reason})</source>
        <translation>تعذّرت إضافته إلى المعرض ({reason})</translation>
    </message>
    <message>
        <source>looks like a near-duplicate of media #{id} (a resized or re-encoded copy?)</source>
        <translation>يبدو شبه مكرر للوسيط رقم {id} (هل هو الملف نفسه بحجم آخر أو بترميز آخر؟)</translation>
    </message>
    <message>
        <source>could not be stored: {reason}; not imported</source>
        <translation>تعذّر تخزينه: {reason}؛ لم يُستورد</translation>
    </message>
    <message>
        <source>{type}, {width} x {height} (media #{id})</source>
        <translation>{type}، {width} × {height} (الوسيط رقم {id})</translation>
    </message>
    <message>
        <source>{type} (media #{id})</source>
        <translation>{type} (الوسيط رقم {id})</translation>
    </message>
</context>
<context>
    <name>services.media_probe</name>
    <message>
        <source>the image says it has no pixels</source>
        <translation>تقول الصورة إنه لا بكسلات فيها</translation>
    </message>
    <message>
        <source>the image claims {width} x {height} pixels, more than the {limit} megapixels allowed (a decompression bomb?); not imported</source>
        <translation>تدّعي الصورة أن أبعادها {width} × {height} بكسل، أي أكثر من الحدّ المسموح به وهو {limit} ميغابكسل (قنبلة فكّ ضغط؟)؛ لم يُستورد</translation>
    </message>
    <message>
        <source>the image claims more than the {limit} megapixels that can be decoded safely (a decompression bomb?); not imported</source>
        <translation>تدّعي الصورة أكثر من {limit} ميغابكسل، وهو أقصى ما يمكن فكّ ترميزه بأمان (قنبلة فكّ ضغط؟)؛ لم يُستورد</translation>
    </message>
    <message>
        <source>the file is damaged: {reason}</source>
        <translation>الملف تالف: {reason}</translation>
    </message>
    <message>
        <source>the file is damaged: no readable image in it</source>
        <translation>الملف تالف: لا صورة مقروءة فيه</translation>
    </message>
    <message>
        <source>the file is truncated (it ends before the image does); not imported</source>
        <translation>الملف مبتور (ينتهي قبل أن تنتهي الصورة)؛ لم يُستورد</translation>
    </message>
    <message>
        <source>the file starts like a {type} but is not one; not imported</source>
        <translation>يبدأ الملف كأنه {type} لكنه ليس كذلك؛ لم يُستورد</translation>
    </message>
    <message>
        <source>the file is truncated or damaged after frame {frame} ({reason}); not imported</source>
        <translation>الملف مبتور أو تالف بعد الإطار {frame} ({reason})؛ لم يُستورد</translation>
    </message>
    <message>
        <source>its IPTC block is damaged and was ignored</source>
        <translation>كتلة IPTC فيه تالفة وقد أُهملت</translation>
    </message>
    <message>
        <source>the PDF is protected by a password; not imported</source>
        <translation>ملف PDF محمي بكلمة مرور؛ لم يُستورد</translation>
    </message>
    <message>
        <source>the PDF is damaged or truncated ({reason}); not imported</source>
        <translation>ملف PDF تالف أو مبتور ({reason})؛ لم يُستورد</translation>
    </message>
    <message>
        <source>the PDF has no pages; not imported</source>
        <translation>ملف PDF بلا صفحات؛ لم يُستورد</translation>
    </message>
    <message>
        <source>the PDF&apos;s first page cannot be drawn ({reason}); not imported</source>
        <translation>يتعذّر عرض الصفحة الأولى من ملف PDF ({reason})؛ لم يُستورد</translation>
    </message>
    <message>
        <source>ffprobe is not installed: the video was stored without its size or a poster frame</source>
        <translation>ffprobe غير مثبّت: خُزّن الفيديو دون أبعاده ودون إطار ملصق</translation>
    </message>
    <message>
        <source>reading the video took too long; not imported</source>
        <translation>استغرقت قراءة الفيديو وقتًا أطول من اللازم؛ لم يُستورد</translation>
    </message>
    <message>
        <source>the video is damaged or truncated: no playable picture in it ({reason}); not imported</source>
        <translation>الفيديو تالف أو مبتور: لا صورة قابلة للتشغيل فيه ({reason})؛ لم يُستورد</translation>
    </message>
    <message>
        <source>the video is damaged or truncated: no playable picture in it; not imported</source>
        <translation>الفيديو تالف أو مبتور: لا صورة قابلة للتشغيل فيه؛ لم يُستورد</translation>
    </message>
    <message>
        <source>no poster frame could be taken from the video</source>
        <translation>تعذّر أخذ إطار ملصق من الفيديو</translation>
    </message>
    <message>
        <source>ffmpeg is not installed: the video has no poster frame</source>
        <translation>ffmpeg غير مثبّت: لا إطار ملصق للفيديو</translation>
    </message>
</context>
<context>
    <name>services.media_records</name>
    <message>
        <source>There is no media item #{id}.</source>
        <translation>لا يوجد وسيط رقم {id}.</translation>
    </message>
</context>
<context>
    <name>services.preflight</name>
    <message>
        <source>“{title}” cannot go out yet; fix these or override them with a reason:
{findings}</source>
        <translation>لا يمكن نشر «{title}» بعد؛ أصلح هذه أو تجاوزها بسبب:
{findings}</translation>
    </message>
    <message>
        <source>There is no edition {code}.</source>
        <translation>لا توجد نسخة {code}.</translation>
    </message>
    <message>
        <source>The original of this translation changed since it was translated; bring it up to date, or mark it as up to date.</source>
        <translation>تغيّر أصل هذه الترجمة منذ ترجمتها؛ حدّثها أو اوسمها كمحدَّثة.</translation>
    </message>
    <message>
        <source>Translations of this article made before its last changes: {count}.</source>
        <translation>ترجمات هذا المقال المصنوعة قبل آخر تغييراته: {count}.</translation>
    </message>
    <message>
        <source>There is no gallery with id {id}.</source>
        <translation>لا يوجد معرض بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>The gallery has no title in the {edition} edition.</source>
        <translation>ليس للمعرض عنوان في النسخة {edition}.</translation>
    </message>
    <message>
        <source>The gallery has no pictures.</source>
        <translation>لا صور في المعرض.</translation>
    </message>
    <message>
        <source>The gallery has no cover picture.</source>
        <translation>المعرض بلا صورة غلاف.</translation>
    </message>
    <message>
        <source>There is no publication issue with id {id}.</source>
        <translation>لا يوجد عدد مطبوعة بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>The issue has no PDF.</source>
        <translation>العدد بلا PDF.</translation>
    </message>
    <message>
        <source>The issue has neither a PDF nor any article in its table of contents.</source>
        <translation>ليس للعدد PDF ولا أي مقال في جدول محتوياته.</translation>
    </message>
    <message>
        <source>The issue has no cover picture.</source>
        <translation>العدد بلا صورة غلاف.</translation>
    </message>
    <message>
        <source>“{title}” in the table of contents is in the trash.</source>
        <translation>«{title}» في جدول المحتويات موجود في سلة المهملات.</translation>
    </message>
    <message>
        <source>“{title}” in the table of contents is not published ({status}).</source>
        <translation>«{title}» في جدول المحتويات غير منشور ({status}).</translation>
    </message>
    <message>
        <source>Pre-flight overridden: {reason} (blocking: {findings})</source>
        <translation>تُجووز فحص ما قبل النشر: {reason} (المانع: {findings})</translation>
    </message>
    <message>
        <source>There is no article with id {article_id}.</source>
        <translation>لا يوجد مقال بالمعرّف {article_id}.</translation>
    </message>
    <message>
        <source>The link {url} on line {line} did not answer well ({problem}).</source>
        <translation>لم يُجب الرابط {url} في السطر {line} إجابة سليمة ({problem}).</translation>
    </message>
</context>
<context>
    <name>services.preflight_checks</name>
    <message>
        <source>The link {url} goes to the {edition} edition of this article, which does not exist yet.</source>
        <translation>يذهب الرابط {url} إلى النسخة {edition} من هذا المقال، وهي غير موجودة بعد.</translation>
    </message>
    <message>
        <source>The link {url} goes to an article the {edition} edition of the library does not have.</source>
        <translation>يذهب الرابط {url} إلى مقال ليس في النسخة {edition} من المكتبة.</translation>
    </message>
    <message>
        <source>The link {url} goes to an article in the trash.</source>
        <translation>يذهب الرابط {url} إلى مقال في سلة المهملات.</translation>
    </message>
    <message>
        <source>The link {url} goes to an article that is not published ({status}) and not scheduled to go out before this one.</source>
        <translation>يذهب الرابط {url} إلى مقال غير منشور ({status}) وغير مجدول للنشر قبل هذا.</translation>
    </message>
    <message>
        <source>There is no {edition} translation yet; the {own} edition plans one for every article.</source>
        <translation>لا ترجمة {edition} بعد؛ تخطط النسخة {own} لواحدة لكل مقال.</translation>
    </message>
    <message>
        <source>The planned time {when} is in the past: the site publishes it at once.</source>
        <translation>الوقت المخطَّط {when} في الماضي: ينشره الموقع فورًا.</translation>
    </message>
    <message>
        <source>“{title}” is already planned in the {edition} edition at the same time.</source>
        <translation>«{title}» مخطَّط بالفعل في النسخة {edition} في الوقت نفسه.</translation>
    </message>
    <message>
        <source>Outbox job {job} is in conflict with the site: resolve it in Sites before this goes out.</source>
        <translation>مهمة صندوق الصادر {job} في تعارض مع الموقع: احسمها في المواقع قبل نشر هذا.</translation>
    </message>
    <message>
        <source>Outbox job {job} failed: {error}</source>
        <translation>فشلت مهمة صندوق الصادر {job}: {error}</translation>
    </message>
</context>
<context>
    <name>services.publications</name>
    <message>
        <source>Unknown edition {edition}; expected one of {codes}.</source>
        <translation>نسخة غير معروفة {edition}؛ المتوقع إحدى هذه: {codes}.</translation>
    </message>
    <message>
        <source>A series needs a name.</source>
        <translation>تحتاج السلسلة إلى اسم.</translation>
    </message>
    <message>
        <source>A series with the slug {slug} already exists.</source>
        <translation>توجد سلسلة بالاسم اللطيف {slug} مسبقًا.</translation>
    </message>
    <message>
        <source>There is no publication issue {id}.</source>
        <translation>لا يوجد عدد من المطبوعة بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>The issue number must be 1 or more.</source>
        <translation>يجب أن يكون رقم العدد 1 أو أكثر.</translation>
    </message>
    <message>
        <source>An article appears twice in the table of contents.</source>
        <translation>يظهر مقال مرتين في المحتويات.</translation>
    </message>
    <message>
        <source>There is no publication series {id}.</source>
        <translation>لا توجد سلسلة مطبوعة بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>A footer field may hold at most {limit} characters; this one has {count}.</source>
        <translation>يتّسع حقل التذييل لـ{limit} حرفًا على الأكثر؛ وهذا فيه {count}.</translation>
    </message>
    <message>
        <source>There is no publication series {slug}.</source>
        <translation>لا سلسلة منشورات {slug}.</translation>
    </message>
    <message>
        <source>{series} already has an issue number {number}.</source>
        <translation>لدى {series} عدد برقم {number} مسبقًا.</translation>
    </message>
    <message>
        <source>The cover media item {id} does not exist.</source>
        <translation>وسيط الغلاف رقم {id} غير موجود.</translation>
    </message>
    <message>
        <source>The cover must be an image, not a {kind} (media item {id}).</source>
        <translation>يجب أن يكون الغلاف صورة، لا {kind} (الوسيط رقم {id}).</translation>
    </message>
    <message>
        <source>The PDF media item {id} does not exist.</source>
        <translation>وسيط PDF رقم {id} غير موجود.</translation>
    </message>
    <message>
        <source>The PDF must be a pdf, not a {kind} (media item {id}).</source>
        <translation>يجب أن يكون ملف PDF من نوع pdf، لا {kind} (الوسيط رقم {id}).</translation>
    </message>
    <message>
        <source>The article {id} in the table of contents does not exist.</source>
        <translation>المقال رقم {id} في المحتويات غير موجود.</translation>
    </message>
</context>
<context>
    <name>services.renditions</name>
    <message>
        <source>Renditions are made from images (or a remote video&apos;s poster).</source>
        <translation>تُنشأ المقاسات الجاهزة للنشر من الصور فقط (أو من ملصق فيديو مستضاف).</translation>
    </message>
    <message>
        <source>A video hosted elsewhere has no file to copy.</source>
        <translation>الفيديو المستضاف في موقع آخر ليس له ملف يمكن نسخه.</translation>
    </message>
    <message>
        <source>The stored file of media #{id} is missing from the library folder.</source>
        <translation>الملف المخزَّن للوسيط رقم {id} مفقود من مجلد المكتبة.</translation>
    </message>
    <message>
        <source>ffmpeg is not installed, so the video&apos;s location and camera data cannot be removed; it was not exported.</source>
        <translation>ffmpeg غير مثبّت، لذا لا يمكن إزالة بيانات الموقع الجغرافي والكاميرا من الفيديو؛ لم يُصدَّر.</translation>
    </message>
    <message>
        <source>ffmpeg could not re-write the video without its metadata: {reason}</source>
        <translation>تعذّر على ffmpeg إعادة كتابة الفيديو دون بياناته الوصفية: {reason}</translation>
    </message>
</context>
<context>
    <name>services.schedule</name>
    <message>
        <source>The end of the date range must be after its start.</source>
        <translation>يجب أن تكون نهاية النطاق الزمني بعد بدايته.</translation>
    </message>
    <message>
        <source>Unknown kind {kinds}; expected {expected}.</source>
        <translation>نوع غير معروف: {kinds}؛ المتوقع أحد هذه: {expected}.</translation>
    </message>
    <message>
        <source>{key} is not a calendar item (expected kind:id, e.g. article:12).</source>
        <translation>{key} ليس عنصرًا في جدول النشر (المتوقع kind:id، مثل article:12).</translation>
    </message>
    <message>
        <source>There is no article {id} to schedule (it was deleted?).</source>
        <translation>لا يوجد مقال بالمعرّف {id} لجدولته (هل حُذف؟).</translation>
    </message>
    <message>
        <source>There is no gallery {id} to schedule (it was deleted?).</source>
        <translation>لا يوجد معرض بالمعرّف {id} لجدولته (هل حُذف؟).</translation>
    </message>
    <message>
        <source>There is no issue {id} to schedule (it was deleted?).</source>
        <translation>لا يوجد عدد بالمعرّف {id} لجدولته (هل حُذف؟).</translation>
    </message>
    <message>
        <source>There is no social post {id} to schedule (it was deleted?).</source>
        <translation>لا يوجد منشور تواصل بالمعرّف {id} لجدولته (هل حُذف؟).</translation>
    </message>
    <message>
        <source>Gallery {id}</source>
        <translation>المعرض {id}</translation>
    </message>
    <message>
        <source>There is no article {slug} in the {edition} edition.</source>
        <translation>لا يوجد مقال {slug} في النسخة {edition}.</translation>
    </message>
    <message>
        <source>There is no issue {number} of the series {series}.</source>
        <translation>لا يوجد العدد {number} من السلسلة {series}.</translation>
    </message>
    <message>
        <source>There is no gallery {slug}.</source>
        <translation>لا يوجد معرض {slug}.</translation>
    </message>
    <message>
        <source>There is no schedule entry {id}.</source>
        <translation>لا يوجد بند في جدول النشر بالمعرّف {id}.</translation>
    </message>
</context>
<context>
    <name>services.trash</name>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
</context>
<context>
    <name>services.wordpress.client</name>
    <message>
        <source>The site address is empty.</source>
        <translation>عنوان الموقع فارغ.</translation>
    </message>
    <message>
        <source>{url} is not a web address (http:// or https://).</source>
        <translation>{url} ليس عنوان ويب (http:// أو https://).</translation>
    </message>
    <message>
        <source>The answer from {site} is larger than {megabytes} MB, more than any answer the desk expects; it stopped reading it.</source>
        <translation>الرد من {site} أكبر من {megabytes} م.ب، أكثر من أي رد يتوقعه المكتب؛ توقّف عن قراءته.</translation>
    </message>
    <message>
        <source>{site} took more than {seconds} seconds to answer; the desk stopped waiting. The request may or may not have been carried out.</source>
        <translation>استغرق {site} أكثر من {seconds} ثانية للرد؛ توقّف المكتب عن الانتظار. ربما نُفّذ الطلب وربما لا.</translation>
    </message>
    <message>
        <source>{site} did not answer (connection timed out).</source>
        <translation>لم يستجب {site} (انتهت مهلة الاتصال).</translation>
    </message>
    <message>
        <source>{site} took too long to answer; the request may or may not have been carried out.</source>
        <translation>استغرق {site} وقتًا طويلًا للرد؛ قد يكون الطلب نُفّذ وقد لا يكون.</translation>
    </message>
    <message>
        <source>The connection to {site} broke off ({reason}); the request may or may not have been carried out.</source>
        <translation>انقطع الاتصال بـ{site} ({reason})؛ قد يكون الطلب نُفّذ وقد لا يكون.</translation>
    </message>
    <message>
        <source>The site refused the user name or Application Password.</source>
        <translation>رفض الموقع اسم المستخدم أو كلمة مرور التطبيق.</translation>
    </message>
    <message>
        <source>The site did not accept the sign-in for {route}.</source>
        <translation>لم يقبل الموقع تسجيل الدخول لـ{route}.</translation>
    </message>
    <message>
        <source>The site&apos;s user {user} is not allowed to do this ({route}).</source>
        <translation>المستخدم {user} على الموقع لا يملك صلاحية القيام بذلك ({route}).</translation>
    </message>
    <message>
        <source>The site has no REST route {route}.</source>
        <translation>لا يوجد في الموقع مسار REST باسم {route}.</translation>
    </message>
    <message>
        <source>The site has no {route}.</source>
        <translation>لا يوجد {route} في الموقع.</translation>
    </message>
    <message>
        <source>The site had an error ({status}).</source>
        <translation>حدث خطأ في الموقع ({status}).</translation>
    </message>
    <message>
        <source>The site refused the request ({status}).</source>
        <translation>رفض الموقع الطلب ({status}).</translation>
    </message>
    <message>
        <source>The answer to {route} was not a list of items.</source>
        <translation>لم يكن الرد على {route} قائمة عناصر.</translation>
    </message>
    <message>
        <source>{site} says {route} has {pages} pages; the desk reads at most {limit} ({per_page} items each). Ask for less, e.g. a date range.</source>
        <translation>يقول {site} إن {route} فيه {pages} صفحة؛ يقرأ المكتب {limit} على الأكثر ({per_page} عنصرًا لكل منها). اطلب أقل، مثل نطاق تواريخ.</translation>
    </message>
    <message>
        <source>{site} did not answer like a WordPress site.</source>
        <translation>لم يأتِ ردّ {site} كردّ موقع WordPress.</translation>
    </message>
    <message>
        <source>Wrong user name or Application Password for {base_url} (user {user}): the site did not accept them. Create a new Application Password in the user&apos;s profile on the site and give it to the desk.</source>
        <translation>اسم المستخدم أو Application Password خطأ لـ{base_url} (المستخدم {user}): لم يقبلهما الموقع. أنشئ Application Password جديدة في الملف الشخصي للمستخدم على الموقع وأعطها للمكتب.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>رُفض الاتصال</translation>
    </message>
    <message>
        <source>the host name is unknown</source>
        <translation>اسم المضيف غير معروف</translation>
    </message>
    <message>
        <source>Cannot reach {site}: {reason}.</source>
        <translation>تعذّر الوصول إلى {site}: {reason}.</translation>
    </message>
    <message>
        <source>The answer to {route} was not JSON (is this a WordPress site with its REST API on?).</source>
        <translation>لم يكن الرد على {route} بصيغة JSON (هل هذا موقع WordPress وواجهة REST API فيه مفعّلة؟).</translation>
    </message>
</context>
<context>
    <name>services.wordpress.companion</name>
    <message>
        <source>The site has no Nejat Desk Companion plugin, so these do not travel through it: bylines, sources and source addresses, translation links between desks, picture credits and the other editions&apos; alt texts and captions, the Markdown source, the desk status and dates of unpublished work, attachments, and the structure of galleries and publication issues. Install the plugin from packaging/wordpress to keep them.</source>
        <translation>ليس في الموقع إضافة Nejat Desk Companion، فلا تنتقل عبرها هذه: أسماء الكتّاب، والمصادر وعناوينها، وروابط الترجمة بين المكاتب، ونسب الصور ونصوصها البديلة وتعليقاتها في النسخ الأخرى، ومصدر ماركداون، وحالة المكتب وتواريخ العمل غير المنشور، والمرفقات، وبنية المعارض وأعداد المنشورات. ثبّت الإضافة من packaging/wordpress للاحتفاظ بها.</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>اسم الكاتب</translation>
    </message>
    <message>
        <source>source name</source>
        <translation>اسم المصدر</translation>
    </message>
    <message>
        <source>source address</source>
        <translation>عنوان المصدر</translation>
    </message>
    <message>
        <source>translation links</source>
        <translation>روابط الترجمة</translation>
    </message>
    <message>
        <source>picture credit</source>
        <translation>نسبة الصورة</translation>
    </message>
    <message>
        <source>attachments list</source>
        <translation>قائمة المرفقات</translation>
    </message>
    <message>
        <source>The site has no Nejat Desk Companion plugin: the article&apos;s {fields} did not travel (the desk keeps them).</source>
        <translation>ليس في الموقع إضافة Nejat Desk Companion: لم تنتقل {fields} الخاصة بالمقال (يحتفظ بها المكتب).</translation>
    </message>
    <message>
        <source>The site has no Nejat Desk Companion plugin: the gallery&apos;s kind, its other editions&apos; titles and descriptions and the pictures&apos; credits did not travel; another desk will pull it as an article (the desk keeps them).</source>
        <translation>ليس في الموقع إضافة Nejat Desk Companion: لم ينتقل نوع المعرض ولا عناوين نسخه الأخرى وأوصافها ولا نسب الصور؛ سيجلبه مكتب آخر كمقال (يحتفظ بها المكتب).</translation>
    </message>
    <message>
        <source>The site has no Nejat Desk Companion plugin: the issue&apos;s series, number, date, PDF and contents did not travel as fields; another desk will pull it as an article (the desk keeps them).</source>
        <translation>ليس في الموقع إضافة Nejat Desk Companion: لم تنتقل سلسلة العدد ورقمه وتاريخه وملف PDF ومحتوياته كحقول؛ سيجلبه مكتب آخر كمقال (يحتفظ بها المكتب).</translation>
    </message>
    <message>
        <source>The Nejat Desk Companion plugin {version} is installed: every field the desk keeps travels through the site.</source>
        <translation>إضافة Nejat Desk Companion {version} مثبَّتة: ينتقل كل حقل يحفظه المكتب عبر الموقع.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.conflicts</name>
    <message>
        <source>Version on {site} (post {post_id})</source>
        <translation>النسخة على {site} (المقالة {post_id})</translation>
    </message>
    <message>
        <source>Article {id} has no site version kept from a conflict.</source>
        <translation>لا توجد للمقال {id} نسخة من الموقع محفوظة من تعارض.</translation>
    </message>
    <message>
        <source>Outbox job {id} is not an article push.</source>
        <translation>المهمة {id} في صندوق الصادر ليست إرسالًا لمقال.</translation>
    </message>
    <message>
        <source>The article of job {id} no longer exists.</source>
        <translation>مقال المهمة {id} لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Choose &apos;library&apos;, &apos;site&apos; or &apos;merged&apos;.</source>
        <translation>اختر &apos;library&apos; أو &apos;site&apos; أو &apos;merged&apos;.</translation>
    </message>
    <message>
        <source>Conflict resolved: the site&apos;s version was taken into the library.</source>
        <translation>حُلّ التعارض: اعتُمدت نسخة الموقع في المكتبة.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.credentials</name>
    <message>
        <source>No Application Password is known for {user} at {base_url}; enter it in Sites (it is not stored without a secure keyring).</source>
        <translation>لا تُعرف كلمة مرور تطبيق لـ {user} على {base_url}؛ أدخلها في «المواقع» (لا تُحفظ دون حلقة مفاتيح آمنة).</translation>
    </message>
</context>
<context>
    <name>services.wordpress.errors</name>
    <message>
        <source>The site said: {message}</source>
        <translation>ردّ الموقع: {message}</translation>
    </message>
</context>
<context>
    <name>services.wordpress.locks</name>
    <message>
        <source>another user</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <source>{holder} is editing this post on the site.</source>
        <translation>{holder} يحرّر هذا المنشور على الموقع.</translation>
    </message>
    <message>
        <source>{holder} has been editing this post on the site since {since}.</source>
        <translation>{holder} يحرّر هذا المنشور على الموقع منذ {since}.</translation>
    </message>
    <message>
        <source>The site has no Nejat Desk Companion plugin, so its edit locks can be neither seen nor taken (WordPress keeps them for its own editor).</source>
        <translation>ليس في الموقع إضافة Nejat Desk Companion، فلا تُرى أقفال التحرير فيه ولا تؤخذ (يحتفظ بها ووردبريس لمحرره).</translation>
    </message>
    <message>
        <source>The edit lock could not be taken: {reason}</source>
        <translation>تعذّر أخذ قفل التحرير: {reason}</translation>
    </message>
    <message>
        <source>no Application Password is known for {site} in this session (enter it in Sites).</source>
        <translation>لا Application Password معروفة لـ{site} في هذه الجلسة (أدخلها في المواقع).</translation>
    </message>
    <message>
        <source>no site holds this article.</source>
        <translation>لا موقع يحمل هذا المقال.</translation>
    </message>
    <message>
        <source>the site&apos;s answer could not be read.</source>
        <translation>تعذّرت قراءة رد الموقع.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.media</name>
    <message>
        <source>There is no media item with id {id}.</source>
        <translation>لا يوجد وسيط بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>Media #{id} is hosted elsewhere and has no file to upload.</source>
        <translation>الوسيط رقم {id} مستضاف في مكان آخر وليس له ملف للرفع.</translation>
    </message>
    <message>
        <source>The stored file of media #{id} is missing from the library folder.</source>
        <translation>الملف المحفوظ للوسيط رقم {id} مفقود من مجلد المكتبة.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.object_records</name>
    <message>
        <source>post {post_id}: {count} article(s) of the issue&apos;s contents are not in the library yet; pull them and pull again.</source>
        <translation>المنشور {post_id}: {count} من مقالات محتويات العدد ليست في المكتبة بعد؛ اجلبها ثم اجلب من جديد.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.outbox</name>
    <message>
        <source>article #{id} (deleted)</source>
        <translation>المقال رقم {id} (محذوف)</translation>
    </message>
    <message>
        <source>There is no outbox job {job_id}.</source>
        <translation>لا توجد مهمة {job_id} في صندوق الصادر.</translation>
    </message>
    <message>
        <source>Job {job_id} is {state}; only failed, queued or cancelled jobs can be retried (resolve the conflict first).</source>
        <translation>المهمة {job_id} في الحالة {state}؛ لا تُعاد المحاولة إلا للمهام الفاشلة أو المنتظرة في الطابور أو الملغاة (احسم التعارض أولًا).</translation>
    </message>
    <message>
        <source>Job {job_id} is {state}; only failed, queued or cancelled jobs can be retried.</source>
        <translation>المهمة {job_id} في الحالة {state}؛ لا تُعاد المحاولة إلا للمهام الفاشلة أو المنتظرة في الطابور أو الملغاة.</translation>
    </message>
    <message>
        <source>Job {job_id} is {state} and cannot be cancelled.</source>
        <translation>المهمة {job_id} في الحالة {state} ولا يمكن إلغاؤها.</translation>
    </message>
    <message>
        <source>{article} is a stale translation: its original changed since it was translated or marked as up to date.</source>
        <translation>{article} ترجمة متقادمة: تغيّر أصلها منذ ترجمتها أو وسمها كمحدَّثة.</translation>
    </message>
    <message>
        <source>The article #{id} no longer exists.</source>
        <translation>المقال رقم {id} لم يعد موجودًا.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.password_policy</name>
    <message>
        <source>The site {base_url} gives {rest_base} as the address of its REST API, which is on another scheme, host or port. The desk sends the password only to the site&apos;s own address, so it did not use it. If the site really moved, add it again with its new address.</source>
        <translation>يعطي الموقع {base_url} العنوان {rest_base} لواجهة REST API الخاصة به، وهو على مخطط أو مضيف أو منفذ آخر. يرسل المكتب كلمة المرور إلى عنوان الموقع نفسه فقط، فلم يستعمله. إن كان الموقع قد انتقل فعلًا فأضفه من جديد بعنوانه الجديد.</translation>
    </message>
    <message>
        <source>The desk did not send the password to {url}: it is not on the site&apos;s own address {base_url}.</source>
        <translation>لم يرسل المكتب كلمة المرور إلى {url}: ليس على عنوان الموقع نفسه {base_url}.</translation>
    </message>
    <message>
        <source>{base_url} is a plain http:// address: the Application Password would cross the network unencrypted, where anyone on the way can read it. Use the site&apos;s https:// address, or allow plain http for this site explicitly.</source>
        <translation>{base_url} عنوان http://‎ عادي: ستعبر Application Password الشبكة دون تشفير حيث يستطيع أي أحد في الطريق قراءتها. استعمل عنوان https://‎ للموقع، أو اسمح صراحة بـhttp العادي لهذا الموقع.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.pull</name>
    <message>
        <source>The site {site} serves no editions; say which edition the pulled posts belong to.</source>
        <translation>الموقع {site} لا يخدم أي نسخة؛ حدّد النسخة التي تنتمي إليها المقالات المجلوبة.</translation>
    </message>
    <message>
        <source>The site {site} serves {editions} editions; say which edition the pulled posts belong to.</source>
        <translation>الموقع {site} يخدم النسخ {editions}؛ حدّد النسخة التي تنتمي إليها المقالات المجلوبة.</translation>
    </message>
    <message>
        <source>post {post_id}: {reason}</source>
        <translation>المقالة {post_id}: {reason}</translation>
    </message>
    <message>
        <source>post {post_id}: the {kind} was changed on the site and in the library since the last sync; the library&apos;s is kept (publish it to replace the site&apos;s, or undo the library&apos;s changes and pull again).</source>
        <translation>المنشور {post_id}: تغيّر {kind} على الموقع وفي المكتبة منذ آخر مزامنة؛ أُبقي على ما في المكتبة (انشره ليحلّ محل ما على الموقع، أو تراجع عن تغييرات المكتبة واجلب من جديد).</translation>
    </message>
    <message>
        <source>its desk record could not be read ({reason}).</source>
        <translation>تعذّرت قراءة سجله في المكتب ({reason}).</translation>
    </message>
    <message>
        <source>The post was edited on the site ({when}) and in the library; compare the two versions and choose which to keep.</source>
        <translation>عُدّلت المقالة على الموقع ({when}) وفي المكتبة؛ قارن بين النسختين واختر أيّهما تحتفظ بها.</translation>
    </message>
    <message>
        <source>post {post_id}: {status} on the site, but: {problems}</source>
        <translation>المنشور {post_id}: {status} على الموقع، لكن: {problems}</translation>
    </message>
</context>
<context>
    <name>services.wordpress.pull_media</name>
    <message>
        <source>{name} was not downloaded: it is on another host ({url}); its address is kept.</source>
        <translation>لم يُنزَّل {name}: إنه على مضيف آخر ({url})؛ حُفظ عنوانه.</translation>
    </message>
    <message>
        <source>{name} was not downloaded: {reason}</source>
        <translation>لم يُنزَّل {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} was not downloaded: the site answered {status}.</source>
        <translation>لم يُنزَّل {name}: أجاب الموقع بـ{status}.</translation>
    </message>
    <message>
        <source>{name} was not brought in: {reason}</source>
        <translation>لم يُجلب {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>services.wordpress.push</name>
    <message>
        <source>Unknown site status {status}; use one of {statuses}.</source>
        <translation>حالة الموقع {status} غير معروفة؛ استخدم إحدى الحالات: {statuses}.</translation>
    </message>
    <message>
        <source>A scheduled post needs a date and time.</source>
        <translation>المقالة المجدولة تحتاج إلى تاريخ ووقت.</translation>
    </message>
    <message>
        <source>The scheduled time {time} UTC has passed; choose a later time or publish now.</source>
        <translation>الموعد المحدد {time} UTC قد مضى؛ اختر وقتًا لاحقًا أو انشر الآن.</translation>
    </message>
    <message>
        <source>The article {slug} is in the trash; restore it before publishing.</source>
        <translation>المقال {slug} في سلة المهملات؛ استعِده قبل النشر.</translation>
    </message>
    <message>
        <source>The article {slug} has no title.</source>
        <translation>المقال {slug} بلا عنوان.</translation>
    </message>
    <message>
        <source>There is no gallery with id {id}.</source>
        <translation>لا يوجد معرض بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>The gallery has no title in the {edition} edition.</source>
        <translation>ليس للمعرض عنوان في النسخة {edition}.</translation>
    </message>
    <message>
        <source>There is no publication issue with id {id}.</source>
        <translation>لا يوجد عدد مطبوعة بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>Cannot publish a {kind}.</source>
        <translation>لا يمكن نشر {kind}.</translation>
    </message>
    <message>
        <source>The gallery has no texts in an edition this site serves.</source>
        <translation>ليس للمعرض نصوص في أي نسخة يخدمها هذا الموقع.</translation>
    </message>
    <message>
        <source>The body shows a picture the media store does not hold ({ref}); it was sent as written, so the site will not show it.</source>
        <translation>يعرض النص صورة ليست في مخزن الوسائط ({ref})؛ أُرسل كما كُتب، لذا لن يعرضها الموقع.</translation>
    </message>
    <message>
        <source>The site no longer had post {post_id}; it was created again.</source>
        <translation>لم تعد المقالة {post_id} موجودة على الموقع؛ فأُنشئت من جديد.</translation>
    </message>
    <message>
        <source>The site changed the title or content while saving it (a filter or plugin on the site); the site&apos;s version was recorded.</source>
        <translation>غيّر الموقع العنوان أو المحتوى أثناء الحفظ (مرشّح أو إضافة على الموقع)؛ وسُجّلت نسخة الموقع.</translation>
    </message>
    <message>
        <source>The post was edited on the site ({when}) since the last sync; compare the two versions and choose which to keep.</source>
        <translation>عُدّلت المقالة على الموقع ({when}) منذ آخر مزامنة؛ قارن بين النسختين واختر أيّهما تحتفظ بها.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.remote</name>
    <message>
        <source>at an unknown time</source>
        <translation>في وقت غير معروف</translation>
    </message>
</context>
<context>
    <name>services.wordpress.review</name>
    <message>
        <source>A note for the reviewer needs some text.</source>
        <translation>تحتاج ملاحظة المراجِع إلى نص.</translation>
    </message>
    <message>
        <source>A note may be at most {limit} characters long (this one has {count}).</source>
        <translation>لا تزيد الملاحظة على {limit} حرفًا (في هذه {count}).</translation>
    </message>
    <message>
        <source>The note did not travel: the site has no Nejat Desk Companion plugin.</source>
        <translation>لم تنتقل الملاحظة: ليس في الموقع إضافة Nejat Desk Companion.</translation>
    </message>
    <message>
        <source>The post went out but its note could not be added: {reason}</source>
        <translation>خرج المنشور لكن تعذّرت إضافة ملاحظته: {reason}</translation>
    </message>
    <message>
        <source>The site has no Nejat Desk Companion plugin, so it keeps no review notes.</source>
        <translation>ليس في الموقع إضافة Nejat Desk Companion، فلا يحفظ ملاحظات المراجعة.</translation>
    </message>
    <message>
        <source>Sent for review with the note.</source>
        <translation>أُرسل للمراجعة مع الملاحظة.</translation>
    </message>
    <message>
        <source>Sent back with the note.</source>
        <translation>أُعيد مع الملاحظة.</translation>
    </message>
    <message>
        <source>Not sent: the post was changed on the site since the last sync, and nothing was overwritten. Pull it or compare the two versions in Sites. {reason}</source>
        <translation>لم يُرسل: تغيّر المنشور على الموقع منذ آخر مزامنة، ولم يُكتب فوق شيء. اجلبه أو قارن النسختين في المواقع. {reason}</translation>
    </message>
    <message>
        <source>The site could not be reached; the article and its note wait in the outbox and go out when it is back. {reason}</source>
        <translation>تعذّر الوصول إلى الموقع؛ ينتظر المقال وملاحظته في صندوق الصادر ويخرجان حين يعود. {reason}</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>لم يُرسل: {reason}</translation>
    </message>
</context>
<context>
    <name>services.wordpress.sites</name>
    <message>
        <source>create posts</source>
        <translation>إنشاء المقالات</translation>
    </message>
    <message>
        <source>publish and schedule posts</source>
        <translation>نشر المقالات وجدولتها</translation>
    </message>
    <message>
        <source>upload images and PDFs</source>
        <translation>رفع الصور وملفات PDF</translation>
    </message>
    <message>
        <source>create categories and tags</source>
        <translation>إنشاء التصنيفات والوسوم</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>يحتاج الموقع إلى اسم.</translation>
    </message>
    <message>
        <source>A site needs the WordPress user name.</source>
        <translation>يحتاج الموقع إلى اسم مستخدم WordPress.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Editions must be some of {codes} (got {got}).</source>
        <translation>يجب أن تكون النسخ من بين {codes} (المُعطى: {got}).</translation>
    </message>
    <message>
        <source>There is already a site named {name}.</source>
        <translation>يوجد موقع باسم {name} مسبقًا.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>There is no site named {name} (sites: {names}).</source>
        <translation>لا يوجد موقع باسم {name} (المواقع: {names}).</translation>
    </message>
    <message>
        <source>No site serves the {edition} edition; add one with &apos;nejat-desk site add&apos;.</source>
        <translation>لا يوجد موقع يخدم النسخة {edition}؛ أضف موقعًا بالأمر &apos;nejat-desk site add&apos;.</translation>
    </message>
    <message>
        <source>There is no site with id {site_id}.</source>
        <translation>لا يوجد موقع بالمعرّف {site_id}.</translation>
    </message>
    <message>
        <source>{base_url} answers, but it is not a WordPress site (no REST API and no WordPress pages found). Check the address.</source>
        <translation>يستجيب {base_url}، لكنه ليس موقع WordPress (لم يُعثر على واجهة REST API ولا على صفحات WordPress). تحقّق من العنوان.</translation>
    </message>
    <message>
        <source>{base_url} is a WordPress site, but its REST API is turned off or blocked ({http}). Ask the site&apos;s administrator to allow the REST API for signed-in users.</source>
        <translation>{base_url} موقع WordPress، لكن واجهة REST API فيه معطّلة أو محجوبة ({http}). اطلب من مدير الموقع السماح بواجهة REST API للمستخدمين المسجّلين دخولهم.</translation>
    </message>
    <message>
        <source>{base_url} has a REST API but not WordPress&apos;s own routes (wp/v2).</source>
        <translation>لدى {base_url} واجهة REST API لكن دون مسارات WordPress الخاصة (wp/v2).</translation>
    </message>
    <message>
        <source>a plugin or the site&apos;s settings turned them off</source>
        <translation>عطّلها مكوّن إضافي أو إعدادات الموقع</translation>
    </message>
    <message>
        <source>WordPress only offers them over HTTPS (or on a site whose environment type is &apos;local&apos;)</source>
        <translation>لا يتيحها WordPress إلا عبر HTTPS (أو على موقع نوع بيئته &apos;local&apos;)</translation>
    </message>
    <message>
        <source>Application Passwords are not available on {base_url}: {why}. The desk signs in with an Application Password, so it cannot publish there.</source>
        <translation>كلمات مرور التطبيقات غير متاحة على {base_url}: {why}. يسجّل البرنامج الدخول بكلمة مرور تطبيق، لذا لا يمكنه النشر هناك.</translation>
    </message>
    <message>
        <source>{capability} (to {purpose})</source>
        <translation>{capability} (من أجل {purpose})</translation>
    </message>
    <message>
        <source>The user {user} (role: {roles}) lacks capabilities the desk needs: {needs}. Give the user the Editor role on the site.</source>
        <translation>المستخدم {user} (الدور: {roles}) يفتقر إلى صلاحيات يحتاجها البرنامج: {needs}. امنح المستخدم دور «محرّر» (Editor) على الموقع.</translation>
    </message>
    <message>
        <source>Connected to {site} as {user}.</source>
        <translation>تمّ الاتصال بـ {site} باسم المستخدم {user}.</translation>
    </message>
</context>
<context>
    <name>services.workflow</name>
    <message>
        <source>A scheduled article needs a date and time.</source>
        <translation>يحتاج المقال المجدول إلى تاريخ ووقت.</translation>
    </message>
    <message>
        <source>The article needs a title before it can be marked ready.</source>
        <translation>يحتاج المقال إلى عنوان قبل أن يُعلَّم جاهزًا للنشر.</translation>
    </message>
    <message>
        <source>Alt text in the {edition} edition is missing for: {media}. Add it in Media before marking the article ready.</source>
        <translation>النص البديل في النسخة {edition} مفقود لـ: {media}. أضفه في «الوسائط» قبل وضع علامة «جاهز للنشر» على المقال.</translation>
    </message>
    <message>
        <source>stored as a draft, not {status}: {problems}</source>
        <translation>حُفظ مسودةً لا {status}: {problems}</translation>
    </message>
</context>
<context>
    <name>services.wxr_import</name>
    <message>
        <source>{count} created</source>
        <translation>أُنشئ: {count}</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>حُدّث: {count}</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>دون تغيير: {count}</translation>
    </message>
    <message>
        <source>{count} kept (edited here; incoming text stored as a revision)</source>
        <translation>أُبقي على نص المكتبة: {count} (عُدّل هنا؛ حُفظ النص الوارد كمراجعة)</translation>
    </message>
    <message>
        <source>{count} media records</source>
        <translation>سجلات الوسائط: {count}</translation>
    </message>
    <message>
        <source>{count} {status} posts</source>
        <translation>منشورات بحالة {status}: {count}</translation>
    </message>
    <message>
        <source>skipped: {kinds}</source>
        <translation>تُخطّي: {kinds}</translation>
    </message>
    <message>
        <source>cannot be read ({problem})</source>
        <translation>تتعذّر قراءته ({problem})</translation>
    </message>
    <message>
        <source>is not well-formed XML ({problem}, line {line}, column {column}); nothing was imported</source>
        <translation>ليس XML سليم البنية ({problem}، السطر {line}، العمود {column})؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>declares a DOCTYPE, which a WordPress export never does; refused (entities are not expanded); nothing was imported</source>
        <translation>يعلن DOCTYPE، وهو ما لا يفعله تصدير WordPress أبدًا؛ رُفض (لا تُوسَّع الكيانات)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>is not a WordPress export (no rss channel with the wp namespace); nothing was imported</source>
        <translation>ليس تصديرًا من WordPress (لا توجد قناة rss بنطاق الأسماء wp)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>has no valid wp:wxr_version; nothing was imported</source>
        <translation>لا يحتوي على wp:wxr_version صالح؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>item {number} has a post id that is not a number; nothing was imported</source>
        <translation>معرّف المنشور في العنصر {number} ليس رقمًا؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>post {post_id}: {problem} Used {slug}.</source>
        <translation>المنشور {post_id}: {problem} استُعمل {slug}.</translation>
    </message>
    <message>
        <source>{problem}; nothing was imported</source>
        <translation>{problem}؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>a post clashes with something already in the library (details in the log); nothing was imported</source>
        <translation>يتعارض منشور مع شيء موجود في المكتبة (التفاصيل في السجل)؛ لم يُستورد شيء</translation>
    </message>
</context>
<context>
    <name>storage.access</name>
    <message>
        <source>it is on a read-only drive or share</source>
        <translation>إنها على قرص أو مشاركة للقراءة فقط</translation>
    </message>
    <message>
        <source>this user may not write to {path}</source>
        <translation>لا يحق لهذا المستخدم الكتابة في {path}</translation>
    </message>
    <message>
        <source>it was opened read-only on purpose</source>
        <translation>فُتحت للقراءة فقط عمدًا</translation>
    </message>
</context>
<context>
    <name>storage.identity</name>
    <message>
        <source>it belongs to another application (application id {id:#010x})</source>
        <translation>تعود إلى تطبيق آخر (معرّف التطبيق {id:#010x})</translation>
    </message>
    <message>
        <source>it has no Nejat Desk schema</source>
        <translation>ليس فيها مخطط نجات دسك</translation>
    </message>
    <message>
        <source>its schema {revision} is not a Nejat Desk schema</source>
        <translation>مخططها {revision} ليس مخطط نجات دسك</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>it is not a SQLite database ({error})</source>
        <translation>ليست قاعدة بيانات SQLite ‏({error})</translation>
    </message>
    <message>
        <source>it was made by a newer Nejat Desk (schema {revision})</source>
        <translation>صنعها نجات دسك أحدث (المخطط {revision})</translation>
    </message>
</context>
<context>
    <name>storage.library</name>
    <message>
        <source>The latest good backup is {name} ({time} UTC): restore it with &apos;nejat-desk restore --latest-good&apos; or from the window.</source>
        <translation>آخر نسخة احتياطية سليمة هي {name} ({time} UTC): استعِدها بالأمر &apos;‎nejat-desk restore --latest-good&apos; أو من النافذة.</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>لم يُعثر على نسخة احتياطية سليمة.</translation>
    </message>
    <message>
        <source>The library database {path} is damaged ({detail}). Run &apos;nejat-desk check&apos; to see what is wrong. {offer}</source>
        <translation>قاعدة بيانات المكتبة {path} تالفة ({detail}). شغّل &apos;nejat-desk check&apos; لترى الخلل. {offer}</translation>
    </message>
    <message>
        <source>The library {root} is read-only ({reason}), so nothing can be changed in it. To edit it, copy the library to a folder you can write to and open the copy.</source>
        <translation>المكتبة {root} للقراءة فقط ({reason})، فلا يمكن تغيير شيء فيها. لتحريرها انسخها إلى مجلد يمكنك الكتابة فيه وافتح النسخة.</translation>
    </message>
    <message>
        <source>{name} is not a Nejat Desk library database ({problem}); the library was not changed.</source>
        <translation>{name} ليست قاعدة بيانات مكتبة نجات دسك ({problem})؛ لم تتغير المكتبة.</translation>
    </message>
    <message>
        <source>There is no library in {root} (run &apos;nejat-desk init&apos; to create one).</source>
        <translation>لا توجد مكتبة في {root} (شغّل &apos;‎nejat-desk init&apos; لإنشاء واحدة).</translation>
    </message>
    <message>
        <source>Cannot create the library folder {root}: {reason}</source>
        <translation>تعذّر إنشاء مجلد المكتبة {root}: {reason}</translation>
    </message>
    <message>
        <source>The library is in a folder synced by {tool}. Sync tools copy a live database and its side files separately, which can damage it: keep the library outside the synced folder and use backups or exports to share.</source>
        <translation>المكتبة في مجلد يزامنه {tool}. تنسخ أدوات المزامنة قاعدة البيانات العاملة وملفاتها الجانبية كلًّا على حدة، وقد يتلفها ذلك: أبقِ المكتبة خارج المجلد المتزامن، واستخدم النسخ الاحتياطية أو التصدير للمشاركة.</translation>
    </message>
    <message>
        <source>Cannot open the library database {path}: {error}</source>
        <translation>تعذّر فتح قاعدة بيانات المكتبة {path}: {error}</translation>
    </message>
    <message>
        <source>The library {root} must be upgraded to this version of Nejat Desk, but it is read-only ({reason}). Copy it to a folder you can write to and open the copy.</source>
        <translation>يجب ترقية المكتبة {root} لهذا الإصدار من نجات دسك، لكنها للقراءة فقط ({reason}). انسخها إلى مجلد يمكنك الكتابة فيه وافتح النسخة.</translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a Nejat Desk library ({problem}).</source>
        <translation>{path} قاعدة بيانات SQLite لكنها ليست مكتبة نجات دسك ({problem}).</translation>
    </message>
    <message>
        <source>This library is read-only ({reason}): you can browse, search and export it, but not change it.</source>
        <translation>هذه المكتبة للقراءة فقط ({reason}): يمكنك تصفحها والبحث فيها وتصديرها، لا تغييرها.</translation>
    </message>
    <message>
        <source>foreign key: {table} row {row} points to a missing {parent}</source>
        <translation>مفتاح خارجي: الصف {row} في {table} يشير إلى {parent} غير موجود</translation>
    </message>
    <message>
        <source>The backup {name} is itself damaged ({problem}); choose another.</source>
        <translation>النسخة الاحتياطية {name} نفسها تالفة ({problem})؛ اختر نسخة أخرى.</translation>
    </message>
</context>
<context>
    <name>storage.lock</name>
    <message>
        <source>unknown host</source>
        <translation>مضيف غير معروف</translation>
    </message>
    <message>
        <source>The library is open in another Nejat Desk (process {pid} on {host}). Close it there first.</source>
        <translation>المكتبة مفتوحة في نسخة أخرى من Nejat Desk (العملية {pid} على {host}). أغلقها هناك أولًا.</translation>
    </message>
    <message>
        <source>The library was last opened by process {pid} on {host}, which may still be using it (a library on a shared drive). If that computer no longer has it open, break the lock.</source>
        <translation>آخر من فتح المكتبة هو العملية {pid} على {host}، وقد تكون لا تزال تستخدمها (مكتبة على محرك أقراص مشترك). إذا لم تعد مفتوحة على ذلك الجهاز، فاكسر القفل.</translation>
    </message>
    <message>
        <source>The library is open in process {pid} on this computer.</source>
        <translation>المكتبة مفتوحة في العملية {pid} على هذا الجهاز.</translation>
    </message>
</context>
<context>
    <name>storage.migrate</name>
    <message>
        <source>This library uses schema {revision}, which is newer than this version of Nejat Desk understands (it knows up to {head}). Update Nejat Desk to open it; the library has not been changed.</source>
        <translation>تستخدم هذه المكتبة المخطط {revision}، وهو أحدث مما يفهمه هذا الإصدار من Nejat Desk (يعرف حتى {head}). حدّث Nejat Desk لفتحها؛ لم تُغيَّر المكتبة.</translation>
    </message>
</context>
</TS>
