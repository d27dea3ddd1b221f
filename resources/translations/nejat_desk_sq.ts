<?xml version="1.0" encoding="utf-8"?>
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
        <source>Library is read-only</source>
        <translation>Biblioteka është vetëm për lexim</translation>
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
        <source>Example articles, pictures and a PDF issue are in the library: try them, then delete what you do not need.</source>
        <translation>Në bibliotekë ka artikuj, fotografi dhe një numër PDF shembull: provojini, pastaj fshini ato që nuk ju duhen.</translation>
    </message>
    <message>
        <source>Adding the example content…</source>
        <translation>Po shtohet përmbajtja shembull…</translation>
    </message>
    <message>
        <source>Library check</source>
        <translation>Kontrolli i bibliotekës</translation>
    </message>
    <message>
        <source>The library&apos;s integrity check found problems:
%1

Use File &gt; Restore from Backup to go back to a good copy.</source>
        <translation>Kontrolli i integritetit të bibliotekës gjeti probleme:
%1

Përdorni Skedar &gt; Rikthe nga kopja rezervë për t&apos;u kthyer te një kopje e shëndoshë.</translation>
    </message>
    <message>
        <source>Library checked: no problems found.</source>
        <translation>Biblioteka u kontrollua: nuk u gjet asnjë problem.</translation>
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
        <source>Discard the Untouched New Article</source>
        <translation>Hidh artikullin e ri të paprekur</translation>
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
    <message>
        <source>untitled</source>
        <translation>pa titull</translation>
    </message>
    <message>
        <source>Nejat Desk did not close normally. “%1” is open where you were, and the typing that had not been saved yet was recovered.</source>
        <translation>Nejat Desk nuk u mbyll normalisht. “%1” është hapur aty ku ishit dhe shkrimi që ende s’ishte ruajtur u rikthye.</translation>
    </message>
    <message>
        <source>Nejat Desk did not close normally. “%1” is open where you were; nothing you typed was lost.</source>
        <translation>Nejat Desk nuk u mbyll normalisht. “%1” është hapur aty ku ishit; asgjë nga ç’shkruat nuk humbi.</translation>
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
        <source>(deleted)</source>
        <translation>(i fshirë)</translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <translation>%1 · e vjetruar</translation>
    </message>
    <message>
        <source>A stale translation: its original changed since it was translated or marked as up to date.</source>
        <translation>Përkthim i vjetruar: origjinali ka ndryshuar që kur u përkthye ose u shënua si i përditësuar.</translation>
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
        <source>Stale</source>
        <translation>Të vjetruara</translation>
    </message>
    <message>
        <source>Only translations whose original changed since they were translated or marked as up to date</source>
        <translation>Vetëm përkthimet, origjinali i të cilave ka ndryshuar që kur u përkthyen ose u shënuan si të përditësuara</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Të bllokuara</translation>
    </message>
    <message>
        <source>Only articles whose last pre-flight check found what blocks them</source>
        <translation>Vetëm artikujt, kontrolli i fundit para botimit i të cilëve gjeti diçka që i bllokon</translation>
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
    <message>
        <source>The filter could not be saved.</source>
        <translation>Filtri nuk u ruajt.</translation>
    </message>
    <message>
        <source>No articles match “%1” with these filters.</source>
        <translation>Asnjë artikull nuk përputhet me “%1” me këta filtra.</translation>
    </message>
    <message>
        <source>No articles match “%1”.</source>
        <translation>Asnjë artikull nuk përputhet me “%1”.</translation>
    </message>
    <message>
        <source>Clear Search and Filters</source>
        <translation>Pastro kërkimin dhe filtrat</translation>
    </message>
    <message>
        <source>No articles match these filters.</source>
        <translation>Asnjë artikull nuk përputhet me këta filtra.</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Pastro filtrat</translation>
    </message>
    <message>
        <source>No articles yet. Create one with File &gt; New &gt; Article, or bring Markdown files or a WordPress export in with File &gt; Import…</source>
        <translation>Ende s’ka artikuj. Krijoni një me Skedar &gt; I ri &gt; Artikull, ose sillni skedarë Markdown a një eksport WordPress me Skedar &gt; Importo…</translation>
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
        <source>&amp;Search Articles</source>
        <translation>&amp;Kërko artikuj</translation>
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
        <source>Keep the library&apos;s version</source>
        <translation>Mbaj versionin e bibliotekës</translation>
    </message>
    <message>
        <source>Take the site&apos;s version</source>
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
        <source>Missed while Nejat Desk was closed</source>
        <translation>Të humbura ndërsa Nejat Desk ishte i mbyllur</translation>
    </message>
    <message>
        <source>Planned items that came due while Nejat Desk was closed or offline: {count}. They stay listed in Schedule until you act on them.</source>
        <translation>Zëra të planifikuar që u erdhi koha ndërsa Nejat Desk ishte i mbyllur ose jashtë linje: {count}. Mbeten të listuar te Kalendari derisa të veproni për ta.</translation>
    </message>
    <message>
        <source>{when}: {action}</source>
        <translation>{when}: {action}</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…dhe {count} të tjerë.</translation>
    </message>
    <message>
        <source>Due now: {action}</source>
        <translation>Në afat tani: {action}</translation>
    </message>
</context>
<context>
    <name>EditLockBar</name>
    <message>
        <source>Pull First</source>
        <translation>Tërhiq më parë</translation>
    </message>
    <message>
        <source>Bring the site&apos;s copy of this article into the library</source>
        <translation>Sill në bibliotekë kopjen e sajtit të këtij artikulli</translation>
    </message>
</context>
<context>
    <name>EditLockController</name>
    <message>
        <source>The site could not be checked, so the edit lock could not be taken: %1</source>
        <translation>Sajti nuk u kontrollua dot, ndaj kyçi i redaktimit nuk u mor: %1</translation>
    </message>
    <message>
        <source>The site&apos;s copy of this article changed since the last pull; pull it first to work on the latest text.</source>
        <translation>Kopja e sajtit e këtij artikulli ka ndryshuar që nga tërheqja e fundit; tërhiqeni më parë për të punuar mbi tekstin më të ri.</translation>
    </message>
    <message>
        <source>Pulling the article from the site</source>
        <translation>Po tërhiqet artikulli nga sajti</translation>
    </message>
    <message>
        <source>The article was changed here too: both versions are kept; compare them in Sites (Compare and resolve).</source>
        <translation>Artikulli u ndryshua edhe këtu: të dy versionet mbahen; krahasojini te Sajtet (Krahaso dhe zgjidh).</translation>
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
        <source>The settings could not be saved.</source>
        <translation>Cilësimet nuk u ruajtën.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Po ruhet…</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Cilësime të paruajtura</translation>
    </message>
    <message>
        <source>Save the changes to this edition&apos;s settings?</source>
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
        <source>https://… (empty: each edition&apos;s site)</source>
        <translation>https://… (bosh: faqja e çdo edicioni)</translation>
    </message>
    <message>
        <source>utm_campaign (empty: EDITION-share)</source>
        <translation>utm_campaign (bosh: EDITION-share)</translation>
    </message>
    <message>
        <source>Hootsuite reads every time in the file in the time zone of the account you upload it to: choose that zone.</source>
        <translation>Hootsuite e lexon çdo orë në skedar në brezin orar të llogarisë ku e ngarkoni: zgjidhni atë brez.</translation>
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
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona kohore:</translation>
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
        <source>Posts, categories, tags, media and translation links for WordPress&apos;s importer. Scheduled posts whose date has passed are listed: WordPress publishes them at once.</source>
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
        <source>Scheduled social posts for Hootsuite&apos;s bulk composer (date mm/dd/yyyy hh:mm, message, link), all in the time zone chosen below; posts less than 15 minutes ahead are left out, and more than 350 are split into several files.</source>
        <translation>Postime sociale të planifikuara për hartuesin në grup të Hootsuite (data mm/dd/yyyy hh:mm, mesazhi, lidhja), të gjitha në brezin orar të zgjedhur më poshtë; postimet që janë më pak se 15 minuta larg lihen jashtë dhe mbi 350 ndahen në disa skedarë.</translation>
    </message>
    <message>
        <source>Not exported to %1: %2</source>
        <translation>Nuk u eksportua te %1: %2</translation>
    </message>
    <message>
        <source>Choose Another Place</source>
        <translation>Zgjidhni një vend tjetër</translation>
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
    <name>FindingsDialog</name>
    <message>
        <source>Pre-flight check</source>
        <translation>Kontrolli para botimit</translation>
    </message>
    <message>
        <source>Overridden on {when} ({action}): {reason}</source>
        <translation>U anashkalua më {when} ({action}): {reason}</translation>
    </message>
    <message>
        <source>published</source>
        <translation>botuar</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planifikuar</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Blocks</source>
        <translation>Bllokon</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Paralajmërim</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Shënim</translation>
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
        <translation>Fotot (tërhiqni për t&apos;i renditur; tërhiqni nga biblioteka për të shtuar)</translation>
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
        <source>Saved, but not planned or published: the pre-flight check found what blocks it.</source>
        <translation>U ruajt, por nuk u planifikua as u botua: kontrolli para botimit gjeti diçka që e bllokon.</translation>
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
    <name>InsecureHttpDialog</name>
    <message>
        <source>Send the password unencrypted?</source>
        <translation>Të dërgohet fjalëkalimi pa fshehtëzim?</translation>
    </message>
    <message>
        <source>{url} is a plain http:// address. The Application Password would cross the network unencrypted: anyone on the way (a shared Wi-Fi, the provider) could read it and publish as this user.</source>
        <translation>{url} është adresë e thjeshtë http://. Application Password do të kalonte rrjetin pa fshehtëzim: kushdo në rrugë (një Wi-Fi i përbashkët, ofruesi) mund ta lexonte dhe të botonte si ky përdorues.</translation>
    </message>
    <message>
        <source>Use the site&apos;s https:// address if it has one. Allow plain http for this site only on a network you trust.</source>
        <translation>Përdorni adresën https:// të sajtit nëse e ka. Lejojeni http-në e thjeshtë për këtë sajt vetëm në një rrjet që i besoni.</translation>
    </message>
    <message>
        <source>Allow plain http</source>
        <translation>Lejo http të thjeshtë</translation>
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
        <source>Newsletter footer…</source>
        <translation>Fundi i buletinit…</translation>
    </message>
    <message>
        <source>The sender, postal address and unsubscribe line of this series&apos; emails</source>
        <translation>Dërguesi, adresa postare dhe rreshti i çabonimit të email-eve të kësaj serie</translation>
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
    <message>
        <source>Saved, but not planned: the pre-flight check found what blocks it.</source>
        <translation>U ruajt, por nuk u planifikua: kontrolli para botimit gjeti diçka që e bllokon.</translation>
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
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Shkurtoret e tastierës</translation>
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
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
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
    <name>MediaGrid</name>
    <message>
        <source>ALT</source>
        <translation>ALT</translation>
    </message>
    <message>
        <source>ALT?</source>
        <translation>ALT?</translation>
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
        <source>No pictures, PDFs or videos yet. Drop files here from your file manager, or import them.</source>
        <translation>Ende s’ka fotografi, PDF apo video. Lëshoni këtu skedarë nga përgjegjësi i skedarëve, ose importojini.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Koshi është bosh.</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Asgjë nuk përputhet me këta filtra.</translation>
    </message>
    <message>
        <source>&amp;Media</source>
        <translation>&amp;Media</translation>
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
        <source>Saving…</source>
        <translation>Po ruhet…</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Nuk u shtua</translation>
    </message>
    <message>
        <source>The video could not be added.</source>
        <translation>Videoja nuk mund të shtohej.</translation>
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
    <name>OverrideDialog</name>
    <message>
        <source>Pre-flight check</source>
        <translation>Kontrolli para botimit</translation>
    </message>
    <message>
        <source>These must be fixed before it goes out, or overridden with a reason that is kept in its history:</source>
        <translation>Këto duhen ndrequr para se të dalë, ose anashkaluar me një arsye që ruhet në historikun e tij:</translation>
    </message>
    <message>
        <source>Why it goes out anyway</source>
        <translation>Pse del gjithsesi</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>Dërgoje &amp;gjithsesi</translation>
    </message>
    <message>
        <source>Go Back and &amp;Fix</source>
        <translation>Kthehu dhe &amp;ndreqe</translation>
    </message>
    <message>
        <source>Reason to override:</source>
        <translation>Arsyeja e anashkalimit:</translation>
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
        <source>%1 of %2 by X&apos;s counting (links count 23)</source>
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
    <name>PreflightController</name>
    <message>
        <source>Metadata</source>
        <translation>Metadatat</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>Para botimit</translation>
    </message>
    <message>
        <source>Pre-flight (%1)</source>
        <translation>Para botimit (%1)</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Kontrolli dështoi: %1</translation>
    </message>
    <message>
        <source>Asking the outside addresses…</source>
        <translation>Po pyeten adresat e jashtme…</translation>
    </message>
    <message>
        <source>Checking links</source>
        <translation>Po kontrollohen lidhjet</translation>
    </message>
    <message>
        <source>The links could not be checked: %1</source>
        <translation>Lidhjet nuk u kontrolluan dot: %1</translation>
    </message>
    <message>
        <source>Every outside link answered.</source>
        <translation>Çdo lidhje e jashtme u përgjigj.</translation>
    </message>
    <message>
        <source>Checking every article</source>
        <translation>Po kontrollohet çdo artikull</translation>
    </message>
    <message>
        <source>The check stopped: %1</source>
        <translation>Kontrolli ndaloi: %1</translation>
    </message>
    <message>
        <source>Articles with something that blocks them: %1</source>
        <translation>Artikuj me diçka që i bllokon: %1</translation>
    </message>
    <message>
        <source>Not changed: the pre-flight check found what blocks it (see the Pre-flight tab).</source>
        <translation>Nuk ndryshoi: kontrolli para botimit gjeti diçka që e bllokon (shihni skedën Para botimit).</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Pre-flight…</source>
        <translation>Para botimit…</translation>
    </message>
    <message>
        <source>What blocks or warns before this gallery goes out, edition by edition</source>
        <translation>Çfarë bllokon ose paralajmëron para se të dalë kjo galeri, edicion pas edicioni</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>Pre-flight findings</source>
        <translation>Gjetjet para botimit</translation>
    </message>
    <message>
        <source>&amp;Go There</source>
        <translation>&amp;Shko atje</translation>
    </message>
    <message>
        <source>Check &amp;Links Online</source>
        <translation>Kontrollo &amp;lidhjet në linjë</translation>
    </message>
    <message>
        <source>Ask each outside address the article links to (needs the network; never blocks)</source>
        <translation>Pyet çdo adresë të jashtme ku lidhet artikulli (do rrjet; nuk bllokon kurrë)</translation>
    </message>
    <message>
        <source>Check &amp;All Articles</source>
        <translation>Kontrollo të &amp;gjithë artikujt</translation>
    </message>
    <message>
        <source>Check every article, so the list marks each one that is blocked (runs in the background)</source>
        <translation>Kontrollo çdo artikull, që lista të shënojë secilin që është i bllokuar (punon në sfond)</translation>
    </message>
    <message>
        <source>Nothing to fix: ready to go out.</source>
        <translation>S’ka ç’të ndreqet: gati për të dalë.</translation>
    </message>
    <message>
        <source>%1 block · %2 warnings · %3 notes</source>
        <translation>%1 bllokim · %2 paralajmërime · %3 shënime</translation>
    </message>
</context>
<context>
    <name>PreflightRulesForm</name>
    <message>
        <source>Pre-flight check</source>
        <translation>Kontrolli para botimit</translation>
    </message>
    <message>
        <source>E&amp;xcerpt</source>
        <translation>&amp;Përmbledhja</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Ka&amp;tegoria</translation>
    </message>
    <message>
        <source>&amp;Byline or source</source>
        <translation>&amp;Nënshkrimi ose burimi</translation>
    </message>
    <message>
        <source>&amp;Featured image</source>
        <translation>&amp;Foto kryesore</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Çdo shifër</translation>
    </message>
    <message>
        <source>Western (0–9)</source>
        <translation>Perëndimore (0–9)</translation>
    </message>
    <message>
        <source>Persian (۰–۹)</source>
        <translation>Persiane (۰–۹)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠–٩)</source>
        <translation>Arabo-indiane (٠–٩)</translation>
    </message>
    <message>
        <source>Missing blocks:</source>
        <translation>Të detyrueshme (bllokojnë kur mungojnë):</translation>
    </message>
    <message>
        <source>Plan translations into:</source>
        <translation>Përkthimet e planifikuara në:</translation>
    </message>
    <message>
        <source>D&amp;igits in the body:</source>
        <translation>&amp;Shifrat në tekst:</translation>
    </message>
    <message>
        <source>When missing, this blocks Publish and Schedule; otherwise it only warns.</source>
        <translation>Kur mungon, bllokon botimin dhe planifikimin; përndryshe vetëm paralajmëron.</translation>
    </message>
    <message>
        <source>An article of this edition without a translation into it gets a warning.</source>
        <translation>Një artikull i këtij edicioni pa përkthim në atë edicion merr një paralajmërim.</translation>
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
        <source>Don&apos;t Save</source>
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
        <source>Restoring replaces the library&apos;s content with the chosen copy. The current content is backed up first, so a restore can itself be undone.</source>
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
    <name>ReviewModel</name>
    <message>
        <source>Waiting</source>
        <translation>Në pritje</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikulli</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nga</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Shënim</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>Për shqyrtim</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Kthyer mbrapsht</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Send for Review</source>
        <translation>Dërgo për shqyrtim</translation>
    </message>
    <message>
        <source>A note for the reviewer. The article goes to the site as pending review.</source>
        <translation>Një shënim për shqyrtuesin. Artikulli shkon në sajt si në pritje të shqyrtimit.</translation>
    </message>
    <message>
        <source>Refresh Review List</source>
        <translation>Rifresko listën e shqyrtimit</translation>
    </message>
    <message>
        <source>Send for Review…</source>
        <translation>Dërgo për shqyrtim…</translation>
    </message>
    <message>
        <source>Send Back…</source>
        <translation>Ktheje mbrapsht…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review&lt;/b&gt; — articles others sent you for review, and those they sent back, with their notes.</source>
        <translation>&lt;b&gt;Shqyrtimi&lt;/b&gt; — artikujt që ju dërguan të tjerët për shqyrtim dhe ata që ju kthyen, me shënimet e tyre.</translation>
    </message>
    <message>
        <source>Choose a site above to see its review list.</source>
        <translation>Zgjidhni një sajt më sipër për të parë listën e tij të shqyrtimit.</translation>
    </message>
    <message>
        <source>Reading the review list</source>
        <translation>Po lexohet lista e shqyrtimit</translation>
    </message>
    <message>
        <source>%1 waiting for review, %2 sent back.</source>
        <translation>%1 në pritje të shqyrtimit, %2 të kthyer mbrapsht.</translation>
    </message>
    <message>
        <source>Choose articles to send for review</source>
        <translation>Zgjidhni artikuj për t’i dërguar për shqyrtim</translation>
    </message>
    <message>
        <source>Choose a site above first.</source>
        <translation>Zgjidhni më parë një sajt më sipër.</translation>
    </message>
    <message>
        <source>Send Back</source>
        <translation>Ktheje mbrapsht</translation>
    </message>
    <message>
        <source>What should be changed? The note goes with the article, which becomes a draft again.</source>
        <translation>Çfarë duhet ndryshuar? Shënimi shkon me artikullin, që bëhet sërish draft.</translation>
    </message>
    <message>
        <source>Sending to the site</source>
        <translation>Po dërgohet në sajt</translation>
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
    <message>
        <source>Pre-flight overridden</source>
        <translation>Kontrolli para botimit u anashkalua</translation>
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
        <source>Missed {when}: {action}</source>
        <translation>Humbur {when}: {action}</translation>
    </message>
    <message>
        <source>Due {when}: {action}</source>
        <translation>Për t’u bërë {when}: {action}</translation>
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
        <source>Show or hide the warnings</source>
        <translation>Shfaq ose fshih paralajmërimet</translation>
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
        <source>Go to date (Ctrl+G)</source>
        <translation>Shko te data (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Shko te data…</translation>
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
        <source>Show the Farsi edition&apos;s dates in the Solar Hijri calendar and the Arabic edition&apos;s in the Islamic civil calendar</source>
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
    <name>SendForReview</name>
    <message>
        <source>Se&amp;nd for Review…</source>
        <translation>&amp;Dërgo për shqyrtim…</translation>
    </message>
    <message>
        <source>Send the open article to its site as pending review, with a note</source>
        <translation>Dërgo artikullin e hapur në sajtin e vet në pritje të shqyrtimit, me një shënim</translation>
    </message>
    <message>
        <source>Sending to the site</source>
        <translation>Po dërgohet në sajt</translation>
    </message>
</context>
<context>
    <name>SeriesFooterDialog</name>
    <message>
        <source>Newsletter footer: %1</source>
        <translation>Fundi i buletinit: %1</translation>
    </message>
    <message>
        <source>To unsubscribe, visit https://… or reply with the word STOP</source>
        <translation>Për t’u çabonuar, vizitoni https://… ose përgjigjuni me fjalën STOP</translation>
    </message>
    <message>
        <source>Printed at the foot of every issue of this series, as mail clients and email law expect: who sends it, a postal address, and how to unsubscribe.</source>
        <translation>Shtypet në fund të çdo numri të kësaj serie, siç presin programet e postës dhe ligji për email-et: kush e dërgon, një adresë postare dhe si të çabonoheni.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Emri i dërguesit</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresa postare</translation>
    </message>
    <message>
        <source>Unsubscribe line</source>
        <translation>Rreshti i çabonimit</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Të tjera</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Shkurtoret e tastierës</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menyja</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Veprimi</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shkurtorja</translation>
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
        <source>Create an Application Password in the user&apos;s profile on the site (Users &gt; Profile &gt; Application Passwords). It is kept in the system keyring.</source>
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
        <source>Last message</source>
        <translation>Mesazhi i fundit</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Përpjekja e radhës</translation>
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
        <source>No WordPress site yet. Add your site with its address, your user name and an Application Password (made in WordPress under Users &gt; Profile). Then articles are published and pulled from here.</source>
        <translation>Ende s’ka sajt WordPress. Shtoni sajtin tuaj me adresën, emrin e përdoruesit dhe një Application Password (krijuar në WordPress te Përdorues &gt; Profil). Pastaj artikujt botohen dhe tërhiqen që këtu.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Asgjë nuk pret të dërgohet.</translation>
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
        <source>{n} stale translations among those sent</source>
        <translation>{n} përkthime të vjetruara mes atyre që u dërguan</translation>
    </message>
    <message>
        <source>The site&apos;s version is now in the library.</source>
        <translation>Versioni i faqes tani është në bibliotekë.</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
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
    <name>SourceChangesDialog</name>
    <message>
        <source>What Changed in the Original</source>
        <translation>Çfarë ndryshoi në origjinal</translation>
    </message>
    <message>
        <source>Changes to the %1 original since this %2 translation followed it (%3).</source>
        <translation>Ndryshimet në origjinalin %1 që kur ky përkthim %2 e ndoqi (%3).</translation>
    </message>
    <message>
        <source>The text this translation followed was not kept: the whole original is shown as new.</source>
        <translation>Teksti që ndoqi ky përkthim nuk u ruajt: i gjithë origjinali shfaqet si i ri.</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>Shëno si të përditësuar</translation>
    </message>
    <message>
        <source>%1 original: what changed</source>
        <translation>Origjinali %1: çfarë ndryshoi</translation>
    </message>
    <message>
        <source>%1 translation</source>
        <translation>Përkthimi %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Përmbledhja</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Paragrafi %1</translation>
    </message>
    <message>
        <source>Paragraph %1, new in the original</source>
        <translation>Paragrafi %1, i ri në origjinal</translation>
    </message>
    <message>
        <source>Paragraph %1, removed from the original</source>
        <translation>Paragrafi %1, i hequr nga origjinali</translation>
    </message>
    <message>
        <source>(nothing in the translation here)</source>
        <translation>(asgjë në përkthim këtu)</translation>
    </message>
    <message>
        <source>The original&apos;s text is the same again; only marking it as up to date is left.</source>
        <translation>Teksti i origjinalit është sërish i njëjtë; mbetet vetëm të shënohet si i përditësuar.</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>Spelling: %1</source>
        <translation>Drejtshkrimi: %1</translation>
    </message>
    <message>
        <source>Spelling not checked (%1)</source>
        <translation>Drejtshkrimi nuk kontrollohet (%1)</translation>
    </message>
    <message>
        <source>No %1 dictionary is installed, so spelling is not checked. To add one, install the %2 package (sudo apt install %2) and reopen the article.</source>
        <translation>Nuk është instaluar fjalor %1, ndaj drejtshkrimi nuk kontrollohet. Për ta shtuar, instaloni paketën %2 (sudo apt install %2) dhe rihapni artikullin.</translation>
    </message>
    <message>
        <source>No %1 dictionary is installed, so spelling is not checked. To add one, install a Hunspell dictionary for it and reopen the article.</source>
        <translation>Nuk është instaluar fjalor %1, ndaj drejtshkrimi nuk kontrollohet. Për ta shtuar, instaloni një fjalor Hunspell për të dhe rihapni artikullin.</translation>
    </message>
</context>
<context>
    <name>StaleTranslationBar</name>
    <message>
        <source>Show Changes</source>
        <translation>Shfaq ndryshimet</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>Shëno si të përditësuar</translation>
    </message>
    <message>
        <source>The %1 original changed since this translation.</source>
        <translation>Origjinali %1 ka ndryshuar që nga ky përkthim.</translation>
    </message>
</context>
<context>
    <name>StaleTranslationController</name>
    <message>
        <source>Show Changes in the &amp;Original…</source>
        <translation>Shfaq ndryshimet në &amp;origjinal…</translation>
    </message>
    <message>
        <source>Mark Translation as &amp;Up to Date</source>
        <translation>Shëno përkthimin si të &amp;përditësuar</translation>
    </message>
    <message>
        <source>Marked as up to date with the original.</source>
        <translation>U shënua si i përditësuar me origjinalin.</translation>
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
<context>
    <name>cli.article_cmds</name>
    <message>
        <source>import Markdown files or folders</source>
        <translation>importo skedarë ose dosje Markdown</translation>
    </message>
    <message>
        <source>Import Markdown files with YAML front matter (files or whole folders). Files it does not handle are listed as skipped.</source>
        <translation>Importon skedarë Markdown me kokë të dhënash YAML (skedarë ose dosje të tëra). Skedarët që nuk i trajton renditen si të kapërcyer.</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>shtyp raportin si JSON</translation>
    </message>
    <message>
        <source>list articles</source>
        <translation>listo artikujt</translation>
    </message>
    <message>
        <source>List the library&apos;s articles, newest change first.</source>
        <translation>Liston artikujt e bibliotekës, me ndryshimin më të ri në krye.</translation>
    </message>
    <message>
        <source>list the trash instead</source>
        <translation>listo koshin në vend të tyre</translation>
    </message>
    <message>
        <source>only translations whose original changed since they were translated or marked as up to date</source>
        <translation>vetëm përkthimet, origjinali i të cilave ka ndryshuar që kur u përkthyen ose u shënuan si të përditësuara</translation>
    </message>
    <message>
        <source>at most this many (0: all)</source>
        <translation>jo më shumë se kaq (0: të gjithë)</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>një objekt JSON për rresht</translation>
    </message>
    <message>
        <source>what changed in a translation&apos;s original</source>
        <translation>çfarë ndryshoi në origjinalin e një përkthimi</translation>
    </message>
    <message>
        <source>Show what changed in the original of a stale translation since it was translated or marked as up to date, paragraph by paragraph beside the translation ([-removed-] {+added+}). Exits 1 when the translation is stale.</source>
        <translation>Shfaq çfarë ndryshoi në origjinalin e një përkthimi të vjetruar që kur u përkthye ose u shënua si i përditësuar, paragraf pas paragrafi pranë përkthimit ([-hequr-] {+shtuar+}). Del me 1 kur përkthimi është i vjetruar.</translation>
    </message>
    <message>
        <source>the translation&apos;s edition</source>
        <translation>edicioni i përkthimit</translation>
    </message>
    <message>
        <source>record that the translation follows the original as it is now</source>
        <translation>regjistro që përkthimi ndjek origjinalin siç është tani</translation>
    </message>
    <message>
        <source>[stale translation]</source>
        <translation>[përkthim i vjetruar]</translation>
    </message>
    <message>
        <source>There is no article {slug} in the {edition} edition.</source>
        <translation>Nuk ka artikull {slug} në edicionin {edition}.</translation>
    </message>
    <message>
        <source>{edition}/{slug} now follows its original as it is.</source>
        <translation>{edition}/{slug} tani ndjek origjinalin e vet siç është.</translation>
    </message>
    <message>
        <source>{edition}/{slug} is up to date with its original.</source>
        <translation>{edition}/{slug} është i përditësuar me origjinalin e vet.</translation>
    </message>
    <message>
        <source>The {source} original changed since this translation followed it ({when}).</source>
        <translation>Origjinali {source} ndryshoi që kur ky përkthim e ndoqi ({when}).</translation>
    </message>
    <message>
        <source>The text it followed was not kept: the whole original is shown as new.</source>
        <translation>Teksti që ndoqi nuk u ruajt: i gjithë origjinali shfaqet si i ri.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Përmbledhja</translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation>Paragrafi {number}</translation>
    </message>
    <message>
        <source>Paragraph {number}, new in the original</source>
        <translation>Paragrafi {number}, i ri në origjinal</translation>
    </message>
    <message>
        <source>Paragraph {number}, removed from the original</source>
        <translation>Paragrafi {number}, i hequr nga origjinali</translation>
    </message>
    <message>
        <source>original: {text}</source>
        <translation>origjinali: {text}</translation>
    </message>
    <message>
        <source>translation: {text}</source>
        <translation>përkthimi: {text}</translation>
    </message>
</context>
<context>
    <name>cli.common</name>
    <message>
        <source>note: {message}</source>
        <translation>shënim: {message}</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>paralajmërim: {message}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>u ndërpre</translation>
    </message>
    <message>
        <source>unexpected error: {error} (details in {folder})</source>
        <translation>gabim i papritur: {error} (hollësitë te {folder})</translation>
    </message>
</context>
<context>
    <name>cli.edition_cmds</name>
    <message>
        <source>show or change edition settings</source>
        <translation>shfaq ose ndrysho cilësimet e edicioneve</translation>
    </message>
    <message>
        <source>Show or change the settings of the four editions.</source>
        <translation>Shfaq ose ndrysho cilësimet e katër edicioneve.</translation>
    </message>
    <message>
        <source>show every edition&apos;s settings</source>
        <translation>shfaq cilësimet e çdo edicioni</translation>
    </message>
    <message>
        <source>change one edition&apos;s settings</source>
        <translation>ndrysho cilësimet e një edicioni</translation>
    </message>
    <message>
        <source>an IANA zone such as Asia/Tehran</source>
        <translation>një zonë IANA si Asia/Tehran</translation>
    </message>
    <message>
        <source>e.g. /%%year%%/%%monthnum%%/%%postname%%/</source>
        <translation>p.sh. /%%year%%/%%monthnum%%/%%postname%%/</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>të ndara me presje</translation>
    </message>
    <message>
        <source>a social handle, e.g. x=@nejat_fa (repeatable; PLATFORM= removes it)</source>
        <translation>një llogari sociale, p.sh. x=@nejat_fa (mund të përsëritet; PLATFORM= e heq)</translation>
    </message>
    <message>
        <source>--handle expects PLATFORM=HANDLE, not {item}.</source>
        <translation>--handle pret PLATFORM=HANDLE, jo {item}.</translation>
    </message>
    <message>
        <source>{code}: saved</source>
        <translation>{code}: u ruajt</translation>
    </message>
</context>
<context>
    <name>cli.export_cmds</name>
    <message>
        <source>{count} articles</source>
        <translation>{count} artikuj</translation>
    </message>
    <message>
        <source>{count} posts</source>
        <translation>{count} postime</translation>
    </message>
    <message>
        <source>{count} attachments</source>
        <translation>{count} bashkëngjitje</translation>
    </message>
    <message>
        <source>{count} categories</source>
        <translation>{count} kategori</translation>
    </message>
    <message>
        <source>{count} tags</source>
        <translation>{count} etiketa</translation>
    </message>
    <message>
        <source>{count} terms</source>
        <translation>{count} terma</translation>
    </message>
    <message>
        <source>{count} feeds</source>
        <translation>{count} furnizime</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} faqe</translation>
    </message>
    <message>
        <source>{count} media files</source>
        <translation>{count} skedarë media</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} skedarë</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} rreshta</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} ngjarje</translation>
    </message>
    <message>
        <source>{count} stale translations</source>
        <translation>{count} përkthime të vjetruara</translation>
    </message>
    <message>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <translation>{text} nuk është datë (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>export articles (WXR, HTML, Markdown, feeds, snippets, bundle...)</source>
        <translation>eksporto artikuj (WXR, HTML, Markdown, furnizime, fragmente për ndarje, paketë...)</translation>
    </message>
    <message>
        <source>Export the library, an edition or a selection of articles. html, markdown and snippets write a folder; the others write one file (rss/atom: a folder when several editions). A folder must be missing, empty, or hold a previous export of the same format (its nejat-desk-export.txt lists the files that export replaces; nothing else is touched). A file is replaced only when it is a previous export of the same kind. Nothing is ever written into the library folder.</source>
        <translation>Eksporto bibliotekën, një edicion ose një përzgjedhje artikujsh. html, markdown dhe snippets shkruajnë një dosje; të tjerët një skedar (rss/atom: një dosje kur janë disa edicione). Dosja duhet të mos ekzistojë, të jetë bosh ose të mbajë një eksport të mëparshëm të të njëjtit format (nejat-desk-export.txt i saj liston skedarët që zëvendëson eksporti; asgjë tjetër nuk preket). Një skedar zëvendësohet vetëm kur është eksport i mëparshëm i të njëjtit lloj. Asgjë nuk shkruhet kurrë në dosjen e bibliotekës.</translation>
    </message>
    <message>
        <source>the file or folder to write</source>
        <translation>skedari ose dosja që do të shkruhet</translation>
    </message>
    <message>
        <source>only this edition (repeatable)</source>
        <translation>vetëm ky edicion (mund të përsëritet)</translation>
    </message>
    <message>
        <source>only the article with this slug (repeatable)</source>
        <translation>vetëm artikulli me këtë identifikues (mund të përsëritet)</translation>
    </message>
    <message>
        <source>only articles with this status (repeatable)</source>
        <translation>vetëm artikujt me këtë gjendje (mund të përsëritet)</translation>
    </message>
    <message>
        <source>articles dated on or after</source>
        <translation>artikujt me datë në këtë ditë ose më pas</translation>
    </message>
    <message>
        <source>articles dated on or before</source>
        <translation>artikujt me datë në këtë ditë ose më parë</translation>
    </message>
    <message>
        <source>where the media will live on the site (for media travelling in a bundle)</source>
        <translation>ku do të ndodhen mediat në sajt (për mediat që udhëtojnë në paketë)</translation>
    </message>
    <message>
        <source>utm_campaign of snippet links (default: EDITION-share)</source>
        <translation>utm_campaign e lidhjeve të fragmenteve (parazgjedhja: EDITION-share)</translation>
    </message>
    <message>
        <source>hootsuite-csv: the time zone of the Hootsuite account, in which every time in the file is written (an IANA name such as Asia/Baghdad; default: UTC)</source>
        <translation>hootsuite-csv: brezi orar i llogarisë Hootsuite, në të cilin shkruhet çdo orë në skedar (një emër IANA si Asia/Baghdad; parazgjedhja: UTC)</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>shtyp raportin si JSON</translation>
    </message>
    <message>
        <source>no progress on stderr</source>
        <translation>pa ecurinë në stderr</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>paralajmërim: {message}</translation>
    </message>
    <message>
        <source>{format}: wrote {path} ({counts})</source>
        <translation>{format}: u shkrua {path} ({counts})</translation>
    </message>
</context>
<context>
    <name>cli.language</name>
    <message>
        <source>usage: </source>
        <translation>përdorimi: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentet pozicionale</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsionet</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>shfaq këtë ndihmë dhe dil</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumente të panjohura: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>argumentet e mëposhtme janë të detyrueshme: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>kërkohet një nga argumentet %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nuk lejohet bashkë me argumentin %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>pritej një argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>pritej të shumtën një argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>pritej të paktën një argument</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumenti %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>zgjedhje e pavlefshme: %(value)r (zgjidhni nga %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>vlerë e pavlefshme e llojit %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opsion i paqartë: %(option)s mund të jetë %(matches)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: gabim: %(message)s
</translation>
    </message>
</context>
<context>
    <name>cli.library_cmds</name>
    <message>
        <source>create a library (with example articles)</source>
        <translation>krijo një bibliotekë (me artikuj shembull)</translation>
    </message>
    <message>
        <source>Create a new library in the library folder and load the example articles (a few in each edition) unless --no-examples is given.</source>
        <translation>Krijon një bibliotekë të re në dosjen e bibliotekës dhe ngarkon artikujt shembull (disa në çdo edicion), përveç kur jepet --no-examples.</translation>
    </message>
    <message>
        <source>create an empty library</source>
        <translation>krijo një bibliotekë bosh</translation>
    </message>
    <message>
        <source>do nothing (and succeed) when the folder already holds a library</source>
        <translation>mos bëj asgjë (dhe përfundo me sukses) kur dosja ka tashmë një bibliotekë</translation>
    </message>
    <message>
        <source>check the library&apos;s integrity</source>
        <translation>kontrollo integritetin e bibliotekës</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity check, the foreign key check and the search index&apos;s own check, compare the search index with the articles, and verify that media files are present with the right size and SHA-256 (a sample of them; all with --deep). Exits with 1 when a problem is found.</source>
        <translation>Kryen kontrollin e plotë të integritetit të SQLite, kontrollin e çelësave të jashtëm dhe kontrollin e vetë indeksit të kërkimit, krahason indeksin e kërkimit me artikujt dhe verifikon që skedarët e medias janë të pranishëm me madhësinë dhe SHA-256 të saktë (një mostër prej tyre; të gjithë me --deep). Del me kodin 1 kur gjendet një problem.</translation>
    </message>
    <message>
        <source>hash every media file, not a sample</source>
        <translation>kontrollo hash-in e çdo skedari mediash, jo vetëm të një mostre</translation>
    </message>
    <message>
        <source>how many media files to hash without --deep (default: %(default)s)</source>
        <translation>sa skedarë mediash të kontrollohen me hash pa --deep (parazgjedhja: %(default)s)</translation>
    </message>
    <message>
        <source>back up the library now, or list its backups</source>
        <translation>bëj tani kopje rezervë të bibliotekës, ose listo kopjet e saj rezervë</translation>
    </message>
    <message>
        <source>Copy the library&apos;s database with SQLite&apos;s online backup into the library&apos;s backups folder. Media files are content-addressed and never change, so they are not copied.</source>
        <translation>Kopjon bazën e të dhënave të bibliotekës me kopjimin rezervë në punë të SQLite në dosjen e kopjeve rezervë të bibliotekës. Skedarët e medias adresohen sipas përmbajtjes dhe nuk ndryshojnë kurrë, prandaj nuk kopjohen.</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>listo kopjet rezervë, më të rejat së pari</translation>
    </message>
    <message>
        <source>take the hourly and daily copies if due and rotate old ones (for schedulers)</source>
        <translation>bëj kopjet për çdo orë dhe për çdo ditë nëse u ka ardhur koha dhe fshi të vjetrat e tepërta (për planifikuesit)</translation>
    </message>
    <message>
        <source>a short label added to the backup&apos;s file name</source>
        <translation>një etiketë e shkurtër që i shtohet emrit të skedarit të kopjes rezervë</translation>
    </message>
    <message>
        <source>with --list: run the integrity check on each copy</source>
        <translation>me --list: kryej kontrollin e integritetit për çdo kopje</translation>
    </message>
    <message>
        <source>replace the library&apos;s database with a backup</source>
        <translation>zëvendëso bazën e të dhënave të bibliotekës me një kopje rezervë</translation>
    </message>
    <message>
        <source>Replace the library&apos;s database with one of its backups (see &apos;backup --list&apos;). The current database is kept first: copied as a pre-restore backup, or, when it is too damaged to copy, set aside beside it. Media files are not touched.</source>
        <translation>Zëvendëson bazën e të dhënave të bibliotekës me një nga kopjet e saj rezervë (shihni &apos;backup --list&apos;). Baza e tanishme ruhet më parë: kopjohet si kopje rezervë para rikthimit, ose, kur është tepër e dëmtuar për t&apos;u kopjuar, lihet mënjanë pranë saj. Skedarët e medias nuk preken.</translation>
    </message>
    <message>
        <source>a backup&apos;s file name (as &apos;backup --list&apos; shows it) or path</source>
        <translation>emri i skedarit të kopjes rezervë (siç e shfaq &apos;backup --list&apos;) ose shtegu i tij</translation>
    </message>
    <message>
        <source>the newest backup that passes SQLite&apos;s integrity check</source>
        <translation>kopja rezervë më e re që kalon kontrollin e integritetit të SQLite</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>mos kërko konfirmim</translation>
    </message>
    <message>
        <source>A library already exists in {root}.</source>
        <translation>Në {root} ka tashmë një bibliotekë.</translation>
    </message>
    <message>
        <source>{root} already holds a library; nothing was changed.</source>
        <translation>{root} ka tashmë një bibliotekë; nuk u ndryshua asgjë.</translation>
    </message>
    <message>
        <source>{root} is a file, not a folder.</source>
        <translation>{root} është skedar, jo dosje.</translation>
    </message>
    <message>
        <source>Created a library in {root}.</source>
        <translation>U krijua një bibliotekë në {root}.</translation>
    </message>
    <message>
        <source>Loaded {count} example articles.</source>
        <translation>Artikuj shembull të ngarkuar: {count}.</translation>
    </message>
    <message>
        <source>--sample must be zero or more</source>
        <translation>--sample duhet të jetë zero ose më shumë</translation>
    </message>
    <message>
        <source>Checked {path}: {articles} articles, {hashed} of {media} media files hashed.</source>
        <translation>U kontrollua {path}: artikuj: {articles}; u kontrollua hash-i i {hashed} nga {media} skedarë mediash.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nuk u gjet asnjë problem.</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>problem: {problem}</translation>
    </message>
    <message>
        <source>{count} problem(s) found.</source>
        <translation>Probleme të gjetura: {count}.</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>Nuk u gjet asnjë kopje rezervë e shëndoshë.</translation>
    </message>
    <message>
        <source>The latest good backup is {name} ({time} UTC): restore it with &apos;nejat-desk restore --latest-good&apos;.</source>
        <translation>Kopja rezervë e fundit e shëndoshë është {name} ({time} UTC): riktheni me &apos;nejat-desk restore --latest-good&apos;.</translation>
    </message>
    <message>
        <source>the label {label} may only hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 60)</source>
        <translation>etiketa {label} mund të përmbajë vetëm shkronja, shifra, &apos;.&apos;, &apos;_&apos; dhe &apos;-&apos; (të shumtën 60)</translation>
    </message>
    <message>
        <source>--verify goes with --list</source>
        <translation>--verify përdoret vetëm me --list</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Kopja rezervë u ruajt në {path}</translation>
    </message>
    <message>
        <source>No periodic backup was due.</source>
        <translation>Nuk ishte radha për asnjë kopje rezervë periodike.</translation>
    </message>
    <message>
        <source>No backups in {folder}.</source>
        <translation>Nuk ka kopje rezervë në {folder}.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>në rregull</translation>
    </message>
    <message>
        <source>DAMAGED: {problem}</source>
        <translation>E DËMTUAR: {problem}</translation>
    </message>
    <message>
        <source>There is no library in {root}.</source>
        <translation>Nuk ka bibliotekë në {root}.</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}.</source>
        <translation>Në {folder} nuk u gjet asnjë kopje rezervë e shëndoshë.</translation>
    </message>
    <message>
        <source>There is no backup {backup} (see &apos;nejat-desk backup --list&apos;).</source>
        <translation>Nuk ka kopje rezervë {backup} (shihni &apos;nejat-desk backup --list&apos;).</translation>
    </message>
    <message>
        <source>Replace the database of {root} with {backup}? The current one is kept as a pre-restore backup. [y/N] </source>
        <translation>Të zëvendësohet baza e të dhënave e {root} me {backup}? Ajo e tanishmja ruhet si kopje rezervë para rikthimit. [y/N] </translation>
    </message>
    <message>
        <source>not restored (confirm with --yes when not running in a terminal)</source>
        <translation>nuk u rikthye (konfirmoni me --yes kur nuk punoni në terminal)</translation>
    </message>
    <message>
        <source>Restored {backup}. The previous database was kept as {kept}.</source>
        <translation>U rikthye {backup}. Baza e mëparshme e të dhënave u ruajt si {kept}.</translation>
    </message>
    <message>
        <source>the restored database still reports problems: {problems}</source>
        <translation>baza e rikthyer e të dhënave ende raporton probleme: {problems}</translation>
    </message>
</context>
<context>
    <name>cli.main</name>
    <message>
        <source>the library folder (default: $NEJAT_DESK_LIBRARY or the user data folder)</source>
        <translation>dosja e bibliotekës (parazgjedhja: $NEJAT_DESK_LIBRARY ose dosja e të dhënave të përdoruesit)</translation>
    </message>
    <message>
        <source>open a library whose lock was left by another computer</source>
        <translation>hap një bibliotekë, kyçin e së cilës e ka lënë një kompjuter tjetër</translation>
    </message>
    <message>
        <source>open the library without changing it (a library that cannot be written always opens this way)</source>
        <translation>hape bibliotekën pa e ndryshuar (një bibliotekë ku s’mund të shkruhet hapet gjithmonë kështu)</translation>
    </message>
    <message>
        <source>Nejat Desk: editorial workstation. Without a command, opens the window.</source>
        <translation>Nejat Desk: stacion pune redaksional. Pa komandë, hap dritaren.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>shfaq numrin e versionit të programit dhe dil</translation>
    </message>
</context>
<context>
    <name>cli.media_cmds</name>
    <message>
        <source>import images, PDFs and videos (files or folders)</source>
        <translation>importo imazhe, PDF dhe video (skedarë ose dosje)</translation>
    </message>
    <message>
        <source>Copy images (JPEG, PNG, WebP, GIF), PDFs and videos (MP4, WebM) into the library&apos;s content-addressed store, reading their metadata and making thumbnails. A file already in the library is kept once. Each file gets a line in the report; bad files are reported and skipped, the rest go on. Exits with 1 when a file failed. Ctrl+C stops after the files under way; nothing is left half-imported.</source>
        <translation>Kopjon imazhe (JPEG, PNG, WebP, GIF), PDF dhe video (MP4, WebM) në depon e bibliotekës, të adresuar sipas përmbajtjes, duke lexuar metadatat e tyre dhe duke krijuar miniatura. Një skedar që është tashmë në bibliotekë mbahet vetëm një herë. Çdo skedar merr një rresht në raport; skedarët e dëmtuar raportohen dhe kapërcehen, të tjerët vazhdojnë. Del me kodin 1 kur dështon një skedar. Ctrl+C ndalon pas skedarëve që janë në punë; asgjë nuk mbetet e importuar përgjysmë.</translation>
    </message>
    <message>
        <source>files and folders to import</source>
        <translation>skedarët dhe dosjet për t&apos;u importuar</translation>
    </message>
    <message>
        <source>also add the imported items to this gallery</source>
        <translation>shto edhe elementet e importuara në këtë galeri</translation>
    </message>
    <message>
        <source>print only problems and the summary</source>
        <translation>shfaq vetëm problemet dhe përmbledhjen</translation>
    </message>
    <message>
        <source>add a YouTube, Vimeo or Aparat video as a media item</source>
        <translation>shto një video nga YouTube, Vimeo ose Aparat si element media</translation>
    </message>
    <message>
        <source>Add a video hosted elsewhere, by its address, with a title and a poster image.</source>
        <translation>Shton një video të pritur diku tjetër, sipas adresës së saj, me titull dhe imazh posteri.</translation>
    </message>
    <message>
        <source>the video&apos;s address (YouTube, Vimeo or Aparat)</source>
        <translation>adresa e videos (YouTube, Vimeo ose Aparat)</translation>
    </message>
    <message>
        <source>the video&apos;s title</source>
        <translation>titulli i videos</translation>
    </message>
    <message>
        <source>an image file to show for the video</source>
        <translation>një skedar imazhi që shfaqet për videon</translation>
    </message>
    <message>
        <source>also add it to this gallery</source>
        <translation>shtoje edhe në këtë galeri</translation>
    </message>
    <message>
        <source>stopping after the files under way (press Ctrl+C again to abort at once)</source>
        <translation>po ndalet pas skedarëve që janë në punë (shtypni përsëri Ctrl+C për ta ndërprerë menjëherë)</translation>
    </message>
    <message>
        <source>added video (media #{id})</source>
        <translation>video u shtua (media nr. {id})</translation>
    </message>
</context>
<context>
    <name>cli.preflight_cmds</name>
    <message>
        <source>check articles before they go out</source>
        <translation>kontrollo artikujt para se të dalin</translation>
    </message>
    <message>
        <source>Check articles (by slug; every article without one) before they are published or scheduled: what blocks, what warns, what is worth a note, and where. Exits 1 when anything blocks.</source>
        <translation>Kontrollo artikujt (sipas slug-ut; të gjithë pa të) para se të botohen ose planifikohen: çfarë bllokon, çfarë paralajmëron, çfarë vlen një shënim dhe ku. Del me 1 kur diçka bllokon.</translation>
    </message>
    <message>
        <source>the articles&apos; edition (default: every edition that has the slug)</source>
        <translation>edicioni i artikujve (parazgjedhja: çdo edicion që e ka slug-un)</translation>
    </message>
    <message>
        <source>check a gallery instead (repeatable)</source>
        <translation>kontrollo një galeri në vend të kësaj (mund të përsëritet)</translation>
    </message>
    <message>
        <source>check a publication issue instead (repeatable)</source>
        <translation>kontrollo një numër botimi në vend të kësaj (mund të përsëritet)</translation>
    </message>
    <message>
        <source>also ask the outside addresses the articles link to (never blocks)</source>
        <translation>pyet edhe adresat e jashtme ku lidhen artikujt (nuk bllokon kurrë)</translation>
    </message>
    <message>
        <source>seconds to wait for each outside address (default 5)</source>
        <translation>sekonda pritjeje për çdo adresë të jashtme (parazgjedhja 5)</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>një objekt JSON për rresht</translation>
    </message>
    <message>
        <source>show or set what an edition&apos;s pre-flight check asks</source>
        <translation>shfaq ose cakto çfarë kërkon kontrolli para botimit i një edicioni</translation>
    </message>
    <message>
        <source>Without options, show the edition&apos;s rules; with them, change them.</source>
        <translation>Pa opsione, shfaq rregullat e edicionit; me to, ndryshoji.</translation>
    </message>
    <message>
        <source>fields whose absence blocks (the others warn): {fields}</source>
        <translation>fushat, mungesa e të cilave bllokon (të tjerat paralajmërojnë): {fields}</translation>
    </message>
    <message>
        <source>editions every article should also exist in, e.g. en,ar (empty: none)</source>
        <translation>edicionet ku duhet të ekzistojë edhe çdo artikull, p.sh. en,ar (bosh: asnjë)</translation>
    </message>
    <message>
        <source>the digits the body must use (any: no rule)</source>
        <translation>shifrat që duhet të përdorë teksti (any: pa rregull)</translation>
    </message>
    <message>
        <source>{kind} {id}: blocking findings overridden on {when} ({action}): {reason}</source>
        <translation>{kind} {id}: gjetjet bllokuese u anashkaluan më {when} ({action}): {reason}</translation>
    </message>
    <message>
        <source>-- checked: {checked}; blocked: {blocked}</source>
        <translation>-- të kontrolluar: {checked}; të bllokuar: {blocked}</translation>
    </message>
    <message>
        <source>--issue {ref} is not SERIES/NUMBER (e.g. weekly/12).</source>
        <translation>--issue {ref} nuk është SERIES/NUMBER (p.sh. weekly/12).</translation>
    </message>
    <message>
        <source>There is no article {slug} in {editions}; nothing was checked.</source>
        <translation>Nuk ka artikull {slug} në {editions}; asgjë nuk u kontrollua.</translation>
    </message>
    <message>
        <source>BLOCKS</source>
        <translation>BLLOKON</translation>
    </message>
    <message>
        <source>warns</source>
        <translation>paralajmëron</translation>
    </message>
    <message>
        <source>note</source>
        <translation>shënim</translation>
    </message>
    <message>
        <source>lines {first}-{last}</source>
        <translation>rreshtat {first}-{last}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>rreshti {line}</translation>
    </message>
    <message>
        <source>media {id}</source>
        <translation>media {id}</translation>
    </message>
    <message>
        <source>article {id}</source>
        <translation>artikulli {id}</translation>
    </message>
    <message>
        <source>edition {code}</source>
        <translation>edicioni {code}</translation>
    </message>
    <message>
        <source>outbox job {id}</source>
        <translation>puna e radhës së dërgimit {id}</translation>
    </message>
    <message>
        <source>field {name}</source>
        <translation>fusha {name}</translation>
    </message>
    <message>
        <source>article</source>
        <translation>artikull</translation>
    </message>
    <message>
        <source>gallery</source>
        <translation>galeri</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>numër</translation>
    </message>
    <message>
        <source>required (blocks when missing): {fields}</source>
        <translation>të detyrueshme (bllokojnë kur mungojnë): {fields}</translation>
    </message>
    <message>
        <source>translations planned: {codes}</source>
        <translation>përkthimet e planifikuara: {codes}</translation>
    </message>
    <message>
        <source>digits: {digits}</source>
        <translation>shifrat: {digits}</translation>
    </message>
</context>
<context>
    <name>cli.review_cmds</name>
    <message>
        <source>read the Application Password from the first line of standard input (otherwise it is asked for when needed)</source>
        <translation>lexo Application Password nga rreshti i parë i hyrjes standarde (përndryshe kërkohet kur duhet)</translation>
    </message>
    <message>
        <source>hand articles to each other through the site</source>
        <translation>jepini njëri-tjetrit artikuj përmes sajtit</translation>
    </message>
    <message>
        <source>Send an article for review with a note, send it back with a note, and list what others sent for review or sent back (needs the Nejat Desk Companion plugin on the site for the notes).</source>
        <translation>Dërgoni një artikull për shqyrtim me një shënim, kthejeni me një shënim dhe listoni çfarë dërguan të tjerët për shqyrtim ose kthyen (shënimet duan shtojcën Nejat Desk Companion në sajt).</translation>
    </message>
    <message>
        <source>what waits for review from others and what others sent back</source>
        <translation>çfarë pret shqyrtim nga të tjerët dhe çfarë kthyen të tjerët</translation>
    </message>
    <message>
        <source>send an article for review (pending) with a note</source>
        <translation>dërgo një artikull për shqyrtim (në pritje) me një shënim</translation>
    </message>
    <message>
        <source>send an article back (draft) with a note</source>
        <translation>ktheje mbrapsht një artikull (draft) me një shënim</translation>
    </message>
    <message>
        <source>the article&apos;s edition</source>
        <translation>edicioni i artikullit</translation>
    </message>
    <message>
        <source>the note for the other person</source>
        <translation>shënimi për personin tjetër</translation>
    </message>
    <message>
        <source>the site&apos;s name (default: the site serving the edition)</source>
        <translation>emri i sajtit (parazgjedhja: sajti që shërben edicionin)</translation>
    </message>
    <message>
        <source>There is no article {slug} in the {edition} edition; nothing was sent.</source>
        <translation>Nuk ka artikull {slug} në edicionin {edition}; asgjë nuk u dërgua.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(asnjë)</translation>
    </message>
    <message>
        <source>Waiting for review:</source>
        <translation>Në pritje të shqyrtimit:</translation>
    </message>
    <message>
        <source>Sent back:</source>
        <translation>Të kthyer mbrapsht:</translation>
    </message>
</context>
<context>
    <name>cli.schedule_cmds</name>
    <message>
        <source>first day (YYYY-MM-DD, or YYYY-MM-DD HH:MM) in --tz</source>
        <translation>dita e parë (YYYY-MM-DD, ose YYYY-MM-DD HH:MM) sipas --tz</translation>
    </message>
    <message>
        <source>last day, inclusive (YYYY-MM-DD, or an exclusive YYYY-MM-DD HH:MM) in --tz</source>
        <translation>dita e fundit, përfshirë (YYYY-MM-DD, ose YYYY-MM-DD HH:MM e papërfshirë) sipas --tz</translation>
    </message>
    <message>
        <source>edition code(s): en, ar, fa, sq</source>
        <translation>kodi (kodet) e edicionit: en, ar, fa, sq</translation>
    </message>
    <message>
        <source>item kind(s): {kinds}</source>
        <translation>lloji (llojet) e elementit: {kinds}</translation>
    </message>
    <message>
        <source>social platform(s): {platforms}</source>
        <translation>platforma (platformat) sociale: {platforms}</translation>
    </message>
    <message>
        <source>time zone for --from/--to and the listing (IANA name; default: this computer&apos;s zone)</source>
        <translation>zona kohore për --from/--to dhe listën (emër IANA; parazgjedhja: zona e këtij kompjuteri)</translation>
    </message>
    <message>
        <source>Unknown platform {names}; expected {platforms}.</source>
        <translation>Platformë e panjohur {names}; pritej një nga {platforms}.</translation>
    </message>
    <message>
        <source>what to schedule</source>
        <translation>çfarë të planifikohet</translation>
    </message>
    <message>
        <source>the article&apos;s edition (article, social)</source>
        <translation>edicioni i artikullit (article, social)</translation>
    </message>
    <message>
        <source>the article&apos;s slug (article, social) or the gallery&apos;s slug</source>
        <translation>identifikuesi i artikullit (article, social) ose i galerisë</translation>
    </message>
    <message>
        <source>the record id instead of edition+slug</source>
        <translation>ID-ja e regjistrimit në vend të edicionit dhe identifikuesit</translation>
    </message>
    <message>
        <source>the social platform (social)</source>
        <translation>platforma sociale (social)</translation>
    </message>
    <message>
        <source>the publication series slug (issue)</source>
        <translation>identifikuesi i serisë së botimit (issue)</translation>
    </message>
    <message>
        <source>the issue number (issue)</source>
        <translation>numri i botimit (issue)</translation>
    </message>
    <message>
        <source>local time, YYYY-MM-DD HH:MM</source>
        <translation>ora lokale, YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>zone of --at (default: the edition&apos;s zone for articles, social posts and issues; else this computer&apos;s)</source>
        <translation>zona kohore e --at (parazgjedhja: zona e edicionit për artikujt, postimet sociale dhe numrat; përndryshe ajo e këtij kompjuteri)</translation>
    </message>
    <message>
        <source>a time in the repeated autumn hour: take the earlier or later one (default: error)</source>
        <translation>për një orë brenda orës që përsëritet në vjeshtë: merr të parën ose të dytën (parazgjedhja: error)</translation>
    </message>
    <message>
        <source>a time in the skipped spring hour: move to the first valid minute (default: error)</source>
        <translation>për një orë brenda orës që kapërcehet në pranverë: zhvendose në minutën e parë të vlefshme (parazgjedhja: error)</translation>
    </message>
    <message>
        <source>schedule an article, gallery or issue despite blocking pre-flight findings; the reason is kept in its history</source>
        <translation>planifiko një artikull, galeri ose numër pavarësisht gjetjeve bllokuese para botimit; arsyeja ruhet në historikun e tij</translation>
    </message>
    <message>
        <source>the publication calendar</source>
        <translation>kalendari i botimeve</translation>
    </message>
    <message>
        <source>List, add and move planned articles, galleries, issues and social posts.</source>
        <translation>Listo, shto dhe zhvendos artikuj, galeri, numra dhe postime sociale të planifikuara.</translation>
    </message>
    <message>
        <source>list planned items</source>
        <translation>listo elementet e planifikuara</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>një objekt JSON për rresht</translation>
    </message>
    <message>
        <source>schedule an article, gallery, issue or social post</source>
        <translation>planifiko një artikull, galeri, numër ose postim social</translation>
    </message>
    <message>
        <source>move a planned item to another time</source>
        <translation>zhvendos një element të planifikuar në një orë tjetër</translation>
    </message>
    <message>
        <source>write a Newsletter issue as an email (.eml) or as .html + .txt</source>
        <translation>shkruaj një numër të buletinit si email (.eml) ose si .html + .txt</translation>
    </message>
    <message>
        <source>the series slug</source>
        <translation>identifikuesi i serisë</translation>
    </message>
    <message>
        <source>the issue number</source>
        <translation>numri i botimit</translation>
    </message>
    <message>
        <source>FILE.eml, or FILE.html for two files</source>
        <translation>FILE.eml, ose FILE.html për dy skedarë</translation>
    </message>
    <message>
        <source>the From header of the .eml</source>
        <translation>koka From e skedarit .eml</translation>
    </message>
    <message>
        <source>show or set a series&apos; newsletter footer (sender, postal address, unsubscribe line)</source>
        <translation>shfaq ose cakto fundin e buletinit të një serie (dërguesi, adresa postare, rreshti i çabonimit)</translation>
    </message>
    <message>
        <source>the sender&apos;s name</source>
        <translation>emri i dërguesit</translation>
    </message>
    <message>
        <source>the postal address (\n between lines)</source>
        <translation>adresa postare (\n mes rreshtave)</translation>
    </message>
    <message>
        <source>how to unsubscribe: a sentence with its web address or mailto:</source>
        <translation>si të çabonoheni: një fjali me adresën e saj në ueb ose mailto:</translation>
    </message>
    <message>
        <source>show or change the planning rules</source>
        <translation>shfaq ose ndrysho rregullat e planifikimit</translation>
    </message>
    <message>
        <source>posts per edition per hour (0 = no limit)</source>
        <translation>postime për edicion në orë (0 = pa kufi)</translation>
    </message>
    <message>
        <source>minutes between posts in an edition (0 = off)</source>
        <translation>minuta mes postimeve në një edicion (0 = çaktivizuar)</translation>
    </message>
    <message>
        <source>warn about days with nothing scheduled</source>
        <translation>paralajmëro për ditët pa asgjë të planifikuar</translation>
    </message>
    <message>
        <source>{count} warning</source>
        <translation>{count} paralajmërim</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} paralajmërime</translation>
    </message>
    <message>
        <source>{count} item (times in {zone})</source>
        <translation>{count} element (oraret sipas {zone})</translation>
    </message>
    <message>
        <source>{count} items (times in {zone})</source>
        <translation>{count} elemente (oraret sipas {zone})</translation>
    </message>
    <message>
        <source>An issue is named by --series SLUG --number N (or --id).</source>
        <translation>Një numër caktohet me --series SLUG --number N (ose --id).</translation>
    </message>
    <message>
        <source>A gallery is named by --slug SLUG (or --id).</source>
        <translation>Një galeri caktohet me --slug SLUG (ose --id).</translation>
    </message>
    <message>
        <source>An article is named by --edition CODE --slug SLUG.</source>
        <translation>Një artikull caktohet me --edition CODE --slug SLUG.</translation>
    </message>
    <message>
        <source>A social post is named by --edition CODE --slug SLUG.</source>
        <translation>Një postim social caktohet me --edition CODE --slug SLUG.</translation>
    </message>
    <message>
        <source>A social post needs --platform.</source>
        <translation>Një postim social ka nevojë për --platform.</translation>
    </message>
    <message>
        <source>{problem} Repeat with --ambiguous earlier or --ambiguous later.</source>
        <translation>{problem} Përsëriteni me --ambiguous earlier ose --ambiguous later.</translation>
    </message>
    <message>
        <source>{problem} Repeat with another --at, or --nonexistent shift-forward.</source>
        <translation>{problem} Përsëriteni me një --at tjetër, ose me --nonexistent shift-forward.</translation>
    </message>
    <message>
        <source>{key} is not scheduled yet; use &apos;schedule add&apos;.</source>
        <translation>{key} nuk është planifikuar ende; përdorni &apos;schedule add&apos;.</translation>
    </message>
    <message>
        <source>moved {key} &apos;{title}&apos; to {local} ({utc} UTC)</source>
        <translation>{key} “{title}” u zhvendos në {local} ({utc} UTC)</translation>
    </message>
    <message>
        <source>rescheduled {key} &apos;{title}&apos; to {local} ({utc} UTC)</source>
        <translation>{key} “{title}” u riplanifikua për {local} ({utc} UTC)</translation>
    </message>
    <message>
        <source>scheduled {key} &apos;{title}&apos; to {local} ({utc} UTC)</source>
        <translation>{key} “{title}” u planifikua për {local} ({utc} UTC)</translation>
    </message>
    <message>
        <source>{name} must be 0 or more.</source>
        <translation>{name} duhet të jetë 0 ose më shumë.</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>paralajmërim: {problem}</translation>
    </message>
</context>
<context>
    <name>cli.search_cmds</name>
    <message>
        <source>search articles (titles, bodies, excerpts, bylines)</source>
        <translation>kërko në artikuj (tituj, tekste, përmbledhje, nënshkrime)</translation>
    </message>
    <message>
        <source>Full-text search with the app&apos;s engine: all words must match; &quot;quoted phrases&quot;, word* for a prefix, -word to exclude, OR between two words for either. Arabic and Farsi letter forms, harakat, digits and Latin accents are matched loosely.</source>
        <translation>Kërkim në tekstin e plotë me motorin e programit: duhet të përputhen të gjitha fjalët; &quot;fraza në thonjëza&quot;, word* për një parashtesë, -word për ta përjashtuar, OR midis dy fjalëve për cilëndo prej tyre. Format e shkronjave arabe dhe persiane, harakatet, shifrat dhe theksat latine krahasohen në mënyrë të lirë.</translation>
    </message>
    <message>
        <source>the words to look for</source>
        <translation>fjalët për t&apos;u kërkuar</translation>
    </message>
    <message>
        <source>only this edition (repeat for several)</source>
        <translation>vetëm ky edicion (përsëriteni për disa)</translation>
    </message>
    <message>
        <source>only articles in this status (repeat for several)</source>
        <translation>vetëm artikujt në këtë gjendje (përsëriteni për disa)</translation>
    </message>
    <message>
        <source>at most this many results (default 20)</source>
        <translation>më së shumti kaq rezultate (parazgjedhja 20)</translation>
    </message>
    <message>
        <source>one JSON object per result and line</source>
        <translation>një objekt JSON për çdo rezultat dhe rresht</translation>
    </message>
    <message>
        <source>bold highlights on a terminal (auto), always, or [brackets] (never)</source>
        <translation>theksim me të trasha në terminal (auto), gjithmonë (always), ose [kllapa] (never)</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} nuk është numër i plotë</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>duhet të jetë të paktën 1</translation>
    </message>
    <message>
        <source>nothing to search for: the query has no word to look for (punctuation, operators and excluded words alone are not a search)</source>
        <translation>asgjë për të kërkuar: kërkesa nuk ka asnjë fjalë për të gjetur (shenjat e pikësimit, operatorët dhe fjalët e përjashtuara vetëm nuk përbëjnë kërkim)</translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation>Asnjë artikull nuk përputhet.</translation>
    </message>
    <message>
        <source>-- 1 result</source>
        <translation>-- 1 rezultat</translation>
    </message>
    <message>
        <source>-- {count} results</source>
        <translation>-- {count} rezultate</translation>
    </message>
</context>
<context>
    <name>cli.site_cmds</name>
    <message>
        <source>a password is never taken on the command line (other users could read it); use --password-stdin or answer the prompt</source>
        <translation>fjalëkalimi nuk merret kurrë nga rreshti i komandës (përdorues të tjerë mund ta lexojnë); përdorni --password-stdin ose përgjigjuni pyetjes</translation>
    </message>
    <message>
        <source>read the Application Password from the first line of standard input (otherwise it is asked for when needed)</source>
        <translation>lexo fjalëkalimin e aplikacionit nga rreshti i parë i hyrjes standarde (përndryshe kërkohet kur duhet)</translation>
    </message>
    <message>
        <source>allow sending the password over plain http:// to another computer, where anyone on the way can read it (remembered for the site)</source>
        <translation>lejo dërgimin e fjalëkalimit me http:// të thjeshtë te një kompjuter tjetër, ku kushdo në rrugë mund ta lexojë (mbahet mend për sajtin)</translation>
    </message>
    <message>
        <source>WordPress sites: add, list, test, remove</source>
        <translation>Faqet WordPress: shto, listo, provo, hiq</translation>
    </message>
    <message>
        <source>Manage the WordPress sites the desk publishes to. Passwords are Application Passwords, kept in the system keyring.</source>
        <translation>Menaxhoni faqet WordPress ku boton aplikacioni. Fjalëkalimet janë fjalëkalime aplikacioni, të ruajtura në vargun e çelësave të sistemit.</translation>
    </message>
    <message>
        <source>add a site</source>
        <translation>shto një faqe</translation>
    </message>
    <message>
        <source>a short name for the site</source>
        <translation>një emër i shkurtër për faqen</translation>
    </message>
    <message>
        <source>the site&apos;s address, e.g. https://nejat.example.org</source>
        <translation>adresa e faqes, p.sh. https://nejat.example.org</translation>
    </message>
    <message>
        <source>the WordPress user name</source>
        <translation>emri i përdoruesit në WordPress</translation>
    </message>
    <message>
        <source>the editions it serves, comma separated (en,ar,fa,sq)</source>
        <translation>edicionet që shërben, të ndara me presje (en,ar,fa,sq)</translation>
    </message>
    <message>
        <source>do not test the connection after adding</source>
        <translation>mos e provo lidhjen pas shtimit</translation>
    </message>
    <message>
        <source>list the sites</source>
        <translation>listo faqet</translation>
    </message>
    <message>
        <source>test the connection and say what is wrong</source>
        <translation>provo lidhjen dhe trego çfarë nuk shkon</translation>
    </message>
    <message>
        <source>set or replace a site&apos;s password</source>
        <translation>vendos ose zëvendëso fjalëkalimin e një faqeje</translation>
    </message>
    <message>
        <source>remove a site (and forget its password)</source>
        <translation>hiq një faqe (dhe harro fjalëkalimin e saj)</translation>
    </message>
    <message>
        <source>send articles to a WordPress site</source>
        <translation>dërgo artikuj në një faqe WordPress</translation>
    </message>
    <message>
        <source>the articles&apos; edition</source>
        <translation>edicioni i artikujve</translation>
    </message>
    <message>
        <source>for --status future: the time, ISO 8601 with an offset</source>
        <translation>për --status future: koha, në ISO 8601 me zhvendosje orare</translation>
    </message>
    <message>
        <source>the site&apos;s name (default: the site serving the edition)</source>
        <translation>emri i faqes (parazgjedhja: faqja që shërben edicionin)</translation>
    </message>
    <message>
        <source>only queue; send later with &apos;outbox flush&apos;</source>
        <translation>vetëm vëre në radhë; dërgoje më vonë me &apos;outbox flush&apos;</translation>
    </message>
    <message>
        <source>Queue articles (by slug), galleries and publication issues for a site and send them now. Work that cannot be sent (the site unreachable) stays in the outbox.</source>
        <translation>Vendos në radhë për një sajt artikuj (sipas slug-ut), galeri dhe numra botimesh dhe dërgoji tani. Puna që nuk mund të dërgohet (sajti i paarritshëm) mbetet në radhën e dërgimit.</translation>
    </message>
    <message>
        <source>also send a gallery, in --edition&apos;s words (repeatable)</source>
        <translation>dërgo edhe një galeri, me fjalët e --edition (mund të përsëritet)</translation>
    </message>
    <message>
        <source>also send a publication issue (repeatable)</source>
        <translation>dërgo edhe një numër botimi (mund të përsëritet)</translation>
    </message>
    <message>
        <source>publish or schedule despite blocking pre-flight findings; the reason is kept in each article&apos;s, gallery&apos;s or issue&apos;s history</source>
        <translation>boto ose planifiko pavarësisht gjetjeve bllokuese para botimit; arsyeja ruhet në historikun e çdo artikulli, galerie ose numri</translation>
    </message>
    <message>
        <source>bring posts from a site into the library</source>
        <translation>sill postimet nga një faqe në bibliotekë</translation>
    </message>
    <message>
        <source>the edition the posts belong to (needed when the site serves several)</source>
        <translation>edicioni të cilit i përkasin postimet (i nevojshëm kur faqja shërben disa)</translation>
    </message>
    <message>
        <source>only posts dated on or after DATE (ISO 8601)</source>
        <translation>vetëm postimet me datë DATE ose më pas (ISO 8601)</translation>
    </message>
    <message>
        <source>only posts dated on or before DATE (ISO 8601)</source>
        <translation>vetëm postimet me datë DATE ose më parë (ISO 8601)</translation>
    </message>
    <message>
        <source>work waiting to go to the sites</source>
        <translation>puna që pret të dërgohet në faqe</translation>
    </message>
    <message>
        <source>list open jobs (all with --all)</source>
        <translation>listo punët e hapura (të gjitha me --all)</translation>
    </message>
    <message>
        <source>retry a job now</source>
        <translation>riprovo një punë tani</translation>
    </message>
    <message>
        <source>cancel a job</source>
        <translation>anulo një punë</translation>
    </message>
    <message>
        <source>send every job that is due</source>
        <translation>dërgo çdo punë që i ka ardhur radha</translation>
    </message>
    <message>
        <source>settle a conflict</source>
        <translation>zgjidh një konflikt</translation>
    </message>
    <message>
        <source>library: send the library&apos;s version over the site&apos;s; site: take the site&apos;s</source>
        <translation>library: dërgo versionin e bibliotekës mbi atë të faqes; site: merr versionin e faqes</translation>
    </message>
    <message>
        <source>Application Password for {user} at {base_url}: </source>
        <translation>Fjalëkalimi i aplikacionit për {user} në {base_url}: </translation>
    </message>
    <message>
        <source>{option} {text} is not an ISO 8601 date and time with an offset ({error}).</source>
        <translation>{option} {text} nuk është datë dhe orë ISO 8601 me zhvendosje orare ({error}).</translation>
    </message>
    <message>
        <source>warning: the Application Password for {base_url} travels unencrypted; anyone on the network between here and the site can read it.</source>
        <translation>kujdes: Application Password për {base_url} udhëton pa fshehtëzim; kushdo në rrjetin mes këtu dhe sajtit mund ta lexojë.</translation>
    </message>
    <message>
        <source>{message} (On the command line: --allow-insecure-http.)</source>
        <translation>{message} (Në rreshtin e komandave: --allow-insecure-http.)</translation>
    </message>
    <message>
        <source>job {job_id}: created post {remote_id} ({status}) {link}</source>
        <translation>puna {job_id}: u krijua postimi {remote_id} ({status}) {link}</translation>
    </message>
    <message>
        <source>job {job_id}: updated post {remote_id} ({status}) {link}</source>
        <translation>puna {job_id}: u përditësua postimi {remote_id} ({status}) {link}</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>paralajmërim: {message}</translation>
    </message>
    <message>
        <source>job {job_id}: not sent, will retry: {message}</source>
        <translation>puna {job_id}: nuk u dërgua, do të riprovohet: {message}</translation>
    </message>
    <message>
        <source>job {job_id}: failed: {message}</source>
        <translation>puna {job_id}: dështoi: {message}</translation>
    </message>
    <message>
        <source>job {job_id}: conflict: the post changed on the site too; see &apos;outbox resolve&apos;</source>
        <translation>puna {job_id}: konflikt: postimi ndryshoi edhe në faqe; shihni &apos;outbox resolve&apos;</translation>
    </message>
    <message>
        <source>Added site {name} ({base_url}).</source>
        <translation>U shtua faqja {name} ({base_url}).</translation>
    </message>
    <message>
        <source>warning: no secure keyring on this system: the password was not stored; commands that talk to the site will ask for it (or read it with --password-stdin).</source>
        <translation>paralajmërim: ky sistem nuk ka varg çelësash të sigurt: fjalëkalimi nuk u ruajt; komandat që lidhen me faqen do ta kërkojnë (ose do ta lexojnë me --password-stdin).</translation>
    </message>
    <message>
        <source>No sites yet; add one with &apos;nejat-desk site add&apos;.</source>
        <translation>Ende nuk ka faqe; shtoni një me &apos;nejat-desk site add&apos;.</translation>
    </message>
    <message>
        <source>password stored</source>
        <translation>fjalëkalimi i ruajtur</translation>
    </message>
    <message>
        <source>no password stored</source>
        <translation>pa fjalëkalim të ruajtur</translation>
    </message>
    <message>
        <source>no password given (use --password-stdin or run in a terminal).</source>
        <translation>nuk u dha fjalëkalim (përdorni --password-stdin ose ekzekutojeni në terminal).</translation>
    </message>
    <message>
        <source>Password stored in the system keyring.</source>
        <translation>Fjalëkalimi u ruajt në vargun e çelësave të sistemit.</translation>
    </message>
    <message>
        <source>warning: no secure keyring: the password was not stored.</source>
        <translation>paralajmërim: nuk ka varg çelësash të sigurt: fjalëkalimi nuk u ruajt.</translation>
    </message>
    <message>
        <source>Removed site {name} and forgot its password.</source>
        <translation>Faqja {name} u hoq dhe fjalëkalimi i saj u harrua.</translation>
    </message>
    <message>
        <source>--status future needs --at with the date and time.</source>
        <translation>--status future kërkon --at me datën dhe orën.</translation>
    </message>
    <message>
        <source>There is no article {slug} in the {edition} edition; nothing was queued.</source>
        <translation>Nuk ka artikull {slug} në edicionin {edition}; asgjë nuk u vu në radhë.</translation>
    </message>
    <message>
        <source>Name at least one article (SLUG), --gallery or --issue; nothing was queued.</source>
        <translation>Emërtoni të paktën një artikull (SLUG), --gallery ose --issue; asgjë nuk u vu në radhë.</translation>
    </message>
    <message>
        <source>Queued {count} article(s) for {site}: jobs {jobs}.</source>
        <translation>Artikuj në radhë për {site}: {count}; punët: {jobs}.</translation>
    </message>
    <message>
        <source>Queued {count} galleries and issues for {site}: jobs {jobs}.</source>
        <translation>U vunë në radhë {count} galeri dhe numra për {site}: punët {jobs}.</translation>
    </message>
    <message>
        <source>--issue {ref} is not SERIES/NUMBER (e.g. weekly/12); nothing was queued.</source>
        <translation>--issue {ref} nuk është SERIES/NUMBER (p.sh. weekly/12); asgjë nuk u vu në radhë.</translation>
    </message>
    <message>
        <source>pulled {done}/{total}</source>
        <translation>të marra: {done}/{total}</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {media} media records.</source>
        <translation>të krijuara: {created}, të përditësuara: {updated}, të pandryshuara: {unchanged}, konflikte: {conflicts}, regjistrime mediash: {media}.</translation>
    </message>
    <message>
        <source>{galleries} galleries and {issues} publication issues created or updated.</source>
        <translation>U krijuan ose u përditësuan {galleries} galeri dhe {issues} numra botimesh.</translation>
    </message>
    <message>
        <source>skipped {item}</source>
        <translation>u kapërcye: {item}</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Kutia e daljes është bosh.</translation>
    </message>
    <message>
        <source>next {when} UTC</source>
        <translation>prova tjetër {when} UTC</translation>
    </message>
    <message>
        <source>as article</source>
        <translation>sipas artikullit</translation>
    </message>
    <message>
        <source>attempts {count}</source>
        <translation>përpjekje: {count}</translation>
    </message>
    <message>
        <source>Job {job} queued.</source>
        <translation>Puna {job} u vu në radhë.</translation>
    </message>
    <message>
        <source>Job {job} cancelled.</source>
        <translation>Puna {job} u anulua.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Asgjë nuk është për t’u dërguar tani.</translation>
    </message>
    <message>
        <source>Job {job}: the site&apos;s version was taken into the library.</source>
        <translation>Puna {job}: versioni i faqes u mor në bibliotekë.</translation>
    </message>
</context>
<context>
    <name>core.edition_names</name>
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
</context>
<context>
    <name>core.find_replace</name>
    <message>
        <source>Type something to find.</source>
        <translation>Shkruani diçka për të gjetur.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: {error}.</source>
        <translation>Shprehja e rregullt nuk është e vlefshme: {error}.</translation>
    </message>
    <message>
        <source>The replacement is not valid: {error}.</source>
        <translation>Zëvendësimi nuk është i vlefshëm: {error}.</translation>
    </message>
</context>
<context>
    <name>core.frontmatter</name>
    <message>
        <source>uses a YAML alias (*{name}, line {line}); aliases are not accepted in front matter: write the value out</source>
        <translation>përdor një alias YAML (*{name}, rreshti {line}); aliaset nuk pranohen në kokë: shkruajeni vlerën të plotë</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>mungon</translation>
    </message>
    <message>
        <source>must be text, not {type}</source>
        <translation>duhet të jetë tekst, jo {type}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>është bosh</translation>
    </message>
    <message>
        <source>{value} is not a valid date</source>
        <translation>{value} nuk është datë e vlefshme</translation>
    </message>
    <message>
        <source>{value} is not a valid ISO 8601 date with a UTC offset ({problem})</source>
        <translation>{value} nuk është datë e vlefshme ISO 8601 me zhvendosje nga UTC ({problem})</translation>
    </message>
    <message>
        <source>must be a list of text items</source>
        <translation>duhet të jetë listë me tekste</translation>
    </message>
    <message>
        <source>has no YAML front matter block (a first line of &apos;---&apos;)</source>
        <translation>nuk ka bllok me kokë të dhënash YAML (një rresht të parë &apos;---&apos;)</translation>
    </message>
    <message>
        <source>the YAML front matter is broken: {problem}</source>
        <translation>koka e të dhënave YAML është e prishur: {problem}</translation>
    </message>
    <message>
        <source>the YAML front matter must be a mapping of keys to values</source>
        <translation>koka e të dhënave YAML duhet të jetë një përputhje çelësash me vlera</translation>
    </message>
    <message>
        <source>{edition} is not an edition; expected one of {codes}</source>
        <translation>{edition} nuk është edicion; pritej një nga: {codes}</translation>
    </message>
    <message>
        <source>{status} is not a status; expected one of {allowed}</source>
        <translation>{status} nuk është gjendje; pritej një nga: {allowed}</translation>
    </message>
    <message>
        <source>must be a mapping with &apos;edition&apos; (en, ar, fa or sq) and &apos;slug&apos;</source>
        <translation>duhet të jetë një përputhje me &apos;edition&apos; (en, ar, fa ose sq) dhe &apos;slug&apos;</translation>
    </message>
    <message>
        <source>{url} is not an http(s) URL</source>
        <translation>{url} nuk është URL http(s)</translation>
    </message>
    <message>
        <source>a scheduled article needs a &apos;scheduled&apos; date</source>
        <translation>një artikull i planifikuar ka nevojë për datën &apos;scheduled&apos;</translation>
    </message>
    <message>
        <source>the unknown key {key} holds a value that is not plain text, numbers, lists or mappings; it was not kept</source>
        <translation>çelësi i panjohur {key} mban një vlerë që s’është tekst i thjeshtë, numra, lista ose harta; nuk u mbajt</translation>
    </message>
    <message>
        <source>the unknown key {key} holds {size} KB, more than the {limit} KB unknown keys may store; it was not kept</source>
        <translation>çelësi i panjohur {key} mban {size} KB, më shumë se {limit} KB që mund të ruajnë çelësat e panjohur; nuk u mbajt</translation>
    </message>
</context>
<context>
    <name>core.i18n</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>core.media_types</name>
    <message>
        <source>JPEG image</source>
        <translation>imazh JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>imazh PNG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>imazh GIF</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>imazh WebP</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>dokument PDF</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>video MP4</translation>
    </message>
    <message>
        <source>WebM video</source>
        <translation>video WebM</translation>
    </message>
</context>
<context>
    <name>core.preflight</name>
    <message>
        <source>The pre-flight rules of the {edition} edition must be a JSON object.</source>
        <translation>Rregullat para botimit të edicionit {edition} duhet të jenë objekt JSON.</translation>
    </message>
    <message>
        <source>The {edition} edition: required fields must be some of {fields}.</source>
        <translation>Edicioni {edition}: fushat e detyrueshme duhet të jenë disa nga {fields}.</translation>
    </message>
    <message>
        <source>The {edition} edition: translations must be other editions among {codes}.</source>
        <translation>Edicioni {edition}: përkthimet duhet të jenë edicione të tjera mes {codes}.</translation>
    </message>
    <message>
        <source>The {edition} edition: digits must be one of {systems}, or empty for any.</source>
        <translation>Edicioni {edition}: shifrat duhet të jenë një nga {systems}, ose bosh për çfarëdo.</translation>
    </message>
    <message>
        <source>preflight.editions must be a JSON object.</source>
        <translation>preflight.editions duhet të jetë objekt JSON.</translation>
    </message>
    <message>
        <source>The article has no title.</source>
        <translation>Artikulli nuk ka titull.</translation>
    </message>
    <message>
        <source>There is no excerpt: share snippets and the site&apos;s lists will use the first paragraph.</source>
        <translation>S’ka përmbledhje: tekstet e ndarjes dhe listat e sajtit do të përdorin paragrafin e parë.</translation>
    </message>
    <message>
        <source>The article has no category in the {edition} edition.</source>
        <translation>Artikulli nuk ka kategori në edicionin {edition}.</translation>
    </message>
    <message>
        <source>The article names neither a byline nor a source.</source>
        <translation>Artikulli nuk përmend as autor as burim.</translation>
    </message>
    <message>
        <source>The article has no featured image: the site shows none and link previews have no picture.</source>
        <translation>Artikulli nuk ka figurë kryesore: sajti nuk shfaq asnjë dhe parapamjet e lidhjeve s’kanë figurë.</translation>
    </message>
    <message>
        <source>The picture {picture} came from the site without alt text in the {edition} edition.</source>
        <translation>Fotografia {picture} erdhi nga sajti pa tekst alternativ në edicionin {edition}.</translation>
    </message>
    <message>
        <source>The picture {picture} has no alt text in the {edition} edition.</source>
        <translation>Fotografia {picture} nuk ka tekst alternativ në edicionin {edition}.</translation>
    </message>
    <message>
        <source>The picture {picture} has no caption in the {edition} edition.</source>
        <translation>Fotografia {picture} nuk ka përshkrim në edicionin {edition}.</translation>
    </message>
    <message>
        <source>The picture {picture} has no credit.</source>
        <translation>Fotografia {picture} nuk ka autorësi.</translation>
    </message>
    <message>
        <source>The original of {picture} records where it was taken (GPS); the copies that go out leave it out.</source>
        <translation>Origjinali i {picture} regjistron ku u bë (GPS); kopjet që dalin e lënë jashtë.</translation>
    </message>
    <message>
        <source>No focal point was set for {picture}: its crops for each platform are taken from the middle.</source>
        <translation>Nuk u caktua pikë fokale për {picture}: prerjet për çdo platformë merren nga mesi.</translation>
    </message>
    <message>
        <source>There is no Open Graph image: link previews on Facebook, X, WhatsApp and Telegram show no picture.</source>
        <translation>S’ka figurë Open Graph: parapamjet e lidhjeve në Facebook, X, WhatsApp dhe Telegram nuk shfaqin figurë.</translation>
    </message>
    <message>
        <source>The featured file {picture} is not an image, so link previews show no picture.</source>
        <translation>Skedari kryesor {picture} nuk është figurë, ndaj parapamjet e lidhjeve nuk shfaqin figurë.</translation>
    </message>
    <message>
        <source>The featured image {picture} is {width} × {height} pixels; link previews want at least {min_width} × {min_height}.</source>
        <translation>Figura kryesore {picture} është {width} × {height} piksel; parapamjet e lidhjeve duan të paktën {min_width} × {min_height}.</translation>
    </message>
    <message>
        <source>The {platform} text edited by hand is {count} long where {platform} allows {limit}.</source>
        <translation>Teksti {platform} i redaktuar me dorë është {count} i gjatë, ndërsa {platform} lejon {limit}.</translation>
    </message>
    <message>
        <source>The {platform} text would be {count} long where {platform} allows {limit}; the desk shortens it at a word.</source>
        <translation>Teksti {platform} do të ishte {count} i gjatë, ndërsa {platform} lejon {limit}; desku e shkurton te një fjalë.</translation>
    </message>
    <message>
        <source>The title is {count} characters long; as an email subject, mail clients cut it after about {limit}.</source>
        <translation>Titulli është {count} shenja i gjatë; si subjekt email-i, programet e postës e presin pas rreth {limit}.</translation>
    </message>
</context>
<context>
    <name>core.preflight_text</name>
    <message>
        <source>The {mark} on line {line} is not closed or opened: quotes or brackets are unbalanced in this paragraph.</source>
        <translation>{mark} në rreshtin {line} nuk mbyllet ose nuk hapet: thonjëzat ose kllapat janë të pabalancuara në këtë paragraf.</translation>
    </message>
    <message>
        <source>This {edition} article mixes in the {language} form of yeh ({other}) where the {edition} form is {own}; count: {count}.</source>
        <translation>Ky artikull {edition} përzien formën {language} të jeh-së ({other}), ku forma {edition} është {own}; numri: {count}.</translation>
    </message>
    <message>
        <source>This {edition} article mixes in the {language} form of kaf ({other}) where the {edition} form is {own}; count: {count}.</source>
        <translation>Ky artikull {edition} përzien formën {language} të kaf-it ({other}), ku forma {edition} është {own}; numri: {count}.</translation>
    </message>
    <message>
        <source>The body writes numbers in other digits than the {edition} edition asks for ({digits}); count: {count}, the first on line {line}.</source>
        <translation>Teksti i shkruan numrat me shifra të tjera nga ç’kërkon edicioni {edition} ({digits}); numri: {count}, i pari në rreshtin {line}.</translation>
    </message>
    <message>
        <source>Double spaces between words; count: {count}, the first on line {line}.</source>
        <translation>Hapësira të dyfishta mes fjalëve; numri: {count}, e para në rreshtin {line}.</translation>
    </message>
    <message>
        <source>Line {line} is an empty paragraph: readers see a gap.</source>
        <translation>Rreshti {line} është paragraf bosh: lexuesit shohin një boshllëk.</translation>
    </message>
    <message>
        <source>The link {url} on line {line} is plain http: browsers warn readers or refuse it; use https.</source>
        <translation>Lidhja {url} në rreshtin {line} është http i thjeshtë: shfletuesit i paralajmërojnë lexuesit ose e refuzojnë; përdorni https.</translation>
    </message>
</context>
<context>
    <name>core.schedule_warnings</name>
    <message>
        <source>{count} posts in the {edition} edition in the hour from {time} (at most {limit} per hour).</source>
        <translation>{count} postime në edicionin {edition} brenda orës nga {time} (jo më shumë se {limit} në orë).</translation>
    </message>
    <message>
        <source>&apos;{first}&apos; and &apos;{second}&apos; ({edition}) are {minutes} min apart (at least {limit} min wanted).</source>
        <translation>“{first}” dhe “{second}” ({edition}) janë {minutes} min larg njëri-tjetrit (duhen të paktën {limit} min).</translation>
    </message>
    <message>
        <source>Nothing is scheduled in the {edition} edition on {day}.</source>
        <translation>Asgjë nuk është planifikuar në edicionin {edition} më {day}.</translation>
    </message>
    <message>
        <source>Nothing is scheduled in the {edition} edition from {first} to {last} ({days} days).</source>
        <translation>Asgjë nuk është planifikuar në edicionin {edition} nga {first} deri më {last} ({days} ditë).</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is scheduled but its status is &apos;{status}&apos;, not ready.</source>
        <translation>“{title}” është planifikuar, por gjendja e tij është “{status}”, jo gati për botim.</translation>
    </message>
    <message>
        <source>The {platform} post for &apos;{title}&apos; goes out before the article it links to.</source>
        <translation>Postimi në {platform} për “{title}” del para artikullit ku lidhet.</translation>
    </message>
    <message>
        <source>The {platform} post for &apos;{title}&apos; is scheduled but the article is not.</source>
        <translation>Postimi në {platform} për “{title}” është planifikuar, por artikulli jo.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; uses {count} image without alt text in the {edition} edition.</source>
        <translation>“{title}” përdor {count} imazh pa tekst alternativ në edicionin {edition}.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; uses {count} images without alt text in the {edition} edition.</source>
        <translation>“{title}” përdor {count} imazhe pa tekst alternativ në edicionin {edition}.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; uses {count} image without alt text.</source>
        <translation>“{title}” përdor {count} imazh pa tekst alternativ.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; uses {count} images without alt text.</source>
        <translation>“{title}” përdor {count} imazhe pa tekst alternativ.</translation>
    </message>
</context>
<context>
    <name>core.scheduling</name>
    <message>
        <source>Unknown time zone {name} (use an IANA name such as Europe/Berlin).</source>
        <translation>Zonë kohore e panjohur {name} (përdorni një emër IANA si Europe/Berlin).</translation>
    </message>
    <message>
        <source>{local} happens twice in {zone} (the clocks go back that night): choose the earlier (UTC{earlier_offset}, {earlier} UTC) or the later (UTC{later_offset}, {later} UTC) one.</source>
        <translation>{local} ndodh dy herë në {zone} (atë natë orët kthehen pas): zgjidhni të parën (UTC{earlier_offset}, {earlier} UTC) ose të dytën (UTC{later_offset}, {later} UTC).</translation>
    </message>
    <message>
        <source>{local} does not exist in {zone} (the clocks go forward that night): choose another time or move it to the first valid minute, {first_valid}.</source>
        <translation>{local} nuk ekziston në {zone} (atë natë orët shtyhen përpara): zgjidhni një orë tjetër ose zhvendoseni në minutën e parë të vlefshme, {first_valid}.</translation>
    </message>
    <message>
        <source>{text} is not a date and time; write it as YYYY-MM-DD HH:MM (e.g. 2026-10-25 09:30).</source>
        <translation>{text} nuk është datë dhe orë; shkruajeni si YYYY-MM-DD HH:MM (p.sh. 2026-10-25 09:30).</translation>
    </message>
    <message>
        <source>schedule.rules must be a JSON object</source>
        <translation>schedule.rules duhet të jetë një objekt JSON</translation>
    </message>
    <message>
        <source>schedule.rules: {key} must be a whole number of 0 or more</source>
        <translation>schedule.rules: {key} duhet të jetë numër i plotë 0 ose më i madh</translation>
    </message>
    <message>
        <source>schedule.rules: {key} must be true or false</source>
        <translation>schedule.rules: {key} duhet të jetë true ose false</translation>
    </message>
    <message>
        <source>schedule.rules: empty_day_editions must be a list of edition codes</source>
        <translation>schedule.rules: empty_day_editions duhet të jetë një listë kodesh edicionesh</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Hën</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mër</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Enj</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Pre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sht</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Die</translation>
    </message>
    <message>
        <source>Publish the article &apos;{title}&apos; in the {edition} edition.</source>
        <translation>Botoni artikullin “{title}” në edicionin {edition}.</translation>
    </message>
    <message>
        <source>Publish the gallery &apos;{title}&apos;.</source>
        <translation>Botoni galerinë “{title}”.</translation>
    </message>
    <message>
        <source>Publish {title}.</source>
        <translation>Botoni {title}.</translation>
    </message>
    <message>
        <source>Post the {platform} share text for &apos;{title}&apos;.</source>
        <translation>Postoni tekstin për ndarje në {platform} për “{title}”.</translation>
    </message>
</context>
<context>
    <name>core.snippets</name>
    <message>
        <source>Consumer Skype was retired in May 2025 and its web share endpoint with it: there is no share link for Skype any more. Copy the message below and paste it into Teams or any chat.</source>
        <translation>Skype për konsumatorët u mbyll në maj 2025 dhe bashkë me të pika e ndarjes në ueb: nuk ka më lidhje ndarjeje për Skype. Kopjoni mesazhin më poshtë dhe ngjiteni në Teams ose në çdo bisedë.</translation>
    </message>
</context>
<context>
    <name>core.system_libraries</name>
    <message>
        <source>Nejat Desk cannot open its window: the system library {library} is missing or cannot be loaded. Install the package of your distribution that provides {library}, then start Nejat Desk again.</source>
        <translation>Nejat Desk nuk mund të hapë dritaren: biblioteka e sistemit {library} mungon ose nuk ngarkohet. Instaloni paketën e shpërndarjes suaj që jep {library}, pastaj nisni sërish Nejat Desk.</translation>
    </message>
    <message>
        <source>Nejat Desk cannot open its window: the system library {library} is missing or cannot be loaded. Install it (on Debian or Ubuntu: sudo apt install {debian}; on Fedora: sudo dnf install {fedora}), then start Nejat Desk again.</source>
        <translation>Nejat Desk nuk mund të hapë dritaren: biblioteka e sistemit {library} mungon ose nuk ngarkohet. Instalojeni (në Debian ose Ubuntu: sudo apt install {debian}; në Fedora: sudo dnf install {fedora}), pastaj nisni sërish Nejat Desk.</translation>
    </message>
</context>
<context>
    <name>core.textdiff</name>
    <message>
        <source>No differences.</source>
        <translation>Nuk ka dallime.</translation>
    </message>
</context>
<context>
    <name>exporters.ics</name>
    <message>
        <source>Nejat Desk schedule</source>
        <translation>Kalendari i botimeve i Nejat Desk</translation>
    </message>
    <message>
        <source>Edition time: {time} {zone}</source>
        <translation>Ora e edicionit: {time} {zone}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Gjendja: {status}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Paralajmërim: {message}</translation>
    </message>
</context>
<context>
    <name>exporters.newsletter</name>
    <message>
        <source>The series {series} has no complete footer (sender name, postal address and unsubscribe line), which mail clients and email law expect; set it in the issue editor or with &apos;nejat-desk schedule footer&apos;.</source>
        <translation>Seria {series} nuk ka fund të plotë (emri i dërguesit, adresa postare dhe rreshti i çabonimit), që presin programet e postës dhe ligji; caktojeni te redaktori i numrit ose me &apos;nejat-desk schedule footer&apos;.</translation>
    </message>
    <message>
        <source>There is no publication issue {id}.</source>
        <translation>Nuk ka numër botimi {id}.</translation>
    </message>
    <message>
        <source>{series} is not a Newsletter series; only Newsletter issues render to email.</source>
        <translation>{series} nuk është seri Buletini; vetëm numrat e Buletinit shndërrohen në email.</translation>
    </message>
    <message>
        <source>The cover (media {id}) has no web address yet; it was left out.</source>
        <translation>Kopertina (media {id}) nuk ka ende adresë interneti; u la jashtë.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is in the trash; it was left out.</source>
        <translation>“{title}” është në kosh; u la jashtë.</translation>
    </message>
    <message>
        <source>The image of &apos;{title}&apos; has no web address yet; it was left out.</source>
        <translation>Imazhi i “{title}” nuk ka ende adresë interneti; u la jashtë.</translation>
    </message>
</context>
<context>
    <name>exporters.wxr</name>
    <message>
        <source>“{title}” has a line longer than {bytes} bytes; WordPress&apos;s fallback line parser (used only when PHP has no XML extension) would split it.</source>
        <translation>“{title}” ka një rresht më të gjatë se {bytes} bajt; analizuesi rezervë i rreshtave i WordPress (që përdoret vetëm kur PHP nuk ka shtesën XML) do ta ndante.</translation>
    </message>
    <message>
        <source>“{title}” ({edition}) is scheduled for {time} UTC, which has passed: WordPress will publish it as soon as it is imported.</source>
        <translation>“{title}” ({edition}) është planifikuar për {time} UTC, që ka kaluar: WordPress do ta botojë sapo të importohet.</translation>
    </message>
</context>
<context>
    <name>services.article_list</name>
    <message>
        <source>The start date {text} is not a date (YYYY-MM-DD).</source>
        <translation>Data e fillimit {text} nuk është datë (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The end date {text} is not a date (YYYY-MM-DD).</source>
        <translation>Data e mbarimit {text} nuk është datë (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Unknown date field {field}.</source>
        <translation>Fushë e panjohur date: {field}.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Data e mbarimit është para datës së fillimit.</translation>
    </message>
    <message>
        <source>Unknown sort column {column}.</source>
        <translation>Kolonë e panjohur renditjeje: {column}.</translation>
    </message>
    <message>
        <source>A saved filter needs a name.</source>
        <translation>Një filtër i ruajtur ka nevojë për emër.</translation>
    </message>
</context>
<context>
    <name>services.articles</name>
    <message>
        <source>The source URL {url} is not a valid http(s) address.</source>
        <translation>URL-ja e burimit {url} nuk është adresë e vlefshme http(s).</translation>
    </message>
    <message>
        <source>The slug cannot be empty.</source>
        <translation>Identifikuesi nuk mund të jetë bosh.</translation>
    </message>
    <message>
        <source>The slug {slug} may not contain spaces, &apos;/&apos;, &apos;?&apos;, &apos;#&apos;, &apos;%&apos; or &apos;\&apos;.</source>
        <translation>Identifikuesi {slug} nuk mund të përmbajë hapësira, &apos;/&apos;, &apos;?&apos;, &apos;#&apos;, &apos;%&apos; ose &apos;\&apos;.</translation>
    </message>
    <message>
        <source>The slug {slug} may not contain control or direction characters, or be only dots.</source>
        <translation>Slug-u {slug} nuk mund të përmbajë shenja kontrolli ose drejtimi, as të jetë vetëm pika.</translation>
    </message>
    <message>
        <source>The slug is longer than 200 characters.</source>
        <translation>Identifikuesi është më i gjatë se 200 shenja.</translation>
    </message>
    <message>
        <source>There is no article with id {article_id}.</source>
        <translation>Nuk ka artikull me id {article_id}.</translation>
    </message>
    <message>
        <source>Unknown edition {edition}; expected one of {codes}.</source>
        <translation>Edicion i panjohur: {edition}; pritej një nga: {codes}.</translation>
    </message>
    <message>
        <source>The slug {slug} is already used in the {edition} edition.</source>
        <translation>Identifikuesi {slug} përdoret tashmë në edicionin {edition}.</translation>
    </message>
    <message>
        <source>Unknown article fields: {fields}.</source>
        <translation>Fusha të panjohura artikulli: {fields}.</translation>
    </message>
    <message>
        <source>There is no media item with id {id}.</source>
        <translation>Nuk ka media me id {id}.</translation>
    </message>
    <message>
        <source>Unknown article field {name}.</source>
        <translation>Fushë e panjohur artikulli: {name}.</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>gjendja: {status}</translation>
    </message>
    <message>
        <source>There is no revision with id {revision_id}.</source>
        <translation>Nuk ka rishikim me id {revision_id}.</translation>
    </message>
    <message>
        <source>before restoring revision {revision_id}</source>
        <translation>para rikthimit të rishikimit {revision_id}</translation>
    </message>
    <message>
        <source>Unknown edition {edition}.</source>
        <translation>Edicion i panjohur: {edition}.</translation>
    </message>
    <message>
        <source>A translation must be in another edition.</source>
        <translation>Përkthimi duhet të jetë në një edicion tjetër.</translation>
    </message>
    <message>
        <source>This article already has a translation in the {edition} edition (article {id}).</source>
        <translation>Ky artikull ka tashmë një përkthim në edicionin {edition} (artikulli {id}).</translation>
    </message>
    <message>
        <source>Translations must be in different editions.</source>
        <translation>Përkthimet duhet të jenë në edicione të ndryshme.</translation>
    </message>
    <message>
        <source>The group already has a {edition} version (article {id}).</source>
        <translation>Grupi ka tashmë një version {edition} (artikulli {id}).</translation>
    </message>
    <message>
        <source>Article {id} is not a translation of another article.</source>
        <translation>Artikulli {id} nuk është përkthim i një artikulli tjetër.</translation>
    </message>
    <message>
        <source>the table of contents of publication issue {issue}</source>
        <translation>përmbajtja e numrit të botimit {issue}</translation>
    </message>
    <message>
        <source>“{title}” is still used in {uses}.</source>
        <translation>“{title}” përdoret ende në: {uses}.</translation>
    </message>
    <message>
        <source>Only articles in the trash can be deleted permanently.</source>
        <translation>Vetëm artikujt në kosh mund të fshihen përgjithmonë.</translation>
    </message>
    <message>
        <source>The article is still used.</source>
        <translation>Artikulli përdoret ende.</translation>
    </message>
</context>
<context>
    <name>services.editions</name>
    <message>
        <source>{code}: the edition needs a name and a name in its own language.</source>
        <translation>{code}: edicioni ka nevojë për një emër dhe një emër në gjuhën e vet.</translation>
    </message>
    <message>
        <source>{code}: direction must be &apos;ltr&apos; or &apos;rtl&apos;, not {direction}.</source>
        <translation>{code}: drejtimi duhet të jetë &apos;ltr&apos; ose &apos;rtl&apos;, jo {direction}.</translation>
    </message>
    <message>
        <source>{code}: {time_zone} is not a known time zone (e.g. Asia/Tehran).</source>
        <translation>{code}: {time_zone} nuk është zonë kohore e njohur (p.sh. Asia/Tehran).</translation>
    </message>
    <message>
        <source>{code}: calendar must be one of {calendars}.</source>
        <translation>{code}: kalendari duhet të jetë një nga: {calendars}.</translation>
    </message>
    <message>
        <source>{code}: the site URL {site_url} is not an http(s) address.</source>
        <translation>{code}: URL-ja e sajtit {site_url} nuk është adresë http(s).</translation>
    </message>
    <message>
        <source>{code}: the permalink pattern must start with &apos;/&apos; and contain %postname% or %post_id%.</source>
        <translation>{code}: modeli i lidhjes së përhershme duhet të fillojë me &apos;/&apos; dhe të përmbajë %postname% ose %post_id%.</translation>
    </message>
    <message>
        <source>{code}: unknown permalink tags: {tags}.</source>
        <translation>{code}: etiketa të panjohura të lidhjes së përhershme: {tags}.</translation>
    </message>
    <message>
        <source>{code}: {tag} is not a hashtag (letters, digits and _ only).</source>
        <translation>{code}: {tag} nuk është hashtag (vetëm shkronja, shifra dhe _).</translation>
    </message>
    <message>
        <source>{code}: {platform} is not a platform ({platforms}).</source>
        <translation>{code}: {platform} nuk është platformë ({platforms}).</translation>
    </message>
    <message>
        <source>{code}: the {platform} handle is empty.</source>
        <translation>{code}: llogaria në {platform} është bosh.</translation>
    </message>
    <message>
        <source>There is no edition {code}.</source>
        <translation>Nuk ka edicion {code}.</translation>
    </message>
    <message>
        <source>Unknown edition setting {key}.</source>
        <translation>Cilësim i panjohur edicioni: {key}.</translation>
    </message>
</context>
<context>
    <name>services.export</name>
    <message>
        <source>Unknown edition {code}; expected one of {codes}.</source>
        <translation>Edicion i panjohur {code}; pritej një nga {codes}.</translation>
    </message>
    <message>
        <source>Unknown status {status}; expected one of {allowed}.</source>
        <translation>Gjendje e panjohur {status}; pritej një nga {allowed}.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>Data e fillimit është pas datës së mbarimit.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Eksportimi u anulua; nuk u shkrua asgjë.</translation>
    </message>
    <message>
        <source>Unknown export format {format}; expected one of {formats}.</source>
        <translation>Format eksportimi i panjohur {format}; pritej një nga {formats}.</translation>
    </message>
    <message>
        <source>Stale translations carried (their original changed since they were translated or marked as up to date): {articles}.</source>
        <translation>Përkthime të vjetruara të përfshira (origjinali i tyre ndryshoi që kur u përkthyen ose u shënuan si të përditësuara): {articles}.</translation>
    </message>
</context>
<context>
    <name>services.export_body_media</name>
    <message>
        <source>{article}: a picture in the body is not in the media library and was left out ({references}).</source>
        <translation>{article}: një foto në tekst nuk është në bibliotekën e medias dhe u la jashtë ({references}).</translation>
    </message>
    <message>
        <source>{article}: a picture in the body has no address on the site and was left out ({references}); give a media base URL to keep it.</source>
        <translation>{article}: një foto në tekst nuk ka adresë në faqe dhe u la jashtë ({references}); jepni një URL bazë të medias për ta mbajtur.</translation>
    </message>
</context>
<context>
    <name>services.export_destination</name>
    <message>
        <source>{path} is the library folder or inside it ({library}). An export never writes there; choose a folder outside the library.</source>
        <translation>{path} është dosja e bibliotekës ose brenda saj ({library}). Një eksport nuk shkruan kurrë aty; zgjidhni një dosje jashtë bibliotekës.</translation>
    </message>
    <message>
        <source>{path} is a folder; this export writes one file. Choose a file name, for example {example}.</source>
        <translation>{path} është dosje; ky eksport shkruan një skedar. Zgjidhni një emër skedari, për shembull {example}.</translation>
    </message>
    <message>
        <source>{path} already exists and is not a previous {format} export of Nejat Desk, so it is left as it is. Choose a new file name, or move that file away first.</source>
        <translation>{path} ekziston tashmë dhe nuk është eksport i mëparshëm {format} i Nejat Desk, ndaj lihet siç është. Zgjidhni një emër të ri skedari, ose zhvendoseni më parë atë skedar.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; this export writes a folder. Choose a new folder name.</source>
        <translation>{path} është skedar, jo dosje; ky eksport shkruan një dosje. Zgjidhni një emër të ri dosjeje.</translation>
    </message>
    <message>
        <source>{path} holds a {other} export of Nejat Desk, not a {format} one; choose an empty folder, or a new one such as {suggestion}.</source>
        <translation>{path} mban një eksport {other} të Nejat Desk, jo {format}; zgjidhni një dosje bosh ose një të re si {suggestion}.</translation>
    </message>
    <message>
        <source>{path} is not empty and is not a previous export of Nejat Desk, so nothing in it is touched. Choose an empty folder, or a new one such as {suggestion}.</source>
        <translation>{path} nuk është bosh dhe nuk është eksport i mëparshëm i Nejat Desk, ndaj asgjë në të nuk preket. Zgjidhni një dosje bosh ose një të re si {suggestion}.</translation>
    </message>
    <message>
        <source>{path} is in the way of the export and was not written by it; choose another folder.</source>
        <translation>{path} është në rrugë të eksportit dhe nuk u shkrua prej tij; zgjidhni një dosje tjetër.</translation>
    </message>
</context>
<context>
    <name>services.export_files</name>
    <message>
        <source>media {name}: not included ({error})</source>
        <translation>media {name}: nuk u përfshi ({error})</translation>
    </message>
</context>
<context>
    <name>services.galleries</name>
    <message>
        <source>There is no gallery #{id}.</source>
        <translation>Nuk ka galeri nr. {id}.</translation>
    </message>
    <message>
        <source>Unknown gallery kind {kind}; one of: {kinds}.</source>
        <translation>Lloj galerie i panjohur {kind}; një nga: {kinds}.</translation>
    </message>
    <message>
        <source>A gallery needs a title in at least one edition.</source>
        <translation>Një galeri ka nevojë për titull të paktën në një edicion.</translation>
    </message>
    <message>
        <source>A picture can be in a gallery only once.</source>
        <translation>Një foto mund të jetë në një galeri vetëm një herë.</translation>
    </message>
    <message>
        <source>No media item #{id}.</source>
        <translation>Nuk ka media nr. {id}.</translation>
    </message>
    <message>
        <source>A schedule time needs a time zone.</source>
        <translation>Një orë e planifikuar ka nevojë për zonë kohore.</translation>
    </message>
    <message>
        <source>The gallery has no title in any edition.</source>
        <translation>Galeria nuk ka titull në asnjë edicion.</translation>
    </message>
    <message>
        <source>The gallery has no pictures.</source>
        <translation>Galeria nuk ka foto.</translation>
    </message>
    <message>
        <source>Unknown status {status}.</source>
        <translation>Gjendje e panjohur {status}.</translation>
    </message>
    <message>
        <source>Set the date and time before scheduling the gallery.</source>
        <translation>Caktoni datën dhe orën para se ta planifikoni galerinë.</translation>
    </message>
    <message>
        <source>“{gallery}” is on the schedule (planned entries: {count}, first due {due} UTC). Remove it from the schedule first.</source>
        <translation>“{gallery}” është në kalendar (hyrje të planifikuara: {count}, e para më {due} UTC). Hiqeni fillimisht nga kalendari.</translation>
    </message>
    <message>
        <source>schedule entry #{id}</source>
        <translation>hyrja nr. {id} e kalendarit</translation>
    </message>
    <message>
        <source>Only a gallery in the trash can be deleted for good.</source>
        <translation>Vetëm një galeri në kosh mund të fshihet përgjithmonë.</translation>
    </message>
    <message>
        <source>There is no gallery {gallery} (give its number or slug).</source>
        <translation>Nuk ka galeri {gallery} (jepni numrin ose identifikuesin e saj).</translation>
    </message>
</context>
<context>
    <name>services.hootsuite</name>
    <message>
        <source>Unknown time zone {zone}; give a name such as UTC, Asia/Baghdad or Europe/Tirane (the time zone of the Hootsuite account).</source>
        <translation>Brez orar i panjohur {zone}; jepni një emër si UTC, Asia/Baghdad ose Europe/Tirane (brezi orar i llogarisë Hootsuite).</translation>
    </message>
    <message>
        <source>{slug} ({platform}): {time} {zone} is in the past or less than 15 minutes from now; left out, because Hootsuite refuses the whole file for it.</source>
        <translation>{slug} ({platform}): {time} {zone} është në të shkuarën ose më pak se 15 minuta larg; u la jashtë, sepse Hootsuite e refuzon gjithë skedarin për të.</translation>
    </message>
    <message>
        <source>{slug} ({platform}): {time} moved to {rounded}; Hootsuite takes only times ending in 0 or 5.</source>
        <translation>{slug} ({platform}): {time} u zhvendos në {rounded}; Hootsuite pranon vetëm orare që mbarojnë me 0 ose 5.</translation>
    </message>
    <message>
        <source>Times are in {zone}; Hootsuite reads them in the time zone of the account they are uploaded to, so that account must be set to {zone}.</source>
        <translation>Oraret janë në {zone}; Hootsuite i lexon në brezin orar të llogarisë ku ngarkohen, ndaj ajo llogari duhet të jetë në {zone}.</translation>
    </message>
    <message>
        <source>{count} posts, more than Hootsuite&apos;s {limit} a file: split into {files} files, to upload one after another: {names}.</source>
        <translation>{count} postime, më shumë se {limit} për skedar të Hootsuite: u ndanë në {files} skedarë, për t’u ngarkuar njëri pas tjetrit: {names}.</translation>
    </message>
</context>
<context>
    <name>services.library_check</name>
    <message>
        <source>{ids} and {count} more</source>
        <translation>{ids} dhe {count} të tjera</translation>
    </message>
    <message>
        <source>the database cannot be opened: {error}</source>
        <translation>baza e të dhënave nuk mund të hapet: {error}</translation>
    </message>
    <message>
        <source>database</source>
        <translation>baza e të dhënave</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>indeksi i kërkimit</translation>
    </message>
    <message>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <source>database: {problem}</source>
        <translation>baza e të dhënave: {problem}</translation>
    </message>
    <message>
        <source>database: {count} more problems</source>
        <translation>baza e të dhënave: edhe {count} probleme të tjera</translation>
    </message>
    <message>
        <source>foreign key: {table} row {row} points to a missing {parent} row</source>
        <translation>çelës i jashtëm: rreshti {row} i {table} tregon një rresht që mungon te {parent}</translation>
    </message>
    <message>
        <source>search index: FTS5 integrity check failed ({error})</source>
        <translation>indeksi i kërkimit: kontrolli i integritetit FTS5 dështoi ({error})</translation>
    </message>
    <message>
        <source>search index: {count} article(s) not indexed (ids {ids})</source>
        <translation>indeksi i kërkimit: {count} artikull(j) të paindeksuar (ID-të {ids})</translation>
    </message>
    <message>
        <source>search index: {count} entry(ies) for missing or trashed articles (ids {ids})</source>
        <translation>indeksi i kërkimit: {count} hyrje për artikuj që mungojnë ose janë në kosh (ID-të {ids})</translation>
    </message>
    <message>
        <source>media: {count} file(s) missing from the media store (media ids {ids})</source>
        <translation>media: {count} skedar(ë) mungojnë në depon e medias (ID-të e medias {ids})</translation>
    </message>
    <message>
        <source>media: {count} file(s) with the wrong size (media ids {ids})</source>
        <translation>media: {count} skedar(ë) me madhësi të gabuar (ID-të e medias {ids})</translation>
    </message>
    <message>
        <source>media: {count} file(s) whose content no longer matches its SHA-256 (media ids {ids})</source>
        <translation>media: {count} skedar(ë), përmbajtja e të cilëve nuk përputhet më me SHA-256 e tyre (ID-të e medias {ids})</translation>
    </message>
</context>
<context>
    <name>services.markdown_import</name>
    <message>
        <source>created</source>
        <translation>u krijua</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>u përditësua</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>pa ndryshim</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>konflikt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>u kapërcye</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>dështoi</translation>
    </message>
    <message>
        <source>{count} created</source>
        <translation>të krijuar: {count}</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>të përditësuar: {count}</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>pa ndryshim: {count}</translation>
    </message>
    <message>
        <source>{count} conflict</source>
        <translation>konflikte: {count}</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>të kapërcyer: {count}</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>të dështuar: {count}</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>asgjë për të importuar</translation>
    </message>
    <message>
        <source>not a Markdown file</source>
        <translation>nuk është skedar Markdown</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>nuk ka skedar ose dosje të tillë</translation>
    </message>
    <message>
        <source>the file is {size} MB, larger than the 20 MB an article may be</source>
        <translation>skedari është {size} MB, më i madh se 20 MB që mund të jetë një artikull</translation>
    </message>
    <message>
        <source>cannot be read ({problem})</source>
        <translation>nuk mund të lexohet ({problem})</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {offset})</source>
        <translation>nuk është tekst UTF-8 (bajti {offset})</translation>
    </message>
    <message>
        <source>the body is too complex to format in time: it is kept as written and shown as plain text</source>
        <translation>teksti është shumë i ndërlikuar për t’u formatuar në kohë: mbahet siç është shkruar dhe shfaqet si tekst i thjeshtë</translation>
    </message>
    <message>
        <source>could not be stored: it clashes with something already in the library (details in the log)</source>
        <translation>nuk u ruajt dot: përplaset me diçka që është tashmë në bibliotekë (hollësitë në regjistër)</translation>
    </message>
    <message>
        <source>could not be stored ({problem})</source>
        <translation>nuk u ruajt dot ({problem})</translation>
    </message>
    <message>
        <source>incoming text from an import; the library&apos;s copy was kept</source>
        <translation>tekst i ardhur nga një import; u mbajt kopja e bibliotekës</translation>
    </message>
    <message>
        <source>edited in the library since the last import: kept the library&apos;s text, stored the incoming text as a revision</source>
        <translation>është redaktuar në bibliotekë që nga importi i fundit: u mbajt teksti i bibliotekës, teksti i ardhur u ruajt si rishikim</translation>
    </message>
</context>
<context>
    <name>services.media</name>
    <message>
        <source>&apos;{field}&apos; cannot be edited here.</source>
        <translation>&apos;{field}&apos; nuk mund të redaktohet këtu.</translation>
    </message>
    <message>
        <source>A rating is from 0 to 5 stars.</source>
        <translation>Vlerësimi është nga 0 deri në 5 yje.</translation>
    </message>
    <message>
        <source>The focal point must lie inside the picture.</source>
        <translation>Pika fokale duhet të jetë brenda fotos.</translation>
    </message>
    <message>
        <source>{name} (media #{id})</source>
        <translation>{name} (media nr. {id})</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} dhe {count} të tjera</translation>
    </message>
    <message>
        <source>Alt text is missing in the {edition} edition for: {names}.</source>
        <translation>Mungon teksti alternativ në edicionin {edition} për: {names}.</translation>
    </message>
    <message>
        <source>featured image of article #{id} “{title}”</source>
        <translation>foto kryesore e artikullit nr. {id} “{title}”</translation>
    </message>
    <message>
        <source>attached to article #{id} “{title}”</source>
        <translation>bashkëngjitur artikullit nr. {id} “{title}”</translation>
    </message>
    <message>
        <source>in gallery #{id} “{title}”</source>
        <translation>në galerinë nr. {id} “{title}”</translation>
    </message>
    <message>
        <source>cover of gallery #{id} “{title}”</source>
        <translation>kopertina e galerisë nr. {id} “{title}”</translation>
    </message>
    <message>
        <source>cover of issue #{id} “{title}”</source>
        <translation>kopertina e numrit të botimit #{id} “{title}”</translation>
    </message>
    <message>
        <source>PDF of issue #{id} “{title}”</source>
        <translation>PDF-ja e numrit të botimit #{id} “{title}”</translation>
    </message>
    <message>
        <source>poster of video #{id} “{title}”</source>
        <translation>posteri i videos nr. {id} “{title}”</translation>
    </message>
    <message>
        <source>{use} (in the trash)</source>
        <translation>{use} (në kosh)</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nr. {number}</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>{uses}; and {count} more</source>
        <translation>{uses}; dhe {count} të tjera</translation>
    </message>
    <message>
        <source>{what} is still used: {uses}. Remove it from there first.</source>
        <translation>{what} përdoret ende: {uses}. Hiqeni fillimisht prej andej.</translation>
    </message>
    <message>
        <source>Only media in the trash can be deleted for good.</source>
        <translation>Vetëm mediat në kosh mund të fshihen përgjithmonë.</translation>
    </message>
    <message>
        <source>{url} is not a YouTube, Vimeo or Aparat video address.</source>
        <translation>{url} nuk është adresë videoje në YouTube, Vimeo ose Aparat.</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>asnjë skedar</translation>
    </message>
    <message>
        <source>The poster image could not be used: {reason}</source>
        <translation>Imazhi i posterit nuk mund të përdorej: {reason}</translation>
    </message>
    <message>
        <source>The poster image is media #{id}, which is in the trash: restore it first, or choose another picture.</source>
        <translation>Figura e posterit është media #{id}, që është në kosh: riktheheni më parë ose zgjidhni një figurë tjetër.</translation>
    </message>
    <message>
        <source>This video is already in the library (media #{id}).</source>
        <translation>Kjo video është tashmë në bibliotekë (media nr. {id}).</translation>
    </message>
</context>
<context>
    <name>services.media_import</name>
    <message>
        <source>imported</source>
        <translation>u importua</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>dublikatë</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>dështoi</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>u kapërcye</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>u anulua</translation>
    </message>
    <message>
        <source>{message}; {note}</source>
        <translation>{message}; {note}</translation>
    </message>
    <message>
        <source>{outcome}: {file}: {message}</source>
        <translation>{outcome}: {file}: {message}</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} already in the library, {failed} failed, {skipped} skipped, cancelled ({cancelled} not imported)</source>
        <translation>të importuara: {imported}, tashmë në bibliotekë: {duplicates}, të dështuara: {failed}, të kapërcyera: {skipped}; u anulua (të paimportuara: {cancelled})</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} already in the library, {failed} failed, {skipped} skipped</source>
        <translation>të importuara: {imported}, tashmë në bibliotekë: {duplicates}, të dështuara: {failed}, të kapërcyera: {skipped}</translation>
    </message>
    <message>
        <source>is a broken link; not imported</source>
        <translation>është lidhje e prishur; nuk u importua</translation>
    </message>
    <message>
        <source>is inside the library&apos;s own folder; not imported</source>
        <translation>është brenda dosjes së vetë bibliotekës; nuk u importua</translation>
    </message>
    <message>
        <source>is a link to a folder outside the imported folder; not followed</source>
        <translation>është lidhje drejt një dosjeje jashtë dosjes që importohet; nuk u ndoq</translation>
    </message>
    <message>
        <source>is a link to a file outside the imported folder; not followed</source>
        <translation>është lidhje drejt një skedari jashtë dosjes që importohet; nuk u ndoq</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>nuk ekziston</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>nuk mund të lexohet: leja u refuzua</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>nuk mund të lexohet: {reason}</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket); not imported</source>
        <translation>nuk është skedar i zakonshëm (pajisje, tub ose socket); nuk u importua</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes); not imported</source>
        <translation>skedari është bosh (0 bajt); nuk u importua</translation>
    </message>
    <message>
        <source>is named like a {type} but its content is not one (nor any image, PDF or video we import): damaged or mislabelled; not imported</source>
        <translation>emërtohet si {type}, por përmbajtja nuk është e tillë (as ndonjë imazh, PDF ose video që importojmë): i dëmtuar ose i etiketuar gabim; nuk u importua</translation>
    </message>
    <message>
        <source>is not an image, PDF or video we can import</source>
        <translation>nuk është imazh, PDF ose video që mund ta importojmë</translation>
    </message>
    <message>
        <source>named {extension} but it is really a {type}; imported as one</source>
        <translation>ka prapashtesën {extension}, por në të vërtetë është {type}; u importua si i tillë</translation>
    </message>
    <message>
        <source>has no extension but it is really a {type}; imported as one</source>
        <translation>nuk ka prapashtesë, por në të vërtetë është {type}; u importua si i tillë</translation>
    </message>
    <message>
        <source>the file needs more memory to decode than there is; not imported</source>
        <translation>skedari kërkon më shumë memorie për t&apos;u deshifruar sesa ka; nuk u importua</translation>
    </message>
    <message>
        <source>not imported: the import was cancelled</source>
        <translation>nuk u importua: importi u anulua</translation>
    </message>
    <message>
        <source>could not be copied into the library: {reason}</source>
        <translation>nuk mund të kopjohej në bibliotekë: {reason}</translation>
    </message>
    <message>
        <source>unexpected error ({error}); not imported</source>
        <translation>gabim i papritur ({error}); nuk u importua</translation>
    </message>
    <message>
        <source>the same file appears earlier in this import; kept once</source>
        <translation>i njëjti skedar shfaqet më herët në këtë import; u mbajt një herë</translation>
    </message>
    <message>
        <source>already in the library (media #{id}, in the trash: restore it from there); kept one copy</source>
        <translation>është tashmë në bibliotekë (media nr. {id}, në kosh: riktheni që andej); u mbajt një kopje</translation>
    </message>
    <message>
        <source>already in the library (media #{id}); kept one copy</source>
        <translation>është tashmë në bibliotekë (media nr. {id}); u mbajt një kopje</translation>
    </message>
    <message>
        <source>not added to the gallery while it is in the trash</source>
        <translation>nuk shtohet në galeri sa kohë është në kosh</translation>
    </message>
    <message>
        <source>added to the gallery</source>
        <translation>u shtua në galeri</translation>
    </message>
    <message>
        <source>could not be added to the gallery ({reason})</source>
        <translation>nuk mund të shtohej në galeri ({reason})</translation>
    </message>
    <message>
        <source>looks like a near-duplicate of media #{id} (a resized or re-encoded copy?)</source>
        <translation>duket si pothuajse dublikatë e medias nr. {id} (kopje e ripërmasuar ose e rikoduar?)</translation>
    </message>
    <message>
        <source>could not be stored: {reason}; not imported</source>
        <translation>nuk mund të ruhej: {reason}; nuk u importua</translation>
    </message>
    <message>
        <source>{type}, {width} x {height} (media #{id})</source>
        <translation>{type}, {width} x {height} (media nr. {id})</translation>
    </message>
    <message>
        <source>{type} (media #{id})</source>
        <translation>{type} (media nr. {id})</translation>
    </message>
</context>
<context>
    <name>services.media_probe</name>
    <message>
        <source>the image says it has no pixels</source>
        <translation>imazhi thotë se nuk ka asnjë piksel</translation>
    </message>
    <message>
        <source>the image claims {width} x {height} pixels, more than the {limit} megapixels allowed (a decompression bomb?); not imported</source>
        <translation>imazhi pretendon {width} x {height} piksela, më shumë se {limit} megapikselët e lejuar (bombë dekompresimi?); nuk u importua</translation>
    </message>
    <message>
        <source>the image claims more than the {limit} megapixels that can be decoded safely (a decompression bomb?); not imported</source>
        <translation>imazhi pretendon më shumë se {limit} megapikselët që mund të deshifrohen pa rrezik (bombë dekompresimi?); nuk u importua</translation>
    </message>
    <message>
        <source>the file is damaged: {reason}</source>
        <translation>skedari është i dëmtuar: {reason}</translation>
    </message>
    <message>
        <source>the file is damaged: no readable image in it</source>
        <translation>skedari është i dëmtuar: nuk ka asnjë imazh të lexueshëm</translation>
    </message>
    <message>
        <source>the file is truncated (it ends before the image does); not imported</source>
        <translation>skedari është i cunguar (mbaron para se të mbarojë imazhi); nuk u importua</translation>
    </message>
    <message>
        <source>the file starts like a {type} but is not one; not imported</source>
        <translation>skedari fillon si {type}, por nuk është i tillë; nuk u importua</translation>
    </message>
    <message>
        <source>the file is truncated or damaged after frame {frame} ({reason}); not imported</source>
        <translation>skedari është i cunguar ose i dëmtuar pas kuadrit {frame} ({reason}); nuk u importua</translation>
    </message>
    <message>
        <source>its IPTC block is damaged and was ignored</source>
        <translation>blloku IPTC i tij është i dëmtuar dhe u shpërfill</translation>
    </message>
    <message>
        <source>the PDF is protected by a password; not imported</source>
        <translation>PDF-ja është e mbrojtur me fjalëkalim; nuk u importua</translation>
    </message>
    <message>
        <source>the PDF is damaged or truncated ({reason}); not imported</source>
        <translation>PDF-ja është e dëmtuar ose e cunguar ({reason}); nuk u importua</translation>
    </message>
    <message>
        <source>the PDF has no pages; not imported</source>
        <translation>PDF-ja nuk ka faqe; nuk u importua</translation>
    </message>
    <message>
        <source>the PDF&apos;s first page cannot be drawn ({reason}); not imported</source>
        <translation>faqja e parë e PDF-së nuk mund të vizatohet ({reason}); nuk u importua</translation>
    </message>
    <message>
        <source>ffprobe is not installed: the video was stored without its size or a poster frame</source>
        <translation>ffprobe nuk është i instaluar: videoja u ruajt pa përmasat e saj dhe pa kuadër posteri</translation>
    </message>
    <message>
        <source>reading the video took too long; not imported</source>
        <translation>leximi i videos zgjati shumë; nuk u importua</translation>
    </message>
    <message>
        <source>the video is damaged or truncated: no playable picture in it ({reason}); not imported</source>
        <translation>videoja është e dëmtuar ose e cunguar: nuk ka pamje që mund të luhet ({reason}); nuk u importua</translation>
    </message>
    <message>
        <source>the video is damaged or truncated: no playable picture in it; not imported</source>
        <translation>videoja është e dëmtuar ose e cunguar: nuk ka pamje që mund të luhet; nuk u importua</translation>
    </message>
    <message>
        <source>no poster frame could be taken from the video</source>
        <translation>nuk u mor dot asnjë kuadër posteri nga videoja</translation>
    </message>
    <message>
        <source>ffmpeg is not installed: the video has no poster frame</source>
        <translation>ffmpeg nuk është i instaluar: videoja nuk ka kuadër posteri</translation>
    </message>
</context>
<context>
    <name>services.media_records</name>
    <message>
        <source>There is no media item #{id}.</source>
        <translation>Nuk ka media nr. {id}.</translation>
    </message>
</context>
<context>
    <name>services.preflight</name>
    <message>
        <source>“{title}” cannot go out yet; fix these or override them with a reason:
{findings}</source>
        <translation>“{title}” nuk mund të dalë ende; ndreqini këto ose anashkalojini me një arsye:
{findings}</translation>
    </message>
    <message>
        <source>There is no edition {code}.</source>
        <translation>Nuk ka edicion {code}.</translation>
    </message>
    <message>
        <source>The original of this translation changed since it was translated; bring it up to date, or mark it as up to date.</source>
        <translation>Origjinali i këtij përkthimi ka ndryshuar që kur u përkthye; përditësojeni ose shënojeni si të përditësuar.</translation>
    </message>
    <message>
        <source>Translations of this article made before its last changes: {count}.</source>
        <translation>Përkthime të këtij artikulli të bëra para ndryshimeve të fundit: {count}.</translation>
    </message>
    <message>
        <source>There is no gallery with id {id}.</source>
        <translation>Nuk ka galeri me ID {id}.</translation>
    </message>
    <message>
        <source>The gallery has no title in the {edition} edition.</source>
        <translation>Galeria nuk ka titull në edicionin {edition}.</translation>
    </message>
    <message>
        <source>The gallery has no pictures.</source>
        <translation>Galeria nuk ka foto.</translation>
    </message>
    <message>
        <source>The gallery has no cover picture.</source>
        <translation>Galeria nuk ka figurë kopertine.</translation>
    </message>
    <message>
        <source>There is no publication issue with id {id}.</source>
        <translation>Nuk ka numër botimi me ID {id}.</translation>
    </message>
    <message>
        <source>The issue has no PDF.</source>
        <translation>Numri nuk ka PDF.</translation>
    </message>
    <message>
        <source>The issue has neither a PDF nor any article in its table of contents.</source>
        <translation>Numri nuk ka as PDF as ndonjë artikull në pasqyrën e lëndës.</translation>
    </message>
    <message>
        <source>The issue has no cover picture.</source>
        <translation>Numri nuk ka figurë kopertine.</translation>
    </message>
    <message>
        <source>“{title}” in the table of contents is in the trash.</source>
        <translation>“{title}” në pasqyrën e lëndës është në kosh.</translation>
    </message>
    <message>
        <source>“{title}” in the table of contents is not published ({status}).</source>
        <translation>“{title}” në pasqyrën e lëndës nuk është botuar ({status}).</translation>
    </message>
    <message>
        <source>Pre-flight overridden: {reason} (blocking: {findings})</source>
        <translation>Kontrolli para botimit u anashkalua: {reason} (bllokuese: {findings})</translation>
    </message>
    <message>
        <source>There is no article with id {article_id}.</source>
        <translation>Nuk ka artikull me id {article_id}.</translation>
    </message>
    <message>
        <source>The link {url} on line {line} did not answer well ({problem}).</source>
        <translation>Lidhja {url} në rreshtin {line} nuk u përgjigj mirë ({problem}).</translation>
    </message>
</context>
<context>
    <name>services.preflight_checks</name>
    <message>
        <source>The link {url} goes to the {edition} edition of this article, which does not exist yet.</source>
        <translation>Lidhja {url} shkon te edicioni {edition} i këtij artikulli, që ende nuk ekziston.</translation>
    </message>
    <message>
        <source>The link {url} goes to an article the {edition} edition of the library does not have.</source>
        <translation>Lidhja {url} shkon te një artikull që edicioni {edition} i bibliotekës nuk e ka.</translation>
    </message>
    <message>
        <source>The link {url} goes to an article in the trash.</source>
        <translation>Lidhja {url} shkon te një artikull në kosh.</translation>
    </message>
    <message>
        <source>The link {url} goes to an article that is not published ({status}) and not scheduled to go out before this one.</source>
        <translation>Lidhja {url} shkon te një artikull që nuk është botuar ({status}) dhe nuk është planifikuar të dalë para këtij.</translation>
    </message>
    <message>
        <source>There is no {edition} translation yet; the {own} edition plans one for every article.</source>
        <translation>Ende s’ka përkthim {edition}; edicioni {own} planifikon një për çdo artikull.</translation>
    </message>
    <message>
        <source>The planned time {when} is in the past: the site publishes it at once.</source>
        <translation>Ora e planifikuar {when} është në të shkuarën: sajti e boton menjëherë.</translation>
    </message>
    <message>
        <source>“{title}” is already planned in the {edition} edition at the same time.</source>
        <translation>“{title}” është planifikuar tashmë në edicionin {edition} në të njëjtën orë.</translation>
    </message>
    <message>
        <source>Outbox job {job} is in conflict with the site: resolve it in Sites before this goes out.</source>
        <translation>Puna {job} e radhës së dërgimit është në konflikt me sajtin: zgjidheni te Sajtet para se të dalë kjo.</translation>
    </message>
    <message>
        <source>Outbox job {job} failed: {error}</source>
        <translation>Puna {job} e radhës së dërgimit dështoi: {error}</translation>
    </message>
</context>
<context>
    <name>services.publications</name>
    <message>
        <source>Unknown edition {edition}; expected one of {codes}.</source>
        <translation>Edicion i panjohur {edition}; pritej një nga {codes}.</translation>
    </message>
    <message>
        <source>A series needs a name.</source>
        <translation>Një seri ka nevojë për emër.</translation>
    </message>
    <message>
        <source>A series with the slug {slug} already exists.</source>
        <translation>Ekziston tashmë një seri me identifikuesin {slug}.</translation>
    </message>
    <message>
        <source>There is no publication issue {id}.</source>
        <translation>Nuk ka numër botimi {id}.</translation>
    </message>
    <message>
        <source>The issue number must be 1 or more.</source>
        <translation>Numri i botimit duhet të jetë 1 ose më shumë.</translation>
    </message>
    <message>
        <source>An article appears twice in the table of contents.</source>
        <translation>Një artikull shfaqet dy herë në përmbajtje.</translation>
    </message>
    <message>
        <source>There is no publication series {id}.</source>
        <translation>Nuk ka seri botimi {id}.</translation>
    </message>
    <message>
        <source>A footer field may hold at most {limit} characters; this one has {count}.</source>
        <translation>Një fushë e fundit mund të mbajë të shumtën {limit} shenja; kjo ka {count}.</translation>
    </message>
    <message>
        <source>There is no publication series {slug}.</source>
        <translation>Nuk ka seri botimesh {slug}.</translation>
    </message>
    <message>
        <source>{series} already has an issue number {number}.</source>
        <translation>{series} ka tashmë një numër {number}.</translation>
    </message>
    <message>
        <source>The cover media item {id} does not exist.</source>
        <translation>Media e kopertinës nr. {id} nuk ekziston.</translation>
    </message>
    <message>
        <source>The cover must be an image, not a {kind} (media item {id}).</source>
        <translation>Kopertina duhet të jetë imazh, jo {kind} (media nr. {id}).</translation>
    </message>
    <message>
        <source>The PDF media item {id} does not exist.</source>
        <translation>Media PDF nr. {id} nuk ekziston.</translation>
    </message>
    <message>
        <source>The PDF must be a pdf, not a {kind} (media item {id}).</source>
        <translation>PDF-ja duhet të jetë pdf, jo {kind} (media nr. {id}).</translation>
    </message>
    <message>
        <source>The article {id} in the table of contents does not exist.</source>
        <translation>Artikulli {id} në përmbajtje nuk ekziston.</translation>
    </message>
</context>
<context>
    <name>services.renditions</name>
    <message>
        <source>Renditions are made from images (or a remote video&apos;s poster).</source>
        <translation>Variantet e madhësive bëhen nga imazhet (ose nga posteri i një videoje të pritur jashtë).</translation>
    </message>
    <message>
        <source>A video hosted elsewhere has no file to copy.</source>
        <translation>Një video e pritur diku tjetër nuk ka skedar për t&apos;u kopjuar.</translation>
    </message>
    <message>
        <source>The stored file of media #{id} is missing from the library folder.</source>
        <translation>Skedari i ruajtur i medias nr. {id} mungon në dosjen e bibliotekës.</translation>
    </message>
    <message>
        <source>ffmpeg is not installed, so the video&apos;s location and camera data cannot be removed; it was not exported.</source>
        <translation>ffmpeg nuk është i instaluar, ndaj të dhënat e vendndodhjes dhe të kamerës së videos nuk mund të hiqen; nuk u eksportua.</translation>
    </message>
    <message>
        <source>ffmpeg could not re-write the video without its metadata: {reason}</source>
        <translation>ffmpeg nuk mundi ta rishkruante videon pa metadatat e saj: {reason}</translation>
    </message>
</context>
<context>
    <name>services.schedule</name>
    <message>
        <source>The end of the date range must be after its start.</source>
        <translation>Fundi i intervalit të datave duhet të jetë pas fillimit të tij.</translation>
    </message>
    <message>
        <source>Unknown kind {kinds}; expected {expected}.</source>
        <translation>Lloj i panjohur {kinds}; pritej një nga {expected}.</translation>
    </message>
    <message>
        <source>{key} is not a calendar item (expected kind:id, e.g. article:12).</source>
        <translation>{key} nuk është element i kalendarit (pritej kind:id, p.sh. article:12).</translation>
    </message>
    <message>
        <source>There is no article {id} to schedule (it was deleted?).</source>
        <translation>Nuk ka artikull {id} për t&apos;u planifikuar (mos është fshirë?).</translation>
    </message>
    <message>
        <source>There is no gallery {id} to schedule (it was deleted?).</source>
        <translation>Nuk ka galeri {id} për t&apos;u planifikuar (mos është fshirë?).</translation>
    </message>
    <message>
        <source>There is no issue {id} to schedule (it was deleted?).</source>
        <translation>Nuk ka numër {id} për t&apos;u planifikuar (mos është fshirë?).</translation>
    </message>
    <message>
        <source>There is no social post {id} to schedule (it was deleted?).</source>
        <translation>Nuk ka postim social {id} për t&apos;u planifikuar (mos është fshirë?).</translation>
    </message>
    <message>
        <source>Gallery {id}</source>
        <translation>Galeria {id}</translation>
    </message>
    <message>
        <source>There is no article {slug} in the {edition} edition.</source>
        <translation>Nuk ka artikull {slug} në edicionin {edition}.</translation>
    </message>
    <message>
        <source>There is no issue {number} of the series {series}.</source>
        <translation>Nuk ka numër {number} të serisë {series}.</translation>
    </message>
    <message>
        <source>There is no gallery {slug}.</source>
        <translation>Nuk ka galeri {slug}.</translation>
    </message>
    <message>
        <source>There is no schedule entry {id}.</source>
        <translation>Nuk ka hyrje kalendari {id}.</translation>
    </message>
</context>
<context>
    <name>services.trash</name>
    <message>
        <source>(untitled)</source>
        <translation>(pa titull)</translation>
    </message>
</context>
<context>
    <name>services.wordpress.client</name>
    <message>
        <source>The site address is empty.</source>
        <translation>Adresa e faqes është bosh.</translation>
    </message>
    <message>
        <source>{url} is not a web address (http:// or https://).</source>
        <translation>{url} nuk është adresë interneti (http:// ose https://).</translation>
    </message>
    <message>
        <source>The answer from {site} is larger than {megabytes} MB, more than any answer the desk expects; it stopped reading it.</source>
        <translation>Përgjigjja nga {site} është më e madhe se {megabytes} MB, më shumë se çdo përgjigje që pret desku; ndaloi së lexuari.</translation>
    </message>
    <message>
        <source>{site} took more than {seconds} seconds to answer; the desk stopped waiting. The request may or may not have been carried out.</source>
        <translation>{site} i duheshin më shumë se {seconds} sekonda për t’u përgjigjur; desku pushoi së prituri. Kërkesa mund të jetë kryer ose jo.</translation>
    </message>
    <message>
        <source>{site} did not answer (connection timed out).</source>
        <translation>{site} nuk u përgjigj (skadoi koha e lidhjes).</translation>
    </message>
    <message>
        <source>{site} took too long to answer; the request may or may not have been carried out.</source>
        <translation>{site} vonoi shumë të përgjigjej; kërkesa mund të jetë kryer ose jo.</translation>
    </message>
    <message>
        <source>The connection to {site} broke off ({reason}); the request may or may not have been carried out.</source>
        <translation>Lidhja me {site} u ndërpre ({reason}); kërkesa mund të jetë kryer ose jo.</translation>
    </message>
    <message>
        <source>The site refused the user name or Application Password.</source>
        <translation>Faqja refuzoi emrin e përdoruesit ose fjalëkalimin e aplikacionit.</translation>
    </message>
    <message>
        <source>The site did not accept the sign-in for {route}.</source>
        <translation>Faqja nuk e pranoi hyrjen për {route}.</translation>
    </message>
    <message>
        <source>The site&apos;s user {user} is not allowed to do this ({route}).</source>
        <translation>Përdoruesi {user} i faqes nuk ka leje ta bëjë këtë ({route}).</translation>
    </message>
    <message>
        <source>The site has no REST route {route}.</source>
        <translation>Faqja nuk ka rrugën REST {route}.</translation>
    </message>
    <message>
        <source>The site has no {route}.</source>
        <translation>Faqja nuk ka {route}.</translation>
    </message>
    <message>
        <source>The site had an error ({status}).</source>
        <translation>Faqja pati një gabim ({status}).</translation>
    </message>
    <message>
        <source>The site refused the request ({status}).</source>
        <translation>Faqja e refuzoi kërkesën ({status}).</translation>
    </message>
    <message>
        <source>The answer to {route} was not a list of items.</source>
        <translation>Përgjigjja për {route} nuk ishte listë zërash.</translation>
    </message>
    <message>
        <source>{site} says {route} has {pages} pages; the desk reads at most {limit} ({per_page} items each). Ask for less, e.g. a date range.</source>
        <translation>{site} thotë se {route} ka {pages} faqe; desku lexon të shumtën {limit} ({per_page} zëra secila). Kërkoni më pak, p.sh. një varg datash.</translation>
    </message>
    <message>
        <source>{site} did not answer like a WordPress site.</source>
        <translation>{site} nuk u përgjigj si një faqe WordPress.</translation>
    </message>
    <message>
        <source>Wrong user name or Application Password for {base_url} (user {user}): the site did not accept them. Create a new Application Password in the user&apos;s profile on the site and give it to the desk.</source>
        <translation>Emër përdoruesi ose Application Password i gabuar për {base_url} (përdoruesi {user}): sajti nuk i pranoi. Krijoni një Application Password të ri në profilin e përdoruesit në sajt dhe jepjani deskut.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>lidhja u refuzua</translation>
    </message>
    <message>
        <source>the host name is unknown</source>
        <translation>emri i hostit është i panjohur</translation>
    </message>
    <message>
        <source>Cannot reach {site}: {reason}.</source>
        <translation>{site} nuk mund të arrihet: {reason}.</translation>
    </message>
    <message>
        <source>The answer to {route} was not JSON (is this a WordPress site with its REST API on?).</source>
        <translation>Përgjigjja për {route} nuk ishte JSON (a është kjo një faqe WordPress me REST API të aktivizuar?).</translation>
    </message>
</context>
<context>
    <name>services.wordpress.companion</name>
    <message>
        <source>The site has no Nejat Desk Companion plugin, so these do not travel through it: bylines, sources and source addresses, translation links between desks, picture credits and the other editions&apos; alt texts and captions, the Markdown source, the desk status and dates of unpublished work, attachments, and the structure of galleries and publication issues. Install the plugin from packaging/wordpress to keep them.</source>
        <translation>Sajti nuk ka shtojcën Nejat Desk Companion, ndaj këto nuk udhëtojnë përmes saj: autorët, burimet dhe adresat e tyre, lidhjet e përkthimeve mes deskeve, autorësitë e fotove dhe tekstet alternative e përshkrimet e edicioneve të tjera, burimi Markdown, gjendja e deskut dhe datat e punës së pabotuar, bashkëngjitjet dhe struktura e galerive e numrave të botimeve. Instaloni shtojcën nga packaging/wordpress për t’i mbajtur.</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>autori</translation>
    </message>
    <message>
        <source>source name</source>
        <translation>emri i burimit</translation>
    </message>
    <message>
        <source>source address</source>
        <translation>adresa e burimit</translation>
    </message>
    <message>
        <source>translation links</source>
        <translation>lidhjet e përkthimeve</translation>
    </message>
    <message>
        <source>picture credit</source>
        <translation>autorësia e fotos</translation>
    </message>
    <message>
        <source>attachments list</source>
        <translation>lista e bashkëngjitjeve</translation>
    </message>
    <message>
        <source>The site has no Nejat Desk Companion plugin: the article&apos;s {fields} did not travel (the desk keeps them).</source>
        <translation>Sajti nuk ka shtojcën Nejat Desk Companion: {fields} e artikullit nuk udhëtuan (desku i mban).</translation>
    </message>
    <message>
        <source>The site has no Nejat Desk Companion plugin: the gallery&apos;s kind, its other editions&apos; titles and descriptions and the pictures&apos; credits did not travel; another desk will pull it as an article (the desk keeps them).</source>
        <translation>Sajti nuk ka shtojcën Nejat Desk Companion: lloji i galerisë, titujt dhe përshkrimet e edicioneve të tjera dhe autorësitë e fotove nuk udhëtuan; një desk tjetër do ta tërheqë si artikull (desku i mban).</translation>
    </message>
    <message>
        <source>The site has no Nejat Desk Companion plugin: the issue&apos;s series, number, date, PDF and contents did not travel as fields; another desk will pull it as an article (the desk keeps them).</source>
        <translation>Sajti nuk ka shtojcën Nejat Desk Companion: seria, numri, data, PDF-ja dhe përmbajtja e numrit nuk udhëtuan si fusha; një desk tjetër do ta tërheqë si artikull (desku i mban).</translation>
    </message>
    <message>
        <source>The Nejat Desk Companion plugin {version} is installed: every field the desk keeps travels through the site.</source>
        <translation>Shtojca Nejat Desk Companion {version} është instaluar: çdo fushë që mban desku udhëton përmes sajtit.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.conflicts</name>
    <message>
        <source>Version on {site} (post {post_id})</source>
        <translation>Versioni në {site} (postimi {post_id})</translation>
    </message>
    <message>
        <source>Article {id} has no site version kept from a conflict.</source>
        <translation>Artikulli {id} nuk ka version të faqes të ruajtur nga një konflikt.</translation>
    </message>
    <message>
        <source>Outbox job {id} is not an article push.</source>
        <translation>Puna {id} në kutinë e daljes nuk është dërgim artikulli.</translation>
    </message>
    <message>
        <source>The article of job {id} no longer exists.</source>
        <translation>Artikulli i punës {id} nuk ekziston më.</translation>
    </message>
    <message>
        <source>Choose &apos;library&apos;, &apos;site&apos; or &apos;merged&apos;.</source>
        <translation>Zgjidhni &apos;library&apos;, &apos;site&apos; ose &apos;merged&apos;.</translation>
    </message>
    <message>
        <source>Conflict resolved: the site&apos;s version was taken into the library.</source>
        <translation>Konflikti u zgjidh: versioni i faqes u mor në bibliotekë.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.credentials</name>
    <message>
        <source>No Application Password is known for {user} at {base_url}; enter it in Sites (it is not stored without a secure keyring).</source>
        <translation>Nuk njihet asnjë fjalëkalim aplikacioni për {user} në {base_url}; vendoseni te «Faqet» (nuk ruhet pa varg çelësash të sigurt).</translation>
    </message>
</context>
<context>
    <name>services.wordpress.errors</name>
    <message>
        <source>The site said: {message}</source>
        <translation>Faqja tha: {message}</translation>
    </message>
</context>
<context>
    <name>services.wordpress.locks</name>
    <message>
        <source>another user</source>
        <translation>një përdorues tjetër</translation>
    </message>
    <message>
        <source>{holder} is editing this post on the site.</source>
        <translation>{holder} po e redakton këtë postim në sajt.</translation>
    </message>
    <message>
        <source>{holder} has been editing this post on the site since {since}.</source>
        <translation>{holder} po e redakton këtë postim në sajt që nga {since}.</translation>
    </message>
    <message>
        <source>The site has no Nejat Desk Companion plugin, so its edit locks can be neither seen nor taken (WordPress keeps them for its own editor).</source>
        <translation>Sajti nuk ka shtojcën Nejat Desk Companion, ndaj kyçet e redaktimit as shihen as merren (WordPress-i i mban për redaktorin e vet).</translation>
    </message>
    <message>
        <source>The edit lock could not be taken: {reason}</source>
        <translation>Kyçi i redaktimit nuk u mor dot: {reason}</translation>
    </message>
    <message>
        <source>no Application Password is known for {site} in this session (enter it in Sites).</source>
        <translation>nuk dihet Application Password për {site} në këtë seancë (jepeni te Sajtet).</translation>
    </message>
    <message>
        <source>no site holds this article.</source>
        <translation>asnjë sajt nuk e mban këtë artikull.</translation>
    </message>
    <message>
        <source>the site&apos;s answer could not be read.</source>
        <translation>përgjigjja e sajtit nuk u lexua dot.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.media</name>
    <message>
        <source>There is no media item with id {id}.</source>
        <translation>Nuk ka media me ID {id}.</translation>
    </message>
    <message>
        <source>Media #{id} is hosted elsewhere and has no file to upload.</source>
        <translation>Media nr. {id} pritet diku tjetër dhe nuk ka skedar për t’u ngarkuar.</translation>
    </message>
    <message>
        <source>The stored file of media #{id} is missing from the library folder.</source>
        <translation>Skedari i ruajtur i medias nr. {id} mungon në dosjen e bibliotekës.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.object_records</name>
    <message>
        <source>post {post_id}: {count} article(s) of the issue&apos;s contents are not in the library yet; pull them and pull again.</source>
        <translation>postimi {post_id}: {count} artikuj të përmbajtjes së numrit nuk janë ende në bibliotekë; tërhiqini dhe tërhiqni sërish.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.outbox</name>
    <message>
        <source>article #{id} (deleted)</source>
        <translation>artikulli nr. {id} (i fshirë)</translation>
    </message>
    <message>
        <source>There is no outbox job {job_id}.</source>
        <translation>Nuk ka punë {job_id} në kutinë e daljes.</translation>
    </message>
    <message>
        <source>Job {job_id} is {state}; only failed, queued or cancelled jobs can be retried (resolve the conflict first).</source>
        <translation>Puna {job_id} është në gjendjen {state}; riprovohen vetëm punët e dështuara, në radhë ose të anuluara (zgjidhni fillimisht konfliktin).</translation>
    </message>
    <message>
        <source>Job {job_id} is {state}; only failed, queued or cancelled jobs can be retried.</source>
        <translation>Puna {job_id} është në gjendjen {state}; riprovohen vetëm punët e dështuara, në radhë ose të anuluara.</translation>
    </message>
    <message>
        <source>Job {job_id} is {state} and cannot be cancelled.</source>
        <translation>Puna {job_id} është në gjendjen {state} dhe nuk mund të anulohet.</translation>
    </message>
    <message>
        <source>{article} is a stale translation: its original changed since it was translated or marked as up to date.</source>
        <translation>{article} është përkthim i vjetruar: origjinali i tij ndryshoi që kur u përkthye ose u shënua si i përditësuar.</translation>
    </message>
    <message>
        <source>The article #{id} no longer exists.</source>
        <translation>Artikulli nr. {id} nuk ekziston më.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.password_policy</name>
    <message>
        <source>The site {base_url} gives {rest_base} as the address of its REST API, which is on another scheme, host or port. The desk sends the password only to the site&apos;s own address, so it did not use it. If the site really moved, add it again with its new address.</source>
        <translation>Sajti {base_url} jep {rest_base} si adresë të REST API-së së vet, që është në një skemë, host ose portë tjetër. Desku e dërgon fjalëkalimin vetëm te adresa e vetë sajtit, ndaj nuk e përdori. Nëse sajti u zhvendos vërtet, shtojeni sërish me adresën e re.</translation>
    </message>
    <message>
        <source>The desk did not send the password to {url}: it is not on the site&apos;s own address {base_url}.</source>
        <translation>Desku nuk e dërgoi fjalëkalimin te {url}: nuk është në adresën e vetë sajtit {base_url}.</translation>
    </message>
    <message>
        <source>{base_url} is a plain http:// address: the Application Password would cross the network unencrypted, where anyone on the way can read it. Use the site&apos;s https:// address, or allow plain http for this site explicitly.</source>
        <translation>{base_url} është adresë e thjeshtë http://: Application Password do të kalonte rrjetin pa fshehtëzim, ku kushdo në rrugë mund ta lexojë. Përdorni adresën https:// të sajtit, ose lejoni shprehimisht http të thjeshtë për këtë sajt.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.pull</name>
    <message>
        <source>The site {site} serves no editions; say which edition the pulled posts belong to.</source>
        <translation>Faqja {site} nuk shërben asnjë edicion; tregoni cilit edicion u përkasin postimet e marra.</translation>
    </message>
    <message>
        <source>The site {site} serves {editions} editions; say which edition the pulled posts belong to.</source>
        <translation>Faqja {site} shërben edicionet {editions}; tregoni cilit edicion u përkasin postimet e marra.</translation>
    </message>
    <message>
        <source>post {post_id}: {reason}</source>
        <translation>postimi {post_id}: {reason}</translation>
    </message>
    <message>
        <source>post {post_id}: the {kind} was changed on the site and in the library since the last sync; the library&apos;s is kept (publish it to replace the site&apos;s, or undo the library&apos;s changes and pull again).</source>
        <translation>postimi {post_id}: {kind} u ndryshua në sajt dhe në bibliotekë që nga sinkronizimi i fundit; mbahet ai i bibliotekës (botojeni për të zëvendësuar atë të sajtit, ose zhbëni ndryshimet e bibliotekës dhe tërhiqni sërish).</translation>
    </message>
    <message>
        <source>its desk record could not be read ({reason}).</source>
        <translation>regjistri i tij i deskut nuk u lexua dot ({reason}).</translation>
    </message>
    <message>
        <source>The post was edited on the site ({when}) and in the library; compare the two versions and choose which to keep.</source>
        <translation>Postimi u redaktua në faqe ({when}) dhe në bibliotekë; krahasoni dy versionet dhe zgjidhni cilin të mbani.</translation>
    </message>
    <message>
        <source>post {post_id}: {status} on the site, but: {problems}</source>
        <translation>postimi {post_id}: {status} në sajt, por: {problems}</translation>
    </message>
</context>
<context>
    <name>services.wordpress.pull_media</name>
    <message>
        <source>{name} was not downloaded: it is on another host ({url}); its address is kept.</source>
        <translation>{name} nuk u shkarkua: është në një host tjetër ({url}); adresa i mbahet.</translation>
    </message>
    <message>
        <source>{name} was not downloaded: {reason}</source>
        <translation>{name} nuk u shkarkua: {reason}</translation>
    </message>
    <message>
        <source>{name} was not downloaded: the site answered {status}.</source>
        <translation>{name} nuk u shkarkua: sajti u përgjigj {status}.</translation>
    </message>
    <message>
        <source>{name} was not brought in: {reason}</source>
        <translation>{name} nuk u soll: {reason}</translation>
    </message>
</context>
<context>
    <name>services.wordpress.push</name>
    <message>
        <source>Unknown site status {status}; use one of {statuses}.</source>
        <translation>Gjendje e panjohur e faqes {status}; përdorni një nga: {statuses}.</translation>
    </message>
    <message>
        <source>A scheduled post needs a date and time.</source>
        <translation>Një postim i planifikuar ka nevojë për datë dhe orë.</translation>
    </message>
    <message>
        <source>The scheduled time {time} UTC has passed; choose a later time or publish now.</source>
        <translation>Koha e planifikuar {time} UTC ka kaluar; zgjidhni një kohë më të vonë ose botojeni tani.</translation>
    </message>
    <message>
        <source>The article {slug} is in the trash; restore it before publishing.</source>
        <translation>Artikulli {slug} është në kosh; riktheni atë para se ta botoni.</translation>
    </message>
    <message>
        <source>The article {slug} has no title.</source>
        <translation>Artikulli {slug} nuk ka titull.</translation>
    </message>
    <message>
        <source>There is no gallery with id {id}.</source>
        <translation>Nuk ka galeri me ID {id}.</translation>
    </message>
    <message>
        <source>The gallery has no title in the {edition} edition.</source>
        <translation>Galeria nuk ka titull në edicionin {edition}.</translation>
    </message>
    <message>
        <source>There is no publication issue with id {id}.</source>
        <translation>Nuk ka numër botimi me ID {id}.</translation>
    </message>
    <message>
        <source>Cannot publish a {kind}.</source>
        <translation>Nuk mund të botohet një {kind}.</translation>
    </message>
    <message>
        <source>The gallery has no texts in an edition this site serves.</source>
        <translation>Galeria nuk ka tekste në asnjë edicion që shërben kjo faqe.</translation>
    </message>
    <message>
        <source>The body shows a picture the media store does not hold ({ref}); it was sent as written, so the site will not show it.</source>
        <translation>Teksti shfaq një foto që depoja e medias nuk e ka ({ref}); u dërgua siç është shkruar, ndaj faqja nuk do ta shfaqë.</translation>
    </message>
    <message>
        <source>The site no longer had post {post_id}; it was created again.</source>
        <translation>Faqja nuk e kishte më postimin {post_id}; u krijua sërish.</translation>
    </message>
    <message>
        <source>The site changed the title or content while saving it (a filter or plugin on the site); the site&apos;s version was recorded.</source>
        <translation>Faqja ndryshoi titullin ose përmbajtjen gjatë ruajtjes (një filtër ose shtojcë në faqe); u regjistrua versioni i faqes.</translation>
    </message>
    <message>
        <source>The post was edited on the site ({when}) since the last sync; compare the two versions and choose which to keep.</source>
        <translation>Postimi u redaktua në faqe ({when}) që nga sinkronizimi i fundit; krahasoni dy versionet dhe zgjidhni cilin të mbani.</translation>
    </message>
</context>
<context>
    <name>services.wordpress.remote</name>
    <message>
        <source>at an unknown time</source>
        <translation>në një kohë të panjohur</translation>
    </message>
</context>
<context>
    <name>services.wordpress.review</name>
    <message>
        <source>A note for the reviewer needs some text.</source>
        <translation>Një shënim për shqyrtuesin do pak tekst.</translation>
    </message>
    <message>
        <source>A note may be at most {limit} characters long (this one has {count}).</source>
        <translation>Një shënim mund të jetë të shumtën {limit} shenja (ky ka {count}).</translation>
    </message>
    <message>
        <source>The note did not travel: the site has no Nejat Desk Companion plugin.</source>
        <translation>Shënimi nuk udhëtoi: sajti nuk ka shtojcën Nejat Desk Companion.</translation>
    </message>
    <message>
        <source>The post went out but its note could not be added: {reason}</source>
        <translation>Postimi doli, por shënimi nuk iu shtua dot: {reason}</translation>
    </message>
    <message>
        <source>The site has no Nejat Desk Companion plugin, so it keeps no review notes.</source>
        <translation>Sajti nuk ka shtojcën Nejat Desk Companion, ndaj nuk mban shënime shqyrtimi.</translation>
    </message>
    <message>
        <source>Sent for review with the note.</source>
        <translation>U dërgua për shqyrtim me shënimin.</translation>
    </message>
    <message>
        <source>Sent back with the note.</source>
        <translation>U kthye mbrapsht me shënimin.</translation>
    </message>
    <message>
        <source>Not sent: the post was changed on the site since the last sync, and nothing was overwritten. Pull it or compare the two versions in Sites. {reason}</source>
        <translation>Nuk u dërgua: postimi u ndryshua në sajt që nga sinkronizimi i fundit dhe asgjë nuk u mbishkrua. Tërhiqeni ose krahasoni dy versionet te Sajtet. {reason}</translation>
    </message>
    <message>
        <source>The site could not be reached; the article and its note wait in the outbox and go out when it is back. {reason}</source>
        <translation>Sajti nuk u arrit dot; artikulli dhe shënimi i tij presin në radhën e dërgimit dhe dalin kur të kthehet. {reason}</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Nuk u dërgua: {reason}</translation>
    </message>
</context>
<context>
    <name>services.wordpress.sites</name>
    <message>
        <source>create posts</source>
        <translation>krijimin e postimeve</translation>
    </message>
    <message>
        <source>publish and schedule posts</source>
        <translation>botimin dhe planifikimin e postimeve</translation>
    </message>
    <message>
        <source>upload images and PDFs</source>
        <translation>ngarkimin e imazheve dhe PDF-ve</translation>
    </message>
    <message>
        <source>create categories and tags</source>
        <translation>krijimin e kategorive dhe etiketave</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>Faqja ka nevojë për një emër.</translation>
    </message>
    <message>
        <source>A site needs the WordPress user name.</source>
        <translation>Faqja ka nevojë për emrin e përdoruesit në WordPress.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>asnjë</translation>
    </message>
    <message>
        <source>Editions must be some of {codes} (got {got}).</source>
        <translation>Edicionet duhet të jenë nga {codes} (u dha: {got}).</translation>
    </message>
    <message>
        <source>There is already a site named {name}.</source>
        <translation>Ekziston tashmë një faqe me emrin {name}.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ende asnjë</translation>
    </message>
    <message>
        <source>There is no site named {name} (sites: {names}).</source>
        <translation>Nuk ka faqe me emrin {name} (faqet: {names}).</translation>
    </message>
    <message>
        <source>No site serves the {edition} edition; add one with &apos;nejat-desk site add&apos;.</source>
        <translation>Asnjë faqe nuk shërben edicionin {edition}; shtoni një me &apos;nejat-desk site add&apos;.</translation>
    </message>
    <message>
        <source>There is no site with id {site_id}.</source>
        <translation>Nuk ka faqe me ID {site_id}.</translation>
    </message>
    <message>
        <source>{base_url} answers, but it is not a WordPress site (no REST API and no WordPress pages found). Check the address.</source>
        <translation>{base_url} përgjigjet, por nuk është faqe WordPress (nuk u gjet as REST API, as faqe WordPress). Kontrolloni adresën.</translation>
    </message>
    <message>
        <source>{base_url} is a WordPress site, but its REST API is turned off or blocked ({http}). Ask the site&apos;s administrator to allow the REST API for signed-in users.</source>
        <translation>{base_url} është faqe WordPress, por REST API e saj është e çaktivizuar ose e bllokuar ({http}). Kërkojini administratorit të faqes të lejojë REST API për përdoruesit e identifikuar.</translation>
    </message>
    <message>
        <source>{base_url} has a REST API but not WordPress&apos;s own routes (wp/v2).</source>
        <translation>{base_url} ka një REST API, por jo rrugët e vetë WordPress (wp/v2).</translation>
    </message>
    <message>
        <source>a plugin or the site&apos;s settings turned them off</source>
        <translation>i ka çaktivizuar një shtojcë ose cilësimet e faqes</translation>
    </message>
    <message>
        <source>WordPress only offers them over HTTPS (or on a site whose environment type is &apos;local&apos;)</source>
        <translation>WordPress i ofron vetëm përmes HTTPS (ose në një faqe me llojin e mjedisit &apos;local&apos;)</translation>
    </message>
    <message>
        <source>Application Passwords are not available on {base_url}: {why}. The desk signs in with an Application Password, so it cannot publish there.</source>
        <translation>Fjalëkalimet e aplikacionit nuk janë të disponueshme në {base_url}: {why}. Aplikacioni hyn me një fjalëkalim aplikacioni, ndaj nuk mund të botojë atje.</translation>
    </message>
    <message>
        <source>{capability} (to {purpose})</source>
        <translation>{capability} (për {purpose})</translation>
    </message>
    <message>
        <source>The user {user} (role: {roles}) lacks capabilities the desk needs: {needs}. Give the user the Editor role on the site.</source>
        <translation>Përdoruesit {user} (roli: {roles}) i mungojnë aftësitë që i duhen aplikacionit: {needs}. Jepini përdoruesit rolin Redaktor (Editor) në faqe.</translation>
    </message>
    <message>
        <source>Connected to {site} as {user}.</source>
        <translation>U lidh me {site} si {user}.</translation>
    </message>
</context>
<context>
    <name>services.workflow</name>
    <message>
        <source>A scheduled article needs a date and time.</source>
        <translation>Një artikull i planifikuar ka nevojë për datë dhe orë.</translation>
    </message>
    <message>
        <source>The article needs a title before it can be marked ready.</source>
        <translation>Artikulli ka nevojë për titull përpara se të shënohet gati për botim.</translation>
    </message>
    <message>
        <source>Alt text in the {edition} edition is missing for: {media}. Add it in Media before marking the article ready.</source>
        <translation>Teksti alternativ në edicionin {edition} mungon për: {media}. Shtojeni te Media përpara se ta shënoni artikullin gati për botim.</translation>
    </message>
    <message>
        <source>stored as a draft, not {status}: {problems}</source>
        <translation>u ruajt si draft, jo {status}: {problems}</translation>
    </message>
</context>
<context>
    <name>services.wxr_import</name>
    <message>
        <source>{count} created</source>
        <translation>të krijuar: {count}</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>të përditësuar: {count}</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>pa ndryshim: {count}</translation>
    </message>
    <message>
        <source>{count} kept (edited here; incoming text stored as a revision)</source>
        <translation>të mbajtur: {count} (redaktuar këtu; teksti i ardhur u ruajt si rishikim)</translation>
    </message>
    <message>
        <source>{count} media records</source>
        <translation>regjistrime mediash: {count}</translation>
    </message>
    <message>
        <source>{count} {status} posts</source>
        <translation>postime me gjendje {status}: {count}</translation>
    </message>
    <message>
        <source>skipped: {kinds}</source>
        <translation>të kapërcyer: {kinds}</translation>
    </message>
    <message>
        <source>cannot be read ({problem})</source>
        <translation>nuk mund të lexohet ({problem})</translation>
    </message>
    <message>
        <source>is not well-formed XML ({problem}, line {line}, column {column}); nothing was imported</source>
        <translation>nuk është XML i mirëformuar ({problem}, rreshti {line}, kolona {column}); nuk u importua asgjë</translation>
    </message>
    <message>
        <source>declares a DOCTYPE, which a WordPress export never does; refused (entities are not expanded); nothing was imported</source>
        <translation>deklaron një DOCTYPE, gjë që një eksport WordPress nuk e bën kurrë; u refuzua (entitetet nuk zgjerohen); nuk u importua asgjë</translation>
    </message>
    <message>
        <source>is not a WordPress export (no rss channel with the wp namespace); nothing was imported</source>
        <translation>nuk është eksport WordPress (nuk ka kanal rss me hapësirën e emrave wp); nuk u importua asgjë</translation>
    </message>
    <message>
        <source>has no valid wp:wxr_version; nothing was imported</source>
        <translation>nuk ka wp:wxr_version të vlefshëm; nuk u importua asgjë</translation>
    </message>
    <message>
        <source>item {number} has a post id that is not a number; nothing was imported</source>
        <translation>elementi {number} ka një id postimi që nuk është numër; nuk u importua asgjë</translation>
    </message>
    <message>
        <source>post {post_id}: {problem} Used {slug}.</source>
        <translation>postimi {post_id}: {problem} U përdor {slug}.</translation>
    </message>
    <message>
        <source>{problem}; nothing was imported</source>
        <translation>{problem}; nuk u importua asgjë</translation>
    </message>
    <message>
        <source>a post clashes with something already in the library (details in the log); nothing was imported</source>
        <translation>një postim përplaset me diçka që është tashmë në bibliotekë (hollësitë në regjistër); asgjë nuk u importua</translation>
    </message>
</context>
<context>
    <name>storage.access</name>
    <message>
        <source>it is on a read-only drive or share</source>
        <translation>është në një disk ose ndarje vetëm për lexim</translation>
    </message>
    <message>
        <source>this user may not write to {path}</source>
        <translation>ky përdorues nuk mund të shkruajë në {path}</translation>
    </message>
    <message>
        <source>it was opened read-only on purpose</source>
        <translation>u hap qëllimisht vetëm për lexim</translation>
    </message>
</context>
<context>
    <name>storage.identity</name>
    <message>
        <source>it belongs to another application (application id {id:#010x})</source>
        <translation>i përket një aplikacioni tjetër (id e aplikacionit {id:#010x})</translation>
    </message>
    <message>
        <source>it has no Nejat Desk schema</source>
        <translation>nuk ka skemë Nejat Desk</translation>
    </message>
    <message>
        <source>its schema {revision} is not a Nejat Desk schema</source>
        <translation>skema e saj {revision} nuk është skemë Nejat Desk</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>skedari është bosh</translation>
    </message>
    <message>
        <source>it is not a SQLite database ({error})</source>
        <translation>nuk është bazë të dhënash SQLite ({error})</translation>
    </message>
    <message>
        <source>it was made by a newer Nejat Desk (schema {revision})</source>
        <translation>u bë nga një Nejat Desk më i ri (skema {revision})</translation>
    </message>
</context>
<context>
    <name>storage.library</name>
    <message>
        <source>The latest good backup is {name} ({time} UTC): restore it with &apos;nejat-desk restore --latest-good&apos; or from the window.</source>
        <translation>Kopja rezervë e fundit e shëndoshë është {name} ({time} UTC): riktheni me &apos;nejat-desk restore --latest-good&apos; ose nga dritarja.</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>Nuk u gjet asnjë kopje rezervë e shëndoshë.</translation>
    </message>
    <message>
        <source>The library database {path} is damaged ({detail}). Run &apos;nejat-desk check&apos; to see what is wrong. {offer}</source>
        <translation>Baza e të dhënave e bibliotekës {path} është e dëmtuar ({detail}). Ekzekutoni &apos;nejat-desk check&apos; për të parë ç’nuk shkon. {offer}</translation>
    </message>
    <message>
        <source>The library {root} is read-only ({reason}), so nothing can be changed in it. To edit it, copy the library to a folder you can write to and open the copy.</source>
        <translation>Biblioteka {root} është vetëm për lexim ({reason}), ndaj asgjë nuk mund të ndryshohet në të. Për ta redaktuar, kopjojeni bibliotekën në një dosje ku mund të shkruani dhe hapni kopjen.</translation>
    </message>
    <message>
        <source>{name} is not a Nejat Desk library database ({problem}); the library was not changed.</source>
        <translation>{name} nuk është bazë të dhënash e bibliotekës Nejat Desk ({problem}); biblioteka nuk ndryshoi.</translation>
    </message>
    <message>
        <source>There is no library in {root} (run &apos;nejat-desk init&apos; to create one).</source>
        <translation>Nuk ka bibliotekë në {root} (ekzekutoni &apos;nejat-desk init&apos; për të krijuar një të tillë).</translation>
    </message>
    <message>
        <source>Cannot create the library folder {root}: {reason}</source>
        <translation>Dosja e bibliotekës {root} nuk mund të krijohet: {reason}</translation>
    </message>
    <message>
        <source>The library is in a folder synced by {tool}. Sync tools copy a live database and its side files separately, which can damage it: keep the library outside the synced folder and use backups or exports to share.</source>
        <translation>Biblioteka është në një dosje që sinkronizohet nga {tool}. Mjetet e sinkronizimit e kopjojnë veçmas bazën e të dhënave në punë dhe skedarët e saj shoqërues, gjë që mund ta dëmtojë: mbajeni bibliotekën jashtë dosjes së sinkronizuar dhe përdorni kopje rezervë ose eksporte për ta ndarë me të tjerët.</translation>
    </message>
    <message>
        <source>Cannot open the library database {path}: {error}</source>
        <translation>Baza e të dhënave e bibliotekës {path} nuk mund të hapet: {error}</translation>
    </message>
    <message>
        <source>The library {root} must be upgraded to this version of Nejat Desk, but it is read-only ({reason}). Copy it to a folder you can write to and open the copy.</source>
        <translation>Biblioteka {root} duhet përmirësuar për këtë version të Nejat Desk, por është vetëm për lexim ({reason}). Kopjojeni në një dosje ku mund të shkruani dhe hapni kopjen.</translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a Nejat Desk library ({problem}).</source>
        <translation>{path} është bazë të dhënash SQLite, por jo bibliotekë Nejat Desk ({problem}).</translation>
    </message>
    <message>
        <source>This library is read-only ({reason}): you can browse, search and export it, but not change it.</source>
        <translation>Kjo bibliotekë është vetëm për lexim ({reason}): mund ta shfletoni, të kërkoni e ta eksportoni, por jo ta ndryshoni.</translation>
    </message>
    <message>
        <source>foreign key: {table} row {row} points to a missing {parent}</source>
        <translation>çelës i jashtëm: rreshti {row} i {table} tregon një {parent} që mungon</translation>
    </message>
    <message>
        <source>The backup {name} is itself damaged ({problem}); choose another.</source>
        <translation>Vetë kopja rezervë {name} është e dëmtuar ({problem}); zgjidhni një tjetër.</translation>
    </message>
</context>
<context>
    <name>storage.lock</name>
    <message>
        <source>unknown host</source>
        <translation>host i panjohur</translation>
    </message>
    <message>
        <source>The library is open in another Nejat Desk (process {pid} on {host}). Close it there first.</source>
        <translation>Biblioteka është e hapur në një Nejat Desk tjetër (procesi {pid} në {host}). Mbylleni atje së pari.</translation>
    </message>
    <message>
        <source>The library was last opened by process {pid} on {host}, which may still be using it (a library on a shared drive). If that computer no longer has it open, break the lock.</source>
        <translation>Biblioteka u hap për herë të fundit nga procesi {pid} në {host}, i cili mund ta jetë duke e përdorur ende (një bibliotekë në një disk të përbashkët). Nëse ai kompjuter nuk e ka më të hapur, thyeni kyçin.</translation>
    </message>
    <message>
        <source>The library is open in process {pid} on this computer.</source>
        <translation>Biblioteka është e hapur në procesin {pid} në këtë kompjuter.</translation>
    </message>
</context>
<context>
    <name>storage.migrate</name>
    <message>
        <source>This library uses schema {revision}, which is newer than this version of Nejat Desk understands (it knows up to {head}). Update Nejat Desk to open it; the library has not been changed.</source>
        <translation>Kjo bibliotekë përdor skemën {revision}, që është më e re nga sa kupton ky version i Nejat Desk (ai njeh deri te {head}). Përditësoni Nejat Desk për ta hapur; biblioteka nuk është ndryshuar.</translation>
    </message>
</context>
</TS>
