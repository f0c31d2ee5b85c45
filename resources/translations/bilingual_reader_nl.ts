<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="67" />
        <source>&amp;Open Pair…</source>
        <translation>&amp;Paar openen…</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="68" />
        <source>Open &amp;Folder…</source>
        <translation>&amp;Map openen…</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="69" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="70" />
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="71" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="72" />
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="73" />
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="74" />
        <source>Find &amp;Next</source>
        <translation>&amp;Volgende zoeken</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="75" />
        <source>Find Pre&amp;vious</source>
        <translation>Vo&amp;rige zoeken</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="76" />
        <source>&amp;Synchronized Scrolling</source>
        <translation>&amp;Gelijk scrollen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="77" />
        <source>Line the Panes &amp;Up Again</source>
        <translation>Panelen weer &amp;gelijkzetten</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="78" />
        <source>S&amp;wap Panes</source>
        <translation>Panelen &amp;wisselen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="79" />
        <source>S&amp;tack Panes Vertically</source>
        <translation>Panelen &amp;onder elkaar</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="80" />
        <source>&amp;Font…</source>
        <translation>&amp;Lettertype…</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="81" />
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="82" />
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="83" />
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Normale grootte</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="84" />
        <location filename="../../bilingual_reader/ui/actions.py" line="90" />
        <source>Follow the &amp;System</source>
        <translation>Zoals het &amp;systeem</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="85" />
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="86" />
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="87" />
        <source>&amp;Reading View</source>
        <translation>&amp;Leesweergave</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="88" />
        <source>&amp;Learner View</source>
        <translation>Leer&amp;weergave</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="89" />
        <source>&amp;Coverage View</source>
        <translation>&amp;Dekkingsweergave</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="91" />
        <source>&amp;Next Paragraph</source>
        <translation>&amp;Volgende alinea</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="92" />
        <source>&amp;Previous Paragraph</source>
        <translation>Vo&amp;rige alinea</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="93" />
        <source>Next &amp;Sentence</source>
        <translation>Volgende &amp;zin</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="94" />
        <source>Previous S&amp;entence</source>
        <translation>Vorige z&amp;in</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="95" />
        <source>Next &amp;Doubtful Link</source>
        <translation>Volgende &amp;twijfelachtige koppeling</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="96" />
        <source>&amp;Bookmark This Paragraph…</source>
        <translation>&amp;Bladwijzer bij deze alinea…</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="97" />
        <source>&amp;Link Chosen Paragraphs</source>
        <translation>Gekozen alinea's &amp;koppelen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="98" />
        <source>&amp;Unlink</source>
        <translation>&amp;Ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="99" />
        <source>&amp;Merge with Next</source>
        <translation>&amp;Samenvoegen met volgende</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="100" />
        <source>&amp;Split Link</source>
        <translation>Koppeling &amp;splitsen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="101" />
        <source>&amp;Confirm Link</source>
        <translation>Koppeling &amp;bevestigen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="102" />
        <source>Reveal &amp;Paragraph</source>
        <translation>&amp;Alinea tonen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="103" />
        <source>Reveal &amp;All</source>
        <translation>&amp;Alles tonen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="104" />
        <source>&amp;Hide All Again</source>
        <translation>Alles weer &amp;verbergen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="105" />
        <source>Reveal Nothing Automatically</source>
        <translation>Niets vanzelf tonen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="106" />
        <source>Reveal 25 % Automatically</source>
        <translation>25 % vanzelf tonen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="107" />
        <source>Reveal 50 % Automatically</source>
        <translation>50 % vanzelf tonen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="108" />
        <source>Reveal 75 % Automatically</source>
        <translation>75 % vanzelf tonen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="109" />
        <source>Hide the &amp;Left Side Instead</source>
        <translation>In plaats daarvan de &amp;linkerkant verbergen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="110" />
        <source>&amp;About Bilingual Reader</source>
        <translation>&amp;Over Bilingual Reader</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="111" />
        <source>Search &amp;Both Languages</source>
        <translation>In &amp;beide talen zoeken</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="112" />
        <source>&amp;Library</source>
        <translation>&amp;Bibliotheek</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="113" />
        <source>Co&amp;verage Panel</source>
        <translation>&amp;Dekkingspaneel</translation>
    </message>
</context>
<context>
    <name>AlignmentEditor</name>
    <message>
        <location filename="../../bilingual_reader/ui/alignment_editor.py" line="64" />
        <source>Ctrl+click paragraphs on either side first, then link them.</source>
        <translation>Kies eerst met Ctrl+klik alinea's aan een of beide kanten en koppel ze dan.</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/alignment_editor.py" line="66" />
        <source>Link paragraphs</source>
        <translation>Alinea's koppelen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/alignment_editor.py" line="73" />
        <source>Unlink</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/alignment_editor.py" line="77" />
        <source>Merge with next</source>
        <translation>Samenvoegen met volgende</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/alignment_editor.py" line="81" />
        <source>Split link</source>
        <translation>Koppeling splitsen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/alignment_editor.py" line="85" />
        <source>Confirm link</source>
        <translation>Koppeling bevestigen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/alignment_editor.py" line="92" />
        <source>Undo %1</source>
        <translation>%1 ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/alignment_editor.py" line="100" />
        <source>Redo %1</source>
        <translation>%1 opnieuw gedaan</translation>
    </message>
</context>
<context>
    <name>BilingualSearch</name>
    <message>
        <location filename="../../bilingual_reader/ui/find_bar.py" line="174" />
        <source>Word in the left text</source>
        <translation>Woord in de linkertekst</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/find_bar.py" line="175" />
        <source>Word in the right text</source>
        <translation>Woord in de rechtertekst</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/find_bar.py" line="191" />
        <source>No link holds both words.</source>
        <translation>Geen koppeling bevat beide woorden.</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/find_bar.py" line="208" />
        <source>… and %1 more: type more words to narrow the search.</source>
        <translation>… en nog %1: typ meer woorden om het zoeken te verfijnen.</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../bilingual_reader/ui/coverage_panel.py" line="112" />
        <source>Comparing numbers, dates and names…</source>
        <translation>Getallen, data en namen worden vergeleken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bilingual_reader/ui/coverage_panel.py" line="101" />
        <source>Only in %1: %n paragraph(s)</source>
        <translation>
            <numerusform>Alleen in het %1: %n alinea</numerusform>
            <numerusform>Alleen in het %1: %n alinea's</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/coverage_panel.py" line="102" />
        <source>Paragraphs of the %1 text that have no counterpart, out of %2</source>
        <translation>Alinea's van de %1 tekst zonder tegenhanger, van de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bilingual_reader/ui/coverage_panel.py" line="114" />
        <source>Figures and names on one side: %n</source>
        <translation>
            <numerusform>Cijfers en namen aan één kant: %n</numerusform>
            <numerusform>Cijfers en namen aan één kant: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/coverage_panel.py" line="115" />
        <source>Numbers, dates and names that one text has and its counterpart lacks</source>
        <translation>Getallen, data en namen die in de ene tekst staan en in de andere ontbreken</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/coverage_panel.py" line="118" />
        <source>%1 (%2, only in %3)</source>
        <translation>%1 (%2, alleen in het %3)</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/coverage_panel.py" line="125" />
        <source>%1 links; %2 and %3 paragraphs without counterpart.</source>
        <translation>%1 koppelingen; %2 en %3 alinea's zonder tegenhanger.</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/coverage_panel.py" line="131" />
        <source>number</source>
        <translation>getal</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/coverage_panel.py" line="131" />
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/coverage_panel.py" line="131" />
        <source>name</source>
        <translation>naam</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../bilingual_reader/ui/find_bar.py" line="61" />
        <source>Find:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/find_bar.py" line="62" />
        <source>Find in the text…</source>
        <translation>Zoeken in de tekst…</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/find_bar.py" line="63" />
        <source>Both panes</source>
        <translation>Beide panelen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/find_bar.py" line="63" />
        <source>Left pane</source>
        <translation>Linkerpaneel</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/find_bar.py" line="63" />
        <source>Right pane</source>
        <translation>Rechterpaneel</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/find_bar.py" line="65" />
        <source>Previous match (Shift+F3)</source>
        <translation>Vorige treffer (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/find_bar.py" line="66" />
        <source>Next match (F3, Enter)</source>
        <translation>Volgende treffer (F3, Enter)</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/find_bar.py" line="67" />
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/find_bar.py" line="137" />
        <source>No matches</source>
        <translation>Geen treffers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bilingual_reader/ui/find_bar.py" line="139" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n treffer</numerusform>
            <numerusform>%n treffers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/find_bar.py" line="141" />
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="189" />
        <source>Add folder…</source>
        <translation>Map toevoegen…</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="190" />
        <source>Add a folder whose texts and their translations are listed here</source>
        <translation>Een map toevoegen waarvan de teksten en hun vertalingen hier komen te staan</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="191" />
        <source>Remove folder</source>
        <translation>Map verwijderen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="192" />
        <source>Stop listing the selected folder (its files are not touched)</source>
        <translation>De gekozen map niet langer tonen (de bestanden blijven onaangeroerd)</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="193" />
        <source>Rescan</source>
        <translation>Opnieuw doorzoeken</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="194" />
        <source>Look through the library folders again</source>
        <translation>De mappen van de bibliotheek opnieuw doorzoeken</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="195" />
        <source>Filter by title, language or file name</source>
        <translation>Filteren op titel, taal of bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="196" />
        <source>Text and languages</source>
        <translation>Tekst en talen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="196" />
        <source>Read</source>
        <translation>Gelezen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="244" />
        <source>The library folders cannot be read: {error}</source>
        <translation>De mappen van de bibliotheek zijn niet te lezen: {error}</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="255" />
        <source>The folder was not added: {reason}</source>
        <translation>De map is niet toegevoegd: {reason}</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="268" />
        <source>The folder was not removed: {reason}</source>
        <translation>De map is niet verwijderd: {reason}</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="310" />
        <source>Add a folder to the library</source>
        <translation>Een map aan de bibliotheek toevoegen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="374" />
        <source>The library could not be scanned: {reason}</source>
        <translation>De bibliotheek kon niet worden doorzocht: {reason}</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="391" />
        <source>Reading titles… {done} of {total}</source>
        <translation>Titels lezen… {done} van {total}</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="417" />
        <source>Aligned bitext ({kind})</source>
        <translation>Uitgelijnde tweetalige tekst ({kind})</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="447" />
        <source>Cannot be read</source>
        <translation>Niet te lezen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="459" />
        <location filename="../../bilingual_reader/ui/library_panel.py" line="619" />
        <source>No documents found</source>
        <translation>Geen documenten gevonden</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="466" />
        <source>1 pair</source>
        <translation>1 paar</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="466" />
        <source>{n} pairs</source>
        <translation>{n} paren</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="468" />
        <source>1 bitext</source>
        <translation>1 tweetalige tekst</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="468" />
        <source>{n} bitexts</source>
        <translation>{n} tweetalige teksten</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="470" />
        <source>1 unpaired file</source>
        <translation>1 bestand zonder paar</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="471" />
        <source>{n} unpaired files</source>
        <translation>{n} bestanden zonder paar</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="511" />
        <source>Unpaired files</source>
        <translation>Bestanden zonder paar</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="512" />
        <source>Documents with no translation found beside them. Name twins story.nl.txt and story.en.txt, or put them in nl/ and en/.</source>
        <translation>Documenten zonder gevonden vertaling ernaast. Noem tweelingen verhaal.nl.txt en verhaal.en.txt, of zet ze in nl/ en en/.</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="534" />
        <source>Not opened yet</source>
        <translation>Nog niet geopend</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="536" />
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="537" />
        <source>Opened; how far is not known yet</source>
        <translation>Geopend; hoe ver is nog niet bekend</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="540" />
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="541" />
        <source>{percent} % read</source>
        <translation>{percent} % gelezen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="545" />
        <source>Unknown language</source>
        <translation>Onbekende taal</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="609" />
        <source>No library database is open.</source>
        <translation>Er is geen bibliotheekdatabase geopend.</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="611" />
        <source>Scanning the library folders…</source>
        <translation>De mappen van de bibliotheek worden doorzocht…</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="614" />
        <source>Add a folder that holds your texts and their translations. Twins such as story.nl.txt and story.en.txt, or nl/story.txt and en/story.txt, are paired, as is a folder of two documents.</source>
        <translation>Voeg een map toe met je teksten en hun vertalingen. Tweelingen zoals verhaal.nl.txt en verhaal.en.txt, of nl/verhaal.txt en en/verhaal.txt, worden gekoppeld, net als een map met twee documenten.</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/library_panel.py" line="631" />
        <source>The scan could not be saved: {reason}</source>
        <translation>Het resultaat kon niet worden opgeslagen: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="549" />
        <source>No paragraph of one text matches one of the other: these texts do not look like translations of each other.</source>
        <translation>Geen alinea van de ene tekst past bij een alinea van de andere: deze teksten lijken geen vertalingen van elkaar.</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="63" />
        <source>Bilingual Reader</source>
        <translation>Bilingual Reader</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="563" />
        <source>Going back to where you left off…</source>
        <translation>Terug naar waar je gebleven was…</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="273" />
        <source>No recent pairs</source>
        <translation>Geen recente paren</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="308" />
        <source>Open a pair: choose two files</source>
        <translation>Een paar openen: kies twee bestanden</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="309" />
        <source>Documents (%1);;All files (*)</source>
        <translation>Documenten (%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="313" />
        <source>Choose exactly two files (you chose %1).</source>
        <translation>Kies precies twee bestanden (je koos er %1).</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="320" />
        <source>Open a folder holding a pair</source>
        <translation>Een map met een paar openen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="393" />
        <source>Aligning was cancelled; the texts are shown without links.</source>
        <translation>Uitlijnen is afgebroken; de teksten staan er zonder koppelingen.</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="414" />
        <source>Aligning…</source>
        <translation>Uitlijnen…</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="427" />
        <source>%1 of your corrections were applied</source>
        <translation>%1 van je correcties zijn toegepast</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="429" />
        <source>%1 no longer fit the text and were set aside</source>
        <translation>%1 passen niet meer bij de tekst en zijn opzijgezet</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="242" />
        <location filename="../../bilingual_reader/ui/main_window.py" line="501" />
        <source>Choose a link first (click a paragraph).</source>
        <translation>Kies eerst een koppeling (klik op een alinea).</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="246" />
        <source>Bookmark</source>
        <translation>Bladwijzer</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="246" />
        <source>A note for this paragraph (may be empty):</source>
        <translation>Een notitie bij deze alinea (mag leeg zijn):</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="254" />
        <source>Bookmarked.</source>
        <translation>Bladwijzer gezet.</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="262" />
        <source>No bookmarks in this text</source>
        <translation>Geen bladwijzers in deze tekst</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="264" />
        <source>Paragraph %1</source>
        <translation>Alinea %1</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="510" />
        <source>No doubtful links left.</source>
        <translation>Geen twijfelachtige koppelingen meer.</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="653" />
        <source>%1 links · Down/J and Up/K step through them</source>
        <translation>%1 koppelingen · Omlaag/J en Omhoog/K lopen erdoor</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="657" />
        <source>Paragraph %1 of %2 · %3 · score %4</source>
        <translation>Alinea %1 van %2 · %3 · score %4</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="660" />
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="663" />
        <source>sentence %1 of %2 · %3</source>
        <translation>zin %1 van %2 · %3</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="745" />
        <source>Reading font</source>
        <translation>Leeslettertype</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="860" />
        <source>That pair is no longer in the library.</source>
        <translation>Dat paar staat niet meer in de bibliotheek.</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="875" />
        <source>Translation memory (*.tmx)</source>
        <translation>Vertaalgeheugen (*.tmx)</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="875" />
        <source>Tab-separated columns (*.tsv)</source>
        <translation>Kolommen gescheiden door tabs (*.tsv)</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="876" />
        <source>Bilingual web page (*.html)</source>
        <translation>Tweetalige webpagina (*.html)</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="876" />
        <source>Beads (*.beads)</source>
        <translation>Beads (*.beads)</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="877" />
        <source>Export the aligned pair</source>
        <translation>Het uitgelijnde paar exporteren</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="893" />
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="895" />
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="925" />
        <source>Drop two files, a folder, or an aligned bitext (TMX, TSV).</source>
        <translation>Sleep twee bestanden, een map of een uitgelijnde tweetalige tekst (TMX, TSV) hierheen.</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="945" />
        <source>The text changed on disk and was reloaded.</source>
        <translation>De tekst is op schijf gewijzigd en opnieuw geladen.</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="959" />
        <source>Stop aligning (the texts stay open)</source>
        <translation>Uitlijnen stoppen (de teksten blijven open)</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="960" />
        <source>Search Both Languages</source>
        <translation>Zoeken in beide talen</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="961" />
        <source>Coverage</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="962" />
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="156" />
        <location filename="../../bilingual_reader/ui/main_window.py" line="964" />
        <source>Pairs</source>
        <translation>Paren</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="157" />
        <location filename="../../bilingual_reader/ui/main_window.py" line="965" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="977" />
        <source>About Bilingual Reader</source>
        <translation>Over Bilingual Reader</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/main_window.py" line="979" />
        <source>Read two language versions of a text side by side, each paragraph linked to its counterpart. Works offline; your files stay yours.</source>
        <translation>Lees twee taalversies van een tekst naast elkaar, elke alinea gekoppeld aan haar tegenhanger. Werkt offline; je bestanden blijven van jou.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="122" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="123" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="124" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="125" />
        <source>&amp;Alignment</source>
        <translation>&amp;Uitlijning</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="126" />
        <source>L&amp;earner</source>
        <translation>&amp;Leren</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="127" />
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="128" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="129" />
        <source>T&amp;heme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="130" />
        <source>Interface &amp;Language</source>
        <translation>&amp;Taal van het programma</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="131" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/actions.py" line="132" />
        <source>B&amp;ookmarks</source>
        <translation>Bla&amp;dwijzers</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../bilingual_reader/ui/reading_pane.py" line="204" />
        <source>Detecting language…</source>
        <translation>Taal wordt herkend…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../bilingual_reader/ui/search_panel.py" line="126" />
        <source>Search the library in both languages</source>
        <translation>De bibliotheek in beide talen doorzoeken</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/search_panel.py" line="127" />
        <source>Every word must occur; accents and capitals do not matter</source>
        <translation>Elk woord moet voorkomen; accenten en hoofdletters maken niet uit</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/search_panel.py" line="152" />
        <source>The library cannot be searched: {reason}</source>
        <translation>De bibliotheek kan niet worden doorzocht: {reason}</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/search_panel.py" line="227" />
        <source>A pair no longer in the library</source>
        <translation>Een paar dat niet meer in de bibliotheek staat</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/search_panel.py" line="228" />
        <source>paragraph {number}</source>
        <translation>alinea {number}</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/search_panel.py" line="251" />
        <source>No library database is open.</source>
        <translation>Er is geen bibliotheekdatabase geopend.</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/search_panel.py" line="253" />
        <source>Type words to find them in every pair of the library, in either language.</source>
        <translation>Typ woorden om ze te vinden in elk paar van de bibliotheek, in beide talen.</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/search_panel.py" line="255" />
        <source>No paragraph in the library contains “{query}”.</source>
        <translation>Geen alinea in de bibliotheek bevat „{query}”.</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/search_panel.py" line="258" />
        <source>1 paragraph</source>
        <translation>1 alinea</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/search_panel.py" line="259" />
        <source>{n} paragraphs</source>
        <translation>{n} alinea's</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/search_panel.py" line="260" />
        <source>in 1 text</source>
        <translation>in 1 tekst</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/search_panel.py" line="260" />
        <source>in {n} texts</source>
        <translation>in {n} teksten</translation>
    </message>
    <message>
        <location filename="../../bilingual_reader/ui/search_panel.py" line="263" />
        <source>{found}; only the best {limit} are listed</source>
        <translation>{found}; alleen de beste {limit} staan hier</translation>
    </message>
</context>
</TS>