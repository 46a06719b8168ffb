<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sq">
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="141" />
        <source>Addendum to report #{0}</source>
        <translation>Shtojcë e raportit #{0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="146" />
        <source>A signed report is never changed. An addendum corrects or completes it: it is signed, added to the chain and shown with the report.</source>
        <translation>Një raport i nënshkruar nuk ndryshohet kurrë. Shtojca e korrigjon ose e plotëson atë: nënshkruhet, shtohet në zinxhir dhe shfaqet bashkë me raportin.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="154" />
        <source>Decision unchanged ({0})</source>
        <translation>Vendimi i pandryshuar ({0})</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="158" />
        <source>Correct the decision to: {0}</source>
        <translation>Korrigjo vendimin në: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="163" />
        <source>No expert classification</source>
        <translation>Pa klasifikim nga eksperti</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="166" />
        <source>Expert's classification: {0}</source>
        <translation>Klasifikimi i ekspertit: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="170" />
        <source>What it corrects or adds, and why</source>
        <translation>Çfarë korrigjon ose shton, dhe pse</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="173" />
        <source>&amp;Sign and add</source>
        <translation>&amp;Nënshkruaj dhe shto</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="104" />
        <source>⚑ Fraud alerts for this document design ({0}): check what they describe.</source>
        <translation>⚑ Paralajmërime për falsifikime për këtë model dokumenti ({0}): kontrolloni atë që përshkruajnë.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="134" />
        <source>Example</source>
        <translation>Shembull</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="137" />
        <source>Alert: {0} ({1})</source>
        <translation>Paralajmërim: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="142" />
        <source>This document ({0})</source>
        <translation>Ky dokument ({0})</translation>
    </message>
</context>
<context>
    <name>CaptureSlot</name>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="110" />
        <location filename="../../verifier/gui/inspection.py" line="123" />
        <source>Drop an image here
or click to choose</source>
        <translation>Lëshoni një imazh këtu
ose klikoni për ta zgjedhur</translation>
    </message>
</context>
<context>
    <name>CourseResults</name>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="37" />
        <source>Course results</source>
        <translation>Rezultatet e kursit</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="47" />
        <source>Trainee</source>
        <translation>Kursanti</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="47" />
        <source>Pre-test %</source>
        <translation>Testi fillestar %</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="47" />
        <source>Post-test %</source>
        <translation>Testi përfundimtar %</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="48" />
        <source>Improved</source>
        <translation>U përmirësua</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="48" />
        <source>Verdicts right (pre/post)</source>
        <translation>Vlerësime të sakta (para/pas)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="49" />
        <source>Anomalies found (pre/post)</source>
        <translation>Anomali të gjetura (para/pas)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="49" />
        <source>False alarms (pre/post)</source>
        <translation>Alarme të rreme (para/pas)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="51" />
        <source>Sample</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="51" />
        <location filename="../../verifier/gui/course_results.py" line="52" />
        <source>Pre-tests</source>
        <translation>Testet fillestare</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="51" />
        <location filename="../../verifier/gui/course_results.py" line="52" />
        <source>Post-tests</source>
        <translation>Testet përfundimtare</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="52" />
        <source>Feature</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="54" />
        <source>Per trainee</source>
        <translation>Sipas kursantit</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="55" />
        <source>Right verdicts per sample</source>
        <translation>Vlerësime të sakta sipas mostrës</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="56" />
        <source>Anomalies found per feature</source>
        <translation>Anomali të gjetura sipas elementit</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="58" />
        <source>Export &amp;CSV…</source>
        <translation>Eksporto &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="59" />
        <source>Export &amp;PDF…</source>
        <translation>Eksporto &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="60" />
        <source>&amp;Close</source>
        <translation>&amp;Mbyll</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="62" />
        <source>Course</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="98" />
        <source>No course has sessions yet.</source>
        <translation>Asnjë kurs nuk ka ende sesione.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="105" />
        <source>yes</source>
        <translation>po</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="105" />
        <source>no</source>
        <translation>jo</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="129" />
        <source>Trainees improved: no trainee has taken both tests yet (target {0} %).</source>
        <translation>Kursantë me përmirësim: asnjë kursant nuk ka kryer ende të dy testet (objektivi {0} %).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="133" />
        <source>target met</source>
        <translation>objektivi u arrit</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="133" />
        <source>below the target</source>
        <translation>nën objektiv</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="135" />
        <source>Trainees improved: {0} % of {1} with both tests — target {2} %, {3}.</source>
        <translation>Kursantë me përmirësim: {0} % nga {1} me të dy testet — objektivi {2} %, {3}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="146" />
        <source>Export the course results</source>
        <translation>Eksportimi i rezultateve të kursit</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="158" />
        <source>Not exported: {0}</source>
        <translation>Nuk u eksportua: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="164" />
        <source>Exported to {0}.</source>
        <translation>U eksportua në {0}.</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <location filename="../decision.ui" line="9" />
        <source>Officer's decision:</source>
        <translation>Vendimi i zyrtarit:</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="16" />
        <source>&amp;Released (Ctrl+1)</source>
        <translation>&amp;Lejuar kalimi (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="23" />
        <source>Referred to &amp;expert (Ctrl+2)</source>
        <translation>Referuar te &amp;eksperti (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="30" />
        <source>Suspected &amp;fraud (Ctrl+3)</source>
        <translation>Dyshim për &amp;mashtrim (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="37" />
        <source>Notes for the report (optional)</source>
        <translation>Shënime për raportin (opsionale)</translation>
    </message>
</context>
<context>
    <name>FraudAlertView</name>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="156" />
        <source>Alerts from the regional hub about forgeries in circulation. Each is shown at the inspection of the design it concerns until it expires or the hub withdraws it. Personal data is masked on the examples.</source>
        <translation>Paralajmërime nga qendra rajonale për falsifikime në qarkullim. Secili shfaqet në inspektimin e modelit që i përket derisa të skadojë ose qendra ta tërheqë. Të dhënat personale në shembuj janë të mbuluara.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Alert</source>
        <translation>Paralajmërim</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Design</source>
        <translation>Modeli</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Numbers</source>
        <translation>Numrat</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Issued</source>
        <translation>Lëshuar</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="165" />
        <source>Until</source>
        <translation>Deri më</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="165" />
        <source>State</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="177" />
        <source>&amp;Import fraud alerts…</source>
        <translation>&amp;Importo paralajmërime për falsifikime…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="192" />
        <location filename="../../verifier/gui/fraudalerts.py" line="256" />
        <source>Only an administrator imports alerts.</source>
        <translation>Vetëm administratori importon paralajmërime.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="201" />
        <source>Withdrawn</source>
        <translation>Tërhequr</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="202" />
        <source>In force</source>
        <translation>Në fuqi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="202" />
        <source>Expired</source>
        <translation>Skaduar</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="208" />
        <source>all</source>
        <translation>të gjithë</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="221" />
        <source>No fraud alert is installed.</source>
        <translation>Nuk është instaluar asnjë paralajmërim për falsifikime.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="223" />
        <source>Alerts: {0}, in force: {1}.</source>
        <translation>Paralajmërime: {0}, në fuqi: {1}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="238" />
        <source>Look for: {0}</source>
        <translation>Kini kujdes: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="261" />
        <source>Import fraud alerts</source>
        <translation>Importo paralajmërime për falsifikime</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="263" />
        <source>Fraud alerts (*.alert);;All files (*)</source>
        <translation>Paralajmërime për falsifikime (*.alert);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="277" />
        <source>Refused; the alerts in force are unchanged: {0}</source>
        <translation>U refuzua; paralajmërimet në fuqi nuk ndryshuan: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="280" />
        <source>Imported: {0}.</source>
        <translation>U importua: {0}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../verifier/gui/history.py" line="49" />
        <source>Created (UTC)</source>
        <translation>Krijuar (UTC)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="50" />
        <source>Verdict</source>
        <translation>Vlerësimi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="51" />
        <source>Decision</source>
        <translation>Vendimi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="52" />
        <source>Officer</source>
        <translation>Zyrtari</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="53" />
        <source>Number</source>
        <translation>Numri</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="54" />
        <source>Holder</source>
        <translation>Mbajtësi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="55" />
        <source>Template</source>
        <translation>Shablloni</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="56" />
        <source>Failed checks</source>
        <translation>Kontrollet e dështuara</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="115" />
        <source>&amp;Verify signatures</source>
        <translation>&amp;Verifiko nënshkrimet</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="116" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksporto PDF…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="117" />
        <source>A&amp;ddendum…</source>
        <translation>&amp;Shtojcë…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="118" />
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="153" />
        <source>document number, or part of it</source>
        <translation>numri i dokumentit, ose një pjesë e tij</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="155" />
        <source>name, or part of it</source>
        <translation>emri, ose një pjesë e tij</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="157" />
        <source>any verdict</source>
        <translation>çdo vlerësim</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="161" />
        <source>any decision</source>
        <translation>çdo vendim</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="164" />
        <source>no decision recorded</source>
        <translation>pa vendim të regjistruar</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="166" />
        <source>&amp;Search</source>
        <translation>&amp;Kërko</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="167" />
        <source>From</source>
        <translation>Nga</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="169" />
        <source>to</source>
        <translation>deri</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="184" />
        <source>any officer</source>
        <translation>çdo zyrtar</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="217" />
        <source>(purged)</source>
        <translation>(fshirë)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="224" />
        <source>Corrected or completed by a signed addendum</source>
        <translation>Korrigjuar ose plotësuar me një shtojcë të nënshkruar</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="228" />
        <source>{0} report(s).</source>
        <translation>Raporte: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="262" />
        <source>Select a report that was not purged.</source>
        <translation>Zgjidhni një raport që nuk është fshirë.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="285" />
        <source>Addendum #{0} to report #{1} signed and saved.</source>
        <translation>Shtojca #{0} e raportit #{1} u nënshkrua dhe u ruajt.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="312" />
        <source>Cancelling…</source>
        <translation>Po anulohet…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="317" />
        <source>Cancelled: nothing was changed.</source>
        <translation>Anuluar: nuk u ndryshua asgjë.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="319" />
        <location filename="../../verifier/gui/history.py" line="321" />
        <source>Not done: {0}</source>
        <translation>Nuk u krye: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="321" />
        <source>an internal error.</source>
        <translation>një gabim i brendshëm.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="334" />
        <source>Verifying every signature, link and image file…</source>
        <translation>Po verifikohet çdo nënshkrim, lidhje dhe skedar imazhi…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="354" />
        <source>All {0} reports verify: signatures, chain and image files.</source>
        <translation>Të gjitha {0} raportet u verifikuan: nënshkrimet, zinxhiri dhe skedarët e imazheve.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="360" />
        <source>PROBLEMS FOUND: {0}</source>
        <translation>U GJETËN PROBLEME: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="365" />
        <source>Select a report first.</source>
        <translation>Zgjidhni fillimisht një raport.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="369" />
        <source>Export the report</source>
        <translation>Eksportimi i raportit</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="391" />
        <source>Report #{0} exported to {1}.</source>
        <translation>Raporti #{0} u eksportua në {1}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="394" />
        <source>Writing the PDF…</source>
        <translation>Po shkruhet skedari PDF…</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="80" />
        <source>Pass</source>
        <translation>Në rregull</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="81" />
        <source>FAIL</source>
        <translation>DËSHTOI</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="82" />
        <source>Warning</source>
        <translation>Paralajmërim</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="83" />
        <source>Skipped</source>
        <translation>Anashkaluar</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="84" />
        <source>Not checked</source>
        <translation>Nuk u kontrollua</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="85" />
        <source>Not examined</source>
        <translation>Nuk u shqyrtua</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="190" />
        <source>Visible light</source>
        <translation>Dritë e dukshme</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="191" />
        <source>UV 365 nm</source>
        <translation>UV 365 nm</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="192" />
        <source>IR 870 nm</source>
        <translation>IR 870 nm</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="193" />
        <source>Bearer photo</source>
        <translation>Foto e paraqitësit</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="233" />
        <source>&amp;Open files… (Ctrl+O)</source>
        <translation>&amp;Hap skedarë… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="234" />
        <source>S&amp;amples… (Ctrl+M)</source>
        <translation>&amp;Mostrat… (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="235" />
        <source>&amp;Hot folder (Ctrl+H)</source>
        <translation>&amp;Dosja e monitoruar (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="237" />
        <source>&amp;Camera (Ctrl+K)</source>
        <translation>&amp;Kamera (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="239" />
        <source>Ca&amp;pture (Space)</source>
        <translation>Ka&amp;p (Space)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="240" />
        <source>Next &amp;light (Ctrl+L)</source>
        <translation>Drita &amp;tjetër (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="241" />
        <source>&amp;Inspect (F5)</source>
        <translation>K&amp;ontrollo (F5)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="243" />
        <source>&amp;New inspection (Ctrl+N)</source>
        <translation>Kontroll i &amp;ri (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="271" />
        <source>Rea&amp;d the chip (Ctrl+R)</source>
        <translation>&amp;Lexo çipin (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="276" />
        <source>Read the document's chip during the inspection: on a chip reader, or a sample's simulated chip. The MRZ is the key; for an ID card, type its CAN.</source>
        <translation>Lexo çipin e dokumentit gjatë kontrollit: në një lexues çipash, ose çipin e simuluar të një shembulli. MRZ është çelësi; për letërnjoftim, shkruani CAN-in e tij.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="281" />
        <source>CAN (ID cards, optional)</source>
        <translation>CAN (letërnjoftime, opsionale)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="338" />
        <source>Hide or show the captures (Ctrl+\)</source>
        <translation>Fshih ose shfaq imazhet (Ctrl+\)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="356" />
        <source>Check</source>
        <translation>Kontrolli</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="356" />
        <source>Result</source>
        <translation>Rezultati</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="356" />
        <source>Details</source>
        <translation>Detajet</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="408" />
        <source>Brightness</source>
        <translation>Ndriçimi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="409" />
        <source>Contrast</source>
        <translation>Kontrasti</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="416" />
        <source>Invert</source>
        <translation>Përmbys</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>All channels</source>
        <translation>Të gjitha kanalet</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>Red</source>
        <translation>I kuq</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>Green</source>
        <translation>I gjelbër</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>Blue</source>
        <translation>Blu</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="426" />
        <source>Side by side</source>
        <translation>Krah për krah</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="427" />
        <source>Blink with the reference</source>
        <translation>Alternim me referencën</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="428" />
        <source>Difference from the reference</source>
        <translation>Diferenca nga referenca</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="432" />
        <source>Reset</source>
        <translation>Rivendos</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="448" />
        <location filename="../../verifier/gui/inspection.py" line="1183" />
        <location filename="../../verifier/gui/inspection.py" line="1209" />
        <source>Capture</source>
        <translation>Imazhi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="448" />
        <source>Reference</source>
        <translation>Referenca</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="465" />
        <source>Portrait on the document</source>
        <translation>Portreti në dokument</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="466" />
        <source>Bearer, photographed now</source>
        <translation>Paraqitësi, i fotografuar tani</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="467" />
        <source>Portrait in the chip</source>
        <translation>Portreti në çip</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="483" />
        <location filename="../../verifier/gui/inspection.py" line="1025" />
        <source>Face</source>
        <translation>Fytyra</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="552" />
        <source>Decide this inspection first (Ctrl+1, Ctrl+2 or Ctrl+3).</source>
        <translation>Merrni fillimisht një vendim për këtë kontroll (Ctrl+1, Ctrl+2 ose Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="555" />
        <source>Record as not decided</source>
        <translation>Regjistro si pa vendim</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="557" />
        <source>The inspection is kept as a signed report with no decision. Say why it was left (e.g. the traveller withdrew, the document was recaptured).</source>
        <translation>Kontrolli ruhet si raport i nënshkruar pa vendim. Shënoni pse mbeti pa vendim (p.sh. udhëtari u tërhoq, dokumenti u kap përsëri).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="560" />
        <source>&amp;Record</source>
        <translation>&amp;Regjistro</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="564" />
        <source>Nothing was recorded: decide this inspection first.</source>
        <translation>Nuk u regjistrua asgjë: merrni fillimisht një vendim për këtë kontroll.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="619" />
        <source>Place the document in white light and capture it (visible).</source>
        <translation>Vendoseni dokumentin në dritë të bardhë dhe kapni imazhin (dritë e dukshme).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="620" />
        <source>Switch to UV light (365 nm) and capture the document.</source>
        <translation>Kaloni në dritë UV (365 nm) dhe kapni imazhin e dokumentit.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="621" />
        <source>Switch to IR light (870 nm) and capture the document.</source>
        <translation>Kaloni në dritë IR (870 nm) dhe kapni imazhin e dokumentit.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="622" />
        <source>Take a photo of the person presenting the document.</source>
        <translation>Fotografoni personin që paraqet dokumentin.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="652" />
        <source>Not taken: {0} Choose an image file (PNG, JPEG, TIFF).</source>
        <translation>Nuk u pranua: {0} Zgjidhni një skedar imazhi (PNG, JPEG, TIFF).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="663" />
        <source>Everything is captured: press Inspect (F5).</source>
        <translation>Gjithçka është kapur: shtypni Kontrollo (F5).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="681" />
        <location filename="../../verifier/gui/inspection.py" line="689" />
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Imazhe (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="688" />
        <source>Open the captures</source>
        <translation>Hapja e imazheve</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="709" />
        <source>Sample {0}</source>
        <translation>Mostra {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="716" />
        <source>The sample documents are not installed.</source>
        <translation>Dokumentet mostër nuk janë instaluar.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="719" />
        <source>Sample documents</source>
        <translation>Dokumente mostër</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="719" />
        <source>Sample:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="729" />
        <source>No hot folder is set, or it does not exist: an administrator sets it in Settings (the folder the scanner writes into).</source>
        <translation>Dosja e monitoruar nuk është caktuar ose nuk ekziston: administratori e cakton te Cilësimet (dosja ku shkruan skaneri).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="740" />
        <source>Watching the hot folder: scan the document.</source>
        <translation>Po monitorohet dosja: skanoni dokumentin.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="753" />
        <source>{0} new scan(s) are waiting: decide this inspection (or record it as not decided with New inspection) and they come in.</source>
        <translation>Skanime të reja në pritje: {0}. Merrni një vendim për këtë kontroll (ose regjistrojeni si pa vendim me Kontroll i ri) dhe ato do të ngarkohen.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="809" />
        <source>Turn the camera on first (Ctrl+K), or open a file.</source>
        <translation>Ndizni fillimisht kamerën (Ctrl+K) ose hapni një skedar.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="838" />
        <source>Capture the document in visible light first: the other lights are optional.</source>
        <translation>Kapni fillimisht imazhin e dokumentit në dritë të dukshme: dritat e tjera janë opsionale.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="845" />
        <source>{0} is not an image file.</source>
        <translation>{0} nuk është skedar imazhi.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="858" />
        <source>Inspecting…</source>
        <translation>Po kontrollohet…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="888" />
        <source>Reading the chip's portrait: %p%</source>
        <translation>Leximi i fotografisë nga çipi: %p%</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="901" />
        <source>An image could not be read: {0} Capture it again or choose another file.</source>
        <translation>Një imazh nuk mund të lexohej: {0} Kapeni përsëri ose zgjidhni një skedar tjetër.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="906" />
        <source>The inspection failed: {0}. The captures are kept; try again.</source>
        <translation>Kontrolli dështoi: {0}. Imazhet u ruajtën; provoni përsëri.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="919" />
        <source>Not examined: {0}.</source>
        <translation>Pa u shqyrtuar: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="944" />
        <source>⚠ Seen before on this workstation, and referred or suspected then:</source>
        <translation>⚠ Parë më parë në këtë stacion pune, dhe atëherë i referuar ose i dyshuar:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="946" />
        <source>Seen before on this workstation:</source>
        <translation>Parë më parë në këtë stacion pune:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="957" />
        <source>No inspection yet</source>
        <translation>Ende asnjë kontroll</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="977" />
        <source>Name in the chip</source>
        <translation>Emri në çip</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="980" />
        <source>Template</source>
        <translation>Shablloni</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="980" />
        <source>not identified</source>
        <translation>i paidentifikuar</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="990" />
        <source>Document</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="992" />
        <source>Number</source>
        <translation>Numri</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="993" />
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="995" />
        <source>Nationality</source>
        <translation>Shtetësia</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="996" />
        <source>Born</source>
        <translation>Lindur</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="997" />
        <source>Expires</source>
        <translation>Skadon</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1002" />
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1007" />
        <source>{0}: check digit {1}, computed {2}</source>
        <translation>{0}: shifra e kontrollit {1}, e llogaritur {2}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1019" />
        <source>Document, MRZ and printed data</source>
        <translation>Dokumenti, MRZ dhe të dhënat e shtypura</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1023" />
        <source>Bar codes and seals</source>
        <translation>Barkodet dhe vulat</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1024" />
        <source>Chip</source>
        <translation>Çip</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1026" />
        <source>Watch lists</source>
        <translation>Listat e kërkimit</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1100" />
        <source>No bearer photo was compared.</source>
        <translation>Nuk u krahasua asnjë foto e paraqitësit.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1104" />
        <source>Match</source>
        <translation>Përputhet</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1105" />
        <source>Uncertain</source>
        <translation>E pasigurt</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1106" />
        <source>No match</source>
        <translation>Nuk përputhet</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1191" />
        <source>No reference image to compare with for this light.</source>
        <translation>Për këtë dritë nuk ka imazh reference për krahasim.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1196" />
        <source>Difference: capture against reference (bright = differs)</source>
        <translation>Diferenca: imazhi kundrejt referencës (e ndritshme = ndryshon)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1209" />
        <source>Reference (blinking)</source>
        <translation>Referenca (alternuese)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1216" />
        <source>Inspect the document before deciding.</source>
        <translation>Kontrolloni dokumentin para se të vendosni.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1221" />
        <source>found anomalies</source>
        <translation>gjeti anomali</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1222" />
        <source>is inconclusive</source>
        <translation>është pa përfundim</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1225" />
        <source>Release despite the verdict?</source>
        <translation>Të lejohet kalimi pavarësisht vlerësimit?</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1227" />
        <source>The machine verdict {0}. Releasing the traveller needs your reason: what you examined and why you are satisfied. It is signed into the report.</source>
        <translation>Vlerësimi i sistemit {0}. Për të lejuar kalimin e udhëtarit nevojitet arsyeja juaj: çfarë shqyrtuat dhe pse jeni të bindur. Ajo nënshkruhet në raport.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1230" />
        <source>&amp;Release</source>
        <translation>&amp;Lejo kalimin</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1234" />
        <source>Not released: nothing was saved.</source>
        <translation>Kalimi nuk u lejua: nuk u ruajt asgjë.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1266" />
        <source>Report #{0} signed and saved as not decided.</source>
        <translation>Raporti #{0} u nënshkrua dhe u ruajt si pa vendim.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1268" />
        <source>Report #{0} signed and saved.</source>
        <translation>Raporti #{0} u nënshkrua dhe u ruajt.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1273" />
        <source>an internal error.</source>
        <translation>një gabim i brendshëm.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1275" />
        <source>The report was NOT saved: {0} Your decision and notes are kept: press the decision again to retry.</source>
        <translation>Raporti NUK u ruajt: {0} Vendimi dhe shënimet tuaja nuk humbën: shtypni përsëri vendimin për të provuar sërish.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../verifier/gui/library.py" line="57" />
        <source>Visible light</source>
        <translation>Dritë e dukshme</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="57" />
        <source>UV 365 nm</source>
        <translation>UV 365 nm</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="58" />
        <source>IR 870 nm</source>
        <translation>IR 870 nm</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="59" />
        <source>&amp;Import a signed library package…</source>
        <translation>&amp;Importo një paketë biblioteke të nënshkruar…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="60" />
        <source>New &amp;draft from an exemplar…</source>
        <translation>&amp;Draft i ri nga një ekzemplar…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="61" />
        <source>&amp;Edit a draft…</source>
        <translation>&amp;Redakto një draft…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="89" />
        <source>Document templates</source>
        <translation>Modelet e dokumenteve</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="90" />
        <source>Chip trust: CSCA certificates</source>
        <translation>Besimi për çipin: certifikatat CSCA</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="91" />
        <source>Watch lists</source>
        <translation>Listat e kërkimit</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="92" />
        <source>Fraud alerts</source>
        <translation>Paralajmërime për falsifikime</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="101" />
        <location filename="../../verifier/gui/library.py" line="239" />
        <source>Only an administrator changes the library.</source>
        <translation>Vetëm administratori mund ta ndryshojë bibliotekën.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="122" />
        <source>Library: {0} ({1} templates).</source>
        <translation>Biblioteka: {0} ({1} shabllone).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="123" />
        <source>Invalid: {0}</source>
        <translation>I pavlefshëm: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="147" />
        <source>visible</source>
        <translation>dritë e dukshme</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="173" />
        <source>The exemplar's captures (visible, UV, IR)</source>
        <translation>Imazhet e ekzemplarit (dritë e dukshme, UV, IR)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="174" />
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Imazhe (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="183" />
        <source>New template</source>
        <translation>Shabllon i ri</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="183" />
        <source>Template id (e.g. SRB-P-2008):</source>
        <translation>Identifikuesi i shabllonit (p.sh. SRB-P-2008):</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="198" />
        <source>No draft: {0}</source>
        <translation>Nuk u krijua draft: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="202" />
        <source>Draft made; not found on the exemplar: {0}.</source>
        <translation>Drafti u krijua; nuk u gjet në ekzemplar: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="210" />
        <source>A draft</source>
        <translation>Një draft</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="224" />
        <source>Not published: {0}</source>
        <translation>Nuk u publikua: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="233" />
        <source>Published {0} into the library (version {1}).</source>
        <translation>{0} u publikua në bibliotekë (versioni {1}).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="244" />
        <source>Import a library package</source>
        <translation>Importimi i një pakete biblioteke</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="246" />
        <source>Library packages (*.zip *.vlib)</source>
        <translation>Paketa biblioteke (*.zip *.vlib)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="254" />
        <source>Checking and installing {0}…</source>
        <translation>Po kontrollohet dhe instalohet {0}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="272" />
        <source>Installed {0} version {1}.</source>
        <translation>U instalua {0}, versioni {1}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="277" />
        <source>The package was refused: {0}</source>
        <translation>Paketa u refuzua: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="279" />
        <source>Not done: {0}</source>
        <translation>Nuk u krye: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="279" />
        <source>an internal error.</source>
        <translation>një gabim i brendshëm.</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../verifier/gui/app.py" line="70" />
        <source>Your password</source>
        <translation>Fjalëkalimi juaj</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="71" />
        <source>&amp;Unlock</source>
        <translation>&amp;Zhblloko</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="73" />
        <source>&amp;Sign out</source>
        <translation>&amp;Dil</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../verifier/gui/app.py" line="91" />
        <source>Verifier — secondary inspection</source>
        <translation>Verifier — kontrolli i linjës së dytë</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="97" />
        <source>Inspection (F2)</source>
        <translation>Kontrolli (F2)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="98" />
        <source>History (F3)</source>
        <translation>Historiku (F3)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="99" />
        <source>Reference library (F4)</source>
        <translation>Biblioteka e referencës (F4)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="101" />
        <source>Training (F7)</source>
        <translation>Trajnimi (F7)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="105" />
        <source>Settings (F6)</source>
        <translation>Cilësimet (F6)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="145" />
        <source>Signed in: {0}</source>
        <translation>Në sistem: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="147" />
        <source>Library: {0} · Verifier {1}</source>
        <translation>Biblioteka: {0} · Verifier {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="149" />
        <source>Sign out (Ctrl+Shift+Q)</source>
        <translation>Dalja (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="220" />
        <source>Internal error</source>
        <translation>Gabim i brendshëm</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="222" />
        <source>Verifier met an internal error ({0}); the work was not done. Reports already saved are safe. Try again; if it happens again, note the time and tell your administrator.</source>
        <translation>Verifier hasi një gabim të brendshëm ({0}); puna nuk u krye. Raportet e ruajtura më parë janë të sigurta. Provoni përsëri; nëse ndodh sërish, shënoni orën dhe njoftoni administratorin.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="268" />
        <source>Locked. {0}, enter your password to continue.</source>
        <translation>I kyçur. {0}, shkruani fjalëkalimin tuaj për të vazhduar.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="307" />
        <source>Left undecided: the workstation locked after a time without use and was signed out.</source>
        <translation>Mbeti pa vendim: stacioni i punës u kyç pas një kohe pa përdorim dhe u krye dalja nga sistemi.</translation>
    </message>
</context>
<context>
    <name>NoDecisionYet</name>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="107" />
        <source>No decision yet</source>
        <translation>Ende pa vendim</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="108" />
        <source>This inspection has no decision yet.</source>
        <translation>Ky kontroll nuk ka ende vendim.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="110" />
        <source>Decide it now, or record it as not decided with a reason: either way the inspection stays in the record.</source>
        <translation>Merrni një vendim tani, ose regjistrojeni si pa vendim me një arsye: në të dyja rastet kontrolli mbetet në regjistër.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="117" />
        <source>&amp;Decide now</source>
        <translation>&amp;Vendos tani</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="121" />
        <source>&amp;Record as not decided…</source>
        <translation>&amp;Regjistro si pa vendim…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="410" />
        <source>&amp;Undo</source>
        <translation>&amp;Zhbëj</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="411" />
        <source>&amp;Redo</source>
        <translation>&amp;Ribëj</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="412" />
        <source>Cu&amp;t</source>
        <translation>&amp;Prit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="413" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopjo</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="414" />
        <source>&amp;Paste</source>
        <translation>&amp;Ngjit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="415" />
        <source>Delete</source>
        <translation>Fshi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="416" />
        <source>Select All</source>
        <translation>Përzgjidh të gjitha</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="408" />
        <source>Show Details...</source>
        <translation>Shfaq detajet...</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="409" />
        <source>Hide Details...</source>
        <translation>Fshih detajet...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="390" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="391" />
        <source>Save</source>
        <translation>Ruaj</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="392" />
        <source>Save All</source>
        <translation>Ruaj të gjitha</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="393" />
        <source>Open</source>
        <translation>Hap</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="394" />
        <source>&amp;Yes</source>
        <translation>&amp;Po</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="395" />
        <source>Yes to &amp;All</source>
        <translation>Po për të &amp;gjitha</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="396" />
        <source>&amp;No</source>
        <translation>&amp;Jo</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="397" />
        <source>N&amp;o to All</source>
        <translation>J&amp;o për të gjitha</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="398" />
        <source>Abort</source>
        <translation>Ndërprit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="399" />
        <source>Retry</source>
        <translation>Riprovo</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="400" />
        <source>Ignore</source>
        <translation>Shpërfill</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="401" />
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="402" />
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="403" />
        <source>Discard</source>
        <translation>Hidh poshtë</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="404" />
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="405" />
        <source>Apply</source>
        <translation>Zbato</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="406" />
        <source>Reset</source>
        <translation>Rivendos</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="407" />
        <source>Restore Defaults</source>
        <translation>Rikthe parazgjedhjet</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="417" />
        <source>&amp;Undo</source>
        <translation>&amp;Zhbëj</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="418" />
        <source>&amp;Redo</source>
        <translation>&amp;Ribëj</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="419" />
        <source>Cu&amp;t</source>
        <translation>&amp;Prit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="420" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopjo</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="421" />
        <source>&amp;Paste</source>
        <translation>&amp;Ngjit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="422" />
        <source>Delete</source>
        <translation>Fshi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="423" />
        <source>Select All</source>
        <translation>Përzgjidh të gjitha</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="424" />
        <source>Copy &amp;Link Location</source>
        <translation>Kopjo vendndodhjen e &amp;lidhjes</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="72" />
        <source>Your reason (it is signed into the report)</source>
        <translation>Arsyeja juaj (nënshkruhet në raport)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../verifier/gui/history.py" line="76" />
        <source>Report #{0}</source>
        <translation>Raporti #{0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="83" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksporto PDF…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="84" />
        <source>&amp;Addendum…</source>
        <translation>&amp;Shtojcë…</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../settings.ui" line="11" />
        <source>Hot folder (the scanner writes here)</source>
        <translation>Dosja e monitoruar (këtu shkruan skaneri)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="26" />
        <source>Browse…</source>
        <translation>Shfleto…</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="35" />
        <source>Camera (index or video source)</source>
        <translation>Kamera (indeksi ose burimi video)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="49" />
        <source>Keep personal data for</source>
        <translation>Ruaj të dhënat personale për</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="60" />
        <source> days</source>
        <translation> ditë</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="66" />
        <source>Point of entry</source>
        <translation>Pika e kalimit kufitar</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="80" />
        <source>Workstation name</source>
        <translation>Emri i stacionit të punës</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="94" />
        <source>Face match at or above (cosine)</source>
        <translation>Përputhje fytyre në ose mbi (kosinus)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="112" />
        <source>Face no match below (cosine)</source>
        <translation>Mospërputhje fytyre nën (kosinus)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="130" />
        <source>Language (from the next sign-in)</source>
        <translation>Gjuha (nga hyrja e ardhshme)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="144" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="160" />
        <source>&amp;Save settings</source>
        <translation>&amp;Ruaj cilësimet</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="80" />
        <location filename="../../verifier/gui/settings_view.py" line="207" />
        <source>&amp;Disable</source>
        <translation>&amp;Çaktivizo</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="81" />
        <source>Reset &amp;password…</source>
        <translation>Rivendos &amp;fjalëkalimin…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="82" />
        <source>&amp;Unlock</source>
        <translation>&amp;Zhblloko</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="86" />
        <source>Change &amp;role</source>
        <translation>Ndrysho &amp;rolin</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="96" />
        <source>User name</source>
        <translation>Emri i përdoruesit</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="97" />
        <source>Full name</source>
        <translation>Emri i plotë</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="98" />
        <source>Password</source>
        <translation>Fjalëkalimi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="99" />
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="100" />
        <source>&amp;Add account</source>
        <translation>&amp;Shto llogari</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="101" />
        <source>Officer accounts</source>
        <translation>Llogaritë e zyrtarëve</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="116" />
        <source>Regional hub</source>
        <translation>Qendra rajonale</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="120" />
        <source>The next bundle of non-personal counts (inspections, verdicts, decisions, failed checks, usage) for the regional hub, signed by this workstation. It travels as a file: a USB stick, a shared folder.</source>
        <translation>Paketa e radhës me numërime jopersonale (inspektime, vlerësime, vendime, kontrolle të dështuara, përdorim) për qendrën rajonale, e nënshkruar nga ky stacion pune. Transportohet si skedar: memorie USB, dosje e përbashkët.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="126" />
        <source>E&amp;xport the next bundle for the hub…</source>
        <translation>E&amp;ksporto paketën e radhës për qendrën…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="139" />
        <source>Where to write the bundle (a USB stick, a shared folder)</source>
        <translation>Ku të shkruhet paketa (memorie USB, dosje e përbashkët)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="147" />
        <source>Making the bundle…</source>
        <translation>Po përgatitet paketa…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="159" />
        <source>Nothing new to send since the last bundle.</source>
        <translation>Nuk ka asgjë të re për të dërguar që nga paketa e fundit.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="161" />
        <source>Bundle written: {0}</source>
        <translation>Paketa u shkrua: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="165" />
        <source>The bundle could not be written: {0}</source>
        <translation>Paketa nuk mund të shkruhej: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="172" />
        <source>disabled</source>
        <translation>e çaktivizuar</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="173" />
        <source>locked</source>
        <translation>e bllokuar</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="174" />
        <source>must choose a new password</source>
        <translation>duhet të zgjedhë fjalëkalim të ri</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="207" />
        <source>&amp;Enable</source>
        <translation>&amp;Aktivizo</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="229" />
        <source>Account enabled.</source>
        <translation>Llogaria u aktivizua.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="229" />
        <source>Account disabled: it can no longer sign in; its reports stay.</source>
        <translation>Llogaria u çaktivizua: nuk mund të hyjë më në sistem; raportet e saj mbeten.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="236" />
        <source>Account unlocked.</source>
        <translation>Llogaria u zhbllokua.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="243" />
        <source>Role changed to {0}.</source>
        <translation>Roli u ndryshua në {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="251" />
        <source>Reset the password</source>
        <translation>Rivendosja e fjalëkalimit</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="252" />
        <source>A temporary password (at least 10 characters). Give it to the officer in person: they choose their own at the next sign-in.</source>
        <translation>Një fjalëkalim i përkohshëm (të paktën 10 karaktere). Jepjani zyrtarit personalisht: ai zgjedh fjalëkalimin e vet në hyrjen e ardhshme.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="261" />
        <source>Password reset: the officer chooses a new one at the next sign-in.</source>
        <translation>Fjalëkalimi u rivendos: zyrtari zgjedh një të ri në hyrjen e ardhshme.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="265" />
        <source>Hot folder</source>
        <translation>Dosja e monitoruar</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="296" />
        <source>The no-match limit must not be above the match limit.</source>
        <translation>Kufiri i mospërputhjes nuk duhet të jetë mbi kufirin e përputhjes.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="308" />
        <source>Settings saved. The language changes at the next sign-in (sign out: Ctrl+Shift+Q).</source>
        <translation>Cilësimet u ruajtën. Gjuha ndryshon në hyrjen e ardhshme (dalja: Ctrl+Shift+Q).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="311" />
        <source>Settings saved.</source>
        <translation>Cilësimet u ruajtën.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="325" />
        <source>Account {0} created.</source>
        <translation>Llogaria {0} u krijua.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../signin.ui" line="6" />
        <source>Verifier — sign in</source>
        <translation>Verifier — hyrja</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="12" />
        <location filename="../signin.ui" line="103" />
        <source>Sign in</source>
        <translation>Hyr</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="19" />
        <source>Sign in with your officer account.</source>
        <translation>Hyni me llogarinë tuaj të zyrtarit.</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="31" />
        <source>&amp;User name</source>
        <translation>&amp;Emri i përdoruesit</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="44" />
        <source>&amp;Full name</source>
        <translation>Emri i p&amp;lotë</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="57" />
        <source>&amp;Password</source>
        <translation>&amp;Fjalëkalimi</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="74" />
        <source>&amp;Repeat password</source>
        <translation>&amp;Përsëritni fjalëkalimin</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../verifier/gui/signin.py" line="22" />
        <source>Verifier — sign in</source>
        <translation>Verifier — hyrja</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="32" />
        <source>Welcome to Verifier</source>
        <translation>Mirë se vini në Verifier</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="35" />
        <source>First start on this workstation: create the administrator account. The workstation's signing key is created with it.</source>
        <translation>Nisja e parë në këtë stacion pune: krijoni llogarinë e administratorit. Bashkë me të krijohet edhe çelësi i nënshkrimit i stacionit të punës.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="39" />
        <source>Create the administrator</source>
        <translation>Krijo administratorin</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="50" />
        <source>Choose your password</source>
        <translation>Zgjidhni fjalëkalimin tuaj</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="53" />
        <source>An administrator reset your password. Choose your own (at least 10 characters); the temporary one stops working.</source>
        <translation>Administratori jua rivendosi fjalëkalimin. Zgjidhni fjalëkalimin tuaj (të paktën 10 karaktere); ai i përkohshmi nuk do të vlejë më.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="60" />
        <source>Set my password</source>
        <translation>Cakto fjalëkalimin tim</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="73" />
        <location filename="../../verifier/gui/signin.py" line="94" />
        <source>The two passwords differ.</source>
        <translation>Dy fjalëkalimet nuk përputhen.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../verifier/gui/editor.py" line="93" />
        <source>Template editor — {0}</source>
        <translation>Redaktuesi i shabllonit — {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="105" />
        <source>Zone (where something is printed)</source>
        <translation>Zonë (ku është shtypur diçka)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="106" />
        <source>Feature (a security check)</source>
        <translation>Element (kontroll sigurie)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="116" />
        <location filename="../../verifier/gui/editor.py" line="257" />
        <source>Draw a rectangle on the image.</source>
        <translation>Vizatoni një drejtkëndësh në imazh.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="117" />
        <source>&amp;Add the mark</source>
        <translation>&amp;Shto shenjën</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="118" />
        <source>&amp;Save and validate</source>
        <translation>&amp;Ruaj dhe valido</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="119" />
        <source>&amp;Publish into the library</source>
        <translation>&amp;Publiko në bibliotekë</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="122" />
        <source>Only an administrator publishes templates.</source>
        <translation>Vetëm administratori publikon shabllone.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="124" />
        <source>&amp;Remove the selected mark</source>
        <translation>&amp;Hiq shenjën e zgjedhur</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="144" />
        <source>(not set)</source>
        <translation>(pa caktuar)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="158" />
        <source>Name for officers</source>
        <translation>Emri për zyrtarët</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="159" />
        <source>Issuing state (ICAO code)</source>
        <translation>Shteti lëshues (kodi ICAO)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="160" />
        <source>Document code (P, ID, V, …)</source>
        <translation>Kodi i dokumentit (P, ID, V, …)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="161" />
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="162" />
        <source>Number pattern (regular expression)</source>
        <translation>Modeli i numrit (shprehje e rregullt)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="163" />
        <source>Issued from (YYYY-MM-DD)</source>
        <translation>Lëshuar nga (VVVV-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="164" />
        <source>Issued until (YYYY-MM-DD, empty: still issued)</source>
        <translation>Lëshuar deri (VVVV-MM-DD, bosh: ende lëshohet)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="168" />
        <source>MRZ format</source>
        <translation>Formati i MRZ-së</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="169" />
        <source>Document type</source>
        <translation>Lloji i dokumentit</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="171" />
        <source>Region</source>
        <translation>Rajoni</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="172" />
        <source>Kind</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="173" />
        <source>Name / id</source>
        <translation>Emri / ID</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="174" />
        <source>Check</source>
        <translation>Kontrolli</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="175" />
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="176" />
        <source>Routine (Doc 9303-2 App. C)</source>
        <translation>Rutina (Doc 9303-2, Shtojca C)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="177" />
        <source>Description for the officer</source>
        <translation>Përshkrimi për zyrtarin</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="179" />
        <source>The document</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="181" />
        <source>Zones and features</source>
        <translation>Zonat dhe elementet</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="237" />
        <source>Draw a rectangle and give it a name first.</source>
        <translation>Vizatoni fillimisht një drejtkëndësh dhe jepini një emër.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="259" />
        <source>Added {0}; save to validate.</source>
        <translation>U shtua {0}; ruajeni për ta validuar.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="295" />
        <source>Not saved: {0} ({1}): {2}</source>
        <translation>Nuk u ruajt: {0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="303" />
        <source>Saved as a draft. Before it can be published: {0}.</source>
        <translation>U ruajt si draft. Para se të publikohet: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="308" />
        <source>Saved; complete and ready to publish.</source>
        <translation>U ruajt; i plotë dhe gati për publikim.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="318" />
        <source>Not published: the template lacks {0}.</source>
        <translation>Nuk u publikua: shabllonit i mungon {0}.</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <location filename="../../verifier/gui/training.py" line="80" />
        <source>&amp;Start the session</source>
        <translation>&amp;Nis sesionin</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="82" />
        <source>Sessions</source>
        <translation>Sesionet</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="92" />
        <source>Visible light</source>
        <translation>Dritë e dukshme</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="92" />
        <source>UV 365 nm</source>
        <translation>UV 365 nm</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="93" />
        <source>IR 870 nm</source>
        <translation>IR 870 nm</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="93" />
        <source>Bearer</source>
        <translation>Paraqitësi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="97" />
        <source>Sample</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="100" />
        <source>Reference</source>
        <translation>Referenca</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="130" />
        <source>Anomalies: I would refer it</source>
        <translation>Anomali: do ta referoja</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="131" />
        <source>No anomalies</source>
        <translation>Pa anomali</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="134" />
        <source>Record and &amp;next sample</source>
        <translation>Regjistro dhe mostra &amp;tjetër</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="141" />
        <source>Anomalous features (mark every one you see):</source>
        <translation>Elementet me anomali (shënoni secilin që shihni):</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="159" />
        <source>New session (trainers)</source>
        <translation>Sesion i ri (trajnuesit)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="169" />
        <source> min (0: none)</source>
        <translation> min (0: pa kufi)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="170" />
        <source>Hide the machine verdict until the debrief</source>
        <translation>Fshih vlerësimin e sistemit deri në analizën përmbyllëse</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="172" />
        <source>&amp;Create the session</source>
        <translation>&amp;Krijo sesionin</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="173" />
        <source>Import a trainer's sample…</source>
        <translation>Importo mostrën e një trajnuesi…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="176" />
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="177" />
        <location filename="../../verifier/gui/training.py" line="239" />
        <source>Course</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="178" />
        <source>Kind</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="179" />
        <source>Samples (in order)</source>
        <translation>Mostrat (sipas radhës)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="180" />
        <source>Time limit</source>
        <translation>Kufiri kohor</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="186" />
        <source>why (recorded)</source>
        <translation>pse (regjistrohet)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="187" />
        <source>&amp;Grant another attempt</source>
        <translation>&amp;Lejo një përpjekje tjetër</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="191" />
        <source>Selected test:</source>
        <translation>Testi i zgjedhur:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="194" />
        <source>Course &amp;results…</source>
        <translation>&amp;Rezultatet e kursit…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="249" />
        <source>Session created.</source>
        <translation>Sesioni u krijua.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="261" />
        <source>Select the test in the list of sessions.</source>
        <translation>Zgjidhni testin në listën e sesioneve.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="276" />
        <source>Another attempt granted to {0}.</source>
        <translation>U lejua një përpjekje tjetër për {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="281" />
        <source>A sample with answer.json</source>
        <translation>Një mostër me answer.json</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="293" />
        <source>Sample {0} added.</source>
        <translation>Mostra {0} u shtua.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="367" />
        <source>Sample {0} of {1}</source>
        <translation>Mostra {0} nga {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="399" />
        <source>The machine reads: {0} — {1}</source>
        <translation>Sistemi tregon: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="408" />
        <source>Machine verdict: {0}</source>
        <translation>Vlerësimi i sistemit: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="428" />
        <source>Choose a verdict first.</source>
        <translation>Zgjidhni fillimisht një vlerësim.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="452" />
        <source>Time left: {0}:{1:02d}</source>
        <translation>Koha e mbetur: {0}:{1:02d}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="463" />
        <source>Leave the test?</source>
        <translation>Të dilni nga testi?</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="464" />
        <source>The test is not finished.</source>
        <translation>Testi nuk ka përfunduar.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="467" />
        <source>If you leave now the attempt is recorded as abandoned, is not scored, and cannot be resumed: only a trainer can grant another.</source>
        <translation>Nëse dilni tani, përpjekja regjistrohet si e braktisur, nuk vlerësohet me pikë dhe nuk mund të vazhdohet: vetëm një trajnues mund të lejojë një përpjekje tjetër.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="471" />
        <source>&amp;Leave the test</source>
        <translation>&amp;Dil nga testi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="472" />
        <source>&amp;Stay</source>
        <translation>&amp;Qëndro</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="499" />
        <source>The test was left: the attempt is recorded as abandoned.</source>
        <translation>Dolët nga testi: përpjekja u regjistrua si e braktisur.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="502" />
        <source>Your score: {0} % ({1} of {2} verdicts right, {3} of {4} anomalies found, {5} false alarms).</source>
        <translation>Rezultati juaj: {0} % ({1} nga {2} vlerësime të sakta, {3} nga {4} anomali të gjetura, {5} alarme të rreme).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="508" />
        <source>Time is up.</source>
        <translation>Koha mbaroi.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="521" />
        <source>The machine findings: {0} of {1} ready…</source>
        <translation>Konstatimet e sistemit: gati {0} nga {1}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="529" />
        <source>not answered</source>
        <translation>pa përgjigje</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="534" />
        <source>Answer key: {0} — yours: {1}</source>
        <translation>Përgjigjet e sakta: {0} — tuajat: {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="535" />
        <source>Sample {0}</source>
        <translation>Mostra {0}</translation>
    </message>
</context>
<context>
    <name>TrustView</name>
    <message>
        <location filename="../../verifier/gui/trust.py" line="40" />
        <source>Filter by country or name (e.g. DEU, Utopia)</source>
        <translation>Filtro sipas shtetit ose emrit (p.sh. DEU, Utopia)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="45" />
        <source>Country</source>
        <translation>Shteti</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="46" />
        <location filename="../../verifier/gui/trust.py" line="163" />
        <source>Certificate</source>
        <translation>Certifikata</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="47" />
        <source>Valid until</source>
        <translation>I vlefshëm deri më</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="48" />
        <source>Status</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="49" />
        <source>SHA-256 fingerprint</source>
        <translation>Gjurma SHA-256</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="60" />
        <source>&amp;Import a master list, CSCA or CRL…</source>
        <translation>&amp;Importo listë kryesore, CSCA ose CRL…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="66" />
        <source>A chip's data is proved genuine only when its Document Signer is certified by one of these Country Signing CAs. Import them from a master list signed by a State you trust, or from a State's own CSCA certificate.</source>
        <translation>Të dhënat e çipit vërtetohen si origjinale vetëm kur nënshkruesi i dokumentit certifikohet nga një prej këtyre autoriteteve shtetërore të certifikimit (CSCA). Importojini nga një listë kryesore e nënshkruar nga një shtet që i besoni, ose nga certifikata CSCA e vetë shtetit.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="82" />
        <location filename="../../verifier/gui/trust.py" line="133" />
        <source>Only an administrator changes the trust list.</source>
        <translation>Vetëm administratori e ndryshon listën e besimit.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="93" />
        <source>valid</source>
        <translation>i vlefshëm</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="94" />
        <source>expired</source>
        <translation>i skaduar</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="95" />
        <source>not yet valid</source>
        <translation>ende jo i vlefshëm</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="120" />
        <source>No CSCA is trusted yet: chips can be read, but their data cannot be proved genuine. An administrator imports a master list.</source>
        <translation>Ende asnjë CSCA nuk është i besuar: çipat mund të lexohen, por të dhënat e tyre nuk mund të vërtetohen si origjinale. Administratori importon një listë kryesore.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="126" />
        <source>{0} CSCA certificates of {1} countries; {2} shown.</source>
        <translation>{0} certifikata CSCA nga {1} shtete; shfaqen {2}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="138" />
        <source>Import a master list, CSCA certificate or CRL</source>
        <translation>Importo listë kryesore, certifikatë CSCA ose CRL</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="140" />
        <source>Master lists and certificates (*.ml *.der *.cer *.crt *.pem *.crl);;All files (*)</source>
        <translation>Lista kryesore dhe certifikata (*.ml *.der *.cer *.crt *.pem *.crl);;Të gjitha skedarët (*)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="148" />
        <source>Checking {0}…</source>
        <translation>Po kontrollohet {0}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="162" />
        <source>Master list</source>
        <translation>Lista kryesore</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="164" />
        <source>Revocation list</source>
        <translation>Lista e revokimeve</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="166" />
        <source>{0}: {1} added, {2} already trusted, {3} refused.</source>
        <translation>{0}: shtuar {1}, tashmë të besuar {2}, refuzuar {3}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="171" />
        <source>Its signer's CSCA was not trusted before: compare its SHA-256 fingerprint with the one its State publishes: {0}</source>
        <translation>CSCA i nënshkruesit të saj nuk ishte i besuar më parë: krahasoni gjurmën e tij SHA-256 me atë që publikon shteti i tij: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="179" />
        <source>Refused, nothing was added: {0}</source>
        <translation>U refuzua, asgjë nuk u shtua: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="181" />
        <source>Not done: {0}</source>
        <translation>Nuk u krye: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="181" />
        <source>an internal error.</source>
        <translation>një gabim i brendshëm.</translation>
    </message>
</context>
<context>
    <name>WatchListView</name>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="40" />
        <source>Every inspection looks the document up in these lists. A hit is a reason to check, not a proof. The lists hold no document numbers, only keyed hashes.</source>
        <translation>Çdo kontroll e kërkon dokumentin në këto lista. Një përputhje është arsye për verifikim, jo provë. Listat nuk mbajnë numra dokumentesh, vetëm hash-e me çelës.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="47" />
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="47" />
        <source>Version</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="47" />
        <source>Issued</source>
        <translation>Lëshuar</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="48" />
        <source>Entries</source>
        <translation>Regjistrime</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="57" />
        <source> days</source>
        <translation> ditë</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="58" />
        <source>Sa&amp;ve the limit</source>
        <translation>Ru&amp;aj kufirin</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="59" />
        <source>&amp;Import a watch-list package…</source>
        <translation>&amp;Importo paketë liste kërkimi…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="64" />
        <source>Warn when a list is older than</source>
        <translation>Paralajmëro kur një listë është më e vjetër se</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="79" />
        <location filename="../../verifier/gui/watchlists.py" line="145" />
        <source>Only an administrator changes the watch lists.</source>
        <translation>Vetëm administratori i ndryshon listat e kërkimit.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="47" />
        <source>Age (days)</source>
        <translation>Mosha (ditë)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="112" />
        <source>No watch list is installed: documents are not looked up.</source>
        <translation>Asnjë listë kërkimi nuk është instaluar: dokumentet nuk kërkohen.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="116" />
        <source>Out of date: {0}. A recent loss or theft would not be on it: import the latest list.</source>
        <translation>E vjetëruar: {0}. Një humbje ose vjedhje e kohëve të fundit nuk do të ishte në të: importoni listën më të fundit.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="119" />
        <source>{0} is {1} days old</source>
        <translation>{0} është {1} ditë e vjetër</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="125" />
        <source>{0} watch lists, all up to date.</source>
        <translation>Lista kërkimi: {0}, të gjitha të përditësuara.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="150" />
        <source>Import a watch-list package</source>
        <translation>Importo paketë liste kërkimi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="152" />
        <source>Watch-list packages (*.vwl);;All files (*)</source>
        <translation>Paketa listash kërkimi (*.vwl);;Të gjitha skedarët (*)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="159" />
        <source>Checking {0}…</source>
        <translation>Po kontrollohet {0}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="174" />
        <source>{0}: version {1} installed, {2} entries.</source>
        <translation>{0}: u instalua versioni {1}, regjistrime: {2}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="183" />
        <source>Refused; the lists in force are unchanged: {0}</source>
        <translation>U refuzua; listat në fuqi nuk ndryshuan: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="185" />
        <source>Not done: {0}</source>
        <translation>Nuk u krye: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="185" />
        <source>an internal error.</source>
        <translation>një gabim i brendshëm.</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="1" />
        <source>The seal is signed by {signer} and intact.</source>
        <translation>Vula është nënshkruar nga {signer} dhe është e paprekur.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="2" />
        <source>The seal was signed by {signer}, whose certificate the reference library lacks.</source>
        <translation>Vula është nënshkruar nga {signer}, certifikata e të cilit mungon në bibliotekën e referencës.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="3" />
        <source>The seal was signed on {date}, outside the validity of signer certificate {signer}.</source>
        <translation>Vula është nënshkruar më {date}, jashtë afatit të vlefshmërisë së certifikatës së nënshkruesit {signer}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="4" />
        <source>The seal's signature does not match its data: the seal was altered or forged.</source>
        <translation>Nënshkrimi i vulës nuk përputhet me të dhënat e saj: vula është ndryshuar ose falsifikuar.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="5" />
        <source>The digital seal cannot be decoded: {why}.</source>
        <translation>Vula dixhitale nuk mund të dekodohet: {why}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="27" />
        <source>document portrait</source>
        <translation>portretin e dokumentit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="28" />
        <source>bearer photo</source>
        <translation>foton e paraqitësit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="29" />
        <source>Uncertain resemblance: compare the faces yourself.</source>
        <translation>Ngjashmëri e pasigurt: krahasoni vetë fytyrat.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="30" />
        <source>The bearer resembles the portrait.</source>
        <translation>Paraqitësi i ngjan portretit.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="31" />
        <source>The bearer does not resemble the portrait.</source>
        <translation>Paraqitësi nuk i ngjan portretit.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="32" />
        <source>No face was found in the {name}.</source>
        <translation>Nuk u gjet asnjë fytyrë në {name}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="33" />
        <source>The bearer photo shows several faces; take it again.</source>
        <translation>Në foton e paraqitësit shihen disa fytyra; bëjeni përsëri foton.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="34" />
        <source>The face in the {name} is too small.</source>
        <translation>Fytyra në {name} është shumë e vogël.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="35" />
        <source>The face in the {name} is turned too far.</source>
        <translation>Fytyra në {name} është kthyer shumë anash.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="36" />
        <source>The {name} is too blurred.</source>
        <translation>Fytyra në {name} është shumë e turbullt.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="37" />
        <source>{fibres} fibres of the expected colours (at least {minimum}), {wrong} of other colours</source>
        <translation>{fibres} fije me ngjyrat e pritura (të paktën {minimum}), {wrong} me ngjyra të tjera</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="38" />
        <source>similarity to the reference {value:.2f} (at least {limit:.2f})</source>
        <translation>ngjashmëria me referencën {value:.2f} (të paktën {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="42" />
        <source>{fibres} fibres, but the {half} half of the region holds almost none</source>
        <translation>{fibres} fije, por në gjysmën {half} të rajonit nuk ka pothuajse asnjë</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="43" />
        <source>left</source>
        <translation>e majtë</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="44" />
        <source>right</source>
        <translation>e djathtë</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="45" />
        <source>upper</source>
        <translation>e sipërme</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="46" />
        <source>lower</source>
        <translation>e poshtme</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="47" />
        <source>brightest {value:.0f} (at least {limit:.0f})</source>
        <translation>ndriçimi maksimal {value:.0f} (të paktën {limit:.0f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="48" />
        <source>the region lies outside the capture</source>
        <translation>rajoni ndodhet jashtë imazhit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="49" />
        <source>mean brightness {value:.0f} (at most {limit:.0f})</source>
        <translation>ndriçimi mesatar {value:.0f} (të shumtën {limit:.0f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="50" />
        <source>brightest print {value:.0f} (at least {limit:.0f})</source>
        <translation>ndriçimi maksimal i shtypjes {value:.0f} (të paktën {limit:.0f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="39" />
        <source>contrast {value:.2f} (at most {limit:.2f})</source>
        <translation>kontrasti {value:.2f} (të shumtën {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="52" />
        <source>the region is empty</source>
        <translation>rajoni është bosh</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="51" />
        <source>contrast {value:.2f} (at least {limit:.2f})</source>
        <translation>kontrasti {value:.2f} (të paktën {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="40" />
        <source>line(s) {lines} of {count}: contrast {value:.2f} (at least {limit:.2f})</source>
        <translation>rreshti(at) {lines} nga {count}: kontrasti {value:.2f} (të paktën {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="41" />
        <source>every line: lowest contrast {value:.2f} (at least {limit:.2f})</source>
        <translation>çdo rresht: kontrasti më i ulët {value:.2f} (të paktën {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="106" />
        <source>visible-light</source>
        <translation>të dukshme</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="107" />
        <source>UV</source>
        <translation>UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="108" />
        <source>IR</source>
        <translation>IR</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="196" />
        <source>This check could not be made (the {stage} stage failed); inspect it by eye.</source>
        <translation>Ky kontroll nuk mund të kryhej (faza {stage} dështoi); kontrollojeni me sy.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="132" />
        <source>Without a reference the printed fields cannot be located: {missing} not found in the printed text; compare them with the MRZ by eye.</source>
        <translation>Pa referencë, fushat e shtypura nuk mund të lokalizohen: në tekstin e shtypur nuk u gjetën {missing}; krahasojini me sy me MRZ-në.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="131" />
        <source>The printed {fields} agree with the MRZ.</source>
        <translation>Të dhënat e shtypura ({fields}) përputhen me MRZ-në.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="114" />
        <source>document number</source>
        <translation>numri i dokumentit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="115" />
        <source>date of birth</source>
        <translation>datëlindja</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="116" />
        <source>date of expiry</source>
        <translation>data e skadimit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="117" />
        <source>optional data</source>
        <translation>të dhënat opsionale</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="118" />
        <source>the composite check digit</source>
        <translation>shifra e përbërë e kontrollit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="80" />
        <source>The design is {name}, but {problems}.</source>
        <translation>Dizajni është {name}, por {problems}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="81" />
        <source>Identified as {name}.</source>
        <translation>Identifikuar si {name}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="135" />
        <source>The MRZ's {fields} are also printed on the document.</source>
        <translation>Të dhënat e MRZ-së ({fields}) janë shtypur edhe në dokument.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="136" />
        <source>MRZ line(s) {lines} fade in IR: not printed in B900 ink as Doc 9303-3 requires.</source>
        <translation>Rreshti(at) {lines} i MRZ-së zbehen në IR: nuk janë shtypur me bojë B900, siç kërkon Doc 9303-3.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="137" />
        <source>Every MRZ line stays dark in IR (B900 ink).</source>
        <translation>Çdo rresht i MRZ-së mbetet i errët në IR (bojë B900).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="133" />
        <source>The printed data differ from the MRZ: {differences}.</source>
        <translation>Të dhënat e shtypura ndryshojnë nga MRZ-ja: {differences}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="134" />
        <source>The printed data could not be read; compare them with the MRZ by eye.</source>
        <translation>Të dhënat e shtypura nuk mund të lexoheshin; krahasojini me sy me MRZ-në.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="109" />
        <source>{description} {verdict}: {detail}.</source>
        <translation>{description} {verdict}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="96" />
        <source>No photo of the bearer was taken.</source>
        <translation>Nuk u bë foto e paraqitësit.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="97" />
        <source> ({percent}% similar)</source>
        <translation> ({percent}% ngjashmëri)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="119" />
        <source>MRZ read ({engine}).</source>
        <translation>MRZ-ja u lexua ({engine}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="82" />
        <source>{format} of {state}</source>
        <translation>{format}, {state}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="83" />
        <source>unknown</source>
        <translation>i panjohur</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="84" />
        <source>No reference exists for this document in the library (MRZ: {what}): its design and security features could not be compared. What needs no reference was checked.</source>
        <translation>Për këtë dokument nuk ka referencë në bibliotekë (MRZ: {what}): dizajni dhe elementet e sigurisë nuk mund të krahasoheshin. U kontrollua ajo që nuk kërkon referencë.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="138" />
        <source>The IR image is not framed like the visible one; check the MRZ in IR by eye.</source>
        <translation>Imazhi IR nuk është i kuadruar si ai në dritë të dukshme; kontrolloni me sy MRZ-në në IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="111" />
        <source>Found</source>
        <translation>Gjetur</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="112" />
        <source>Not as on the reference</source>
        <translation>Jo si në referencë</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="95" />
        <source>A portrait was found by face detection (no reference to say where).</source>
        <translation>Portreti u gjet me zbulimin e fytyrës (nuk ka referencë që tregon vendndodhjen).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="53" />
        <source>Read {count} bar code(s): {formats}.</source>
        <translation>U lexuan barkode: {count} ({formats}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="120" />
        <source>No machine readable zone was found on the visible image.</source>
        <translation>Në imazhin në dritë të dukshme nuk u gjet zonë e lexueshme nga makina.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="121" />
        <source>The MRZ could not be read with certainty: {why}</source>
        <translation>MRZ-ja nuk mund të lexohej me siguri: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="122" />
        <source>Check digits do not hold: {faults}.</source>
        <translation>Shifrat e kontrollit nuk janë të sakta: {faults}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="123" />
        <source>Every check digit holds.</source>
        <translation>Të gjitha shifrat e kontrollit janë të sakta.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="124" />
        <source>The dates are calendar dates.</source>
        <translation>Datat janë data kalendarike të vlefshme.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="125" />
        <source>The expiry date is not in the MRZ; read it on the document.</source>
        <translation>Data e skadimit nuk është në MRZ; lexojeni në dokument.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="85" />
        <source>its MRZ is {mrz}, the design's is {design}</source>
        <translation>MRZ-ja e tij është {mrz}, ajo e dizajnit është {design}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="86" />
        <source>the MRZ says {mrz}, the design is from {design}</source>
        <translation>MRZ-ja tregon {mrz}, dizajni është nga {design}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="87" />
        <source>document code {code} does not belong to this design</source>
        <translation>kodi i dokumentit {code} nuk i përket këtij dizajni</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="88" />
        <source>number {number} is not of this series ({series})</source>
        <translation>numri {number} nuk i përket kësaj serie ({series})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="103" />
        <source>A face was found in the portrait zone.</source>
        <translation>U gjet një fytyrë në zonën e portretit.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="104" />
        <source>No face was found in the portrait zone.</source>
        <translation>Nuk u gjet asnjë fytyrë në zonën e portretit.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="105" />
        <source>No portrait was found on this image; if the document has one on its other side, capture that side.</source>
        <translation>Në këtë imazh nuk u gjet portret; nëse dokumenti ka portret në anën tjetër, kapni imazhin e asaj ane.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="126" />
        <source>A well-formed {format} MRZ.</source>
        <translation>MRZ e formatit {format}, e formuar saktë.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="127" />
        <source>Known codes: {state}, {nationality}.</source>
        <translation>Kode të njohura: {state}, {nationality}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="128" />
        <source>Expired on {date}.</source>
        <translation>Ka skaduar më {date}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="129" />
        <source>Valid until {date}.</source>
        <translation>I vlefshëm deri më {date}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="113" />
        <source>No {light} image was captured.</source>
        <translation>Nuk u kap asnjë imazh në dritë {light}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="110" />
        <source>No reference exists for this document: its {light} features were not compared; examine them by eye.</source>
        <translation>Për këtë dokument nuk ka referencë: elementet e tij në dritë {light} nuk u krahasuan; shqyrtojini me sy.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="54" />
        <source>The document should carry a digital seal, but none could be read.</source>
        <translation>Dokumenti duhet të ketë vulë dixhitale, por nuk mund të lexohej asnjë.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="55" />
        <source>The seal carries the printed MRZ.</source>
        <translation>Vula përmban MRZ-në e shtypur.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="56" />
        <source>The MRZ in the seal differs from the printed MRZ.</source>
        <translation>MRZ-ja në vulë ndryshon nga MRZ-ja e shtypur.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="59" />
        <source>The chip was not read.</source>
        <translation>Çipi nuk u lexua.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="60" />
        <source>{which} passed: the chip holds the private key of its signed data, so it is not a copy.</source>
        <translation>{which} me sukses: çipi ka çelësin privat të të dhënave të tij të nënshkruara, pra nuk është kopje.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="61" />
        <source>The chip's MRZ differs from the printed MRZ ({count} characters): the data page was altered, or it belongs to another chip.</source>
        <translation>MRZ e çipit ndryshon nga MRZ e shtypur ({count} karaktere): faqja e të dhënave është ndryshuar ose i përket një çipi tjetër.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="62" />
        <source>Reading a chip needs the MRZ (or the CAN of an ID card).</source>
        <translation>Për leximin e çipit nevojitet MRZ (ose CAN i letërnjoftimit).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="64" />
        <source>{which} failed: the chip does not hold the private key its signed data names — a sign of a copied (cloned) chip.</source>
        <translation>{which} dështoi: çipi nuk ka çelësin privat që përmendin të dhënat e tij të nënshkruara — shenjë e një çipi të kopjuar (të klonuar).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="65" />
        <source>This chip offers Chip Authentication with Diffie-Hellman keys, which this workstation does not run yet: whether the chip is a copy was not checked.</source>
        <translation>Ky çip ofron vërtetimin e çipit me çelësa Diffie-Hellman, të cilin ky stacion pune ende nuk e kryen: nuk u kontrollua nëse çipi është kopje.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="66" />
        <source>This chip offers neither Chip nor Active Authentication (older documents): a copy of it cannot be told from the original.</source>
        <translation>Ky çip nuk ofron as Chip as Active Authentication (dokumente më të vjetra): një kopje e tij nuk mund të dallohet nga origjinali.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="67" />
        <source>{which} passed, but with a key the issuer's signature does not cover (DG14/DG15 do not match the SOD).</source>
        <translation>{which} me sukses, por me një çelës që nënshkrimi i lëshuesit nuk e mbulon (DG14/DG15 nuk përputhen me SOD).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="68" />
        <source>The chip's DG1 (its MRZ) could not be read.</source>
        <translation>DG1 e çipit (MRZ e tij) nuk mund të lexohej.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="69" />
        <source>No printed MRZ was read to compare with the chip's.</source>
        <translation>Nuk u lexua MRZ e shtypur për ta krahasuar me atë të çipit.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="70" />
        <source>The chip's MRZ is the printed MRZ, character for character.</source>
        <translation>MRZ e çipit është MRZ e shtypur, karakter për karakter.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="71" />
        <source>Read with {access}: {groups}.</source>
        <translation>Lexuar me {access}: {groups}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="72" />
        <source>This document has no chip (no simulated chip with it).</source>
        <translation>Ky dokument nuk ka çip (nuk ka çip të simuluar me të).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="73" />
        <source>The chip could not be read to the end: {why}</source>
        <translation>Çipi nuk mund të lexohej deri në fund: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="74" />
        <source>The chip stopped before its security object (EF.SOD) was read.</source>
        <translation>Çipi ndaloi para se të lexohej objekti i tij i sigurisë (EF.SOD).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="77" />
        <source>The chip refused the CAN: check the number printed on the card.</source>
        <translation>Çipi e refuzoi CAN: kontrolloni numrin e shtypur në kartë.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="78" />
        <source>The chip's data is signed by the issuing State: its Document Signer is certified by a trusted CSCA, and every data group read matches its signed hash.</source>
        <translation>Të dhënat e çipit janë nënshkruar nga shteti lëshues: Document Signer i tij është certifikuar nga një CSCA i besuar, dhe çdo grup të dhënash i lexuar përputhet me hash-in e tij të nënshkruar.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="79" />
        <source>The chip's data could not be proved genuine: {why}</source>
        <translation>Nuk mund të provohej se të dhënat e çipit janë origjinale: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="89" />
        <source>resembles</source>
        <translation>ngjan</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="90" />
        <source>does not resemble</source>
        <translation>nuk ngjan</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="91" />
        <source>uncertain</source>
        <translation>e pasigurt</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="92" />
        <source>could not be compared</source>
        <translation>nuk mund të krahasohej</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="93" />
        <source>{who}: {result}</source>
        <translation>{who}: {result}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="94" />
        <source>The chip's portrait, against {parts}.</source>
        <translation>Portreti i çipit, kundrejt {parts}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="98" />
        <source>No portrait was read from the chip.</source>
        <translation>Nuk u lexua portret nga çipi.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="99" />
        <source>Neither a bearer photo nor a printed portrait to compare with the chip's.</source>
        <translation>As foto e bartësit as portret i shtypur për ta krahasuar me atë të çipit.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="100" />
        <source>The chip's portrait, against {parts}: the face the issuer stored differs.</source>
        <translation>Portreti i çipit, kundrejt {parts}: fytyra që ruajti lëshuesi ndryshon.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="101" />
        <source>the bearer</source>
        <translation>bartësit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="102" />
        <source>the printed portrait</source>
        <translation>portretit të shtypur</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="130" />
        <source>{field}: check digit {printed}, computed {computed}</source>
        <translation>{field}: shifra e kontrollit {printed}, e llogaritur {computed}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="139" />
        <source>Not on the watch lists: {lists}.</source>
        <translation>Nuk është në listat e kërkimit: {lists}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="140" />
        <source>No watch list is installed on this workstation.</source>
        <translation>Në këtë stacion pune nuk është instaluar asnjë listë kërkimi.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="141" />
        <source>No MRZ was read, so the watch lists were not checked: check them by hand.</source>
        <translation>MRZ nuk u lexua, ndaj listat e kërkimit nuk u kontrolluan: kontrollojini me dorë.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="142" />
        <source>The MRZ's document number cannot be looked up in the watch lists: check them by hand.</source>
        <translation>Numri i dokumentit nga MRZ nuk mund të kërkohet në listat e kërkimit: kontrollojini me dorë.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="143" />
        <source>This document is on the watch list {name} of {date}. {instruction}</source>
        <translation>Ky dokument është në listën e kërkimit {name} të {date}. {instruction}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="144" />
        <source>Not on the watch lists, but {name} is {days} days old (the limit is {limit}): a recent loss or theft would not be on it. Ask an administrator to import the latest list.</source>
        <translation>Nuk është në listat e kërkimit, por {name} është {days} ditë e vjetër (kufiri është {limit}): një humbje ose vjedhje e kohëve të fundit nuk do të ishte në të. Kërkojini administratorit të importojë listën më të fundit.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="145" />
        <source>Full name</source>
        <translation>Emri i plotë</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="146" />
        <source>Other names</source>
        <translation>Emra të tjerë</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="147" />
        <source>Personal number</source>
        <translation>Numri personal</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="149" />
        <source>Place of birth</source>
        <translation>Vendi i lindjes</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="150" />
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="151" />
        <source>Telephone</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="152" />
        <source>Profession</source>
        <translation>Profesioni</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="153" />
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="154" />
        <source>Personal summary</source>
        <translation>Përmbledhje personale</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="155" />
        <source>Custody information</source>
        <translation>Të dhëna për kujdestarinë</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="156" />
        <source>Issuing authority</source>
        <translation>Autoriteti lëshues</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="157" />
        <source>Date of issue</source>
        <translation>Data e lëshimit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="158" />
        <source>Other persons</source>
        <translation>Persona të tjerë</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="159" />
        <source>Endorsements and observations</source>
        <translation>Shënime dhe vërejtje</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="160" />
        <source>Tax or exit requirements</source>
        <translation>Kërkesa tatimore ose dalje</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="161" />
        <source>Personalised</source>
        <translation>Personalizuar</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="162" />
        <source>Personalisation system</source>
        <translation>Sistemi i personalizimit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="163" />
        <source>Document Signer</source>
        <translation>Nënshkruesi i dokumentit (DS)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="164" />
        <source>Country Signing CA (CSCA)</source>
        <translation>Autoriteti shtetëror i certifikimit (CSCA)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="165" />
        <source>Issued by</source>
        <translation>Lëshuar nga</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="166" />
        <source>Valid</source>
        <translation>I vlefshëm</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="167" />
        <source>Serial number</source>
        <translation>Numri serik</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="168" />
        <source>SHA-256 fingerprint</source>
        <translation>Gjurma SHA-256</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="169" />
        <source>MRZ found</source>
        <translation>MRZ e gjetur</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="170" />
        <source>MRZ layout</source>
        <translation>Struktura e MRZ-së</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="171" />
        <source>MRZ check digits</source>
        <translation>Shifrat e kontrollit të MRZ-së</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="172" />
        <source>MRZ dates</source>
        <translation>Datat në MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="173" />
        <source>Country codes</source>
        <translation>Kodet e shteteve</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="174" />
        <source>Validity</source>
        <translation>Vlefshmëria</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="175" />
        <source>Document identified</source>
        <translation>Dokumenti i identifikuar</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="176" />
        <source>Printed data against the MRZ</source>
        <translation>Të dhënat e shtypura kundrejt MRZ-së</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="177" />
        <source>Bar codes read</source>
        <translation>Barkodet e lexuara</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="178" />
        <source>Seal signature</source>
        <translation>Nënshkrimi i vulës</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="179" />
        <source>Seal data against the MRZ</source>
        <translation>Të dhënat e vulës kundrejt MRZ-së</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="180" />
        <source>Dull paper in UV</source>
        <translation>Letër pa shkëlqim në UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="181" />
        <source>UV features</source>
        <translation>Elementet UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="182" />
        <source>MRZ ink in IR</source>
        <translation>Boja e MRZ-së në IR</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="183" />
        <source>IR features</source>
        <translation>Elementet IR</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="184" />
        <source>Visible features</source>
        <translation>Elementet në dritë të dukshme</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="185" />
        <source>Portrait found</source>
        <translation>Portreti i gjetur</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="186" />
        <source>Face comparison</source>
        <translation>Krahasimi i fytyrës</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="187" />
        <source>Chip read</source>
        <translation>Çipi u lexua</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="188" />
        <source>Chip data signed by the issuer</source>
        <translation>Të dhënat e çipit të nënshkruara nga lëshuesi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="189" />
        <source>Chip not copied</source>
        <translation>Çipi nuk është kopjuar</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="190" />
        <source>Chip MRZ against the printed MRZ</source>
        <translation>MRZ e çipit kundrejt MRZ të shtypur</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="191" />
        <source>Chip portrait comparison</source>
        <translation>Krahasimi i portretit të çipit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="192" />
        <source>Watch lists (lost, stolen, revoked)</source>
        <translation>Listat e kërkimit (të humbura, të vjedhura, të revokuara)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="193" />
        <source>the visible-light features</source>
        <translation>elementet në dritë të dukshme</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="194" />
        <source>the face</source>
        <translation>fytyra</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="195" />
        <source>NO ANOMALIES FOUND — the officer decides</source>
        <translation>NUK U GJETËN ANOMALI — vendos zyrtari</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="197" />
        <source>nothing</source>
        <translation>asgjë</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="198" />
        <source>{p0}</source>
        <translation>{p0}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="199" />
        <source>{p0} and {p1}</source>
        <translation>{p0} dhe {p1}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="200" />
        <source>{p0}, {p1} and {p2}</source>
        <translation>{p0}, {p1} dhe {p2}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="201" />
        <source>{p0}, {p1}, {p2} and {p3}</source>
        <translation>{p0}, {p1}, {p2} dhe {p3}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="202" />
        <source>ANOMALIES FOUND — see the failed checks</source>
        <translation>U GJETËN ANOMALI — shihni kontrollet e dështuara</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="203" />
        <source>INCONCLUSIVE — some checks could not be made</source>
        <translation>PA PËRFUNDIM — disa kontrolle nuk mund të kryheshin</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="204" />
        <source>NO ANOMALIES IN WHAT WAS EXAMINED — {parts} was not examined</source>
        <translation>NUK KA ANOMALI NË ATË QË U SHQYRTUA — nuk u shqyrtua: {parts}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="205" />
        <source>INCONCLUSIVE — no reference for this document in the library: only what needs none was checked</source>
        <translation>PA PËRFUNDIM — për këtë dokument nuk ka referencë në bibliotekë: u kontrollua vetëm ajo që nuk kërkon referencë</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="206" />
        <source>NO ANOMALIES IN WHAT WAS EXAMINED — {parts} were not examined</source>
        <translation>NUK KA ANOMALI NË ATË QË U SHQYRTUA — nuk u shqyrtuan: {parts}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="207" />
        <source>surname</source>
        <translation>mbiemri</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="208" />
        <source>given names</source>
        <translation>emrat</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="209" />
        <source>surname printed {printed!r}, MRZ {mrz!r}</source>
        <translation>mbiemri i shtypur {printed!r}, MRZ {mrz!r}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="210" />
        <source>given names printed {printed!r}, MRZ {mrz!r}</source>
        <translation>emrat e shtypur {printed!r}, MRZ {mrz!r}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="211" />
        <source>date of birth printed {printed}, MRZ {mrz}</source>
        <translation>datëlindja e shtypur {printed}, MRZ {mrz}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="212" />
        <source>number printed {printed!r}, MRZ {mrz!r}</source>
        <translation>numri i shtypur {printed!r}, MRZ {mrz!r}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="213" />
        <source>The document code</source>
        <translation>Kodi i dokumentit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="214" />
        <source>The issuing state</source>
        <translation>Shteti lëshues</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="215" />
        <source>The nationality</source>
        <translation>Shtetësia</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="216" />
        <source>The name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="217" />
        <source>The surname</source>
        <translation>Mbiemri</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="218" />
        <source>The given names</source>
        <translation>Emrat</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="219" />
        <source>The document number</source>
        <translation>Numri i dokumentit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="220" />
        <source>The optional data</source>
        <translation>Të dhënat opsionale</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="221" />
        <source>The second optional data field</source>
        <translation>Fusha e dytë e të dhënave opsionale</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="222" />
        <source>The date of birth</source>
        <translation>Datëlindja</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="223" />
        <source>The date of expiry</source>
        <translation>Data e skadimit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="224" />
        <source>The sex field</source>
        <translation>Fusha e gjinisë</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="225" />
        <source>issuing state</source>
        <translation>shtetit lëshues</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="226" />
        <source>nationality</source>
        <translation>shtetësisë</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="227" />
        <source>the filler in position 15 excluded, as Doc 9303-5 specifies</source>
        <translation>pa karakterin mbushës në pozicionin 15, siç përcakton Doc 9303-5</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="228" />
        <source>the filler in position 15 counted, as some issuers do</source>
        <translation>me karakterin mbushës në pozicionin 15 të llogaritur, siç bëjnë disa lëshues</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="229" />
        <source>The document number continues in the optional data; its check digit holds with {how}.</source>
        <translation>Numri i dokumentit vazhdon në të dhënat opsionale; shifra e tij e kontrollit është e saktë {how}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="230" />
        <source>{field} {raw!r} is not a calendar date (YYMMDD).</source>
        <translation>{field} {raw!r} nuk është datë kalendarike (VVMMDD).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="231" />
        <source>a {format} document code starts with {allowed}</source>
        <translation>kodi i dokumentit {format} fillon me {allowed}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="232" />
        <source>V, AI and AC are not used as TD1/TD2 document codes</source>
        <translation>V, AI dhe AC nuk përdoren si kode dokumentesh TD1/TD2</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="233" />
        <source>Document code {code!r}: {problems} (Doc 9303).</source>
        <translation>Kodi i dokumentit {code!r}: {problems} (Doc 9303).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="234" />
        <source>The MRZ has no surname.</source>
        <translation>MRZ-ja nuk ka mbiemër.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="235" />
        <source>The name fills the whole MRZ field and may have been truncated; compare it with the name printed on the document.</source>
        <translation>Emri mbush të gjithë fushën e MRZ-së dhe mund të jetë shkurtuar; krahasojeni me emrin e shtypur në dokument.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="236" />
        <source>The MRZ has no document number.</source>
        <translation>MRZ-ja nuk ka numër dokumenti.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="237" />
        <source>This format does not carry the date of expiry; read it on the document.</source>
        <translation>Ky format nuk përmban datën e skadimit; lexojeni në dokument.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="238" />
        <source>The document expired on {date}.</source>
        <translation>Dokumenti ka skaduar më {date}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="239" />
        <source>The date of birth is not before the date of expiry.</source>
        <translation>Datëlindja nuk është para datës së skadimit.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="240" />
        <source>Sex must be M, F or &lt;, not {raw!r}.</source>
        <translation>Gjinia duhet të jetë M, F ose &lt;, jo {raw!r}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="241" />
        <source>The {what} code {raw!r} is not a three-letter code.</source>
        <translation>Kodi i {what} {raw!r} nuk është kod me tri shkronja.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="242" />
        <source>The {what} code {code} is not in Doc 9303-3 or ISO 3166-1.</source>
        <translation>Kodi i {what} {code} nuk gjendet as në Doc 9303-3, as në ISO 3166-1.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="243" />
        <source>Sex is printed as X; Doc 9303 writes an unspecified sex as &lt; in the MRZ.</source>
        <translation>Gjinia është shtypur si X; Doc 9303 e shënon gjininë e papërcaktuar në MRZ me &lt;.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="244" />
        <source>{field} holds characters not allowed there: {bad}</source>
        <translation>{field}: përmban karaktere që nuk lejohen aty: {bad}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="245" />
        <source>The {what} code {code} has been withdrawn from ISO 3166-1.</source>
        <translation>Kodi i {what} {code} është tërhequr nga ISO 3166-1.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="246" />
        <source>second optional data field</source>
        <translation>fusha e dytë e të dhënave opsionale</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="247" />
        <source>Fillers in the name were read as K and restored; names have no check digit, so compare the name with the one printed on the document.</source>
        <translation>Karakteret mbushëse në emër u lexuan si K dhe u rikthyen; emrat nuk kanë shifër kontrolli, prandaj krahasojeni emrin me atë të shtypur në dokument.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="248" />
        <source>The OCR read fillers as K; the K at the end of the {field} may be a letter or a filler, and check digits cannot tell them apart. {advice}</source>
        <translation>OCR-ja i lexoi karakteret mbushëse si K; K-ja në fund të fushës „{field}“ mund të jetë shkronjë ose karakter mbushës, dhe shifrat e kontrollit nuk i dallojnë dot. {advice}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="249" />
        <source>The OCR read fillers as K and the name still contains K, which may be a letter or a space; read the name on the document.</source>
        <translation>OCR-ja i lexoi karakteret mbushëse si K dhe emri ende përmban K, që mund të jetë shkronjë ose hapësirë; lexojeni emrin në dokument.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="250" />
        <source>Input normalised: {what}.</source>
        <translation>Hyrja u normalizua: {what}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="251" />
        <source>{count} character(s) were chosen by the check digits among look-alike readings; a check digit misses about one such error in ten, so compare the repaired fields with the data printed on the document.</source>
        <translation>Shifrat e kontrollit zgjodhën {count} karakter(e) ndër leximet e ngjashme; një shifër kontrolli nuk e dallon afërsisht një në dhjetë gabime të tilla, prandaj krahasoni fushat e riparuara me të dhënat e shtypura në dokument.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="252" />
        <source>{count} different corrections would make the check digits hold; none was applied. Read the MRZ on the document.</source>
        <translation>{count} korrigjime të ndryshme do t'i bënin të sakta shifrat e kontrollit; asnjëra nuk u zbatua. Lexoni MRZ-në në dokument.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="253" />
        <source>spaces removed</source>
        <translation>u hoqën hapësirat</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="254" />
        <source>lower case converted</source>
        <translation>shkronjat e vogla u kthyen në të mëdha</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="255" />
        <source>Line {line} has a character too many or too few, and the check digits cannot tell where; read that line on the document.</source>
        <translation>Rreshti {line} ka një karakter më shumë ose më pak, dhe shifrat e kontrollit nuk tregojnë dot ku; lexojeni atë rresht në dokument.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="256" />
        <source>Read the number on the document.</source>
        <translation>Lexoni numrin në dokument.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="257" />
        <source>Compare with the document.</source>
        <translation>Krahasojeni me dokumentin.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="258" />
        <source>Visible light</source>
        <translation>Dritë e dukshme</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="259" />
        <source>UV 365 nm</source>
        <translation>UV 365 nm</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="260" />
        <source>IR 870 nm</source>
        <translation>IR 870 nm</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="261" />
        <source>Anomalies</source>
        <translation>Anomali</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="262" />
        <source>Inconclusive</source>
        <translation>Pa përfundim</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="263" />
        <source>No anomalies</source>
        <translation>Pa anomali</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="264" />
        <source>Released</source>
        <translation>Lejuar kalimi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="265" />
        <source>Referred to an expert</source>
        <translation>Referuar te eksperti</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="266" />
        <source>Suspected fraud</source>
        <translation>Dyshim për mashtrim</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="267" />
        <source>Not decided</source>
        <translation>Pa vendim</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="268" />
        <source>No decision recorded</source>
        <translation>Nuk u regjistrua vendim</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="269" />
        <source>Genuine</source>
        <translation>I vërtetë</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="270" />
        <source>Counterfeit (a reproduction of the whole document)</source>
        <translation>I kopjuar (riprodhim i të gjithë dokumentit)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="271" />
        <source>Forgery (a genuine document altered)</source>
        <translation>I falsifikuar (dokument i vërtetë i ndryshuar)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="272" />
        <source>Pseudo or fantasy document</source>
        <translation>Pseudo-dokument ose dokument fantazi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="273" />
        <source>Genuine, fraudulently obtained</source>
        <translation>I vërtetë, i marrë me mashtrim</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="274" />
        <source>Genuine, used by an impostor</source>
        <translation>I vërtetë, i përdorur nga një mashtrues</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="275" />
        <source>Stolen blank</source>
        <translation>Formular bosh i vjedhur</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="276" />
        <source>{band}. {reason}</source>
        <translation>{band}. {reason}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="277" />
        <source>Verifier — inspection report #{n}</source>
        <translation>Verifier — raporti i kontrollit #{n}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="278" />
        <source>Report #{n}: personal data purged</source>
        <translation>Raporti #{n}: të dhënat personale u fshinë</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="279" />
        <source>Purged on {date} at the end of the retention period. The non-personal statistics remain.</source>
        <translation>Fshirë më {date} në përfundim të afatit të ruajtjes. Statistikat pa të dhëna personale mbeten.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="280" />
        <source>Pass</source>
        <translation>Në rregull</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="281" />
        <source>FAIL</source>
        <translation>DËSHTOI</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="282" />
        <source>Warning</source>
        <translation>Paralajmërim</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="283" />
        <source>Skipped</source>
        <translation>Anashkaluar</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="284" />
        <source>Not checked</source>
        <translation>Nuk u kontrollua</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="296" />
        <source>Report #{seq} of {date}: {verdict}; {decision}; expert's classification: {kind}.</source>
        <translation>Raporti nr. {seq} i {date}: {verdict}; {decision}; klasifikimi i ekspertit: {kind}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="297" />
        <source>Report #{seq} of {date}: {verdict}; {decision}.</source>
        <translation>Raporti nr. {seq} i {date}: {verdict}; {decision}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="285" />
        <source>{title}: from {hub}, {issued}, in force until {expires}.</source>
        <translation>{title}: nga {hub}, {issued}, në fuqi deri më {expires}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="286" />
        <source>Look for: {what}</source>
        <translation>Kini kujdes: {what}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="287" />
        <source>not identified</source>
        <translation>i paidentifikuar</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="288" />
        <source>Portrait in the chip</source>
        <translation>Portreti në çip</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="289" />
        <source>No bearer photo was compared.</source>
        <translation>Nuk u krahasua asnjë foto e paraqitësit.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="290" />
        <source>Match</source>
        <translation>Përputhet</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="291" />
        <source>Uncertain</source>
        <translation>E pasigurt</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="292" />
        <source>No match</source>
        <translation>Nuk përputhet</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="293" />
        <source>{percent}% similar: {band}. {reason}</source>
        <translation>{percent}% ngjashmëri: {band}. {reason}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="294" />
        <source>— (command line)</source>
        <translation>— (rreshti i komandave)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="295" />
        <source>Addendum #{n}</source>
        <translation>Shtojca #{n}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="298" />
        <source>The document was not identified: this alert concerns the design {template} of the same issuing state and document type.</source>
        <translation>Dokumenti nuk u identifikua: ky paralajmërim i përket modelit {template} të të njëjtit shtet lëshues dhe lloj dokumenti.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="299" />
        <source>Template</source>
        <translation>Shablloni</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="300" />
        <source>Document code</source>
        <translation>Kodi i dokumentit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="301" />
        <source>Issuing state</source>
        <translation>Shteti lëshues</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="302" />
        <source>Document number</source>
        <translation>Numri i dokumentit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="303" />
        <source>Surname</source>
        <translation>Mbiemri</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="304" />
        <source>Given names</source>
        <translation>Emri</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="305" />
        <source>Nationality</source>
        <translation>Shtetësia</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="148" />
        <source>Date of birth</source>
        <translation>Datëlindja</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="306" />
        <source>Sex</source>
        <translation>Gjinia</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="307" />
        <source>Date of expiry</source>
        <translation>Data e skadimit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="308" />
        <source>Report</source>
        <translation>Raporti</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="309" />
        <source>Created</source>
        <translation>Krijuar</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="310" />
        <source>Officer</source>
        <translation>Zyrtari</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="311" />
        <source>Workstation</source>
        <translation>Stacioni i punës</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="312" />
        <source>Decision</source>
        <translation>Vendimi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="313" />
        <source>Portrait on the document</source>
        <translation>Portreti në dokument</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="314" />
        <source>Bearer photo</source>
        <translation>Foto e paraqitësit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="315" />
        <source>Report hash (SHA-256)</source>
        <translation>Hash-i i raportit (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="316" />
        <source>Signed by key</source>
        <translation>Nënshkruar me çelësin</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="317" />
        <source>Signature (Ed25519)</source>
        <translation>Nënshkrimi (Ed25519)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="319" />
        <source>No bearer photo</source>
        <translation>Pa foto të paraqitësit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="322" />
        <source>Decision corrected to: {decision}.</source>
        <translation>Vendimi u korrigjua në: {decision}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="324" />
        <source>The machine verdict reports what the checks found; the officer decides.</source>
        <translation>Vlerësimi i sistemit tregon çfarë gjetën kontrollet; vendimin e merr zyrtari.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="325" />
        <source>Document</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="326" />
        <source>Captures (failed features outlined and numbered)</source>
        <translation>Imazhet (elementet e dështuara të rrethuara dhe të numëruara)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="327" />
        <source>Checks</source>
        <translation>Kontrollet</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="329" />
        <source>No portrait</source>
        <translation>Pa portret</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="331" />
        <source>Signature</source>
        <translation>Nënshkrimi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="332" />
        <source>purged with the report</source>
        <translation>fshirë bashkë me raportin</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="333" />
        <source>Captures</source>
        <translation>Imazhet</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="338" />
        <source>Notes</source>
        <translation>Shënimet</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="339" />
        <source>Addenda</source>
        <translation>Shtojcat</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="330" />
        <source>Bearer</source>
        <translation>Paraqitësi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="334" />
        <source>Result</source>
        <translation>Rezultati</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="6" />
        <source>The MRZ's check digits do not hold: correct the MRZ before reading the chip (a wrong key makes the chip refuse, and some chips count refusals).</source>
        <translation>Shifrat e kontrollit të MRZ nuk janë të sakta: korrigjoni MRZ para leximit të çipit (një çelës i gabuar refuzohet nga çipi, dhe disa çipa i numërojnë refuzimet).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="7" />
        <source>A CAN is the 6-digit number printed on the card (digits only).</source>
        <translation>CAN është numri gjashtëshifror i shtypur në kartë (vetëm shifra).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="8" />
        <source>The MRZ given is not two or three MRZ lines of Doc 9303.</source>
        <translation>MRZ e dhënë nuk është dy ose tre rreshta MRZ sipas Doc 9303.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="9" />
        <source>expired</source>
        <translation>i skaduar</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="10" />
        <source>not yet valid</source>
        <translation>ende jo i vlefshëm</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="11" />
        <source>The SOD's signature does not hold: {why}.</source>
        <translation>Nënshkrimi i SOD nuk është i saktë: {why}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="12" />
        <source>The SOD uses an unknown hash ({name}).</source>
        <translation>SOD përdor një hash të panjohur ({name}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="13" />
        <source>The Document Signer certificate is {problem} (valid {start} to {end}).</source>
        <translation>Certifikata Document Signer është {problem} (e vlefshme nga {start} deri më {end}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="14" />
        <source>The Document Signer certificate is not for digital signatures.</source>
        <translation>Certifikata Document Signer nuk është për nënshkrime dixhitale.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="15" />
        <source>No CSCA in this workstation's trust store issued the Document Signer certificate ({issuer}): import that State's CSCA or a master list that holds it.</source>
        <translation>Asnjë CSCA në depon e besimit të këtij stacioni pune nuk e ka lëshuar certifikatën Document Signer ({issuer}): importoni CSCA-në e atij shteti ose një listë kryesore që e përmban.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="16" />
        <source>The CSCA certificate that issued the Document Signer is {problem}.</source>
        <translation>Certifikata CSCA që lëshoi Document Signer është {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="17" />
        <source>The Document Signer certificate is revoked by its CSCA's CRL.</source>
        <translation>Certifikata Document Signer është revokuar nga lista e revokimit (CRL) e CSCA-së së saj.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="18" />
        <source>DG{number} was read but the SOD does not list it.</source>
        <translation>DG{number} u lexua, por SOD nuk e përmend.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="19" />
        <source>DG{number} does not match its hash in the SOD: its data was changed after the issuing State signed it.</source>
        <translation>DG{number} nuk përputhet me hash-in e tij në SOD: të dhënat e tij janë ndryshuar pasi shteti lëshues i nënshkroi.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="20" />
        <source>The Document Signer certificate cannot be used: {why}</source>
        <translation>Certifikata Document Signer nuk mund të përdoret: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="21" />
        <source>Chip reading needs PC/SC support, which is not installed here: install the 'chip' extra (pip install 'verifier[chip]') with Debian's pcscd running.</source>
        <translation>Leximi i çipit kërkon mbështetje PC/SC, e cila nuk është instaluar këtu: instaloni shtesën 'chip' (pip install 'verifier[chip]') me pcscd të Debian-it në punë.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="22" />
        <source>The PC/SC service does not answer ({error}): start pcscd (systemctl start pcscd) and connect the reader.</source>
        <translation>Shërbimi PC/SC nuk përgjigjet ({error}): nisni pcscd (systemctl start pcscd) dhe lidhni lexuesin.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="23" />
        <source>No chip reader is connected: connect one and try again.</source>
        <translation>Asnjë lexues çipash nuk është i lidhur: lidhni një dhe provoni përsëri.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="24" />
        <source>No reader is called {name}; connected: {names}.</source>
        <translation>Asnjë lexues nuk quhet {name}; të lidhur: {names}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="25" />
        <source>The reader {name} sees no chip ({error}): put the document's data page (or cover) flat on the reader.</source>
        <translation>Lexuesi {name} nuk sheh çip ({error}): vendoseni faqen e të dhënave (ose kapakun) e dokumentit rrafsh mbi lexues.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="26" />
        <source>The chip stopped answering ({error}): keep the document still on the reader and read it again.</source>
        <translation>Çipi pushoi së përgjigjuri ({error}): mbajeni dokumentin të palëvizur mbi lexues dhe lexojeni përsëri.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="57" />
        <source>Chip Authentication</source>
        <translation>autentifikimi i çipit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="58" />
        <source>Active Authentication</source>
        <translation>autentifikimi aktiv</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="63" />
        <source>The chip does not give {groups}, which its signed data lists: a copied chip hides the keys it cannot prove it holds.</source>
        <translation>Çipi nuk jep {groups}, që i përmendin të dhënat e tij të nënshkruara: një çip i kopjuar fsheh çelësat që nuk mund të provojë se i ka.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="75" />
        <source>DG{number} is listed in the SOD but the chip did not give it.</source>
        <translation>DG{number} përmendet në SOD, por çipi nuk e dha.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="76" />
        <source>The chip refused the key from the printed MRZ: the MRZ was misread, or altered, or the chip is not this document's.</source>
        <translation>Çipi e refuzoi çelësin nga MRZ e shtypur: MRZ u lexua gabim ose është ndryshuar, ose çipi nuk i përket këtij dokumenti.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="318" />
        <source>Seen before on this workstation</source>
        <translation>Parë më parë në këtë stacion pune</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="320" />
        <source>It concerns the numbers {numbers}.</source>
        <translation>I përket numrave {numbers}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="321" />
        <source>It concerns the numbers {numbers}; this document's number was not read: compare it by eye.</source>
        <translation>I përket numrave {numbers}; numri i këtij dokumenti nuk u lexua: krahasojeni me sy.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="323" />
        <source>Expert's classification: {kind}.</source>
        <translation>Klasifikimi i ekspertit: {kind}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="328" />
        <source>Fraud alerts shown</source>
        <translation>Paralajmërimet për falsifikime të shfaqura</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="335" />
        <source>Check</source>
        <translation>Kontrolli</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="336" />
        <source>Details</source>
        <translation>Detajet</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="337" />
        <source>Chip</source>
        <translation>Çip</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="340" />
        <source>Not examined</source>
        <translation>Nuk u shqyrtua</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="341" />
        <source>Checks that did not pass</source>
        <translation>Kontrollet që nuk kaluan</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="342" />
        <source>Report to the duty officer; do not return the document. A hit is a reason to check, not a proof: confirm it with the issuing authority.</source>
        <translation>Njoftoni oficerin kujdestar; mos e ktheni dokumentin. Një përputhje është arsye për verifikim, jo provë: konfirmojeni me autoritetin lëshues.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="343" />
        <source>Utopia identity card, 2021 series</source>
        <translation>Letërnjoftimi i Utopisë, seria 2021</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="344" />
        <source>Front and back are captured side by side.</source>
        <translation>Imazhet e anës së përparme dhe të pasme kapen krah për krah.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="345" />
        <source>Card number in red ink: orange under UV, dark in IR.</source>
        <translation>Numri i kartës me bojë të kuqe: portokalli nën UV, i errët në IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="346" />
        <source>UV: dull card body, a pink star emblem at top right of the front, red and yellow fibres.</source>
        <translation>UV: trupi i kartës pa shkëlqim, një emblemë rozë në formë ylli lart djathtas në anën e përparme, fije të kuqe dhe të verdha.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="347" />
        <source>What to look at:</source>
        <translation>Çfarë të shikoni:</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="348" />
        <source>Under UV the paper stays dark: genuine paper has no brighteners.</source>
        <translation>Nën UV letra mbetet e errët: letra origjinale nuk ka zbardhues optikë.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="349" />
        <source>A star emblem glows under UV.</source>
        <translation>Një emblemë në formë ylli shkëlqen nën UV.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="350" />
        <source>Emblem in UV (front)</source>
        <translation>Emblema në UV (ana e përparme)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="351" />
        <source>Fluorescent fibres at random positions, in the design's colours only.</source>
        <translation>Fije fluoreshente në pozicione të rastësishme, vetëm në ngjyrat e dizajnit.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="352" />
        <source>Fibres in UV</source>
        <translation>Fijet në UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="353" />
        <source>The document number is printed in an ink glowing orange under UV.</source>
        <translation>Numri i dokumentit është shtypur me bojë që shkëlqen në portokalli nën UV.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="354" />
        <source>Number ink in UV</source>
        <translation>Boja e numrit në UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="355" />
        <source>Every MRZ line absorbs in B900: dark in IR (Doc 9303-3 §4.10).</source>
        <translation>Çdo rresht i MRZ-së absorbon në B900: i errët në IR (Doc 9303-3 §4.10).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="356" />
        <source>The laser-engraved portrait is visible in IR.</source>
        <translation>Portreti i gdhendur me lazer është i dukshëm në IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="357" />
        <source>Portrait in IR (front)</source>
        <translation>Portreti në IR (ana e përparme)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="358" />
        <source>Fine blue waves cross the lower right corner of the portrait.</source>
        <translation>Valë të holla blu përshkojnë këndin e poshtëm djathtas të portretit.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="359" />
        <source>Portrait overprint (front)</source>
        <translation>Mbishtypja e portretit (ana e përparme)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="360" />
        <source>The printed header and background vanish in IR.</source>
        <translation>Titulli i shtypur dhe sfondi zhduken në IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="361" />
        <source>Background vanishing in IR</source>
        <translation>Sfondi që zhduket në IR</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="362" />
        <source>Header band and guilloche background as on the reference.</source>
        <translation>Shiriti i titullit dhe sfondi gilosh si në referencë.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="363" />
        <source>Background and guilloche</source>
        <translation>Sfondi dhe giloshi</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="364" />
        <source>Utopia identity card, 2024 series</source>
        <translation>Letërnjoftimi i Utopisë, seria 2024</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="365" />
        <source>Full-bleed photographic landscape behind the data on both sides; portrait at the right.</source>
        <translation>Peizazh fotografik në të gjithë sipërfaqen pas të dhënave në të dy anët; portreti djathtas.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="366" />
        <source>UV: dull card body, a blue star emblem between data and portrait, pink and green fibres.</source>
        <translation>UV: trupi i kartës pa shkëlqim, një emblemë blu në formë ylli midis të dhënave dhe portretit, fije rozë dhe të gjelbra.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="367" />
        <source>Utopia passport, 2010 series</source>
        <translation>Pasaporta e Utopisë, seria 2010</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="368" />
        <source>Portrait at the right, printed in grey: visible in IR.</source>
        <translation>Portreti djathtas, i shtypur në gri: i dukshëm në IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="369" />
        <source>UV: dull paper; a blue shield emblem in the middle; blue and yellow fibres.</source>
        <translation>UV: letër pa shkëlqim; një emblemë blu në formë mburoje në mes; fije blu dhe të verdha.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="370" />
        <source>Look-alike of the 2020 series: tell them apart by the portrait side and colours.</source>
        <translation>Ngjason me serinë 2020: dallojini sipas anës ku ndodhet portreti dhe sipas ngjyrave.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="371" />
        <source>A shield emblem glows under UV.</source>
        <translation>Një emblemë në formë mburoje shkëlqen nën UV.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="372" />
        <source>Emblem in UV</source>
        <translation>Emblema në UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="373" />
        <source>Portrait in IR</source>
        <translation>Portreti në IR</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="374" />
        <source>Portrait overprint</source>
        <translation>Mbishtypja e portretit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="375" />
        <source>Utopia passport, 2020 series</source>
        <translation>Pasaporta e Utopisë, seria 2020</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="376" />
        <source>Portrait laser-engraved in grey: visible in IR, with a fine wavy overprint crossing its lower right corner.</source>
        <translation>Portreti i gdhendur me lazer në gri: i dukshëm në IR, me një mbishtypje të hollë me valëza që përshkon këndin e tij të poshtëm djathtas.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="377" />
        <source>Passport number printed in red ink that fluoresces orange under UV and stays dark in IR.</source>
        <translation>Numri i pasaportës i shtypur me bojë të kuqe që shkëlqen në portokalli nën UV dhe mbetet e errët në IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="378" />
        <source>UV: dull paper; a yellow-green star emblem right of the data; red, blue and yellow-green fibres at random positions.</source>
        <translation>UV: letër pa shkëlqim; një emblemë e verdhë në të gjelbër në formë ylli në të djathtë të të dhënave; fije të kuqe, blu dhe të verdha në të gjelbër në pozicione të rastësishme.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="379" />
        <source>Ghost image of the portrait at the right, faint in visible light.</source>
        <translation>Imazhi fantazmë i portretit djathtas, i zbehtë në dritë të dukshme.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="380" />
        <source>Utopia passport, 2024 series</source>
        <translation>Pasaporta e Utopisë, seria 2024</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="381" />
        <source>Rosette background in apricot and teal; portrait at the right with a ghost image left of it; passport number in teal ink that glows cyan under UV.</source>
        <translation>Sfond me rozeta në ngjyrë kajsie dhe blu të gjelbër; portreti djathtas me një imazh fantazmë në të majtë të tij; numri i pasaportës me bojë blu të gjelbër që shkëlqen në ngjyrë cian nën UV.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="382" />
        <source>UV: dull paper, an orange shield emblem above the ghost image, green and orange fibres.</source>
        <translation>UV: letër pa shkëlqim, një emblemë portokalli në formë mburoje mbi imazhin fantazmë, fije të gjelbra dhe portokalli.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="383" />
        <source>Utopia residence permit, 2019 series</source>
        <translation>Leja e qëndrimit e Utopisë, seria 2019</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="384" />
        <source>Visible digital seal (Doc 9303-13, Utopia residence-permit profile) at top right.</source>
        <translation>Vulë dixhitale e dukshme (Doc 9303-13, profili i lejes së qëndrimit të Utopisë) lart djathtas.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="385" />
        <source>UV: dull paper, a yellow shield emblem below the portrait, red and blue fibres.</source>
        <translation>UV: letër pa shkëlqim, një emblemë e verdhë në formë mburoje poshtë portretit, fije të kuqe dhe blu.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="386" />
        <source>Utopia visa, 2022 series</source>
        <translation>Viza e Utopisë, seria 2022</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="387" />
        <source>Visible digital seal (Doc 9303-7 §9 visa profile) at top right.</source>
        <translation>Vulë dixhitale e dukshme (Doc 9303-7 §9, profili i vizës) lart djathtas.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="388" />
        <source>Visa number in red ink: orange under UV, dark in IR.</source>
        <translation>Numri i vizës me bojë të kuqe: portokalli nën UV, i errët në IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="389" />
        <source>UV: dull sticker, a mint star emblem below the portrait, three fibre colours.</source>
        <translation>UV: stiker pa shkëlqim, një emblemë në ngjyrë mente në formë ylli poshtë portretit, fije në tri ngjyra.</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="51" />
        <source>visible light</source>
        <translation>dritë e dukshme</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="51" />
        <source>UV</source>
        <translation>UV</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="51" />
        <source>IR</source>
        <translation>IR</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="24" />
        <source>Officer</source>
        <translation>Zyrtari</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="25" />
        <source>Trainer</source>
        <translation>Trajnuesi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="26" />
        <source>Administrator</source>
        <translation>Administratori</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="29" />
        <source>Pre-test</source>
        <translation>Testi fillestar</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="30" />
        <source>Post-test</source>
        <translation>Testi përfundimtar</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="31" />
        <source>Practice</source>
        <translation>Ushtrimi</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="34" />
        <source>Standard</source>
        <translation>Standarde</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="35" />
        <source>High contrast</source>
        <translation>Kontrast i lartë</translation>
    </message>
</context>
</TS>