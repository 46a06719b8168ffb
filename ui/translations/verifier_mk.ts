<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="mk">
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="141" />
        <source>Addendum to report #{0}</source>
        <translation>Додаток кон извештајот #{0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="146" />
        <source>A signed report is never changed. An addendum corrects or completes it: it is signed, added to the chain and shown with the report.</source>
        <translation>Потпишан извештај никогаш не се менува. Додатокот го исправа или дополнува: се потпишува, се додава во синџирот и се прикажува заедно со извештајот.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="154" />
        <source>Decision unchanged ({0})</source>
        <translation>Одлуката е непроменета ({0})</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="158" />
        <source>Correct the decision to: {0}</source>
        <translation>Исправи ја одлуката во: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="163" />
        <source>No expert classification</source>
        <translation>Без класификација од стручњак</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="166" />
        <source>Expert's classification: {0}</source>
        <translation>Класификација од стручњак: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="170" />
        <source>What it corrects or adds, and why</source>
        <translation>Што исправа или додава, и зошто</translation>
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
        <translation>⚑ Предупредувања за фалсификати за овој образец на документ ({0}): проверете го она што го опишуваат.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="134" />
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="137" />
        <source>Alert: {0} ({1})</source>
        <translation>Предупредување: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="142" />
        <source>This document ({0})</source>
        <translation>Овој документ ({0})</translation>
    </message>
</context>
<context>
    <name>CaptureSlot</name>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="110" />
        <location filename="../../verifier/gui/inspection.py" line="123" />
        <source>Drop an image here
or click to choose</source>
        <translation>Пуштете слика тука
или кликнете за да изберете</translation>
    </message>
</context>
<context>
    <name>CourseResults</name>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="37" />
        <source>Course results</source>
        <translation>Резултати од курсот</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="47" />
        <source>Trainee</source>
        <translation>Слушател</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="47" />
        <source>Pre-test %</source>
        <translation>Влезен тест %</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="47" />
        <source>Post-test %</source>
        <translation>Излезен тест %</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="48" />
        <source>Improved</source>
        <translation>Напредок</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="48" />
        <source>Verdicts right (pre/post)</source>
        <translation>Точни наоди (влезен/излезен)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="49" />
        <source>Anomalies found (pre/post)</source>
        <translation>Пронајдени неправилности (влезен/излезен)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="49" />
        <source>False alarms (pre/post)</source>
        <translation>Лажни тревоги (влезен/излезен)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="51" />
        <source>Sample</source>
        <translation>Примерок</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="51" />
        <location filename="../../verifier/gui/course_results.py" line="52" />
        <source>Pre-tests</source>
        <translation>Влезни тестови</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="51" />
        <location filename="../../verifier/gui/course_results.py" line="52" />
        <source>Post-tests</source>
        <translation>Излезни тестови</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="52" />
        <source>Feature</source>
        <translation>Елемент</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="54" />
        <source>Per trainee</source>
        <translation>По слушател</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="55" />
        <source>Right verdicts per sample</source>
        <translation>Точни наоди по примерок</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="56" />
        <source>Anomalies found per feature</source>
        <translation>Пронајдени неправилности по заштитен елемент</translation>
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
        <translation>Ниту еден курс сè уште нема сесии.</translation>
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
        <translation>Слушатели со напредок: ниту еден слушател сè уште не ги полагал двата теста (цел {0} %).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="133" />
        <source>target met</source>
        <translation>целта е постигната</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="133" />
        <source>below the target</source>
        <translation>под целта</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="135" />
        <source>Trainees improved: {0} % of {1} with both tests — target {2} %, {3}.</source>
        <translation>Слушатели со напредок: {0} % од {1} со двата теста — цел {2} %, {3}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="146" />
        <source>Export the course results</source>
        <translation>Извоз на резултатите од курсот</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="158" />
        <source>Not exported: {0}</source>
        <translation>Не е извезено: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/course_results.py" line="164" />
        <source>Exported to {0}.</source>
        <translation>Извезено во {0}.</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <location filename="../decision.ui" line="9" />
        <source>Officer's decision:</source>
        <translation>Одлука на службеникот:</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="16" />
        <source>&amp;Released (Ctrl+1)</source>
        <translation>&amp;Пропуштен (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="23" />
        <source>Referred to &amp;expert (Ctrl+2)</source>
        <translation>Упатен на &amp;вештачење (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="30" />
        <source>Suspected &amp;fraud (Ctrl+3)</source>
        <translation>Сомнеж за &amp;измама (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../decision.ui" line="37" />
        <source>Notes for the report (optional)</source>
        <translation>Белешки за извештајот (незадолжително)</translation>
    </message>
</context>
<context>
    <name>FraudAlertView</name>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="156" />
        <source>Alerts from the regional hub about forgeries in circulation. Each is shown at the inspection of the design it concerns until it expires or the hub withdraws it. Personal data is masked on the examples.</source>
        <translation>Предупредувања од регионалниот центар за фалсификати во оптек. Секое се прикажува при прегледот на обрасецот на кој се однесува додека не истече или центарот не го повлече. Личните податоци на примерите се прекриени.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Alert</source>
        <translation>Предупредување</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Design</source>
        <translation>Образец</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Numbers</source>
        <translation>Броеви</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="164" />
        <source>Issued</source>
        <translation>Издадена</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="165" />
        <source>Until</source>
        <translation>Важи до</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="165" />
        <source>State</source>
        <translation>Состојба</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="177" />
        <source>&amp;Import fraud alerts…</source>
        <translation>&amp;Увези предупредувања за фалсификати…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="192" />
        <location filename="../../verifier/gui/fraudalerts.py" line="256" />
        <source>Only an administrator imports alerts.</source>
        <translation>Само администратор увезува предупредувања.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="201" />
        <source>Withdrawn</source>
        <translation>Повлечено</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="202" />
        <source>In force</source>
        <translation>Во сила</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="202" />
        <source>Expired</source>
        <translation>Истечено</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="208" />
        <source>all</source>
        <translation>сите</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="221" />
        <source>No fraud alert is installed.</source>
        <translation>Не е инсталирано ниедно предупредување за фалсификати.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="223" />
        <source>Alerts: {0}, in force: {1}.</source>
        <translation>Предупредувања: {0}, во сила: {1}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="238" />
        <source>Look for: {0}</source>
        <translation>Обрнете внимание на: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="261" />
        <source>Import fraud alerts</source>
        <translation>Увези предупредувања за фалсификати</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="263" />
        <source>Fraud alerts (*.alert);;All files (*)</source>
        <translation>Предупредувања за фалсификати (*.alert);;Сите датотеки (*)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="277" />
        <source>Refused; the alerts in force are unchanged: {0}</source>
        <translation>Одбиено; предупредувањата во сила се непроменети: {0}</translation>
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
        <translation>Создаден (UTC)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="50" />
        <source>Verdict</source>
        <translation>Наод</translation>
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
        <translation>Имател</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="55" />
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="56" />
        <source>Failed checks</source>
        <translation>Неуспешни проверки</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="115" />
        <source>&amp;Verify signatures</source>
        <translation>&amp;Провери ги потписите</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="116" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Извези PDF…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="117" />
        <source>A&amp;ddendum…</source>
        <translation>До&amp;даток…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="118" />
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="153" />
        <source>document number, or part of it</source>
        <translation>број на исправата или дел од него</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="155" />
        <source>name, or part of it</source>
        <translation>име или дел од него</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="157" />
        <source>any verdict</source>
        <translation>кој било наод</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="161" />
        <source>any decision</source>
        <translation>која било одлука</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="164" />
        <source>no decision recorded</source>
        <translation>нема запишана одлука</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="166" />
        <source>&amp;Search</source>
        <translation>&amp;Барај</translation>
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
        <translation>кој било службеник</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="217" />
        <source>(purged)</source>
        <translation>(избришано)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="224" />
        <source>Corrected or completed by a signed addendum</source>
        <translation>Исправено или дополнето со потпишан додаток</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="228" />
        <source>{0} report(s).</source>
        <translation>Извештаи: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="262" />
        <source>Select a report that was not purged.</source>
        <translation>Изберете извештај што не е избришан.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="285" />
        <source>Addendum #{0} to report #{1} signed and saved.</source>
        <translation>Додатокот #{0} кон извештајот #{1} е потпишан и зачуван.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="312" />
        <source>Cancelling…</source>
        <translation>Се откажува…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="317" />
        <source>Cancelled: nothing was changed.</source>
        <translation>Откажано: ништо не е променето.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="319" />
        <location filename="../../verifier/gui/history.py" line="321" />
        <source>Not done: {0}</source>
        <translation>Не е извршено: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="321" />
        <source>an internal error.</source>
        <translation>внатрешна грешка.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="334" />
        <source>Verifying every signature, link and image file…</source>
        <translation>Се проверува секој потпис, врска и датотека со слика…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="354" />
        <source>All {0} reports verify: signatures, chain and image files.</source>
        <translation>Сите {0} извештаи се исправни: потписи, синџир и датотеки со слики.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="360" />
        <source>PROBLEMS FOUND: {0}</source>
        <translation>ПРОНАЈДЕНИ ПРОБЛЕМИ: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="365" />
        <source>Select a report first.</source>
        <translation>Прво изберете извештај.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="369" />
        <source>Export the report</source>
        <translation>Извоз на извештајот</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="391" />
        <source>Report #{0} exported to {1}.</source>
        <translation>Извештајот #{0} е извезен во {1}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="394" />
        <source>Writing the PDF…</source>
        <translation>Се запишува PDF…</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="80" />
        <source>Pass</source>
        <translation>Исправно</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="81" />
        <source>FAIL</source>
        <translation>НЕИСПРАВНО</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="82" />
        <source>Warning</source>
        <translation>Предупредување</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="83" />
        <source>Skipped</source>
        <translation>Прескокнато</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="84" />
        <source>Not checked</source>
        <translation>Не е проверено</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="85" />
        <source>Not examined</source>
        <translation>Не е прегледано</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="190" />
        <source>Visible light</source>
        <translation>Видлива светлина</translation>
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
        <translation>Фотографија на носителот</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="233" />
        <source>&amp;Open files… (Ctrl+O)</source>
        <translation>&amp;Отвори датотеки… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="234" />
        <source>S&amp;amples… (Ctrl+M)</source>
        <translation>&amp;Примероци… (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="235" />
        <source>&amp;Hot folder (Ctrl+H)</source>
        <translation>Надгледувана &amp;папка (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="237" />
        <source>&amp;Camera (Ctrl+K)</source>
        <translation>&amp;Камера (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="239" />
        <source>Ca&amp;pture (Space)</source>
        <translation>&amp;Сними (Space)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="240" />
        <source>Next &amp;light (Ctrl+L)</source>
        <translation>Следна свет&amp;лина (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="241" />
        <source>&amp;Inspect (F5)</source>
        <translation>П&amp;регледај (F5)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="243" />
        <source>&amp;New inspection (Ctrl+N)</source>
        <translation>&amp;Нов преглед (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="271" />
        <source>Rea&amp;d the chip (Ctrl+R)</source>
        <translation>Про&amp;читај чип (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="276" />
        <source>Read the document's chip during the inspection: on a chip reader, or a sample's simulated chip. The MRZ is the key; for an ID card, type its CAN.</source>
        <translation>Прочитај го чипот на документот при контролата: на читач на чипови, или симулираниот чип на примерокот. MRZ е клучот; за лична карта внесете го нејзиниот CAN.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="281" />
        <source>CAN (ID cards, optional)</source>
        <translation>CAN (лични карти, незадолжително)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="338" />
        <source>Hide or show the captures (Ctrl+\)</source>
        <translation>Скриј или прикажи ги снимките (Ctrl+\)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="356" />
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="356" />
        <source>Result</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="356" />
        <source>Details</source>
        <translation>Детали</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="408" />
        <source>Brightness</source>
        <translation>Осветленост</translation>
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
        <translation>Сите канали</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>Red</source>
        <translation>Црвен</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>Green</source>
        <translation>Зелен</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="420" />
        <source>Blue</source>
        <translation>Син</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="426" />
        <source>Side by side</source>
        <translation>Една до друга</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="427" />
        <source>Blink with the reference</source>
        <translation>Наизменично со референцата</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="428" />
        <source>Difference from the reference</source>
        <translation>Разлика од референцата</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="432" />
        <source>Reset</source>
        <translation>Ресетирај</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="448" />
        <location filename="../../verifier/gui/inspection.py" line="1183" />
        <location filename="../../verifier/gui/inspection.py" line="1209" />
        <source>Capture</source>
        <translation>Снимка</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="448" />
        <source>Reference</source>
        <translation>Референца</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="465" />
        <source>Portrait on the document</source>
        <translation>Портрет на исправата</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="466" />
        <source>Bearer, photographed now</source>
        <translation>Носител, фотографиран сега</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="467" />
        <source>Portrait in the chip</source>
        <translation>Портрет во чипот</translation>
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
        <translation>Прво донесете одлука за овој преглед (Ctrl+1, Ctrl+2 или Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="555" />
        <source>Record as not decided</source>
        <translation>Запиши како неодлучено</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="557" />
        <source>The inspection is kept as a signed report with no decision. Say why it was left (e.g. the traveller withdrew, the document was recaptured).</source>
        <translation>Прегледот се чува како потпишан извештај без одлука. Наведете зошто е оставен (на пр. патникот се повлекол, исправата е повторно снимена).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="560" />
        <source>&amp;Record</source>
        <translation>&amp;Запиши</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="564" />
        <source>Nothing was recorded: decide this inspection first.</source>
        <translation>Ништо не е запишано: прво донесете одлука за овој преглед.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="619" />
        <source>Place the document in white light and capture it (visible).</source>
        <translation>Ставете ја исправата под бела светлина и снимете ја (видлива).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="620" />
        <source>Switch to UV light (365 nm) and capture the document.</source>
        <translation>Вклучете UV светлина (365 nm) и снимете ја исправата.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="621" />
        <source>Switch to IR light (870 nm) and capture the document.</source>
        <translation>Вклучете IR светлина (870 nm) и снимете ја исправата.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="622" />
        <source>Take a photo of the person presenting the document.</source>
        <translation>Фотографирајте го лицето што ја покажува исправата.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="652" />
        <source>Not taken: {0} Choose an image file (PNG, JPEG, TIFF).</source>
        <translation>Не е преземено: {0} Изберете датотека со слика (PNG, JPEG, TIFF).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="663" />
        <source>Everything is captured: press Inspect (F5).</source>
        <translation>Сè е снимено: притиснете Прегледај (F5).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="681" />
        <location filename="../../verifier/gui/inspection.py" line="689" />
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Слики (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="688" />
        <source>Open the captures</source>
        <translation>Отворање снимки</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="709" />
        <source>Sample {0}</source>
        <translation>Примерок {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="716" />
        <source>The sample documents are not installed.</source>
        <translation>Примероците на исправи не се инсталирани.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="719" />
        <source>Sample documents</source>
        <translation>Примероци на исправи</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="719" />
        <source>Sample:</source>
        <translation>Примерок:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="729" />
        <source>No hot folder is set, or it does not exist: an administrator sets it in Settings (the folder the scanner writes into).</source>
        <translation>Не е поставена надгледувана папка или таа не постои: ја поставува администратор во Поставки (папката во која запишува скенерот).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="740" />
        <source>Watching the hot folder: scan the document.</source>
        <translation>Се надгледува папката: скенирајте ја исправата.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="753" />
        <source>{0} new scan(s) are waiting: decide this inspection (or record it as not decided with New inspection) and they come in.</source>
        <translation>Нови скенирања што чекаат: {0}; донесете одлука за овој преглед (или запишете го како неодлучен со Нов преглед) и тие ќе бидат вчитани.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="809" />
        <source>Turn the camera on first (Ctrl+K), or open a file.</source>
        <translation>Прво вклучете ја камерата (Ctrl+K) или отворете датотека.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="838" />
        <source>Capture the document in visible light first: the other lights are optional.</source>
        <translation>Прво снимете ја исправата во видлива светлина: другите светлини не се задолжителни.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="845" />
        <source>{0} is not an image file.</source>
        <translation>{0} не е датотека со слика.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="858" />
        <source>Inspecting…</source>
        <translation>Се прегледува…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="888" />
        <source>Reading the chip's portrait: %p%</source>
        <translation>Читање на фотографијата од чипот: %p%</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="901" />
        <source>An image could not be read: {0} Capture it again or choose another file.</source>
        <translation>Сликата не може да се прочита: {0} Снимете ја повторно или изберете друга датотека.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="906" />
        <source>The inspection failed: {0}. The captures are kept; try again.</source>
        <translation>Прегледот не успеа: {0}. Снимките се зачувани; обидете се повторно.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="919" />
        <source>Not examined: {0}.</source>
        <translation>Не е прегледано: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="944" />
        <source>⚠ Seen before on this workstation, and referred or suspected then:</source>
        <translation>⚠ Веќе виден на оваа работна станица, и тогаш упатен или сомнителен:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="946" />
        <source>Seen before on this workstation:</source>
        <translation>Веќе виден на оваа работна станица:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="957" />
        <source>No inspection yet</source>
        <translation>Сè уште нема преглед</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="977" />
        <source>Name in the chip</source>
        <translation>Име во чипот</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="980" />
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="980" />
        <source>not identified</source>
        <translation>не е препознаена</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="990" />
        <source>Document</source>
        <translation>Исправа</translation>
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
        <translation>Државјанство</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="996" />
        <source>Born</source>
        <translation>Роден(а)</translation>
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
        <translation>{0}: контролна цифра {1}, пресметана {2}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1019" />
        <source>Document, MRZ and printed data</source>
        <translation>Исправа, MRZ и отпечатени податоци</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1023" />
        <source>Bar codes and seals</source>
        <translation>Баркодови и печати</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1024" />
        <source>Chip</source>
        <translation>Чип</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1026" />
        <source>Watch lists</source>
        <translation>Листи за потрага</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1100" />
        <source>No bearer photo was compared.</source>
        <translation>Не е споредена фотографија на носителот.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1104" />
        <source>Match</source>
        <translation>Се совпаѓа</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1105" />
        <source>Uncertain</source>
        <translation>Несигурно</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1106" />
        <source>No match</source>
        <translation>Не се совпаѓа</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1191" />
        <source>No reference image to compare with for this light.</source>
        <translation>За оваа светлина нема референтна слика за споредба.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1196" />
        <source>Difference: capture against reference (bright = differs)</source>
        <translation>Разлика: снимка наспроти референца (светло = се разликува)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1209" />
        <source>Reference (blinking)</source>
        <translation>Референца (наизменично)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1216" />
        <source>Inspect the document before deciding.</source>
        <translation>Прегледајте ја исправата пред да одлучите.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1221" />
        <source>found anomalies</source>
        <translation>утврди неправилности</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1222" />
        <source>is inconclusive</source>
        <translation>е без заклучок</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1225" />
        <source>Release despite the verdict?</source>
        <translation>Да се пропушти и покрај наодот?</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1227" />
        <source>The machine verdict {0}. Releasing the traveller needs your reason: what you examined and why you are satisfied. It is signed into the report.</source>
        <translation>Машинскиот наод {0}. За пропуштање на патникот потребно е ваше образложение: што прегледавте и зошто сте уверени. Тоа се потпишува во извештајот.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1230" />
        <source>&amp;Release</source>
        <translation>&amp;Пропушти</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1234" />
        <source>Not released: nothing was saved.</source>
        <translation>Не е пропуштен: ништо не е зачувано.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1266" />
        <source>Report #{0} signed and saved as not decided.</source>
        <translation>Извештајот #{0} е потпишан и зачуван како неодлучен.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1268" />
        <source>Report #{0} signed and saved.</source>
        <translation>Извештајот #{0} е потпишан и зачуван.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1273" />
        <source>an internal error.</source>
        <translation>внатрешна грешка.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/inspection.py" line="1275" />
        <source>The report was NOT saved: {0} Your decision and notes are kept: press the decision again to retry.</source>
        <translation>Извештајот НЕ е зачуван: {0} Вашата одлука и белешките се задржани: притиснете ја одлуката повторно за нов обид.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../verifier/gui/library.py" line="57" />
        <source>Visible light</source>
        <translation>Видлива светлина</translation>
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
        <translation>У&amp;вези потпишан пакет на библиотеката…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="60" />
        <source>New &amp;draft from an exemplar…</source>
        <translation>Нов &amp;нацрт од образец…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="61" />
        <source>&amp;Edit a draft…</source>
        <translation>&amp;Уреди нацрт…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="89" />
        <source>Document templates</source>
        <translation>Обрасци на документи</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="90" />
        <source>Chip trust: CSCA certificates</source>
        <translation>Доверба за чипот: CSCA сертификати</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="91" />
        <source>Watch lists</source>
        <translation>Листи за потрага</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="92" />
        <source>Fraud alerts</source>
        <translation>Предупредувања за фалсификати</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="101" />
        <location filename="../../verifier/gui/library.py" line="239" />
        <source>Only an administrator changes the library.</source>
        <translation>Само администратор ја менува библиотеката.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="122" />
        <source>Library: {0} ({1} templates).</source>
        <translation>Библиотека: {0} (шаблони: {1}).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="123" />
        <source>Invalid: {0}</source>
        <translation>Неисправно: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="147" />
        <source>visible</source>
        <translation>видлива</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="173" />
        <source>The exemplar's captures (visible, UV, IR)</source>
        <translation>Снимки на образецот (видлива, UV, IR)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="174" />
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Слики (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="183" />
        <source>New template</source>
        <translation>Нов шаблон</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="183" />
        <source>Template id (e.g. SRB-P-2008):</source>
        <translation>Ознака на шаблонот (на пр. SRB-P-2008):</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="198" />
        <source>No draft: {0}</source>
        <translation>Нацртот не е создаден: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="202" />
        <source>Draft made; not found on the exemplar: {0}.</source>
        <translation>Нацртот е создаден; на образецот не е пронајдено: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="210" />
        <source>A draft</source>
        <translation>Нацрт</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="224" />
        <source>Not published: {0}</source>
        <translation>Не е објавено: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="233" />
        <source>Published {0} into the library (version {1}).</source>
        <translation>{0} е објавен во библиотеката (верзија {1}).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="244" />
        <source>Import a library package</source>
        <translation>Увоз на пакет на библиотеката</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="246" />
        <source>Library packages (*.zip *.vlib)</source>
        <translation>Пакети на библиотеката (*.zip *.vlib)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="254" />
        <source>Checking and installing {0}…</source>
        <translation>Проверка и инсталирање на {0}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="272" />
        <source>Installed {0} version {1}.</source>
        <translation>Инсталиран е {0}, верзија {1}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="277" />
        <source>The package was refused: {0}</source>
        <translation>Пакетот е одбиен: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="279" />
        <source>Not done: {0}</source>
        <translation>Не е извршено: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/library.py" line="279" />
        <source>an internal error.</source>
        <translation>внатрешна грешка.</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../verifier/gui/app.py" line="70" />
        <source>Your password</source>
        <translation>Вашата лозинка</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="71" />
        <source>&amp;Unlock</source>
        <translation>От&amp;клучи</translation>
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
        <translation>Verifier — контрола во втора линија</translation>
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
        <translation>Поставки (F6)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="145" />
        <source>Signed in: {0}</source>
        <translation>Најавен: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="147" />
        <source>Library: {0} · Verifier {1}</source>
        <translation>Библиотека: {0} · Verifier {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="149" />
        <source>Sign out (Ctrl+Shift+Q)</source>
        <translation>Одјава (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="220" />
        <source>Internal error</source>
        <translation>Внатрешна грешка</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="222" />
        <source>Verifier met an internal error ({0}); the work was not done. Reports already saved are safe. Try again; if it happens again, note the time and tell your administrator.</source>
        <translation>Verifier наиде на внатрешна грешка ({0}); работата не е извршена. Веќе зачуваните извештаи се безбедни. Обидете се повторно; ако се повтори, запишете го времето и јавете му на администраторот.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="268" />
        <source>Locked. {0}, enter your password to continue.</source>
        <translation>Заклучено. {0}, внесете ја вашата лозинка за да продолжите.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/app.py" line="307" />
        <source>Left undecided: the workstation locked after a time without use and was signed out.</source>
        <translation>Оставено неодлучено: работната станица се заклучи по период на неактивност и беше извршена одјава.</translation>
    </message>
</context>
<context>
    <name>NoDecisionYet</name>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="107" />
        <source>No decision yet</source>
        <translation>Сè уште нема одлука</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="108" />
        <source>This inspection has no decision yet.</source>
        <translation>За овој преглед сè уште нема одлука.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="110" />
        <source>Decide it now, or record it as not decided with a reason: either way the inspection stays in the record.</source>
        <translation>Одлучете сега или запишете го како неодлучен со образложение: во двата случаи прегледот останува во евиденцијата.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="117" />
        <source>&amp;Decide now</source>
        <translation>&amp;Одлучи сега</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="121" />
        <source>&amp;Record as not decided…</source>
        <translation>&amp;Запиши како неодлучено…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="410" />
        <source>&amp;Undo</source>
        <translation>&amp;Врати</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="411" />
        <source>&amp;Redo</source>
        <translation>&amp;Повтори</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="412" />
        <source>Cu&amp;t</source>
        <translation>&amp;Исечи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="413" />
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="414" />
        <source>&amp;Paste</source>
        <translation>&amp;Залепи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="415" />
        <source>Delete</source>
        <translation>Избриши</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="416" />
        <source>Select All</source>
        <translation>Избери сè</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="408" />
        <source>Show Details...</source>
        <translation>Прикажи детали...</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="409" />
        <source>Hide Details...</source>
        <translation>Скриј детали...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="390" />
        <source>OK</source>
        <translation>Во ред</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="391" />
        <source>Save</source>
        <translation>Зачувај</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="392" />
        <source>Save All</source>
        <translation>Зачувај сè</translation>
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
        <translation>Да за &amp;сите</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="396" />
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="397" />
        <source>N&amp;o to All</source>
        <translation>Н&amp;е за сите</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="398" />
        <source>Abort</source>
        <translation>Прекини</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="399" />
        <source>Retry</source>
        <translation>Обиди се повторно</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="400" />
        <source>Ignore</source>
        <translation>Игнорирај</translation>
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
        <translation>Отфрли</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="404" />
        <source>Help</source>
        <translation>Помош</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="405" />
        <source>Apply</source>
        <translation>Примени</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="406" />
        <source>Reset</source>
        <translation>Ресетирај</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="407" />
        <source>Restore Defaults</source>
        <translation>Врати стандардни</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="417" />
        <source>&amp;Undo</source>
        <translation>&amp;Врати</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="418" />
        <source>&amp;Redo</source>
        <translation>&amp;Повтори</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="419" />
        <source>Cu&amp;t</source>
        <translation>&amp;Исечи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="420" />
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="421" />
        <source>&amp;Paste</source>
        <translation>&amp;Залепи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="422" />
        <source>Delete</source>
        <translation>Избриши</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="423" />
        <source>Select All</source>
        <translation>Избери сè</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="424" />
        <source>Copy &amp;Link Location</source>
        <translation>Копирај ја &amp;адресата на врската</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="72" />
        <source>Your reason (it is signed into the report)</source>
        <translation>Вашето образложение (се потпишува во извештајот)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../verifier/gui/history.py" line="76" />
        <source>Report #{0}</source>
        <translation>Извештај #{0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="83" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Извези PDF…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/history.py" line="84" />
        <source>&amp;Addendum…</source>
        <translation>&amp;Додаток…</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../settings.ui" line="11" />
        <source>Hot folder (the scanner writes here)</source>
        <translation>Надгледувана папка (скенерот запишува тука)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="26" />
        <source>Browse…</source>
        <translation>Прелистај…</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="35" />
        <source>Camera (index or video source)</source>
        <translation>Камера (индекс или видео извор)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="49" />
        <source>Keep personal data for</source>
        <translation>Чувај ги личните податоци</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="60" />
        <source> days</source>
        <translation> дена</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="66" />
        <source>Point of entry</source>
        <translation>Граничен премин</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="80" />
        <source>Workstation name</source>
        <translation>Име на работната станица</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="94" />
        <source>Face match at or above (cosine)</source>
        <translation>Совпаѓање на лице од (косинус)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="112" />
        <source>Face no match below (cosine)</source>
        <translation>Несовпаѓање на лице под (косинус)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="130" />
        <source>Language (from the next sign-in)</source>
        <translation>Јазик (од следната најава)</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="144" />
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../settings.ui" line="160" />
        <source>&amp;Save settings</source>
        <translation>&amp;Зачувај ги поставките</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="80" />
        <location filename="../../verifier/gui/settings_view.py" line="207" />
        <source>&amp;Disable</source>
        <translation>&amp;Оневозможи</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="81" />
        <source>Reset &amp;password…</source>
        <translation>Ресетирај &amp;лозинка…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="82" />
        <source>&amp;Unlock</source>
        <translation>От&amp;клучи</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="86" />
        <source>Change &amp;role</source>
        <translation>Промени &amp;улога</translation>
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
        <translation>&amp;Додај сметка</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="101" />
        <source>Officer accounts</source>
        <translation>Сметки на службениците</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="116" />
        <source>Regional hub</source>
        <translation>Регионален центар</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="120" />
        <source>The next bundle of non-personal counts (inspections, verdicts, decisions, failed checks, usage) for the regional hub, signed by this workstation. It travels as a file: a USB stick, a shared folder.</source>
        <translation>Следниот пакет неперсонални збирни податоци (прегледи, оценки, одлуки, неуспешни проверки, користење) за регионалниот центар, потпишан од оваа работна станица. Се пренесува како датотека: USB меморија, споделена папка.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="126" />
        <source>E&amp;xport the next bundle for the hub…</source>
        <translation>И&amp;звези го следниот пакет за центарот…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="139" />
        <source>Where to write the bundle (a USB stick, a shared folder)</source>
        <translation>Каде да се запише пакетот (USB меморија, споделена папка)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="147" />
        <source>Making the bundle…</source>
        <translation>Се прави пакетот…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="159" />
        <source>Nothing new to send since the last bundle.</source>
        <translation>Од последниот пакет нема ништо ново за праќање.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="161" />
        <source>Bundle written: {0}</source>
        <translation>Пакетот е запишан: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="165" />
        <source>The bundle could not be written: {0}</source>
        <translation>Пакетот не можеше да се запише: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="172" />
        <source>disabled</source>
        <translation>оневозможена</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="173" />
        <source>locked</source>
        <translation>заклучена</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="174" />
        <source>must choose a new password</source>
        <translation>мора да избере нова лозинка</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="207" />
        <source>&amp;Enable</source>
        <translation>&amp;Овозможи</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="229" />
        <source>Account enabled.</source>
        <translation>Сметката е овозможена.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="229" />
        <source>Account disabled: it can no longer sign in; its reports stay.</source>
        <translation>Сметката е оневозможена: повеќе не може да се најавува; нејзините извештаи остануваат.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="236" />
        <source>Account unlocked.</source>
        <translation>Сметката е отклучена.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="243" />
        <source>Role changed to {0}.</source>
        <translation>Улогата е променета во: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="251" />
        <source>Reset the password</source>
        <translation>Ресетирање на лозинката</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="252" />
        <source>A temporary password (at least 10 characters). Give it to the officer in person: they choose their own at the next sign-in.</source>
        <translation>Привремена лозинка (најмалку 10 знаци). Предајте ја лично на службеникот: тој ја избира својата при следната најава.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="261" />
        <source>Password reset: the officer chooses a new one at the next sign-in.</source>
        <translation>Лозинката е ресетирана: службеникот избира нова при следната најава.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="265" />
        <source>Hot folder</source>
        <translation>Надгледувана папка</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="296" />
        <source>The no-match limit must not be above the match limit.</source>
        <translation>Прагот за несовпаѓање не смее да биде над прагот за совпаѓање.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="308" />
        <source>Settings saved. The language changes at the next sign-in (sign out: Ctrl+Shift+Q).</source>
        <translation>Поставките се зачувани. Јазикот се менува при следната најава (одјава: Ctrl+Shift+Q).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="311" />
        <source>Settings saved.</source>
        <translation>Поставките се зачувани.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/settings_view.py" line="325" />
        <source>Account {0} created.</source>
        <translation>Сметката {0} е создадена.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../signin.ui" line="6" />
        <source>Verifier — sign in</source>
        <translation>Verifier — најава</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="12" />
        <location filename="../signin.ui" line="103" />
        <source>Sign in</source>
        <translation>Најава</translation>
    </message>
    <message>
        <location filename="../signin.ui" line="19" />
        <source>Sign in with your officer account.</source>
        <translation>Најавете се со вашата службеничка сметка.</translation>
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
        <translation>&amp;Повторете ја лозинката</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../verifier/gui/signin.py" line="22" />
        <source>Verifier — sign in</source>
        <translation>Verifier — најава</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="32" />
        <source>Welcome to Verifier</source>
        <translation>Добредојдовте во Verifier</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="35" />
        <source>First start on this workstation: create the administrator account. The workstation's signing key is created with it.</source>
        <translation>Прво стартување на оваа работна станица: создајте ја администраторската сметка. Со неа се создава и клучот за потпишување на работната станица.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="39" />
        <source>Create the administrator</source>
        <translation>Создај администратор</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="50" />
        <source>Choose your password</source>
        <translation>Изберете ја вашата лозинка</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="53" />
        <source>An administrator reset your password. Choose your own (at least 10 characters); the temporary one stops working.</source>
        <translation>Администратор ја ресетираше вашата лозинка. Изберете своја (најмалку 10 знаци); привремената престанува да важи.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="60" />
        <source>Set my password</source>
        <translation>Постави ја мојата лозинка</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/signin.py" line="73" />
        <location filename="../../verifier/gui/signin.py" line="94" />
        <source>The two passwords differ.</source>
        <translation>Двете лозинки се разликуваат.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../verifier/gui/editor.py" line="93" />
        <source>Template editor — {0}</source>
        <translation>Уредувач на шаблони — {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="105" />
        <source>Zone (where something is printed)</source>
        <translation>Зона (каде што нешто е отпечатено)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="106" />
        <source>Feature (a security check)</source>
        <translation>Елемент (заштитна проверка)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="116" />
        <location filename="../../verifier/gui/editor.py" line="257" />
        <source>Draw a rectangle on the image.</source>
        <translation>Нацртајте правоаголник на сликата.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="117" />
        <source>&amp;Add the mark</source>
        <translation>&amp;Додај ознака</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="118" />
        <source>&amp;Save and validate</source>
        <translation>&amp;Зачувај и провери</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="119" />
        <source>&amp;Publish into the library</source>
        <translation>&amp;Објави во библиотеката</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="122" />
        <source>Only an administrator publishes templates.</source>
        <translation>Само администратор објавува шаблони.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="124" />
        <source>&amp;Remove the selected mark</source>
        <translation>Отст&amp;рани ја избраната ознака</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="144" />
        <source>(not set)</source>
        <translation>(не е поставено)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="158" />
        <source>Name for officers</source>
        <translation>Назив за службениците</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="159" />
        <source>Issuing state (ICAO code)</source>
        <translation>Држава издавач (ICAO код)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="160" />
        <source>Document code (P, ID, V, …)</source>
        <translation>Ознака на исправата (P, ID, V, …)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="161" />
        <source>Series</source>
        <translation>Серија</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="162" />
        <source>Number pattern (regular expression)</source>
        <translation>Облик на бројот (регуларен израз)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="163" />
        <source>Issued from (YYYY-MM-DD)</source>
        <translation>Се издава од (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="164" />
        <source>Issued until (YYYY-MM-DD, empty: still issued)</source>
        <translation>Се издаваше до (ГГГГ-ММ-ДД, празно: сè уште се издава)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="168" />
        <source>MRZ format</source>
        <translation>Формат на MRZ</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="169" />
        <source>Document type</source>
        <translation>Вид на исправа</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="171" />
        <source>Region</source>
        <translation>Област</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="172" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="173" />
        <source>Name / id</source>
        <translation>Назив / ознака</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="174" />
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="175" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="176" />
        <source>Routine (Doc 9303-2 App. C)</source>
        <translation>Рутина (Doc 9303-2, Прил. C)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="177" />
        <source>Description for the officer</source>
        <translation>Опис за службеникот</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="179" />
        <source>The document</source>
        <translation>Исправата</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="181" />
        <source>Zones and features</source>
        <translation>Зони и елементи</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="237" />
        <source>Draw a rectangle and give it a name first.</source>
        <translation>Прво нацртајте правоаголник и дајте му назив.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="259" />
        <source>Added {0}; save to validate.</source>
        <translation>Додадено: {0}; зачувајте за проверка.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="295" />
        <source>Not saved: {0} ({1}): {2}</source>
        <translation>Не е зачувано: {0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="303" />
        <source>Saved as a draft. Before it can be published: {0}.</source>
        <translation>Зачувано како нацрт. Пред да може да се објави: {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="308" />
        <source>Saved; complete and ready to publish.</source>
        <translation>Зачувано; комплетно и подготвено за објавување.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/editor.py" line="318" />
        <source>Not published: the template lacks {0}.</source>
        <translation>Не е објавено: на шаблонот му недостасува {0}.</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <location filename="../../verifier/gui/training.py" line="80" />
        <source>&amp;Start the session</source>
        <translation>&amp;Започни ја сесијата</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="82" />
        <source>Sessions</source>
        <translation>Сесии</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="92" />
        <source>Visible light</source>
        <translation>Видлива светлина</translation>
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
        <translation>Носител</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="97" />
        <source>Sample</source>
        <translation>Примерок</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="100" />
        <source>Reference</source>
        <translation>Референца</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="130" />
        <source>Anomalies: I would refer it</source>
        <translation>Неправилности: би го упатил(а)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="131" />
        <source>No anomalies</source>
        <translation>Без неправилности</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="134" />
        <source>Record and &amp;next sample</source>
        <translation>Запиши и &amp;следен примерок</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="141" />
        <source>Anomalous features (mark every one you see):</source>
        <translation>Спорни елементи (означете го секој што го гледате):</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="159" />
        <source>New session (trainers)</source>
        <translation>Нова сесија (инструктори)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="169" />
        <source> min (0: none)</source>
        <translation> мин (0: без ограничување)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="170" />
        <source>Hide the machine verdict until the debrief</source>
        <translation>Скриј го машинскиот наод до анализата</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="172" />
        <source>&amp;Create the session</source>
        <translation>&amp;Создај ја сесијата</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="173" />
        <source>Import a trainer's sample…</source>
        <translation>Увези примерок од инструктор…</translation>
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
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="179" />
        <source>Samples (in order)</source>
        <translation>Примероци (по ред)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="180" />
        <source>Time limit</source>
        <translation>Временско ограничување</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="186" />
        <source>why (recorded)</source>
        <translation>зошто (се запишува)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="187" />
        <source>&amp;Grant another attempt</source>
        <translation>&amp;Одобри уште еден обид</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="191" />
        <source>Selected test:</source>
        <translation>Избран тест:</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="194" />
        <source>Course &amp;results…</source>
        <translation>&amp;Резултати од курсот…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="249" />
        <source>Session created.</source>
        <translation>Сесијата е создадена.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="261" />
        <source>Select the test in the list of sessions.</source>
        <translation>Изберете го тестот во списокот на сесии.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="276" />
        <source>Another attempt granted to {0}.</source>
        <translation>Одобрен е уште еден обид за {0}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="281" />
        <source>A sample with answer.json</source>
        <translation>Примерок со answer.json</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="293" />
        <source>Sample {0} added.</source>
        <translation>Примерокот {0} е додаден.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="367" />
        <source>Sample {0} of {1}</source>
        <translation>Примерок {0} од {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="399" />
        <source>The machine reads: {0} — {1}</source>
        <translation>Машинскиот наод гласи: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="408" />
        <source>Machine verdict: {0}</source>
        <translation>Машински наод: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="428" />
        <source>Choose a verdict first.</source>
        <translation>Прво изберете наод.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="452" />
        <source>Time left: {0}:{1:02d}</source>
        <translation>Преостанато време: {0}:{1:02d}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="463" />
        <source>Leave the test?</source>
        <translation>Да го напуштите тестот?</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="464" />
        <source>The test is not finished.</source>
        <translation>Тестот не е завршен.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="467" />
        <source>If you leave now the attempt is recorded as abandoned, is not scored, and cannot be resumed: only a trainer can grant another.</source>
        <translation>Ако сега го напуштите тестот, обидот се запишува како напуштен, не се бодува и не може да се продолжи: само инструктор може да одобри нов обид.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="471" />
        <source>&amp;Leave the test</source>
        <translation>&amp;Напушти го тестот</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="472" />
        <source>&amp;Stay</source>
        <translation>&amp;Остани</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="499" />
        <source>The test was left: the attempt is recorded as abandoned.</source>
        <translation>Тестот е напуштен: обидот е запишан како напуштен.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="502" />
        <source>Your score: {0} % ({1} of {2} verdicts right, {3} of {4} anomalies found, {5} false alarms).</source>
        <translation>Ваш резултат: {0} % (точни наоди: {1} од {2}, пронајдени неправилности: {3} од {4}, лажни тревоги: {5}).</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="508" />
        <source>Time is up.</source>
        <translation>Времето истече.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="521" />
        <source>The machine findings: {0} of {1} ready…</source>
        <translation>Машински наоди: подготвени {0} од {1}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="529" />
        <source>not answered</source>
        <translation>без одговор</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="534" />
        <source>Answer key: {0} — yours: {1}</source>
        <translation>Клуч за одговори: {0} — ваш одговор: {1}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/training.py" line="535" />
        <source>Sample {0}</source>
        <translation>Примерок {0}</translation>
    </message>
</context>
<context>
    <name>TrustView</name>
    <message>
        <location filename="../../verifier/gui/trust.py" line="40" />
        <source>Filter by country or name (e.g. DEU, Utopia)</source>
        <translation>Филтрирај по држава или назив (на пр. DEU, Utopia)</translation>
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
        <translation>Состојба</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="49" />
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 отпечаток</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="60" />
        <source>&amp;Import a master list, CSCA or CRL…</source>
        <translation>&amp;Увези главна листа, CSCA или CRL…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="66" />
        <source>A chip's data is proved genuine only when its Document Signer is certified by one of these Country Signing CAs. Import them from a master list signed by a State you trust, or from a State's own CSCA certificate.</source>
        <translation>Податоците од чипот се докажани како изворни само кога потписникот на документот е сертифициран од едно од овие државни сертификациски тела (CSCA). Увезете ги од главна листа потпишана од држава на која ѝ верувате, или од CSCA сертификатот на самата држава.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="82" />
        <location filename="../../verifier/gui/trust.py" line="133" />
        <source>Only an administrator changes the trust list.</source>
        <translation>Само администратор ја менува листата на доверба.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="93" />
        <source>valid</source>
        <translation>важи</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="94" />
        <source>expired</source>
        <translation>истечен</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="95" />
        <source>not yet valid</source>
        <translation>сè уште не важи</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="120" />
        <source>No CSCA is trusted yet: chips can be read, but their data cannot be proved genuine. An administrator imports a master list.</source>
        <translation>Сè уште ниедно CSCA не е доверливо: чиповите може да се читаат, но нивните податоци не може да се докажат како изворни. Администраторот увезува главна листа.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="126" />
        <source>{0} CSCA certificates of {1} countries; {2} shown.</source>
        <translation>{0} CSCA сертификати од {1} држави; прикажани {2}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="138" />
        <source>Import a master list, CSCA certificate or CRL</source>
        <translation>Увоз на главна листа, CSCA сертификат или CRL</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="140" />
        <source>Master lists and certificates (*.ml *.der *.cer *.crt *.pem *.crl);;All files (*)</source>
        <translation>Главни листи и сертификати (*.ml *.der *.cer *.crt *.pem *.crl);;Сите датотеки (*)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="148" />
        <source>Checking {0}…</source>
        <translation>Проверка на {0}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="162" />
        <source>Master list</source>
        <translation>Главна листа</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="164" />
        <source>Revocation list</source>
        <translation>Листа на отповикани</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="166" />
        <source>{0}: {1} added, {2} already trusted, {3} refused.</source>
        <translation>{0}: додадени {1}, веќе доверливи {2}, одбиени {3}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="171" />
        <source>Its signer's CSCA was not trusted before: compare its SHA-256 fingerprint with the one its State publishes: {0}</source>
        <translation>CSCA на нејзиниот потписник претходно не беше доверливо: споредете го неговиот SHA-256 отпечаток со оној што го објавува неговата држава: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="179" />
        <source>Refused, nothing was added: {0}</source>
        <translation>Одбиено, ништо не е додадено: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="181" />
        <source>Not done: {0}</source>
        <translation>Не е извршено: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/trust.py" line="181" />
        <source>an internal error.</source>
        <translation>внатрешна грешка.</translation>
    </message>
</context>
<context>
    <name>WatchListView</name>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="40" />
        <source>Every inspection looks the document up in these lists. A hit is a reason to check, not a proof. The lists hold no document numbers, only keyed hashes.</source>
        <translation>Секоја контрола го бара документот во овие листи. Погодок е причина за проверка, а не доказ. Листите не содржат броеви на документи, само хешеви со клуч.</translation>
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
        <translation>Издадена</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="48" />
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="57" />
        <source> days</source>
        <translation> дена</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="58" />
        <source>Sa&amp;ve the limit</source>
        <translation>За&amp;чувај ја границата</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="59" />
        <source>&amp;Import a watch-list package…</source>
        <translation>&amp;Увези пакет листа за потрага…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="64" />
        <source>Warn when a list is older than</source>
        <translation>Предупреди кога листата е постара од</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="79" />
        <location filename="../../verifier/gui/watchlists.py" line="145" />
        <source>Only an administrator changes the watch lists.</source>
        <translation>Само администратор ги менува листите за потрага.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="47" />
        <source>Age (days)</source>
        <translation>Старост (денови)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="112" />
        <source>No watch list is installed: documents are not looked up.</source>
        <translation>Ниедна листа за потрага не е инсталирана: документите не се проверуваат.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="116" />
        <source>Out of date: {0}. A recent loss or theft would not be on it: import the latest list.</source>
        <translation>Застарено: {0}. Неодамнешно губење или кражба не би биле на неа: увезете ја најновата листа.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="119" />
        <source>{0} is {1} days old</source>
        <translation>{0} е стара {1} дена</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="125" />
        <source>{0} watch lists, all up to date.</source>
        <translation>Листи за потрага: {0}, сите ажурни.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="150" />
        <source>Import a watch-list package</source>
        <translation>Увоз на пакет листа за потрага</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="152" />
        <source>Watch-list packages (*.vwl);;All files (*)</source>
        <translation>Пакети листи за потрага (*.vwl);;Сите датотеки (*)</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="159" />
        <source>Checking {0}…</source>
        <translation>Проверка на {0}…</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="174" />
        <source>{0}: version {1} installed, {2} entries.</source>
        <translation>{0}: инсталирана верзија {1}, записи: {2}.</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="183" />
        <source>Refused; the lists in force are unchanged: {0}</source>
        <translation>Одбиено; важечките листи се непроменети: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="185" />
        <source>Not done: {0}</source>
        <translation>Не е извршено: {0}</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/watchlists.py" line="185" />
        <source>an internal error.</source>
        <translation>внатрешна грешка.</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="1" />
        <source>The seal is signed by {signer} and intact.</source>
        <translation>Печатот е потпишан од {signer} и е неизменет.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="2" />
        <source>The seal was signed by {signer}, whose certificate the reference library lacks.</source>
        <translation>Печатот е потпишан од {signer}, чиј сертификат го нема во референтната библиотека.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="3" />
        <source>The seal was signed on {date}, outside the validity of signer certificate {signer}.</source>
        <translation>Печатот е потпишан на {date}, надвор од важноста на сертификатот на потписникот {signer}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="4" />
        <source>The seal's signature does not match its data: the seal was altered or forged.</source>
        <translation>Потписот на печатот не одговара на неговите податоци: печатот е изменет или фалсификуван.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="5" />
        <source>The digital seal cannot be decoded: {why}.</source>
        <translation>Дигиталниот печат не може да се декодира: {why}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="27" />
        <source>document portrait</source>
        <translation>портретот во исправата</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="28" />
        <source>bearer photo</source>
        <translation>фотографијата на носителот</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="29" />
        <source>Uncertain resemblance: compare the faces yourself.</source>
        <translation>Несигурна сличност: споредете ги лицата сами.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="30" />
        <source>The bearer resembles the portrait.</source>
        <translation>Носителот наликува на портретот.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="31" />
        <source>The bearer does not resemble the portrait.</source>
        <translation>Носителот не наликува на портретот.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="32" />
        <source>No face was found in the {name}.</source>
        <translation>Не е пронајдено лице на {name}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="33" />
        <source>The bearer photo shows several faces; take it again.</source>
        <translation>На фотографијата на носителот има повеќе лица; снимете ја повторно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="34" />
        <source>The face in the {name} is too small.</source>
        <translation>Лицето на {name} е премногу мало.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="35" />
        <source>The face in the {name} is turned too far.</source>
        <translation>Лицето на {name} е премногу свртено.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="36" />
        <source>The {name} is too blurred.</source>
        <translation>Сликата е премногу заматена: {name}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="37" />
        <source>{fibres} fibres of the expected colours (at least {minimum}), {wrong} of other colours</source>
        <translation>влакна во очекуваните бои: {fibres} (најмалку {minimum}), во други бои: {wrong}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="38" />
        <source>similarity to the reference {value:.2f} (at least {limit:.2f})</source>
        <translation>сличност со референцата {value:.2f} (најмалку {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="42" />
        <source>{fibres} fibres, but the {half} half of the region holds almost none</source>
        <translation>{fibres} влакна, но во {half} половина од областа речиси ги нема</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="43" />
        <source>left</source>
        <translation>левата</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="44" />
        <source>right</source>
        <translation>десната</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="45" />
        <source>upper</source>
        <translation>горната</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="46" />
        <source>lower</source>
        <translation>долната</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="47" />
        <source>brightest {value:.0f} (at least {limit:.0f})</source>
        <translation>најсветло {value:.0f} (најмалку {limit:.0f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="48" />
        <source>the region lies outside the capture</source>
        <translation>областа е надвор од снимката</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="49" />
        <source>mean brightness {value:.0f} (at most {limit:.0f})</source>
        <translation>средна осветленост {value:.0f} (најмногу {limit:.0f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="50" />
        <source>brightest print {value:.0f} (at least {limit:.0f})</source>
        <translation>најсветол отпечаток {value:.0f} (најмалку {limit:.0f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="39" />
        <source>contrast {value:.2f} (at most {limit:.2f})</source>
        <translation>контраст {value:.2f} (најмногу {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="52" />
        <source>the region is empty</source>
        <translation>областа е празна</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="51" />
        <source>contrast {value:.2f} (at least {limit:.2f})</source>
        <translation>контраст {value:.2f} (најмалку {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="40" />
        <source>line(s) {lines} of {count}: contrast {value:.2f} (at least {limit:.2f})</source>
        <translation>ред(ови) {lines} од {count}: контраст {value:.2f} (најмалку {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="41" />
        <source>every line: lowest contrast {value:.2f} (at least {limit:.2f})</source>
        <translation>секој ред: најмал контраст {value:.2f} (најмалку {limit:.2f})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="106" />
        <source>visible-light</source>
        <translation>видлива</translation>
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
        <translation>Оваа проверка не можеше да се изврши (чекорот {stage} не успеа); прегледајте визуелно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="132" />
        <source>Without a reference the printed fields cannot be located: {missing} not found in the printed text; compare them with the MRZ by eye.</source>
        <translation>Без референца отпечатените полиња не можат да се лоцираат: {missing} не е пронајдено во отпечатениот текст; споредете ги со MRZ визуелно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="131" />
        <source>The printed {fields} agree with the MRZ.</source>
        <translation>Отпечатените податоци ({fields}) се совпаѓаат со MRZ.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="114" />
        <source>document number</source>
        <translation>број на исправата</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="115" />
        <source>date of birth</source>
        <translation>датум на раѓање</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="116" />
        <source>date of expiry</source>
        <translation>датум на истекување</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="117" />
        <source>optional data</source>
        <translation>изборни податоци</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="118" />
        <source>the composite check digit</source>
        <translation>збирната контролна цифра</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="80" />
        <source>The design is {name}, but {problems}.</source>
        <translation>Дизајнот е {name}, но {problems}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="81" />
        <source>Identified as {name}.</source>
        <translation>Препознаено како {name}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="135" />
        <source>The MRZ's {fields} are also printed on the document.</source>
        <translation>Податоците од MRZ ({fields}) се отпечатени и на исправата.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="136" />
        <source>MRZ line(s) {lines} fade in IR: not printed in B900 ink as Doc 9303-3 requires.</source>
        <translation>Ред(ови) {lines} на MRZ бледнеат во IR: не се отпечатени со мастило B900 како што бара Doc 9303-3.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="137" />
        <source>Every MRZ line stays dark in IR (B900 ink).</source>
        <translation>Сите редови на MRZ остануваат темни во IR (мастило B900).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="133" />
        <source>The printed data differ from the MRZ: {differences}.</source>
        <translation>Отпечатените податоци се разликуваат од MRZ: {differences}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="134" />
        <source>The printed data could not be read; compare them with the MRZ by eye.</source>
        <translation>Отпечатените податоци не можеа да се прочитаат; споредете ги со MRZ визуелно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="109" />
        <source>{description} {verdict}: {detail}.</source>
        <translation>{description} {verdict}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="96" />
        <source>No photo of the bearer was taken.</source>
        <translation>Не е направена фотографија на носителот.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="97" />
        <source> ({percent}% similar)</source>
        <translation> (сличност {percent}%)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="119" />
        <source>MRZ read ({engine}).</source>
        <translation>MRZ е прочитана ({engine}).</translation>
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
        <translation>Во библиотеката нема референца за оваа исправа (MRZ: {what}): нејзиниот дизајн и заштитните елементи не можеа да се споредат. Проверено е она што не бара референца.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="138" />
        <source>The IR image is not framed like the visible one; check the MRZ in IR by eye.</source>
        <translation>IR снимката не е кадрирана како онаа во видлива светлина; проверете ја MRZ во IR визуелно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="111" />
        <source>Found</source>
        <translation>Пронајдено</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="112" />
        <source>Not as on the reference</source>
        <translation>Не е како на референцата</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="95" />
        <source>A portrait was found by face detection (no reference to say where).</source>
        <translation>Портретот е пронајден со детекција на лице (нема референца што покажува каде).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="53" />
        <source>Read {count} bar code(s): {formats}.</source>
        <translation>Прочитани баркодови: {count} ({formats}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="120" />
        <source>No machine readable zone was found on the visible image.</source>
        <translation>На снимката во видлива светлина не е пронајдена машински читлива зона.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="121" />
        <source>The MRZ could not be read with certainty: {why}</source>
        <translation>MRZ не можеше со сигурност да се прочита: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="122" />
        <source>Check digits do not hold: {faults}.</source>
        <translation>Контролните цифри не се точни: {faults}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="123" />
        <source>Every check digit holds.</source>
        <translation>Сите контролни цифри се точни.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="124" />
        <source>The dates are calendar dates.</source>
        <translation>Датумите се валидни календарски датуми.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="125" />
        <source>The expiry date is not in the MRZ; read it on the document.</source>
        <translation>Датумот на истекување го нема во MRZ; прочитајте го на исправата.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="85" />
        <source>its MRZ is {mrz}, the design's is {design}</source>
        <translation>MRZ на исправата е {mrz}, а на дизајнот {design}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="86" />
        <source>the MRZ says {mrz}, the design is from {design}</source>
        <translation>MRZ наведува {mrz}, а дизајнот е од {design}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="87" />
        <source>document code {code} does not belong to this design</source>
        <translation>ознаката на исправата {code} не припаѓа на овој дизајн</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="88" />
        <source>number {number} is not of this series ({series})</source>
        <translation>бројот {number} не е од оваа серија ({series})</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="103" />
        <source>A face was found in the portrait zone.</source>
        <translation>Во зоната на портретот е пронајдено лице.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="104" />
        <source>No face was found in the portrait zone.</source>
        <translation>Во зоната на портретот не е пронајдено лице.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="105" />
        <source>No portrait was found on this image; if the document has one on its other side, capture that side.</source>
        <translation>На оваа снимка не е пронајден портрет; ако исправата има портрет на другата страна, снимете ја таа страна.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="126" />
        <source>A well-formed {format} MRZ.</source>
        <translation>Правилно оформена MRZ ({format}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="127" />
        <source>Known codes: {state}, {nationality}.</source>
        <translation>Познати ознаки: {state}, {nationality}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="128" />
        <source>Expired on {date}.</source>
        <translation>Истечена на {date}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="129" />
        <source>Valid until {date}.</source>
        <translation>Важи до {date}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="113" />
        <source>No {light} image was captured.</source>
        <translation>Не е снимена слика во {light} светлина.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="110" />
        <source>No reference exists for this document: its {light} features were not compared; examine them by eye.</source>
        <translation>За оваа исправа нема референца: нејзините елементи во {light} светлина не се споредени; прегледајте ги визуелно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="54" />
        <source>The document should carry a digital seal, but none could be read.</source>
        <translation>Исправата треба да има дигитален печат, но ниеден не можеше да се прочита.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="55" />
        <source>The seal carries the printed MRZ.</source>
        <translation>Печатот ја содржи отпечатената MRZ.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="56" />
        <source>The MRZ in the seal differs from the printed MRZ.</source>
        <translation>MRZ во печатот се разликува од отпечатената MRZ.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="59" />
        <source>The chip was not read.</source>
        <translation>Чипот не е прочитан.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="60" />
        <source>{which} passed: the chip holds the private key of its signed data, so it is not a copy.</source>
        <translation>{which} успешно: чипот го има приватниот клуч на своите потпишани податоци, па не е копија.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="61" />
        <source>The chip's MRZ differs from the printed MRZ ({count} characters): the data page was altered, or it belongs to another chip.</source>
        <translation>MRZ на чипот се разликува од отпечатениот MRZ ({count} знаци): страницата со податоци е изменета или припаѓа на друг чип.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="62" />
        <source>Reading a chip needs the MRZ (or the CAN of an ID card).</source>
        <translation>За читање на чипот потребен е MRZ (или CAN на личната карта).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="64" />
        <source>{which} failed: the chip does not hold the private key its signed data names — a sign of a copied (cloned) chip.</source>
        <translation>{which} неуспешно: чипот го нема приватниот клуч што го наведуваат неговите потпишани податоци — знак на копиран (клониран) чип.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="65" />
        <source>This chip offers Chip Authentication with Diffie-Hellman keys, which this workstation does not run yet: whether the chip is a copy was not checked.</source>
        <translation>Овој чип нуди автентикација на чипот со Дифи-Хелман клучеви, која оваа работна станица сè уште не ја изведува: не е проверено дали чипот е копија.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="66" />
        <source>This chip offers neither Chip nor Active Authentication (older documents): a copy of it cannot be told from the original.</source>
        <translation>Овој чип не нуди ниту Chip ниту Active Authentication (постари документи): неговата копија не може да се разликува од оригиналот.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="67" />
        <source>{which} passed, but with a key the issuer's signature does not cover (DG14/DG15 do not match the SOD).</source>
        <translation>{which} успешно, но со клуч што потписот на издавачот не го покрива (DG14/DG15 не се совпаѓаат со SOD).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="68" />
        <source>The chip's DG1 (its MRZ) could not be read.</source>
        <translation>DG1 на чипот (неговиот MRZ) не можеше да се прочита.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="69" />
        <source>No printed MRZ was read to compare with the chip's.</source>
        <translation>Не е прочитан отпечатен MRZ за споредба со MRZ на чипот.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="70" />
        <source>The chip's MRZ is the printed MRZ, character for character.</source>
        <translation>MRZ на чипот е отпечатениот MRZ, знак по знак.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="71" />
        <source>Read with {access}: {groups}.</source>
        <translation>Прочитано преку {access}: {groups}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="72" />
        <source>This document has no chip (no simulated chip with it).</source>
        <translation>Овој документ нема чип (со него нема симулиран чип).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="73" />
        <source>The chip could not be read to the end: {why}</source>
        <translation>Чипот не можеше да се прочита до крај: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="74" />
        <source>The chip stopped before its security object (EF.SOD) was read.</source>
        <translation>Чипот застана пред да се прочита неговиот безбедносен објект (EF.SOD).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="77" />
        <source>The chip refused the CAN: check the number printed on the card.</source>
        <translation>Чипот го одби CAN: проверете го бројот отпечатен на картичката.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="78" />
        <source>The chip's data is signed by the issuing State: its Document Signer is certified by a trusted CSCA, and every data group read matches its signed hash.</source>
        <translation>Податоците на чипот ги потпишала државата издавач: неговиот Document Signer е сертифициран од доверлив CSCA, и секоја прочитана група податоци одговара на својот потпишан хеш.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="79" />
        <source>The chip's data could not be proved genuine: {why}</source>
        <translation>Не можеше да се докаже дека податоците на чипот се изворни: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="89" />
        <source>resembles</source>
        <translation>личи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="90" />
        <source>does not resemble</source>
        <translation>не личи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="91" />
        <source>uncertain</source>
        <translation>несигурно</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="92" />
        <source>could not be compared</source>
        <translation>не можеше да се спореди</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="93" />
        <source>{who}: {result}</source>
        <translation>{who}: {result}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="94" />
        <source>The chip's portrait, against {parts}.</source>
        <translation>Портретот од чипот, во однос на {parts}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="98" />
        <source>No portrait was read from the chip.</source>
        <translation>Од чипот не е прочитан портрет.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="99" />
        <source>Neither a bearer photo nor a printed portrait to compare with the chip's.</source>
        <translation>Нема ниту фотографија на носителот ниту отпечатен портрет за споредба со портретот од чипот.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="100" />
        <source>The chip's portrait, against {parts}: the face the issuer stored differs.</source>
        <translation>Портретот од чипот, во однос на {parts}: лицето што го зачувал издавачот се разликува.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="101" />
        <source>the bearer</source>
        <translation>носителот</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="102" />
        <source>the printed portrait</source>
        <translation>отпечатениот портрет</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="130" />
        <source>{field}: check digit {printed}, computed {computed}</source>
        <translation>{field}: контролна цифра {printed}, пресметана {computed}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="139" />
        <source>Not on the watch lists: {lists}.</source>
        <translation>Не е на листите за потрага: {lists}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="140" />
        <source>No watch list is installed on this workstation.</source>
        <translation>На оваа работна станица не е инсталирана ниедна листа за потрага.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="141" />
        <source>No MRZ was read, so the watch lists were not checked: check them by hand.</source>
        <translation>MRZ не е прочитан, па листите за потрага не се проверени: проверете ги рачно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="142" />
        <source>The MRZ's document number cannot be looked up in the watch lists: check them by hand.</source>
        <translation>Бројот на документот од MRZ не може да се пребара во листите за потрага: проверете ги рачно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="143" />
        <source>This document is on the watch list {name} of {date}. {instruction}</source>
        <translation>Овој документ е на листата за потрага {name} од {date}. {instruction}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="144" />
        <source>Not on the watch lists, but {name} is {days} days old (the limit is {limit}): a recent loss or theft would not be on it. Ask an administrator to import the latest list.</source>
        <translation>Не е на листите за потрага, но {name} е стара {days} дена (границата е {limit}): неодамнешно губење или кражба не би биле на неа. Побарајте од администраторот да ја увезе најновата листа.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="145" />
        <source>Full name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="146" />
        <source>Other names</source>
        <translation>Други имиња</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="147" />
        <source>Personal number</source>
        <translation>Матичен број</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="149" />
        <source>Place of birth</source>
        <translation>Место на раѓање</translation>
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
        <translation>Професија</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="153" />
        <source>Title</source>
        <translation>Титула</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="154" />
        <source>Personal summary</source>
        <translation>Личен преглед</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="155" />
        <source>Custody information</source>
        <translation>Податоци за старателство</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="156" />
        <source>Issuing authority</source>
        <translation>Орган на издавање</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="157" />
        <source>Date of issue</source>
        <translation>Датум на издавање</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="158" />
        <source>Other persons</source>
        <translation>Други лица</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="159" />
        <source>Endorsements and observations</source>
        <translation>Забелешки и напомени</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="160" />
        <source>Tax or exit requirements</source>
        <translation>Даночни или излезни услови</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="161" />
        <source>Personalised</source>
        <translation>Персонализиран</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="162" />
        <source>Personalisation system</source>
        <translation>Систем за персонализација</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="163" />
        <source>Document Signer</source>
        <translation>Потписник на документот (DS)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="164" />
        <source>Country Signing CA (CSCA)</source>
        <translation>Државно сертификациско тело (CSCA)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="165" />
        <source>Issued by</source>
        <translation>Издавач</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="166" />
        <source>Valid</source>
        <translation>Важи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="167" />
        <source>Serial number</source>
        <translation>Сериски број</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="168" />
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 отпечаток</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="169" />
        <source>MRZ found</source>
        <translation>MRZ пронајдена</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="170" />
        <source>MRZ layout</source>
        <translation>Распоред на MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="171" />
        <source>MRZ check digits</source>
        <translation>Контролни цифри на MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="172" />
        <source>MRZ dates</source>
        <translation>Датуми во MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="173" />
        <source>Country codes</source>
        <translation>Ознаки на држави</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="174" />
        <source>Validity</source>
        <translation>Важност</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="175" />
        <source>Document identified</source>
        <translation>Исправата е препознаена</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="176" />
        <source>Printed data against the MRZ</source>
        <translation>Отпечатени податоци наспроти MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="177" />
        <source>Bar codes read</source>
        <translation>Прочитани баркодови</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="178" />
        <source>Seal signature</source>
        <translation>Потпис на печатот</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="179" />
        <source>Seal data against the MRZ</source>
        <translation>Податоци од печатот наспроти MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="180" />
        <source>Dull paper in UV</source>
        <translation>Мат хартија во UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="181" />
        <source>UV features</source>
        <translation>UV елементи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="182" />
        <source>MRZ ink in IR</source>
        <translation>Мастило на MRZ во IR</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="183" />
        <source>IR features</source>
        <translation>IR елементи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="184" />
        <source>Visible features</source>
        <translation>Елементи во видлива светлина</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="185" />
        <source>Portrait found</source>
        <translation>Пронајден портрет</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="186" />
        <source>Face comparison</source>
        <translation>Споредба на лица</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="187" />
        <source>Chip read</source>
        <translation>Чипот прочитан</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="188" />
        <source>Chip data signed by the issuer</source>
        <translation>Податоците на чипот потпишани од издавачот</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="189" />
        <source>Chip not copied</source>
        <translation>Чипот не е копиран</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="190" />
        <source>Chip MRZ against the printed MRZ</source>
        <translation>MRZ на чипот во однос на отпечатениот MRZ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="191" />
        <source>Chip portrait comparison</source>
        <translation>Споредба на портретот од чипот</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="192" />
        <source>Watch lists (lost, stolen, revoked)</source>
        <translation>Листи за потрага (изгубени, украдени, поништени)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="193" />
        <source>the visible-light features</source>
        <translation>елементите во видлива светлина</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="194" />
        <source>the face</source>
        <translation>лицето</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="195" />
        <source>NO ANOMALIES FOUND — the officer decides</source>
        <translation>НЕ СЕ ПРОНАЈДЕНИ НЕПРАВИЛНОСТИ — одлучува службеникот</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="197" />
        <source>nothing</source>
        <translation>ништо</translation>
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
        <translation>ПРОНАЈДЕНИ СЕ НЕПРАВИЛНОСТИ — видете ги неуспешните проверки</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="203" />
        <source>INCONCLUSIVE — some checks could not be made</source>
        <translation>БЕЗ ЗАКЛУЧОК — некои проверки не можеа да се извршат</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="204" />
        <source>NO ANOMALIES IN WHAT WAS EXAMINED — {parts} was not examined</source>
        <translation>БЕЗ НЕПРАВИЛНОСТИ ВО ПРЕГЛЕДАНОТО — не е прегледано: {parts}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="205" />
        <source>INCONCLUSIVE — no reference for this document in the library: only what needs none was checked</source>
        <translation>БЕЗ ЗАКЛУЧОК — во библиотеката нема референца за оваа исправа: проверено е само она што не бара референца</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="206" />
        <source>NO ANOMALIES IN WHAT WAS EXAMINED — {parts} were not examined</source>
        <translation>БЕЗ НЕПРАВИЛНОСТИ ВО ПРЕГЛЕДАНОТО — не се прегледани: {parts}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="207" />
        <source>surname</source>
        <translation>презиме</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="208" />
        <source>given names</source>
        <translation>имиња</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="209" />
        <source>surname printed {printed!r}, MRZ {mrz!r}</source>
        <translation>отпечатено презиме {printed!r}, MRZ {mrz!r}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="210" />
        <source>given names printed {printed!r}, MRZ {mrz!r}</source>
        <translation>отпечатени имиња {printed!r}, MRZ {mrz!r}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="211" />
        <source>date of birth printed {printed}, MRZ {mrz}</source>
        <translation>отпечатен датум на раѓање {printed}, MRZ {mrz}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="212" />
        <source>number printed {printed!r}, MRZ {mrz!r}</source>
        <translation>отпечатен број {printed!r}, MRZ {mrz!r}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="213" />
        <source>The document code</source>
        <translation>Ознаката на исправата</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="214" />
        <source>The issuing state</source>
        <translation>Државата издавач</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="215" />
        <source>The nationality</source>
        <translation>Државјанството</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="216" />
        <source>The name</source>
        <translation>Името</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="217" />
        <source>The surname</source>
        <translation>Презимето</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="218" />
        <source>The given names</source>
        <translation>Имињата</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="219" />
        <source>The document number</source>
        <translation>Бројот на исправата</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="220" />
        <source>The optional data</source>
        <translation>Изборните податоци</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="221" />
        <source>The second optional data field</source>
        <translation>Второто поле за изборни податоци</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="222" />
        <source>The date of birth</source>
        <translation>Датумот на раѓање</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="223" />
        <source>The date of expiry</source>
        <translation>Датумот на истекување</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="224" />
        <source>The sex field</source>
        <translation>Полето за пол</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="225" />
        <source>issuing state</source>
        <translation>држава издавач</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="226" />
        <source>nationality</source>
        <translation>државјанство</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="227" />
        <source>the filler in position 15 excluded, as Doc 9303-5 specifies</source>
        <translation>без знакот за пополнување на позиција 15, како што пропишува Doc 9303-5</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="228" />
        <source>the filler in position 15 counted, as some issuers do</source>
        <translation>со знакот за пополнување на позиција 15, како што прават некои издавачи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="229" />
        <source>The document number continues in the optional data; its check digit holds with {how}.</source>
        <translation>Бројот на исправата продолжува во изборните податоци; неговата контролна цифра е точна {how}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="230" />
        <source>{field} {raw!r} is not a calendar date (YYMMDD).</source>
        <translation>{field} {raw!r} не е календарски датум (ГГММДД).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="231" />
        <source>a {format} document code starts with {allowed}</source>
        <translation>ознаката на исправа {format} почнува со {allowed}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="232" />
        <source>V, AI and AC are not used as TD1/TD2 document codes</source>
        <translation>V, AI и AC не се користат како ознаки на исправи TD1/TD2</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="233" />
        <source>Document code {code!r}: {problems} (Doc 9303).</source>
        <translation>Ознака на исправата {code!r}: {problems} (Doc 9303).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="234" />
        <source>The MRZ has no surname.</source>
        <translation>Во MRZ нема презиме.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="235" />
        <source>The name fills the whole MRZ field and may have been truncated; compare it with the name printed on the document.</source>
        <translation>Името го пополнува целото поле во MRZ и можеби е скратено; споредете го со името отпечатено на исправата.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="236" />
        <source>The MRZ has no document number.</source>
        <translation>Во MRZ нема број на исправата.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="237" />
        <source>This format does not carry the date of expiry; read it on the document.</source>
        <translation>Овој формат не содржи датум на истекување; прочитајте го на исправата.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="238" />
        <source>The document expired on {date}.</source>
        <translation>Исправата истекла на {date}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="239" />
        <source>The date of birth is not before the date of expiry.</source>
        <translation>Датумот на раѓање не е пред датумот на истекување.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="240" />
        <source>Sex must be M, F or &lt;, not {raw!r}.</source>
        <translation>Полот мора да биде M, F или &lt;, а не {raw!r}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="241" />
        <source>The {what} code {raw!r} is not a three-letter code.</source>
        <translation>Ознаката за {what} {raw!r} не е трибуквена ознака.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="242" />
        <source>The {what} code {code} is not in Doc 9303-3 or ISO 3166-1.</source>
        <translation>Ознаката за {what} {code} ја нема ни во Doc 9303-3 ни во ISO 3166-1.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="243" />
        <source>Sex is printed as X; Doc 9303 writes an unspecified sex as &lt; in the MRZ.</source>
        <translation>Полот е отпечатен како X; според Doc 9303, неодреден пол во MRZ се запишува како &lt;.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="244" />
        <source>{field} holds characters not allowed there: {bad}</source>
        <translation>{field} содржи знаци што таму не се дозволени: {bad}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="245" />
        <source>The {what} code {code} has been withdrawn from ISO 3166-1.</source>
        <translation>Ознаката за {what} {code} е повлечена од ISO 3166-1.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="246" />
        <source>second optional data field</source>
        <translation>второ поле за изборни податоци</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="247" />
        <source>Fillers in the name were read as K and restored; names have no check digit, so compare the name with the one printed on the document.</source>
        <translation>Знаците за пополнување во името беа прочитани како K и се вратени; имињата немаат контролна цифра, затоа споредете го името со она отпечатено на исправата.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="248" />
        <source>The OCR read fillers as K; the K at the end of the {field} may be a letter or a filler, and check digits cannot tell them apart. {advice}</source>
        <translation>OCR ги прочита знаците за пополнување како K; K на крајот од полето „{field}“ може да биде буква или знак за пополнување, а контролните цифри не можат да ги разликуваат. {advice}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="249" />
        <source>The OCR read fillers as K and the name still contains K, which may be a letter or a space; read the name on the document.</source>
        <translation>OCR ги прочита знаците за пополнување како K, а името сè уште содржи K, кое може да биде буква или празно место; прочитајте го името на исправата.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="250" />
        <source>Input normalised: {what}.</source>
        <translation>Влезот е нормализиран: {what}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="251" />
        <source>{count} character(s) were chosen by the check digits among look-alike readings; a check digit misses about one such error in ten, so compare the repaired fields with the data printed on the document.</source>
        <translation>Контролните цифри избраа знаци меѓу слични читања (вкупно {count}); контролната цифра пропушта приближно една таква грешка од десет, затоа споредете ги поправените полиња со податоците отпечатени на исправата.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="252" />
        <source>{count} different corrections would make the check digits hold; none was applied. Read the MRZ on the document.</source>
        <translation>Различни поправки со кои контролните цифри би биле точни: {count}; ниедна не е применета. Прочитајте ја MRZ на исправата.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="253" />
        <source>spaces removed</source>
        <translation>отстранети празни места</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="254" />
        <source>lower case converted</source>
        <translation>малите букви претворени во големи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="255" />
        <source>Line {line} has a character too many or too few, and the check digits cannot tell where; read that line on the document.</source>
        <translation>Редот {line} има еден знак повеќе или помалку, а контролните цифри не можат да покажат каде; прочитајте го тој ред на исправата.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="256" />
        <source>Read the number on the document.</source>
        <translation>Прочитајте го бројот на исправата.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="257" />
        <source>Compare with the document.</source>
        <translation>Споредете со исправата.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="258" />
        <source>Visible light</source>
        <translation>Видлива светлина</translation>
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
        <translation>Неправилности</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="262" />
        <source>Inconclusive</source>
        <translation>Без заклучок</translation>
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
        <translation>Упатен на вештачење</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="266" />
        <source>Suspected fraud</source>
        <translation>Сомнеж за измама</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="267" />
        <source>Not decided</source>
        <translation>Неодлучено</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="268" />
        <source>No decision recorded</source>
        <translation>Нема запишана одлука</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="269" />
        <source>Genuine</source>
        <translation>Исправен</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="270" />
        <source>Counterfeit (a reproduction of the whole document)</source>
        <translation>Кривотворен (репродукција на целиот документ)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="271" />
        <source>Forgery (a genuine document altered)</source>
        <translation>Фалсификуван (изменет исправен документ)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="272" />
        <source>Pseudo or fantasy document</source>
        <translation>Псевдо или фантазиски документ</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="273" />
        <source>Genuine, fraudulently obtained</source>
        <translation>Исправен, прибавен со измама</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="274" />
        <source>Genuine, used by an impostor</source>
        <translation>Исправен, го користи лице што не е носител</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="275" />
        <source>Stolen blank</source>
        <translation>Украден празен образец</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="276" />
        <source>{band}. {reason}</source>
        <translation>{band}. {reason}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="277" />
        <source>Verifier — inspection report #{n}</source>
        <translation>Verifier — извештај од прегледот #{n}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="278" />
        <source>Report #{n}: personal data purged</source>
        <translation>Извештај #{n}: личните податоци се избришани</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="279" />
        <source>Purged on {date} at the end of the retention period. The non-personal statistics remain.</source>
        <translation>Избришано на {date} по истекот на рокот на чување. Статистичките податоци без лични податоци остануваат.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="280" />
        <source>Pass</source>
        <translation>Исправно</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="281" />
        <source>FAIL</source>
        <translation>НЕИСПРАВНО</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="282" />
        <source>Warning</source>
        <translation>Предупредување</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="283" />
        <source>Skipped</source>
        <translation>Прескокнато</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="284" />
        <source>Not checked</source>
        <translation>Не е проверено</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="296" />
        <source>Report #{seq} of {date}: {verdict}; {decision}; expert's classification: {kind}.</source>
        <translation>Извештај бр. {seq} од {date}: {verdict}; {decision}; класификација од стручњак: {kind}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="297" />
        <source>Report #{seq} of {date}: {verdict}; {decision}.</source>
        <translation>Извештај бр. {seq} од {date}: {verdict}; {decision}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="285" />
        <source>{title}: from {hub}, {issued}, in force until {expires}.</source>
        <translation>{title}: издадено од {hub}, {issued}, во сила до {expires}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="286" />
        <source>Look for: {what}</source>
        <translation>Обрнете внимание на: {what}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="287" />
        <source>not identified</source>
        <translation>не е препознаена</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="288" />
        <source>Portrait in the chip</source>
        <translation>Портрет во чипот</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="289" />
        <source>No bearer photo was compared.</source>
        <translation>Не е споредена фотографија на носителот.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="290" />
        <source>Match</source>
        <translation>Се совпаѓа</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="291" />
        <source>Uncertain</source>
        <translation>Несигурно</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="292" />
        <source>No match</source>
        <translation>Не се совпаѓа</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="293" />
        <source>{percent}% similar: {band}. {reason}</source>
        <translation>Сличност {percent}%: {band}. {reason}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="294" />
        <source>— (command line)</source>
        <translation>— (командна линија)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="295" />
        <source>Addendum #{n}</source>
        <translation>Додаток #{n}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="298" />
        <source>The document was not identified: this alert concerns the design {template} of the same issuing state and document type.</source>
        <translation>Документот не е идентификуван: ова предупредување се однесува на обрасецот {template} од истата држава издавач и вид на документ.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="299" />
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="300" />
        <source>Document code</source>
        <translation>Ознака на исправата</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="301" />
        <source>Issuing state</source>
        <translation>Држава издавач</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="302" />
        <source>Document number</source>
        <translation>Број на исправата</translation>
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
        <translation>Државјанство</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="148" />
        <source>Date of birth</source>
        <translation>Датум на раѓање</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="306" />
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="307" />
        <source>Date of expiry</source>
        <translation>Датум на истекување</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="308" />
        <source>Report</source>
        <translation>Извештај</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="309" />
        <source>Created</source>
        <translation>Создаден</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="310" />
        <source>Officer</source>
        <translation>Службеник</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="311" />
        <source>Workstation</source>
        <translation>Работна станица</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="312" />
        <source>Decision</source>
        <translation>Одлука</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="313" />
        <source>Portrait on the document</source>
        <translation>Портрет на исправата</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="314" />
        <source>Bearer photo</source>
        <translation>Фотографија на носителот</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="315" />
        <source>Report hash (SHA-256)</source>
        <translation>Хеш на извештајот (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="316" />
        <source>Signed by key</source>
        <translation>Потпишан со клучот</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="317" />
        <source>Signature (Ed25519)</source>
        <translation>Потпис (Ed25519)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="319" />
        <source>No bearer photo</source>
        <translation>Нема фотографија на носителот</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="322" />
        <source>Decision corrected to: {decision}.</source>
        <translation>Одлуката е исправена во: {decision}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="324" />
        <source>The machine verdict reports what the checks found; the officer decides.</source>
        <translation>Машинскиот наод покажува што утврдиле проверките; одлучува службеникот.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="325" />
        <source>Document</source>
        <translation>Исправа</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="326" />
        <source>Captures (failed features outlined and numbered)</source>
        <translation>Снимки (неуспешните елементи се означени со рамка и нумерирани)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="327" />
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="329" />
        <source>No portrait</source>
        <translation>Нема портрет</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="331" />
        <source>Signature</source>
        <translation>Потпис</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="332" />
        <source>purged with the report</source>
        <translation>избришано заедно со извештајот</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="333" />
        <source>Captures</source>
        <translation>Снимки</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="338" />
        <source>Notes</source>
        <translation>Белешки</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="339" />
        <source>Addenda</source>
        <translation>Додатоци</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="330" />
        <source>Bearer</source>
        <translation>Носител</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="334" />
        <source>Result</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="6" />
        <source>The MRZ's check digits do not hold: correct the MRZ before reading the chip (a wrong key makes the chip refuse, and some chips count refusals).</source>
        <translation>Контролните цифри на MRZ не се точни: поправете го MRZ пред читањето на чипот (погрешен клуч чипот го одбива, а некои чипови ги бројат одбивањата).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="7" />
        <source>A CAN is the 6-digit number printed on the card (digits only).</source>
        <translation>CAN е шестцифрениот број отпечатен на картичката (само цифри).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="8" />
        <source>The MRZ given is not two or three MRZ lines of Doc 9303.</source>
        <translation>Внесениот MRZ не се два или три MRZ реда според Doc 9303.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="9" />
        <source>expired</source>
        <translation>истечен</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="10" />
        <source>not yet valid</source>
        <translation>сè уште не важи</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="11" />
        <source>The SOD's signature does not hold: {why}.</source>
        <translation>Потписот на SOD не е исправен: {why}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="12" />
        <source>The SOD uses an unknown hash ({name}).</source>
        <translation>SOD користи непознат хеш ({name}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="13" />
        <source>The Document Signer certificate is {problem} (valid {start} to {end}).</source>
        <translation>Сертификатот Document Signer е {problem} (важи од {start} до {end}).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="14" />
        <source>The Document Signer certificate is not for digital signatures.</source>
        <translation>Сертификатот Document Signer не е за дигитални потписи.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="15" />
        <source>No CSCA in this workstation's trust store issued the Document Signer certificate ({issuer}): import that State's CSCA or a master list that holds it.</source>
        <translation>Ниеден CSCA во складиштето на доверба на оваа работна станица не го издал сертификатот Document Signer ({issuer}): увезете го CSCA на таа држава или главна листа што го содржи.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="16" />
        <source>The CSCA certificate that issued the Document Signer is {problem}.</source>
        <translation>CSCA сертификатот што го издал Document Signer е {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="17" />
        <source>The Document Signer certificate is revoked by its CSCA's CRL.</source>
        <translation>Сертификатот Document Signer е отповикан со листата за отповикување (CRL) на неговиот CSCA.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="18" />
        <source>DG{number} was read but the SOD does not list it.</source>
        <translation>DG{number} е прочитан, но SOD не го наведува.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="19" />
        <source>DG{number} does not match its hash in the SOD: its data was changed after the issuing State signed it.</source>
        <translation>DG{number} не одговара на својот хеш во SOD: неговите податоци се изменети откако државата издавач ги потпишала.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="20" />
        <source>The Document Signer certificate cannot be used: {why}</source>
        <translation>Сертификатот Document Signer не може да се користи: {why}</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="21" />
        <source>Chip reading needs PC/SC support, which is not installed here: install the 'chip' extra (pip install 'verifier[chip]') with Debian's pcscd running.</source>
        <translation>За читање на чипот потребна е поддршка за PC/SC, која овде не е инсталирана: инсталирајте го додатокот 'chip' (pip install 'verifier[chip]') со вклучен pcscd од Debian.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="22" />
        <source>The PC/SC service does not answer ({error}): start pcscd (systemctl start pcscd) and connect the reader.</source>
        <translation>Услугата PC/SC не одговара ({error}): вклучете го pcscd (systemctl start pcscd) и приклучете го читачот.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="23" />
        <source>No chip reader is connected: connect one and try again.</source>
        <translation>Не е приклучен ниеден читач на чипови: приклучете еден и обидете се повторно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="24" />
        <source>No reader is called {name}; connected: {names}.</source>
        <translation>Нема читач со име {name}; приклучени: {names}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="25" />
        <source>The reader {name} sees no chip ({error}): put the document's data page (or cover) flat on the reader.</source>
        <translation>Читачот {name} не гледа чип ({error}): ставете ја страницата со податоци (или корицата) на документот рамно на читачот.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="26" />
        <source>The chip stopped answering ({error}): keep the document still on the reader and read it again.</source>
        <translation>Чипот престана да одговара ({error}): држете го документот мирно на читачот и прочитајте повторно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="57" />
        <source>Chip Authentication</source>
        <translation>автентикација на чипот</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="58" />
        <source>Active Authentication</source>
        <translation>активна автентикација</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="63" />
        <source>The chip does not give {groups}, which its signed data lists: a copied chip hides the keys it cannot prove it holds.</source>
        <translation>Чипот не ги дава {groups}, што ги наведуваат неговите потпишани податоци: копиран чип ги крие клучевите за кои не може да докаже дека ги има.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="75" />
        <source>DG{number} is listed in the SOD but the chip did not give it.</source>
        <translation>DG{number} е наведен во SOD, но чипот не го даде.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="76" />
        <source>The chip refused the key from the printed MRZ: the MRZ was misread, or altered, or the chip is not this document's.</source>
        <translation>Чипот го одби клучот од отпечатениот MRZ: MRZ е погрешно прочитан или изменет, или чипот не припаѓа на овој документ.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="318" />
        <source>Seen before on this workstation</source>
        <translation>Веќе виден на оваа работна станица</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="320" />
        <source>It concerns the numbers {numbers}.</source>
        <translation>Се однесува на броевите {numbers}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="321" />
        <source>It concerns the numbers {numbers}; this document's number was not read: compare it by eye.</source>
        <translation>Се однесува на броевите {numbers}; бројот на овој документ не е прочитан: споредете го со око.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="323" />
        <source>Expert's classification: {kind}.</source>
        <translation>Класификација од стручњак: {kind}.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="328" />
        <source>Fraud alerts shown</source>
        <translation>Прикажани предупредувања за фалсификати</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="335" />
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="336" />
        <source>Details</source>
        <translation>Детали</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="337" />
        <source>Chip</source>
        <translation>Чип</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="340" />
        <source>Not examined</source>
        <translation>Не е прегледано</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="341" />
        <source>Checks that did not pass</source>
        <translation>Проверки што не поминаа</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="342" />
        <source>Report to the duty officer; do not return the document. A hit is a reason to check, not a proof: confirm it with the issuing authority.</source>
        <translation>Известете го дежурниот старешина; не го враќајте документот. Погодок е причина за проверка, а не доказ: потврдете го кај органот што го издал документот.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="343" />
        <source>Utopia identity card, 2021 series</source>
        <translation>Лична карта на Утопија, серија 2021</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="344" />
        <source>Front and back are captured side by side.</source>
        <translation>Предната и задната страна се снимаат една до друга.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="345" />
        <source>Card number in red ink: orange under UV, dark in IR.</source>
        <translation>Број на картата со црвено мастило: портокалов под UV, темен во IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="346" />
        <source>UV: dull card body, a pink star emblem at top right of the front, red and yellow fibres.</source>
        <translation>UV: мат тело на картата, розов амблем во облик на ѕвезда горе десно на предната страна, црвени и жолти влакна.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="347" />
        <source>What to look at:</source>
        <translation>На што да обрнете внимание:</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="348" />
        <source>Under UV the paper stays dark: genuine paper has no brighteners.</source>
        <translation>Под UV хартијата останува темна: вистинската хартија нема оптички белила.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="349" />
        <source>A star emblem glows under UV.</source>
        <translation>Амблем во облик на ѕвезда свети под UV.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="350" />
        <source>Emblem in UV (front)</source>
        <translation>Амблем во UV (предна страна)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="351" />
        <source>Fluorescent fibres at random positions, in the design's colours only.</source>
        <translation>Флуоресцентни влакна на случајни места, само во боите на дизајнот.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="352" />
        <source>Fibres in UV</source>
        <translation>Влакна во UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="353" />
        <source>The document number is printed in an ink glowing orange under UV.</source>
        <translation>Бројот на исправата е отпечатен со мастило што свети портокалово под UV.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="354" />
        <source>Number ink in UV</source>
        <translation>Мастило на бројот во UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="355" />
        <source>Every MRZ line absorbs in B900: dark in IR (Doc 9303-3 §4.10).</source>
        <translation>Секој ред на MRZ апсорбира во B900: темен е во IR (Doc 9303-3 §4.10).</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="356" />
        <source>The laser-engraved portrait is visible in IR.</source>
        <translation>Ласерски гравираниот портрет е видлив во IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="357" />
        <source>Portrait in IR (front)</source>
        <translation>Портрет во IR (предна страна)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="358" />
        <source>Fine blue waves cross the lower right corner of the portrait.</source>
        <translation>Фини сини бранови линии го преминуваат долниот десен агол на портретот.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="359" />
        <source>Portrait overprint (front)</source>
        <translation>Надтисок на портретот (предна страна)</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="360" />
        <source>The printed header and background vanish in IR.</source>
        <translation>Отпечатеното заглавие и позадината исчезнуваат во IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="361" />
        <source>Background vanishing in IR</source>
        <translation>Позадина што исчезнува во IR</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="362" />
        <source>Header band and guilloche background as on the reference.</source>
        <translation>Лента на заглавието и гилош-позадина како на референцата.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="363" />
        <source>Background and guilloche</source>
        <translation>Позадина и гилош</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="364" />
        <source>Utopia identity card, 2024 series</source>
        <translation>Лична карта на Утопија, серија 2024</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="365" />
        <source>Full-bleed photographic landscape behind the data on both sides; portrait at the right.</source>
        <translation>Фотографски пејзаж преку целата површина зад податоците на двете страни; портрет десно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="366" />
        <source>UV: dull card body, a blue star emblem between data and portrait, pink and green fibres.</source>
        <translation>UV: мат тело на картата, син амблем во облик на ѕвезда меѓу податоците и портретот, розови и зелени влакна.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="367" />
        <source>Utopia passport, 2010 series</source>
        <translation>Пасош на Утопија, серија 2010</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="368" />
        <source>Portrait at the right, printed in grey: visible in IR.</source>
        <translation>Портрет десно, отпечатен во сиво: видлив во IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="369" />
        <source>UV: dull paper; a blue shield emblem in the middle; blue and yellow fibres.</source>
        <translation>UV: мат хартија; син амблем во облик на штит во средината; сини и жолти влакна.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="370" />
        <source>Look-alike of the 2020 series: tell them apart by the portrait side and colours.</source>
        <translation>Наликува на серијата 2020: разликувајте ги според страната на портретот и според боите.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="371" />
        <source>A shield emblem glows under UV.</source>
        <translation>Амблем во облик на штит свети под UV.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="372" />
        <source>Emblem in UV</source>
        <translation>Амблем во UV</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="373" />
        <source>Portrait in IR</source>
        <translation>Портрет во IR</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="374" />
        <source>Portrait overprint</source>
        <translation>Надтисок на портретот</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="375" />
        <source>Utopia passport, 2020 series</source>
        <translation>Пасош на Утопија, серија 2020</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="376" />
        <source>Portrait laser-engraved in grey: visible in IR, with a fine wavy overprint crossing its lower right corner.</source>
        <translation>Портрет ласерски гравиран во сиво: видлив во IR, со фин брановиден надтисок преку неговиот долен десен агол.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="377" />
        <source>Passport number printed in red ink that fluoresces orange under UV and stays dark in IR.</source>
        <translation>Број на пасошот отпечатен со црвено мастило што свети портокалово под UV и останува темно во IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="378" />
        <source>UV: dull paper; a yellow-green star emblem right of the data; red, blue and yellow-green fibres at random positions.</source>
        <translation>UV: мат хартија; жолтозелен амблем во облик на ѕвезда десно од податоците; црвени, сини и жолтозелени влакна на случајни места.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="379" />
        <source>Ghost image of the portrait at the right, faint in visible light.</source>
        <translation>Слика-дух на портретот десно, бледа во видлива светлина.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="380" />
        <source>Utopia passport, 2024 series</source>
        <translation>Пасош на Утопија, серија 2024</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="381" />
        <source>Rosette background in apricot and teal; portrait at the right with a ghost image left of it; passport number in teal ink that glows cyan under UV.</source>
        <translation>Позадина со розети во боја на кајсија и синозелена боја; портрет десно со слика-дух лево од него; број на пасошот со синозелено мастило што свети цијан под UV.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="382" />
        <source>UV: dull paper, an orange shield emblem above the ghost image, green and orange fibres.</source>
        <translation>UV: мат хартија, портокалов амблем во облик на штит над сликата-дух, зелени и портокалови влакна.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="383" />
        <source>Utopia residence permit, 2019 series</source>
        <translation>Дозвола за престој на Утопија, серија 2019</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="384" />
        <source>Visible digital seal (Doc 9303-13, Utopia residence-permit profile) at top right.</source>
        <translation>Видлив дигитален печат (Doc 9303-13, профил за дозвола за престој на Утопија) горе десно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="385" />
        <source>UV: dull paper, a yellow shield emblem below the portrait, red and blue fibres.</source>
        <translation>UV: мат хартија, жолт амблем во облик на штит под портретот, црвени и сини влакна.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="386" />
        <source>Utopia visa, 2022 series</source>
        <translation>Виза на Утопија, серија 2022</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="387" />
        <source>Visible digital seal (Doc 9303-7 §9 visa profile) at top right.</source>
        <translation>Видлив дигитален печат (Doc 9303-7 §9, профил за виза) горе десно.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="388" />
        <source>Visa number in red ink: orange under UV, dark in IR.</source>
        <translation>Број на визата со црвено мастило: портокалов под UV, темен во IR.</translation>
    </message>
    <message>
        <location filename="../../build/texts_for_lupdate.py" line="389" />
        <source>UV: dull sticker, a mint star emblem below the portrait, three fibre colours.</source>
        <translation>UV: мат налепница, амблем во облик на ѕвезда во боја на нане под портретот, влакна во три бои.</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../verifier/gui/fraudalerts.py" line="51" />
        <source>visible light</source>
        <translation>видлива светлина</translation>
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
        <translation>Влезен тест</translation>
    </message>
    <message>
        <location filename="../../verifier/gui/dialogs.py" line="30" />
        <source>Post-test</source>
        <translation>Излезен тест</translation>
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
        <translation>Висок контраст</translation>
    </message>
</context>
</TS>