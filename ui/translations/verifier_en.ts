<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="141" />
        <source>Addendum to report #{0}</source>
        <translation>Addendum to report #{0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="146" />
        <source>A signed report is never changed. An addendum corrects or completes it: it is signed, added to the chain and shown with the report.</source>
        <translation>A signed report is never changed. An addendum corrects or completes it: it is signed, added to the chain and shown with the report.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="154" />
        <source>Decision unchanged ({0})</source>
        <translation>Decision unchanged ({0})</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="158" />
        <source>Correct the decision to: {0}</source>
        <translation>Correct the decision to: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="163" />
        <source>No expert classification</source>
        <translation>No expert classification</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="166" />
        <source>Expert's classification: {0}</source>
        <translation>Expert's classification: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="170" />
        <source>What it corrects or adds, and why</source>
        <translation>What it corrects or adds, and why</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="173" />
        <source>&amp;Sign and add</source>
        <translation>&amp;Sign and add</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="104" />
        <source>⚑ Fraud alerts for this document design ({0}): check what they describe.</source>
        <translation>⚑ Fraud alerts for this document design ({0}): check what they describe.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="134" />
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="137" />
        <source>Alert: {0} ({1})</source>
        <translation>Alert: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="142" />
        <source>This document ({0})</source>
        <translation>This document ({0})</translation>
    </message>
</context>
<context>
    <name>CaptureSlot</name>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="110" />
        <location filename="../../verifier/gui/inspection.py" line="123" />
        <source>Drop an image here
or click to choose</source>
        <translation>Drop an image here
or click to choose</translation>
    </message>
</context>
<context>
    <name>CourseResults</name>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="37" />
        <source>Course results</source>
        <translation>Course results</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="47" />
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="47" />
        <source>Pre-test %</source>
        <translation>Pre-test %</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="47" />
        <source>Post-test %</source>
        <translation>Post-test %</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="48" />
        <source>Improved</source>
        <translation>Improved</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="48" />
        <source>Verdicts right (pre/post)</source>
        <translation>Verdicts right (pre/post)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="49" />
        <source>Anomalies found (pre/post)</source>
        <translation>Anomalies found (pre/post)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="49" />
        <source>False alarms (pre/post)</source>
        <translation>False alarms (pre/post)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="51" />
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="51" />
        <location filename="../../verifier/gui/course_results.py" line="52" />
        <source>Pre-tests</source>
        <translation>Pre-tests</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="51" />
        <location filename="../../verifier/gui/course_results.py" line="52" />
        <source>Post-tests</source>
        <translation>Post-tests</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="52" />
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="54" />
        <source>Per trainee</source>
        <translation>Per trainee</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="55" />
        <source>Right verdicts per sample</source>
        <translation>Right verdicts per sample</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="56" />
        <source>Anomalies found per feature</source>
        <translation>Anomalies found per feature</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="58" />
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="59" />
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="60" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="62" />
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="98" />
        <source>No course has sessions yet.</source>
        <translation>No course has sessions yet.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="105" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="105" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="129" />
        <source>Trainees improved: no trainee has taken both tests yet (target {0} %).</source>
        <translation>Trainees improved: no trainee has taken both tests yet (target {0} %).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="133" />
        <source>target met</source>
        <translation>target met</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="133" />
        <source>below the target</source>
        <translation>below the target</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="135" />
        <source>Trainees improved: {0} % of {1} with both tests — target {2} %, {3}.</source>
        <translation>Trainees improved: {0} % of {1} with both tests — target {2} %, {3}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="146" />
        <source>Export the course results</source>
        <translation>Export the course results</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="158" />
        <source>Not exported: {0}</source>
        <translation>Not exported: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="164" />
        <source>Exported to {0}.</source>
        <translation>Exported to {0}.</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <location filename="../decision.ui" line="9" />
        <source>Officer's decision:</source>
        <translation>Officer's decision:</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="16" />
        <source>&amp;Released (Ctrl+1)</source>
        <translation>&amp;Released (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="23" />
        <source>Referred to &amp;expert (Ctrl+2)</source>
        <translation>Referred to &amp;expert (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="30" />
        <source>Suspected &amp;fraud (Ctrl+3)</source>
        <translation>Suspected &amp;fraud (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="37" />
        <source>Notes for the report (optional)</source>
        <translation>Notes for the report (optional)</translation>
    </message>
</context>
<context>
    <name>FraudAlertView</name>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="156" />
        <source>Alerts from the regional hub about forgeries in circulation. Each is shown at the inspection of the design it concerns until it expires or the hub withdraws it. Personal data is masked on the examples.</source>
        <translation>Alerts from the regional hub about forgeries in circulation. Each is shown at the inspection of the design it concerns until it expires or the hub withdraws it. Personal data is masked on the examples.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="165" />
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="165" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="177" />
        <source>&amp;Import fraud alerts…</source>
        <translation>&amp;Import fraud alerts…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="192" />
        <location filename="../../verifier/gui/fraudalerts.py" line="256" />
        <source>Only an administrator imports alerts.</source>
        <translation>Only an administrator imports alerts.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="201" />
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="202" />
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="202" />
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="208" />
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="221" />
        <source>No fraud alert is installed.</source>
        <translation>No fraud alert is installed.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="223" />
        <source>Alerts: {0}, in force: {1}.</source>
        <translation>Alerts: {0}, in force: {1}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="238" />
        <source>Look for: {0}</source>
        <translation>Look for: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="261" />
        <source>Import fraud alerts</source>
        <translation>Import fraud alerts</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="263" />
        <source>Fraud alerts (*.alert);;All files (*)</source>
        <translation>Fraud alerts (*.alert);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="277" />
        <source>Refused; the alerts in force are unchanged: {0}</source>
        <translation>Refused; the alerts in force are unchanged: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="280" />
        <source>Imported: {0}.</source>
        <translation>Imported: {0}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../verifier/gui/history.py" line="49" />
        <source>Created (UTC)</source>
        <translation>Created (UTC)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="50" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="51" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="52" />
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="54" />
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="55" />
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="53" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="56" />
        <source>Failed checks</source>
        <translation>Failed checks</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="157" />
        <source>any verdict</source>
        <translation>any verdict</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="166" />
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="167" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="169" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="115" />
        <source>&amp;Verify signatures</source>
        <translation>&amp;Verify signatures</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="116" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="117" />
        <source>A&amp;ddendum…</source>
        <translation>A&amp;ddendum…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="118" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="153" />
        <source>document number, or part of it</source>
        <translation>document number, or part of it</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="155" />
        <source>name, or part of it</source>
        <translation>name, or part of it</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="161" />
        <source>any decision</source>
        <translation>any decision</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="164" />
        <source>no decision recorded</source>
        <translation>no decision recorded</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="184" />
        <source>any officer</source>
        <translation>any officer</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="217" />
        <source>(purged)</source>
        <translation>(purged)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="224" />
        <source>Corrected or completed by a signed addendum</source>
        <translation>Corrected or completed by a signed addendum</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="228" />
        <source>{0} report(s).</source>
        <translation>{0} report(s).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="262" />
        <source>Select a report that was not purged.</source>
        <translation>Select a report that was not purged.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="285" />
        <source>Addendum #{0} to report #{1} signed and saved.</source>
        <translation>Addendum #{0} to report #{1} signed and saved.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="312" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="317" />
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="319" />
        <location filename="../../verifier/gui/history.py" line="321" />
        <source>Not done: {0}</source>
        <translation>Not done: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="321" />
        <source>an internal error.</source>
        <translation>an internal error.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="334" />
        <source>Verifying every signature, link and image file…</source>
        <translation>Verifying every signature, link and image file…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="394" />
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="354" />
        <source>All {0} reports verify: signatures, chain and image files.</source>
        <translation>All {0} reports verify: signatures, chain and image files.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="360" />
        <source>PROBLEMS FOUND: {0}</source>
        <translation>PROBLEMS FOUND: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="365" />
        <source>Select a report first.</source>
        <translation>Select a report first.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="369" />
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="391" />
        <source>Report #{0} exported to {1}.</source>
        <translation>Report #{0} exported to {1}.</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="80" />
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="81" />
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="82" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="83" />
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="84" />
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="85" />
        <source>Not examined</source>
        <translation>Not examined</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="190" />
        <source>Visible light</source>
        <translation>Visible light</translation>
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
        <translation>Bearer photo</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="233" />
        <source>&amp;Open files… (Ctrl+O)</source>
        <translation>&amp;Open files… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="234" />
        <source>S&amp;amples… (Ctrl+M)</source>
        <translation>S&amp;amples… (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="235" />
        <source>&amp;Hot folder (Ctrl+H)</source>
        <translation>&amp;Hot folder (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="237" />
        <source>&amp;Camera (Ctrl+K)</source>
        <translation>&amp;Camera (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="239" />
        <source>Ca&amp;pture (Space)</source>
        <translation>Ca&amp;pture (Space)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="240" />
        <source>Next &amp;light (Ctrl+L)</source>
        <translation>Next &amp;light (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="241" />
        <source>&amp;Inspect (F5)</source>
        <translation>&amp;Inspect (F5)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="243" />
        <source>&amp;New inspection (Ctrl+N)</source>
        <translation>&amp;New inspection (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="271" />
        <source>Rea&amp;d the chip (Ctrl+R)</source>
        <translation>Rea&amp;d the chip (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="276" />
        <source>Read the document's chip during the inspection: on a chip reader, or a sample's simulated chip. The MRZ is the key; for an ID card, type its CAN.</source>
        <translation>Read the document's chip during the inspection: on a chip reader, or a sample's simulated chip. The MRZ is the key; for an ID card, type its CAN.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="281" />
        <source>CAN (ID cards, optional)</source>
        <translation>CAN (ID cards, optional)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="338" />
        <source>Hide or show the captures (Ctrl+\)</source>
        <translation>Hide or show the captures (Ctrl+\)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="356" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="356" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="356" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="408" />
        <source>Brightness</source>
        <translation>Brightness</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="409" />
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="416" />
        <source>Invert</source>
        <translation>Invert</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="426" />
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="427" />
        <source>Blink with the reference</source>
        <translation>Blink with the reference</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="428" />
        <source>Difference from the reference</source>
        <translation>Difference from the reference</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="432" />
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="448" />
        <location filename="../../verifier/gui/inspection.py" line="1183" />
        <location filename="../../verifier/gui/inspection.py" line="1209" />
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="448" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="465" />
        <source>Portrait on the document</source>
        <translation>Portrait on the document</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="466" />
        <source>Bearer, photographed now</source>
        <translation>Bearer, photographed now</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="467" />
        <source>Portrait in the chip</source>
        <translation>Portrait in the chip</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="483" />
        <location filename="../../verifier/gui/inspection.py" line="1025" />
        <source>Face</source>
        <translation>Face</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="552" />
        <source>Decide this inspection first (Ctrl+1, Ctrl+2 or Ctrl+3).</source>
        <translation>Decide this inspection first (Ctrl+1, Ctrl+2 or Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="555" />
        <source>Record as not decided</source>
        <translation>Record as not decided</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="557" />
        <source>The inspection is kept as a signed report with no decision. Say why it was left (e.g. the traveller withdrew, the document was recaptured).</source>
        <translation>The inspection is kept as a signed report with no decision. Say why it was left (e.g. the traveller withdrew, the document was recaptured).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="560" />
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="564" />
        <source>Nothing was recorded: decide this inspection first.</source>
        <translation>Nothing was recorded: decide this inspection first.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="619" />
        <source>Place the document in white light and capture it (visible).</source>
        <translation>Place the document in white light and capture it (visible).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="620" />
        <source>Switch to UV light (365 nm) and capture the document.</source>
        <translation>Switch to UV light (365 nm) and capture the document.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="621" />
        <source>Switch to IR light (870 nm) and capture the document.</source>
        <translation>Switch to IR light (870 nm) and capture the document.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="622" />
        <source>Take a photo of the person presenting the document.</source>
        <translation>Take a photo of the person presenting the document.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="652" />
        <source>Not taken: {0} Choose an image file (PNG, JPEG, TIFF).</source>
        <translation>Not taken: {0} Choose an image file (PNG, JPEG, TIFF).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="663" />
        <source>Everything is captured: press Inspect (F5).</source>
        <translation>Everything is captured: press Inspect (F5).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="681" />
        <location filename="../../verifier/gui/inspection.py" line="689" />
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="688" />
        <source>Open the captures</source>
        <translation>Open the captures</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="709" />
        <source>Sample {0}</source>
        <translation>Sample {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="716" />
        <source>The sample documents are not installed.</source>
        <translation>The sample documents are not installed.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="719" />
        <source>Sample documents</source>
        <translation>Sample documents</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="719" />
        <source>Sample:</source>
        <translation>Sample:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="729" />
        <source>No hot folder is set, or it does not exist: an administrator sets it in Settings (the folder the scanner writes into).</source>
        <translation>No hot folder is set, or it does not exist: an administrator sets it in Settings (the folder the scanner writes into).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="740" />
        <source>Watching the hot folder: scan the document.</source>
        <translation>Watching the hot folder: scan the document.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="753" />
        <source>{0} new scan(s) are waiting: decide this inspection (or record it as not decided with New inspection) and they come in.</source>
        <translation>{0} new scan(s) are waiting: decide this inspection (or record it as not decided with New inspection) and they come in.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="809" />
        <source>Turn the camera on first (Ctrl+K), or open a file.</source>
        <translation>Turn the camera on first (Ctrl+K), or open a file.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="838" />
        <source>Capture the document in visible light first: the other lights are optional.</source>
        <translation>Capture the document in visible light first: the other lights are optional.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="845" />
        <source>{0} is not an image file.</source>
        <translation>{0} is not an image file.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="858" />
        <source>Inspecting…</source>
        <translation>Inspecting…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="888" />
        <source>Reading the chip's portrait: %p%</source>
        <translation>Reading the chip's portrait: %p%</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="901" />
        <source>An image could not be read: {0} Capture it again or choose another file.</source>
        <translation>An image could not be read: {0} Capture it again or choose another file.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="906" />
        <source>The inspection failed: {0}. The captures are kept; try again.</source>
        <translation>The inspection failed: {0}. The captures are kept; try again.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="919" />
        <source>Not examined: {0}.</source>
        <translation>Not examined: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="944" />
        <source>⚠ Seen before on this workstation, and referred or suspected then:</source>
        <translation>⚠ Seen before on this workstation, and referred or suspected then:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="946" />
        <source>Seen before on this workstation:</source>
        <translation>Seen before on this workstation:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="957" />
        <source>No inspection yet</source>
        <translation>No inspection yet</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="977" />
        <source>Name in the chip</source>
        <translation>Name in the chip</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="980" />
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="980" />
        <source>not identified</source>
        <translation>not identified</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="990" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="992" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="993" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="995" />
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="996" />
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="997" />
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1002" />
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1007" />
        <source>{0}: check digit {1}, computed {2}</source>
        <translation>{0}: check digit {1}, computed {2}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1019" />
        <source>Document, MRZ and printed data</source>
        <translation>Document, MRZ and printed data</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1023" />
        <source>Bar codes and seals</source>
        <translation>Bar codes and seals</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1024" />
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1026" />
        <source>Watch lists</source>
        <translation>Watch lists</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1100" />
        <source>No bearer photo was compared.</source>
        <translation>No bearer photo was compared.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1104" />
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1105" />
        <source>Uncertain</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1106" />
        <source>No match</source>
        <translation>No match</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1191" />
        <source>No reference image to compare with for this light.</source>
        <translation>No reference image to compare with for this light.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1196" />
        <source>Difference: capture against reference (bright = differs)</source>
        <translation>Difference: capture against reference (bright = differs)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1209" />
        <source>Reference (blinking)</source>
        <translation>Reference (blinking)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1216" />
        <source>Inspect the document before deciding.</source>
        <translation>Inspect the document before deciding.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1221" />
        <source>found anomalies</source>
        <translation>found anomalies</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1222" />
        <source>is inconclusive</source>
        <translation>is inconclusive</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1225" />
        <source>Release despite the verdict?</source>
        <translation>Release despite the verdict?</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1227" />
        <source>The machine verdict {0}. Releasing the traveller needs your reason: what you examined and why you are satisfied. It is signed into the report.</source>
        <translation>The machine verdict {0}. Releasing the traveller needs your reason: what you examined and why you are satisfied. It is signed into the report.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1230" />
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1234" />
        <source>Not released: nothing was saved.</source>
        <translation>Not released: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1266" />
        <source>Report #{0} signed and saved as not decided.</source>
        <translation>Report #{0} signed and saved as not decided.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1268" />
        <source>Report #{0} signed and saved.</source>
        <translation>Report #{0} signed and saved.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1273" />
        <source>an internal error.</source>
        <translation>an internal error.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1275" />
        <source>The report was NOT saved: {0} Your decision and notes are kept: press the decision again to retry.</source>
        <translation>The report was NOT saved: {0} Your decision and notes are kept: press the decision again to retry.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../verifier/gui/library.py" line="57" />
        <source>Visible light</source>
        <translation>Visible light</translation>
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
        <translation>&amp;Import a signed library package…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="60" />
        <source>New &amp;draft from an exemplar…</source>
        <translation>New &amp;draft from an exemplar…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="61" />
        <source>&amp;Edit a draft…</source>
        <translation>&amp;Edit a draft…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="89" />
        <source>Document templates</source>
        <translation>Document templates</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="90" />
        <source>Chip trust: CSCA certificates</source>
        <translation>Chip trust: CSCA certificates</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="91" />
        <source>Watch lists</source>
        <translation>Watch lists</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="92" />
        <source>Fraud alerts</source>
        <translation>Fraud alerts</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="101" />
        <location filename="../../verifier/gui/library.py" line="239" />
        <source>Only an administrator changes the library.</source>
        <translation>Only an administrator changes the library.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="122" />
        <source>Library: {0} ({1} templates).</source>
        <translation>Library: {0} ({1} templates).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="123" />
        <source>Invalid: {0}</source>
        <translation>Invalid: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="147" />
        <source>visible</source>
        <translation>visible</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="173" />
        <source>The exemplar's captures (visible, UV, IR)</source>
        <translation>The exemplar's captures (visible, UV, IR)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="174" />
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="183" />
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="183" />
        <source>Template id (e.g. SRB-P-2008):</source>
        <translation>Template id (e.g. SRB-P-2008):</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="198" />
        <source>No draft: {0}</source>
        <translation>No draft: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="202" />
        <source>Draft made; not found on the exemplar: {0}.</source>
        <translation>Draft made; not found on the exemplar: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="210" />
        <source>A draft</source>
        <translation>A draft</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="224" />
        <source>Not published: {0}</source>
        <translation>Not published: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="233" />
        <source>Published {0} into the library (version {1}).</source>
        <translation>Published {0} into the library (version {1}).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="244" />
        <source>Import a library package</source>
        <translation>Import a library package</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="246" />
        <source>Library packages (*.zip *.vlib)</source>
        <translation>Library packages (*.zip *.vlib)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="254" />
        <source>Checking and installing {0}…</source>
        <translation>Checking and installing {0}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="277" />
        <source>The package was refused: {0}</source>
        <translation>The package was refused: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="279" />
        <source>Not done: {0}</source>
        <translation>Not done: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="279" />
        <source>an internal error.</source>
        <translation>an internal error.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="272" />
        <source>Installed {0} version {1}.</source>
        <translation>Installed {0} version {1}.</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../verifier/gui/app.py" line="70" />
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="71" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="73" />
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../verifier/gui/app.py" line="91" />
        <source>Verifier — secondary inspection</source>
        <translation>Verifier — secondary inspection</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="97" />
        <source>Inspection (F2)</source>
        <translation>Inspection (F2)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="98" />
        <source>History (F3)</source>
        <translation>History (F3)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="99" />
        <source>Reference library (F4)</source>
        <translation>Reference library (F4)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="101" />
        <source>Training (F7)</source>
        <translation>Training (F7)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="105" />
        <source>Settings (F6)</source>
        <translation>Settings (F6)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="145" />
        <source>Signed in: {0}</source>
        <translation>Signed in: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="147" />
        <source>Library: {0} · Verifier {1}</source>
        <translation>Library: {0} · Verifier {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="149" />
        <source>Sign out (Ctrl+Shift+Q)</source>
        <translation>Sign out (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="220" />
        <source>Internal error</source>
        <translation>Internal error</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="222" />
        <source>Verifier met an internal error ({0}); the work was not done. Reports already saved are safe. Try again; if it happens again, note the time and tell your administrator.</source>
        <translation>Verifier met an internal error ({0}); the work was not done. Reports already saved are safe. Try again; if it happens again, note the time and tell your administrator.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="268" />
        <source>Locked. {0}, enter your password to continue.</source>
        <translation>Locked. {0}, enter your password to continue.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="307" />
        <source>Left undecided: the workstation locked after a time without use and was signed out.</source>
        <translation>Left undecided: the workstation locked after a time without use and was signed out.</translation>
    </message>
</context>
<context>
    <name>NoDecisionYet</name>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="107" />
        <source>No decision yet</source>
        <translation>No decision yet</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="108" />
        <source>This inspection has no decision yet.</source>
        <translation>This inspection has no decision yet.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="110" />
        <source>Decide it now, or record it as not decided with a reason: either way the inspection stays in the record.</source>
        <translation>Decide it now, or record it as not decided with a reason: either way the inspection stays in the record.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="117" />
        <source>&amp;Decide now</source>
        <translation>&amp;Decide now</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="121" />
        <source>&amp;Record as not decided…</source>
        <translation>&amp;Record as not decided…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="410" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="411" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="412" />
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="413" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="414" />
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="415" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="416" />
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="408" />
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="409" />
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="392" />
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="393" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="394" />
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="395" />
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="396" />
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="397" />
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="398" />
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="399" />
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="400" />
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="401" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="402" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="403" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="404" />
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="405" />
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="406" />
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="407" />
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="417" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="418" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="419" />
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="420" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="421" />
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="422" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="423" />
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="424" />
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="72" />
        <source>Your reason (it is signed into the report)</source>
        <translation>Your reason (it is signed into the report)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../verifier/gui/history.py" line="76" />
        <source>Report #{0}</source>
        <translation>Report #{0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="83" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="84" />
        <source>&amp;Addendum…</source>
        <translation>&amp;Addendum…</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../settings.ui" line="11" />
        <source>Hot folder (the scanner writes here)</source>
        <translation>Hot folder (the scanner writes here)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="26" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="35" />
        <source>Camera (index or video source)</source>
        <translation>Camera (index or video source)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="49" />
        <source>Keep personal data for</source>
        <translation>Keep personal data for</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="60" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="66" />
        <source>Point of entry</source>
        <translation>Point of entry</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="80" />
        <source>Workstation name</source>
        <translation>Workstation name</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="94" />
        <source>Face match at or above (cosine)</source>
        <translation>Face match at or above (cosine)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="112" />
        <source>Face no match below (cosine)</source>
        <translation>Face no match below (cosine)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="130" />
        <source>Language (from the next sign-in)</source>
        <translation>Language (from the next sign-in)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="144" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="160" />
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="80" />
        <location filename="../../verifier/gui/settings_view.py" line="207" />
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="81" />
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="82" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="86" />
        <source>Change &amp;role</source>
        <translation>Change &amp;role</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="96" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="97" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="98" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="99" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="100" />
        <source>&amp;Add account</source>
        <translation>&amp;Add account</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="101" />
        <source>Officer accounts</source>
        <translation>Officer accounts</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="116" />
        <source>Regional hub</source>
        <translation>Regional hub</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="120" />
        <source>The next bundle of non-personal counts (inspections, verdicts, decisions, failed checks, usage) for the regional hub, signed by this workstation. It travels as a file: a USB stick, a shared folder.</source>
        <translation>The next bundle of non-personal counts (inspections, verdicts, decisions, failed checks, usage) for the regional hub, signed by this workstation. It travels as a file: a USB stick, a shared folder.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="126" />
        <source>E&amp;xport the next bundle for the hub…</source>
        <translation>E&amp;xport the next bundle for the hub…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="139" />
        <source>Where to write the bundle (a USB stick, a shared folder)</source>
        <translation>Where to write the bundle (a USB stick, a shared folder)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="147" />
        <source>Making the bundle…</source>
        <translation>Making the bundle…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="159" />
        <source>Nothing new to send since the last bundle.</source>
        <translation>Nothing new to send since the last bundle.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="161" />
        <source>Bundle written: {0}</source>
        <translation>Bundle written: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="165" />
        <source>The bundle could not be written: {0}</source>
        <translation>The bundle could not be written: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="172" />
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="173" />
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="174" />
        <source>must choose a new password</source>
        <translation>must choose a new password</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="207" />
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="229" />
        <source>Account enabled.</source>
        <translation>Account enabled.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="229" />
        <source>Account disabled: it can no longer sign in; its reports stay.</source>
        <translation>Account disabled: it can no longer sign in; its reports stay.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="236" />
        <source>Account unlocked.</source>
        <translation>Account unlocked.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="243" />
        <source>Role changed to {0}.</source>
        <translation>Role changed to {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="251" />
        <source>Reset the password</source>
        <translation>Reset the password</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="252" />
        <source>A temporary password (at least 10 characters). Give it to the officer in person: they choose their own at the next sign-in.</source>
        <translation>A temporary password (at least 10 characters). Give it to the officer in person: they choose their own at the next sign-in.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="261" />
        <source>Password reset: the officer chooses a new one at the next sign-in.</source>
        <translation>Password reset: the officer chooses a new one at the next sign-in.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="265" />
        <source>Hot folder</source>
        <translation>Hot folder</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="296" />
        <source>The no-match limit must not be above the match limit.</source>
        <translation>The no-match limit must not be above the match limit.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="308" />
        <source>Settings saved. The language changes at the next sign-in (sign out: Ctrl+Shift+Q).</source>
        <translation>Settings saved. The language changes at the next sign-in (sign out: Ctrl+Shift+Q).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="311" />
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="325" />
        <source>Account {0} created.</source>
        <translation>Account {0} created.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../signin.ui" line="6" />
        <source>Verifier — sign in</source>
        <translation>Verifier — sign in</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="12" />
        <location filename="../signin.ui" line="103" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="19" />
        <source>Sign in with your officer account.</source>
        <translation>Sign in with your officer account.</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="31" />
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="44" />
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="57" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="74" />
        <source>&amp;Repeat password</source>
        <translation>&amp;Repeat password</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../verifier/gui/signin.py" line="22" />
        <source>Verifier — sign in</source>
        <translation>Verifier — sign in</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="32" />
        <source>Welcome to Verifier</source>
        <translation>Welcome to Verifier</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="35" />
        <source>First start on this workstation: create the administrator account. The workstation's signing key is created with it.</source>
        <translation>First start on this workstation: create the administrator account. The workstation's signing key is created with it.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="39" />
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="50" />
        <source>Choose your password</source>
        <translation>Choose your password</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="53" />
        <source>An administrator reset your password. Choose your own (at least 10 characters); the temporary one stops working.</source>
        <translation>An administrator reset your password. Choose your own (at least 10 characters); the temporary one stops working.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="60" />
        <source>Set my password</source>
        <translation>Set my password</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="73" />
        <location filename="../../verifier/gui/signin.py" line="94" />
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../verifier/gui/editor.py" line="93" />
        <source>Template editor — {0}</source>
        <translation>Template editor — {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="105" />
        <source>Zone (where something is printed)</source>
        <translation>Zone (where something is printed)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="106" />
        <source>Feature (a security check)</source>
        <translation>Feature (a security check)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="116" />
        <location filename="../../verifier/gui/editor.py" line="257" />
        <source>Draw a rectangle on the image.</source>
        <translation>Draw a rectangle on the image.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="117" />
        <source>&amp;Add the mark</source>
        <translation>&amp;Add the mark</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="118" />
        <source>&amp;Save and validate</source>
        <translation>&amp;Save and validate</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="119" />
        <source>&amp;Publish into the library</source>
        <translation>&amp;Publish into the library</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="122" />
        <source>Only an administrator publishes templates.</source>
        <translation>Only an administrator publishes templates.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="124" />
        <source>&amp;Remove the selected mark</source>
        <translation>&amp;Remove the selected mark</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="144" />
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="158" />
        <source>Name for officers</source>
        <translation>Name for officers</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="159" />
        <source>Issuing state (ICAO code)</source>
        <translation>Issuing state (ICAO code)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="160" />
        <source>Document code (P, ID, V, …)</source>
        <translation>Document code (P, ID, V, …)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="161" />
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="162" />
        <source>Number pattern (regular expression)</source>
        <translation>Number pattern (regular expression)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="163" />
        <source>Issued from (YYYY-MM-DD)</source>
        <translation>Issued from (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="164" />
        <source>Issued until (YYYY-MM-DD, empty: still issued)</source>
        <translation>Issued until (YYYY-MM-DD, empty: still issued)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="168" />
        <source>MRZ format</source>
        <translation>MRZ format</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="169" />
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="171" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="172" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="173" />
        <source>Name / id</source>
        <translation>Name / id</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="174" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="175" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="176" />
        <source>Routine (Doc 9303-2 App. C)</source>
        <translation>Routine (Doc 9303-2 App. C)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="177" />
        <source>Description for the officer</source>
        <translation>Description for the officer</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="179" />
        <source>The document</source>
        <translation>The document</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="181" />
        <source>Zones and features</source>
        <translation>Zones and features</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="237" />
        <source>Draw a rectangle and give it a name first.</source>
        <translation>Draw a rectangle and give it a name first.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="259" />
        <source>Added {0}; save to validate.</source>
        <translation>Added {0}; save to validate.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="295" />
        <source>Not saved: {0} ({1}): {2}</source>
        <translation>Not saved: {0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="303" />
        <source>Saved as a draft. Before it can be published: {0}.</source>
        <translation>Saved as a draft. Before it can be published: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="308" />
        <source>Saved; complete and ready to publish.</source>
        <translation>Saved; complete and ready to publish.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="318" />
        <source>Not published: the template lacks {0}.</source>
        <translation>Not published: the template lacks {0}.</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <location filename="../../verifier/gui/training.py" line="80" />
        <source>&amp;Start the session</source>
        <translation>&amp;Start the session</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="82" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="92" />
        <source>Visible light</source>
        <translation>Visible light</translation>
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
        <translation>Bearer</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="97" />
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="100" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="130" />
        <source>Anomalies: I would refer it</source>
        <translation>Anomalies: I would refer it</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="131" />
        <source>No anomalies</source>
        <translation>No anomalies</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="134" />
        <source>Record and &amp;next sample</source>
        <translation>Record and &amp;next sample</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="141" />
        <source>Anomalous features (mark every one you see):</source>
        <translation>Anomalous features (mark every one you see):</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="159" />
        <source>New session (trainers)</source>
        <translation>New session (trainers)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="169" />
        <source> min (0: none)</source>
        <translation> min (0: none)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="170" />
        <source>Hide the machine verdict until the debrief</source>
        <translation>Hide the machine verdict until the debrief</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="172" />
        <source>&amp;Create the session</source>
        <translation>&amp;Create the session</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="173" />
        <source>Import a trainer's sample…</source>
        <translation>Import a trainer's sample…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="176" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="177" />
        <location filename="../../verifier/gui/training.py" line="239" />
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="178" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="179" />
        <source>Samples (in order)</source>
        <translation>Samples (in order)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="180" />
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="186" />
        <source>why (recorded)</source>
        <translation>why (recorded)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="187" />
        <source>&amp;Grant another attempt</source>
        <translation>&amp;Grant another attempt</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="191" />
        <source>Selected test:</source>
        <translation>Selected test:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="194" />
        <source>Course &amp;results…</source>
        <translation>Course &amp;results…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="249" />
        <source>Session created.</source>
        <translation>Session created.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="261" />
        <source>Select the test in the list of sessions.</source>
        <translation>Select the test in the list of sessions.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="276" />
        <source>Another attempt granted to {0}.</source>
        <translation>Another attempt granted to {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="281" />
        <source>A sample with answer.json</source>
        <translation>A sample with answer.json</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="293" />
        <source>Sample {0} added.</source>
        <translation>Sample {0} added.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="367" />
        <source>Sample {0} of {1}</source>
        <translation>Sample {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="399" />
        <source>The machine reads: {0} — {1}</source>
        <translation>The machine reads: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="428" />
        <source>Choose a verdict first.</source>
        <translation>Choose a verdict first.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="452" />
        <source>Time left: {0}:{1:02d}</source>
        <translation>Time left: {0}:{1:02d}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="463" />
        <source>Leave the test?</source>
        <translation>Leave the test?</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="464" />
        <source>The test is not finished.</source>
        <translation>The test is not finished.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="467" />
        <source>If you leave now the attempt is recorded as abandoned, is not scored, and cannot be resumed: only a trainer can grant another.</source>
        <translation>If you leave now the attempt is recorded as abandoned, is not scored, and cannot be resumed: only a trainer can grant another.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="471" />
        <source>&amp;Leave the test</source>
        <translation>&amp;Leave the test</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="472" />
        <source>&amp;Stay</source>
        <translation>&amp;Stay</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="499" />
        <source>The test was left: the attempt is recorded as abandoned.</source>
        <translation>The test was left: the attempt is recorded as abandoned.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="502" />
        <source>Your score: {0} % ({1} of {2} verdicts right, {3} of {4} anomalies found, {5} false alarms).</source>
        <translation>Your score: {0} % ({1} of {2} verdicts right, {3} of {4} anomalies found, {5} false alarms).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="508" />
        <source>Time is up.</source>
        <translation>Time is up.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="521" />
        <source>The machine findings: {0} of {1} ready…</source>
        <translation>The machine findings: {0} of {1} ready…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="529" />
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="534" />
        <source>Answer key: {0} — yours: {1}</source>
        <translation>Answer key: {0} — yours: {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="535" />
        <source>Sample {0}</source>
        <translation>Sample {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="408" />
        <source>Machine verdict: {0}</source>
        <translation>Machine verdict: {0}</translation>
    </message>
</context>
<context>
    <name>TrustView</name>
    <message>
        <location filename="../../verifier/gui/trust.py" line="40" />
        <source>Filter by country or name (e.g. DEU, Utopia)</source>
        <translation>Filter by country or name (e.g. DEU, Utopia)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="45" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="46" />
        <location filename="../../verifier/gui/trust.py" line="163" />
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="47" />
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="48" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="49" />
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="60" />
        <source>&amp;Import a master list, CSCA or CRL…</source>
        <translation>&amp;Import a master list, CSCA or CRL…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="66" />
        <source>A chip's data is proved genuine only when its Document Signer is certified by one of these Country Signing CAs. Import them from a master list signed by a State you trust, or from a State's own CSCA certificate.</source>
        <translation>A chip's data is proved genuine only when its Document Signer is certified by one of these Country Signing CAs. Import them from a master list signed by a State you trust, or from a State's own CSCA certificate.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="82" />
        <location filename="../../verifier/gui/trust.py" line="133" />
        <source>Only an administrator changes the trust list.</source>
        <translation>Only an administrator changes the trust list.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="93" />
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="94" />
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="95" />
        <source>not yet valid</source>
        <translation>not yet valid</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="120" />
        <source>No CSCA is trusted yet: chips can be read, but their data cannot be proved genuine. An administrator imports a master list.</source>
        <translation>No CSCA is trusted yet: chips can be read, but their data cannot be proved genuine. An administrator imports a master list.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="126" />
        <source>{0} CSCA certificates of {1} countries; {2} shown.</source>
        <translation>{0} CSCA certificates of {1} countries; {2} shown.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="138" />
        <source>Import a master list, CSCA certificate or CRL</source>
        <translation>Import a master list, CSCA certificate or CRL</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="140" />
        <source>Master lists and certificates (*.ml *.der *.cer *.crt *.pem *.crl);;All files (*)</source>
        <translation>Master lists and certificates (*.ml *.der *.cer *.crt *.pem *.crl);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="148" />
        <source>Checking {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="162" />
        <source>Master list</source>
        <translation>Master list</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="164" />
        <source>Revocation list</source>
        <translation>Revocation list</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="166" />
        <source>{0}: {1} added, {2} already trusted, {3} refused.</source>
        <translation>{0}: {1} added, {2} already trusted, {3} refused.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="171" />
        <source>Its signer's CSCA was not trusted before: compare its SHA-256 fingerprint with the one its State publishes: {0}</source>
        <translation>Its signer's CSCA was not trusted before: compare its SHA-256 fingerprint with the one its State publishes: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="179" />
        <source>Refused, nothing was added: {0}</source>
        <translation>Refused, nothing was added: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="181" />
        <source>Not done: {0}</source>
        <translation>Not done: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="181" />
        <source>an internal error.</source>
        <translation>an internal error.</translation>
    </message>
</context>
<context>
    <name>WatchListView</name>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="40" />
        <source>Every inspection looks the document up in these lists. A hit is a reason to check, not a proof. The lists hold no document numbers, only keyed hashes.</source>
        <translation>Every inspection looks the document up in these lists. A hit is a reason to check, not a proof. The lists hold no document numbers, only keyed hashes.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="47" />
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="47" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="47" />
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="48" />
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="57" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="58" />
        <source>Sa&amp;ve the limit</source>
        <translation>Sa&amp;ve the limit</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="59" />
        <source>&amp;Import a watch-list package…</source>
        <translation>&amp;Import a watch-list package…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="64" />
        <source>Warn when a list is older than</source>
        <translation>Warn when a list is older than</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="79" />
        <location filename="../../verifier/gui/watchlists.py" line="145" />
        <source>Only an administrator changes the watch lists.</source>
        <translation>Only an administrator changes the watch lists.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="47" />
        <source>Age (days)</source>
        <translation>Age (days)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="112" />
        <source>No watch list is installed: documents are not looked up.</source>
        <translation>No watch list is installed: documents are not looked up.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="116" />
        <source>Out of date: {0}. A recent loss or theft would not be on it: import the latest list.</source>
        <translation>Out of date: {0}. A recent loss or theft would not be on it: import the latest list.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="119" />
        <source>{0} is {1} days old</source>
        <translation>{0} is {1} days old</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="125" />
        <source>{0} watch lists, all up to date.</source>
        <translation>{0} watch lists, all up to date.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="150" />
        <source>Import a watch-list package</source>
        <translation>Import a watch-list package</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="152" />
        <source>Watch-list packages (*.vwl);;All files (*)</source>
        <translation>Watch-list packages (*.vwl);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="159" />
        <source>Checking {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="174" />
        <source>{0}: version {1} installed, {2} entries.</source>
        <translation>{0}: version {1} installed, {2} entries.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="183" />
        <source>Refused; the lists in force are unchanged: {0}</source>
        <translation>Refused; the lists in force are unchanged: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="185" />
        <source>Not done: {0}</source>
        <translation>Not done: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="185" />
        <source>an internal error.</source>
        <translation>an internal error.</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="1" />
        <source>The seal is signed by {signer} and intact.</source>
        <translation>The seal is signed by {signer} and intact.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="2" />
        <source>The seal was signed by {signer}, whose certificate the reference library lacks.</source>
        <translation>The seal was signed by {signer}, whose certificate the reference library lacks.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="3" />
        <source>The seal was signed on {date}, outside the validity of signer certificate {signer}.</source>
        <translation>The seal was signed on {date}, outside the validity of signer certificate {signer}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="4" />
        <source>The seal's signature does not match its data: the seal was altered or forged.</source>
        <translation>The seal's signature does not match its data: the seal was altered or forged.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="5" />
        <source>The digital seal cannot be decoded: {why}.</source>
        <translation>The digital seal cannot be decoded: {why}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="27" />
        <source>document portrait</source>
        <translation>document portrait</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="28" />
        <source>bearer photo</source>
        <translation>bearer photo</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="29" />
        <source>Uncertain resemblance: compare the faces yourself.</source>
        <translation>Uncertain resemblance: compare the faces yourself.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="30" />
        <source>The bearer resembles the portrait.</source>
        <translation>The bearer resembles the portrait.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="31" />
        <source>The bearer does not resemble the portrait.</source>
        <translation>The bearer does not resemble the portrait.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="32" />
        <source>No face was found in the {name}.</source>
        <translation>No face was found in the {name}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="33" />
        <source>The bearer photo shows several faces; take it again.</source>
        <translation>The bearer photo shows several faces; take it again.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="34" />
        <source>The face in the {name} is too small.</source>
        <translation>The face in the {name} is too small.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="35" />
        <source>The face in the {name} is turned too far.</source>
        <translation>The face in the {name} is turned too far.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="36" />
        <source>The {name} is too blurred.</source>
        <translation>The {name} is too blurred.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="37" />
        <source>{fibres} fibres of the expected colours (at least {minimum}), {wrong} of other colours</source>
        <translation>{fibres} fibres of the expected colours (at least {minimum}), {wrong} of other colours</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="38" />
        <source>similarity to the reference {value:.2f} (at least {limit:.2f})</source>
        <translation>similarity to the reference {value:.2f} (at least {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="47" />
        <source>brightest {value:.0f} (at least {limit:.0f})</source>
        <translation>brightest {value:.0f} (at least {limit:.0f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="48" />
        <source>the region lies outside the capture</source>
        <translation>the region lies outside the capture</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="49" />
        <source>mean brightness {value:.0f} (at most {limit:.0f})</source>
        <translation>mean brightness {value:.0f} (at most {limit:.0f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="50" />
        <source>brightest print {value:.0f} (at least {limit:.0f})</source>
        <translation>brightest print {value:.0f} (at least {limit:.0f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="39" />
        <source>contrast {value:.2f} (at most {limit:.2f})</source>
        <translation>contrast {value:.2f} (at most {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="52" />
        <source>the region is empty</source>
        <translation>the region is empty</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="51" />
        <source>contrast {value:.2f} (at least {limit:.2f})</source>
        <translation>contrast {value:.2f} (at least {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="41" />
        <source>every line: lowest contrast {value:.2f} (at least {limit:.2f})</source>
        <translation>every line: lowest contrast {value:.2f} (at least {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="106" />
        <source>visible-light</source>
        <translation>visible-light</translation>
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
        <translation>This check could not be made (the {stage} stage failed); inspect it by eye.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="131" />
        <source>The printed {fields} agree with the MRZ.</source>
        <translation>The printed {fields} agree with the MRZ.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="80" />
        <source>The design is {name}, but {problems}.</source>
        <translation>The design is {name}, but {problems}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="81" />
        <source>Identified as {name}.</source>
        <translation>Identified as {name}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="133" />
        <source>The printed data differ from the MRZ: {differences}.</source>
        <translation>The printed data differ from the MRZ: {differences}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="134" />
        <source>The printed data could not be read; compare them with the MRZ by eye.</source>
        <translation>The printed data could not be read; compare them with the MRZ by eye.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="109" />
        <source>{description} {verdict}: {detail}.</source>
        <translation>{description} {verdict}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="97" />
        <source> ({percent}% similar)</source>
        <translation> ({percent}% similar)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="119" />
        <source>MRZ read ({engine}).</source>
        <translation>MRZ read ({engine}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="111" />
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="112" />
        <source>Not as on the reference</source>
        <translation>Not as on the reference</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="53" />
        <source>Read {count} bar code(s): {formats}.</source>
        <translation>Read {count} bar code(s): {formats}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="120" />
        <source>No machine readable zone was found on the visible image.</source>
        <translation>No machine readable zone was found on the visible image.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="121" />
        <source>The MRZ could not be read with certainty: {why}</source>
        <translation>The MRZ could not be read with certainty: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="123" />
        <source>Every check digit holds.</source>
        <translation>Every check digit holds.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="124" />
        <source>The dates are calendar dates.</source>
        <translation>The dates are calendar dates.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="125" />
        <source>The expiry date is not in the MRZ; read it on the document.</source>
        <translation>The expiry date is not in the MRZ; read it on the document.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="85" />
        <source>its MRZ is {mrz}, the design's is {design}</source>
        <translation>its MRZ is {mrz}, the design's is {design}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="86" />
        <source>the MRZ says {mrz}, the design is from {design}</source>
        <translation>the MRZ says {mrz}, the design is from {design}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="87" />
        <source>document code {code} does not belong to this design</source>
        <translation>document code {code} does not belong to this design</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="88" />
        <source>number {number} is not of this series ({series})</source>
        <translation>number {number} is not of this series ({series})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="103" />
        <source>A face was found in the portrait zone.</source>
        <translation>A face was found in the portrait zone.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="104" />
        <source>No face was found in the portrait zone.</source>
        <translation>No face was found in the portrait zone.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="96" />
        <source>No photo of the bearer was taken.</source>
        <translation>No photo of the bearer was taken.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="126" />
        <source>A well-formed {format} MRZ.</source>
        <translation>A well-formed {format} MRZ.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="127" />
        <source>Known codes: {state}, {nationality}.</source>
        <translation>Known codes: {state}, {nationality}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="128" />
        <source>Expired on {date}.</source>
        <translation>Expired on {date}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="129" />
        <source>Valid until {date}.</source>
        <translation>Valid until {date}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="113" />
        <source>No {light} image was captured.</source>
        <translation>No {light} image was captured.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="54" />
        <source>The document should carry a digital seal, but none could be read.</source>
        <translation>The document should carry a digital seal, but none could be read.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="55" />
        <source>The seal carries the printed MRZ.</source>
        <translation>The seal carries the printed MRZ.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="56" />
        <source>The MRZ in the seal differs from the printed MRZ.</source>
        <translation>The MRZ in the seal differs from the printed MRZ.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="207" />
        <source>surname</source>
        <translation>surname</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="208" />
        <source>given names</source>
        <translation>given names</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="115" />
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="114" />
        <source>document number</source>
        <translation>document number</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="42" />
        <source>{fibres} fibres, but the {half} half of the region holds almost none</source>
        <translation>{fibres} fibres, but the {half} half of the region holds almost none</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="43" />
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="44" />
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="45" />
        <source>upper</source>
        <translation>upper</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="46" />
        <source>lower</source>
        <translation>lower</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="40" />
        <source>line(s) {lines} of {count}: contrast {value:.2f} (at least {limit:.2f})</source>
        <translation>line(s) {lines} of {count}: contrast {value:.2f} (at least {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="132" />
        <source>Without a reference the printed fields cannot be located: {missing} not found in the printed text; compare them with the MRZ by eye.</source>
        <translation>Without a reference the printed fields cannot be located: {missing} not found in the printed text; compare them with the MRZ by eye.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="116" />
        <source>date of expiry</source>
        <translation>date of expiry</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="118" />
        <source>the composite check digit</source>
        <translation>the composite check digit</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="135" />
        <source>The MRZ's {fields} are also printed on the document.</source>
        <translation>The MRZ's {fields} are also printed on the document.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="136" />
        <source>MRZ line(s) {lines} fade in IR: not printed in B900 ink as Doc 9303-3 requires.</source>
        <translation>MRZ line(s) {lines} fade in IR: not printed in B900 ink as Doc 9303-3 requires.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="137" />
        <source>Every MRZ line stays dark in IR (B900 ink).</source>
        <translation>Every MRZ line stays dark in IR (B900 ink).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="82" />
        <source>{format} of {state}</source>
        <translation>{format} of {state}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="83" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="84" />
        <source>No reference exists for this document in the library (MRZ: {what}): its design and security features could not be compared. What needs no reference was checked.</source>
        <translation>No reference exists for this document in the library (MRZ: {what}): its design and security features could not be compared. What needs no reference was checked.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="138" />
        <source>The IR image is not framed like the visible one; check the MRZ in IR by eye.</source>
        <translation>The IR image is not framed like the visible one; check the MRZ in IR by eye.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="95" />
        <source>A portrait was found by face detection (no reference to say where).</source>
        <translation>A portrait was found by face detection (no reference to say where).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="122" />
        <source>Check digits do not hold: {faults}.</source>
        <translation>Check digits do not hold: {faults}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="105" />
        <source>No portrait was found on this image; if the document has one on its other side, capture that side.</source>
        <translation>No portrait was found on this image; if the document has one on its other side, capture that side.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="59" />
        <source>The chip was not read.</source>
        <translation>The chip was not read.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="60" />
        <source>{which} passed: the chip holds the private key of its signed data, so it is not a copy.</source>
        <translation>{which} passed: the chip holds the private key of its signed data, so it is not a copy.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="61" />
        <source>The chip's MRZ differs from the printed MRZ ({count} characters): the data page was altered, or it belongs to another chip.</source>
        <translation>The chip's MRZ differs from the printed MRZ ({count} characters): the data page was altered, or it belongs to another chip.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="62" />
        <source>Reading a chip needs the MRZ (or the CAN of an ID card).</source>
        <translation>Reading a chip needs the MRZ (or the CAN of an ID card).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="64" />
        <source>{which} failed: the chip does not hold the private key its signed data names — a sign of a copied (cloned) chip.</source>
        <translation>{which} failed: the chip does not hold the private key its signed data names — a sign of a copied (cloned) chip.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="65" />
        <source>This chip offers Chip Authentication with Diffie-Hellman keys, which this workstation does not run yet: whether the chip is a copy was not checked.</source>
        <translation>This chip offers Chip Authentication with Diffie-Hellman keys, which this workstation does not run yet: whether the chip is a copy was not checked.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="66" />
        <source>This chip offers neither Chip nor Active Authentication (older documents): a copy of it cannot be told from the original.</source>
        <translation>This chip offers neither Chip nor Active Authentication (older documents): a copy of it cannot be told from the original.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="67" />
        <source>{which} passed, but with a key the issuer's signature does not cover (DG14/DG15 do not match the SOD).</source>
        <translation>{which} passed, but with a key the issuer's signature does not cover (DG14/DG15 do not match the SOD).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="68" />
        <source>The chip's DG1 (its MRZ) could not be read.</source>
        <translation>The chip's DG1 (its MRZ) could not be read.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="69" />
        <source>No printed MRZ was read to compare with the chip's.</source>
        <translation>No printed MRZ was read to compare with the chip's.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="70" />
        <source>The chip's MRZ is the printed MRZ, character for character.</source>
        <translation>The chip's MRZ is the printed MRZ, character for character.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="71" />
        <source>Read with {access}: {groups}.</source>
        <translation>Read with {access}: {groups}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="72" />
        <source>This document has no chip (no simulated chip with it).</source>
        <translation>This document has no chip (no simulated chip with it).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="73" />
        <source>The chip could not be read to the end: {why}</source>
        <translation>The chip could not be read to the end: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="74" />
        <source>The chip stopped before its security object (EF.SOD) was read.</source>
        <translation>The chip stopped before its security object (EF.SOD) was read.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="77" />
        <source>The chip refused the CAN: check the number printed on the card.</source>
        <translation>The chip refused the CAN: check the number printed on the card.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="78" />
        <source>The chip's data is signed by the issuing State: its Document Signer is certified by a trusted CSCA, and every data group read matches its signed hash.</source>
        <translation>The chip's data is signed by the issuing State: its Document Signer is certified by a trusted CSCA, and every data group read matches its signed hash.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="79" />
        <source>The chip's data could not be proved genuine: {why}</source>
        <translation>The chip's data could not be proved genuine: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="89" />
        <source>resembles</source>
        <translation>resembles</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="90" />
        <source>does not resemble</source>
        <translation>does not resemble</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="91" />
        <source>uncertain</source>
        <translation>uncertain</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="92" />
        <source>could not be compared</source>
        <translation>could not be compared</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="93" />
        <source>{who}: {result}</source>
        <translation>{who}: {result}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="94" />
        <source>The chip's portrait, against {parts}.</source>
        <translation>The chip's portrait, against {parts}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="98" />
        <source>No portrait was read from the chip.</source>
        <translation>No portrait was read from the chip.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="99" />
        <source>Neither a bearer photo nor a printed portrait to compare with the chip's.</source>
        <translation>Neither a bearer photo nor a printed portrait to compare with the chip's.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="100" />
        <source>The chip's portrait, against {parts}: the face the issuer stored differs.</source>
        <translation>The chip's portrait, against {parts}: the face the issuer stored differs.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="101" />
        <source>the bearer</source>
        <translation>the bearer</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="102" />
        <source>the printed portrait</source>
        <translation>the printed portrait</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="110" />
        <source>No reference exists for this document: its {light} features were not compared; examine them by eye.</source>
        <translation>No reference exists for this document: its {light} features were not compared; examine them by eye.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="130" />
        <source>{field}: check digit {printed}, computed {computed}</source>
        <translation>{field}: check digit {printed}, computed {computed}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="139" />
        <source>Not on the watch lists: {lists}.</source>
        <translation>Not on the watch lists: {lists}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="140" />
        <source>No watch list is installed on this workstation.</source>
        <translation>No watch list is installed on this workstation.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="141" />
        <source>No MRZ was read, so the watch lists were not checked: check them by hand.</source>
        <translation>No MRZ was read, so the watch lists were not checked: check them by hand.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="142" />
        <source>The MRZ's document number cannot be looked up in the watch lists: check them by hand.</source>
        <translation>The MRZ's document number cannot be looked up in the watch lists: check them by hand.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="143" />
        <source>This document is on the watch list {name} of {date}. {instruction}</source>
        <translation>This document is on the watch list {name} of {date}. {instruction}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="144" />
        <source>Not on the watch lists, but {name} is {days} days old (the limit is {limit}): a recent loss or theft would not be on it. Ask an administrator to import the latest list.</source>
        <translation>Not on the watch lists, but {name} is {days} days old (the limit is {limit}): a recent loss or theft would not be on it. Ask an administrator to import the latest list.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="145" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="146" />
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="147" />
        <source>Personal number</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="149" />
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="150" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="151" />
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="152" />
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="153" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="154" />
        <source>Personal summary</source>
        <translation>Personal summary</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="155" />
        <source>Custody information</source>
        <translation>Custody information</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="156" />
        <source>Issuing authority</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="157" />
        <source>Date of issue</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="158" />
        <source>Other persons</source>
        <translation>Other persons</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="159" />
        <source>Endorsements and observations</source>
        <translation>Endorsements and observations</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="160" />
        <source>Tax or exit requirements</source>
        <translation>Tax or exit requirements</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="161" />
        <source>Personalised</source>
        <translation>Personalised</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="162" />
        <source>Personalisation system</source>
        <translation>Personalisation system</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="163" />
        <source>Document Signer</source>
        <translation>Document Signer</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="164" />
        <source>Country Signing CA (CSCA)</source>
        <translation>Country Signing CA (CSCA)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="165" />
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="166" />
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="167" />
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="168" />
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="169" />
        <source>MRZ found</source>
        <translation>MRZ found</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="170" />
        <source>MRZ layout</source>
        <translation>MRZ layout</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="171" />
        <source>MRZ check digits</source>
        <translation>MRZ check digits</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="172" />
        <source>MRZ dates</source>
        <translation>MRZ dates</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="173" />
        <source>Country codes</source>
        <translation>Country codes</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="174" />
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="175" />
        <source>Document identified</source>
        <translation>Document identified</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="176" />
        <source>Printed data against the MRZ</source>
        <translation>Printed data against the MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="177" />
        <source>Bar codes read</source>
        <translation>Bar codes read</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="178" />
        <source>Seal signature</source>
        <translation>Seal signature</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="179" />
        <source>Seal data against the MRZ</source>
        <translation>Seal data against the MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="180" />
        <source>Dull paper in UV</source>
        <translation>Dull paper in UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="181" />
        <source>UV features</source>
        <translation>UV features</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="182" />
        <source>MRZ ink in IR</source>
        <translation>MRZ ink in IR</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="183" />
        <source>IR features</source>
        <translation>IR features</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="184" />
        <source>Visible features</source>
        <translation>Visible features</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="185" />
        <source>Portrait found</source>
        <translation>Portrait found</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="186" />
        <source>Face comparison</source>
        <translation>Face comparison</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="187" />
        <source>Chip read</source>
        <translation>Chip read</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="188" />
        <source>Chip data signed by the issuer</source>
        <translation>Chip data signed by the issuer</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="189" />
        <source>Chip not copied</source>
        <translation>Chip not copied</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="190" />
        <source>Chip MRZ against the printed MRZ</source>
        <translation>Chip MRZ against the printed MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="191" />
        <source>Chip portrait comparison</source>
        <translation>Chip portrait comparison</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="192" />
        <source>Watch lists (lost, stolen, revoked)</source>
        <translation>Watch lists (lost, stolen, revoked)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="193" />
        <source>the visible-light features</source>
        <translation>the visible-light features</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="194" />
        <source>the face</source>
        <translation>the face</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="195" />
        <source>NO ANOMALIES FOUND — the officer decides</source>
        <translation>NO ANOMALIES FOUND — the officer decides</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="197" />
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="198" />
        <source>{p0}</source>
        <translation>{p0}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="199" />
        <source>{p0} and {p1}</source>
        <translation>{p0} and {p1}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="200" />
        <source>{p0}, {p1} and {p2}</source>
        <translation>{p0}, {p1} and {p2}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="201" />
        <source>{p0}, {p1}, {p2} and {p3}</source>
        <translation>{p0}, {p1}, {p2} and {p3}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="202" />
        <source>ANOMALIES FOUND — see the failed checks</source>
        <translation>ANOMALIES FOUND — see the failed checks</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="203" />
        <source>INCONCLUSIVE — some checks could not be made</source>
        <translation>INCONCLUSIVE — some checks could not be made</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="204" />
        <source>NO ANOMALIES IN WHAT WAS EXAMINED — {parts} was not examined</source>
        <translation>NO ANOMALIES IN WHAT WAS EXAMINED — {parts} was not examined</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="205" />
        <source>INCONCLUSIVE — no reference for this document in the library: only what needs none was checked</source>
        <translation>INCONCLUSIVE — no reference for this document in the library: only what needs none was checked</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="206" />
        <source>NO ANOMALIES IN WHAT WAS EXAMINED — {parts} were not examined</source>
        <translation>NO ANOMALIES IN WHAT WAS EXAMINED — {parts} were not examined</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="209" />
        <source>surname printed {printed!r}, MRZ {mrz!r}</source>
        <translation>surname printed {printed!r}, MRZ {mrz!r}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="210" />
        <source>given names printed {printed!r}, MRZ {mrz!r}</source>
        <translation>given names printed {printed!r}, MRZ {mrz!r}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="211" />
        <source>date of birth printed {printed}, MRZ {mrz}</source>
        <translation>date of birth printed {printed}, MRZ {mrz}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="212" />
        <source>number printed {printed!r}, MRZ {mrz!r}</source>
        <translation>number printed {printed!r}, MRZ {mrz!r}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="213" />
        <source>The document code</source>
        <translation>The document code</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="214" />
        <source>The issuing state</source>
        <translation>The issuing state</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="215" />
        <source>The nationality</source>
        <translation>The nationality</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="216" />
        <source>The name</source>
        <translation>The name</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="217" />
        <source>The surname</source>
        <translation>The surname</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="218" />
        <source>The given names</source>
        <translation>The given names</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="219" />
        <source>The document number</source>
        <translation>The document number</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="220" />
        <source>The optional data</source>
        <translation>The optional data</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="221" />
        <source>The second optional data field</source>
        <translation>The second optional data field</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="222" />
        <source>The date of birth</source>
        <translation>The date of birth</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="223" />
        <source>The date of expiry</source>
        <translation>The date of expiry</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="224" />
        <source>The sex field</source>
        <translation>The sex field</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="225" />
        <source>issuing state</source>
        <translation>issuing state</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="226" />
        <source>nationality</source>
        <translation>nationality</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="227" />
        <source>the filler in position 15 excluded, as Doc 9303-5 specifies</source>
        <translation>the filler in position 15 excluded, as Doc 9303-5 specifies</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="228" />
        <source>the filler in position 15 counted, as some issuers do</source>
        <translation>the filler in position 15 counted, as some issuers do</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="229" />
        <source>The document number continues in the optional data; its check digit holds with {how}.</source>
        <translation>The document number continues in the optional data; its check digit holds with {how}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="230" />
        <source>{field} {raw!r} is not a calendar date (YYMMDD).</source>
        <translation>{field} {raw!r} is not a calendar date (YYMMDD).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="231" />
        <source>a {format} document code starts with {allowed}</source>
        <translation>a {format} document code starts with {allowed}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="232" />
        <source>V, AI and AC are not used as TD1/TD2 document codes</source>
        <translation>V, AI and AC are not used as TD1/TD2 document codes</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="233" />
        <source>Document code {code!r}: {problems} (Doc 9303).</source>
        <translation>Document code {code!r}: {problems} (Doc 9303).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="234" />
        <source>The MRZ has no surname.</source>
        <translation>The MRZ has no surname.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="235" />
        <source>The name fills the whole MRZ field and may have been truncated; compare it with the name printed on the document.</source>
        <translation>The name fills the whole MRZ field and may have been truncated; compare it with the name printed on the document.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="236" />
        <source>The MRZ has no document number.</source>
        <translation>The MRZ has no document number.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="237" />
        <source>This format does not carry the date of expiry; read it on the document.</source>
        <translation>This format does not carry the date of expiry; read it on the document.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="238" />
        <source>The document expired on {date}.</source>
        <translation>The document expired on {date}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="239" />
        <source>The date of birth is not before the date of expiry.</source>
        <translation>The date of birth is not before the date of expiry.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="240" />
        <source>Sex must be M, F or &lt;, not {raw!r}.</source>
        <translation>Sex must be M, F or &lt;, not {raw!r}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="241" />
        <source>The {what} code {raw!r} is not a three-letter code.</source>
        <translation>The {what} code {raw!r} is not a three-letter code.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="242" />
        <source>The {what} code {code} is not in Doc 9303-3 or ISO 3166-1.</source>
        <translation>The {what} code {code} is not in Doc 9303-3 or ISO 3166-1.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="243" />
        <source>Sex is printed as X; Doc 9303 writes an unspecified sex as &lt; in the MRZ.</source>
        <translation>Sex is printed as X; Doc 9303 writes an unspecified sex as &lt; in the MRZ.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="244" />
        <source>{field} holds characters not allowed there: {bad}</source>
        <translation>{field} holds characters not allowed there: {bad}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="245" />
        <source>The {what} code {code} has been withdrawn from ISO 3166-1.</source>
        <translation>The {what} code {code} has been withdrawn from ISO 3166-1.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="258" />
        <source>Visible light</source>
        <translation>Visible light</translation>
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
        <translation>Anomalies</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="262" />
        <source>Inconclusive</source>
        <translation>Inconclusive</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="263" />
        <source>No anomalies</source>
        <translation>No anomalies</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="264" />
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="265" />
        <source>Referred to an expert</source>
        <translation>Referred to an expert</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="266" />
        <source>Suspected fraud</source>
        <translation>Suspected fraud</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="267" />
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="268" />
        <source>No decision recorded</source>
        <translation>No decision recorded</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="269" />
        <source>Genuine</source>
        <translation>Genuine</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="270" />
        <source>Counterfeit (a reproduction of the whole document)</source>
        <translation>Counterfeit (a reproduction of the whole document)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="271" />
        <source>Forgery (a genuine document altered)</source>
        <translation>Forgery (a genuine document altered)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="272" />
        <source>Pseudo or fantasy document</source>
        <translation>Pseudo or fantasy document</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="273" />
        <source>Genuine, fraudulently obtained</source>
        <translation>Genuine, fraudulently obtained</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="274" />
        <source>Genuine, used by an impostor</source>
        <translation>Genuine, used by an impostor</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="275" />
        <source>Stolen blank</source>
        <translation>Stolen blank</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="276" />
        <source>{band}. {reason}</source>
        <translation>{band}. {reason}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="277" />
        <source>Verifier — inspection report #{n}</source>
        <translation>Verifier — inspection report #{n}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="278" />
        <source>Report #{n}: personal data purged</source>
        <translation>Report #{n}: personal data purged</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="279" />
        <source>Purged on {date} at the end of the retention period. The non-personal statistics remain.</source>
        <translation>Purged on {date} at the end of the retention period. The non-personal statistics remain.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="280" />
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="281" />
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="282" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="283" />
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="284" />
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="296" />
        <source>Report #{seq} of {date}: {verdict}; {decision}; expert's classification: {kind}.</source>
        <translation>Report #{seq} of {date}: {verdict}; {decision}; expert's classification: {kind}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="297" />
        <source>Report #{seq} of {date}: {verdict}; {decision}.</source>
        <translation>Report #{seq} of {date}: {verdict}; {decision}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="285" />
        <source>{title}: from {hub}, {issued}, in force until {expires}.</source>
        <translation>{title}: from {hub}, {issued}, in force until {expires}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="286" />
        <source>Look for: {what}</source>
        <translation>Look for: {what}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="287" />
        <source>not identified</source>
        <translation>not identified</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="288" />
        <source>Portrait in the chip</source>
        <translation>Portrait in the chip</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="289" />
        <source>No bearer photo was compared.</source>
        <translation>No bearer photo was compared.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="290" />
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="291" />
        <source>Uncertain</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="292" />
        <source>No match</source>
        <translation>No match</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="293" />
        <source>{percent}% similar: {band}. {reason}</source>
        <translation>{percent}% similar: {band}. {reason}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="294" />
        <source>— (command line)</source>
        <translation>— (command line)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="295" />
        <source>Addendum #{n}</source>
        <translation>Addendum #{n}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="298" />
        <source>The document was not identified: this alert concerns the design {template} of the same issuing state and document type.</source>
        <translation>The document was not identified: this alert concerns the design {template} of the same issuing state and document type.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="299" />
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="300" />
        <source>Document code</source>
        <translation>Document code</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="301" />
        <source>Issuing state</source>
        <translation>Issuing state</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="302" />
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="303" />
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="304" />
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="305" />
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="148" />
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="306" />
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="307" />
        <source>Date of expiry</source>
        <translation>Date of expiry</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="308" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="309" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="310" />
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="311" />
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="312" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="313" />
        <source>Portrait on the document</source>
        <translation>Portrait on the document</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="314" />
        <source>Bearer photo</source>
        <translation>Bearer photo</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="315" />
        <source>Report hash (SHA-256)</source>
        <translation>Report hash (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="316" />
        <source>Signed by key</source>
        <translation>Signed by key</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="317" />
        <source>Signature (Ed25519)</source>
        <translation>Signature (Ed25519)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="319" />
        <source>No bearer photo</source>
        <translation>No bearer photo</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="322" />
        <source>Decision corrected to: {decision}.</source>
        <translation>Decision corrected to: {decision}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="324" />
        <source>The machine verdict reports what the checks found; the officer decides.</source>
        <translation>The machine verdict reports what the checks found; the officer decides.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="325" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="326" />
        <source>Captures (failed features outlined and numbered)</source>
        <translation>Captures (failed features outlined and numbered)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="327" />
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="329" />
        <source>No portrait</source>
        <translation>No portrait</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="331" />
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="332" />
        <source>purged with the report</source>
        <translation>purged with the report</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="333" />
        <source>Captures</source>
        <translation>Captures</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="338" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="339" />
        <source>Addenda</source>
        <translation>Addenda</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="330" />
        <source>Bearer</source>
        <translation>Bearer</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="334" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="335" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="336" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="340" />
        <source>Not examined</source>
        <translation>Not examined</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="387" />
        <source>Visible digital seal (Doc 9303-7 §9 visa profile) at top right.</source>
        <translation>Visible digital seal (Doc 9303-7 §9 visa profile) at top right.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="388" />
        <source>Visa number in red ink: orange under UV, dark in IR.</source>
        <translation>Visa number in red ink: orange under UV, dark in IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="389" />
        <source>UV: dull sticker, a mint star emblem below the portrait, three fibre colours.</source>
        <translation>UV: dull sticker, a mint star emblem below the portrait, three fibre colours.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="117" />
        <source>optional data</source>
        <translation>optional data</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="6" />
        <source>The MRZ's check digits do not hold: correct the MRZ before reading the chip (a wrong key makes the chip refuse, and some chips count refusals).</source>
        <translation>The MRZ's check digits do not hold: correct the MRZ before reading the chip (a wrong key makes the chip refuse, and some chips count refusals).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="7" />
        <source>A CAN is the 6-digit number printed on the card (digits only).</source>
        <translation>A CAN is the 6-digit number printed on the card (digits only).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="8" />
        <source>The MRZ given is not two or three MRZ lines of Doc 9303.</source>
        <translation>The MRZ given is not two or three MRZ lines of Doc 9303.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="9" />
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="10" />
        <source>not yet valid</source>
        <translation>not yet valid</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="11" />
        <source>The SOD's signature does not hold: {why}.</source>
        <translation>The SOD's signature does not hold: {why}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="12" />
        <source>The SOD uses an unknown hash ({name}).</source>
        <translation>The SOD uses an unknown hash ({name}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="13" />
        <source>The Document Signer certificate is {problem} (valid {start} to {end}).</source>
        <translation>The Document Signer certificate is {problem} (valid {start} to {end}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="14" />
        <source>The Document Signer certificate is not for digital signatures.</source>
        <translation>The Document Signer certificate is not for digital signatures.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="15" />
        <source>No CSCA in this workstation's trust store issued the Document Signer certificate ({issuer}): import that State's CSCA or a master list that holds it.</source>
        <translation>No CSCA in this workstation's trust store issued the Document Signer certificate ({issuer}): import that State's CSCA or a master list that holds it.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="16" />
        <source>The CSCA certificate that issued the Document Signer is {problem}.</source>
        <translation>The CSCA certificate that issued the Document Signer is {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="17" />
        <source>The Document Signer certificate is revoked by its CSCA's CRL.</source>
        <translation>The Document Signer certificate is revoked by its CSCA's CRL.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="18" />
        <source>DG{number} was read but the SOD does not list it.</source>
        <translation>DG{number} was read but the SOD does not list it.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="19" />
        <source>DG{number} does not match its hash in the SOD: its data was changed after the issuing State signed it.</source>
        <translation>DG{number} does not match its hash in the SOD: its data was changed after the issuing State signed it.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="20" />
        <source>The Document Signer certificate cannot be used: {why}</source>
        <translation>The Document Signer certificate cannot be used: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="21" />
        <source>Chip reading needs PC/SC support, which is not installed here: install the 'chip' extra (pip install 'verifier[chip]') with Debian's pcscd running.</source>
        <translation>Chip reading needs PC/SC support, which is not installed here: install the 'chip' extra (pip install 'verifier[chip]') with Debian's pcscd running.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="22" />
        <source>The PC/SC service does not answer ({error}): start pcscd (systemctl start pcscd) and connect the reader.</source>
        <translation>The PC/SC service does not answer ({error}): start pcscd (systemctl start pcscd) and connect the reader.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="23" />
        <source>No chip reader is connected: connect one and try again.</source>
        <translation>No chip reader is connected: connect one and try again.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="24" />
        <source>No reader is called {name}; connected: {names}.</source>
        <translation>No reader is called {name}; connected: {names}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="25" />
        <source>The reader {name} sees no chip ({error}): put the document's data page (or cover) flat on the reader.</source>
        <translation>The reader {name} sees no chip ({error}): put the document's data page (or cover) flat on the reader.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="26" />
        <source>The chip stopped answering ({error}): keep the document still on the reader and read it again.</source>
        <translation>The chip stopped answering ({error}): keep the document still on the reader and read it again.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="57" />
        <source>Chip Authentication</source>
        <translation>Chip Authentication</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="58" />
        <source>Active Authentication</source>
        <translation>Active Authentication</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="63" />
        <source>The chip does not give {groups}, which its signed data lists: a copied chip hides the keys it cannot prove it holds.</source>
        <translation>The chip does not give {groups}, which its signed data lists: a copied chip hides the keys it cannot prove it holds.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="75" />
        <source>DG{number} is listed in the SOD but the chip did not give it.</source>
        <translation>DG{number} is listed in the SOD but the chip did not give it.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="76" />
        <source>The chip refused the key from the printed MRZ: the MRZ was misread, or altered, or the chip is not this document's.</source>
        <translation>The chip refused the key from the printed MRZ: the MRZ was misread, or altered, or the chip is not this document's.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="246" />
        <source>second optional data field</source>
        <translation>second optional data field</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="247" />
        <source>Fillers in the name were read as K and restored; names have no check digit, so compare the name with the one printed on the document.</source>
        <translation>Fillers in the name were read as K and restored; names have no check digit, so compare the name with the one printed on the document.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="248" />
        <source>The OCR read fillers as K; the K at the end of the {field} may be a letter or a filler, and check digits cannot tell them apart. {advice}</source>
        <translation>The OCR read fillers as K; the K at the end of the {field} may be a letter or a filler, and check digits cannot tell them apart. {advice}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="249" />
        <source>The OCR read fillers as K and the name still contains K, which may be a letter or a space; read the name on the document.</source>
        <translation>The OCR read fillers as K and the name still contains K, which may be a letter or a space; read the name on the document.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="250" />
        <source>Input normalised: {what}.</source>
        <translation>Input normalised: {what}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="251" />
        <source>{count} character(s) were chosen by the check digits among look-alike readings; a check digit misses about one such error in ten, so compare the repaired fields with the data printed on the document.</source>
        <translation>{count} character(s) were chosen by the check digits among look-alike readings; a check digit misses about one such error in ten, so compare the repaired fields with the data printed on the document.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="252" />
        <source>{count} different corrections would make the check digits hold; none was applied. Read the MRZ on the document.</source>
        <translation>{count} different corrections would make the check digits hold; none was applied. Read the MRZ on the document.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="253" />
        <source>spaces removed</source>
        <translation>spaces removed</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="254" />
        <source>lower case converted</source>
        <translation>lower case converted</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="255" />
        <source>Line {line} has a character too many or too few, and the check digits cannot tell where; read that line on the document.</source>
        <translation>Line {line} has a character too many or too few, and the check digits cannot tell where; read that line on the document.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="256" />
        <source>Read the number on the document.</source>
        <translation>Read the number on the document.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="257" />
        <source>Compare with the document.</source>
        <translation>Compare with the document.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="318" />
        <source>Seen before on this workstation</source>
        <translation>Seen before on this workstation</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="320" />
        <source>It concerns the numbers {numbers}.</source>
        <translation>It concerns the numbers {numbers}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="321" />
        <source>It concerns the numbers {numbers}; this document's number was not read: compare it by eye.</source>
        <translation>It concerns the numbers {numbers}; this document's number was not read: compare it by eye.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="323" />
        <source>Expert's classification: {kind}.</source>
        <translation>Expert's classification: {kind}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="328" />
        <source>Fraud alerts shown</source>
        <translation>Fraud alerts shown</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="337" />
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="341" />
        <source>Checks that did not pass</source>
        <translation>Checks that did not pass</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="342" />
        <source>Report to the duty officer; do not return the document. A hit is a reason to check, not a proof: confirm it with the issuing authority.</source>
        <translation>Report to the duty officer; do not return the document. A hit is a reason to check, not a proof: confirm it with the issuing authority.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="343" />
        <source>Utopia identity card, 2021 series</source>
        <translation>Utopia identity card, 2021 series</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="344" />
        <source>Front and back are captured side by side.</source>
        <translation>Front and back are captured side by side.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="345" />
        <source>Card number in red ink: orange under UV, dark in IR.</source>
        <translation>Card number in red ink: orange under UV, dark in IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="346" />
        <source>UV: dull card body, a pink star emblem at top right of the front, red and yellow fibres.</source>
        <translation>UV: dull card body, a pink star emblem at top right of the front, red and yellow fibres.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="347" />
        <source>What to look at:</source>
        <translation>What to look at:</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="348" />
        <source>Under UV the paper stays dark: genuine paper has no brighteners.</source>
        <translation>Under UV the paper stays dark: genuine paper has no brighteners.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="349" />
        <source>A star emblem glows under UV.</source>
        <translation>A star emblem glows under UV.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="350" />
        <source>Emblem in UV (front)</source>
        <translation>Emblem in UV (front)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="351" />
        <source>Fluorescent fibres at random positions, in the design's colours only.</source>
        <translation>Fluorescent fibres at random positions, in the design's colours only.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="352" />
        <source>Fibres in UV</source>
        <translation>Fibres in UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="353" />
        <source>The document number is printed in an ink glowing orange under UV.</source>
        <translation>The document number is printed in an ink glowing orange under UV.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="354" />
        <source>Number ink in UV</source>
        <translation>Number ink in UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="355" />
        <source>Every MRZ line absorbs in B900: dark in IR (Doc 9303-3 §4.10).</source>
        <translation>Every MRZ line absorbs in B900: dark in IR (Doc 9303-3 §4.10).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="356" />
        <source>The laser-engraved portrait is visible in IR.</source>
        <translation>The laser-engraved portrait is visible in IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="357" />
        <source>Portrait in IR (front)</source>
        <translation>Portrait in IR (front)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="358" />
        <source>Fine blue waves cross the lower right corner of the portrait.</source>
        <translation>Fine blue waves cross the lower right corner of the portrait.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="359" />
        <source>Portrait overprint (front)</source>
        <translation>Portrait overprint (front)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="360" />
        <source>The printed header and background vanish in IR.</source>
        <translation>The printed header and background vanish in IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="361" />
        <source>Background vanishing in IR</source>
        <translation>Background vanishing in IR</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="362" />
        <source>Header band and guilloche background as on the reference.</source>
        <translation>Header band and guilloche background as on the reference.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="363" />
        <source>Background and guilloche</source>
        <translation>Background and guilloche</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="364" />
        <source>Utopia identity card, 2024 series</source>
        <translation>Utopia identity card, 2024 series</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="365" />
        <source>Full-bleed photographic landscape behind the data on both sides; portrait at the right.</source>
        <translation>Full-bleed photographic landscape behind the data on both sides; portrait at the right.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="366" />
        <source>UV: dull card body, a blue star emblem between data and portrait, pink and green fibres.</source>
        <translation>UV: dull card body, a blue star emblem between data and portrait, pink and green fibres.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="367" />
        <source>Utopia passport, 2010 series</source>
        <translation>Utopia passport, 2010 series</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="368" />
        <source>Portrait at the right, printed in grey: visible in IR.</source>
        <translation>Portrait at the right, printed in grey: visible in IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="369" />
        <source>UV: dull paper; a blue shield emblem in the middle; blue and yellow fibres.</source>
        <translation>UV: dull paper; a blue shield emblem in the middle; blue and yellow fibres.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="370" />
        <source>Look-alike of the 2020 series: tell them apart by the portrait side and colours.</source>
        <translation>Look-alike of the 2020 series: tell them apart by the portrait side and colours.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="371" />
        <source>A shield emblem glows under UV.</source>
        <translation>A shield emblem glows under UV.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="372" />
        <source>Emblem in UV</source>
        <translation>Emblem in UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="373" />
        <source>Portrait in IR</source>
        <translation>Portrait in IR</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="374" />
        <source>Portrait overprint</source>
        <translation>Portrait overprint</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="375" />
        <source>Utopia passport, 2020 series</source>
        <translation>Utopia passport, 2020 series</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="376" />
        <source>Portrait laser-engraved in grey: visible in IR, with a fine wavy overprint crossing its lower right corner.</source>
        <translation>Portrait laser-engraved in grey: visible in IR, with a fine wavy overprint crossing its lower right corner.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="377" />
        <source>Passport number printed in red ink that fluoresces orange under UV and stays dark in IR.</source>
        <translation>Passport number printed in red ink that fluoresces orange under UV and stays dark in IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="378" />
        <source>UV: dull paper; a yellow-green star emblem right of the data; red, blue and yellow-green fibres at random positions.</source>
        <translation>UV: dull paper; a yellow-green star emblem right of the data; red, blue and yellow-green fibres at random positions.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="379" />
        <source>Ghost image of the portrait at the right, faint in visible light.</source>
        <translation>Ghost image of the portrait at the right, faint in visible light.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="380" />
        <source>Utopia passport, 2024 series</source>
        <translation>Utopia passport, 2024 series</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="381" />
        <source>Rosette background in apricot and teal; portrait at the right with a ghost image left of it; passport number in teal ink that glows cyan under UV.</source>
        <translation>Rosette background in apricot and teal; portrait at the right with a ghost image left of it; passport number in teal ink that glows cyan under UV.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="382" />
        <source>UV: dull paper, an orange shield emblem above the ghost image, green and orange fibres.</source>
        <translation>UV: dull paper, an orange shield emblem above the ghost image, green and orange fibres.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="383" />
        <source>Utopia residence permit, 2019 series</source>
        <translation>Utopia residence permit, 2019 series</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="384" />
        <source>Visible digital seal (Doc 9303-13, Utopia residence-permit profile) at top right.</source>
        <translation>Visible digital seal (Doc 9303-13, Utopia residence-permit profile) at top right.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="385" />
        <source>UV: dull paper, a yellow shield emblem below the portrait, red and blue fibres.</source>
        <translation>UV: dull paper, a yellow shield emblem below the portrait, red and blue fibres.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="386" />
        <source>Utopia visa, 2022 series</source>
        <translation>Utopia visa, 2022 series</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="51" />
        <source>visible light</source>
        <translation>visible light</translation>
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
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="25" />
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="26" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="29" />
        <source>Pre-test</source>
        <translation>Pre-test</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="30" />
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="31" />
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="34" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="35" />
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
</context>
</TS>