<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sr_RS">
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="141" />
        <source>Addendum to report #{0}</source>
        <translation>Dodatak izveštaju #{0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="146" />
        <source>A signed report is never changed. An addendum corrects or completes it: it is signed, added to the chain and shown with the report.</source>
        <translation>Potpisani izveštaj se nikada ne menja. Dodatak ga ispravlja ili dopunjuje: potpisuje se, dodaje u lanac i prikazuje uz izveštaj.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="154" />
        <source>Decision unchanged ({0})</source>
        <translation>Odluka nepromenjena ({0})</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="158" />
        <source>Correct the decision to: {0}</source>
        <translation>Ispraviti odluku u: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="163" />
        <source>No expert classification</source>
        <translation>Bez klasifikacije stručnjaka</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="166" />
        <source>Expert's classification: {0}</source>
        <translation>Klasifikacija stručnjaka: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="170" />
        <source>What it corrects or adds, and why</source>
        <translation>Šta ispravlja ili dodaje, i zašto</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="173" />
        <source>&amp;Sign and add</source>
        <translation>&amp;Potpiši i dodaj</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="104" />
        <source>⚑ Fraud alerts for this document design ({0}): check what they describe.</source>
        <translation>⚑ Upozorenja o falsifikatima za ovaj obrazac dokumenta ({0}): proverite ono što opisuju.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="134" />
        <source>Example</source>
        <translation>Primer</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="137" />
        <source>Alert: {0} ({1})</source>
        <translation>Upozorenje: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="142" />
        <source>This document ({0})</source>
        <translation>Ovaj dokument ({0})</translation>
    </message>
</context>
<context>
    <name>CaptureSlot</name>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="110" />
        <location filename="../../verifier/gui/inspection.py" line="123" />
        <source>Drop an image here
or click to choose</source>
        <translation>Prevucite sliku ovde
ili kliknite da izaberete</translation>
    </message>
</context>
<context>
    <name>CourseResults</name>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="37" />
        <source>Course results</source>
        <translation>Rezultati kursa</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="47" />
        <source>Trainee</source>
        <translation>Polaznik</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="47" />
        <source>Pre-test %</source>
        <translation>Ulazni test %</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="47" />
        <source>Post-test %</source>
        <translation>Izlazni test %</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="48" />
        <source>Improved</source>
        <translation>Napredak</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="48" />
        <source>Verdicts right (pre/post)</source>
        <translation>Tačne ocene (ulazni/izlazni)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="49" />
        <source>Anomalies found (pre/post)</source>
        <translation>Pronađene nepravilnosti (ulazni/izlazni)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="49" />
        <source>False alarms (pre/post)</source>
        <translation>Lažne uzbune (ulazni/izlazni)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="51" />
        <source>Sample</source>
        <translation>Uzorak</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="51" />
        <location filename="../../verifier/gui/course_results.py" line="52" />
        <source>Pre-tests</source>
        <translation>Ulazni testovi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="51" />
        <location filename="../../verifier/gui/course_results.py" line="52" />
        <source>Post-tests</source>
        <translation>Izlazni testovi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="52" />
        <source>Feature</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="54" />
        <source>Per trainee</source>
        <translation>Po polazniku</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="55" />
        <source>Right verdicts per sample</source>
        <translation>Tačne ocene po uzorku</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="56" />
        <source>Anomalies found per feature</source>
        <translation>Pronađene nepravilnosti po elementu</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="58" />
        <source>Export &amp;CSV…</source>
        <translation>Izvezi &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="59" />
        <source>Export &amp;PDF…</source>
        <translation>Izvezi &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="60" />
        <source>&amp;Close</source>
        <translation>&amp;Zatvori</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="62" />
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="98" />
        <source>No course has sessions yet.</source>
        <translation>Nijedan kurs još nema sesija.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="105" />
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="105" />
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="129" />
        <source>Trainees improved: no trainee has taken both tests yet (target {0} %).</source>
        <translation>Polaznici sa napretkom: nijedan polaznik još nije polagao oba testa (cilj {0} %).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="133" />
        <source>target met</source>
        <translation>cilj dostignut</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="133" />
        <source>below the target</source>
        <translation>ispod cilja</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="135" />
        <source>Trainees improved: {0} % of {1} with both tests — target {2} %, {3}.</source>
        <translation>Polaznici sa napretkom: {0} % od {1} sa oba testa — cilj {2} %, {3}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="146" />
        <source>Export the course results</source>
        <translation>Izvoz rezultata kursa</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="158" />
        <source>Not exported: {0}</source>
        <translation>Nije izvezeno: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="164" />
        <source>Exported to {0}.</source>
        <translation>Izvezeno u {0}.</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <location filename="../decision.ui" line="9" />
        <source>Officer's decision:</source>
        <translation>Odluka službenika:</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="16" />
        <source>&amp;Released (Ctrl+1)</source>
        <translation>&amp;Propušten (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="23" />
        <source>Referred to &amp;expert (Ctrl+2)</source>
        <translation>Upućen &amp;stručnjaku (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="30" />
        <source>Suspected &amp;fraud (Ctrl+3)</source>
        <translation>Sumnja na &amp;prevaru (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="37" />
        <source>Notes for the report (optional)</source>
        <translation>Beleške za izveštaj (neobavezno)</translation>
    </message>
</context>
<context>
    <name>FraudAlertView</name>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="156" />
        <source>Alerts from the regional hub about forgeries in circulation. Each is shown at the inspection of the design it concerns until it expires or the hub withdraws it. Personal data is masked on the examples.</source>
        <translation>Upozorenja regionalnog centra o falsifikatima u opticaju. Svako se prikazuje pri pregledu obrasca na koji se odnosi dok ne istekne ili ga centar ne povuče. Lični podaci na primerima su prekriveni.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Alert</source>
        <translation>Upozorenje</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Design</source>
        <translation>Obrazac</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Numbers</source>
        <translation>Brojevi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Issued</source>
        <translation>Izdata</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="165" />
        <source>Until</source>
        <translation>Važi do</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="165" />
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="177" />
        <source>&amp;Import fraud alerts…</source>
        <translation>&amp;Uvezi upozorenja o falsifikatima…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="192" />
        <location filename="../../verifier/gui/fraudalerts.py" line="256" />
        <source>Only an administrator imports alerts.</source>
        <translation>Samo administrator uvozi upozorenja.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="201" />
        <source>Withdrawn</source>
        <translation>Povučeno</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="202" />
        <source>In force</source>
        <translation>Na snazi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="202" />
        <source>Expired</source>
        <translation>Isteklo</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="208" />
        <source>all</source>
        <translation>svi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="221" />
        <source>No fraud alert is installed.</source>
        <translation>Nijedno upozorenje o falsifikatima nije instalirano.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="223" />
        <source>Alerts: {0}, in force: {1}.</source>
        <translation>Upozorenja: {0}, na snazi: {1}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="238" />
        <source>Look for: {0}</source>
        <translation>Obratite pažnju na: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="261" />
        <source>Import fraud alerts</source>
        <translation>Uvezi upozorenja o falsifikatima</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="263" />
        <source>Fraud alerts (*.alert);;All files (*)</source>
        <translation>Upozorenja o falsifikatima (*.alert);;Sve datoteke (*)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="277" />
        <source>Refused; the alerts in force are unchanged: {0}</source>
        <translation>Odbijeno; upozorenja na snazi su nepromenjena: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="280" />
        <source>Imported: {0}.</source>
        <translation>Uvezeno: {0}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../verifier/gui/history.py" line="49" />
        <source>Created (UTC)</source>
        <translation>Napravljen (UTC)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="50" />
        <source>Verdict</source>
        <translation>Nalaz</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="51" />
        <source>Decision</source>
        <translation>Odluka</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="52" />
        <source>Officer</source>
        <translation>Službenik</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="54" />
        <source>Holder</source>
        <translation>Imalac</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="55" />
        <source>Template</source>
        <translation>Šablon</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="53" />
        <source>Number</source>
        <translation>Broj</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="56" />
        <source>Failed checks</source>
        <translation>Neuspele provere</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="157" />
        <source>any verdict</source>
        <translation>svaki nalaz</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="166" />
        <source>&amp;Search</source>
        <translation>&amp;Pretraga</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="167" />
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="169" />
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="115" />
        <source>&amp;Verify signatures</source>
        <translation>P&amp;roveri potpise</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="116" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Izvezi PDF…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="117" />
        <source>A&amp;ddendum…</source>
        <translation>Do&amp;datak…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="118" />
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="153" />
        <source>document number, or part of it</source>
        <translation>broj dokumenta, ili njegov deo</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="155" />
        <source>name, or part of it</source>
        <translation>ime, ili njegov deo</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="161" />
        <source>any decision</source>
        <translation>bilo koja odluka</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="164" />
        <source>no decision recorded</source>
        <translation>bez zabeležene odluke</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="184" />
        <source>any officer</source>
        <translation>bilo koji službenik</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="217" />
        <source>(purged)</source>
        <translation>(obrisano)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="224" />
        <source>Corrected or completed by a signed addendum</source>
        <translation>Ispravljeno ili dopunjeno potpisanim dodatkom</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="228" />
        <source>{0} report(s).</source>
        <translation>Izveštaja: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="262" />
        <source>Select a report that was not purged.</source>
        <translation>Izaberite izveštaj koji nije obrisan.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="285" />
        <source>Addendum #{0} to report #{1} signed and saved.</source>
        <translation>Dodatak #{0} izveštaju #{1} potpisan i sačuvan.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="312" />
        <source>Cancelling…</source>
        <translation>Otkazivanje…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="317" />
        <source>Cancelled: nothing was changed.</source>
        <translation>Otkazano: ništa nije promenjeno.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="319" />
        <location filename="../../verifier/gui/history.py" line="321" />
        <source>Not done: {0}</source>
        <translation>Nije urađeno: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="321" />
        <source>an internal error.</source>
        <translation>unutrašnja greška.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="334" />
        <source>Verifying every signature, link and image file…</source>
        <translation>Provera svakog potpisa, veze i datoteke slike…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="394" />
        <source>Writing the PDF…</source>
        <translation>Pisanje PDF-a…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="354" />
        <source>All {0} reports verify: signatures, chain and image files.</source>
        <translation>Svih {0} izveštaja je ispravno: potpisi, lanac i datoteke slika.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="360" />
        <source>PROBLEMS FOUND: {0}</source>
        <translation>PRONAĐENI PROBLEMI: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="365" />
        <source>Select a report first.</source>
        <translation>Najpre izaberite izveštaj.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="369" />
        <source>Export the report</source>
        <translation>Izvoz izveštaja</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="391" />
        <source>Report #{0} exported to {1}.</source>
        <translation>Izveštaj br. {0} izvezen je u {1}.</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="80" />
        <source>Pass</source>
        <translation>U redu</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="81" />
        <source>FAIL</source>
        <translation>NEUSPEH</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="82" />
        <source>Warning</source>
        <translation>Upozorenje</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="83" />
        <source>Skipped</source>
        <translation>Preskočeno</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="84" />
        <source>Not checked</source>
        <translation>Nije provereno</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="85" />
        <source>Not examined</source>
        <translation>Nije pregledano</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="190" />
        <source>Visible light</source>
        <translation>Vidljiva svetlost</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="191" />
        <source>UV 365 nm</source>
        <translation>UV 365 nm</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="192" />
        <source>IR 870 nm</source>
        <translation>IC 870 nm</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="193" />
        <source>Bearer photo</source>
        <translation>Fotografija nosioca</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="233" />
        <source>&amp;Open files… (Ctrl+O)</source>
        <translation>&amp;Otvori datoteke… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="234" />
        <source>S&amp;amples… (Ctrl+M)</source>
        <translation>&amp;Uzorci… (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="235" />
        <source>&amp;Hot folder (Ctrl+H)</source>
        <translation>Fascikla s&amp;kenera (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="237" />
        <source>&amp;Camera (Ctrl+K)</source>
        <translation>&amp;Kamera (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="239" />
        <source>Ca&amp;pture (Space)</source>
        <translation>&amp;Snimi (razmak)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="240" />
        <source>Next &amp;light (Ctrl+L)</source>
        <translation>Sledeće sve&amp;tlo (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="241" />
        <source>&amp;Inspect (F5)</source>
        <translation>Pre&amp;gledaj (F5)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="243" />
        <source>&amp;New inspection (Ctrl+N)</source>
        <translation>&amp;Novi pregled (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="271" />
        <source>Rea&amp;d the chip (Ctrl+R)</source>
        <translation>Pro&amp;čitaj čip (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="276" />
        <source>Read the document's chip during the inspection: on a chip reader, or a sample's simulated chip. The MRZ is the key; for an ID card, type its CAN.</source>
        <translation>Pročitaj čip dokumenta tokom kontrole: na čitaču čipova, ili simulirani čip uzorka. MRZ je ključ; za ličnu kartu unesite njen CAN.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="281" />
        <source>CAN (ID cards, optional)</source>
        <translation>CAN (lične karte, neobavezno)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="338" />
        <source>Hide or show the captures (Ctrl+\)</source>
        <translation>Sakrij ili prikaži snimke (Ctrl+\)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="356" />
        <source>Check</source>
        <translation>Provera</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="356" />
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="356" />
        <source>Details</source>
        <translation>Detalji</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="408" />
        <source>Brightness</source>
        <translation>Osvetljenost</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="409" />
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="416" />
        <source>Invert</source>
        <translation>Inverzija</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>All channels</source>
        <translation>Svi kanali</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>Red</source>
        <translation>Crveni</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>Green</source>
        <translation>Zeleni</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>Blue</source>
        <translation>Plavi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="426" />
        <source>Side by side</source>
        <translation>Jedno pored drugog</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="427" />
        <source>Blink with the reference</source>
        <translation>Naizmenično sa referencom</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="428" />
        <source>Difference from the reference</source>
        <translation>Razlika od reference</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="432" />
        <source>Reset</source>
        <translation>Poništi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="448" />
        <location filename="../../verifier/gui/inspection.py" line="1183" />
        <location filename="../../verifier/gui/inspection.py" line="1209" />
        <source>Capture</source>
        <translation>Snimak</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="448" />
        <source>Reference</source>
        <translation>Referenca</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="465" />
        <source>Portrait on the document</source>
        <translation>Portret na dokumentu</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="466" />
        <source>Bearer, photographed now</source>
        <translation>Imalac, sada fotografisan</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="467" />
        <source>Portrait in the chip</source>
        <translation>Portret u čipu</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="483" />
        <location filename="../../verifier/gui/inspection.py" line="1025" />
        <source>Face</source>
        <translation>Lice</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="552" />
        <source>Decide this inspection first (Ctrl+1, Ctrl+2 or Ctrl+3).</source>
        <translation>Najpre donesite odluku o ovoj kontroli (Ctrl+1, Ctrl+2 ili Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="555" />
        <source>Record as not decided</source>
        <translation>Zabeleži kao neodlučeno</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="557" />
        <source>The inspection is kept as a signed report with no decision. Say why it was left (e.g. the traveller withdrew, the document was recaptured).</source>
        <translation>Kontrola se čuva kao potpisan izveštaj bez odluke. Navedite zašto je ostavljena (npr. putnik je odustao, dokument je ponovo snimljen).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="560" />
        <source>&amp;Record</source>
        <translation>&amp;Zabeleži</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="564" />
        <source>Nothing was recorded: decide this inspection first.</source>
        <translation>Ništa nije zabeleženo: najpre donesite odluku o ovoj kontroli.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="619" />
        <source>Place the document in white light and capture it (visible).</source>
        <translation>Postavite dokument pod belu svetlost i snimite ga (vidljiva).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="620" />
        <source>Switch to UV light (365 nm) and capture the document.</source>
        <translation>Uključite UV svetlo (365 nm) i snimite dokument.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="621" />
        <source>Switch to IR light (870 nm) and capture the document.</source>
        <translation>Uključite IC svetlo (870 nm) i snimite dokument.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="622" />
        <source>Take a photo of the person presenting the document.</source>
        <translation>Fotografišite osobu koja pokazuje dokument.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="652" />
        <source>Not taken: {0} Choose an image file (PNG, JPEG, TIFF).</source>
        <translation>Nije preuzeto: {0} Izaberite datoteku slike (PNG, JPEG, TIFF).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="663" />
        <source>Everything is captured: press Inspect (F5).</source>
        <translation>Sve je snimljeno: pritisnite Pregledaj (F5).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="681" />
        <location filename="../../verifier/gui/inspection.py" line="689" />
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Slike (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="688" />
        <source>Open the captures</source>
        <translation>Otvaranje snimaka</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="709" />
        <source>Sample {0}</source>
        <translation>Uzorak {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="716" />
        <source>The sample documents are not installed.</source>
        <translation>Uzorci dokumenata nisu instalirani.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="719" />
        <source>Sample documents</source>
        <translation>Uzorci dokumenata</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="719" />
        <source>Sample:</source>
        <translation>Uzorak:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="729" />
        <source>No hot folder is set, or it does not exist: an administrator sets it in Settings (the folder the scanner writes into).</source>
        <translation>Nadgledana fascikla nije podešena ili ne postoji: administrator je podešava u Podešavanjima (fascikla u koju skener upisuje).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="740" />
        <source>Watching the hot folder: scan the document.</source>
        <translation>Nadgledam fasciklu: skenirajte dokument.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="753" />
        <source>{0} new scan(s) are waiting: decide this inspection (or record it as not decided with New inspection) and they come in.</source>
        <translation>Čeka {0} novih snimaka: donesite odluku o ovoj kontroli (ili je zabeležite kao neodlučenu preko Nova kontrola) i oni će biti preuzeti.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="809" />
        <source>Turn the camera on first (Ctrl+K), or open a file.</source>
        <translation>Najpre uključite kameru (Ctrl+K) ili otvorite datoteku.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="838" />
        <source>Capture the document in visible light first: the other lights are optional.</source>
        <translation>Najpre snimite dokument pod vidljivom svetlošću: ostala svetla nisu obavezna.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="845" />
        <source>{0} is not an image file.</source>
        <translation>{0} nije datoteka slike.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="858" />
        <source>Inspecting…</source>
        <translation>Pregled u toku…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="888" />
        <source>Reading the chip's portrait: %p%</source>
        <translation>Čitanje fotografije iz čipa: %p%</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="901" />
        <source>An image could not be read: {0} Capture it again or choose another file.</source>
        <translation>Slika ne može da se pročita: {0} Snimite je ponovo ili izaberite drugu datoteku.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="906" />
        <source>The inspection failed: {0}. The captures are kept; try again.</source>
        <translation>Pregled nije uspeo: {0}. Snimci su zadržani; pokušajte ponovo.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="919" />
        <source>Not examined: {0}.</source>
        <translation>Nije pregledano: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="944" />
        <source>⚠ Seen before on this workstation, and referred or suspected then:</source>
        <translation>⚠ Već viđen na ovoj radnoj stanici, i tada upućen ekspertu ili sumnjiv:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="946" />
        <source>Seen before on this workstation:</source>
        <translation>Već viđen na ovoj radnoj stanici:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="957" />
        <source>No inspection yet</source>
        <translation>Još nema pregleda</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="977" />
        <source>Name in the chip</source>
        <translation>Ime u čipu</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="980" />
        <source>Template</source>
        <translation>Šablon</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="980" />
        <source>not identified</source>
        <translation>nije prepoznat</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="990" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="992" />
        <source>Number</source>
        <translation>Broj</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="993" />
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="995" />
        <source>Nationality</source>
        <translation>Državljanstvo</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="996" />
        <source>Born</source>
        <translation>Rođen(a)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="997" />
        <source>Expires</source>
        <translation>Važi do</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1002" />
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1007" />
        <source>{0}: check digit {1}, computed {2}</source>
        <translation>{0}: kontrolna cifra {1}, izračunato {2}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1019" />
        <source>Document, MRZ and printed data</source>
        <translation>Dokument, MRZ i štampani podaci</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1023" />
        <source>Bar codes and seals</source>
        <translation>Bar-kodovi i pečati</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1024" />
        <source>Chip</source>
        <translation>Čip</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1026" />
        <source>Watch lists</source>
        <translation>Liste potrage</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1100" />
        <source>No bearer photo was compared.</source>
        <translation>Fotografija nosioca nije upoređena.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1104" />
        <source>Match</source>
        <translation>Podudara se</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1105" />
        <source>Uncertain</source>
        <translation>Nesigurno</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1106" />
        <source>No match</source>
        <translation>Ne podudara se</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1191" />
        <source>No reference image to compare with for this light.</source>
        <translation>Za ovo svetlo nema referentne slike za poređenje.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1196" />
        <source>Difference: capture against reference (bright = differs)</source>
        <translation>Razlika: snimak prema referenci (svetlo = razlikuje se)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1209" />
        <source>Reference (blinking)</source>
        <translation>Referenca (naizmenično)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1216" />
        <source>Inspect the document before deciding.</source>
        <translation>Pregledajte dokument pre odluke.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1221" />
        <source>found anomalies</source>
        <translation>je pronašla nepravilnosti</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1222" />
        <source>is inconclusive</source>
        <translation>nije konačna</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1225" />
        <source>Release despite the verdict?</source>
        <translation>Propustiti uprkos nalazu?</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1227" />
        <source>The machine verdict {0}. Releasing the traveller needs your reason: what you examined and why you are satisfied. It is signed into the report.</source>
        <translation>Mašinska ocena {0}. Za propuštanje putnika potreban je vaš razlog: šta ste pregledali i zašto ste zadovoljni. Potpisuje se u izveštaj.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1230" />
        <source>&amp;Release</source>
        <translation>&amp;Propusti</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1234" />
        <source>Not released: nothing was saved.</source>
        <translation>Nije propušten: ništa nije sačuvano.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1266" />
        <source>Report #{0} signed and saved as not decided.</source>
        <translation>Izveštaj #{0} potpisan i sačuvan kao neodlučen.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1268" />
        <source>Report #{0} signed and saved.</source>
        <translation>Izveštaj br. {0} je potpisan i sačuvan.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1273" />
        <source>an internal error.</source>
        <translation>unutrašnja greška.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1275" />
        <source>The report was NOT saved: {0} Your decision and notes are kept: press the decision again to retry.</source>
        <translation>Izveštaj NIJE sačuvan: {0} Vaša odluka i beleške su zadržane: ponovo pritisnite odluku da biste pokušali opet.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../verifier/gui/library.py" line="57" />
        <source>Visible light</source>
        <translation>Vidljiva svetlost</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="57" />
        <source>UV 365 nm</source>
        <translation>UV 365 nm</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="58" />
        <source>IR 870 nm</source>
        <translation>IC 870 nm</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="59" />
        <source>&amp;Import a signed library package…</source>
        <translation>&amp;Uvezi potpisani paket biblioteke…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="60" />
        <source>New &amp;draft from an exemplar…</source>
        <translation>Novi &amp;nacrt iz primerka…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="61" />
        <source>&amp;Edit a draft…</source>
        <translation>&amp;Uredi nacrt…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="89" />
        <source>Document templates</source>
        <translation>Obrasci dokumenata</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="90" />
        <source>Chip trust: CSCA certificates</source>
        <translation>Poverenje za čip: CSCA sertifikati</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="91" />
        <source>Watch lists</source>
        <translation>Liste potrage</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="92" />
        <source>Fraud alerts</source>
        <translation>Upozorenja o falsifikatima</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="101" />
        <location filename="../../verifier/gui/library.py" line="239" />
        <source>Only an administrator changes the library.</source>
        <translation>Samo administrator menja biblioteku.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="122" />
        <source>Library: {0} ({1} templates).</source>
        <translation>Biblioteka: {0} (šablona: {1}).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="123" />
        <source>Invalid: {0}</source>
        <translation>Neispravno: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="147" />
        <source>visible</source>
        <translation>vidljivo</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="173" />
        <source>The exemplar's captures (visible, UV, IR)</source>
        <translation>Snimci primerka (vidljiva, UV, IC)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="174" />
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Slike (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="183" />
        <source>New template</source>
        <translation>Novi šablon</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="183" />
        <source>Template id (e.g. SRB-P-2008):</source>
        <translation>Oznaka šablona (npr. SRB-P-2008):</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="198" />
        <source>No draft: {0}</source>
        <translation>Nacrt nije napravljen: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="202" />
        <source>Draft made; not found on the exemplar: {0}.</source>
        <translation>Nacrt je napravljen; na primerku nije pronađeno: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="210" />
        <source>A draft</source>
        <translation>Nacrt</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="224" />
        <source>Not published: {0}</source>
        <translation>Nije objavljeno: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="233" />
        <source>Published {0} into the library (version {1}).</source>
        <translation>{0} je objavljen u biblioteci (verzija {1}).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="244" />
        <source>Import a library package</source>
        <translation>Uvoz paketa biblioteke</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="246" />
        <source>Library packages (*.zip *.vlib)</source>
        <translation>Paketi biblioteke (*.zip *.vlib)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="254" />
        <source>Checking and installing {0}…</source>
        <translation>Provera i instaliranje {0}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="277" />
        <source>The package was refused: {0}</source>
        <translation>Paket je odbijen: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="279" />
        <source>Not done: {0}</source>
        <translation>Nije urađeno: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="279" />
        <source>an internal error.</source>
        <translation>unutrašnja greška.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="272" />
        <source>Installed {0} version {1}.</source>
        <translation>Instaliran je {0}, verzija {1}.</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../verifier/gui/app.py" line="70" />
        <source>Your password</source>
        <translation>Vaša lozinka</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="71" />
        <source>&amp;Unlock</source>
        <translation>&amp;Otključaj</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="73" />
        <source>&amp;Sign out</source>
        <translation>&amp;Odjavi se</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../verifier/gui/app.py" line="91" />
        <source>Verifier — secondary inspection</source>
        <translation>Verifier — sekundarna kontrola</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="97" />
        <source>Inspection (F2)</source>
        <translation>Pregled (F2)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="98" />
        <source>History (F3)</source>
        <translation>Istorija (F3)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="99" />
        <source>Reference library (F4)</source>
        <translation>Referentna biblioteka (F4)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="101" />
        <source>Training (F7)</source>
        <translation>Obuka (F7)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="105" />
        <source>Settings (F6)</source>
        <translation>Podešavanja (F6)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="145" />
        <source>Signed in: {0}</source>
        <translation>Prijavljen: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="147" />
        <source>Library: {0} · Verifier {1}</source>
        <translation>Biblioteka: {0} · Verifier {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="149" />
        <source>Sign out (Ctrl+Shift+Q)</source>
        <translation>Odjava (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="220" />
        <source>Internal error</source>
        <translation>Unutrašnja greška</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="222" />
        <source>Verifier met an internal error ({0}); the work was not done. Reports already saved are safe. Try again; if it happens again, note the time and tell your administrator.</source>
        <translation>Verifier je naišao na unutrašnju grešku ({0}); posao nije urađen. Već sačuvani izveštaji su bezbedni. Pokušajte ponovo; ako se ponovi, zabeležite vreme i javite administratoru.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="268" />
        <source>Locked. {0}, enter your password to continue.</source>
        <translation>Zaključano. {0}, unesite lozinku da biste nastavili.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="307" />
        <source>Left undecided: the workstation locked after a time without use and was signed out.</source>
        <translation>Ostavljeno bez odluke: radna stanica se zaključala posle neaktivnosti i izvršena je odjava.</translation>
    </message>
</context>
<context>
    <name>NoDecisionYet</name>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="107" />
        <source>No decision yet</source>
        <translation>Još nema odluke</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="108" />
        <source>This inspection has no decision yet.</source>
        <translation>Za ovu kontrolu još nema odluke.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="110" />
        <source>Decide it now, or record it as not decided with a reason: either way the inspection stays in the record.</source>
        <translation>Donesite odluku sada, ili je zabeležite kao neodlučenu uz razlog: u oba slučaja kontrola ostaje u evidenciji.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="117" />
        <source>&amp;Decide now</source>
        <translation>&amp;Odluči sada</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="121" />
        <source>&amp;Record as not decided…</source>
        <translation>&amp;Zabeleži kao neodlučeno…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="410" />
        <source>&amp;Undo</source>
        <translation>&amp;Opozovi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="411" />
        <source>&amp;Redo</source>
        <translation>&amp;Ponovi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="412" />
        <source>Cu&amp;t</source>
        <translation>Ise&amp;ci</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="413" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="414" />
        <source>&amp;Paste</source>
        <translation>&amp;Nalepi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="415" />
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="416" />
        <source>Select All</source>
        <translation>Izaberi sve</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="408" />
        <source>Show Details...</source>
        <translation>Prikaži detalje...</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="409" />
        <source>Hide Details...</source>
        <translation>Sakrij detalje...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="390" />
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="391" />
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="392" />
        <source>Save All</source>
        <translation>Sačuvaj sve</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="393" />
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="394" />
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="395" />
        <source>Yes to &amp;All</source>
        <translation>Da za &amp;sve</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="396" />
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="397" />
        <source>N&amp;o to All</source>
        <translation>N&amp;e za sve</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="398" />
        <source>Abort</source>
        <translation>Prekini</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="399" />
        <source>Retry</source>
        <translation>Pokušaj ponovo</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="400" />
        <source>Ignore</source>
        <translation>Zanemari</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="401" />
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="402" />
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="403" />
        <source>Discard</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="404" />
        <source>Help</source>
        <translation>Pomoć</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="405" />
        <source>Apply</source>
        <translation>Primeni</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="406" />
        <source>Reset</source>
        <translation>Poništi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="407" />
        <source>Restore Defaults</source>
        <translation>Vrati podrazumevano</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="417" />
        <source>&amp;Undo</source>
        <translation>&amp;Opozovi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="418" />
        <source>&amp;Redo</source>
        <translation>&amp;Ponovi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="419" />
        <source>Cu&amp;t</source>
        <translation>Ise&amp;ci</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="420" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="421" />
        <source>&amp;Paste</source>
        <translation>&amp;Nalepi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="422" />
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="423" />
        <source>Select All</source>
        <translation>Izaberi sve</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="424" />
        <source>Copy &amp;Link Location</source>
        <translation>Kopiraj adresu &amp;veze</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="72" />
        <source>Your reason (it is signed into the report)</source>
        <translation>Vaš razlog (potpisuje se u izveštaj)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../verifier/gui/history.py" line="76" />
        <source>Report #{0}</source>
        <translation>Izveštaj br. {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="83" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Izvezi PDF…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="84" />
        <source>&amp;Addendum…</source>
        <translation>&amp;Dodatak…</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../settings.ui" line="11" />
        <source>Hot folder (the scanner writes here)</source>
        <translation>Nadgledana fascikla (ovde upisuje skener)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="26" />
        <source>Browse…</source>
        <translation>Izaberi…</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="35" />
        <source>Camera (index or video source)</source>
        <translation>Kamera (indeks ili video izvor)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="49" />
        <source>Keep personal data for</source>
        <translation>Lične podatke čuvaj</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="60" />
        <source> days</source>
        <translation> dana</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="66" />
        <source>Point of entry</source>
        <translation>Granični prelaz</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="80" />
        <source>Workstation name</source>
        <translation>Naziv radne stanice</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="94" />
        <source>Face match at or above (cosine)</source>
        <translation>Lice se podudara od (kosinus)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="112" />
        <source>Face no match below (cosine)</source>
        <translation>Lice se ne podudara ispod (kosinus)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="130" />
        <source>Language (from the next sign-in)</source>
        <translation>Jezik (od sledeće prijave)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="144" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="160" />
        <source>&amp;Save settings</source>
        <translation>&amp;Sačuvaj podešavanja</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="80" />
        <location filename="../../verifier/gui/settings_view.py" line="207" />
        <source>&amp;Disable</source>
        <translation>O&amp;nemogući</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="81" />
        <source>Reset &amp;password…</source>
        <translation>Resetuj &amp;lozinku…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="82" />
        <source>&amp;Unlock</source>
        <translation>&amp;Otključaj</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="86" />
        <source>Change &amp;role</source>
        <translation>Promeni &amp;ulogu</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="96" />
        <source>User name</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="97" />
        <source>Full name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="98" />
        <source>Password</source>
        <translation>Lozinka</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="99" />
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="100" />
        <source>&amp;Add account</source>
        <translation>&amp;Dodaj nalog</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="101" />
        <source>Officer accounts</source>
        <translation>Nalozi službenika</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="116" />
        <source>Regional hub</source>
        <translation>Regionalni centar</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="120" />
        <source>The next bundle of non-personal counts (inspections, verdicts, decisions, failed checks, usage) for the regional hub, signed by this workstation. It travels as a file: a USB stick, a shared folder.</source>
        <translation>Sledeći paket neličnih zbirnih podataka (pregledi, ocene, odluke, neuspele provere, korišćenje) za regionalni centar, potpisan od ove radne stanice. Prenosi se kao datoteka: USB memorija, deljena fascikla.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="126" />
        <source>E&amp;xport the next bundle for the hub…</source>
        <translation>I&amp;zvezi sledeći paket za centar…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="139" />
        <source>Where to write the bundle (a USB stick, a shared folder)</source>
        <translation>Gde upisati paket (USB memorija, deljena fascikla)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="147" />
        <source>Making the bundle…</source>
        <translation>Pravljenje paketa…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="159" />
        <source>Nothing new to send since the last bundle.</source>
        <translation>Od poslednjeg paketa nema ničeg novog za slanje.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="161" />
        <source>Bundle written: {0}</source>
        <translation>Paket upisan: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="165" />
        <source>The bundle could not be written: {0}</source>
        <translation>Paket nije mogao biti upisan: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="172" />
        <source>disabled</source>
        <translation>onemogućen</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="173" />
        <source>locked</source>
        <translation>zaključan</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="174" />
        <source>must choose a new password</source>
        <translation>mora izabrati novu lozinku</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="207" />
        <source>&amp;Enable</source>
        <translation>&amp;Omogući</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="229" />
        <source>Account enabled.</source>
        <translation>Nalog je omogućen.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="229" />
        <source>Account disabled: it can no longer sign in; its reports stay.</source>
        <translation>Nalog je onemogućen: više ne može da se prijavi; njegovi izveštaji ostaju.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="236" />
        <source>Account unlocked.</source>
        <translation>Nalog je otključan.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="243" />
        <source>Role changed to {0}.</source>
        <translation>Uloga promenjena u: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="251" />
        <source>Reset the password</source>
        <translation>Resetovanje lozinke</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="252" />
        <source>A temporary password (at least 10 characters). Give it to the officer in person: they choose their own at the next sign-in.</source>
        <translation>Privremena lozinka (najmanje 10 znakova). Predajte je službeniku lično: on bira svoju pri sledećoj prijavi.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="261" />
        <source>Password reset: the officer chooses a new one at the next sign-in.</source>
        <translation>Lozinka resetovana: službenik bira novu pri sledećoj prijavi.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="265" />
        <source>Hot folder</source>
        <translation>Nadgledana fascikla</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="296" />
        <source>The no-match limit must not be above the match limit.</source>
        <translation>Granica nepodudaranja ne sme biti iznad granice podudaranja.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="308" />
        <source>Settings saved. The language changes at the next sign-in (sign out: Ctrl+Shift+Q).</source>
        <translation>Podešavanja sačuvana. Jezik se menja pri sledećoj prijavi (odjava: Ctrl+Shift+Q).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="311" />
        <source>Settings saved.</source>
        <translation>Podešavanja su sačuvana.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="325" />
        <source>Account {0} created.</source>
        <translation>Nalog {0} je napravljen.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../signin.ui" line="6" />
        <source>Verifier — sign in</source>
        <translation>Verifier — prijava</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="12" />
        <location filename="../signin.ui" line="103" />
        <source>Sign in</source>
        <translation>Prijava</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="19" />
        <source>Sign in with your officer account.</source>
        <translation>Prijavite se nalogom službenika.</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="31" />
        <source>&amp;User name</source>
        <translation>&amp;Korisničko ime</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="44" />
        <source>&amp;Full name</source>
        <translation>&amp;Ime i prezime</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="57" />
        <source>&amp;Password</source>
        <translation>&amp;Lozinka</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="74" />
        <source>&amp;Repeat password</source>
        <translation>&amp;Ponovite lozinku</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../verifier/gui/signin.py" line="22" />
        <source>Verifier — sign in</source>
        <translation>Verifier — prijava</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="32" />
        <source>Welcome to Verifier</source>
        <translation>Dobro došli u Verifier</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="35" />
        <source>First start on this workstation: create the administrator account. The workstation's signing key is created with it.</source>
        <translation>Prvo pokretanje na ovoj radnoj stanici: napravite nalog administratora. Uz njega se pravi i ključ za potpisivanje radne stanice.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="39" />
        <source>Create the administrator</source>
        <translation>Napravi administratora</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="50" />
        <source>Choose your password</source>
        <translation>Izaberite svoju lozinku</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="53" />
        <source>An administrator reset your password. Choose your own (at least 10 characters); the temporary one stops working.</source>
        <translation>Administrator je resetovao vašu lozinku. Izaberite svoju (najmanje 10 znakova); privremena prestaje da važi.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="60" />
        <source>Set my password</source>
        <translation>Postavi moju lozinku</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="73" />
        <location filename="../../verifier/gui/signin.py" line="94" />
        <source>The two passwords differ.</source>
        <translation>Dve lozinke se razlikuju.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../verifier/gui/editor.py" line="93" />
        <source>Template editor — {0}</source>
        <translation>Uređivač šablona — {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="105" />
        <source>Zone (where something is printed)</source>
        <translation>Zona (gde je nešto odštampano)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="106" />
        <source>Feature (a security check)</source>
        <translation>Obeležje (zaštitna provera)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="116" />
        <location filename="../../verifier/gui/editor.py" line="257" />
        <source>Draw a rectangle on the image.</source>
        <translation>Nacrtajte pravougaonik na slici.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="117" />
        <source>&amp;Add the mark</source>
        <translation>&amp;Dodaj oznaku</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="118" />
        <source>&amp;Save and validate</source>
        <translation>&amp;Sačuvaj i proveri</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="119" />
        <source>&amp;Publish into the library</source>
        <translation>&amp;Objavi u biblioteci</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="122" />
        <source>Only an administrator publishes templates.</source>
        <translation>Samo administrator objavljuje šablone.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="124" />
        <source>&amp;Remove the selected mark</source>
        <translation>&amp;Ukloni izabranu oznaku</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="144" />
        <source>(not set)</source>
        <translation>(nije postavljeno)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="158" />
        <source>Name for officers</source>
        <translation>Naziv za službenike</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="159" />
        <source>Issuing state (ICAO code)</source>
        <translation>Država izdavanja (ICAO kod)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="160" />
        <source>Document code (P, ID, V, …)</source>
        <translation>Kod dokumenta (P, ID, V, …)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="161" />
        <source>Series</source>
        <translation>Serija</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="162" />
        <source>Number pattern (regular expression)</source>
        <translation>Obrazac broja (regularni izraz)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="163" />
        <source>Issued from (YYYY-MM-DD)</source>
        <translation>Izdaje se od (GGGG-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="164" />
        <source>Issued until (YYYY-MM-DD, empty: still issued)</source>
        <translation>Izdavan do (GGGG-MM-DD, prazno: još se izdaje)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="168" />
        <source>MRZ format</source>
        <translation>Format MRZ</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="169" />
        <source>Document type</source>
        <translation>Vrsta dokumenta</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="171" />
        <source>Region</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="172" />
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="173" />
        <source>Name / id</source>
        <translation>Naziv / oznaka</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="174" />
        <source>Check</source>
        <translation>Provera</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="175" />
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="176" />
        <source>Routine (Doc 9303-2 App. C)</source>
        <translation>Rutina (Doc 9303-2, dodatak C)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="177" />
        <source>Description for the officer</source>
        <translation>Opis za službenika</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="179" />
        <source>The document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="181" />
        <source>Zones and features</source>
        <translation>Zone i obeležja</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="237" />
        <source>Draw a rectangle and give it a name first.</source>
        <translation>Najpre nacrtajte pravougaonik i dajte mu naziv.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="259" />
        <source>Added {0}; save to validate.</source>
        <translation>Dodato: {0}; sačuvajte da biste proverili.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="295" />
        <source>Not saved: {0} ({1}): {2}</source>
        <translation>Nije sačuvano: {0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="303" />
        <source>Saved as a draft. Before it can be published: {0}.</source>
        <translation>Sačuvano kao nacrt. Pre objavljivanja nedostaje: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="308" />
        <source>Saved; complete and ready to publish.</source>
        <translation>Sačuvano; potpuno i spremno za objavljivanje.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="318" />
        <source>Not published: the template lacks {0}.</source>
        <translation>Nije objavljeno: šablonu nedostaje {0}.</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <location filename="../../verifier/gui/training.py" line="80" />
        <source>&amp;Start the session</source>
        <translation>&amp;Započni sesiju</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="82" />
        <source>Sessions</source>
        <translation>Sesije</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="92" />
        <source>Visible light</source>
        <translation>Vidljiva svetlost</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="92" />
        <source>UV 365 nm</source>
        <translation>UV 365 nm</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="93" />
        <source>IR 870 nm</source>
        <translation>IC 870 nm</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="93" />
        <source>Bearer</source>
        <translation>Imalac</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="97" />
        <source>Sample</source>
        <translation>Uzorak</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="100" />
        <source>Reference</source>
        <translation>Referenca</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="130" />
        <source>Anomalies: I would refer it</source>
        <translation>Nepravilnosti: uputio bih dalje</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="131" />
        <source>No anomalies</source>
        <translation>Bez nepravilnosti</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="134" />
        <source>Record and &amp;next sample</source>
        <translation>Zabeleži i &amp;sledeći uzorak</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="141" />
        <source>Anomalous features (mark every one you see):</source>
        <translation>Sporna obeležja (označite svako koje vidite):</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="159" />
        <source>New session (trainers)</source>
        <translation>Nova sesija (instruktori)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="169" />
        <source> min (0: none)</source>
        <translation> min (0: bez ograničenja)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="170" />
        <source>Hide the machine verdict until the debrief</source>
        <translation>Sakrij nalaz sistema do analize</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="172" />
        <source>&amp;Create the session</source>
        <translation>&amp;Napravi sesiju</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="173" />
        <source>Import a trainer's sample…</source>
        <translation>Uvezi uzorak instruktora…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="176" />
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="177" />
        <location filename="../../verifier/gui/training.py" line="239" />
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="178" />
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="179" />
        <source>Samples (in order)</source>
        <translation>Uzorci (po redu)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="180" />
        <source>Time limit</source>
        <translation>Vremensko ograničenje</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="186" />
        <source>why (recorded)</source>
        <translation>zašto (beleži se)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="187" />
        <source>&amp;Grant another attempt</source>
        <translation>&amp;Odobri još jedan pokušaj</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="191" />
        <source>Selected test:</source>
        <translation>Izabrani test:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="194" />
        <source>Course &amp;results…</source>
        <translation>&amp;Rezultati kursa…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="249" />
        <source>Session created.</source>
        <translation>Sesija je napravljena.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="261" />
        <source>Select the test in the list of sessions.</source>
        <translation>Izaberite test na spisku sesija.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="276" />
        <source>Another attempt granted to {0}.</source>
        <translation>Još jedan pokušaj odobren: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="281" />
        <source>A sample with answer.json</source>
        <translation>Uzorak sa answer.json</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="293" />
        <source>Sample {0} added.</source>
        <translation>Uzorak {0} je dodat.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="367" />
        <source>Sample {0} of {1}</source>
        <translation>Uzorak {0} od {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="399" />
        <source>The machine reads: {0} — {1}</source>
        <translation>Mašina očitava: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="428" />
        <source>Choose a verdict first.</source>
        <translation>Najpre izaberite nalaz.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="452" />
        <source>Time left: {0}:{1:02d}</source>
        <translation>Preostalo vreme: {0}:{1:02d}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="463" />
        <source>Leave the test?</source>
        <translation>Napustiti test?</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="464" />
        <source>The test is not finished.</source>
        <translation>Test nije završen.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="467" />
        <source>If you leave now the attempt is recorded as abandoned, is not scored, and cannot be resumed: only a trainer can grant another.</source>
        <translation>Ako sada napustite test, pokušaj se beleži kao napušten, ne boduje se i ne može se nastaviti: samo instruktor može odobriti novi.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="471" />
        <source>&amp;Leave the test</source>
        <translation>&amp;Napusti test</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="472" />
        <source>&amp;Stay</source>
        <translation>&amp;Ostani</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="499" />
        <source>The test was left: the attempt is recorded as abandoned.</source>
        <translation>Test je napušten: pokušaj je zabeležen kao napušten.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="502" />
        <source>Your score: {0} % ({1} of {2} verdicts right, {3} of {4} anomalies found, {5} false alarms).</source>
        <translation>Vaš rezultat: {0} % (tačnih nalaza: {1} od {2}, pronađenih nepravilnosti: {3} od {4}, lažnih uzbuna: {5}).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="508" />
        <source>Time is up.</source>
        <translation>Vreme je isteklo.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="521" />
        <source>The machine findings: {0} of {1} ready…</source>
        <translation>Nalazi mašine: spremno {0} od {1}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="529" />
        <source>not answered</source>
        <translation>bez odgovora</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="534" />
        <source>Answer key: {0} — yours: {1}</source>
        <translation>Tačan odgovor: {0} — vaš: {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="535" />
        <source>Sample {0}</source>
        <translation>Uzorak {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="408" />
        <source>Machine verdict: {0}</source>
        <translation>Nalaz sistema: {0}</translation>
    </message>
</context>
<context>
    <name>TrustView</name>
    <message>
        <location filename="../../verifier/gui/trust.py" line="40" />
        <source>Filter by country or name (e.g. DEU, Utopia)</source>
        <translation>Filtriraj po državi ili nazivu (npr. DEU, Utopia)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="45" />
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="46" />
        <location filename="../../verifier/gui/trust.py" line="163" />
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="47" />
        <source>Valid until</source>
        <translation>Važi do</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="48" />
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="49" />
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 otisak</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="60" />
        <source>&amp;Import a master list, CSCA or CRL…</source>
        <translation>&amp;Uvezi glavnu listu, CSCA ili CRL…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="66" />
        <source>A chip's data is proved genuine only when its Document Signer is certified by one of these Country Signing CAs. Import them from a master list signed by a State you trust, or from a State's own CSCA certificate.</source>
        <translation>Podaci čipa dokazani su kao izvorni samo kada je potpisnik dokumenta sertifikovan od jednog od ovih državnih sertifikacionih tela (CSCA). Uvezite ih iz glavne liste koju je potpisala država kojoj verujete, ili iz CSCA sertifikata same države.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="82" />
        <location filename="../../verifier/gui/trust.py" line="133" />
        <source>Only an administrator changes the trust list.</source>
        <translation>Samo administrator menja listu poverenja.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="93" />
        <source>valid</source>
        <translation>važi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="94" />
        <source>expired</source>
        <translation>istekao</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="95" />
        <source>not yet valid</source>
        <translation>još ne važi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="120" />
        <source>No CSCA is trusted yet: chips can be read, but their data cannot be proved genuine. An administrator imports a master list.</source>
        <translation>Još nijedno CSCA nije pouzdano: čipovi se mogu čitati, ali se njihovi podaci ne mogu dokazati kao izvorni. Administrator uvozi glavnu listu.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="126" />
        <source>{0} CSCA certificates of {1} countries; {2} shown.</source>
        <translation>{0} CSCA sertifikata iz {1} država; prikazano {2}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="138" />
        <source>Import a master list, CSCA certificate or CRL</source>
        <translation>Uvoz glavne liste, CSCA sertifikata ili CRL</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="140" />
        <source>Master lists and certificates (*.ml *.der *.cer *.crt *.pem *.crl);;All files (*)</source>
        <translation>Glavne liste i sertifikati (*.ml *.der *.cer *.crt *.pem *.crl);;Sve datoteke (*)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="148" />
        <source>Checking {0}…</source>
        <translation>Provera {0}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="162" />
        <source>Master list</source>
        <translation>Glavna lista</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="164" />
        <source>Revocation list</source>
        <translation>Lista opozvanih</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="166" />
        <source>{0}: {1} added, {2} already trusted, {3} refused.</source>
        <translation>{0}: dodato {1}, već pouzdano {2}, odbijeno {3}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="171" />
        <source>Its signer's CSCA was not trusted before: compare its SHA-256 fingerprint with the one its State publishes: {0}</source>
        <translation>CSCA njenog potpisnika ranije nije bilo pouzdano: uporedite njegov SHA-256 otisak sa onim koji objavljuje njegova država: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="179" />
        <source>Refused, nothing was added: {0}</source>
        <translation>Odbijeno, ništa nije dodato: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="181" />
        <source>Not done: {0}</source>
        <translation>Nije urađeno: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="181" />
        <source>an internal error.</source>
        <translation>unutrašnja greška.</translation>
    </message>
</context>
<context>
    <name>WatchListView</name>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="40" />
        <source>Every inspection looks the document up in these lists. A hit is a reason to check, not a proof. The lists hold no document numbers, only keyed hashes.</source>
        <translation>Svaka kontrola traži dokument u ovim listama. Pogodak je razlog za proveru, a ne dokaz. Liste ne sadrže brojeve dokumenata, već samo heševe sa ključem.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="47" />
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="47" />
        <source>Version</source>
        <translation>Verzija</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="47" />
        <source>Issued</source>
        <translation>Izdata</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="48" />
        <source>Entries</source>
        <translation>Unosa</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="57" />
        <source> days</source>
        <translation> dana</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="58" />
        <source>Sa&amp;ve the limit</source>
        <translation>Sa&amp;čuvaj granicu</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="59" />
        <source>&amp;Import a watch-list package…</source>
        <translation>&amp;Uvezi paket liste potrage…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="64" />
        <source>Warn when a list is older than</source>
        <translation>Upozori kada je lista starija od</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="79" />
        <location filename="../../verifier/gui/watchlists.py" line="145" />
        <source>Only an administrator changes the watch lists.</source>
        <translation>Samo administrator menja liste potrage.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="47" />
        <source>Age (days)</source>
        <translation>Starost (dana)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="112" />
        <source>No watch list is installed: documents are not looked up.</source>
        <translation>Nijedna lista potrage nije instalirana: dokumenti se ne proveravaju.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="116" />
        <source>Out of date: {0}. A recent loss or theft would not be on it: import the latest list.</source>
        <translation>Zastarelo: {0}. Skorašnji gubitak ili krađa ne bi bili na njoj: uvezite najnoviju listu.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="119" />
        <source>{0} is {1} days old</source>
        <translation>{0} je stara {1} dana</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="125" />
        <source>{0} watch lists, all up to date.</source>
        <translation>Liste potrage: {0}, sve ažurne.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="150" />
        <source>Import a watch-list package</source>
        <translation>Uvoz paketa liste potrage</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="152" />
        <source>Watch-list packages (*.vwl);;All files (*)</source>
        <translation>Paketi lista potrage (*.vwl);;Sve datoteke (*)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="159" />
        <source>Checking {0}…</source>
        <translation>Provera {0}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="174" />
        <source>{0}: version {1} installed, {2} entries.</source>
        <translation>{0}: instalirana verzija {1}, unosa: {2}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="183" />
        <source>Refused; the lists in force are unchanged: {0}</source>
        <translation>Odbijeno; važeće liste su nepromenjene: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="185" />
        <source>Not done: {0}</source>
        <translation>Nije urađeno: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="185" />
        <source>an internal error.</source>
        <translation>unutrašnja greška.</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="1" />
        <source>The seal is signed by {signer} and intact.</source>
        <translation>Pečat je potpisao {signer} i nije menjan.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="2" />
        <source>The seal was signed by {signer}, whose certificate the reference library lacks.</source>
        <translation>Pečat je potpisao {signer}, čiji sertifikat nije u referentnoj biblioteci.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="3" />
        <source>The seal was signed on {date}, outside the validity of signer certificate {signer}.</source>
        <translation>Pečat je potpisan {date}, van roka važenja sertifikata potpisnika {signer}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="4" />
        <source>The seal's signature does not match its data: the seal was altered or forged.</source>
        <translation>Potpis pečata ne odgovara njegovim podacima: pečat je izmenjen ili falsifikovan.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="5" />
        <source>The digital seal cannot be decoded: {why}.</source>
        <translation>Digitalni pečat ne može da se dekodira: {why}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="27" />
        <source>document portrait</source>
        <translation>fotografiji u dokumentu</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="28" />
        <source>bearer photo</source>
        <translation>fotografiji nosioca</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="29" />
        <source>Uncertain resemblance: compare the faces yourself.</source>
        <translation>Sličnost je nesigurna: uporedite lica sami.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="30" />
        <source>The bearer resembles the portrait.</source>
        <translation>Nosilac liči na fotografiju u dokumentu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="31" />
        <source>The bearer does not resemble the portrait.</source>
        <translation>Nosilac ne liči na fotografiju u dokumentu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="32" />
        <source>No face was found in the {name}.</source>
        <translation>Lice nije pronađeno na {name}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="33" />
        <source>The bearer photo shows several faces; take it again.</source>
        <translation>Na fotografiji nosioca je više lica; snimite je ponovo.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="34" />
        <source>The face in the {name} is too small.</source>
        <translation>Lice na {name} je premalo.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="35" />
        <source>The face in the {name} is turned too far.</source>
        <translation>Lice na {name} je previše okrenuto.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="36" />
        <source>The {name} is too blurred.</source>
        <translation>Slika ({name}) je previše mutna.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="37" />
        <source>{fibres} fibres of the expected colours (at least {minimum}), {wrong} of other colours</source>
        <translation>vlakana očekivanih boja: {fibres} (najmanje {minimum}), drugih boja: {wrong}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="38" />
        <source>similarity to the reference {value:.2f} (at least {limit:.2f})</source>
        <translation>sličnost sa referencom {value:.2f} (najmanje {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="47" />
        <source>brightest {value:.0f} (at least {limit:.0f})</source>
        <translation>najsvetlije {value:.0f} (najmanje {limit:.0f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="48" />
        <source>the region lies outside the capture</source>
        <translation>oblast je van snimka</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="49" />
        <source>mean brightness {value:.0f} (at most {limit:.0f})</source>
        <translation>srednja svetloća {value:.0f} (najviše {limit:.0f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="50" />
        <source>brightest print {value:.0f} (at least {limit:.0f})</source>
        <translation>najsvetlija štampa {value:.0f} (najmanje {limit:.0f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="39" />
        <source>contrast {value:.2f} (at most {limit:.2f})</source>
        <translation>kontrast {value:.2f} (najviše {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="52" />
        <source>the region is empty</source>
        <translation>oblast je prazna</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="51" />
        <source>contrast {value:.2f} (at least {limit:.2f})</source>
        <translation>kontrast {value:.2f} (najmanje {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="41" />
        <source>every line: lowest contrast {value:.2f} (at least {limit:.2f})</source>
        <translation>svi redovi: najmanji kontrast {value:.2f} (najmanje {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="106" />
        <source>visible-light</source>
        <translation>vidljive svetlosti</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="107" />
        <source>UV</source>
        <translation>UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="108" />
        <source>IR</source>
        <translation>IC</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="196" />
        <source>This check could not be made (the {stage} stage failed); inspect it by eye.</source>
        <translation>Ova provera nije mogla da se uradi (korak {stage} nije uspeo); pregledajte vizuelno.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="131" />
        <source>The printed {fields} agree with the MRZ.</source>
        <translation>Odštampani podaci ({fields}) se slažu sa MRZ.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="80" />
        <source>The design is {name}, but {problems}.</source>
        <translation>Dizajn je {name}, ali {problems}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="81" />
        <source>Identified as {name}.</source>
        <translation>Prepoznato kao {name}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="133" />
        <source>The printed data differ from the MRZ: {differences}.</source>
        <translation>Odštampani podaci se razlikuju od MRZ: {differences}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="134" />
        <source>The printed data could not be read; compare them with the MRZ by eye.</source>
        <translation>Odštampani podaci ne mogu da se pročitaju; uporedite ih sa MRZ vizuelno.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="109" />
        <source>{description} {verdict}: {detail}.</source>
        <translation>{description} {verdict}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="97" />
        <source> ({percent}% similar)</source>
        <translation> (sličnost {percent}%)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="119" />
        <source>MRZ read ({engine}).</source>
        <translation>MRZ pročitan ({engine}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="111" />
        <source>Found</source>
        <translation>Pronađeno</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="112" />
        <source>Not as on the reference</source>
        <translation>Nije kao na referenci</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="53" />
        <source>Read {count} bar code(s): {formats}.</source>
        <translation>Pročitano bar-kodova: {count} ({formats}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="120" />
        <source>No machine readable zone was found on the visible image.</source>
        <translation>Mašinski čitljiva zona nije pronađena na slici u vidljivoj svetlosti.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="121" />
        <source>The MRZ could not be read with certainty: {why}</source>
        <translation>MRZ nije pročitan pouzdano: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="123" />
        <source>Every check digit holds.</source>
        <translation>Sve kontrolne cifre su ispravne.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="124" />
        <source>The dates are calendar dates.</source>
        <translation>Datumi su ispravni kalendarski datumi.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="125" />
        <source>The expiry date is not in the MRZ; read it on the document.</source>
        <translation>Datum isteka nije u MRZ; pročitajte ga na dokumentu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="85" />
        <source>its MRZ is {mrz}, the design's is {design}</source>
        <translation>njegov MRZ je {mrz}, a dizajna {design}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="86" />
        <source>the MRZ says {mrz}, the design is from {design}</source>
        <translation>MRZ navodi {mrz}, a dizajn je iz {design}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="87" />
        <source>document code {code} does not belong to this design</source>
        <translation>oznaka dokumenta {code} ne pripada ovom dizajnu</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="88" />
        <source>number {number} is not of this series ({series})</source>
        <translation>broj {number} nije iz ove serije ({series})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="103" />
        <source>A face was found in the portrait zone.</source>
        <translation>Lice je pronađeno u zoni fotografije.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="104" />
        <source>No face was found in the portrait zone.</source>
        <translation>Lice nije pronađeno u zoni fotografije.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="96" />
        <source>No photo of the bearer was taken.</source>
        <translation>Nosilac nije fotografisan.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="126" />
        <source>A well-formed {format} MRZ.</source>
        <translation>Ispravno oblikovan MRZ ({format}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="127" />
        <source>Known codes: {state}, {nationality}.</source>
        <translation>Poznate oznake: {state}, {nationality}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="128" />
        <source>Expired on {date}.</source>
        <translation>Istekao {date}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="129" />
        <source>Valid until {date}.</source>
        <translation>Važi do {date}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="113" />
        <source>No {light} image was captured.</source>
        <translation>Nema snimka {light}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="54" />
        <source>The document should carry a digital seal, but none could be read.</source>
        <translation>Dokument treba da nosi digitalni pečat, ali nijedan nije pročitan.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="55" />
        <source>The seal carries the printed MRZ.</source>
        <translation>Pečat sadrži odštampani MRZ.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="56" />
        <source>The MRZ in the seal differs from the printed MRZ.</source>
        <translation>MRZ u pečatu se razlikuje od odštampanog MRZ.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="207" />
        <source>surname</source>
        <translation>prezime</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="208" />
        <source>given names</source>
        <translation>ime</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="115" />
        <source>date of birth</source>
        <translation>datum rođenja</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="114" />
        <source>document number</source>
        <translation>broj dokumenta</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="42" />
        <source>{fibres} fibres, but the {half} half of the region holds almost none</source>
        <translation>{fibres} vlakana, ali u {half} polovini oblasti gotovo da ih nema</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="43" />
        <source>left</source>
        <translation>levoj</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="44" />
        <source>right</source>
        <translation>desnoj</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="45" />
        <source>upper</source>
        <translation>gornjoj</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="46" />
        <source>lower</source>
        <translation>donjoj</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="40" />
        <source>line(s) {lines} of {count}: contrast {value:.2f} (at least {limit:.2f})</source>
        <translation>red(ovi) {lines} od {count}: kontrast {value:.2f} (najmanje {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="132" />
        <source>Without a reference the printed fields cannot be located: {missing} not found in the printed text; compare them with the MRZ by eye.</source>
        <translation>Bez referentnog uzorka odštampana polja ne mogu da se lociraju: {missing} nije pronađeno u odštampanom tekstu; uporedite ih sa MRZ golim okom.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="116" />
        <source>date of expiry</source>
        <translation>datum isteka</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="118" />
        <source>the composite check digit</source>
        <translation>zbirna kontrolna cifra</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="135" />
        <source>The MRZ's {fields} are also printed on the document.</source>
        <translation>Podaci iz MRZ ({fields}) odštampani su i na dokumentu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="136" />
        <source>MRZ line(s) {lines} fade in IR: not printed in B900 ink as Doc 9303-3 requires.</source>
        <translation>Red(ovi) MRZ {lines} blede u IC svetlu: nisu odštampani mastilom B900 kako zahteva Doc 9303-3.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="137" />
        <source>Every MRZ line stays dark in IR (B900 ink).</source>
        <translation>Svi redovi MRZ ostaju tamni u IC svetlu (mastilo B900).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="82" />
        <source>{format} of {state}</source>
        <translation>{format}, {state}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="83" />
        <source>unknown</source>
        <translation>nepoznato</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="84" />
        <source>No reference exists for this document in the library (MRZ: {what}): its design and security features could not be compared. What needs no reference was checked.</source>
        <translation>Za ovaj dokument u biblioteci ne postoji referentni uzorak (MRZ: {what}): dizajn i zaštitni elementi nisu mogli da se uporede. Provereno je sve što ne zahteva referentni uzorak.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="138" />
        <source>The IR image is not framed like the visible one; check the MRZ in IR by eye.</source>
        <translation>IC snimak nije kadriran kao snimak u vidljivoj svetlosti; proverite MRZ u IC svetlu golim okom.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="95" />
        <source>A portrait was found by face detection (no reference to say where).</source>
        <translation>Fotografija je pronađena detekcijom lica (nema referentnog uzorka koji kaže gde je).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="122" />
        <source>Check digits do not hold: {faults}.</source>
        <translation>Kontrolne cifre nisu ispravne: {faults}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="105" />
        <source>No portrait was found on this image; if the document has one on its other side, capture that side.</source>
        <translation>Na ovom snimku nije pronađena fotografija; ako je dokument ima na drugoj strani, snimite tu stranu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="59" />
        <source>The chip was not read.</source>
        <translation>Čip nije pročitan.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="60" />
        <source>{which} passed: the chip holds the private key of its signed data, so it is not a copy.</source>
        <translation>{which} uspešno: čip ima privatni ključ svojih potpisanih podataka, pa nije kopija.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="61" />
        <source>The chip's MRZ differs from the printed MRZ ({count} characters): the data page was altered, or it belongs to another chip.</source>
        <translation>MRZ na čipu razlikuje se od odštampanog MRZ ({count} znakova): stranica sa podacima je izmenjena ili pripada drugom čipu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="62" />
        <source>Reading a chip needs the MRZ (or the CAN of an ID card).</source>
        <translation>Za čitanje čipa potreban je MRZ (ili CAN lične karte).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="64" />
        <source>{which} failed: the chip does not hold the private key its signed data names — a sign of a copied (cloned) chip.</source>
        <translation>{which} neuspešno: čip nema privatni ključ koji navode njegovi potpisani podaci — znak kopiranog (kloniranog) čipa.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="65" />
        <source>This chip offers Chip Authentication with Diffie-Hellman keys, which this workstation does not run yet: whether the chip is a copy was not checked.</source>
        <translation>Ovaj čip nudi autentikaciju čipa sa Difi-Helman ključevima, koju ova radna stanica još ne izvodi: nije provereno da li je čip kopija.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="66" />
        <source>This chip offers neither Chip nor Active Authentication (older documents): a copy of it cannot be told from the original.</source>
        <translation>Ovaj čip ne nudi ni Chip ni Active Authentication (stariji dokumenti): njegova kopija ne može se razlikovati od originala.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="67" />
        <source>{which} passed, but with a key the issuer's signature does not cover (DG14/DG15 do not match the SOD).</source>
        <translation>{which} uspešno, ali sa ključem koji potpis izdavaoca ne pokriva (DG14/DG15 se ne slažu sa SOD).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="68" />
        <source>The chip's DG1 (its MRZ) could not be read.</source>
        <translation>DG1 čipa (njegov MRZ) nije mogao da se pročita.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="69" />
        <source>No printed MRZ was read to compare with the chip's.</source>
        <translation>Nije pročitan odštampani MRZ za poređenje sa MRZ čipa.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="70" />
        <source>The chip's MRZ is the printed MRZ, character for character.</source>
        <translation>MRZ na čipu je odštampani MRZ, znak po znak.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="71" />
        <source>Read with {access}: {groups}.</source>
        <translation>Pročitano putem {access}: {groups}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="72" />
        <source>This document has no chip (no simulated chip with it).</source>
        <translation>Ovaj dokument nema čip (uz njega nema simuliranog čipa).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="73" />
        <source>The chip could not be read to the end: {why}</source>
        <translation>Čip nije mogao da se pročita do kraja: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="74" />
        <source>The chip stopped before its security object (EF.SOD) was read.</source>
        <translation>Čip je stao pre nego što je pročitan njegov bezbednosni objekat (EF.SOD).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="77" />
        <source>The chip refused the CAN: check the number printed on the card.</source>
        <translation>Čip je odbio CAN: proverite broj odštampan na kartici.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="78" />
        <source>The chip's data is signed by the issuing State: its Document Signer is certified by a trusted CSCA, and every data group read matches its signed hash.</source>
        <translation>Podatke čipa potpisala je država izdavalac: njegov Document Signer sertifikovan je od pouzdanog CSCA, i svaka pročitana grupa podataka odgovara svom potpisanom hešu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="79" />
        <source>The chip's data could not be proved genuine: {why}</source>
        <translation>Nije moglo da se dokaže da su podaci čipa izvorni: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="89" />
        <source>resembles</source>
        <translation>podseća</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="90" />
        <source>does not resemble</source>
        <translation>ne podseća</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="91" />
        <source>uncertain</source>
        <translation>nesigurno</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="92" />
        <source>could not be compared</source>
        <translation>nije moglo da se uporedi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="93" />
        <source>{who}: {result}</source>
        <translation>{who}: {result}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="94" />
        <source>The chip's portrait, against {parts}.</source>
        <translation>Portret sa čipa, u odnosu na {parts}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="98" />
        <source>No portrait was read from the chip.</source>
        <translation>Sa čipa nije pročitan portret.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="99" />
        <source>Neither a bearer photo nor a printed portrait to compare with the chip's.</source>
        <translation>Nema ni fotografije nosioca ni odštampanog portreta za poređenje sa portretom sa čipa.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="100" />
        <source>The chip's portrait, against {parts}: the face the issuer stored differs.</source>
        <translation>Portret sa čipa, u odnosu na {parts}: lice koje je izdavalac sačuvao se razlikuje.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="101" />
        <source>the bearer</source>
        <translation>nosioca</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="102" />
        <source>the printed portrait</source>
        <translation>odštampani portret</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="110" />
        <source>No reference exists for this document: its {light} features were not compared; examine them by eye.</source>
        <translation>Za ovaj dokument ne postoji referentni uzorak: njegovi elementi u {light} svetlu nisu upoređeni; pregledajte ih golim okom.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="130" />
        <source>{field}: check digit {printed}, computed {computed}</source>
        <translation>{field}: kontrolna cifra {printed}, izračunata {computed}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="139" />
        <source>Not on the watch lists: {lists}.</source>
        <translation>Nije na listama potrage: {lists}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="140" />
        <source>No watch list is installed on this workstation.</source>
        <translation>Na ovoj radnoj stanici nije instalirana nijedna lista potrage.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="141" />
        <source>No MRZ was read, so the watch lists were not checked: check them by hand.</source>
        <translation>MRZ nije pročitan, pa liste potrage nisu proverene: proverite ih ručno.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="142" />
        <source>The MRZ's document number cannot be looked up in the watch lists: check them by hand.</source>
        <translation>Broj dokumenta iz MRZ ne može se potražiti u listama potrage: proverite ih ručno.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="143" />
        <source>This document is on the watch list {name} of {date}. {instruction}</source>
        <translation>Ovaj dokument je na listi potrage {name} od {date}. {instruction}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="144" />
        <source>Not on the watch lists, but {name} is {days} days old (the limit is {limit}): a recent loss or theft would not be on it. Ask an administrator to import the latest list.</source>
        <translation>Nije na listama potrage, ali {name} je stara {days} dana (granica je {limit}): skorašnji gubitak ili krađa ne bi bili na njoj. Zamolite administratora da uveze najnoviju listu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="145" />
        <source>Full name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="146" />
        <source>Other names</source>
        <translation>Druga imena</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="147" />
        <source>Personal number</source>
        <translation>Lični broj</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="149" />
        <source>Place of birth</source>
        <translation>Mesto rođenja</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="150" />
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="151" />
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="152" />
        <source>Profession</source>
        <translation>Zanimanje</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="153" />
        <source>Title</source>
        <translation>Titula</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="154" />
        <source>Personal summary</source>
        <translation>Lični podaci, sažetak</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="155" />
        <source>Custody information</source>
        <translation>Podaci o starateljstvu</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="156" />
        <source>Issuing authority</source>
        <translation>Organ izdavanja</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="157" />
        <source>Date of issue</source>
        <translation>Datum izdavanja</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="158" />
        <source>Other persons</source>
        <translation>Druga lica</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="159" />
        <source>Endorsements and observations</source>
        <translation>Zabeleške i napomene</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="160" />
        <source>Tax or exit requirements</source>
        <translation>Poreski ili izlazni uslovi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="161" />
        <source>Personalised</source>
        <translation>Personalizovan</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="162" />
        <source>Personalisation system</source>
        <translation>Sistem personalizacije</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="163" />
        <source>Document Signer</source>
        <translation>Potpisnik dokumenta (DS)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="164" />
        <source>Country Signing CA (CSCA)</source>
        <translation>Državno sertifikaciono telo (CSCA)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="165" />
        <source>Issued by</source>
        <translation>Izdavalac</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="166" />
        <source>Valid</source>
        <translation>Važi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="167" />
        <source>Serial number</source>
        <translation>Serijski broj</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="168" />
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 otisak</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="169" />
        <source>MRZ found</source>
        <translation>MRZ pronađena</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="170" />
        <source>MRZ layout</source>
        <translation>Raspored MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="171" />
        <source>MRZ check digits</source>
        <translation>Kontrolne cifre MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="172" />
        <source>MRZ dates</source>
        <translation>Datumi u MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="173" />
        <source>Country codes</source>
        <translation>Oznake država</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="174" />
        <source>Validity</source>
        <translation>Važenje</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="175" />
        <source>Document identified</source>
        <translation>Dokument prepoznat</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="176" />
        <source>Printed data against the MRZ</source>
        <translation>Odštampani podaci prema MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="177" />
        <source>Bar codes read</source>
        <translation>Očitani bar-kodovi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="178" />
        <source>Seal signature</source>
        <translation>Potpis pečata</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="179" />
        <source>Seal data against the MRZ</source>
        <translation>Podaci pečata prema MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="180" />
        <source>Dull paper in UV</source>
        <translation>Mat papir u UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="181" />
        <source>UV features</source>
        <translation>UV obeležja</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="182" />
        <source>MRZ ink in IR</source>
        <translation>Boja MRZ u IR</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="183" />
        <source>IR features</source>
        <translation>IR obeležja</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="184" />
        <source>Visible features</source>
        <translation>Obeležja u vidljivoj svetlosti</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="185" />
        <source>Portrait found</source>
        <translation>Portret pronađen</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="186" />
        <source>Face comparison</source>
        <translation>Poređenje lica</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="187" />
        <source>Chip read</source>
        <translation>Čip pročitan</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="188" />
        <source>Chip data signed by the issuer</source>
        <translation>Podaci čipa potpisani od izdavaoca</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="189" />
        <source>Chip not copied</source>
        <translation>Čip nije kopiran</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="190" />
        <source>Chip MRZ against the printed MRZ</source>
        <translation>MRZ čipa u odnosu na odštampani MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="191" />
        <source>Chip portrait comparison</source>
        <translation>Poređenje portreta sa čipa</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="192" />
        <source>Watch lists (lost, stolen, revoked)</source>
        <translation>Liste potrage (izgubljeni, ukradeni, poništeni)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="193" />
        <source>the visible-light features</source>
        <translation>obeležja u vidljivoj svetlosti</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="194" />
        <source>the face</source>
        <translation>lice</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="195" />
        <source>NO ANOMALIES FOUND — the officer decides</source>
        <translation>NEPRAVILNOSTI NISU PRONAĐENE — odlučuje službenik</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="197" />
        <source>nothing</source>
        <translation>ništa</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="198" />
        <source>{p0}</source>
        <translation>{p0}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="199" />
        <source>{p0} and {p1}</source>
        <translation>{p0} i {p1}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="200" />
        <source>{p0}, {p1} and {p2}</source>
        <translation>{p0}, {p1} i {p2}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="201" />
        <source>{p0}, {p1}, {p2} and {p3}</source>
        <translation>{p0}, {p1}, {p2} i {p3}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="202" />
        <source>ANOMALIES FOUND — see the failed checks</source>
        <translation>PRONAĐENE NEPRAVILNOSTI — pogledajte neuspele provere</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="203" />
        <source>INCONCLUSIVE — some checks could not be made</source>
        <translation>NEODREĐENO — neke provere nisu mogle da se urade</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="204" />
        <source>NO ANOMALIES IN WHAT WAS EXAMINED — {parts} was not examined</source>
        <translation>NEPRAVILNOSTI NISU PRONAĐENE U ONOME ŠTO JE PREGLEDANO — nije pregledano: {parts}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="205" />
        <source>INCONCLUSIVE — no reference for this document in the library: only what needs none was checked</source>
        <translation>NEODREĐENO — za ovaj dokument u biblioteci nema referentnog uzorka: provereno je samo ono što ga ne zahteva</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="206" />
        <source>NO ANOMALIES IN WHAT WAS EXAMINED — {parts} were not examined</source>
        <translation>NEPRAVILNOSTI NISU PRONAĐENE U ONOME ŠTO JE PREGLEDANO — nisu pregledani: {parts}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="209" />
        <source>surname printed {printed!r}, MRZ {mrz!r}</source>
        <translation>odštampano prezime {printed!r}, MRZ {mrz!r}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="210" />
        <source>given names printed {printed!r}, MRZ {mrz!r}</source>
        <translation>odštampano ime {printed!r}, MRZ {mrz!r}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="211" />
        <source>date of birth printed {printed}, MRZ {mrz}</source>
        <translation>odštampan datum rođenja {printed}, MRZ {mrz}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="212" />
        <source>number printed {printed!r}, MRZ {mrz!r}</source>
        <translation>odštampan broj {printed!r}, MRZ {mrz!r}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="213" />
        <source>The document code</source>
        <translation>Oznaka dokumenta</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="214" />
        <source>The issuing state</source>
        <translation>Država izdavanja</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="215" />
        <source>The nationality</source>
        <translation>Državljanstvo</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="216" />
        <source>The name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="217" />
        <source>The surname</source>
        <translation>Prezime</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="218" />
        <source>The given names</source>
        <translation>Ime (imena)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="219" />
        <source>The document number</source>
        <translation>Broj dokumenta</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="220" />
        <source>The optional data</source>
        <translation>Neobavezni podaci</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="221" />
        <source>The second optional data field</source>
        <translation>Drugo polje neobaveznih podataka</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="222" />
        <source>The date of birth</source>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="223" />
        <source>The date of expiry</source>
        <translation>Datum isteka</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="224" />
        <source>The sex field</source>
        <translation>Polje pola</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="225" />
        <source>issuing state</source>
        <translation>države izdavanja</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="226" />
        <source>nationality</source>
        <translation>državljanstva</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="227" />
        <source>the filler in position 15 excluded, as Doc 9303-5 specifies</source>
        <translation>bez znaka za popunu na poziciji 15, kako propisuje Doc 9303-5</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="228" />
        <source>the filler in position 15 counted, as some issuers do</source>
        <translation>sa znakom za popunu na poziciji 15, kako rade neki izdavaoci</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="229" />
        <source>The document number continues in the optional data; its check digit holds with {how}.</source>
        <translation>Broj dokumenta se nastavlja u neobaveznim podacima; njegova kontrolna cifra je ispravna {how}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="230" />
        <source>{field} {raw!r} is not a calendar date (YYMMDD).</source>
        <translation>{field} {raw!r} nije kalendarski datum (GGMMDD).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="231" />
        <source>a {format} document code starts with {allowed}</source>
        <translation>oznaka dokumenta {format} počinje sa {allowed}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="232" />
        <source>V, AI and AC are not used as TD1/TD2 document codes</source>
        <translation>V, AI i AC se ne koriste kao oznake dokumenata TD1/TD2</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="233" />
        <source>Document code {code!r}: {problems} (Doc 9303).</source>
        <translation>Oznaka dokumenta {code!r}: {problems} (Doc 9303).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="234" />
        <source>The MRZ has no surname.</source>
        <translation>MRZ nema prezime.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="235" />
        <source>The name fills the whole MRZ field and may have been truncated; compare it with the name printed on the document.</source>
        <translation>Ime popunjava celo polje MRZ i možda je skraćeno; uporedite ga sa imenom odštampanim na dokumentu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="236" />
        <source>The MRZ has no document number.</source>
        <translation>MRZ nema broj dokumenta.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="237" />
        <source>This format does not carry the date of expiry; read it on the document.</source>
        <translation>Ovaj format ne sadrži datum isteka; pročitajte ga na dokumentu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="238" />
        <source>The document expired on {date}.</source>
        <translation>Dokument je istekao {date}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="239" />
        <source>The date of birth is not before the date of expiry.</source>
        <translation>Datum rođenja nije pre datuma isteka.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="240" />
        <source>Sex must be M, F or &lt;, not {raw!r}.</source>
        <translation>Pol mora biti M, F ili &lt;, a ne {raw!r}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="241" />
        <source>The {what} code {raw!r} is not a three-letter code.</source>
        <translation>Oznaka {what} {raw!r} nije troslovna oznaka.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="242" />
        <source>The {what} code {code} is not in Doc 9303-3 or ISO 3166-1.</source>
        <translation>Oznaka {what} {code} nije u Doc 9303-3 ni u ISO 3166-1.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="243" />
        <source>Sex is printed as X; Doc 9303 writes an unspecified sex as &lt; in the MRZ.</source>
        <translation>Pol je odštampan kao X; Doc 9303 neodređen pol u MRZ piše kao &lt;.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="244" />
        <source>{field} holds characters not allowed there: {bad}</source>
        <translation>{field} sadrži znakove koji tu nisu dozvoljeni: {bad}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="245" />
        <source>The {what} code {code} has been withdrawn from ISO 3166-1.</source>
        <translation>Oznaka {what} {code} je povučena iz ISO 3166-1.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="258" />
        <source>Visible light</source>
        <translation>Vidljiva svetlost</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="259" />
        <source>UV 365 nm</source>
        <translation>UV 365 nm</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="260" />
        <source>IR 870 nm</source>
        <translation>IC 870 nm</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="261" />
        <source>Anomalies</source>
        <translation>Nepravilnosti</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="262" />
        <source>Inconclusive</source>
        <translation>Nije konačno</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="263" />
        <source>No anomalies</source>
        <translation>Bez nepravilnosti</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="264" />
        <source>Released</source>
        <translation>Propušten</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="265" />
        <source>Referred to an expert</source>
        <translation>Upućen stručnjaku</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="266" />
        <source>Suspected fraud</source>
        <translation>Sumnja na prevaru</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="267" />
        <source>Not decided</source>
        <translation>Neodlučeno</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="268" />
        <source>No decision recorded</source>
        <translation>Odluka nije zabeležena</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="269" />
        <source>Genuine</source>
        <translation>Ispravan</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="270" />
        <source>Counterfeit (a reproduction of the whole document)</source>
        <translation>Krivotvoren (reprodukcija celog dokumenta)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="271" />
        <source>Forgery (a genuine document altered)</source>
        <translation>Falsifikovan (izmenjen ispravan dokument)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="272" />
        <source>Pseudo or fantasy document</source>
        <translation>Pseudo ili fantazijski dokument</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="273" />
        <source>Genuine, fraudulently obtained</source>
        <translation>Ispravan, pribavljen prevarom</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="274" />
        <source>Genuine, used by an impostor</source>
        <translation>Ispravan, koristi ga lice koje nije nosilac</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="275" />
        <source>Stolen blank</source>
        <translation>Ukradeni blanko obrazac</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="276" />
        <source>{band}. {reason}</source>
        <translation>{band}. {reason}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="277" />
        <source>Verifier — inspection report #{n}</source>
        <translation>Verifier — izveštaj o pregledu br. {n}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="278" />
        <source>Report #{n}: personal data purged</source>
        <translation>Izveštaj br. {n}: lični podaci obrisani</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="279" />
        <source>Purged on {date} at the end of the retention period. The non-personal statistics remain.</source>
        <translation>Obrisano {date} po isteku roka čuvanja. Statistički podaci bez ličnih podataka ostaju.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="280" />
        <source>Pass</source>
        <translation>U redu</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="281" />
        <source>FAIL</source>
        <translation>NEUSPEH</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="282" />
        <source>Warning</source>
        <translation>Upozorenje</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="283" />
        <source>Skipped</source>
        <translation>Preskočeno</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="284" />
        <source>Not checked</source>
        <translation>Nije provereno</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="296" />
        <source>Report #{seq} of {date}: {verdict}; {decision}; expert's classification: {kind}.</source>
        <translation>Izveštaj br. {seq} od {date}: {verdict}; {decision}; klasifikacija stručnjaka: {kind}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="297" />
        <source>Report #{seq} of {date}: {verdict}; {decision}.</source>
        <translation>Izveštaj br. {seq} od {date}: {verdict}; {decision}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="285" />
        <source>{title}: from {hub}, {issued}, in force until {expires}.</source>
        <translation>{title}: izdao {hub}, {issued}, na snazi do {expires}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="286" />
        <source>Look for: {what}</source>
        <translation>Obratite pažnju na: {what}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="287" />
        <source>not identified</source>
        <translation>nije prepoznat</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="288" />
        <source>Portrait in the chip</source>
        <translation>Portret u čipu</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="289" />
        <source>No bearer photo was compared.</source>
        <translation>Fotografija nosioca nije upoređena.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="290" />
        <source>Match</source>
        <translation>Podudara se</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="291" />
        <source>Uncertain</source>
        <translation>Nesigurno</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="292" />
        <source>No match</source>
        <translation>Ne podudara se</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="293" />
        <source>{percent}% similar: {band}. {reason}</source>
        <translation>{percent}% sličnosti: {band}. {reason}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="294" />
        <source>— (command line)</source>
        <translation>— (komandna linija)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="295" />
        <source>Addendum #{n}</source>
        <translation>Dodatak br. {n}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="298" />
        <source>The document was not identified: this alert concerns the design {template} of the same issuing state and document type.</source>
        <translation>Dokument nije identifikovan: ovo upozorenje se odnosi na obrazac {template} iste države izdavanja i vrste dokumenta.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="299" />
        <source>Template</source>
        <translation>Šablon</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="300" />
        <source>Document code</source>
        <translation>Oznaka dokumenta</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="301" />
        <source>Issuing state</source>
        <translation>Država izdavanja</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="302" />
        <source>Document number</source>
        <translation>Broj dokumenta</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="303" />
        <source>Surname</source>
        <translation>Prezime</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="304" />
        <source>Given names</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="305" />
        <source>Nationality</source>
        <translation>Državljanstvo</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="148" />
        <source>Date of birth</source>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="306" />
        <source>Sex</source>
        <translation>Pol</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="307" />
        <source>Date of expiry</source>
        <translation>Datum isteka</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="308" />
        <source>Report</source>
        <translation>Izveštaj</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="309" />
        <source>Created</source>
        <translation>Napravljen</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="310" />
        <source>Officer</source>
        <translation>Službenik</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="311" />
        <source>Workstation</source>
        <translation>Radna stanica</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="312" />
        <source>Decision</source>
        <translation>Odluka</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="313" />
        <source>Portrait on the document</source>
        <translation>Portret na dokumentu</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="314" />
        <source>Bearer photo</source>
        <translation>Fotografija nosioca</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="315" />
        <source>Report hash (SHA-256)</source>
        <translation>Heš izveštaja (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="316" />
        <source>Signed by key</source>
        <translation>Potpisan ključem</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="317" />
        <source>Signature (Ed25519)</source>
        <translation>Potpis (Ed25519)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="319" />
        <source>No bearer photo</source>
        <translation>Nema fotografije imaoca</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="322" />
        <source>Decision corrected to: {decision}.</source>
        <translation>Odluka ispravljena u: {decision}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="324" />
        <source>The machine verdict reports what the checks found; the officer decides.</source>
        <translation>Mašinska ocena iznosi šta su provere pronašle; odluku donosi službenik.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="325" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="326" />
        <source>Captures (failed features outlined and numbered)</source>
        <translation>Snimci (neuspeli elementi uokvireni i numerisani)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="327" />
        <source>Checks</source>
        <translation>Provere</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="329" />
        <source>No portrait</source>
        <translation>Nema portreta</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="331" />
        <source>Signature</source>
        <translation>Potpis</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="332" />
        <source>purged with the report</source>
        <translation>obrisan sa izveštajem</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="333" />
        <source>Captures</source>
        <translation>Snimci</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="338" />
        <source>Notes</source>
        <translation>Beleške</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="339" />
        <source>Addenda</source>
        <translation>Dodaci</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="330" />
        <source>Bearer</source>
        <translation>Imalac</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="334" />
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="335" />
        <source>Check</source>
        <translation>Provera</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="336" />
        <source>Details</source>
        <translation>Detalji</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="340" />
        <source>Not examined</source>
        <translation>Nije pregledano</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="387" />
        <source>Visible digital seal (Doc 9303-7 §9 visa profile) at top right.</source>
        <translation>Vidljivi digitalni pečat (Doc 9303-7 §9, profil vize) gore desno.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="388" />
        <source>Visa number in red ink: orange under UV, dark in IR.</source>
        <translation>Broj vize crvenim mastilom: narandžast pod UV, taman u IC.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="389" />
        <source>UV: dull sticker, a mint star emblem below the portrait, three fibre colours.</source>
        <translation>UV: mat nalepnica, amblem zvezde boje mente ispod portreta, vlakna u tri boje.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="117" />
        <source>optional data</source>
        <translation>neobaveznih podataka</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="6" />
        <source>The MRZ's check digits do not hold: correct the MRZ before reading the chip (a wrong key makes the chip refuse, and some chips count refusals).</source>
        <translation>Kontrolne cifre MRZ nisu ispravne: ispravite MRZ pre čitanja čipa (pogrešan ključ čip odbija, a neki čipovi broje odbijanja).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="7" />
        <source>A CAN is the 6-digit number printed on the card (digits only).</source>
        <translation>CAN je šestocifreni broj odštampan na kartici (samo cifre).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="8" />
        <source>The MRZ given is not two or three MRZ lines of Doc 9303.</source>
        <translation>Uneti MRZ nisu dva ili tri MRZ reda po Doc 9303.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="9" />
        <source>expired</source>
        <translation>istekao</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="10" />
        <source>not yet valid</source>
        <translation>još ne važi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="11" />
        <source>The SOD's signature does not hold: {why}.</source>
        <translation>Potpis SOD nije ispravan: {why}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="12" />
        <source>The SOD uses an unknown hash ({name}).</source>
        <translation>SOD koristi nepoznat heš ({name}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="13" />
        <source>The Document Signer certificate is {problem} (valid {start} to {end}).</source>
        <translation>Sertifikat Document Signer je {problem} (važi od {start} do {end}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="14" />
        <source>The Document Signer certificate is not for digital signatures.</source>
        <translation>Sertifikat Document Signer nije za digitalne potpise.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="15" />
        <source>No CSCA in this workstation's trust store issued the Document Signer certificate ({issuer}): import that State's CSCA or a master list that holds it.</source>
        <translation>Nijedan CSCA u skladištu poverenja ove radne stanice nije izdao sertifikat Document Signer ({issuer}): uvezite CSCA te države ili glavnu listu koja ga sadrži.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="16" />
        <source>The CSCA certificate that issued the Document Signer is {problem}.</source>
        <translation>CSCA sertifikat koji je izdao Document Signer je {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="17" />
        <source>The Document Signer certificate is revoked by its CSCA's CRL.</source>
        <translation>Sertifikat Document Signer opozvan je listom opoziva (CRL) njegovog CSCA.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="18" />
        <source>DG{number} was read but the SOD does not list it.</source>
        <translation>DG{number} je pročitan, ali ga SOD ne navodi.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="19" />
        <source>DG{number} does not match its hash in the SOD: its data was changed after the issuing State signed it.</source>
        <translation>DG{number} ne odgovara svom hešu u SOD: njegovi podaci su izmenjeni nakon što ih je država izdavalac potpisala.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="20" />
        <source>The Document Signer certificate cannot be used: {why}</source>
        <translation>Sertifikat Document Signer ne može da se koristi: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="21" />
        <source>Chip reading needs PC/SC support, which is not installed here: install the 'chip' extra (pip install 'verifier[chip]') with Debian's pcscd running.</source>
        <translation>Za čitanje čipa potrebna je PC/SC podrška, koja ovde nije instalirana: instalirajte dodatak 'chip' (pip install 'verifier[chip]') uz pokrenut Debianov pcscd.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="22" />
        <source>The PC/SC service does not answer ({error}): start pcscd (systemctl start pcscd) and connect the reader.</source>
        <translation>PC/SC servis ne odgovara ({error}): pokrenite pcscd (systemctl start pcscd) i priključite čitač.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="23" />
        <source>No chip reader is connected: connect one and try again.</source>
        <translation>Nije priključen nijedan čitač čipova: priključite ga i pokušajte ponovo.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="24" />
        <source>No reader is called {name}; connected: {names}.</source>
        <translation>Nema čitača pod imenom {name}; priključeni: {names}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="25" />
        <source>The reader {name} sees no chip ({error}): put the document's data page (or cover) flat on the reader.</source>
        <translation>Čitač {name} ne vidi čip ({error}): postavite stranicu sa podacima (ili koricu) dokumenta ravno na čitač.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="26" />
        <source>The chip stopped answering ({error}): keep the document still on the reader and read it again.</source>
        <translation>Čip je prestao da odgovara ({error}): držite dokument mirno na čitaču i pročitajte ponovo.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="57" />
        <source>Chip Authentication</source>
        <translation>autentifikacija čipa</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="58" />
        <source>Active Authentication</source>
        <translation>aktivna autentifikacija</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="63" />
        <source>The chip does not give {groups}, which its signed data lists: a copied chip hides the keys it cannot prove it holds.</source>
        <translation>Čip ne daje {groups}, koje navode njegovi potpisani podaci: kopirani čip skriva ključeve za koje ne može da dokaže da ih ima.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="75" />
        <source>DG{number} is listed in the SOD but the chip did not give it.</source>
        <translation>DG{number} je naveden u SOD, ali ga čip nije dao.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="76" />
        <source>The chip refused the key from the printed MRZ: the MRZ was misread, or altered, or the chip is not this document's.</source>
        <translation>Čip je odbio ključ iz odštampanog MRZ: MRZ je pogrešno pročitan ili izmenjen, ili čip ne pripada ovom dokumentu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="246" />
        <source>second optional data field</source>
        <translation>drugog polja neobaveznih podataka</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="247" />
        <source>Fillers in the name were read as K and restored; names have no check digit, so compare the name with the one printed on the document.</source>
        <translation>Znakovi za popunu u imenu pročitani su kao K i vraćeni; imena nemaju kontrolnu cifru, pa uporedite ime sa odštampanim na dokumentu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="248" />
        <source>The OCR read fillers as K; the K at the end of the {field} may be a letter or a filler, and check digits cannot tell them apart. {advice}</source>
        <translation>OCR je pročitao znakove za popunu kao K; K na kraju polja {field} može biti slovo ili znak za popunu, a kontrolne cifre ih ne razlikuju. {advice}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="249" />
        <source>The OCR read fillers as K and the name still contains K, which may be a letter or a space; read the name on the document.</source>
        <translation>OCR je pročitao znakove za popunu kao K, a ime i dalje sadrži K, koje može biti slovo ili razmak; pročitajte ime na dokumentu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="250" />
        <source>Input normalised: {what}.</source>
        <translation>Ulaz je normalizovan: {what}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="251" />
        <source>{count} character(s) were chosen by the check digits among look-alike readings; a check digit misses about one such error in ten, so compare the repaired fields with the data printed on the document.</source>
        <translation>Kontrolne cifre su izabrale znakova: {count}, među sličnim čitanjima; kontrolna cifra promaši otprilike jednu takvu grešku od deset, pa uporedite popravljena polja sa podacima odštampanim na dokumentu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="252" />
        <source>{count} different corrections would make the check digits hold; none was applied. Read the MRZ on the document.</source>
        <translation>Različitih ispravki koje bi zadovoljile kontrolne cifre: {count}; nijedna nije primenjena. Pročitajte MRZ na dokumentu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="253" />
        <source>spaces removed</source>
        <translation>uklonjeni razmaci</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="254" />
        <source>lower case converted</source>
        <translation>mala slova pretvorena u velika</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="255" />
        <source>Line {line} has a character too many or too few, and the check digits cannot tell where; read that line on the document.</source>
        <translation>Red {line} ima znak više ili manje, a kontrolne cifre ne mogu da pokažu gde; pročitajte taj red na dokumentu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="256" />
        <source>Read the number on the document.</source>
        <translation>Pročitajte broj na dokumentu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="257" />
        <source>Compare with the document.</source>
        <translation>Uporedite sa dokumentom.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="318" />
        <source>Seen before on this workstation</source>
        <translation>Već viđen na ovoj radnoj stanici</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="320" />
        <source>It concerns the numbers {numbers}.</source>
        <translation>Odnosi se na brojeve {numbers}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="321" />
        <source>It concerns the numbers {numbers}; this document's number was not read: compare it by eye.</source>
        <translation>Odnosi se na brojeve {numbers}; broj ovog dokumenta nije pročitan: uporedite ga vizuelno.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="323" />
        <source>Expert's classification: {kind}.</source>
        <translation>Klasifikacija stručnjaka: {kind}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="328" />
        <source>Fraud alerts shown</source>
        <translation>Prikazana upozorenja o falsifikatima</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="337" />
        <source>Chip</source>
        <translation>Čip</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="341" />
        <source>Checks that did not pass</source>
        <translation>Provere koje nisu prošle</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="342" />
        <source>Report to the duty officer; do not return the document. A hit is a reason to check, not a proof: confirm it with the issuing authority.</source>
        <translation>Obavestite dežurnog starešinu; ne vraćajte dokument. Pogodak je razlog za proveru, a ne dokaz: potvrdite ga kod organa koji je izdao dokument.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="343" />
        <source>Utopia identity card, 2021 series</source>
        <translation>Lična karta Utopije, serija 2021</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="344" />
        <source>Front and back are captured side by side.</source>
        <translation>Prednja i zadnja strana snimaju se jedna pored druge.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="345" />
        <source>Card number in red ink: orange under UV, dark in IR.</source>
        <translation>Broj kartice crvenim mastilom: narandžast pod UV, taman u IC.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="346" />
        <source>UV: dull card body, a pink star emblem at top right of the front, red and yellow fibres.</source>
        <translation>UV: mat telo kartice, ružičasti amblem zvezde gore desno na prednjoj strani, crvena i žuta vlakna.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="347" />
        <source>What to look at:</source>
        <translation>Na šta obratiti pažnju:</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="348" />
        <source>Under UV the paper stays dark: genuine paper has no brighteners.</source>
        <translation>Pod UV svetlom papir ostaje taman: pravi papir nema optička belila.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="349" />
        <source>A star emblem glows under UV.</source>
        <translation>Amblem u obliku zvezde svetli pod UV svetlom.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="350" />
        <source>Emblem in UV (front)</source>
        <translation>Amblem u UV (prednja strana)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="351" />
        <source>Fluorescent fibres at random positions, in the design's colours only.</source>
        <translation>Fluorescentna vlakna na nasumičnim mestima, samo u bojama dizajna.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="352" />
        <source>Fibres in UV</source>
        <translation>Vlakna u UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="353" />
        <source>The document number is printed in an ink glowing orange under UV.</source>
        <translation>Broj dokumenta je odštampan bojom koja pod UV svetlom svetli narandžasto.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="354" />
        <source>Number ink in UV</source>
        <translation>Boja broja u UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="355" />
        <source>Every MRZ line absorbs in B900: dark in IR (Doc 9303-3 §4.10).</source>
        <translation>Svaki red MRZ upija u opsegu B900: taman je u IC svetlu (Doc 9303-3 §4.10).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="356" />
        <source>The laser-engraved portrait is visible in IR.</source>
        <translation>Laserski ugravirana fotografija je vidljiva pod IC svetlom.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="357" />
        <source>Portrait in IR (front)</source>
        <translation>Portret u IR (prednja strana)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="358" />
        <source>Fine blue waves cross the lower right corner of the portrait.</source>
        <translation>Fine plave talasaste linije prelaze donji desni ugao fotografije.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="359" />
        <source>Portrait overprint (front)</source>
        <translation>Pretisak portreta (prednja strana)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="360" />
        <source>The printed header and background vanish in IR.</source>
        <translation>Odštampano zaglavlje i pozadina nestaju pod IC svetlom.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="361" />
        <source>Background vanishing in IR</source>
        <translation>Pozadina nestaje u IR</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="362" />
        <source>Header band and guilloche background as on the reference.</source>
        <translation>Traka zaglavlja i gijoš pozadina kao na referenci.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="363" />
        <source>Background and guilloche</source>
        <translation>Pozadina i giloš</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="364" />
        <source>Utopia identity card, 2024 series</source>
        <translation>Lična karta Utopije, serija 2024</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="365" />
        <source>Full-bleed photographic landscape behind the data on both sides; portrait at the right.</source>
        <translation>Fotografija pejzaža preko cele površine iza podataka na obe strane; portret desno.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="366" />
        <source>UV: dull card body, a blue star emblem between data and portrait, pink and green fibres.</source>
        <translation>UV: mat telo kartice, plavi amblem zvezde između podataka i portreta, ružičasta i zelena vlakna.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="367" />
        <source>Utopia passport, 2010 series</source>
        <translation>Pasoš Utopije, serija 2010</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="368" />
        <source>Portrait at the right, printed in grey: visible in IR.</source>
        <translation>Portret desno, odštampan u sivoj: vidljiv u IC.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="369" />
        <source>UV: dull paper; a blue shield emblem in the middle; blue and yellow fibres.</source>
        <translation>UV: mat papir; plavi amblem štita u sredini; plava i žuta vlakna.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="370" />
        <source>Look-alike of the 2020 series: tell them apart by the portrait side and colours.</source>
        <translation>Liči na seriju 2020: razlikujte ih po strani portreta i bojama.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="371" />
        <source>A shield emblem glows under UV.</source>
        <translation>Amblem u obliku štita svetli pod UV svetlom.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="372" />
        <source>Emblem in UV</source>
        <translation>Amblem u UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="373" />
        <source>Portrait in IR</source>
        <translation>Portret u IR</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="374" />
        <source>Portrait overprint</source>
        <translation>Pretisak portreta</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="375" />
        <source>Utopia passport, 2020 series</source>
        <translation>Pasoš Utopije, serija 2020</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="376" />
        <source>Portrait laser-engraved in grey: visible in IR, with a fine wavy overprint crossing its lower right corner.</source>
        <translation>Portret laserski graviran u sivoj: vidljiv u IC, sa finim talasastim pretiskom preko donjeg desnog ugla.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="377" />
        <source>Passport number printed in red ink that fluoresces orange under UV and stays dark in IR.</source>
        <translation>Broj pasoša odštampan crvenim mastilom koje pod UV svetli narandžasto, a u IC ostaje tamno.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="378" />
        <source>UV: dull paper; a yellow-green star emblem right of the data; red, blue and yellow-green fibres at random positions.</source>
        <translation>UV: mat papir; žutozeleni amblem zvezde desno od podataka; crvena, plava i žutozelena vlakna na nasumičnim mestima.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="379" />
        <source>Ghost image of the portrait at the right, faint in visible light.</source>
        <translation>Sablasna slika portreta desno, bleda u vidljivoj svetlosti.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="380" />
        <source>Utopia passport, 2024 series</source>
        <translation>Pasoš Utopije, serija 2024</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="381" />
        <source>Rosette background in apricot and teal; portrait at the right with a ghost image left of it; passport number in teal ink that glows cyan under UV.</source>
        <translation>Pozadina sa rozetama u boji kajsije i tirkizno-zelenoj; portret desno sa sablasnom slikom levo od njega; broj pasoša tirkiznim mastilom koje pod UV svetli cijan.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="382" />
        <source>UV: dull paper, an orange shield emblem above the ghost image, green and orange fibres.</source>
        <translation>UV: mat papir, narandžasti amblem štita iznad sablasne slike, zelena i narandžasta vlakna.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="383" />
        <source>Utopia residence permit, 2019 series</source>
        <translation>Dozvola boravka Utopije, serija 2019</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="384" />
        <source>Visible digital seal (Doc 9303-13, Utopia residence-permit profile) at top right.</source>
        <translation>Vidljivi digitalni pečat (Doc 9303-13, profil dozvole boravka Utopije) gore desno.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="385" />
        <source>UV: dull paper, a yellow shield emblem below the portrait, red and blue fibres.</source>
        <translation>UV: mat papir, žuti amblem štita ispod portreta, crvena i plava vlakna.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="386" />
        <source>Utopia visa, 2022 series</source>
        <translation>Viza Utopije, serija 2022</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="51" />
        <source>visible light</source>
        <translation>vidljivo svetlo</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="51" />
        <source>UV</source>
        <translation>UV</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="51" />
        <source>IR</source>
        <translation>IC</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="24" />
        <source>Officer</source>
        <translation>Službenik</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="25" />
        <source>Trainer</source>
        <translation>Instruktor</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="26" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="29" />
        <source>Pre-test</source>
        <translation>Ulazni test</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="30" />
        <source>Post-test</source>
        <translation>Izlazni test</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="31" />
        <source>Practice</source>
        <translation>Vežba</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="34" />
        <source>Standard</source>
        <translation>Standardna</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="35" />
        <source>High contrast</source>
        <translation>Visoki kontrast</translation>
    </message>
</context>
</TS>