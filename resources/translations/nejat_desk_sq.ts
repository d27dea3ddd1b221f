<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sq_AL" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>Gabim i papritur</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your work is saved in the library. Details are in the log:
%2</source>
        <translation>Diçka shkoi keq: %1

Puna juaj është ruajtur në bibliotekë. Hollësitë janë në regjistër:
%2</translation>
    </message>
    <message>
        <source>Library in use</source>
        <translation>Biblioteka është në përdorim</translation>
    </message>
    <message>
        <source>Library in use elsewhere</source>
        <translation>Biblioteka është hapur në një kompjuter tjetër</translation>
    </message>
    <message>
        <source>Break the lock and open it here? Only do this if the other computer has closed it.</source>
        <translation>Ta zhbllokoj dhe ta hap këtu? Bëjeni këtë vetëm nëse kompjuteri tjetër e ka mbyllur.</translation>
    </message>
    <message>
        <source>Library damaged</source>
        <translation>Biblioteka është dëmtuar</translation>
    </message>
    <message>
        <source>Restore the latest good backup now?</source>
        <translation>Të rikthehet tani kopja rezervë e fundit e shëndoshë?</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>Biblioteka nuk mund të hapet</translation>
    </message>
    <message>
        <source>Library check</source>
        <translation>Kontrolli i bibliotekës</translation>
    </message>
    <message>
        <source>The library's integrity check found problems:
%1

Use File &gt; Restore from Backup to go back to a good copy.</source>
        <translation>Kontrolli i integritetit të bibliotekës gjeti probleme:
%1

Përdorni Skedar &gt; Rikthe nga kopja rezervë për t'u kthyer te një kopje e shëndoshë.</translation>
    </message>
    <message>
        <source>Library checked: no problems found.</source>
        <translation>Biblioteka u kontrollua: nuk u gjet asnjë problem.</translation>
    </message>
    <message>
        <source>Missed while Nejat Desk was closed</source>
        <translation>Të humbura ndërsa Nejat Desk ishte i mbyllur</translation>
    </message>
    <message>
        <source>Library in a synced folder</source>
        <translation>Biblioteka në një dosje të sinkronizuar</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Choose an article on the left, or create one with File &gt; New &gt; Article.</source>
        <translation>Zgjidhni një artikull në listë, ose krijoni një të ri me Skedar &gt; I ri &gt; Artikull.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Gjej…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Gjej dhe &amp;zëvendëso…</translation>
    </message>
    <message>
        <source>&amp;Undo Typing</source>
        <translation>&amp;Zhbëj shkrimin</translation>
    </message>
    <message>
        <source>&amp;Redo Typing</source>
        <translation>&amp;Ribëj shkrimin</translation>
    </message>
    <message>
        <source>Save a &amp;Revision Now</source>
        <translation>Ruaj një &amp;rishikim tani</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>Ri&amp;shikimet…</translation>
    </message>
    <message>
        <source>Show &amp;Invisible Characters (ZWNJ, LRM, RLM)</source>
        <translation>Shfaq shenjat e &amp;padukshme (ZWNJ, LRM, RLM)</translation>
    </message>
    <message>
        <source>Insert Zero-Width Non-Joiner (Shift+Space)</source>
        <translation>Fut ndarës pa bashkim me gjerësi zero (Shift+Space)</translation>
    </message>
    <message>
        <source>Persian Digits (۰–۹)</source>
        <translation>Shifra persiane (۰–۹)</translation>
    </message>
    <message>
        <source>Arabic-Indic Digits (٠–٩)</source>
        <translation>Shifra arabo-indiane (٠–٩)</translation>
    </message>
    <message>
        <source>Western Digits (0–9)</source>
        <translation>Shifra perëndimore (0–9)</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Të gjitha ndryshimet u ruajtën</translation>
    </message>
    <message>
        <source>%1 words · %2 min read</source>
        <translation>%1 fjalë · %2 min lexim</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>U ruajt %1</translation>
    </message>
    <message>
        <source>Could not save (will retry in 2 s): %1</source>
        <translation>Nuk u ruajt (provohet sërish pas 2 s): %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Gjendja: %1</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Përkthimi</translation>
    </message>
    <message>
        <source>Revision saved.</source>
        <translation>Rishikimi u ruajt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rikthe</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edicioni</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Nënshkrimi</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Përditësuar</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>E planifikuar</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Përputhja</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Skicë</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Në shqyrtim</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gati për botim</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>I botuar</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>I arkivuar</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(i fshirë)</translation>
    </message>
    <message>
        <source>(untitled: %s)</source>
        <translation>(pa titull: %s)</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <source>Search titles, text, excerpts and bylines</source>
        <translation>Kërkoni në tituj, tekst, përmbledhje dhe nënshkrime</translation>
    </message>
    <message>
        <source>All editions</source>
        <translation>Të gjitha edicionet</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Çdo gjendje</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiketa</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Përditësuar</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>I botuar</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>E planifikuar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Krijuar</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>nga VVVV-MM-DD</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>deri VVVV-MM-DD</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtrat e ruajtur</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Ruaj…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Fshi</translation>
    </message>
    <message>
        <source>Saved filters:</source>
        <translation>Filtrat e ruajtur:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(asnjë)</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Ruaj filtrin</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>Emri i filtrit:</translation>
    </message>
    <message>
        <source>Delete filter</source>
        <translation>Fshi filtrin</translation>
    </message>
    <message>
        <source>Delete the saved filter “%1”?</source>
        <translation>Të fshihet filtri i ruajtur “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artikull</numerusform>
            <numerusform>%n artikuj</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+ articles (counting…)</source>
        <translation>%1+ artikuj (po numërohen…)</translation>
    </message>
</context>
<context>
    <name>ArticlePickerDialog</name>
    <message>
        <source>Choose articles to publish</source>
        <translation>Zgjidhni artikujt për botim</translation>
    </message>
    <message>
        <source>Title or slug contains…</source>
        <translation>Titulli ose identifikuesi përmban…</translation>
    </message>
    <message>
        <source>All editions</source>
        <translation>Të gjitha edicionet</translation>
    </message>
    <message>
        <source>Next…</source>
        <translation>Më tej…</translation>
    </message>
</context>
<context>
    <name>ArticlesWorkspace</name>
    <message>
        <source>Articles</source>
        <translation>Artikujt</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artikull</translation>
    </message>
    <message>
        <source>New Article &amp;In</source>
        <translation>Artikull i ri &amp;në</translation>
    </message>
    <message>
        <source>Create &amp;Translation In</source>
        <translation>Krijo &amp;përkthim në</translation>
    </message>
    <message>
        <source>Convert &amp;Digits of Selection</source>
        <translation>Shndërro &amp;shifrat e përzgjedhjes</translation>
    </message>
    <message>
        <source>&amp;Publish to Site…</source>
        <translation>&amp;Boto në faqe…</translation>
    </message>
    <message>
        <source>Move to T&amp;rash</source>
        <translation>Hidhe në &amp;kosh</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Artikull i ri</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Hidhe në kosh</translation>
    </message>
    <message>
        <source>Moved to the trash (File &gt; Trash… brings it back).</source>
        <translation>U hodh në kosh (Skedar &gt; Koshi… e kthen).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed in both places</source>
        <translation>Ndryshuar në të dy vendet</translation>
    </message>
    <message>
        <source>This article was edited in the library and on {site} since they were last in step. Nothing has been overwritten. Choose the version to keep, or merge them.</source>
        <translation>Ky artikull është redaktuar në bibliotekë dhe në {site} që nga sinkronizimi i fundit. Asgjë nuk është mbishkruar. Zgjidhni versionin që do të mbani, ose bashkojini.</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>Në bibliotekë</translation>
    </message>
    <message>
        <source>On {site}</source>
        <translation>Në {site}</translation>
    </message>
    <message>
        <source>Keep the library's version</source>
        <translation>Mbaj versionin e bibliotekës</translation>
    </message>
    <message>
        <source>Take the site's version</source>
        <translation>Merr versionin e faqes</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Bashko…</translation>
    </message>
    <message>
        <source>Send the merged version</source>
        <translation>Dërgo versionin e bashkuar</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Vendos më vonë</translation>
    </message>
</context>
<context>
    <name>CropEditorDialog</name>
    <message>
        <source>Focal point and crops</source>
        <translation>Pika fokale dhe prerjet</translation>
    </message>
    <message>
        <source>Web (longest side 2048)</source>
        <translation>Ueb (ana më e gjatë 2048)</translation>
    </message>
    <message>
        <source>Link preview (1200 × 630)</source>
        <translation>Parapamja e lidhjes (1200 × 630)</translation>
    </message>
    <message>
        <source>Square (1080 × 1080)</source>
        <translation>Katror (1080 × 1080)</translation>
    </message>
    <message>
        <source>Pinterest (1000 × 1500)</source>
        <translation>Pinterest (1000 × 1500)</translation>
    </message>
    <message>
        <source>Reset this crop</source>
        <translation>Rivendos këtë prerje</translation>
    </message>
    <message>
        <source>Click to set the focal point; drag to draw the crop. Every crop keeps the focal point in frame.</source>
        <translation>Klikoni për të vendosur pikën fokale; tërhiqni për të vizatuar prerjen. Çdo prerje e mban pikën fokale brenda kornizës.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nuk u ruajt</translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message>
        <source>Nejat Desk</source>
        <translation>Nejat Desk</translation>
    </message>
    <message>
        <source>Due now: {title}</source>
        <translation>Në afat tani: {title}</translation>
    </message>
    <message>
        <source>Checking the schedule</source>
        <translation>Po kontrollohet kalendari</translation>
    </message>
    <message>
        <source>Due now: {action}</source>
        <translation>Në afat tani: {action}</translation>
    </message>
</context>
<context>
    <name>EditionsDialog</name>
    <message>
        <source>Edition Settings</source>
        <translation>Cilësimet e edicionit</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Nga e majta në të djathtë</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>Nga e djathta në të majtë</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Gregorian</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>Hixhri diellor (Xhelali)</translation>
    </message>
    <message>
        <source>Islamic civil</source>
        <translation>Islamik civil</translation>
    </message>
    <message>
        <source>Comma-separated, without #</source>
        <translation>Të ndara me presje, pa #</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Emri:</translation>
    </message>
    <message>
        <source>Name in its &amp;own language:</source>
        <translation>Emri në gjuhën e &amp;vet:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Drejtimi:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona kohore:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Kalendari:</translation>
    </message>
    <message>
        <source>Site &amp;URL:</source>
        <translation>&amp;URL-ja e faqes:</translation>
    </message>
    <message>
        <source>&amp;Permalinks:</source>
        <translation>&amp;Lidhjet e përhershme:</translation>
    </message>
    <message>
        <source>&amp;Hashtags:</source>
        <translation>&amp;Hashtag-ët:</translation>
    </message>
    <message>
        <source>%1 handle:</source>
        <translation>Llogaria në %1:</translation>
    </message>
    <message>
        <source>Edition settings saved.</source>
        <translation>Cilësimet e edicionit u ruajtën.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Cilësime të paruajtura</translation>
    </message>
    <message>
        <source>Save the changes to this edition's settings?</source>
        <translation>Të ruhen ndryshimet në cilësimet e këtij edicioni?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>WordPress import file (WXR)</source>
        <translation>Skedar importi për WordPress (WXR)</translation>
    </message>
    <message>
        <source>Static HTML pages</source>
        <translation>Faqe statike HTML</translation>
    </message>
    <message>
        <source>Markdown with front matter</source>
        <translation>Markdown me kokë të dhënash (front matter)</translation>
    </message>
    <message>
        <source>RSS 2.0 feed</source>
        <translation>Burim RSS 2.0</translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation>Burim Atom</translation>
    </message>
    <message>
        <source>Share snippets (JSON per article)</source>
        <translation>Fragmente për ndarje (një JSON për artikull)</translation>
    </message>
    <message>
        <source>Hootsuite bulk CSV</source>
        <translation>CSV në masë për Hootsuite</translation>
    </message>
    <message>
        <source>Calendar (iCalendar)</source>
        <translation>Kalendar (iCalendar)</translation>
    </message>
    <message>
        <source>Bundle for a USB stick (ZIP)</source>
        <translation>Paketë për USB (ZIP)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporto</translation>
    </message>
    <message>
        <source>All editions</source>
        <translation>Të gjitha edicionet</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Çdo gjendje</translation>
    </message>
    <message>
        <source>slug-one, slug-two (empty: all)</source>
        <translation>slug-nje, slug-dy (bosh: të gjitha)</translation>
    </message>
    <message>
        <source>Only articles dated</source>
        <translation>Vetëm artikujt me datë</translation>
    </message>
    <message>
        <source>to</source>
        <translation>deri</translation>
    </message>
    <message>
        <source>https://… (empty: each edition's site)</source>
        <translation>https://… (bosh: faqja e çdo edicioni)</translation>
    </message>
    <message>
        <source>utm_campaign (empty: EDITION-share)</source>
        <translation>utm_campaign (bosh: EDITION-share)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Shfleto…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formati:</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Edicioni:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Gjendja:</translation>
    </message>
    <message>
        <source>S&amp;lugs:</source>
        <translation>&amp;Identifikuesit:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datat:</translation>
    </message>
    <message>
        <source>&amp;Media base URL:</source>
        <translation>URL-ja bazë e &amp;medias:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Fushata:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Ruaj në:</translation>
    </message>
    <message>
        <source>Warnings and the result appear here.</source>
        <translation>Paralajmërimet dhe rezultati shfaqen këtu.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporto</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Anulo eksportin</translation>
    </message>
    <message>
        <source>Posts, categories, tags, media and translation links for WordPress's importer. Scheduled posts whose date has passed are listed: WordPress publishes them at once.</source>
        <translation>Postime, kategori, etiketa, media dhe lidhje përkthimesh për importuesin e WordPress-it. Postimet e planifikuara, data e të cilave ka kaluar, renditen: WordPress-i i boton menjëherë.</translation>
    </message>
    <message>
        <source>One page per article in a folder per edition, with canonical and hreflang links.</source>
        <translation>Një faqe për artikull, në një dosje për edicion, me lidhje canonical dhe hreflang.</translation>
    </message>
    <message>
        <source>One file per article; importing them gives the same articles back.</source>
        <translation>Një skedar për artikull; importimi i tyre jep të njëjtët artikuj.</translation>
    </message>
    <message>
        <source>The newest published articles; pick an edition for one file, else a folder.</source>
        <translation>Artikujt më të rinj të botuar; zgjidhni një edicion për një skedar, përndryshe një dosje.</translation>
    </message>
    <message>
        <source>Text, link, image and share link for Facebook, X, Pinterest, WhatsApp, Telegram, Skype and Email, one JSON file per article.</source>
        <translation>Tekst, lidhje, imazh dhe lidhje ndarjeje për Facebook, X, Pinterest, WhatsApp, Telegram, Skype dhe email, një skedar JSON për artikull.</translation>
    </message>
    <message>
        <source>Scheduled social posts for Hootsuite's bulk composer (date mm/dd/yyyy hh:mm, message, link).</source>
        <translation>Postime sociale të planifikuara për hartuesin në masë të Hootsuite (data mm/dd/yyyy hh:mm, mesazhi, lidhja).</translation>
    </message>
    <message>
        <source>The publication schedule for any calendar program.</source>
        <translation>Kalendari i botimeve për çdo program kalendari.</translation>
    </message>
    <message>
        <source>Pages, feeds, the WXR, the media (location data removed) and the snippets in one ZIP.</source>
        <translation>Faqet, burimet, WXR-ja, media (pa të dhëna vendndodhjeje) dhe fragmentet në një ZIP.</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Eksporto në dosje</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>Eksporto në skedar</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Zgjidhni ku të ruhet eksporti.</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>Po eksportohet %1 në %2…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Po eksportohet…</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Paralajmërim: %1</translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation>U krye: %1 (%2)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Dështoi: %1</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>Gjej</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Zëvendëso me</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Shprehje e rregullt</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Përputh shkronjat e mëdha/të vogla</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>I mëparshmi</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>I radhës</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Zëvendëso</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Zëvendëso të gjitha</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nuk u gjet</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n përputhje</numerusform>
            <numerusform>%n përputhje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>U zëvendësua %n përputhje</numerusform>
            <numerusform>U zëvendësuan %n përputhje</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Galleries</name>
    <message>
        <source>Photo Gallery</source>
        <translation>Galeri fotografish</translation>
    </message>
    <message>
        <source>Cartoons</source>
        <translation>Karikatura</translation>
    </message>
    <message>
        <source>NewsPics</source>
        <translation>Lajme në foto</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>GalleryEditor</name>
    <message>
        <source>All kinds</source>
        <translation>Të gjitha llojet</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Koshi</translation>
    </message>
    <message>
        <source>New gallery</source>
        <translation>Galeri e re</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Hidhe në kosh</translation>
    </message>
    <message>
        <source>Title in this edition</source>
        <translation>Titulli në këtë edicion</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Përshkrimi</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Planifikuar për</translation>
    </message>
    <message>
        <source>No cover</source>
        <translation>Pa kopertinë</translation>
    </message>
    <message>
        <source>Use selected picture as cover</source>
        <translation>Përdor foton e zgjedhur si kopertinë</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Ruaj</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Zhbëj</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ribëj</translation>
    </message>
    <message>
        <source>Remove from gallery</source>
        <translation>Hiqe nga galeria</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Kopertina</translation>
    </message>
    <message>
        <source>Pictures (drag to reorder; drag from the library to add)</source>
        <translation>Fotot (tërhiqni për t'i renditur; tërhiqni nga biblioteka për të shtuar)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rikthe</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 i ri</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Nuk u zhvendos</translation>
    </message>
    <message>
        <source>Media #%1</source>
        <translation>Media nr. %1</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Shto foto</translation>
    </message>
    <message>
        <source>Remove pictures</source>
        <translation>Hiq fotot</translation>
    </message>
    <message>
        <source>Move pictures</source>
        <translation>Zhvendos fotot</translation>
    </message>
</context>
<context>
    <name>GalleryItemsModel</name>
    <message>
        <source>Move pictures</source>
        <translation>Zhvendos fotot</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Shto foto</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import Articles</source>
        <translation>Importo artikuj</translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.xml);;All files (*)</source>
        <translation>Artikuj (*.md *.markdown *.xml);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>Importo një dosje me artikuj</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Përmbledhje: %1</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>asgjë për të importuar</translation>
    </message>
    <message>
        <source>Cancelled: the files not listed above were not imported.</source>
        <translation>U anulua: skedarët që nuk janë në listën më sipër nuk u importuan.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Po importohet…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importi përfundoi</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nuk u importua asgjë.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importi dështoi</translation>
    </message>
</context>
<context>
    <name>IssueEditor</name>
    <message>
        <source>Publication issue</source>
        <translation>Numri i botimit</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Libra</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Buletini</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Përmbledhja e lajmeve</translation>
    </message>
    <message>
        <source>New series name</source>
        <translation>Emri i serisë së re</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Shto seri</translation>
    </message>
    <message>
        <source>Publish at (UTC)</source>
        <translation>Botohet më (UTC)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Shto</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lart</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Poshtë</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hiq</translation>
    </message>
    <message>
        <source>Export email…</source>
        <translation>Eksporto email…</translation>
    </message>
    <message>
        <source>Save a Newsletter issue as an email (.eml) for the mail tool</source>
        <translation>Ruaj një numër të buletinit si email (.eml) për programin e postës</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numri</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Data e numrit</translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation>Foto e kopertinës</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Përmbajtja</translation>
    </message>
    <message>
        <source>Export the newsletter</source>
        <translation>Eksporto buletinin</translation>
    </message>
    <message>
        <source>Email (*.eml);;HTML and text (*.html)</source>
        <translation>Email (*.eml);;HTML dhe tekst (*.html)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(asnjë)</translation>
    </message>
    <message>
        <source>Create a publication series first.</source>
        <translation>Krijoni fillimisht një seri botimesh.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Skicë</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Në shqyrtim</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gati për botim</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>E planifikuar</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>I botuar</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>I arkivuar</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imazh</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokument PDF</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Online video</source>
        <translation>Video në internet</translation>
    </message>
    <message>
        <source>Photo gallery</source>
        <translation>Galeri fotografish</translation>
    </message>
    <message>
        <source>Cartoons</source>
        <translation>Karikatura</translation>
    </message>
    <message>
        <source>News in pictures</source>
        <translation>Lajme në foto</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Libra</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Buletini</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Përmbledhja e lajmeve</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation>Pinterest</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Skype</source>
        <translation>Skype</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikull</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galeri</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Numër</translation>
    </message>
    <message>
        <source>Social post</source>
        <translation>Postim në rrjete sociale</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>I planifikuar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Në afat</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>I humbur</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>U krye</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>I anuluar</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglisht</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisht</translation>
    </message>
    <message>
        <source>Farsi</source>
        <translation>Persisht</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Shqip</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Për çdo orë</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ditore</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Me dorë</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Para një përditësimi</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Para një rikthimi</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>U krijua</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>U përditësua</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Pa ndryshim</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>U kapërcye</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Dështoi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nejat Desk</source>
        <translation>Nejat Desk</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Hapësirat e punës</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Skedar</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>I &amp;ri</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importo…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporto…</translation>
    </message>
    <message>
        <source>Share &amp;Snippets…</source>
        <translation>&amp;Fragmente për ndarje…</translation>
    </message>
    <message>
        <source>&amp;Back Up Library Now</source>
        <translation>Bëj &amp;kopje rezervë të bibliotekës tani</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Rikthe nga kopja rezervë…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Koshi…</translation>
    </message>
    <message>
        <source>Show Library &amp;Folder</source>
        <translation>Shfaq &amp;dosjen e bibliotekës</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redakto</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zhbëj</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ribëj</translation>
    </message>
    <message>
        <source>&amp;Edition Settings…</source>
        <translation>Cilësimet e &amp;edicioneve…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Parapëlqimet…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Pamja</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Ekran i &amp;plotë</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ndihmë</translation>
    </message>
    <message>
        <source>&amp;About Nejat Desk</source>
        <translation>&amp;Rreth Nejat Desk</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Hap dosjen e &amp;regjistrit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Dosja e bibliotekës</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Po bëhet kopja rezervë…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Kopja rezervë u shkrua: %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Kopja rezervë dështoi</translation>
    </message>
    <message>
        <source>About Nejat Desk</source>
        <translation>Rreth Nejat Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nejat Desk %1&lt;/h3&gt;&lt;p&gt;An editorial workstation for a multilingual newsroom: write, translate, schedule and hand over posts for the website and social platforms, offline.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nejat Desk %1&lt;/h3&gt;&lt;p&gt;Stacion pune redaksional për një redaksi shumëgjuhëshe: shkruani, përktheni, planifikoni dhe dorëzoni postime për faqen dhe rrjetet sociale, pa internet.&lt;/p&gt;&lt;p&gt;Biblioteka: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(asnjë sugjerim)</translation>
    </message>
</context>
<context>
    <name>MediaDetailPanel</name>
    <message>
        <source>Caption</source>
        <translation>Legjenda</translation>
    </message>
    <message>
        <source>Alt text: what the picture shows, for readers who cannot see it</source>
        <translation>Teksti alternativ: çfarë tregon fotoja, për lexuesit që nuk e shohin</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>të ndara, me presje</translation>
    </message>
    <message>
        <source> ★</source>
        <translation> ★</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Ruaj</translation>
    </message>
    <message>
        <source>Focal point and crops…</source>
        <translation>Pika fokale dhe prerjet…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Hidhe në kosh</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Autorësia</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>E drejta e autorit</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenca</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketat</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vlerësimi</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Përdorur në</translation>
    </message>
    <message>
        <source>Select a picture to describe it.</source>
        <translation>Zgjidhni një foto për ta përshkruar.</translation>
    </message>
    <message>
        <source>Came from the site without alt text: add it when you can.</source>
        <translation>Erdhi nga faqja pa tekst alternativ: shtojeni kur të mundeni.</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>Ende e papërdorur</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rikthe</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Po ngarkohet…</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>bërë më %1</translation>
    </message>
    <message>
        <source>Has a GPS location: it is removed from every copy that leaves the app.</source>
        <translation>Ka vendndodhje GPS: hiqet nga çdo kopje që del nga aplikacioni.</translation>
    </message>
    <message>
        <source>Looks like a near-duplicate of media #%1.</source>
        <translation>Duket si pothuajse dublikatë e medias nr. %1.</translation>
    </message>
    <message>
        <source>No preview for this item.</source>
        <translation>Nuk ka parapamje për këtë element.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nuk u ruajt</translation>
    </message>
</context>
<context>
    <name>MediaFilterBar</name>
    <message>
        <source>Search captions, credits, tags…</source>
        <translation>Kërkoni në legjenda, autorësi, etiketa…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Të gjitha llojet</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imazhe</translation>
    </message>
    <message>
        <source>PDFs</source>
        <translation>PDF-të</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Hosted videos</source>
        <translation>Video të pritura jashtë</translation>
    </message>
    <message>
        <source>Any gallery</source>
        <translation>Çdo galeri</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiketa</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Bërë më</translation>
    </message>
    <message>
        <source>Alt text: any</source>
        <translation>Teksti alternativ: çfarëdo</translation>
    </message>
    <message>
        <source>No alt text in %1</source>
        <translation>Pa tekst alternativ në %1</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Koshi</translation>
    </message>
</context>
<context>
    <name>MediaImportDialog</name>
    <message>
        <source>Import media</source>
        <translation>Importo media</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>Po shqyrtohen skedarët…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Importing media</source>
        <translation>Po importohen mediat</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 nga %2: %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Importi u ndal: %1</translation>
    </message>
    <message>
        <source>Cancelling after the files under way…</source>
        <translation>Po anulohet pas skedarëve në punë…</translation>
    </message>
</context>
<context>
    <name>MediaPickModel</name>
    <message>
        <source>Title or file</source>
        <translation>Titulli ose skedari</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Legjenda</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Teksti alternativ</translation>
    </message>
</context>
<context>
    <name>MediaPickerDialog</name>
    <message>
        <source>Choose from the media library</source>
        <translation>Zgjidhni nga biblioteka e medias</translation>
    </message>
    <message>
        <source>Filter by title, file name or caption</source>
        <translation>Filtro sipas titullit, emrit të skedarit ose legjendës</translation>
    </message>
</context>
<context>
    <name>MediaWorkspace</name>
    <message>
        <source>Import Files…</source>
        <translation>Importo skedarë…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>Importo dosje…</translation>
    </message>
    <message>
        <source>Add Hosted Video…</source>
        <translation>Shto video të pritur jashtë…</translation>
    </message>
    <message>
        <source>Add to Open Gallery</source>
        <translation>Shto në galerinë e hapur</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Hidhe në kosh</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Zbraz koshin</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteka</translation>
    </message>
    <message>
        <source>Galleries</source>
        <translation>Galeritë</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Import media</source>
        <translation>Importo media</translation>
    </message>
    <message>
        <source>Images, PDFs and videos (*.jpg *.jpeg *.png *.webp *.gif *.pdf *.mp4 *.webm);;All files (*)</source>
        <translation>Imazhe, PDF dhe video (*.jpg *.jpeg *.png *.webp *.gif *.pdf *.mp4 *.webm);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Import a folder of media</source>
        <translation>Importo një dosje me media</translation>
    </message>
    <message>
        <source>Add hosted video</source>
        <translation>Shto video të pritur jashtë</translation>
    </message>
    <message>
        <source>Address of the YouTube, Vimeo or Aparat video:</source>
        <translation>Adresa e videos në YouTube, Vimeo ose Aparat:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titulli:</translation>
    </message>
    <message>
        <source>Poster image (optional)</source>
        <translation>Imazhi i posterit (opsional)</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Imazhe (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Nuk u shtua</translation>
    </message>
    <message>
        <source>No gallery open</source>
        <translation>Asnjë galeri e hapur</translation>
    </message>
    <message>
        <source>Open a gallery in the Galleries tab first.</source>
        <translation>Hapni fillimisht një galeri te skeda Galeritë.</translation>
    </message>
    <message>
        <source>Still in use</source>
        <translation>Ende në përdorim</translation>
    </message>
    <message>
        <source>Delete every media item in the trash for good?</source>
        <translation>Të fshihen përgjithmonë të gjitha mediat në kosh?</translation>
    </message>
    <message>
        <source>%1 items deleted for good.</source>
        <translation>%1 elemente u fshinë përgjithmonë.</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Edition</source>
        <translation>Edicioni</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>Made from the title until you edit it; unique in the edition</source>
        <translation>Krijohet nga titulli derisa ta redaktoni; unik në edicion</translation>
    </message>
    <message>
        <source>From the title</source>
        <translation>Nga titulli</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identifikuesi</translation>
    </message>
    <message>
        <source>World/Iraq</source>
        <translation>Bota/Iraku</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Të ndara me presje</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketat</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Nënshkrimi</translation>
    </message>
    <message>
        <source>The site user who publishes the post</source>
        <translation>Përdoruesi i faqes që e boton postimin</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autori</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Burimi</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL-ja e burimit</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Përmbledhja</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Asnjë</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Zgjidh…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Pastro</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>Foto kryesore</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Shto…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hiq</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bashkëngjitjet</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Skicë</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Në shqyrtim</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gati për botim</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>E planifikuar</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>I botuar</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>I arkivuar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Planifikuar për</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ende jo</translation>
    </message>
    <message>
        <source>The slug %s is already used in this edition.</source>
        <translation>Identifikuesi %s përdoret tashmë në këtë edicion.</translation>
    </message>
    <message>
        <source>A scheduled article needs a date and time: tick Date and set it.</source>
        <translation>Një artikull i planifikuar ka nevojë për datë dhe orë: shënoni Data dhe caktojeni.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+{n} more</source>
        <translation>+{n} të tjera</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Mark done</source>
        <translation>Shëno si të kryer</translation>
    </message>
    <message>
        <source>Due now: {action}</source>
        <translation>Në afat tani: {action}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Application Password</source>
        <translation>Fjalëkalimi i aplikacionit</translation>
    </message>
    <message>
        <source>Application Password for {user} at {url}:</source>
        <translation>Fjalëkalimi i aplikacionit për {user} në {url}:</translation>
    </message>
    <message>
        <source>There is no secure keyring on this computer, so it is kept only until the app closes.</source>
        <translation>Ky kompjuter nuk ka varg çelësash të sigurt, ndaj ruhet vetëm derisa të mbyllet aplikacioni.</translation>
    </message>
</context>
<context>
    <name>PlatformCard</name>
    <message>
        <source>Keep My Text</source>
        <translation>Mbaj tekstin tim</translation>
    </message>
    <message>
        <source>Save this text as edited: generating again keeps it.</source>
        <translation>Ruaje këtë tekst siç është redaktuar: gjenerimi i ri e mban.</translation>
    </message>
    <message>
        <source>Use Generated Text</source>
        <translation>Përdor tekstin e gjeneruar</translation>
    </message>
    <message>
        <source>Copy Text</source>
        <translation>Kopjo tekstin</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Kopjo lidhjen</translation>
    </message>
    <message>
        <source>Copy Share Link</source>
        <translation>Kopjo lidhjen e ndarjes</translation>
    </message>
    <message>
        <source>Skype has no share link any more.</source>
        <translation>Skype nuk ka më lidhje ndarjeje.</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Imazhi %1</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Pa imazh</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subjekti: %1</translation>
    </message>
    <message>
        <source>%1 of %2 by X's counting (links count 23)</source>
        <translation>%1 nga %2 sipas numërimit të X (lidhjet numërohen 23)</translation>
    </message>
    <message>
        <source>Message %1 of 4,095 characters; as a photo caption %2 of 1,023</source>
        <translation>Mesazhi %1 nga 4.095 shenja; si legjendë fotoje %2 nga 1.023</translation>
    </message>
    <message>
        <source>Title %1 of 100, description %2 of 500; 2:3 image</source>
        <translation>Titulli %1 nga 100, përshkrimi %2 nga 500; imazh 2:3</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System default</source>
        <translation>Parazgjedhja e sistemit</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Sipas sistemit</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>E çelët</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>E errët</translation>
    </message>
    <message>
        <source>System time zone</source>
        <translation>Zona kohore e sistemit</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Parapëlqimet</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Pamja</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Gjuha e ndërfaqes:</translation>
    </message>
    <message>
        <source>Show Solar Hijri dates in the Farsi interface</source>
        <translation>Shfaq datat hixhri diellore në ndërfaqen persisht</translation>
    </message>
    <message>
        <source>Writing and scheduling</source>
        <translation>Shkrimi dhe planifikimi</translation>
    </message>
    <message>
        <source>&amp;Default edition:</source>
        <translation>Edicioni i &amp;parazgjedhur:</translation>
    </message>
    <message>
        <source>Editor &amp;font size:</source>
        <translation>Madhësia e &amp;shkronjave të redaktorit:</translation>
    </message>
    <message>
        <source>Check &amp;spelling while typing</source>
        <translation>Kontrollo &amp;drejtshkrimin gjatë shkrimit</translation>
    </message>
    <message>
        <source>Your &amp;time zone:</source>
        <translation>Zona juaj &amp;kohore:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Gjuha e ndërfaqes</translation>
    </message>
    <message>
        <source>The new interface language is used the next time you start Nejat Desk.</source>
        <translation>Gjuha e re e ndërfaqes përdoret herën tjetër që hapni Nejat Desk.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to a site</source>
        <translation>Boto në një faqe</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Skicë</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Në pritje të shqyrtimit</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>E planifikuar</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>I botuar</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Faqja</translation>
    </message>
    <message>
        <source>Status on the site</source>
        <translation>Gjendja në faqe</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>Botohet më</translation>
    </message>
    <message>
        <source>Queue and send</source>
        <translation>Vendos në radhë dhe dërgo</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull posts from {site}</source>
        <translation>Merr postimet nga {site}</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>Të gjitha postimet</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edicioni</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nga</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Deri</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Merr</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zhbëj</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ribëj</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Prit</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopjo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Ngjit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Fshi</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Përzgjidh të gjitha</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Shfaq hollësitë...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Fshih hollësitë...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zbato</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Ruaj</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Ruaj të gjitha</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hidh poshtë</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Mos e ruaj</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Mbyll pa ruajtur</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Hap</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Po</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Jo</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Po për të &amp;gjitha</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>J&amp;o për të gjitha</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprovo</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Shpërfill</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Ndërprit</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Rivendos</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Rikthe parazgjedhjet</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zhbëj</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ribëj</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Prit</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopjo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopjo &amp;adresën e lidhjes</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Ngjit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Fshi</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Përzgjidh të gjitha</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Rikthe nga kopja rezervë</translation>
    </message>
    <message>
        <source>Restoring replaces the library's content with the chosen copy. The current content is backed up first, so a restore can itself be undone.</source>
        <translation>Rikthimi e zëvendëson përmbajtjen e bibliotekës me kopjen e zgjedhur. Përmbajtja e tanishme ruhet më parë, ndaj edhe vetë rikthimi mund të zhbëhet.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Madhësia</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Bërë më</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rikthe</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Ende nuk ka kopje rezervë.</translation>
    </message>
    <message>
        <source>Replace the library with the backup taken %1?</source>
        <translation>Të zëvendësohet biblioteka me kopjen rezervë të bërë më %1?</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Rikthimi dështoi</translation>
    </message>
    <message>
        <source>Restored. The previous content was kept as %1.</source>
        <translation>U rikthye. Përmbajtja e mëparshme u ruajt si %1.</translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message>
        <source>Status change</source>
        <translation>Ndryshim gjendjeje</translation>
    </message>
    <message>
        <source>Saved by hand</source>
        <translation>Ruajtur me dorë</translation>
    </message>
    <message>
        <source>Every few minutes</source>
        <translation>Çdo disa minuta</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Para një rikthimi</translation>
    </message>
    <message>
        <source>Import conflict</source>
        <translation>Konflikt importi</translation>
    </message>
    <message>
        <source>Site conflict</source>
        <translation>Konflikt me faqen</translation>
    </message>
    <message>
        <source>Before deleting</source>
        <translation>Para fshirjes</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>Rishikimet</translation>
    </message>
    <message>
        <source>Restore This Revision</source>
        <translation>Rikthe këtë rishikim</translation>
    </message>
    <message>
        <source>Differences are shown from the revision to the current text.</source>
        <translation>Ndryshimet shfaqen nga rishikimi te teksti i tanishëm.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No revisions yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ende nuk ka rishikime.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>rishikimi</translation>
    </message>
    <message>
        <source>current</source>
        <translation>i tanishmi</translation>
    </message>
</context>
<context>
    <name>ScheduleCommands</name>
    <message>
        <source>Move “{title}”</source>
        <translation>Zhvendos “{title}”</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Article</source>
        <translation>Artikull</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galeri</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Numër</translation>
    </message>
    <message>
        <source>Social post</source>
        <translation>Postim në rrjete sociale</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>I planifikuar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Në afat</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>I humbur</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>U krye</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>I anuluar</translation>
    </message>
    <message>
        <source>Your time ({zone})</source>
        <translation>Ora juaj ({zone})</translation>
    </message>
    <message>
        <source>Edition time</source>
        <translation>Ora e edicionit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Edition / platform</source>
        <translation>Edicioni / platforma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Paralajmërimet</translation>
    </message>
    <message>
        <source>all editions</source>
        <translation>të gjitha edicionet</translation>
    </message>
    <message>
        <source>Nothing scheduled on {day} in: {editions}</source>
        <translation>Asgjë e planifikuar më {day} në: {editions}</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>I HUMBUR</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>NË AFAT</translation>
    </message>
</context>
<context>
    <name>ScheduleWarnings</name>
    <message>
        <source>{count} posts in the {edition} edition in the hour from {time} (at most {limit} per hour).</source>
        <translation>{count} postime në edicionin {edition} brenda orës nga {time} (jo më shumë se {limit} në orë).</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” ({edition}) are {minutes} min apart (at least {limit} min wanted).</source>
        <translation>“{first}” dhe “{second}” ({edition}) janë {minutes} min larg njëri-tjetrit (duhen të paktën {limit} min).</translation>
    </message>
    <message>
        <source>“{title}” is scheduled but its status is “{status}”, not ready.</source>
        <translation>“{title}” është planifikuar, por gjendja e tij është “{status}”, jo gati për botim.</translation>
    </message>
    <message>
        <source>The {platform} post for “{title}” goes out before the article it links to.</source>
        <translation>Postimi në {platform} për “{title}” del para artikullit ku lidhet.</translation>
    </message>
    <message>
        <source>The {platform} post for “{title}” is scheduled but the article is not.</source>
        <translation>Postimi në {platform} për “{title}” është planifikuar, por artikulli jo.</translation>
    </message>
    <message>
        <source>“{title}” uses an image without alt text.</source>
        <translation>“{title}” përdor një imazh pa tekst alternativ.</translation>
    </message>
    <message>
        <source>“{title}” uses {count} images without alt text.</source>
        <translation>“{title}” përdor {count} imazhe pa tekst alternativ.</translation>
    </message>
    <message>
        <source>Nothing is scheduled in the {edition} edition on {day}.</source>
        <translation>Asgjë nuk është planifikuar në edicionin {edition} më {day}.</translation>
    </message>
</context>
<context>
    <name>ScheduleWorkspace</name>
    <message>
        <source>Daylight-saving change</source>
        <translation>Ndërrim i orës verore</translation>
    </message>
    <message>
        <source>{time} happens twice in {zone} (the clocks go back). Which one?</source>
        <translation>{time} ndodh dy herë në {zone} (orët kthehen pas). Cilën?</translation>
    </message>
    <message>
        <source>The first ({utc} UTC)</source>
        <translation>E para ({utc} UTC)</translation>
    </message>
    <message>
        <source>The second ({utc} UTC)</source>
        <translation>E dyta ({utc} UTC)</translation>
    </message>
    <message>
        <source>{time} does not exist in {zone} (the clocks go forward).</source>
        <translation>{time} nuk ekziston në {zone} (orët shtyhen përpara).</translation>
    </message>
    <message>
        <source>Move to {time}</source>
        <translation>Zhvendos në {time}</translation>
    </message>
    <message>
        <source>Due and missed</source>
        <translation>Në afat dhe të humbura</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Shëno si të kryer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Hiqe</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Paralajmërimet</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Kalendari</translation>
    </message>
    <message>
        <source>Publication issue…</source>
        <translation>Numër botimi…</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Kalendari</translation>
    </message>
    <message>
        <source>New publication issue…</source>
        <translation>Numër i ri botimi…</translation>
    </message>
    <message>
        <source>Export iCalendar…</source>
        <translation>Eksporto iCalendar…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Muaj</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Javë</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Axhenda</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>I mëparshmi</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Sot</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>I radhës</translation>
    </message>
    <message>
        <source>Show the {name} edition</source>
        <translation>Shfaq edicionin {name}</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Llojet</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platformat</translation>
    </message>
    <message>
        <source>Colour by edition</source>
        <translation>Ngjyra sipas edicionit</translation>
    </message>
    <message>
        <source>Colour by platform</source>
        <translation>Ngjyra sipas platformës</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Gregorian</translation>
    </message>
    <message>
        <source>Solar Hijri</source>
        <translation>Hixhri diellor</translation>
    </message>
    <message>
        <source>Islamic civil</source>
        <translation>Islamik civil</translation>
    </message>
    <message>
        <source>No second calendar</source>
        <translation>Pa kalendar të dytë</translation>
    </message>
    <message>
        <source>+ Gregorian</source>
        <translation>+ Gregorian</translation>
    </message>
    <message>
        <source>+ Solar Hijri</source>
        <translation>+ Hixhri diellor</translation>
    </message>
    <message>
        <source>+ Islamic civil</source>
        <translation>+ Islamik civil</translation>
    </message>
    <message>
        <source>Edition calendars</source>
        <translation>Kalendarët e edicioneve</translation>
    </message>
    <message>
        <source>Show the Farsi edition's dates in the Solar Hijri calendar and the Arabic edition's in the Islamic civil calendar</source>
        <translation>Shfaq datat e edicionit persisht në kalendarin hixhri diellor dhe të edicionit arabisht në kalendarin islamik civil</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>Java e {date}</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>Oraret sipas {zone}</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <translation>Paralajmërimet ({n})</translation>
    </message>
    <message>
        <source>Due and missed ({n})</source>
        <translation>Në afat dhe të humbura ({n})</translation>
    </message>
    <message>
        <source>Nothing due or missed</source>
        <translation>Asgjë në afat apo e humbur</translation>
    </message>
    <message>
        <source>{n} scheduled items were missed while Nejat Desk was closed.</source>
        <translation>{n} elemente të planifikuara humbën ndërsa Nejat Desk ishte i mbyllur.</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>Eksporto iCalendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting the calendar</source>
        <translation>Po eksportohet kalendari</translation>
    </message>
    <message>
        <source>{n} events written to {path}</source>
        <translation>{n} ngjarje u shkruan në {path}</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Edit site</source>
        <translation>Redakto faqen</translation>
    </message>
    <message>
        <source>Add a WordPress site</source>
        <translation>Shto një faqe WordPress</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>e pandryshuar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Provo lidhjen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>WordPress user</source>
        <translation>Përdoruesi i WordPress-it</translation>
    </message>
    <message>
        <source>Application Password</source>
        <translation>Fjalëkalimi i aplikacionit</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>Edicionet</translation>
    </message>
    <message>
        <source>Create an Application Password in the user's profile on the site (Users &gt; Profile &gt; Application Passwords). It is kept in the system keyring.</source>
        <translation>Krijoni një Fjalëkalim aplikacioni në profilin e përdoruesit në faqe (Përdoruesit &gt; Profili &gt; Fjalëkalime aplikacionesh). Ruhet në vargun e çelësave të sistemit.</translation>
    </message>
</context>
<context>
    <name>SitesModels</name>
    <message>
        <source>Waiting</source>
        <translation>Në pritje</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Po dërgohet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Dështoi</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>U dërgua</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>I anuluar</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Faqja</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Përdoruesi</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>Edicionet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Fjalëkalimi</translation>
    </message>
    <message>
        <source>known</source>
        <translation>e njohur</translation>
    </message>
    <message>
        <source>will be asked</source>
        <translation>do të kërkohet</translation>
    </message>
    <message>
        <source>Application Passwords live in the system keyring; without a secure keyring the password is asked once per session and never stored.</source>
        <translation>Fjalëkalimet e aplikacioneve ruhen në vargun e çelësave të sistemit; pa varg të sigurt çelësash fjalëkalimi kërkohet një herë për seancë dhe nuk ruhet kurrë.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Puna</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <source>Site status</source>
        <translation>Gjendja në faqe</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Përpjekjet</translation>
    </message>
    <message>
        <source>Next attempt (UTC)</source>
        <translation>Përpjekja e radhës (UTC)</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Mesazhi i fundit</translation>
    </message>
    <message>
        <source>as the article</source>
        <translation>si artikulli</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edicioni</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identifikuesi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Gjendja</translation>
    </message>
</context>
<context>
    <name>SitesWorkspace</name>
    <message>
        <source>Sites</source>
        <translation>Faqet</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>Shto faqe…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redakto…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Provo lidhjen</translation>
    </message>
    <message>
        <source>Password…</source>
        <translation>Fjalëkalimi…</translation>
    </message>
    <message>
        <source>Pull posts…</source>
        <translation>Merr postimet…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hiq</translation>
    </message>
    <message>
        <source>Publish articles…</source>
        <translation>Boto artikuj…</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Dërgo tani</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprovo</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Anulo punën</translation>
    </message>
    <message>
        <source>Compare and resolve…</source>
        <translation>Krahaso dhe zgjidh…</translation>
    </message>
    <message>
        <source>Show finished jobs</source>
        <translation>Shfaq punët e përfunduara</translation>
    </message>
    <message>
        <source>&lt;b&gt;WordPress sites&lt;/b&gt;</source>
        <translation>&lt;b&gt;Faqet WordPress&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outbox&lt;/b&gt; — everything sent to the sites goes through here; work queued offline goes out when the site can be reached.</source>
        <translation>&lt;b&gt;Kutia e daljes&lt;/b&gt; — gjithçka që dërgohet në faqe kalon këtu; puna e vënë në radhë pa internet dërgohet kur faqja arrihet.</translation>
    </message>
    <message>
        <source>Unexpected error: {e}</source>
        <translation>Gabim i papritur: {e}</translation>
    </message>
    <message>
        <source>Site not added</source>
        <translation>Faqja nuk u shtua</translation>
    </message>
    <message>
        <source>Site {name} added.</source>
        <translation>Faqja {name} u shtua.</translation>
    </message>
    <message>
        <source>Site not saved</source>
        <translation>Faqja nuk u ruajt</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Po provohet…</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Po provohet lidhja</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Po provohet lidhja…</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Hiq faqen</translation>
    </message>
    <message>
        <source>Remove {name}? Its outbox jobs and the record of what was sent to it are removed too, and its password is forgotten. Nothing on the site itself is deleted.</source>
        <translation>Të hiqet {name}? Hiqen edhe punët e kutisë së daljes dhe regjistri i asaj që iu dërgua, dhe fjalëkalimi harrohet. Asgjë nuk fshihet në vetë faqen.</translation>
    </message>
    <message>
        <source>Pulling posts…</source>
        <translation>Po merren postimet…</translation>
    </message>
    <message>
        <source>Pulling posts</source>
        <translation>Po merren postimet</translation>
    </message>
    <message>
        <source>Pulled: {c} new, {u} updated, {n} unchanged, {k} conflicts.</source>
        <translation>U morën: {c} të reja, {u} të përditësuara, {n} të pandryshuara, {k} konflikte.</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Faqet</translation>
    </message>
    <message>
        <source>Send the outbox now</source>
        <translation>Dërgo tani kutinë e daljes</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Asnjë faqe</translation>
    </message>
    <message>
        <source>Add a WordPress site first.</source>
        <translation>Shtoni fillimisht një faqe WordPress.</translation>
    </message>
    <message>
        <source>Not queued</source>
        <translation>Nuk u vu në radhë</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nuk ka asgjë për të dërguar.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Po dërgohet…</translation>
    </message>
    <message>
        <source>Sending to the sites</source>
        <translation>Po dërgohet në faqe</translation>
    </message>
    <message>
        <source>{n} sent</source>
        <translation>{n} u dërguan</translation>
    </message>
    <message>
        <source>{n} waiting to retry</source>
        <translation>{n} në pritje për riprovim</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} dështuan</translation>
    </message>
    <message>
        <source>{n} in conflict: compare and resolve</source>
        <translation>{n} në konflikt: krahasoni dhe zgjidhni</translation>
    </message>
    <message>
        <source>The site's version is now in the library.</source>
        <translation>Versioni i faqes tani është në bibliotekë.</translation>
    </message>
</context>
<context>
    <name>SnippetPreview</name>
    <message>
        <source>Consumer Skype was retired in May 2025 and its web share link with it: there is no share link for Skype any more. Copy the message and paste it into Teams or any chat.</source>
        <translation>Skype për konsumatorët u mbyll në maj 2025 dhe bashkë me të lidhja e ndarjes në ueb: nuk ka më lidhje ndarjeje për Skype. Kopjoni mesazhin dhe ngjiteni në Teams ose në çdo bisedë.</translation>
    </message>
</context>
<context>
    <name>SnippetPreviewDialog</name>
    <message>
        <source>Share Snippets</source>
        <translation>Fragmente për ndarje</translation>
    </message>
    <message>
        <source>Article id</source>
        <translation>ID e artikullit</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Shfaq</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Artikulli:</translation>
    </message>
</context>
<context>
    <name>SnippetPreviewPanel</name>
    <message>
        <source>Preparing the snippets…</source>
        <translation>Po përgatiten fragmentet…</translation>
    </message>
    <message>
        <source>Snippets…</source>
        <translation>Fragmentet…</translation>
    </message>
    <message>
        <source>Your text is kept: generating again will not replace it.</source>
        <translation>Teksti juaj mbahet: gjenerimi i ri nuk e zëvendëson.</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>Spelling: %1 (%2)</source>
        <translation>Drejtshkrimi: %1 (%2)</translation>
    </message>
    <message>
        <source>No %1 dictionary installed: spelling is not checked</source>
        <translation>Nuk ka fjalor %1 të instaluar: drejtshkrimi nuk kontrollohet</translation>
    </message>
</context>
<context>
    <name>TranslationBar</name>
    <message>
        <source>Create translation in…</source>
        <translation>Krijo përkthim në…</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versionet:</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>pa titull</translation>
    </message>
    <message>
        <source>(original)</source>
        <translation>(origjinali)</translation>
    </message>
    <message>
        <source>no translations yet</source>
        <translation>ende pa përkthime</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Koshi</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Fshirë më</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Rikthe</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently</source>
        <translation>&amp;Fshi përgjithmonë</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Fshi përgjithmonë</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Të fshihet përgjithmonë %n element? Kjo nuk zhbëhet.</numerusform>
            <numerusform>Të fshihen përgjithmonë %n elemente? Kjo nuk zhbëhet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some items were not changed</source>
        <translation>Disa elemente nuk u ndryshuan</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Articles</source>
        <translation>Artikujt</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Kalendari</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Faqet</translation>
    </message>
</context>
<context>
    <name>_CalendarView</name>
    <message>
        <source>Your time: {time} ({zone})</source>
        <translation>Ora juaj: {time} ({zone})</translation>
    </message>
    <message>
        <source>Edition time: {time}</source>
        <translation>Ora e edicionit: {time}</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Gjendja: {state}</translation>
    </message>
</context>
<context>
    <name>_Side</name>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Përmbledhja</translation>
    </message>
    <message>
        <source>Modified: {when}</source>
        <translation>Ndryshuar: {when}</translation>
    </message>
</context>
</TS>