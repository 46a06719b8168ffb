<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sr_Cyrl">
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="141" />
        <source>Addendum to report #{0}</source>
        <translation>Додатак извештају #{0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="146" />
        <source>A signed report is never changed. An addendum corrects or completes it: it is signed, added to the chain and shown with the report.</source>
        <translation>Потписани извештај се никада не мења. Додатак га исправља или допуњује: потписује се, додаје у ланац и приказује уз извештај.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="154" />
        <source>Decision unchanged ({0})</source>
        <translation>Одлука непромењена ({0})</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="158" />
        <source>Correct the decision to: {0}</source>
        <translation>Исправити одлуку у: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="163" />
        <source>No expert classification</source>
        <translation>Без класификације стручњака</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="166" />
        <source>Expert's classification: {0}</source>
        <translation>Класификација стручњака: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="170" />
        <source>What it corrects or adds, and why</source>
        <translation>Шта исправља или додаје, и зашто</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="173" />
        <source>&amp;Sign and add</source>
        <translation>&amp;Потпиши и додај</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="104" />
        <source>⚑ Fraud alerts for this document design ({0}): check what they describe.</source>
        <translation>⚑ Упозорења о фалсификатима за овај образац документа ({0}): проверите оно што описују.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="134" />
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="137" />
        <source>Alert: {0} ({1})</source>
        <translation>Упозорење: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="142" />
        <source>This document ({0})</source>
        <translation>Овај документ ({0})</translation>
    </message>
</context>
<context>
    <name>CaptureSlot</name>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="110" />
        <location filename="../../verifier/gui/inspection.py" line="123" />
        <source>Drop an image here
or click to choose</source>
        <translation>Превуците слику овде
или кликните да изаберете</translation>
    </message>
</context>
<context>
    <name>CourseResults</name>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="37" />
        <source>Course results</source>
        <translation>Резултати курса</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="47" />
        <source>Trainee</source>
        <translation>Полазник</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="47" />
        <source>Pre-test %</source>
        <translation>Улазни тест %</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="47" />
        <source>Post-test %</source>
        <translation>Излазни тест %</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="48" />
        <source>Improved</source>
        <translation>Напредак</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="48" />
        <source>Verdicts right (pre/post)</source>
        <translation>Тачне оцене (ulazni/izlazni)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="49" />
        <source>Anomalies found (pre/post)</source>
        <translation>Пронађене неправилности (ulazni/izlazni)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="49" />
        <source>False alarms (pre/post)</source>
        <translation>Лажне узбуне (ulazni/izlazni)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="51" />
        <source>Sample</source>
        <translation>Узорак</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="51" />
        <location filename="../../verifier/gui/course_results.py" line="52" />
        <source>Pre-tests</source>
        <translation>Улазни тестови</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="51" />
        <location filename="../../verifier/gui/course_results.py" line="52" />
        <source>Post-tests</source>
        <translation>Излазни тестови</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="52" />
        <source>Feature</source>
        <translation>Елемент</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="54" />
        <source>Per trainee</source>
        <translation>По полазнику</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="55" />
        <source>Right verdicts per sample</source>
        <translation>Тачне оцене по узорку</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="56" />
        <source>Anomalies found per feature</source>
        <translation>Пронађене неправилности по елементу</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="58" />
        <source>Export &amp;CSV…</source>
        <translation>Извези &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="59" />
        <source>Export &amp;PDF…</source>
        <translation>Извези &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="60" />
        <source>&amp;Close</source>
        <translation>&amp;Затвори</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="62" />
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="98" />
        <source>No course has sessions yet.</source>
        <translation>Ниједан курс још нема сесија.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="105" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="105" />
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="129" />
        <source>Trainees improved: no trainee has taken both tests yet (target {0} %).</source>
        <translation>Полазници са напретком: ниједан полазник још није полагао оба теста (циљ {0} %).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="133" />
        <source>target met</source>
        <translation>циљ достигнут</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="133" />
        <source>below the target</source>
        <translation>испод циља</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="135" />
        <source>Trainees improved: {0} % of {1} with both tests — target {2} %, {3}.</source>
        <translation>Полазници са напретком: {0} % од {1} са оба теста — циљ {2} %, {3}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="146" />
        <source>Export the course results</source>
        <translation>Извоз резултата курса</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="158" />
        <source>Not exported: {0}</source>
        <translation>Није извезено: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="164" />
        <source>Exported to {0}.</source>
        <translation>Извезено у {0}.</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <location filename="../decision.ui" line="9" />
        <source>Officer's decision:</source>
        <translation>Одлука службеника:</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="16" />
        <source>&amp;Released (Ctrl+1)</source>
        <translation>&amp;Пропуштен (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="23" />
        <source>Referred to &amp;expert (Ctrl+2)</source>
        <translation>Упућен &amp;стручњаку (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="30" />
        <source>Suspected &amp;fraud (Ctrl+3)</source>
        <translation>Сумња на &amp;превару (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="37" />
        <source>Notes for the report (optional)</source>
        <translation>Белешке за извештај (необавезно)</translation>
    </message>
</context>
<context>
    <name>FraudAlertView</name>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="156" />
        <source>Alerts from the regional hub about forgeries in circulation. Each is shown at the inspection of the design it concerns until it expires or the hub withdraws it. Personal data is masked on the examples.</source>
        <translation>Упозорења регионалног центра о фалсификатима у оптицају. Свако се приказује при прегледу обрасца на који се односи док не истекне или га центар не повуче. Лични подаци на примерима су прекривени.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Alert</source>
        <translation>Упозорење</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Design</source>
        <translation>Образац</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Numbers</source>
        <translation>Бројеви</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Issued</source>
        <translation>Издата</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="165" />
        <source>Until</source>
        <translation>Важи до</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="165" />
        <source>State</source>
        <translation>Стање</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="177" />
        <source>&amp;Import fraud alerts…</source>
        <translation>&amp;Увези упозорења о фалсификатима…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="192" />
        <location filename="../../verifier/gui/fraudalerts.py" line="256" />
        <source>Only an administrator imports alerts.</source>
        <translation>Само администратор увози упозорења.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="201" />
        <source>Withdrawn</source>
        <translation>Повучено</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="202" />
        <source>In force</source>
        <translation>На снази</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="202" />
        <source>Expired</source>
        <translation>Истекло</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="208" />
        <source>all</source>
        <translation>сви</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="221" />
        <source>No fraud alert is installed.</source>
        <translation>Ниједно упозорење о фалсификатима није инсталирано.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="223" />
        <source>Alerts: {0}, in force: {1}.</source>
        <translation>Упозорења: {0}, на снази: {1}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="238" />
        <source>Look for: {0}</source>
        <translation>Обратите пажњу на: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="261" />
        <source>Import fraud alerts</source>
        <translation>Увези упозорења о фалсификатима</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="263" />
        <source>Fraud alerts (*.alert);;All files (*)</source>
        <translation>Упозорења о фалсификатима (*.алерт);;Све датотеке (*)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="277" />
        <source>Refused; the alerts in force are unchanged: {0}</source>
        <translation>Одбијено; упозорења на снази су непромењена: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="280" />
        <source>Imported: {0}.</source>
        <translation>Увезено: {0}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../verifier/gui/history.py" line="49" />
        <source>Created (UTC)</source>
        <translation>Направљен (UTC)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="50" />
        <source>Verdict</source>
        <translation>Налаз</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="51" />
        <source>Decision</source>
        <translation>Одлука</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="52" />
        <source>Officer</source>
        <translation>Службеник</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="53" />
        <source>Number</source>
        <translation>Број</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="54" />
        <source>Holder</source>
        <translation>Ималац</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="55" />
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="56" />
        <source>Failed checks</source>
        <translation>Неуспеле провере</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="115" />
        <source>&amp;Verify signatures</source>
        <translation>П&amp;ровери потписе</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="116" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Извези PDF…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="117" />
        <source>A&amp;ddendum…</source>
        <translation>До&amp;датак…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="118" />
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="153" />
        <source>document number, or part of it</source>
        <translation>број документа, или његов део</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="155" />
        <source>name, or part of it</source>
        <translation>име, или његов део</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="157" />
        <source>any verdict</source>
        <translation>сваки налаз</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="161" />
        <source>any decision</source>
        <translation>било која одлука</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="164" />
        <source>no decision recorded</source>
        <translation>без забележене одлуке</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="166" />
        <source>&amp;Search</source>
        <translation>&amp;Претрага</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="167" />
        <source>From</source>
        <translation>Од</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="169" />
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="184" />
        <source>any officer</source>
        <translation>било који службеник</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="217" />
        <source>(purged)</source>
        <translation>(обрисано)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="224" />
        <source>Corrected or completed by a signed addendum</source>
        <translation>Исправљено или допуњено потписаним додатком</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="228" />
        <source>{0} report(s).</source>
        <translation>Извештаја: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="262" />
        <source>Select a report that was not purged.</source>
        <translation>Изаберите извештај који није обрисан.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="285" />
        <source>Addendum #{0} to report #{1} signed and saved.</source>
        <translation>Додатак #{0} извештају #{1} потписан и сачуван.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="312" />
        <source>Cancelling…</source>
        <translation>Отказивање…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="317" />
        <source>Cancelled: nothing was changed.</source>
        <translation>Отказано: ништа није промењено.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="319" />
        <location filename="../../verifier/gui/history.py" line="321" />
        <source>Not done: {0}</source>
        <translation>Није урађено: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="321" />
        <source>an internal error.</source>
        <translation>унутрашња грешка.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="334" />
        <source>Verifying every signature, link and image file…</source>
        <translation>Провера сваког потписа, везе и датотеке слике…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="354" />
        <source>All {0} reports verify: signatures, chain and image files.</source>
        <translation>Свих {0} извештаја је исправно: потписи, ланац и датотеке слика.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="360" />
        <source>PROBLEMS FOUND: {0}</source>
        <translation>ПРОНАЂЕНИ PROBLEMI: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="365" />
        <source>Select a report first.</source>
        <translation>Најпре изаберите извештај.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="369" />
        <source>Export the report</source>
        <translation>Извоз извештаја</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="391" />
        <source>Report #{0} exported to {1}.</source>
        <translation>Извештај бр. {0} извезен је у {1}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="394" />
        <source>Writing the PDF…</source>
        <translation>Писање PDF-а…</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="80" />
        <source>Pass</source>
        <translation>У реду</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="81" />
        <source>FAIL</source>
        <translation>NEUSPEH</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="82" />
        <source>Warning</source>
        <translation>Упозорење</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="83" />
        <source>Skipped</source>
        <translation>Прескочено</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="84" />
        <source>Not checked</source>
        <translation>Није проверено</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="85" />
        <source>Not examined</source>
        <translation>Није прегледано</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="190" />
        <source>Visible light</source>
        <translation>Видљива светлост</translation>
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
        <translation>Фотографија носиоца</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="233" />
        <source>&amp;Open files… (Ctrl+O)</source>
        <translation>&amp;Отвори датотеке… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="234" />
        <source>S&amp;amples… (Ctrl+M)</source>
        <translation>&amp;Узорци… (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="235" />
        <source>&amp;Hot folder (Ctrl+H)</source>
        <translation>Фасцикла с&amp;кенера (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="237" />
        <source>&amp;Camera (Ctrl+K)</source>
        <translation>&amp;Камера (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="239" />
        <source>Ca&amp;pture (Space)</source>
        <translation>&amp;Сними (размак)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="240" />
        <source>Next &amp;light (Ctrl+L)</source>
        <translation>Следеће све&amp;тло (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="241" />
        <source>&amp;Inspect (F5)</source>
        <translation>Пре&amp;гледај (F5)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="243" />
        <source>&amp;New inspection (Ctrl+N)</source>
        <translation>&amp;Нови преглед (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="271" />
        <source>Rea&amp;d the chip (Ctrl+R)</source>
        <translation>Про&amp;читај чип (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="276" />
        <source>Read the document's chip during the inspection: on a chip reader, or a sample's simulated chip. The MRZ is the key; for an ID card, type its CAN.</source>
        <translation>Прочитај чип документа током контроле: на читачу чипова, или симулирани чип узорка. MRZ је кључ; за личну карту унесите њен CAN.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="281" />
        <source>CAN (ID cards, optional)</source>
        <translation>CAN (личне карте, необавезно)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="338" />
        <source>Hide or show the captures (Ctrl+\)</source>
        <translation>Сакриј или прикажи снимке (Ctrl+\)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="356" />
        <source>Check</source>
        <translation>Провера</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="356" />
        <source>Result</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="356" />
        <source>Details</source>
        <translation>Детаљи</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="408" />
        <source>Brightness</source>
        <translation>Осветљеност</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="409" />
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="416" />
        <source>Invert</source>
        <translation>Инверзија</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>All channels</source>
        <translation>Сви канали</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>Red</source>
        <translation>Црвени</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>Green</source>
        <translation>Зелени</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>Blue</source>
        <translation>Плави</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="426" />
        <source>Side by side</source>
        <translation>Једно поред другог</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="427" />
        <source>Blink with the reference</source>
        <translation>Наизменично са референцом</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="428" />
        <source>Difference from the reference</source>
        <translation>Разлика од референце</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="432" />
        <source>Reset</source>
        <translation>Поништи</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="448" />
        <location filename="../../verifier/gui/inspection.py" line="1183" />
        <location filename="../../verifier/gui/inspection.py" line="1209" />
        <source>Capture</source>
        <translation>Снимак</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="448" />
        <source>Reference</source>
        <translation>Референца</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="465" />
        <source>Portrait on the document</source>
        <translation>Портрет на документу</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="466" />
        <source>Bearer, photographed now</source>
        <translation>Ималац, сада фотографисан</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="467" />
        <source>Portrait in the chip</source>
        <translation>Портрет у чипу</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="483" />
        <location filename="../../verifier/gui/inspection.py" line="1025" />
        <source>Face</source>
        <translation>Лице</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="552" />
        <source>Decide this inspection first (Ctrl+1, Ctrl+2 or Ctrl+3).</source>
        <translation>Најпре донесите одлуку о овој контроли (Ctrl+1, Ctrl+2 или Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="555" />
        <source>Record as not decided</source>
        <translation>Забележи као неодлучено</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="557" />
        <source>The inspection is kept as a signed report with no decision. Say why it was left (e.g. the traveller withdrew, the document was recaptured).</source>
        <translation>Контрола се чува као потписан извештај без одлуке. Наведите зашто је остављена (нпр. путник је одустао, документ је поново снимљен).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="560" />
        <source>&amp;Record</source>
        <translation>&amp;Забележи</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="564" />
        <source>Nothing was recorded: decide this inspection first.</source>
        <translation>Ништа није забележено: најпре донесите одлуку о овој контроли.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="619" />
        <source>Place the document in white light and capture it (visible).</source>
        <translation>Поставите документ под белу светлост и снимите га (видљива).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="620" />
        <source>Switch to UV light (365 nm) and capture the document.</source>
        <translation>Укључите UV светло (365 nm) и снимите документ.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="621" />
        <source>Switch to IR light (870 nm) and capture the document.</source>
        <translation>Укључите IC светло (870 nm) и снимите документ.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="622" />
        <source>Take a photo of the person presenting the document.</source>
        <translation>Фотографишите особу која показује документ.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="652" />
        <source>Not taken: {0} Choose an image file (PNG, JPEG, TIFF).</source>
        <translation>Није преузето: {0} Изаберите датотеку слике (PNG, JPEG, TIFF).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="663" />
        <source>Everything is captured: press Inspect (F5).</source>
        <translation>Све је снимљено: притисните Прегледај (F5).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="681" />
        <location filename="../../verifier/gui/inspection.py" line="689" />
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Слике (*.пнг *.јпг *.јпег *.тиф *.тифф *.бмп)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="688" />
        <source>Open the captures</source>
        <translation>Отварање снимака</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="709" />
        <source>Sample {0}</source>
        <translation>Узорак {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="716" />
        <source>The sample documents are not installed.</source>
        <translation>Узорци докумената нису инсталирани.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="719" />
        <source>Sample documents</source>
        <translation>Узорци докумената</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="719" />
        <source>Sample:</source>
        <translation>Узорак:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="729" />
        <source>No hot folder is set, or it does not exist: an administrator sets it in Settings (the folder the scanner writes into).</source>
        <translation>Надгледана фасцикла није подешена или не постоји: администратор је подешава у Подешавањима (фасцикла у коју скенер уписује).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="740" />
        <source>Watching the hot folder: scan the document.</source>
        <translation>Надгледам фасциклу: скенирајте документ.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="753" />
        <source>{0} new scan(s) are waiting: decide this inspection (or record it as not decided with New inspection) and they come in.</source>
        <translation>Чека {0} нових снимака: донесите одлуку о овој контроли (или је забележите као неодлучену преко Нова контрола) и они ће бити преузети.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="809" />
        <source>Turn the camera on first (Ctrl+K), or open a file.</source>
        <translation>Најпре укључите камеру (Ctrl+K) или отворите датотеку.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="838" />
        <source>Capture the document in visible light first: the other lights are optional.</source>
        <translation>Најпре снимите документ под видљивом светлошћу: остала светла нису обавезна.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="845" />
        <source>{0} is not an image file.</source>
        <translation>{0} није датотека слике.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="858" />
        <source>Inspecting…</source>
        <translation>Преглед у току…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="888" />
        <source>Reading the chip's portrait: %p%</source>
        <translation>Читање фотографије из чипа: %п%</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="901" />
        <source>An image could not be read: {0} Capture it again or choose another file.</source>
        <translation>Слика не може да се прочита: {0} Снимите је поново или изаберите другу датотеку.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="906" />
        <source>The inspection failed: {0}. The captures are kept; try again.</source>
        <translation>Преглед није успео: {0}. Снимци су задржани; покушајте поново.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="919" />
        <source>Not examined: {0}.</source>
        <translation>Није прегледано: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="944" />
        <source>⚠ Seen before on this workstation, and referred or suspected then:</source>
        <translation>⚠ Већ виђен на овој радној станици, и тада упућен експерту или сумњив:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="946" />
        <source>Seen before on this workstation:</source>
        <translation>Већ виђен на овој радној станици:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="957" />
        <source>No inspection yet</source>
        <translation>Још нема прегледа</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="977" />
        <source>Name in the chip</source>
        <translation>Име у чипу</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="980" />
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="980" />
        <source>not identified</source>
        <translation>није препознат</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="990" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="992" />
        <source>Number</source>
        <translation>Број</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="993" />
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="995" />
        <source>Nationality</source>
        <translation>Држављанство</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="996" />
        <source>Born</source>
        <translation>Рођен(а)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="997" />
        <source>Expires</source>
        <translation>Важи до</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1002" />
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1007" />
        <source>{0}: check digit {1}, computed {2}</source>
        <translation>{0}: контролна цифра {1}, израчунато {2}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1019" />
        <source>Document, MRZ and printed data</source>
        <translation>Документ, MRZ и штампани подаци</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1023" />
        <source>Bar codes and seals</source>
        <translation>Бар-кодови и печати</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1024" />
        <source>Chip</source>
        <translation>Чип</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1026" />
        <source>Watch lists</source>
        <translation>Листе потраге</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1100" />
        <source>No bearer photo was compared.</source>
        <translation>Фотографија носиоца није упоређена.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1104" />
        <source>Match</source>
        <translation>Подудара се</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1105" />
        <source>Uncertain</source>
        <translation>Несигурно</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1106" />
        <source>No match</source>
        <translation>Не подудара се</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1191" />
        <source>No reference image to compare with for this light.</source>
        <translation>За ово светло нема референтне слике за поређење.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1196" />
        <source>Difference: capture against reference (bright = differs)</source>
        <translation>Разлика: снимак према референци (светло = разликује се)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1209" />
        <source>Reference (blinking)</source>
        <translation>Референца (наизменично)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1216" />
        <source>Inspect the document before deciding.</source>
        <translation>Прегледајте документ пре одлуке.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1221" />
        <source>found anomalies</source>
        <translation>је пронашла неправилности</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1222" />
        <source>is inconclusive</source>
        <translation>није коначна</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1225" />
        <source>Release despite the verdict?</source>
        <translation>Пропустити упркос налазу?</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1227" />
        <source>The machine verdict {0}. Releasing the traveller needs your reason: what you examined and why you are satisfied. It is signed into the report.</source>
        <translation>Машинска оцена {0}. За пропуштање путника потребан је ваш разлог: шта сте прегледали и зашто сте задовољни. Потписује се у извештај.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1230" />
        <source>&amp;Release</source>
        <translation>&amp;Пропусти</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1234" />
        <source>Not released: nothing was saved.</source>
        <translation>Није пропуштен: ништа није сачувано.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1266" />
        <source>Report #{0} signed and saved as not decided.</source>
        <translation>Извештај #{0} потписан и сачуван као неодлучен.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1268" />
        <source>Report #{0} signed and saved.</source>
        <translation>Извештај бр. {0} је потписан и сачуван.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1273" />
        <source>an internal error.</source>
        <translation>унутрашња грешка.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1275" />
        <source>The report was NOT saved: {0} Your decision and notes are kept: press the decision again to retry.</source>
        <translation>Извештај NIJE сачуван: {0} Ваша одлука и белешке су задржане: поново притисните одлуку да бисте покушали опет.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../verifier/gui/library.py" line="57" />
        <source>Visible light</source>
        <translation>Видљива светлост</translation>
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
        <translation>&amp;Увези потписани пакет библиотеке…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="60" />
        <source>New &amp;draft from an exemplar…</source>
        <translation>Нови &amp;нацрт из примерка…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="61" />
        <source>&amp;Edit a draft…</source>
        <translation>&amp;Уреди нацрт…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="89" />
        <source>Document templates</source>
        <translation>Обрасци докумената</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="90" />
        <source>Chip trust: CSCA certificates</source>
        <translation>Поверење за чип: CSCA сертификати</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="91" />
        <source>Watch lists</source>
        <translation>Листе потраге</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="92" />
        <source>Fraud alerts</source>
        <translation>Упозорења о фалсификатима</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="101" />
        <location filename="../../verifier/gui/library.py" line="239" />
        <source>Only an administrator changes the library.</source>
        <translation>Само администратор мења библиотеку.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="122" />
        <source>Library: {0} ({1} templates).</source>
        <translation>Библиотека: {0} (шаблона: {1}).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="123" />
        <source>Invalid: {0}</source>
        <translation>Неисправно: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="147" />
        <source>visible</source>
        <translation>видљиво</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="173" />
        <source>The exemplar's captures (visible, UV, IR)</source>
        <translation>Снимци примерка (видљива, UV, IC)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="174" />
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Слике (*.пнг *.јпг *.јпег *.тиф *.тифф *.бмп)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="183" />
        <source>New template</source>
        <translation>Нови шаблон</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="183" />
        <source>Template id (e.g. SRB-P-2008):</source>
        <translation>Ознака шаблона (нпр. SRB-P-2008):</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="198" />
        <source>No draft: {0}</source>
        <translation>Нацрт није направљен: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="202" />
        <source>Draft made; not found on the exemplar: {0}.</source>
        <translation>Нацрт је направљен; на примерку није пронађено: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="210" />
        <source>A draft</source>
        <translation>Нацрт</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="224" />
        <source>Not published: {0}</source>
        <translation>Није објављено: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="233" />
        <source>Published {0} into the library (version {1}).</source>
        <translation>{0} је објављен у библиотеци (верзија {1}).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="244" />
        <source>Import a library package</source>
        <translation>Увоз пакета библиотеке</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="246" />
        <source>Library packages (*.zip *.vlib)</source>
        <translation>Пакети библиотеке (*.зип *.влиб)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="254" />
        <source>Checking and installing {0}…</source>
        <translation>Провера и инсталирање {0}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="272" />
        <source>Installed {0} version {1}.</source>
        <translation>Инсталиран је {0}, верзија {1}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="277" />
        <source>The package was refused: {0}</source>
        <translation>Пакет је одбијен: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="279" />
        <source>Not done: {0}</source>
        <translation>Није урађено: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="279" />
        <source>an internal error.</source>
        <translation>унутрашња грешка.</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../verifier/gui/app.py" line="70" />
        <source>Your password</source>
        <translation>Ваша лозинка</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="71" />
        <source>&amp;Unlock</source>
        <translation>&amp;Откључај</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="73" />
        <source>&amp;Sign out</source>
        <translation>&amp;Одјави се</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../verifier/gui/app.py" line="91" />
        <source>Verifier — secondary inspection</source>
        <translation>Верифиер — секундарна контрола</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="97" />
        <source>Inspection (F2)</source>
        <translation>Преглед (F2)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="98" />
        <source>History (F3)</source>
        <translation>Историја (F3)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="99" />
        <source>Reference library (F4)</source>
        <translation>Референтна библиотека (F4)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="101" />
        <source>Training (F7)</source>
        <translation>Обука (F7)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="105" />
        <source>Settings (F6)</source>
        <translation>Подешавања (F6)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="145" />
        <source>Signed in: {0}</source>
        <translation>Пријављен: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="147" />
        <source>Library: {0} · Verifier {1}</source>
        <translation>Библиотека: {0} · Верифиер {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="149" />
        <source>Sign out (Ctrl+Shift+Q)</source>
        <translation>Одјава (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="220" />
        <source>Internal error</source>
        <translation>Унутрашња грешка</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="222" />
        <source>Verifier met an internal error ({0}); the work was not done. Reports already saved are safe. Try again; if it happens again, note the time and tell your administrator.</source>
        <translation>Верифиер је наишао на унутрашњу грешку ({0}); посао није урађен. Већ сачувани извештаји су безбедни. Покушајте поново; ако се понови, забележите време и јавите администратору.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="268" />
        <source>Locked. {0}, enter your password to continue.</source>
        <translation>Закључано. {0}, унесите лозинку да бисте наставили.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="307" />
        <source>Left undecided: the workstation locked after a time without use and was signed out.</source>
        <translation>Остављено без одлуке: радна станица се закључала после неактивности и извршена је одјава.</translation>
    </message>
</context>
<context>
    <name>NoDecisionYet</name>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="107" />
        <source>No decision yet</source>
        <translation>Још нема одлуке</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="108" />
        <source>This inspection has no decision yet.</source>
        <translation>За ову контролу још нема одлуке.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="110" />
        <source>Decide it now, or record it as not decided with a reason: either way the inspection stays in the record.</source>
        <translation>Донесите одлуку сада, или је забележите као неодлучену уз разлог: у оба случаја контрола остаје у евиденцији.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="117" />
        <source>&amp;Decide now</source>
        <translation>&amp;Одлучи сада</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="121" />
        <source>&amp;Record as not decided…</source>
        <translation>&amp;Забележи као неодлучено…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="410" />
        <source>&amp;Undo</source>
        <translation>&amp;Опозови</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="411" />
        <source>&amp;Redo</source>
        <translation>&amp;Понови</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="412" />
        <source>Cu&amp;t</source>
        <translation>Исе&amp;ци</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="413" />
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="414" />
        <source>&amp;Paste</source>
        <translation>&amp;Налепи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="415" />
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="416" />
        <source>Select All</source>
        <translation>Изабери све</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="408" />
        <source>Show Details...</source>
        <translation>Прикажи детаље...</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="409" />
        <source>Hide Details...</source>
        <translation>Сакриј детаље...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="390" />
        <source>OK</source>
        <translation>У реду</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="391" />
        <source>Save</source>
        <translation>Сачувај</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="392" />
        <source>Save All</source>
        <translation>Сачувај све</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="393" />
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="394" />
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="395" />
        <source>Yes to &amp;All</source>
        <translation>Да за &amp;све</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="396" />
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="397" />
        <source>N&amp;o to All</source>
        <translation>Н&amp;е за све</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="398" />
        <source>Abort</source>
        <translation>Прекини</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="399" />
        <source>Retry</source>
        <translation>Покушај поново</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="400" />
        <source>Ignore</source>
        <translation>Занемари</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="401" />
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="402" />
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="403" />
        <source>Discard</source>
        <translation>Одбаци</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="404" />
        <source>Help</source>
        <translation>Помоћ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="405" />
        <source>Apply</source>
        <translation>Примени</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="406" />
        <source>Reset</source>
        <translation>Поништи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="407" />
        <source>Restore Defaults</source>
        <translation>Врати подразумевано</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="417" />
        <source>&amp;Undo</source>
        <translation>&amp;Опозови</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="418" />
        <source>&amp;Redo</source>
        <translation>&amp;Понови</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="419" />
        <source>Cu&amp;t</source>
        <translation>Исе&amp;ци</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="420" />
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="421" />
        <source>&amp;Paste</source>
        <translation>&amp;Налепи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="422" />
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="423" />
        <source>Select All</source>
        <translation>Изабери све</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="424" />
        <source>Copy &amp;Link Location</source>
        <translation>Копирај адресу &amp;везе</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="72" />
        <source>Your reason (it is signed into the report)</source>
        <translation>Ваш разлог (потписује се у извештај)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../verifier/gui/history.py" line="76" />
        <source>Report #{0}</source>
        <translation>Извештај бр. {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="83" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Извези PDF…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="84" />
        <source>&amp;Addendum…</source>
        <translation>&amp;Додатак…</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../settings.ui" line="11" />
        <source>Hot folder (the scanner writes here)</source>
        <translation>Надгледана фасцикла (овде уписује скенер)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="26" />
        <source>Browse…</source>
        <translation>Изабери…</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="35" />
        <source>Camera (index or video source)</source>
        <translation>Камера (индекс или видео извор)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="49" />
        <source>Keep personal data for</source>
        <translation>Личне податке чувај</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="60" />
        <source> days</source>
        <translation> дана</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="66" />
        <source>Point of entry</source>
        <translation>Гранични прелаз</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="80" />
        <source>Workstation name</source>
        <translation>Назив радне станице</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="94" />
        <source>Face match at or above (cosine)</source>
        <translation>Лице се подудара од (косинус)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="112" />
        <source>Face no match below (cosine)</source>
        <translation>Лице се не подудара испод (косинус)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="130" />
        <source>Language (from the next sign-in)</source>
        <translation>Језик (од следеће пријаве)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="144" />
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="160" />
        <source>&amp;Save settings</source>
        <translation>&amp;Сачувај подешавања</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="80" />
        <location filename="../../verifier/gui/settings_view.py" line="207" />
        <source>&amp;Disable</source>
        <translation>О&amp;немогући</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="81" />
        <source>Reset &amp;password…</source>
        <translation>Ресетуј &amp;лозинку…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="82" />
        <source>&amp;Unlock</source>
        <translation>&amp;Откључај</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="86" />
        <source>Change &amp;role</source>
        <translation>Промени &amp;улогу</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="96" />
        <source>User name</source>
        <translation>Корисничко име</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="97" />
        <source>Full name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="98" />
        <source>Password</source>
        <translation>Лозинка</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="99" />
        <source>Role</source>
        <translation>Улога</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="100" />
        <source>&amp;Add account</source>
        <translation>&amp;Додај налог</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="101" />
        <source>Officer accounts</source>
        <translation>Налози службеника</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="116" />
        <source>Regional hub</source>
        <translation>Регионални центар</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="120" />
        <source>The next bundle of non-personal counts (inspections, verdicts, decisions, failed checks, usage) for the regional hub, signed by this workstation. It travels as a file: a USB stick, a shared folder.</source>
        <translation>Следећи пакет неличних збирних података (прегледи, оцене, одлуке, неуспеле провере, коришћење) за регионални центар, потписан од ове радне станице. Преноси се као датотека: USB меморија, дељена фасцикла.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="126" />
        <source>E&amp;xport the next bundle for the hub…</source>
        <translation>И&amp;звези следећи пакет за центар…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="139" />
        <source>Where to write the bundle (a USB stick, a shared folder)</source>
        <translation>Где уписати пакет (USB меморија, дељена фасцикла)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="147" />
        <source>Making the bundle…</source>
        <translation>Прављење пакета…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="159" />
        <source>Nothing new to send since the last bundle.</source>
        <translation>Од последњег пакета нема ничег новог за слање.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="161" />
        <source>Bundle written: {0}</source>
        <translation>Пакет уписан: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="165" />
        <source>The bundle could not be written: {0}</source>
        <translation>Пакет није могао бити уписан: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="172" />
        <source>disabled</source>
        <translation>онемогућен</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="173" />
        <source>locked</source>
        <translation>закључан</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="174" />
        <source>must choose a new password</source>
        <translation>мора изабрати нову лозинку</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="207" />
        <source>&amp;Enable</source>
        <translation>&amp;Омогући</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="229" />
        <source>Account enabled.</source>
        <translation>Налог је омогућен.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="229" />
        <source>Account disabled: it can no longer sign in; its reports stay.</source>
        <translation>Налог је онемогућен: више не може да се пријави; његови извештаји остају.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="236" />
        <source>Account unlocked.</source>
        <translation>Налог је откључан.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="243" />
        <source>Role changed to {0}.</source>
        <translation>Улога промењена у: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="251" />
        <source>Reset the password</source>
        <translation>Ресетовање лозинке</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="252" />
        <source>A temporary password (at least 10 characters). Give it to the officer in person: they choose their own at the next sign-in.</source>
        <translation>Привремена лозинка (најмање 10 знакова). Предајте је службенику лично: он бира своју при следећој пријави.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="261" />
        <source>Password reset: the officer chooses a new one at the next sign-in.</source>
        <translation>Лозинка ресетована: службеник бира нову при следећој пријави.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="265" />
        <source>Hot folder</source>
        <translation>Надгледана фасцикла</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="296" />
        <source>The no-match limit must not be above the match limit.</source>
        <translation>Граница неподударања не сме бити изнад границе подударања.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="308" />
        <source>Settings saved. The language changes at the next sign-in (sign out: Ctrl+Shift+Q).</source>
        <translation>Подешавања сачувана. Језик се мења при следећој пријави (одјава: Ctrl+Shift+Q).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="311" />
        <source>Settings saved.</source>
        <translation>Подешавања су сачувана.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="325" />
        <source>Account {0} created.</source>
        <translation>Налог {0} је направљен.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../signin.ui" line="6" />
        <source>Verifier — sign in</source>
        <translation>Верифиер — пријава</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="12" />
        <location filename="../signin.ui" line="103" />
        <source>Sign in</source>
        <translation>Пријава</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="19" />
        <source>Sign in with your officer account.</source>
        <translation>Пријавите се налогом службеника.</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="31" />
        <source>&amp;User name</source>
        <translation>&amp;Корисничко име</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="44" />
        <source>&amp;Full name</source>
        <translation>&amp;Име и презиме</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="57" />
        <source>&amp;Password</source>
        <translation>&amp;Лозинка</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="74" />
        <source>&amp;Repeat password</source>
        <translation>&amp;Поновите лозинку</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../verifier/gui/signin.py" line="22" />
        <source>Verifier — sign in</source>
        <translation>Верифиер — пријава</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="32" />
        <source>Welcome to Verifier</source>
        <translation>Добро дошли у Верифиер</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="35" />
        <source>First start on this workstation: create the administrator account. The workstation's signing key is created with it.</source>
        <translation>Прво покретање на овој радној станици: направите налог администратора. Уз њега се прави и кључ за потписивање радне станице.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="39" />
        <source>Create the administrator</source>
        <translation>Направи администратора</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="50" />
        <source>Choose your password</source>
        <translation>Изаберите своју лозинку</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="53" />
        <source>An administrator reset your password. Choose your own (at least 10 characters); the temporary one stops working.</source>
        <translation>Администратор је ресетовао вашу лозинку. Изаберите своју (најмање 10 знакова); привремена престаје да важи.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="60" />
        <source>Set my password</source>
        <translation>Постави моју лозинку</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="73" />
        <location filename="../../verifier/gui/signin.py" line="94" />
        <source>The two passwords differ.</source>
        <translation>Две лозинке се разликују.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../verifier/gui/editor.py" line="93" />
        <source>Template editor — {0}</source>
        <translation>Уређивач шаблона — {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="105" />
        <source>Zone (where something is printed)</source>
        <translation>Зона (где је нешто одштампано)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="106" />
        <source>Feature (a security check)</source>
        <translation>Обележје (заштитна провера)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="116" />
        <location filename="../../verifier/gui/editor.py" line="257" />
        <source>Draw a rectangle on the image.</source>
        <translation>Нацртајте правоугаоник на слици.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="117" />
        <source>&amp;Add the mark</source>
        <translation>&amp;Додај ознаку</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="118" />
        <source>&amp;Save and validate</source>
        <translation>&amp;Сачувај и провери</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="119" />
        <source>&amp;Publish into the library</source>
        <translation>&amp;Објави у библиотеци</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="122" />
        <source>Only an administrator publishes templates.</source>
        <translation>Само администратор објављује шаблоне.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="124" />
        <source>&amp;Remove the selected mark</source>
        <translation>&amp;Уклони изабрану ознаку</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="144" />
        <source>(not set)</source>
        <translation>(није постављено)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="158" />
        <source>Name for officers</source>
        <translation>Назив за службенике</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="159" />
        <source>Issuing state (ICAO code)</source>
        <translation>Држава издавања (ICAO код)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="160" />
        <source>Document code (P, ID, V, …)</source>
        <translation>Код документа (П, ID, В, …)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="161" />
        <source>Series</source>
        <translation>Серија</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="162" />
        <source>Number pattern (regular expression)</source>
        <translation>Образац броја (регуларни израз)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="163" />
        <source>Issued from (YYYY-MM-DD)</source>
        <translation>Издаје се од (GGGG-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="164" />
        <source>Issued until (YYYY-MM-DD, empty: still issued)</source>
        <translation>Издаван до (GGGG-MM-DD, празно: још се издаје)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="168" />
        <source>MRZ format</source>
        <translation>Формат MRZ</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="169" />
        <source>Document type</source>
        <translation>Врста документа</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="171" />
        <source>Region</source>
        <translation>Област</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="172" />
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="173" />
        <source>Name / id</source>
        <translation>Назив / ознака</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="174" />
        <source>Check</source>
        <translation>Провера</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="175" />
        <source>Method</source>
        <translation>Метода</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="176" />
        <source>Routine (Doc 9303-2 App. C)</source>
        <translation>Рутина (Доц 9303-2, додатак Ц)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="177" />
        <source>Description for the officer</source>
        <translation>Опис за службеника</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="179" />
        <source>The document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="181" />
        <source>Zones and features</source>
        <translation>Зоне и обележја</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="237" />
        <source>Draw a rectangle and give it a name first.</source>
        <translation>Најпре нацртајте правоугаоник и дајте му назив.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="259" />
        <source>Added {0}; save to validate.</source>
        <translation>Додато: {0}; сачувајте да бисте проверили.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="295" />
        <source>Not saved: {0} ({1}): {2}</source>
        <translation>Није сачувано: {0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="303" />
        <source>Saved as a draft. Before it can be published: {0}.</source>
        <translation>Сачувано као нацрт. Пре објављивања недостаје: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="308" />
        <source>Saved; complete and ready to publish.</source>
        <translation>Сачувано; потпуно и спремно за објављивање.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="318" />
        <source>Not published: the template lacks {0}.</source>
        <translation>Није објављено: шаблону недостаје {0}.</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <location filename="../../verifier/gui/training.py" line="80" />
        <source>&amp;Start the session</source>
        <translation>&amp;Започни сесију</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="82" />
        <source>Sessions</source>
        <translation>Сесије</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="92" />
        <source>Visible light</source>
        <translation>Видљива светлост</translation>
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
        <translation>Ималац</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="97" />
        <source>Sample</source>
        <translation>Узорак</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="100" />
        <source>Reference</source>
        <translation>Референца</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="130" />
        <source>Anomalies: I would refer it</source>
        <translation>Неправилности: упутио бих даље</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="131" />
        <source>No anomalies</source>
        <translation>Без неправилности</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="134" />
        <source>Record and &amp;next sample</source>
        <translation>Забележи и &amp;следећи узорак</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="141" />
        <source>Anomalous features (mark every one you see):</source>
        <translation>Спорна обележја (означите свако које видите):</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="159" />
        <source>New session (trainers)</source>
        <translation>Нова сесија (инструктори)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="169" />
        <source> min (0: none)</source>
        <translation> мин (0: без ограничења)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="170" />
        <source>Hide the machine verdict until the debrief</source>
        <translation>Сакриј налаз система до анализе</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="172" />
        <source>&amp;Create the session</source>
        <translation>&amp;Направи сесију</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="173" />
        <source>Import a trainer's sample…</source>
        <translation>Увези узорак инструктора…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="176" />
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="177" />
        <location filename="../../verifier/gui/training.py" line="239" />
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="178" />
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="179" />
        <source>Samples (in order)</source>
        <translation>Узорци (по реду)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="180" />
        <source>Time limit</source>
        <translation>Временско ограничење</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="186" />
        <source>why (recorded)</source>
        <translation>зашто (бележи се)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="187" />
        <source>&amp;Grant another attempt</source>
        <translation>&amp;Одобри још један покушај</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="191" />
        <source>Selected test:</source>
        <translation>Изабрани тест:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="194" />
        <source>Course &amp;results…</source>
        <translation>&amp;Резултати курса…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="249" />
        <source>Session created.</source>
        <translation>Сесија је направљена.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="261" />
        <source>Select the test in the list of sessions.</source>
        <translation>Изаберите тест на списку сесија.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="276" />
        <source>Another attempt granted to {0}.</source>
        <translation>Још један покушај одобрен: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="281" />
        <source>A sample with answer.json</source>
        <translation>Узорак са answer.json</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="293" />
        <source>Sample {0} added.</source>
        <translation>Узорак {0} је додат.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="367" />
        <source>Sample {0} of {1}</source>
        <translation>Узорак {0} од {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="399" />
        <source>The machine reads: {0} — {1}</source>
        <translation>Машина очитава: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="408" />
        <source>Machine verdict: {0}</source>
        <translation>Налаз система: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="428" />
        <source>Choose a verdict first.</source>
        <translation>Најпре изаберите налаз.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="452" />
        <source>Time left: {0}:{1:02d}</source>
        <translation>Преостало време: {0}:{1:02d}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="463" />
        <source>Leave the test?</source>
        <translation>Напустити тест?</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="464" />
        <source>The test is not finished.</source>
        <translation>Тест није завршен.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="467" />
        <source>If you leave now the attempt is recorded as abandoned, is not scored, and cannot be resumed: only a trainer can grant another.</source>
        <translation>Ако сада напустите тест, покушај се бележи као напуштен, не бодује се и не може се наставити: само инструктор може одобрити нови.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="471" />
        <source>&amp;Leave the test</source>
        <translation>&amp;Напусти тест</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="472" />
        <source>&amp;Stay</source>
        <translation>&amp;Остани</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="499" />
        <source>The test was left: the attempt is recorded as abandoned.</source>
        <translation>Тест је напуштен: покушај је забележен као напуштен.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="502" />
        <source>Your score: {0} % ({1} of {2} verdicts right, {3} of {4} anomalies found, {5} false alarms).</source>
        <translation>Ваш резултат: {0} % (тачних налаза: {1} од {2}, пронађених неправилности: {3} од {4}, лажних узбуна: {5}).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="508" />
        <source>Time is up.</source>
        <translation>Време је истекло.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="521" />
        <source>The machine findings: {0} of {1} ready…</source>
        <translation>Налази машине: спремно {0} од {1}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="529" />
        <source>not answered</source>
        <translation>без одговора</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="534" />
        <source>Answer key: {0} — yours: {1}</source>
        <translation>Тачан одговор: {0} — ваш: {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="535" />
        <source>Sample {0}</source>
        <translation>Узорак {0}</translation>
    </message>
</context>
<context>
    <name>TrustView</name>
    <message>
        <location filename="../../verifier/gui/trust.py" line="40" />
        <source>Filter by country or name (e.g. DEU, Utopia)</source>
        <translation>Филтрирај по држави или називу (нпр. DEU, Утопиа)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="45" />
        <source>Country</source>
        <translation>Држава</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="46" />
        <location filename="../../verifier/gui/trust.py" line="163" />
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="47" />
        <source>Valid until</source>
        <translation>Важи до</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="48" />
        <source>Status</source>
        <translation>Стање</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="49" />
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 отисак</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="60" />
        <source>&amp;Import a master list, CSCA or CRL…</source>
        <translation>&amp;Увези главну листу, CSCA или CRL…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="66" />
        <source>A chip's data is proved genuine only when its Document Signer is certified by one of these Country Signing CAs. Import them from a master list signed by a State you trust, or from a State's own CSCA certificate.</source>
        <translation>Подаци чипа доказани су као изворни само када је потписник документа сертификован од једног од ових државних сертификационих тела (CSCA). Увезите их из главне листе коју је потписала држава којој верујете, или из CSCA сертификата саме државе.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="82" />
        <location filename="../../verifier/gui/trust.py" line="133" />
        <source>Only an administrator changes the trust list.</source>
        <translation>Само администратор мења листу поверења.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="93" />
        <source>valid</source>
        <translation>важи</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="94" />
        <source>expired</source>
        <translation>истекао</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="95" />
        <source>not yet valid</source>
        <translation>још не важи</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="120" />
        <source>No CSCA is trusted yet: chips can be read, but their data cannot be proved genuine. An administrator imports a master list.</source>
        <translation>Још ниједно CSCA није поуздано: чипови се могу читати, али се њихови подаци не могу доказати као изворни. Администратор увози главну листу.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="126" />
        <source>{0} CSCA certificates of {1} countries; {2} shown.</source>
        <translation>{0} CSCA сертификата из {1} држава; приказано {2}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="138" />
        <source>Import a master list, CSCA certificate or CRL</source>
        <translation>Увоз главне листе, CSCA сертификата или CRL</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="140" />
        <source>Master lists and certificates (*.ml *.der *.cer *.crt *.pem *.crl);;All files (*)</source>
        <translation>Главне листе и сертификати (*.мл *.дер *.цер *.црт *.пем *.црл);;Све датотеке (*)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="148" />
        <source>Checking {0}…</source>
        <translation>Провера {0}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="162" />
        <source>Master list</source>
        <translation>Главна листа</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="164" />
        <source>Revocation list</source>
        <translation>Листа опозваних</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="166" />
        <source>{0}: {1} added, {2} already trusted, {3} refused.</source>
        <translation>{0}: додато {1}, већ поуздано {2}, одбијено {3}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="171" />
        <source>Its signer's CSCA was not trusted before: compare its SHA-256 fingerprint with the one its State publishes: {0}</source>
        <translation>CSCA њеног потписника раније није било поуздано: упоредите његов SHA-256 отисак са оним који објављује његова држава: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="179" />
        <source>Refused, nothing was added: {0}</source>
        <translation>Одбијено, ништа није додато: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="181" />
        <source>Not done: {0}</source>
        <translation>Није урађено: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="181" />
        <source>an internal error.</source>
        <translation>унутрашња грешка.</translation>
    </message>
</context>
<context>
    <name>WatchListView</name>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="40" />
        <source>Every inspection looks the document up in these lists. A hit is a reason to check, not a proof. The lists hold no document numbers, only keyed hashes.</source>
        <translation>Свака контрола тражи документ у овим листама. Погодак је разлог за проверу, а не доказ. Листе не садрже бројеве докумената, већ само хешеве са кључем.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="47" />
        <source>List</source>
        <translation>Листа</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="47" />
        <source>Version</source>
        <translation>Верзија</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="47" />
        <source>Issued</source>
        <translation>Издата</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="48" />
        <source>Entries</source>
        <translation>Уноса</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="57" />
        <source> days</source>
        <translation> дана</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="58" />
        <source>Sa&amp;ve the limit</source>
        <translation>Са&amp;чувај границу</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="59" />
        <source>&amp;Import a watch-list package…</source>
        <translation>&amp;Увези пакет листе потраге…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="64" />
        <source>Warn when a list is older than</source>
        <translation>Упозори када је листа старија од</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="79" />
        <location filename="../../verifier/gui/watchlists.py" line="145" />
        <source>Only an administrator changes the watch lists.</source>
        <translation>Само администратор мења листе потраге.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="47" />
        <source>Age (days)</source>
        <translation>Старост (дана)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="112" />
        <source>No watch list is installed: documents are not looked up.</source>
        <translation>Ниједна листа потраге није инсталирана: документи се не проверавају.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="116" />
        <source>Out of date: {0}. A recent loss or theft would not be on it: import the latest list.</source>
        <translation>Застарело: {0}. Скорашњи губитак или крађа не би били на њој: увезите најновију листу.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="119" />
        <source>{0} is {1} days old</source>
        <translation>{0} је стара {1} дана</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="125" />
        <source>{0} watch lists, all up to date.</source>
        <translation>Листе потраге: {0}, све ажурне.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="150" />
        <source>Import a watch-list package</source>
        <translation>Увоз пакета листе потраге</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="152" />
        <source>Watch-list packages (*.vwl);;All files (*)</source>
        <translation>Пакети листа потраге (*.вwл);;Све датотеке (*)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="159" />
        <source>Checking {0}…</source>
        <translation>Провера {0}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="174" />
        <source>{0}: version {1} installed, {2} entries.</source>
        <translation>{0}: инсталирана верзија {1}, уноса: {2}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="183" />
        <source>Refused; the lists in force are unchanged: {0}</source>
        <translation>Одбијено; важеће листе су непромењене: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="185" />
        <source>Not done: {0}</source>
        <translation>Није урађено: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="185" />
        <source>an internal error.</source>
        <translation>унутрашња грешка.</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="1" />
        <source>The seal is signed by {signer} and intact.</source>
        <translation>Печат је потписао {signer} и није мењан.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="2" />
        <source>The seal was signed by {signer}, whose certificate the reference library lacks.</source>
        <translation>Печат је потписао {signer}, чији сертификат није у референтној библиотеци.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="3" />
        <source>The seal was signed on {date}, outside the validity of signer certificate {signer}.</source>
        <translation>Печат је потписан {date}, ван рока важења сертификата потписника {signer}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="4" />
        <source>The seal's signature does not match its data: the seal was altered or forged.</source>
        <translation>Потпис печата не одговара његовим подацима: печат је измењен или фалсификован.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="5" />
        <source>The digital seal cannot be decoded: {why}.</source>
        <translation>Дигитални печат не може да се декодира: {why}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="27" />
        <source>document portrait</source>
        <translation>фотографији у документу</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="28" />
        <source>bearer photo</source>
        <translation>фотографији носиоца</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="29" />
        <source>Uncertain resemblance: compare the faces yourself.</source>
        <translation>Сличност је несигурна: упоредите лица сами.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="30" />
        <source>The bearer resembles the portrait.</source>
        <translation>Носилац личи на фотографију у документу.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="31" />
        <source>The bearer does not resemble the portrait.</source>
        <translation>Носилац не личи на фотографију у документу.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="32" />
        <source>No face was found in the {name}.</source>
        <translation>Лице није пронађено на {name}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="33" />
        <source>The bearer photo shows several faces; take it again.</source>
        <translation>На фотографији носиоца је више лица; снимите је поново.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="34" />
        <source>The face in the {name} is too small.</source>
        <translation>Лице на {name} је премало.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="35" />
        <source>The face in the {name} is turned too far.</source>
        <translation>Лице на {name} је превише окренуто.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="36" />
        <source>The {name} is too blurred.</source>
        <translation>Слика ({name}) је превише мутна.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="37" />
        <source>{fibres} fibres of the expected colours (at least {minimum}), {wrong} of other colours</source>
        <translation>влакана очекиваних боја: {fibres} (најмање {minimum}), других боја: {wrong}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="38" />
        <source>similarity to the reference {value:.2f} (at least {limit:.2f})</source>
        <translation>сличност са референцом {value:.2f} (најмање {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="42" />
        <source>{fibres} fibres, but the {half} half of the region holds almost none</source>
        <translation>{fibres} влакана, али у {half} половини области готово да их нема</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="43" />
        <source>left</source>
        <translation>левој</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="44" />
        <source>right</source>
        <translation>десној</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="45" />
        <source>upper</source>
        <translation>горњој</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="46" />
        <source>lower</source>
        <translation>доњој</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="47" />
        <source>brightest {value:.0f} (at least {limit:.0f})</source>
        <translation>најсветлије {value:.0f} (најмање {limit:.0f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="48" />
        <source>the region lies outside the capture</source>
        <translation>област је ван снимка</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="49" />
        <source>mean brightness {value:.0f} (at most {limit:.0f})</source>
        <translation>средња светлоћа {value:.0f} (највише {limit:.0f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="50" />
        <source>brightest print {value:.0f} (at least {limit:.0f})</source>
        <translation>најсветлија штампа {value:.0f} (најмање {limit:.0f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="39" />
        <source>contrast {value:.2f} (at most {limit:.2f})</source>
        <translation>контраст {value:.2f} (највише {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="52" />
        <source>the region is empty</source>
        <translation>област је празна</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="51" />
        <source>contrast {value:.2f} (at least {limit:.2f})</source>
        <translation>контраст {value:.2f} (најмање {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="40" />
        <source>line(s) {lines} of {count}: contrast {value:.2f} (at least {limit:.2f})</source>
        <translation>ред(ови) {lines} од {count}: контраст {value:.2f} (најмање {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="41" />
        <source>every line: lowest contrast {value:.2f} (at least {limit:.2f})</source>
        <translation>сви редови: најмањи контраст {value:.2f} (најмање {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="106" />
        <source>visible-light</source>
        <translation>видљиве светлости</translation>
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
        <translation>Ова провера није могла да се уради (корак {stage} није успео); прегледајте визуелно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="132" />
        <source>Without a reference the printed fields cannot be located: {missing} not found in the printed text; compare them with the MRZ by eye.</source>
        <translation>Без референтног узорка одштампана поља не могу да се лоцирају: {missing} није пронађено у одштампаном тексту; упоредите их са MRZ голим оком.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="131" />
        <source>The printed {fields} agree with the MRZ.</source>
        <translation>Одштампани подаци ({fields}) се слажу са MRZ.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="114" />
        <source>document number</source>
        <translation>број документа</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="115" />
        <source>date of birth</source>
        <translation>датум рођења</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="116" />
        <source>date of expiry</source>
        <translation>датум истека</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="117" />
        <source>optional data</source>
        <translation>необавезних података</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="118" />
        <source>the composite check digit</source>
        <translation>збирна контролна цифра</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="80" />
        <source>The design is {name}, but {problems}.</source>
        <translation>Дизајн је {name}, али {problems}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="81" />
        <source>Identified as {name}.</source>
        <translation>Препознато као {name}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="135" />
        <source>The MRZ's {fields} are also printed on the document.</source>
        <translation>Подаци из MRZ ({fields}) одштампани су и на документу.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="136" />
        <source>MRZ line(s) {lines} fade in IR: not printed in B900 ink as Doc 9303-3 requires.</source>
        <translation>Ред(ови) MRZ {lines} бледе у IC светлу: нису одштампани мастилом B900 како захтева Доц 9303-3.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="137" />
        <source>Every MRZ line stays dark in IR (B900 ink).</source>
        <translation>Сви редови MRZ остају тамни у IC светлу (мастило B900).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="133" />
        <source>The printed data differ from the MRZ: {differences}.</source>
        <translation>Одштампани подаци се разликују од MRZ: {differences}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="134" />
        <source>The printed data could not be read; compare them with the MRZ by eye.</source>
        <translation>Одштампани подаци не могу да се прочитају; упоредите их са MRZ визуелно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="109" />
        <source>{description} {verdict}: {detail}.</source>
        <translation>{description} {verdict}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="96" />
        <source>No photo of the bearer was taken.</source>
        <translation>Носилац није фотографисан.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="97" />
        <source> ({percent}% similar)</source>
        <translation> (сличност {percent}%)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="119" />
        <source>MRZ read ({engine}).</source>
        <translation>MRZ прочитан ({engine}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="82" />
        <source>{format} of {state}</source>
        <translation>{format}, {state}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="83" />
        <source>unknown</source>
        <translation>непознато</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="84" />
        <source>No reference exists for this document in the library (MRZ: {what}): its design and security features could not be compared. What needs no reference was checked.</source>
        <translation>За овај документ у библиотеци не постоји референтни узорак (MRZ: {what}): дизајн и заштитни елементи нису могли да се упореде. Проверено је све што не захтева референтни узорак.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="138" />
        <source>The IR image is not framed like the visible one; check the MRZ in IR by eye.</source>
        <translation>IC снимак није кадриран као снимак у видљивој светлости; проверите MRZ у IC светлу голим оком.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="111" />
        <source>Found</source>
        <translation>Пронађено</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="112" />
        <source>Not as on the reference</source>
        <translation>Није као на референци</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="95" />
        <source>A portrait was found by face detection (no reference to say where).</source>
        <translation>Фотографија је пронађена детекцијом лица (нема референтног узорка који каже где је).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="53" />
        <source>Read {count} bar code(s): {formats}.</source>
        <translation>Прочитано бар-кодова: {count} ({formats}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="120" />
        <source>No machine readable zone was found on the visible image.</source>
        <translation>Машински читљива зона није пронађена на слици у видљивој светлости.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="121" />
        <source>The MRZ could not be read with certainty: {why}</source>
        <translation>MRZ није прочитан поуздано: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="122" />
        <source>Check digits do not hold: {faults}.</source>
        <translation>Контролне цифре нису исправне: {faults}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="123" />
        <source>Every check digit holds.</source>
        <translation>Све контролне цифре су исправне.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="124" />
        <source>The dates are calendar dates.</source>
        <translation>Датуми су исправни календарски датуми.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="125" />
        <source>The expiry date is not in the MRZ; read it on the document.</source>
        <translation>Датум истека није у MRZ; прочитајте га на документу.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="85" />
        <source>its MRZ is {mrz}, the design's is {design}</source>
        <translation>његов MRZ је {mrz}, а дизајна {design}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="86" />
        <source>the MRZ says {mrz}, the design is from {design}</source>
        <translation>MRZ наводи {mrz}, а дизајн је из {design}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="87" />
        <source>document code {code} does not belong to this design</source>
        <translation>ознака документа {code} не припада овом дизајну</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="88" />
        <source>number {number} is not of this series ({series})</source>
        <translation>број {number} није из ове серије ({series})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="103" />
        <source>A face was found in the portrait zone.</source>
        <translation>Лице је пронађено у зони фотографије.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="104" />
        <source>No face was found in the portrait zone.</source>
        <translation>Лице није пронађено у зони фотографије.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="105" />
        <source>No portrait was found on this image; if the document has one on its other side, capture that side.</source>
        <translation>На овом снимку није пронађена фотографија; ако је документ има на другој страни, снимите ту страну.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="126" />
        <source>A well-formed {format} MRZ.</source>
        <translation>Исправно обликован MRZ ({format}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="127" />
        <source>Known codes: {state}, {nationality}.</source>
        <translation>Познате ознаке: {state}, {nationality}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="128" />
        <source>Expired on {date}.</source>
        <translation>Истекао {date}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="129" />
        <source>Valid until {date}.</source>
        <translation>Важи до {date}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="113" />
        <source>No {light} image was captured.</source>
        <translation>Нема снимка {light}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="110" />
        <source>No reference exists for this document: its {light} features were not compared; examine them by eye.</source>
        <translation>За овај документ не постоји референтни узорак: његови елементи у {light} светлу нису упоређени; прегледајте их голим оком.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="54" />
        <source>The document should carry a digital seal, but none could be read.</source>
        <translation>Документ треба да носи дигитални печат, али ниједан није прочитан.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="55" />
        <source>The seal carries the printed MRZ.</source>
        <translation>Печат садржи одштампани MRZ.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="56" />
        <source>The MRZ in the seal differs from the printed MRZ.</source>
        <translation>MRZ у печату се разликује од одштампаног MRZ.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="59" />
        <source>The chip was not read.</source>
        <translation>Чип није прочитан.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="60" />
        <source>{which} passed: the chip holds the private key of its signed data, so it is not a copy.</source>
        <translation>{which} успешно: чип има приватни кључ својих потписаних података, па није копија.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="61" />
        <source>The chip's MRZ differs from the printed MRZ ({count} characters): the data page was altered, or it belongs to another chip.</source>
        <translation>MRZ на чипу разликује се од одштампаног MRZ ({count} знакова): страница са подацима је измењена или припада другом чипу.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="62" />
        <source>Reading a chip needs the MRZ (or the CAN of an ID card).</source>
        <translation>За читање чипа потребан је MRZ (или CAN личне карте).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="64" />
        <source>{which} failed: the chip does not hold the private key its signed data names — a sign of a copied (cloned) chip.</source>
        <translation>{which} неуспешно: чип нема приватни кључ који наводе његови потписани подаци — знак копираног (клонираног) чипа.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="65" />
        <source>This chip offers Chip Authentication with Diffie-Hellman keys, which this workstation does not run yet: whether the chip is a copy was not checked.</source>
        <translation>Овај чип нуди аутентикацију чипа са Дифи-Хелман кључевима, коју ова радна станица још не изводи: није проверено да ли је чип копија.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="66" />
        <source>This chip offers neither Chip nor Active Authentication (older documents): a copy of it cannot be told from the original.</source>
        <translation>Овај чип не нуди ни Цхип ни Ацтиве Аутхентицатион (старији документи): његова копија не може се разликовати од оригинала.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="67" />
        <source>{which} passed, but with a key the issuer's signature does not cover (DG14/DG15 do not match the SOD).</source>
        <translation>{which} успешно, али са кључем који потпис издаваоца не покрива (DG14/DG15 се не слажу са SOD).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="68" />
        <source>The chip's DG1 (its MRZ) could not be read.</source>
        <translation>DG1 чипа (његов MRZ) није могао да се прочита.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="69" />
        <source>No printed MRZ was read to compare with the chip's.</source>
        <translation>Није прочитан одштампани MRZ за поређење са MRZ чипа.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="70" />
        <source>The chip's MRZ is the printed MRZ, character for character.</source>
        <translation>MRZ на чипу је одштампани MRZ, знак по знак.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="71" />
        <source>Read with {access}: {groups}.</source>
        <translation>Прочитано путем {access}: {groups}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="72" />
        <source>This document has no chip (no simulated chip with it).</source>
        <translation>Овај документ нема чип (уз њега нема симулираног чипа).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="73" />
        <source>The chip could not be read to the end: {why}</source>
        <translation>Чип није могао да се прочита до краја: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="74" />
        <source>The chip stopped before its security object (EF.SOD) was read.</source>
        <translation>Чип је стао пре него што је прочитан његов безбедносни објекат (EF.SOD).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="77" />
        <source>The chip refused the CAN: check the number printed on the card.</source>
        <translation>Чип је одбио CAN: проверите број одштампан на картици.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="78" />
        <source>The chip's data is signed by the issuing State: its Document Signer is certified by a trusted CSCA, and every data group read matches its signed hash.</source>
        <translation>Податке чипа потписала је држава издавалац: његов Доцумент Сигнер сертификован је од поузданог CSCA, и свака прочитана група података одговара свом потписаном хешу.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="79" />
        <source>The chip's data could not be proved genuine: {why}</source>
        <translation>Није могло да се докаже да су подаци чипа изворни: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="89" />
        <source>resembles</source>
        <translation>подсећа</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="90" />
        <source>does not resemble</source>
        <translation>не подсећа</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="91" />
        <source>uncertain</source>
        <translation>несигурно</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="92" />
        <source>could not be compared</source>
        <translation>није могло да се упореди</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="93" />
        <source>{who}: {result}</source>
        <translation>{who}: {result}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="94" />
        <source>The chip's portrait, against {parts}.</source>
        <translation>Портрет са чипа, у односу на {parts}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="98" />
        <source>No portrait was read from the chip.</source>
        <translation>Са чипа није прочитан портрет.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="99" />
        <source>Neither a bearer photo nor a printed portrait to compare with the chip's.</source>
        <translation>Нема ни фотографије носиоца ни одштампаног портрета за поређење са портретом са чипа.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="100" />
        <source>The chip's portrait, against {parts}: the face the issuer stored differs.</source>
        <translation>Портрет са чипа, у односу на {parts}: лице које је издавалац сачувао се разликује.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="101" />
        <source>the bearer</source>
        <translation>носиоца</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="102" />
        <source>the printed portrait</source>
        <translation>одштампани портрет</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="130" />
        <source>{field}: check digit {printed}, computed {computed}</source>
        <translation>{field}: контролна цифра {printed}, израчуната {computed}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="139" />
        <source>Not on the watch lists: {lists}.</source>
        <translation>Није на листама потраге: {lists}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="140" />
        <source>No watch list is installed on this workstation.</source>
        <translation>На овој радној станици није инсталирана ниједна листа потраге.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="141" />
        <source>No MRZ was read, so the watch lists were not checked: check them by hand.</source>
        <translation>MRZ није прочитан, па листе потраге нису проверене: проверите их ручно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="142" />
        <source>The MRZ's document number cannot be looked up in the watch lists: check them by hand.</source>
        <translation>Број документа из MRZ не може се потражити у листама потраге: проверите их ручно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="143" />
        <source>This document is on the watch list {name} of {date}. {instruction}</source>
        <translation>Овај документ је на листи потраге {name} од {date}. {instruction}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="144" />
        <source>Not on the watch lists, but {name} is {days} days old (the limit is {limit}): a recent loss or theft would not be on it. Ask an administrator to import the latest list.</source>
        <translation>Није на листама потраге, али {name} је стара {days} дана (граница је {limit}): скорашњи губитак или крађа не би били на њој. Замолите администратора да увезе најновију листу.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="145" />
        <source>Full name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="146" />
        <source>Other names</source>
        <translation>Друга имена</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="147" />
        <source>Personal number</source>
        <translation>Лични број</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="149" />
        <source>Place of birth</source>
        <translation>Место рођења</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="150" />
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="151" />
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="152" />
        <source>Profession</source>
        <translation>Занимање</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="153" />
        <source>Title</source>
        <translation>Титула</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="154" />
        <source>Personal summary</source>
        <translation>Лични подаци, сажетак</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="155" />
        <source>Custody information</source>
        <translation>Подаци о старатељству</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="156" />
        <source>Issuing authority</source>
        <translation>Орган издавања</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="157" />
        <source>Date of issue</source>
        <translation>Датум издавања</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="158" />
        <source>Other persons</source>
        <translation>Друга лица</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="159" />
        <source>Endorsements and observations</source>
        <translation>Забелешке и напомене</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="160" />
        <source>Tax or exit requirements</source>
        <translation>Порески или излазни услови</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="161" />
        <source>Personalised</source>
        <translation>Персонализован</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="162" />
        <source>Personalisation system</source>
        <translation>Систем персонализације</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="163" />
        <source>Document Signer</source>
        <translation>Потписник документа (DS)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="164" />
        <source>Country Signing CA (CSCA)</source>
        <translation>Државно сертификационо тело (CSCA)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="165" />
        <source>Issued by</source>
        <translation>Издавалац</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="166" />
        <source>Valid</source>
        <translation>Важи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="167" />
        <source>Serial number</source>
        <translation>Серијски број</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="168" />
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 отисак</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="169" />
        <source>MRZ found</source>
        <translation>MRZ пронађена</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="170" />
        <source>MRZ layout</source>
        <translation>Распоред MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="171" />
        <source>MRZ check digits</source>
        <translation>Контролне цифре MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="172" />
        <source>MRZ dates</source>
        <translation>Датуми у MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="173" />
        <source>Country codes</source>
        <translation>Ознаке држава</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="174" />
        <source>Validity</source>
        <translation>Важење</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="175" />
        <source>Document identified</source>
        <translation>Документ препознат</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="176" />
        <source>Printed data against the MRZ</source>
        <translation>Одштампани подаци према MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="177" />
        <source>Bar codes read</source>
        <translation>Очитани бар-кодови</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="178" />
        <source>Seal signature</source>
        <translation>Потпис печата</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="179" />
        <source>Seal data against the MRZ</source>
        <translation>Подаци печата према MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="180" />
        <source>Dull paper in UV</source>
        <translation>Мат папир у UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="181" />
        <source>UV features</source>
        <translation>UV обележја</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="182" />
        <source>MRZ ink in IR</source>
        <translation>Боја MRZ у IR</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="183" />
        <source>IR features</source>
        <translation>IR обележја</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="184" />
        <source>Visible features</source>
        <translation>Обележја у видљивој светлости</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="185" />
        <source>Portrait found</source>
        <translation>Портрет пронађен</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="186" />
        <source>Face comparison</source>
        <translation>Поређење лица</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="187" />
        <source>Chip read</source>
        <translation>Чип прочитан</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="188" />
        <source>Chip data signed by the issuer</source>
        <translation>Подаци чипа потписани од издаваоца</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="189" />
        <source>Chip not copied</source>
        <translation>Чип није копиран</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="190" />
        <source>Chip MRZ against the printed MRZ</source>
        <translation>MRZ чипа у односу на одштампани MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="191" />
        <source>Chip portrait comparison</source>
        <translation>Поређење портрета са чипа</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="192" />
        <source>Watch lists (lost, stolen, revoked)</source>
        <translation>Листе потраге (изгубљени, украдени, поништени)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="193" />
        <source>the visible-light features</source>
        <translation>обележја у видљивој светлости</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="194" />
        <source>the face</source>
        <translation>лице</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="195" />
        <source>NO ANOMALIES FOUND — the officer decides</source>
        <translation>NEPRAVILNOSTI NISU ПРОНАЂЕНЕ — одлучује службеник</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="197" />
        <source>nothing</source>
        <translation>ништа</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="198" />
        <source>{p0}</source>
        <translation>{p0}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="199" />
        <source>{p0} and {p1}</source>
        <translation>{p0} и {p1}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="200" />
        <source>{p0}, {p1} and {p2}</source>
        <translation>{p0}, {p1} и {p2}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="201" />
        <source>{p0}, {p1}, {p2} and {p3}</source>
        <translation>{p0}, {p1}, {p2} и {p3}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="202" />
        <source>ANOMALIES FOUND — see the failed checks</source>
        <translation>ПРОНАЂЕНЕ NEPRAVILNOSTI — погледајте неуспеле провере</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="203" />
        <source>INCONCLUSIVE — some checks could not be made</source>
        <translation>НЕОДРЕЂЕНО — неке провере нису могле да се ураде</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="204" />
        <source>NO ANOMALIES IN WHAT WAS EXAMINED — {parts} was not examined</source>
        <translation>NEPRAVILNOSTI NISU ПРОНАЂЕНЕ У ONOME ШТО JE PREGLEDANO — није прегледано: {parts}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="205" />
        <source>INCONCLUSIVE — no reference for this document in the library: only what needs none was checked</source>
        <translation>НЕОДРЕЂЕНО — за овај документ у библиотеци нема референтног узорка: проверено је само оно што га не захтева</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="206" />
        <source>NO ANOMALIES IN WHAT WAS EXAMINED — {parts} were not examined</source>
        <translation>NEPRAVILNOSTI NISU ПРОНАЂЕНЕ У ONOME ШТО JE PREGLEDANO — нису прегледани: {parts}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="207" />
        <source>surname</source>
        <translation>презиме</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="208" />
        <source>given names</source>
        <translation>име</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="209" />
        <source>surname printed {printed!r}, MRZ {mrz!r}</source>
        <translation>одштампано презиме {printed!r}, MRZ {mrz!r}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="210" />
        <source>given names printed {printed!r}, MRZ {mrz!r}</source>
        <translation>одштампано име {printed!r}, MRZ {mrz!r}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="211" />
        <source>date of birth printed {printed}, MRZ {mrz}</source>
        <translation>одштампан датум рођења {printed}, MRZ {mrz}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="212" />
        <source>number printed {printed!r}, MRZ {mrz!r}</source>
        <translation>одштампан број {printed!r}, MRZ {mrz!r}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="213" />
        <source>The document code</source>
        <translation>Ознака документа</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="214" />
        <source>The issuing state</source>
        <translation>Држава издавања</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="215" />
        <source>The nationality</source>
        <translation>Држављанство</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="216" />
        <source>The name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="217" />
        <source>The surname</source>
        <translation>Презиме</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="218" />
        <source>The given names</source>
        <translation>Име (имена)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="219" />
        <source>The document number</source>
        <translation>Број документа</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="220" />
        <source>The optional data</source>
        <translation>Необавезни подаци</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="221" />
        <source>The second optional data field</source>
        <translation>Друго поље необавезних података</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="222" />
        <source>The date of birth</source>
        <translation>Датум рођења</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="223" />
        <source>The date of expiry</source>
        <translation>Датум истека</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="224" />
        <source>The sex field</source>
        <translation>Поље пола</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="225" />
        <source>issuing state</source>
        <translation>државе издавања</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="226" />
        <source>nationality</source>
        <translation>држављанства</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="227" />
        <source>the filler in position 15 excluded, as Doc 9303-5 specifies</source>
        <translation>без знака за попуну на позицији 15, како прописује Доц 9303-5</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="228" />
        <source>the filler in position 15 counted, as some issuers do</source>
        <translation>са знаком за попуну на позицији 15, како раде неки издаваоци</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="229" />
        <source>The document number continues in the optional data; its check digit holds with {how}.</source>
        <translation>Број документа се наставља у необавезним подацима; његова контролна цифра је исправна {how}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="230" />
        <source>{field} {raw!r} is not a calendar date (YYMMDD).</source>
        <translation>{field} {raw!r} није календарски датум (GGMMDD).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="231" />
        <source>a {format} document code starts with {allowed}</source>
        <translation>ознака документа {format} почиње са {allowed}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="232" />
        <source>V, AI and AC are not used as TD1/TD2 document codes</source>
        <translation>В, AI и AC се не користе као ознаке докумената TD1/TD2</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="233" />
        <source>Document code {code!r}: {problems} (Doc 9303).</source>
        <translation>Ознака документа {code!r}: {problems} (Доц 9303).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="234" />
        <source>The MRZ has no surname.</source>
        <translation>MRZ нема презиме.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="235" />
        <source>The name fills the whole MRZ field and may have been truncated; compare it with the name printed on the document.</source>
        <translation>Име попуњава цело поље MRZ и можда је скраћено; упоредите га са именом одштампаним на документу.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="236" />
        <source>The MRZ has no document number.</source>
        <translation>MRZ нема број документа.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="237" />
        <source>This format does not carry the date of expiry; read it on the document.</source>
        <translation>Овај формат не садржи датум истека; прочитајте га на документу.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="238" />
        <source>The document expired on {date}.</source>
        <translation>Документ је истекао {date}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="239" />
        <source>The date of birth is not before the date of expiry.</source>
        <translation>Датум рођења није пре датума истека.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="240" />
        <source>Sex must be M, F or &lt;, not {raw!r}.</source>
        <translation>Пол мора бити М, Ф или &lt;, а не {raw!r}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="241" />
        <source>The {what} code {raw!r} is not a three-letter code.</source>
        <translation>Ознака {what} {raw!r} није трословна ознака.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="242" />
        <source>The {what} code {code} is not in Doc 9303-3 or ISO 3166-1.</source>
        <translation>Ознака {what} {code} није у Доц 9303-3 ни у ISO 3166-1.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="243" />
        <source>Sex is printed as X; Doc 9303 writes an unspecified sex as &lt; in the MRZ.</source>
        <translation>Пол је одштампан као X; Доц 9303 неодређен пол у MRZ пише као &lt;.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="244" />
        <source>{field} holds characters not allowed there: {bad}</source>
        <translation>{field} садржи знакове који ту нису дозвољени: {bad}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="245" />
        <source>The {what} code {code} has been withdrawn from ISO 3166-1.</source>
        <translation>Ознака {what} {code} је повучена из ISO 3166-1.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="246" />
        <source>second optional data field</source>
        <translation>другог поља необавезних података</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="247" />
        <source>Fillers in the name were read as K and restored; names have no check digit, so compare the name with the one printed on the document.</source>
        <translation>Знакови за попуну у имену прочитани су као К и враћени; имена немају контролну цифру, па упоредите име са одштампаним на документу.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="248" />
        <source>The OCR read fillers as K; the K at the end of the {field} may be a letter or a filler, and check digits cannot tell them apart. {advice}</source>
        <translation>OCR је прочитао знакове за попуну као К; К на крају поља {field} може бити слово или знак за попуну, а контролне цифре их не разликују. {advice}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="249" />
        <source>The OCR read fillers as K and the name still contains K, which may be a letter or a space; read the name on the document.</source>
        <translation>OCR је прочитао знакове за попуну као К, а име и даље садржи К, које може бити слово или размак; прочитајте име на документу.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="250" />
        <source>Input normalised: {what}.</source>
        <translation>Улаз је нормализован: {what}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="251" />
        <source>{count} character(s) were chosen by the check digits among look-alike readings; a check digit misses about one such error in ten, so compare the repaired fields with the data printed on the document.</source>
        <translation>Контролне цифре су изабрале знакова: {count}, међу сличним читањима; контролна цифра промаши отприлике једну такву грешку од десет, па упоредите поправљена поља са подацима одштампаним на документу.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="252" />
        <source>{count} different corrections would make the check digits hold; none was applied. Read the MRZ on the document.</source>
        <translation>Различитих исправки које би задовољиле контролне цифре: {count}; ниједна није примењена. Прочитајте MRZ на документу.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="253" />
        <source>spaces removed</source>
        <translation>уклоњени размаци</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="254" />
        <source>lower case converted</source>
        <translation>мала слова претворена у велика</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="255" />
        <source>Line {line} has a character too many or too few, and the check digits cannot tell where; read that line on the document.</source>
        <translation>Ред {line} има знак више или мање, а контролне цифре не могу да покажу где; прочитајте тај ред на документу.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="256" />
        <source>Read the number on the document.</source>
        <translation>Прочитајте број на документу.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="257" />
        <source>Compare with the document.</source>
        <translation>Упоредите са документом.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="258" />
        <source>Visible light</source>
        <translation>Видљива светлост</translation>
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
        <translation>Неправилности</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="262" />
        <source>Inconclusive</source>
        <translation>Није коначно</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="263" />
        <source>No anomalies</source>
        <translation>Без неправилности</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="264" />
        <source>Released</source>
        <translation>Пропуштен</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="265" />
        <source>Referred to an expert</source>
        <translation>Упућен стручњаку</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="266" />
        <source>Suspected fraud</source>
        <translation>Сумња на превару</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="267" />
        <source>Not decided</source>
        <translation>Неодлучено</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="268" />
        <source>No decision recorded</source>
        <translation>Одлука није забележена</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="269" />
        <source>Genuine</source>
        <translation>Исправан</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="270" />
        <source>Counterfeit (a reproduction of the whole document)</source>
        <translation>Кривотворен (репродукција целог документа)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="271" />
        <source>Forgery (a genuine document altered)</source>
        <translation>Фалсификован (измењен исправан документ)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="272" />
        <source>Pseudo or fantasy document</source>
        <translation>Псеудо или фантазијски документ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="273" />
        <source>Genuine, fraudulently obtained</source>
        <translation>Исправан, прибављен преваром</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="274" />
        <source>Genuine, used by an impostor</source>
        <translation>Исправан, користи га лице које није носилац</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="275" />
        <source>Stolen blank</source>
        <translation>Украдени бланко образац</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="276" />
        <source>{band}. {reason}</source>
        <translation>{band}. {reason}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="277" />
        <source>Verifier — inspection report #{n}</source>
        <translation>Верифиер — извештај о прегледу бр. {n}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="278" />
        <source>Report #{n}: personal data purged</source>
        <translation>Извештај бр. {n}: лични подаци обрисани</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="279" />
        <source>Purged on {date} at the end of the retention period. The non-personal statistics remain.</source>
        <translation>Обрисано {date} по истеку рока чувања. Статистички подаци без личних података остају.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="280" />
        <source>Pass</source>
        <translation>У реду</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="281" />
        <source>FAIL</source>
        <translation>NEUSPEH</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="282" />
        <source>Warning</source>
        <translation>Упозорење</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="283" />
        <source>Skipped</source>
        <translation>Прескочено</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="284" />
        <source>Not checked</source>
        <translation>Није проверено</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="296" />
        <source>Report #{seq} of {date}: {verdict}; {decision}; expert's classification: {kind}.</source>
        <translation>Извештај бр. {seq} од {date}: {verdict}; {decision}; класификација стручњака: {kind}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="297" />
        <source>Report #{seq} of {date}: {verdict}; {decision}.</source>
        <translation>Извештај бр. {seq} од {date}: {verdict}; {decision}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="285" />
        <source>{title}: from {hub}, {issued}, in force until {expires}.</source>
        <translation>{title}: издао {hub}, {issued}, на снази до {expires}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="286" />
        <source>Look for: {what}</source>
        <translation>Обратите пажњу на: {what}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="287" />
        <source>not identified</source>
        <translation>није препознат</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="288" />
        <source>Portrait in the chip</source>
        <translation>Портрет у чипу</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="289" />
        <source>No bearer photo was compared.</source>
        <translation>Фотографија носиоца није упоређена.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="290" />
        <source>Match</source>
        <translation>Подудара се</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="291" />
        <source>Uncertain</source>
        <translation>Несигурно</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="292" />
        <source>No match</source>
        <translation>Не подудара се</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="293" />
        <source>{percent}% similar: {band}. {reason}</source>
        <translation>{percent}% сличности: {band}. {reason}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="294" />
        <source>— (command line)</source>
        <translation>— (командна линија)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="295" />
        <source>Addendum #{n}</source>
        <translation>Додатак бр. {n}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="298" />
        <source>The document was not identified: this alert concerns the design {template} of the same issuing state and document type.</source>
        <translation>Документ није идентификован: ово упозорење се односи на образац {template} исте државе издавања и врсте документа.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="299" />
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="300" />
        <source>Document code</source>
        <translation>Ознака документа</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="301" />
        <source>Issuing state</source>
        <translation>Држава издавања</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="302" />
        <source>Document number</source>
        <translation>Број документа</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="303" />
        <source>Surname</source>
        <translation>Презиме</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="304" />
        <source>Given names</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="305" />
        <source>Nationality</source>
        <translation>Држављанство</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="148" />
        <source>Date of birth</source>
        <translation>Датум рођења</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="306" />
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="307" />
        <source>Date of expiry</source>
        <translation>Датум истека</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="308" />
        <source>Report</source>
        <translation>Извештај</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="309" />
        <source>Created</source>
        <translation>Направљен</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="310" />
        <source>Officer</source>
        <translation>Службеник</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="311" />
        <source>Workstation</source>
        <translation>Радна станица</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="312" />
        <source>Decision</source>
        <translation>Одлука</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="313" />
        <source>Portrait on the document</source>
        <translation>Портрет на документу</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="314" />
        <source>Bearer photo</source>
        <translation>Фотографија носиоца</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="315" />
        <source>Report hash (SHA-256)</source>
        <translation>Хеш извештаја (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="316" />
        <source>Signed by key</source>
        <translation>Потписан кључем</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="317" />
        <source>Signature (Ed25519)</source>
        <translation>Потпис (Ed25519)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="319" />
        <source>No bearer photo</source>
        <translation>Нема фотографије имаоца</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="322" />
        <source>Decision corrected to: {decision}.</source>
        <translation>Одлука исправљена у: {decision}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="324" />
        <source>The machine verdict reports what the checks found; the officer decides.</source>
        <translation>Машинска оцена износи шта су провере пронашле; одлуку доноси службеник.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="325" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="326" />
        <source>Captures (failed features outlined and numbered)</source>
        <translation>Снимци (неуспели елементи уоквирени и нумерисани)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="327" />
        <source>Checks</source>
        <translation>Провере</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="329" />
        <source>No portrait</source>
        <translation>Нема портрета</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="331" />
        <source>Signature</source>
        <translation>Потпис</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="332" />
        <source>purged with the report</source>
        <translation>обрисан са извештајем</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="333" />
        <source>Captures</source>
        <translation>Снимци</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="338" />
        <source>Notes</source>
        <translation>Белешке</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="339" />
        <source>Addenda</source>
        <translation>Додаци</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="330" />
        <source>Bearer</source>
        <translation>Ималац</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="334" />
        <source>Result</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="6" />
        <source>The MRZ's check digits do not hold: correct the MRZ before reading the chip (a wrong key makes the chip refuse, and some chips count refusals).</source>
        <translation>Контролне цифре MRZ нису исправне: исправите MRZ пре читања чипа (погрешан кључ чип одбија, а неки чипови броје одбијања).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="7" />
        <source>A CAN is the 6-digit number printed on the card (digits only).</source>
        <translation>CAN је шестоцифрени број одштампан на картици (само цифре).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="8" />
        <source>The MRZ given is not two or three MRZ lines of Doc 9303.</source>
        <translation>Унети MRZ нису два или три MRZ реда по Доц 9303.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="9" />
        <source>expired</source>
        <translation>истекао</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="10" />
        <source>not yet valid</source>
        <translation>још не важи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="11" />
        <source>The SOD's signature does not hold: {why}.</source>
        <translation>Потпис SOD није исправан: {why}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="12" />
        <source>The SOD uses an unknown hash ({name}).</source>
        <translation>SOD користи непознат хеш ({name}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="13" />
        <source>The Document Signer certificate is {problem} (valid {start} to {end}).</source>
        <translation>Сертификат Доцумент Сигнер је {problem} (важи од {start} до {end}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="14" />
        <source>The Document Signer certificate is not for digital signatures.</source>
        <translation>Сертификат Доцумент Сигнер није за дигиталне потписе.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="15" />
        <source>No CSCA in this workstation's trust store issued the Document Signer certificate ({issuer}): import that State's CSCA or a master list that holds it.</source>
        <translation>Ниједан CSCA у складишту поверења ове радне станице није издао сертификат Доцумент Сигнер ({issuer}): увезите CSCA те државе или главну листу која га садржи.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="16" />
        <source>The CSCA certificate that issued the Document Signer is {problem}.</source>
        <translation>CSCA сертификат који је издао Доцумент Сигнер је {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="17" />
        <source>The Document Signer certificate is revoked by its CSCA's CRL.</source>
        <translation>Сертификат Доцумент Сигнер опозван је листом опозива (CRL) његовог CSCA.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="18" />
        <source>DG{number} was read but the SOD does not list it.</source>
        <translation>DG{number} је прочитан, али га SOD не наводи.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="19" />
        <source>DG{number} does not match its hash in the SOD: its data was changed after the issuing State signed it.</source>
        <translation>DG{number} не одговара свом хешу у SOD: његови подаци су измењени након што их је држава издавалац потписала.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="20" />
        <source>The Document Signer certificate cannot be used: {why}</source>
        <translation>Сертификат Доцумент Сигнер не може да се користи: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="21" />
        <source>Chip reading needs PC/SC support, which is not installed here: install the 'chip' extra (pip install 'verifier[chip]') with Debian's pcscd running.</source>
        <translation>За читање чипа потребна је PC/SC подршка, која овде није инсталирана: инсталирајте додатак 'цхип' (пип инсталл 'verifier[цхип]') уз покренут Дебианов пцсцд.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="22" />
        <source>The PC/SC service does not answer ({error}): start pcscd (systemctl start pcscd) and connect the reader.</source>
        <translation>PC/SC сервис не одговара ({error}): покрените пцсцд (сyстемцтл старт пцсцд) и прикључите читач.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="23" />
        <source>No chip reader is connected: connect one and try again.</source>
        <translation>Није прикључен ниједан читач чипова: прикључите га и покушајте поново.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="24" />
        <source>No reader is called {name}; connected: {names}.</source>
        <translation>Нема читача под именом {name}; прикључени: {names}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="25" />
        <source>The reader {name} sees no chip ({error}): put the document's data page (or cover) flat on the reader.</source>
        <translation>Читач {name} не види чип ({error}): поставите страницу са подацима (или корицу) документа равно на читач.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="26" />
        <source>The chip stopped answering ({error}): keep the document still on the reader and read it again.</source>
        <translation>Чип је престао да одговара ({error}): држите документ мирно на читачу и прочитајте поново.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="57" />
        <source>Chip Authentication</source>
        <translation>аутентификација чипа</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="58" />
        <source>Active Authentication</source>
        <translation>активна аутентификација</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="63" />
        <source>The chip does not give {groups}, which its signed data lists: a copied chip hides the keys it cannot prove it holds.</source>
        <translation>Чип не даје {groups}, које наводе његови потписани подаци: копирани чип скрива кључеве за које не може да докаже да их има.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="75" />
        <source>DG{number} is listed in the SOD but the chip did not give it.</source>
        <translation>DG{number} је наведен у SOD, али га чип није дао.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="76" />
        <source>The chip refused the key from the printed MRZ: the MRZ was misread, or altered, or the chip is not this document's.</source>
        <translation>Чип је одбио кључ из одштампаног MRZ: MRZ је погрешно прочитан или измењен, или чип не припада овом документу.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="318" />
        <source>Seen before on this workstation</source>
        <translation>Већ виђен на овој радној станици</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="320" />
        <source>It concerns the numbers {numbers}.</source>
        <translation>Односи се на бројеве {numbers}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="321" />
        <source>It concerns the numbers {numbers}; this document's number was not read: compare it by eye.</source>
        <translation>Односи се на бројеве {numbers}; број овог документа није прочитан: упоредите га визуелно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="323" />
        <source>Expert's classification: {kind}.</source>
        <translation>Класификација стручњака: {kind}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="328" />
        <source>Fraud alerts shown</source>
        <translation>Приказана упозорења о фалсификатима</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="335" />
        <source>Check</source>
        <translation>Провера</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="336" />
        <source>Details</source>
        <translation>Детаљи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="337" />
        <source>Chip</source>
        <translation>Чип</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="340" />
        <source>Not examined</source>
        <translation>Није прегледано</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="341" />
        <source>Checks that did not pass</source>
        <translation>Провере које нису прошле</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="342" />
        <source>Report to the duty officer; do not return the document. A hit is a reason to check, not a proof: confirm it with the issuing authority.</source>
        <translation>Обавестите дежурног старешину; не враћајте документ. Погодак је разлог за проверу, а не доказ: потврдите га код органа који је издао документ.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="343" />
        <source>Utopia identity card, 2021 series</source>
        <translation>Лична карта Утопије, серија 2021</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="344" />
        <source>Front and back are captured side by side.</source>
        <translation>Предња и задња страна снимају се једна поред друге.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="345" />
        <source>Card number in red ink: orange under UV, dark in IR.</source>
        <translation>Број картице црвеним мастилом: наранџаст под UV, таман у IC.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="346" />
        <source>UV: dull card body, a pink star emblem at top right of the front, red and yellow fibres.</source>
        <translation>UV: мат тело картице, ружичасти амблем звезде горе десно на предњој страни, црвена и жута влакна.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="347" />
        <source>What to look at:</source>
        <translation>На шта обратити пажњу:</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="348" />
        <source>Under UV the paper stays dark: genuine paper has no brighteners.</source>
        <translation>Под UV светлом папир остаје таман: прави папир нема оптичка белила.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="349" />
        <source>A star emblem glows under UV.</source>
        <translation>Амблем у облику звезде светли под UV светлом.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="350" />
        <source>Emblem in UV (front)</source>
        <translation>Амблем у UV (предња страна)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="351" />
        <source>Fluorescent fibres at random positions, in the design's colours only.</source>
        <translation>Флуоресцентна влакна на насумичним местима, само у бојама дизајна.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="352" />
        <source>Fibres in UV</source>
        <translation>Влакна у UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="353" />
        <source>The document number is printed in an ink glowing orange under UV.</source>
        <translation>Број документа је одштампан бојом која под UV светлом светли наранџасто.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="354" />
        <source>Number ink in UV</source>
        <translation>Боја броја у UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="355" />
        <source>Every MRZ line absorbs in B900: dark in IR (Doc 9303-3 §4.10).</source>
        <translation>Сваки ред MRZ упија у опсегу B900: таман је у IC светлу (Доц 9303-3 §4.10).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="356" />
        <source>The laser-engraved portrait is visible in IR.</source>
        <translation>Ласерски угравирана фотографија је видљива под IC светлом.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="357" />
        <source>Portrait in IR (front)</source>
        <translation>Портрет у IR (предња страна)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="358" />
        <source>Fine blue waves cross the lower right corner of the portrait.</source>
        <translation>Фине плаве таласасте линије прелазе доњи десни угао фотографије.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="359" />
        <source>Portrait overprint (front)</source>
        <translation>Претисак портрета (предња страна)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="360" />
        <source>The printed header and background vanish in IR.</source>
        <translation>Одштампано заглавље и позадина нестају под IC светлом.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="361" />
        <source>Background vanishing in IR</source>
        <translation>Позадина нестаје у IR</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="362" />
        <source>Header band and guilloche background as on the reference.</source>
        <translation>Трака заглавља и гијош позадина као на референци.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="363" />
        <source>Background and guilloche</source>
        <translation>Позадина и гилош</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="364" />
        <source>Utopia identity card, 2024 series</source>
        <translation>Лична карта Утопије, серија 2024</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="365" />
        <source>Full-bleed photographic landscape behind the data on both sides; portrait at the right.</source>
        <translation>Фотографија пејзажа преко целе површине иза података на обе стране; портрет десно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="366" />
        <source>UV: dull card body, a blue star emblem between data and portrait, pink and green fibres.</source>
        <translation>UV: мат тело картице, плави амблем звезде између података и портрета, ружичаста и зелена влакна.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="367" />
        <source>Utopia passport, 2010 series</source>
        <translation>Пасош Утопије, серија 2010</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="368" />
        <source>Portrait at the right, printed in grey: visible in IR.</source>
        <translation>Портрет десно, одштампан у сивој: видљив у IC.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="369" />
        <source>UV: dull paper; a blue shield emblem in the middle; blue and yellow fibres.</source>
        <translation>UV: мат папир; плави амблем штита у средини; плава и жута влакна.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="370" />
        <source>Look-alike of the 2020 series: tell them apart by the portrait side and colours.</source>
        <translation>Личи на серију 2020: разликујте их по страни портрета и бојама.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="371" />
        <source>A shield emblem glows under UV.</source>
        <translation>Амблем у облику штита светли под UV светлом.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="372" />
        <source>Emblem in UV</source>
        <translation>Амблем у UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="373" />
        <source>Portrait in IR</source>
        <translation>Портрет у IR</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="374" />
        <source>Portrait overprint</source>
        <translation>Претисак портрета</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="375" />
        <source>Utopia passport, 2020 series</source>
        <translation>Пасош Утопије, серија 2020</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="376" />
        <source>Portrait laser-engraved in grey: visible in IR, with a fine wavy overprint crossing its lower right corner.</source>
        <translation>Портрет ласерски гравиран у сивој: видљив у IC, са финим таласастим претиском преко доњег десног угла.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="377" />
        <source>Passport number printed in red ink that fluoresces orange under UV and stays dark in IR.</source>
        <translation>Број пасоша одштампан црвеним мастилом које под UV светли наранџасто, а у IC остаје тамно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="378" />
        <source>UV: dull paper; a yellow-green star emblem right of the data; red, blue and yellow-green fibres at random positions.</source>
        <translation>UV: мат папир; жутозелени амблем звезде десно од података; црвена, плава и жутозелена влакна на насумичним местима.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="379" />
        <source>Ghost image of the portrait at the right, faint in visible light.</source>
        <translation>Сабласна слика портрета десно, бледа у видљивој светлости.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="380" />
        <source>Utopia passport, 2024 series</source>
        <translation>Пасош Утопије, серија 2024</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="381" />
        <source>Rosette background in apricot and teal; portrait at the right with a ghost image left of it; passport number in teal ink that glows cyan under UV.</source>
        <translation>Позадина са розетама у боји кајсије и тиркизно-зеленој; портрет десно са сабласном сликом лево од њега; број пасоша тиркизним мастилом које под UV светли цијан.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="382" />
        <source>UV: dull paper, an orange shield emblem above the ghost image, green and orange fibres.</source>
        <translation>UV: мат папир, наранџасти амблем штита изнад сабласне слике, зелена и наранџаста влакна.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="383" />
        <source>Utopia residence permit, 2019 series</source>
        <translation>Дозвола боравка Утопије, серија 2019</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="384" />
        <source>Visible digital seal (Doc 9303-13, Utopia residence-permit profile) at top right.</source>
        <translation>Видљиви дигитални печат (Доц 9303-13, профил дозволе боравка Утопије) горе десно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="385" />
        <source>UV: dull paper, a yellow shield emblem below the portrait, red and blue fibres.</source>
        <translation>UV: мат папир, жути амблем штита испод портрета, црвена и плава влакна.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="386" />
        <source>Utopia visa, 2022 series</source>
        <translation>Виза Утопије, серија 2022</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="387" />
        <source>Visible digital seal (Doc 9303-7 §9 visa profile) at top right.</source>
        <translation>Видљиви дигитални печат (Доц 9303-7 §9, профил визе) горе десно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="388" />
        <source>Visa number in red ink: orange under UV, dark in IR.</source>
        <translation>Број визе црвеним мастилом: наранџаст под UV, таман у IC.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="389" />
        <source>UV: dull sticker, a mint star emblem below the portrait, three fibre colours.</source>
        <translation>UV: мат налепница, амблем звезде боје менте испод портрета, влакна у три боје.</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="51" />
        <source>visible light</source>
        <translation>видљиво светло</translation>
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
        <translation>Службеник</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="25" />
        <source>Trainer</source>
        <translation>Инструктор</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="26" />
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="29" />
        <source>Pre-test</source>
        <translation>Улазни тест</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="30" />
        <source>Post-test</source>
        <translation>Излазни тест</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="31" />
        <source>Practice</source>
        <translation>Вежба</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="34" />
        <source>Standard</source>
        <translation>Стандардна</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="35" />
        <source>High contrast</source>
        <translation>Високи контраст</translation>
    </message>
</context>
</TS>