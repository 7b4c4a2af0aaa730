<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Re&amp;ject…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Requests waiting for approval</source>
        <translation>Anfragen, die auf Genehmigung warten</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gestellt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Approve the selected request of another member of the team</source>
        <translation>Die gewählte Anfrage eines anderen Teammitglieds genehmigen</translation>
    </message>
    <message>
        <source>Reject the selected request, saying why</source>
        <translation>Die gewählte Anfrage ablehnen, mit Begründung</translation>
    </message>
    <message>
        <source>Issue your selected request, now that it is approved</source>
        <translation>Ihre gewählte Anfrage ausstellen, nun da sie genehmigt ist</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No request is waiting. Where the team requires it, a production request waits here for a second person.</source>
        <translation>Keine Anfrage wartet. Wo das Team es verlangt, wartet eine Produktionsanfrage hier auf eine zweite Person.</translation>
    </message>
    <message>
        <source>Waiting for your decision: %1. Your own requests are issued here once another member approved them.</source>
        <translation>Warten auf Ihre Entscheidung: %1. Ihre eigenen Anfragen stellen Sie hier aus, sobald ein anderes Mitglied sie genehmigt hat.</translation>
    </message>
    <message>
        <source>The team&apos;s requests could not be read: %1</source>
        <translation>Die Anfragen des Teams konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Request %1 was not approved: %2</source>
        <translation>Anfrage %1 wurde nicht genehmigt: %2</translation>
    </message>
    <message>
        <source>Request %1 approved; its maker may issue it now.</source>
        <translation>Anfrage %1 genehmigt; wer sie gestellt hat, kann sie jetzt ausstellen.</translation>
    </message>
    <message>
        <source>Say why request %1 is rejected: its maker reads it, and so does the auditor.</source>
        <translation>Sagen Sie, warum Anfrage %1 abgelehnt wird: Wer sie gestellt hat, liest es, und die Prüfer auch.</translation>
    </message>
    <message>
        <source>Request %1 was not rejected: %2</source>
        <translation>Anfrage %1 wurde nicht abgelehnt: %2</translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation>Anfrage %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Request %1 from %2: %3 for %4 to %5.</source>
        <translation>Anfrage %1 von %2: %3 für %4 an %5.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Approve request %1</source>
        <translation>Anfrage %1 genehmigen</translation>
    </message>
    <message>
        <source>Reject request %1</source>
        <translation>Anfrage %1 ablehnen</translation>
    </message>
    <message>
        <source>A note for the record (optional):</source>
        <translation>Eine Notiz für den Verlauf (optional):</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>Warum wird sie abgelehnt?</translation>
    </message>
    <message>
        <source>Request %1 from %2 waits for your approval.</source>
        <translation>Anfrage %1 von %2 wartet auf Ihre Genehmigung.</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>Geneh&amp;migen…</translation>
    </message>
    <message>
        <source>Iss&amp;ue approved</source>
        <translation>Genehmigte a&amp;usstellen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>The team&apos;s database cannot tell this console of new requests: use Reload.</source>
        <translation>Die Datenbank des Teams kann diese Konsole nicht über neue Anfragen benachrichtigen: Verwenden Sie „Neu laden“.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Issue a batch</source>
        <translation>Stapel ausstellen</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <source>A CSV whose first line names the columns, like applicantId</source>
        <translation>Eine CSV, deren erste Zeile die Spalten benennt, etwa applicantId</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV-&amp;Datei:</translation>
    </message>
    <message>
        <source>The batch&apos;s CSV</source>
        <translation>Die CSV des Stapels</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>What follows applies to the rows whose CSV has no column for it.</source>
        <translation>Das Folgende gilt für die Zeilen, deren CSV keine Spalte dafür hat.</translation>
    </message>
    <message>
        <source>for the rows without a %1 column</source>
        <translation>für die Zeilen ohne Spalte %1</translation>
    </message>
    <message>
        <source>the ticket or reason, kept with every row</source>
        <translation>das Ticket oder der Grund, bei jeder Zeile festgehalten</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Check the CSV</source>
        <translation>CSV &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Release the &amp;next wave</source>
        <translation>Nächste Welle &amp;freigeben</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>What is wrong, and what to do</source>
        <translation>Was falsch ist und was zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;message</source>
        <translation>Als &amp;Nachricht kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;all as CSV</source>
        <translation>&amp;Alle als CSV kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose the CSV and what its rows share, then check it. Nothing is sent before you start.</source>
        <translation>Wählen Sie die CSV und was ihre Zeilen gemeinsam haben, dann prüfen Sie sie. Vor dem Start wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Choose the CSV file first.</source>
        <translation>Wählen Sie zuerst die CSV-Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready for %1 with the profile &quot;%2&quot;.</source>
        <translation>
            <numerusform>%n Zeile bereit für %1 mit dem Profil „%2“.</numerusform>
            <numerusform>%n Zeilen bereit für %1 mit dem Profil „%2“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume batch %1 of %2: %3 of %4 rows were issued, %5 are in doubt; only the others are sent</source>
        <translation>Stapel %1 vom %2 fortsetzen: %3 von %4 Zeilen wurden ausgestellt, %5 sind ungewiss; nur die übrigen werden gesendet</translation>
    </message>
    <message>
        <source>Sending them at %1 (the provider&apos;s limit) takes about %2.</source>
        <translation>Sie mit %1 (dem Limit des Anbieters) zu senden, dauert etwa %2.</translation>
    </message>
    <message>
        <source>That is longer than the tokens live (%1): the first would expire before the last are issued.</source>
        <translation>Das ist länger, als die Token gelten (%1): Die ersten liefen ab, bevor die letzten ausgestellt sind.</translation>
    </message>
    <message>
        <source>Issue in waves of %1 rows, each released by you once the one before is handed over</source>
        <translation>In Wellen von %1 Zeilen ausstellen, jede von Ihnen freigegeben, sobald die vorige übergeben ist</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the CSV; nothing was sent. Correct them and check again.</source>
        <translation>
            <numerusform>%n Problem in der CSV; nichts wurde gesendet. Beheben Sie es und prüfen Sie erneut.</numerusform>
            <numerusform>%n Probleme in der CSV; nichts wurde gesendet. Beheben Sie sie und prüfen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue the CSV again?</source>
        <translation>Die CSV erneut ausstellen?</translation>
    </message>
    <message>
        <source>This CSV was sent before as batch %1. Issue every row again, as a new batch?</source>
        <translation>Diese CSV wurde schon als Stapel %1 gesendet. Jede Zeile erneut ausstellen, als neuen Stapel?</translation>
    </message>
    <message>
        <source>Wave %1 of %2 is issued. Hand its tokens over, then release the next.</source>
        <translation>Welle %1 von %2 ist ausgestellt. Übergeben Sie ihre Token, dann geben Sie die nächste frei.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n row(s), with the profile &quot;%2&quot;. Every row is recorded in the history with the batch&apos;s ID.</source>
        <translation>
            <numerusform>Stapel %1: %n Zeile, mit dem Profil „%2“. Jede Zeile wird mit der ID des Stapels im Verlauf festgehalten.</numerusform>
            <numerusform>Stapel %1: %n Zeilen, mit dem Profil „%2“. Jede Zeile wird mit der ID des Stapels im Verlauf festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 issued, %2 failed, %3 in doubt</source>
        <translation>%1 ausgestellt, %2 fehlgeschlagen, %3 ungewiss</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>wave %1 of %2</source>
        <translation>Welle %1 von %2</translation>
    </message>
    <message>
        <source>The batch stopped: %1</source>
        <translation>Der Stapel hat angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not sent. Check the CSV again to resume batch %1: nothing issued is sent again.</source>
        <translation>
            <numerusform>%n Zeile nicht gesendet. Prüfen Sie die CSV erneut, um Stapel %1 fortzusetzen: Nichts Ausgestelltes wird erneut gesendet.</numerusform>
            <numerusform>%n Zeilen nicht gesendet. Prüfen Sie die CSV erneut, um Stapel %1 fortzusetzen: Nichts Ausgestelltes wird erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Start: issue %n token(s)</source>
        <translation>
            <numerusform>&amp;Starten: %n Token ausstellen</numerusform>
            <numerusform>&amp;Starten: %n Token ausstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the batch?</source>
        <translation>Den Stapel anhalten?</translation>
    </message>
    <message>
        <source>The batch is still running. Stop it? The rows in flight finish and are recorded; the rest can be resumed later from the same CSV.</source>
        <translation>Der Stapel läuft noch. Anhalten? Die gesendeten Zeilen werden beendet und festgehalten; den Rest können Sie später mit derselben CSV fortsetzen.</translation>
    </message>
    <message numerus="yes">
        <source>Also send the %n row(s) in doubt again: I checked in the dashboard that they were not issued</source>
        <translation>
            <numerusform>Auch die %n ungewisse Zeile erneut senden: Ich habe im Dashboard geprüft, dass sie nicht ausgestellt wurde</numerusform>
            <numerusform>Auch die %n ungewissen Zeilen erneut senden: Ich habe im Dashboard geprüft, dass sie nicht ausgestellt wurden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>Waiting (the provider asked to slow down)</source>
        <translation>Wartet (der Anbieter bat um Verlangsamung)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Issued before</source>
        <translation>Schon ausgestellt</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>In doubt (before): check it in the dashboard</source>
        <translation>Ungewiss (früher): im Dashboard prüfen</translation>
    </message>
    <message>
        <source>In doubt: %1 Check it in the dashboard; it is not sent again.</source>
        <translation>Ungewiss: %1 Prüfen Sie es im Dashboard; die Zeile wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
</context>
<context>
    <name>ComplyCubeSdkForm</name>
    <message>
        <source>ComplyCube SDK token</source>
        <translation>ComplyCube-SDK-Token</translation>
    </message>
    <message>
        <source>A token for ComplyCube&apos;s Web or mobile SDK, bound to one client, valid 60 minutes.</source>
        <translation>Ein Token für das Web- oder Mobile-SDK von ComplyCube, an einen Client gebunden, 60 Minuten gültig.</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The ComplyCube client the SDK will verify.</source>
        <translation>Der ComplyCube-Client, den das SDK prüfen wird.</translation>
    </message>
    <message>
        <source>e.g. 5eb04fcd0f3e360008035eb1</source>
        <translation>z. B. 5eb04fcd0f3e360008035eb1</translation>
    </message>
    <message>
        <source>SDK:</source>
        <translation>SDK:</translation>
    </message>
    <message>
        <source>&amp;Web SDK (referrer)</source>
        <translation>&amp;Web-SDK (Referrer)</translation>
    </message>
    <message>
        <source>Web SDK</source>
        <translation>Web-SDK</translation>
    </message>
    <message>
        <source>&amp;Mobile SDK (app ID)</source>
        <translation>&amp;Mobile-SDK (App-ID)</translation>
    </message>
    <message>
        <source>Mobile SDK</source>
        <translation>Mobile-SDK</translation>
    </message>
    <message>
        <source>&amp;Referrer:</source>
        <translation>&amp;Referrer:</translation>
    </message>
    <message>
        <source>Referrer pattern</source>
        <translation>Referrer-Muster</translation>
    </message>
    <message>
        <source>The web pages the Web SDK may run on, as a Chrome match pattern.</source>
        <translation>Die Webseiten, auf denen das Web-SDK laufen darf, als Chrome-Match-Pattern.</translation>
    </message>
    <message>
        <source>e.g. https://*.example.com/*</source>
        <translation>z. B. https://*.example.com/*</translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation>&amp;App-ID:</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>The iOS bundle ID or Android application ID.</source>
        <translation>Die iOS-Bundle-ID oder Android-Application-ID.</translation>
    </message>
    <message>
        <source>e.g. com.example.app</source>
        <translation>z. B. com.example.app</translation>
    </message>
    <message>
        <source>&amp;Issue token</source>
        <translation>Token au&amp;sstellen</translation>
    </message>
    <message>
        <source>Issue ComplyCube SDK token</source>
        <translation>ComplyCube-SDK-Token ausstellen</translation>
    </message>
    <message>
        <source>Issue the token (Ctrl+Return)</source>
        <translation>Token ausstellen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>ComplyCube SDK</source>
        <translation>ComplyCube-SDK</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Demo mode could not open a local port.</source>
        <translation>Der Demo-Modus konnte keinen lokalen Port öffnen.</translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation>aus der Umgebung</translation>
    </message>
    <message>
        <source>No accounts yet. Add a profile with Profiles…, or explore the console in demo mode, with no account.</source>
        <translation>Noch kein Konto. Legen Sie unter „Profile…“ ein Profil an, oder lernen Sie die Konsole im Demo-Modus kennen, ganz ohne Konto.</translation>
    </message>
    <message>
        <source>Explore in &amp;demo mode</source>
        <translation>Im &amp;Demo-Modus ausprobieren</translation>
    </message>
    <message>
        <source>The history cannot be written, so nothing is issued: %1</source>
        <translation>Der Verlauf kann nicht geschrieben werden, daher wird nichts ausgestellt: %1</translation>
    </message>
    <message>
        <source>The history was damaged. It was moved to %1 and a new one started; nothing was deleted.</source>
        <translation>Der Verlauf war beschädigt. Er wurde nach %1 verschoben und ein neuer begonnen; nichts wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>DemoMode</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>HTTP %1 %2 %3</source>
        <translation>HTTP %1 %2 %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>ausgestellt</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Attempt %1 was sent, but its outcome was never recorded (the program ended first, or the history could not be written). The provider may have issued a token.</source>
        <translation>Versuch %1 wurde gesendet, sein Ergebnis aber nie aufgezeichnet (das Programm endete vorher, oder der Verlauf konnte nicht geschrieben werden). Der Anbieter hat womöglich ein Token ausgestellt.</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <source>Find in history</source>
        <translation>Im Verlauf suchen</translation>
    </message>
    <message>
        <source>Part of an applicant, partner, correlation ID or reason, in any case.</source>
        <translation>Ein Teil von Antragsteller, Partner, Korrelations-ID oder Grund, Groß- und Kleinschreibung egal.</translation>
    </message>
    <message>
        <source>applicant, partner, correlation ID or reason (Ctrl+F)</source>
        <translation>Antragsteller, Partner, Korrelations-ID oder Grund (Strg+F)</translation>
    </message>
    <message>
        <source>Provider and operation</source>
        <translation>Anbieter und Vorgang</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Daten…</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>The first day shown, in local time.</source>
        <translation>Der erste angezeigte Tag, in Ortszeit.</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>The last day shown, included, in local time.</source>
        <translation>Der letzte angezeigte Tag, einschließlich, in Ortszeit.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the rows shown</source>
        <translation>Die angezeigten Zeilen exportieren</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: alle</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The history was not exported: %1</source>
        <translation>Der Verlauf wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>&amp;Token kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;correlation ID</source>
        <translation>&amp;Korrelations-ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Issue again</source>
        <translation>&amp;Erneut ausstellen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KYC Share Console</source>
        <translation>KYC Share Console</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The account this operation issues with</source>
        <translation>Das Konto, mit dem dieser Vorgang ausstellt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Operation</source>
        <translation>&amp;Vorgang</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Add, edit or remove the accounts tokens are issued with</source>
        <translation>Die Konten hinzufügen, bearbeiten oder entfernen, mit denen Token ausgestellt werden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the issued token; the clipboard is cleared again after a while</source>
        <translation>Das ausgestellte Token kopieren; die Zwischenablage wird nach einer Weile wieder geleert</translation>
    </message>
    <message>
        <source>Copy as &amp;message</source>
        <translation>Als &amp;Nachricht kopieren</translation>
    </message>
    <message>
        <source>Copy a short message for the partner with the token in it</source>
        <translation>Eine kurze Nachricht für den Partner mit dem Token kopieren</translation>
    </message>
    <message>
        <source>&amp;Find in history</source>
        <translation>Im Verlauf &amp;suchen</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Den Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The clipboard clear time, the production question and the message text</source>
        <translation>Die Zeit bis zum Leeren der Zwischenablage, die Rückfrage für Produktion und der Nachrichtentext</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Ausstellen</translation>
    </message>
    <message>
        <source>Issue with the operation and profile in front</source>
        <translation>Mit dem angezeigten Vorgang und Profil ausstellen</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>Anfrage a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the provider</source>
        <translation>Nicht länger auf den Anbieter warten</translation>
    </message>
    <message>
        <source>&amp;About KYC Share Console</source>
        <translation>&amp;Über KYC Share Console</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 s.</source>
        <translation>Kopiert. Die Zwischenablage wird in %1 s geleert.</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage geleert.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>This console does not know the operation &quot;%1&quot;.</source>
        <translation>Diese Konsole kennt den Vorgang „%1“ nicht.</translation>
    </message>
    <message>
        <source>Filled in from the history. Check it, then issue with Ctrl+Return.</source>
        <translation>Aus dem Verlauf ausgefüllt. Prüfen Sie es, dann stellen Sie mit Strg+Eingabe aus.</translation>
    </message>
    <message>
        <source>Filled in from the history. Its profile &quot;%1&quot; no longer exists: check the profile, then issue with Ctrl+Return.</source>
        <translation>Aus dem Verlauf ausgefüllt. Sein Profil „%1“ gibt es nicht mehr: Prüfen Sie das Profil, dann stellen Sie mit Strg+Eingabe aus.</translation>
    </message>
    <message>
        <source>The refresh token was not kept: %1</source>
        <translation>Das Refresh-Token wurde nicht aufbewahrt: %1</translation>
    </message>
    <message>
        <source>Demo mode: tokens come from the built-in emulator. They are not real and work nowhere else.</source>
        <translation>Demo-Modus: Die Token kommen vom eingebauten Emulator. Sie sind nicht echt und funktionieren nirgendwo sonst.</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Issue on PRODUCTION</source>
        <translation>In PRODUKTION ausstellen</translation>
    </message>
    <message>
        <source>This issues a real %1 with the production profile &quot;%2&quot;. Go ahead?</source>
        <translation>Damit wird ein echtes %1 mit dem Produktionsprofil „%2“ ausgestellt. Fortfahren?</translation>
    </message>
    <message>
        <source>&amp;Issue on production</source>
        <translation>In Produktion &amp;ausstellen</translation>
    </message>
    <message>
        <source>Nothing was issued.</source>
        <translation>Es wurde nichts ausgestellt.</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Wird ausgestellt…</translation>
    </message>
    <message>
        <source>About KYC Share Console</source>
        <translation>Über KYC Share Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;KYC Share Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Issues KYC share tokens by hand: Sumsub share tokens for Reusable KYC, Sumsub ID Connect and Sumsub ID share tokens, and ComplyCube SDK tokens.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;KYC Share Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Stellt KYC-Share-Token von Hand aus: Sumsub-Share-Token für Reusable KYC, Sumsub-ID-Connect- und Sumsub-ID-Share-Token sowie ComplyCube-SDK-Token.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Ve&amp;rlauf</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Re-compute the history&apos;s hash chain and say whether any record was changed or removed</source>
        <translation>Die Hash-Kette des Verlaufs neu berechnen und sagen, ob ein Eintrag geändert oder entfernt wurde</translation>
    </message>
    <message>
        <source>Verify the history</source>
        <translation>Verlauf prüfen</translation>
    </message>
    <message>
        <source>No history is open, so there is nothing to verify.</source>
        <translation>Es ist kein Verlauf geöffnet, es gibt also nichts zu prüfen.</translation>
    </message>
    <message>
        <source>The history is intact: none of its %1 records was changed, removed, inserted or reordered since it was written.</source>
        <translation>Der Verlauf ist unversehrt: Keiner seiner %1 Einträge wurde seit dem Schreiben geändert, entfernt, eingefügt oder umgeordnet.</translation>
    </message>
    <message>
        <source>Its checkpoint is below. Keep it somewhere the history&apos;s writers cannot change (a ticket, an e-mail): a later verification against it also proves that no records were cut off the end and that the chain was not rebuilt.

%1</source>
        <translation>Sein Prüfpunkt steht unten. Bewahren Sie ihn dort auf, wo die Schreiber des Verlaufs ihn nicht ändern können (ein Ticket, eine E-Mail): Eine spätere Prüfung dagegen beweist auch, dass am Ende keine Einträge abgeschnitten und die Kette nicht neu aufgebaut wurde.

%1</translation>
    </message>
    <message>
        <source>The history FAILED verification: it was changed outside the console.</source>
        <translation>Der Verlauf hat die Prüfung NICHT bestanden: Er wurde außerhalb der Konsole geändert.</translation>
    </message>
    <message>
        <source>Issue all the same?</source>
        <translation>Trotzdem ausstellen?</translation>
    </message>
    <message>
        <source>Issue it all the same?</source>
        <translation>Trotzdem ausstellen?</translation>
    </message>
    <message>
        <source>Issue &amp;anyway</source>
        <translation>&amp;Trotzdem ausstellen</translation>
    </message>
    <message>
        <source>Keep the history as it is for your investigation: %1</source>
        <translation>Lassen Sie den Verlauf für Ihre Untersuchung unverändert: %1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Genehmigungen (%1)</translation>
    </message>
    <message>
        <source>&amp;Shares report…</source>
        <translation>&amp;Weitergabebericht…</translation>
    </message>
    <message>
        <source>Every share of one applicant, or everything given to one partner, with who asked and who approved</source>
        <translation>Jede Weitergabe eines Antragstellers oder alles, was ein Partner erhielt, mit wer es anfragte und wer es genehmigte</translation>
    </message>
    <message>
        <source>No history is open, so there is nothing to report.</source>
        <translation>Es ist kein Verlauf geöffnet, es gibt also nichts zu berichten.</translation>
    </message>
    <message>
        <source>Pa&amp;rtners…</source>
        <translation>Pa&amp;rtner…</translation>
    </message>
    <message>
        <source>The partners in the address book and what each takes</source>
        <translation>Die Partner im Adressbuch und was jeder annimmt</translation>
    </message>
    <message>
        <source>Copy without rechecks?</source>
        <translation>Ohne erneute Prüfung kopieren?</translation>
    </message>
    <message>
        <source>Copy applicant takes the donor&apos;s applicant into your account WITHOUT rechecking it. Under most regulations this does NOT count as a KYC procedure, and Sumsub sells it as a separate product.

Reuse rechecks the applicant for your level and counts as KYC. Copy all the same?</source>
        <translation>„Antragsteller kopieren“ übernimmt den Antragsteller des Spenders in Ihr Konto, OHNE ihn erneut zu prüfen. Nach den meisten Vorschriften gilt das NICHT als KYC-Verfahren, und Sumsub verkauft es als eigenes Produkt.

„Wiederverwenden“ prüft den Antragsteller für Ihr Level erneut und zählt als KYC. Trotzdem kopieren?</translation>
    </message>
    <message>
        <source>&amp;Copy without rechecks</source>
        <translation>Ohne erneute Prüfung &amp;kopieren</translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation>Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>Request %1 is approved. Paste the &quot;%2&quot; into this form again, then choose Issue approved again: a token is never kept.</source>
        <translation>Anfrage %1 ist genehmigt. Fügen Sie „%2“ erneut in dieses Formular ein und wählen Sie dann wieder „Genehmigte ausstellen“: Ein Token wird nie aufbewahrt.</translation>
    </message>
    <message>
        <source>Issue a &amp;batch from a CSV…</source>
        <translation>&amp;Stapel aus einer CSV ausstellen…</translation>
    </message>
</context>
<context>
    <name>OperationForm</name>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>optional: a ticket reference or why, kept in the history</source>
        <translation>optional: eine Ticketnummer oder warum, wird im Verlauf aufbewahrt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Optional. A ticket reference or why this token is issued; kept in the history, never sent.</source>
        <translation>Optional. Eine Ticketnummer oder warum dieses Token ausgestellt wird; wird im Verlauf aufbewahrt, nie gesendet.</translation>
    </message>
</context>
<context>
    <name>PartnerCompleter</name>
    <message>
        <source>Save partner…</source>
        <translation>Partner speichern…</translation>
    </message>
    <message>
        <source>Save this partner in the address book, under a name</source>
        <translation>Diesen Partner unter einem Namen im Adressbuch speichern</translation>
    </message>
    <message>
        <source>Save partner</source>
        <translation>Partner speichern</translation>
    </message>
    <message>
        <source>Name for %1:</source>
        <translation>Name für %1:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>&amp;Save rules</source>
        <translation>Regeln &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Remove partner</source>
        <translation>Partner &amp;entfernen</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Takes:</source>
        <translation>Nimmt:</translation>
    </message>
    <message>
        <source>None ticked: any of its provider&apos;s operations.</source>
        <translation>Nichts angekreuzt: jeder Vorgang seines Anbieters.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no cap of its own</source>
        <translation>keine eigene Grenze</translation>
    </message>
    <message>
        <source>Longest TTL the partner takes</source>
        <translation>Längste TTL, die der Partner annimmt</translation>
    </message>
    <message>
        <source>Longest &amp;TTL:</source>
        <translation>Längste &amp;TTL:</translation>
    </message>
    <message>
        <source>the level it redeems share tokens with, e.g. basic-kyc-level</source>
        <translation>das Level, mit dem er Share-Token einlöst, z. B. basic-kyc-level</translation>
    </message>
    <message>
        <source>&amp;Level name:</source>
        <translation>&amp;Level-Name:</translation>
    </message>
    <message>
        <source>anything the operators should know</source>
        <translation>was die Bearbeiter wissen sollten</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>What each partner takes. The console and kyc-share refuse a request against it before anything is sent. Partners are added with the save button beside a partner field.</source>
        <translation>Was jeder Partner annimmt. Die Konsole und kyc-share lehnen eine Anfrage dagegen ab, bevor etwas gesendet wird. Partner werden mit der Speichern-Schaltfläche neben einem Partnerfeld hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No partners yet: save one with the button beside a partner field.</source>
        <translation>Noch keine Partner: Speichern Sie einen mit der Schaltfläche neben einem Partnerfeld.</translation>
    </message>
    <message>
        <source>The rules of %1 are saved.</source>
        <translation>Die Regeln von %1 sind gespeichert.</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Partner entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and its rules from the address book?</source>
        <translation>%1 und seine Regeln aus dem Adressbuch entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>C&amp;lear the clipboard after:</source>
        <translation>Zwischenablage &amp;leeren nach:</translation>
    </message>
    <message>
        <source>Clear the clipboard after, in seconds</source>
        <translation>Zwischenablage leeren nach, in Sekunden</translation>
    </message>
    <message>
        <source>A copied token is taken off the clipboard after this time, unless something else was copied since</source>
        <translation>Ein kopiertes Token wird nach dieser Zeit aus der Zwischenablage entfernt, sofern seitdem nichts anderes kopiert wurde</translation>
    </message>
    <message>
        <source>As&amp;k before issuing with a production profile</source>
        <translation>Vor dem Ausstellen mit einem Produktionsprofil &amp;fragen</translation>
    </message>
    <message>
        <source>&amp;Message for the partner:</source>
        <translation>&amp;Nachricht für den Partner:</translation>
    </message>
    <message>
        <source>Message for the partner</source>
        <translation>Nachricht für den Partner</translation>
    </message>
    <message>
        <source>What Copy as message copies. {token}, {partner}, {expires} and {operation} are replaced.</source>
        <translation>Was „Als Nachricht kopieren“ kopiert. {token}, {partner}, {expires} und {operation} werden ersetzt.</translation>
    </message>
    <message>
        <source>Problem with the message</source>
        <translation>Problem mit der Nachricht</translation>
    </message>
    <message>
        <source>&amp;Restore the default message</source>
        <translation>Standardnachricht &amp;wiederherstellen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>%1 are replaced by the token, the partner, its expiry in UTC and the operation.</source>
        <translation>%1 werden durch das Token, den Partner, seinen Ablauf in UTC und den Vorgang ersetzt.</translation>
    </message>
    <message>
        <source>Team &amp;history:</source>
        <translation>Team-&amp;Verlauf:</translation>
    </message>
    <message>
        <source>postgresql://you@db.example.com:5432/kyc</source>
        <translation>postgresql://sie@db.example.com:5432/kyc</translation>
    </message>
    <message>
        <source>Team history URL</source>
        <translation>URL des Team-Verlaufs</translation>
    </message>
    <message>
        <source>A team&apos;s PostgreSQL database for the history; empty for this computer&apos;s own history</source>
        <translation>Die PostgreSQL-Datenbank eines Teams für den Verlauf; leer für den eigenen Verlauf dieses Rechners</translation>
    </message>
    <message>
        <source>Problem with the team history URL</source>
        <translation>Problem mit der URL des Team-Verlaufs</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s own history. A change takes effect when the console starts again. No password goes here: PostgreSQL takes it from PGPASSWORD or ~/.pgpass.</source>
        <translation>Leer: der eigene Verlauf dieses Rechners. Eine Änderung wirkt beim nächsten Start der Konsole. Hier steht kein Passwort: PostgreSQL nimmt es aus PGPASSWORD oder ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>A name for this account, like &quot;Sumsub sandbox&quot;.</source>
        <translation>Ein Name für dieses Konto, etwa „Sumsub Sandbox“.</translation>
    </message>
    <message>
        <source>e.g. Sumsub sandbox</source>
        <translation>z. B. Sumsub Sandbox</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Sumsub</source>
        <translation>Sumsub</translation>
    </message>
    <message>
        <source>ComplyCube</source>
        <translation>ComplyCube</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>The API address: the vendor&apos;s by default.</source>
        <translation>Die API-Adresse: standardmäßig die des Anbieters.</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Zusätzliche CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>A PEM file with the CA of a TLS-inspecting proxy; usually empty.</source>
        <translation>Eine PEM-Datei mit der CA eines TLS-prüfenden Proxys; meist leer.</translation>
    </message>
    <message>
        <source>optional PEM file</source>
        <translation>optionale PEM-Datei</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Choose CA file</source>
        <translation>CA-Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>App &amp;token:</source>
        <translation>App-&amp;Token:</translation>
    </message>
    <message>
        <source>App token</source>
        <translation>App-Token</translation>
    </message>
    <message>
        <source>Stored in the OS keychain.</source>
        <translation>Im Schlüsselbund des Betriebssystems gespeichert.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show app token</source>
        <translation>App-Token zeigen</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>&amp;Geheimschlüssel:</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimschlüssel</translation>
    </message>
    <message>
        <source>Show secret key</source>
        <translation>Geheimschlüssel zeigen</translation>
    </message>
    <message>
        <source>Secrets are kept only in the OS keychain. Leave them empty to keep the stored ones.</source>
        <translation>Geheimnisse werden nur im Schlüsselbund des Betriebssystems aufbewahrt. Lassen Sie die Felder leer, um die gespeicherten zu behalten.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation>Nur für d&amp;iese Sitzung behalten</translation>
    </message>
    <message>
        <source>Keep the secrets in memory for this session only</source>
        <translation>Die Geheimnisse nur für diese Sitzung im Speicher behalten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Enter the secrets to test them.</source>
        <translation>Geben Sie die Geheimnisse ein, um sie zu testen.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>✓ Connected: the credentials work. %1</source>
        <translation>✓ Verbunden: Die Zugangsdaten funktionieren. %1</translation>
    </message>
    <message>
        <source> (HTTP %1%2)</source>
        <translation> (HTTP %1%2)</translation>
    </message>
    <message>
        <source>, error code %1</source>
        <translation>, Fehlercode %1</translation>
    </message>
    <message>
        <source> Correlation ID: %1</source>
        <translation> Korrelations-ID: %1</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Enter both the app token and the secret key.</source>
        <translation>Geben Sie sowohl das App-Token als auch den Geheimschlüssel ein.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The secrets are kept in memory until the console quits; they are not saved. You will be asked for them again next time.</source>
        <translation>Die Geheimnisse bleiben im Speicher, bis die Konsole beendet wird; sie werden nicht gespeichert. Beim nächsten Mal werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Das Profil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and delete its secrets from the keychain?</source>
        <translation>Das Profil „%1“ entfernen und seine Geheimnisse aus dem Schlüsselbund löschen?</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The token you issue appears here, with its expiry and a Copy button.</source>
        <translation>Das ausgestellte Token erscheint hier, mit seinem Ablauf und einer Schaltfläche zum Kopieren.</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Wird ausgestellt…</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Anfrage läuft</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Token issued</source>
        <translation>Token ausgestellt</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Issued token</source>
        <translation>Ausgestelltes Token</translation>
    </message>
    <message>
        <source>The token is hidden; use Show to reveal it or Copy to put it on the clipboard.</source>
        <translation>Das Token ist verborgen; mit „Zeigen“ wird es sichtbar, mit „Kopieren“ kommt es in die Zwischenablage.</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Token zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the token; the clipboard is cleared again after a while</source>
        <translation>Das Token kopieren; die Zwischenablage wird nach einer Weile wieder geleert</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;message</source>
        <translation>Als &amp;Nachricht kopieren</translation>
    </message>
    <message>
        <source>Copy a short message for the partner with the token, the partner and the expiry (Preferences changes its text)</source>
        <translation>Eine kurze Nachricht für den Partner mit Token, Partner und Ablauf kopieren (der Text lässt sich in den Einstellungen ändern)</translation>
    </message>
    <message>
        <source>Copy as message</source>
        <translation>Als Nachricht kopieren</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Remaining:</source>
        <translation>Verbleibend:</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation>Freigabestatus</translation>
    </message>
    <message>
        <source>Re&amp;fresh token:</source>
        <translation>Re&amp;fresh-Token:</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>Copy refres&amp;h token</source>
        <translation>Refres&amp;h-Token kopieren</translation>
    </message>
    <message>
        <source>Copy refresh token</source>
        <translation>Refresh-Token kopieren</translation>
    </message>
    <message>
        <source>id_token claims
(not verified):</source>
        <translation>id_token-Claims
(nicht geprüft):</translation>
    </message>
    <message>
        <source>id_token claims, not verified</source>
        <translation>id_token-Claims, nicht geprüft</translation>
    </message>
    <message>
        <source>Use for Sumsub ID &amp;share token</source>
        <translation>Für Sumsub-ID-&amp;Share-Token verwenden</translation>
    </message>
    <message>
        <source>Use this access token for a Sumsub ID share token</source>
        <translation>Dieses Access-Token für ein Sumsub-ID-Share-Token verwenden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>Co&amp;rrelation ID:</source>
        <translation>Ko&amp;rrelations-ID:</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Give this ID to the provider&apos;s support.</source>
        <translation>Geben Sie diese ID dem Support des Anbieters.</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy correlation ID</source>
        <translation>Korrelations-ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Correlation ID copied.</source>
        <translation>Korrelations-ID kopiert.</translation>
    </message>
    <message>
        <source>%1 issued</source>
        <translation>%1 ausgestellt</translation>
    </message>
    <message>
        <source>%1 UTC (%2 local time)</source>
        <translation>%1 UTC (%2 Ortszeit)</translation>
    </message>
    <message>
        <source>%1 issued; it expires in %2.</source>
        <translation>%1 ausgestellt; es läuft in %2 ab.</translation>
    </message>
    <message>
        <source>Token issued for %1; it expires in %2.</source>
        <translation>Token für %1 ausgestellt; es läuft in %2 ab.</translation>
    </message>
    <message>
        <source>Referrer:</source>
        <translation>Referrer:</translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation>App-ID:</translation>
    </message>
    <message>
        <source>%1 (client %2)</source>
        <translation>%1 (Client %2)</translation>
    </message>
    <message>
        <source>Token type:</source>
        <translation>Token-Typ:</translation>
    </message>
    <message>
        <source>✓ Sharing allowed: the user has consented to sharing with %1.</source>
        <translation>✓ Freigabe erlaubt: Der Nutzer hat der Freigabe an %1 zugestimmt.</translation>
    </message>
    <message>
        <source>✗ Sharing NOT allowed yet: the Sumsub ID user must first consent to sharing with %1 (a share link). The token alone will not work.</source>
        <translation>✗ Freigabe noch NICHT erlaubt: Der Sumsub-ID-Nutzer muss der Freigabe an %1 erst zustimmen (ein Freigabelink). Das Token allein funktioniert nicht.</translation>
    </message>
    <message>
        <source>not granted (ask for offline_access)</source>
        <translation>nicht gewährt (offline_access anfordern)</translation>
    </message>
    <message>
        <source>The id_token could not be decoded.</source>
        <translation>Das id_token konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation>Fehlercode %1</translation>
    </message>
    <message>
        <source>No answer from the provider</source>
        <translation>Keine Antwort vom Anbieter</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Expired: issue a new token</source>
        <translation>Abgelaufen: Stellen Sie ein neues Token aus</translation>
    </message>
    <message>
        <source>The token has expired.</source>
        <translation>Das Token ist abgelaufen.</translation>
    </message>
    <message>
        <source>Waiting for approval: nothing was sent to the provider</source>
        <translation>Wartet auf Genehmigung: An den Anbieter wurde nichts gesendet</translation>
    </message>
    <message>
        <source>New applicant ID</source>
        <translation>Neue Antragsteller-ID</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>&amp;Antragsteller:</translation>
    </message>
    <message>
        <source>Open in &amp;dashboard</source>
        <translation>Im &amp;Dashboard öffnen</translation>
    </message>
    <message>
        <source>Applicant ID copied.</source>
        <translation>Antragsteller-ID kopiert.</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Preview passed: the share token can be reused for level %1.</source>
        <translation>Vorschau bestanden: Das Share-Token kann für Level %1 wiederverwendet werden.</translation>
    </message>
    <message>
        <source>Nothing was copied, and the token still works once: Reuse creates the applicant.</source>
        <translation>Es wurde nichts kopiert, und das Token funktioniert noch einmal: „Wiederverwenden“ legt den Antragsteller an.</translation>
    </message>
    <message>
        <source>Applicant copied, without rechecks: this is NOT a KYC procedure.</source>
        <translation>Antragsteller ohne erneute Prüfung kopiert: Das ist KEIN KYC-Verfahren.</translation>
    </message>
    <message>
        <source>Applicant created for level %1.</source>
        <translation>Antragsteller für Level %1 angelegt.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>External user ID: %1</source>
        <translation>Externe Nutzer-ID: %1</translation>
    </message>
    <message>
        <source>Shared by: %1</source>
        <translation>Geteilt von: %1</translation>
    </message>
</context>
<context>
    <name>ShareReportDialog</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Shares report</source>
        <translation>Weitergabebericht</translation>
    </message>
    <message>
        <source>Applicant (or ComplyCube client)</source>
        <translation>Antragsteller (oder ComplyCube-Kunde)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Bericht über</translation>
    </message>
    <message>
        <source>Applicant or partner ID</source>
        <translation>ID des Antragstellers oder Partners</translation>
    </message>
    <message>
        <source>e.g. 63e092c51b7b4030f2e01154, or CoolCoinLtd</source>
        <translation>z. B. 63e092c51b7b4030f2e01154 oder CoolCoinLtd</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Weitergaben</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Angefragt von</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Report &amp;on:</source>
        <translation>Bericht &amp;über:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The report was not exported: %1</source>
        <translation>Der Bericht wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Enter an applicant&apos;s or a partner&apos;s ID.</source>
        <translation>Geben Sie die ID eines Antragstellers oder Partners ein.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 attempts in %3.</source>
        <translation>%1: %2 Versuche in %3.</translation>
    </message>
</context>
<context>
    <name>SumsubIdConnectForm</name>
    <message>
        <source>Sumsub ID Connect access token</source>
        <translation>Sumsub-ID-Connect-Access-Token</translation>
    </message>
    <message>
        <source>1. Make the authorize URL and open it: the user consents. 2. Paste the code, or the whole address the browser ended on. 3. Get the access token (or refresh one).</source>
        <translation>1. Autorisierungs-URL erzeugen und öffnen: Der Nutzer stimmt zu. 2. Den Code einfügen oder die ganze Adresse, bei der der Browser gelandet ist. 3. Das Access-Token holen (oder eines erneuern).</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>C&amp;lient-ID:</translation>
    </message>
    <message>
        <source>Sumsub ID client ID</source>
        <translation>Sumsub-ID-Client-ID</translation>
    </message>
    <message>
        <source>Your client key for Sumsub ID Connect.</source>
        <translation>Ihr Client-Schlüssel für Sumsub ID Connect.</translation>
    </message>
    <message>
        <source>your Sumsub ID client key</source>
        <translation>Ihr Sumsub-ID-Client-Schlüssel</translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation>Redirect-&amp;URI:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Redirect-URI</translation>
    </message>
    <message>
        <source>The https address registered for Sumsub ID Connect.</source>
        <translation>Die für Sumsub ID Connect registrierte https-Adresse.</translation>
    </message>
    <message>
        <source>e.g. https://partner.example/callback</source>
        <translation>z. B. https://partner.example/callback</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>openid</source>
        <translation>openid</translation>
    </message>
    <message>
        <source>Scope openid</source>
        <translation>Scope openid</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <source>Scope profile</source>
        <translation>Scope profile</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>Scope email</source>
        <translation>Scope email</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Scope name</source>
        <translation>Scope name</translation>
    </message>
    <message>
        <source>share</source>
        <translation>share</translation>
    </message>
    <message>
        <source>Scope share</source>
        <translation>Scope share</translation>
    </message>
    <message>
        <source>offline_access</source>
        <translation>offline_access</translation>
    </message>
    <message>
        <source>Scope offline_access</source>
        <translation>Scope offline_access</translation>
    </message>
    <message>
        <source>Authori&amp;ze URL:</source>
        <translation>Autori&amp;sierungs-URL:</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>The address to open in a browser for the user&apos;s consent.</source>
        <translation>Die Adresse, die für die Zustimmung des Nutzers im Browser zu öffnen ist.</translation>
    </message>
    <message>
        <source>Press Make URL</source>
        <translation>„URL erzeugen“ drücken</translation>
    </message>
    <message>
        <source>&amp;Make URL</source>
        <translation>URL &amp;erzeugen</translation>
    </message>
    <message>
        <source>Make authorize URL</source>
        <translation>Autorisierungs-URL erzeugen</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im Browser &amp;öffnen</translation>
    </message>
    <message>
        <source>Open authorize URL in browser</source>
        <translation>Autorisierungs-URL im Browser öffnen</translation>
    </message>
    <message>
        <source>Cop&amp;y URL</source>
        <translation>URL kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy authorize URL</source>
        <translation>Autorisierungs-URL kopieren</translation>
    </message>
    <message>
        <source>Co&amp;de or address:</source>
        <translation>Co&amp;de oder Adresse:</translation>
    </message>
    <message>
        <source>Authorization code or redirect address</source>
        <translation>Autorisierungscode oder Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>Paste the code, or the whole address the browser ended on after consent.</source>
        <translation>Fügen Sie den Code ein oder die ganze Adresse, bei der der Browser nach der Zustimmung gelandet ist.</translation>
    </message>
    <message>
        <source>paste the code or https://...?code=...&amp;state=...</source>
        <translation>Code oder https://...?code=...&amp;state=... einfügen</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>The state the authorize URL was made with; the pasted address must bring it back.</source>
        <translation>Der State, mit dem die Autorisierungs-URL erzeugt wurde; die eingefügte Adresse muss ihn zurückbringen.</translation>
    </message>
    <message>
        <source>Code &amp;verifier:</source>
        <translation>Code-&amp;Verifier:</translation>
    </message>
    <message>
        <source>Code verifier</source>
        <translation>Code-Verifier</translation>
    </message>
    <message>
        <source>The PKCE verifier the authorize URL was made with.</source>
        <translation>Der PKCE-Verifier, mit dem die Autorisierungs-URL erzeugt wurde.</translation>
    </message>
    <message>
        <source>made with the URL</source>
        <translation>mit der URL erzeugt</translation>
    </message>
    <message>
        <source>Re&amp;fresh token:</source>
        <translation>Re&amp;fresh-Token:</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>A refresh token (snd-id-con-r-...), to get a new access token without a new consent.</source>
        <translation>Ein Refresh-Token (snd-id-con-r-...), um ohne neue Zustimmung ein neues Access-Token zu erhalten.</translation>
    </message>
    <message>
        <source>only to refresh</source>
        <translation>nur zum Erneuern</translation>
    </message>
    <message>
        <source>Refresh sco&amp;pe:</source>
        <translation>Refresh-Sco&amp;pe:</translation>
    </message>
    <message>
        <source>Refresh scope</source>
        <translation>Refresh-Scope</translation>
    </message>
    <message>
        <source>Optional: fewer scopes than were granted.</source>
        <translation>Optional: weniger Scopes als gewährt.</translation>
    </message>
    <message>
        <source>optional, e.g. share name</source>
        <translation>optional, z. B. share name</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>E&amp;rneuern</translation>
    </message>
    <message>
        <source>Refresh access token</source>
        <translation>Access-Token erneuern</translation>
    </message>
    <message>
        <source>&amp;Get access token</source>
        <translation>Access-Token &amp;holen</translation>
    </message>
    <message>
        <source>Get access token</source>
        <translation>Access-Token holen</translation>
    </message>
    <message>
        <source>Exchange the code (Ctrl+Return)</source>
        <translation>Den Code eintauschen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Sumsub ID Connect</source>
        <translation>Sumsub ID Connect</translation>
    </message>
</context>
<context>
    <name>SumsubIdShareForm</name>
    <message>
        <source>Sumsub ID share token</source>
        <translation>Sumsub-ID-Share-Token</translation>
    </message>
    <message>
        <source>Lets a partner use a Sumsub ID profile the user connected. The user must also have consented to sharing with that partner.</source>
        <translation>Lässt einen Partner ein Sumsub-ID-Profil nutzen, das der Nutzer verbunden hat. Der Nutzer muss auch der Freigabe an diesen Partner zugestimmt haben.</translation>
    </message>
    <message>
        <source>Co&amp;nnect token:</source>
        <translation>Co&amp;nnect-Token:</translation>
    </message>
    <message>
        <source>Connect access token</source>
        <translation>Connect-Access-Token</translation>
    </message>
    <message>
        <source>The Sumsub ID Connect access token (snd-id-con-a-...), from the Sumsub ID Connect tab or pasted.</source>
        <translation>Das Sumsub-ID-Connect-Access-Token (snd-id-con-a-...), aus dem Reiter Sumsub ID Connect oder eingefügt.</translation>
    </message>
    <message>
        <source>snd-id-con-a-... from Sumsub ID Connect</source>
        <translation>snd-id-con-a-... aus Sumsub ID Connect</translation>
    </message>
    <message>
        <source>&amp;Partner client ID:</source>
        <translation>&amp;Partner-Client-ID:</translation>
    </message>
    <message>
        <source>Partner client ID</source>
        <translation>Partner-Client-ID</translation>
    </message>
    <message>
        <source>The client ID of the partner the profile is shared with (forClientId).</source>
        <translation>Die Client-ID des Partners, an den das Profil freigegeben wird (forClientId).</translation>
    </message>
    <message>
        <source>e.g. CoolCoinLtd</source>
        <translation>z. B. CoolCoinLtd</translation>
    </message>
    <message>
        <source>&amp;TTL:</source>
        <translation>&amp;TTL:</translation>
    </message>
    <message>
        <source>TTL in seconds</source>
        <translation>TTL in Sekunden</translation>
    </message>
    <message>
        <source>How long the token stays valid, in seconds.</source>
        <translation>Wie lange das Token gültig bleibt, in Sekunden.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Issue token</source>
        <translation>Token au&amp;sstellen</translation>
    </message>
    <message>
        <source>Issue Sumsub ID share token</source>
        <translation>Sumsub-ID-Share-Token ausstellen</translation>
    </message>
    <message>
        <source>Issue the token (Ctrl+Return)</source>
        <translation>Token ausstellen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Sumsub ID share</source>
        <translation>Sumsub ID Share</translation>
    </message>
</context>
<context>
    <name>SumsubRedeemForm</name>
    <message>
        <source>Redeem a share token</source>
        <translation>Ein Share-Token einlösen</translation>
    </message>
    <message>
        <source>The receiving side of Reusable KYC: a partner&apos;s share token, redeemed with your own Sumsub account. Preview runs Sumsub&apos;s checks and copies nothing; Reuse creates the applicant, rechecked for your level. A share token works once.</source>
        <translation>Die empfangende Seite von Reusable KYC: das Share-Token eines Partners, eingelöst mit Ihrem eigenen Sumsub-Konto. „Vorschau“ führt die Prüfungen von Sumsub aus und kopiert nichts; „Wiederverwenden“ legt den Antragsteller an, für Ihr Level erneut geprüft. Ein Share-Token funktioniert einmal.</translation>
    </message>
    <message>
        <source>_act-… as the partner sent it</source>
        <translation>_act-… wie vom Partner gesendet</translation>
    </message>
    <message>
        <source>Share token</source>
        <translation>Share-Token</translation>
    </message>
    <message>
        <source>The share token the donor sent you. It works once.</source>
        <translation>Das Share-Token, das Ihnen der Spender gesendet hat. Es funktioniert einmal.</translation>
    </message>
    <message>
        <source>Share &amp;token:</source>
        <translation>&amp;Share-Token:</translation>
    </message>
    <message>
        <source>e.g. basic-kyc-level, as your Sumsub dashboard names it</source>
        <translation>z. B. basic-kyc-level, wie Ihr Sumsub-Dashboard es nennt</translation>
    </message>
    <message>
        <source>Level name</source>
        <translation>Level-Name</translation>
    </message>
    <message>
        <source>The level of your account the applicant is rechecked for. A copy is not rechecked.</source>
        <translation>Das Level Ihres Kontos, für das der Antragsteller erneut geprüft wird. Eine Kopie wird nicht erneut geprüft.</translation>
    </message>
    <message>
        <source>&amp;Level name:</source>
        <translation>&amp;Level-Name:</translation>
    </message>
    <message>
        <source>&amp;Copy applicant (not KYC)…</source>
        <translation>Antragsteller &amp;kopieren (kein KYC)…</translation>
    </message>
    <message>
        <source>Copies the applicant without rechecks. Under most regulations that is not a KYC procedure; Sumsub sells it as a separate product.</source>
        <translation>Kopiert den Antragsteller ohne erneute Prüfung. Nach den meisten Vorschriften ist das kein KYC-Verfahren; Sumsub verkauft es als eigenes Produkt.</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Vors&amp;chau</translation>
    </message>
    <message>
        <source>Runs Sumsub&apos;s checks for the level; nothing is copied and the token still works.</source>
        <translation>Führt die Prüfungen von Sumsub für das Level aus; nichts wird kopiert, und das Token funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>&amp;Reuse</source>
        <translation>&amp;Wiederverwenden</translation>
    </message>
    <message>
        <source>Reuse the applicant</source>
        <translation>Den Antragsteller wiederverwenden</translation>
    </message>
    <message>
        <source>Creates the applicant in your account, rechecked for the level (Ctrl+Return).</source>
        <translation>Legt den Antragsteller in Ihrem Konto an, für das Level erneut geprüft (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Einlösen</translation>
    </message>
</context>
<context>
    <name>SumsubShareTokenForm</name>
    <message>
        <source>Sumsub share token form</source>
        <translation>Formular Sumsub-Share-Token</translation>
    </message>
    <message>
        <source>Sumsub share token (Reusable KYC)</source>
        <translation>Sumsub-Share-Token (Reusable KYC)</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Lets a partner reuse this applicant&apos;s verification. The token works once and expires after the TTL.</source>
        <translation>Lässt einen Partner die Verifizierung dieses Antragstellers wiederverwenden. Das Token funktioniert einmal und läuft nach der TTL ab.</translation>
    </message>
    <message>
        <source>&amp;Applicant ID:</source>
        <translation>&amp;Antragsteller-ID:</translation>
    </message>
    <message>
        <source>24 hexadecimal characters, e.g. 63e092c51b7b4030f2e01154</source>
        <translation>24 Hexadezimalzeichen, z. B. 63e092c51b7b4030f2e01154</translation>
    </message>
    <message>
        <source>Applicant ID</source>
        <translation>Antragsteller-ID</translation>
    </message>
    <message>
        <source>The Sumsub applicant ID: 24 hexadecimal characters.</source>
        <translation>Die Sumsub-Antragsteller-ID: 24 Hexadezimalzeichen.</translation>
    </message>
    <message>
        <source>&amp;Partner client ID:</source>
        <translation>&amp;Partner-Client-ID:</translation>
    </message>
    <message>
        <source>The partner&apos;s Sumsub client ID, e.g. CoolCoinLtd</source>
        <translation>Die Sumsub-Client-ID des Partners, z. B. CoolCoinLtd</translation>
    </message>
    <message>
        <source>Partner client ID</source>
        <translation>Partner-Client-ID</translation>
    </message>
    <message>
        <source>The client ID of the partner who may reuse the applicant (forClientId).</source>
        <translation>Die Client-ID des Partners, der den Antragsteller wiederverwenden darf (forClientId).</translation>
    </message>
    <message>
        <source>&amp;TTL:</source>
        <translation>&amp;TTL:</translation>
    </message>
    <message>
        <source>TTL in seconds</source>
        <translation>TTL in Sekunden</translation>
    </message>
    <message>
        <source>How long the token stays valid, in seconds.</source>
        <translation>Wie lange das Token gültig bleibt, in Sekunden.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Issue token</source>
        <translation>Token au&amp;sstellen</translation>
    </message>
    <message>
        <source>Issue the token (Ctrl+Return)</source>
        <translation>Token ausstellen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Issue token</source>
        <translation>Token ausstellen</translation>
    </message>
    <message>
        <source>Applicant ID %1 taken from the dashboard link.</source>
        <translation>Antragsteller-ID %1 aus dem Dashboard-Link übernommen.</translation>
    </message>
    <message>
        <source>Share token</source>
        <translation>Share-Token</translation>
    </message>
</context>
<context>
    <name>TtlHint</name>
    <message>
        <source>= %1 h</source>
        <translation>= %1 h</translation>
    </message>
    <message>
        <source>= %1 h %2 min</source>
        <translation>= %1 h %2 min</translation>
    </message>
    <message>
        <source>= %1 min</source>
        <translation>= %1 min</translation>
    </message>
    <message>
        <source>= %1 min %2 s</source>
        <translation>= %1 min %2 s</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to KYC Share Console</source>
        <translation>Willkommen bei KYC Share Console</translation>
    </message>
    <message>
        <source>Tokens are issued with a provider account. Add one now, or try every operation first in demo mode, with no account.</source>
        <translation>Token werden mit einem Anbieterkonto ausgestellt. Legen Sie jetzt eines an, oder probieren Sie zuerst jeden Vorgang im Demo-Modus aus, ganz ohne Konto.</translation>
    </message>
    <message>
        <source>Add a &amp;Sumsub profile</source>
        <translation>&amp;Sumsub-Profil anlegen</translation>
    </message>
    <message>
        <source>With the app token and secret key from the Sumsub dashboard (Developers → API tokens).</source>
        <translation>Mit App-Token und Geheimschlüssel aus dem Sumsub-Dashboard (Developers → API tokens).</translation>
    </message>
    <message>
        <source>Add a &amp;ComplyCube profile</source>
        <translation>&amp;ComplyCube-Profil anlegen</translation>
    </message>
    <message>
        <source>With the API key from the ComplyCube portal (Developers → API keys).</source>
        <translation>Mit dem API-Schlüssel aus dem ComplyCube-Portal (Developers → API keys).</translation>
    </message>
    <message>
        <source>Explore in &amp;demo mode</source>
        <translation>Im &amp;Demo-Modus ausprobieren</translation>
    </message>
    <message>
        <source>A built-in emulator answers instead of the providers. The tokens are not real and work nowhere else.</source>
        <translation>Ein eingebauter Emulator antwortet anstelle der Anbieter. Die Token sind nicht echt und funktionieren nirgendwo sonst.</translation>
    </message>
</context>
<context>
    <name>kyc::ApprovalRequest</name>
    <message>
        <source>waiting for a second person</source>
        <translation>wartet auf eine zweite Person</translation>
    </message>
    <message>
        <source>approved by %1; %2 may issue it until %3</source>
        <translation>genehmigt von %1; %2 kann sie bis %3 ausstellen</translation>
    </message>
    <message>
        <source>rejected by %1: %2</source>
        <translation>abgelehnt von %1: %2</translation>
    </message>
    <message>
        <source>approved by %1 and issued</source>
        <translation>genehmigt von %1 und ausgestellt</translation>
    </message>
    <message>
        <source>approved by %1, but not issued before the approval lapsed</source>
        <translation>genehmigt von %1, aber nicht ausgestellt, bevor die Genehmigung ablief</translation>
    </message>
</context>
<context>
    <name>kyc::AuditRecordCheck</name>
    <message>
        <source>A record has no number.</source>
        <translation>Ein Eintrag hat keine Nummer.</translation>
    </message>
    <message>
        <source>Record %1 does not match its hash: it was edited.</source>
        <translation>Eintrag %1 passt nicht zu seinem Hash: Er wurde bearbeitet.</translation>
    </message>
    <message>
        <source>Record %1 does not link to record %2.</source>
        <translation>Eintrag %1 ist nicht mit Eintrag %2 verkettet.</translation>
    </message>
</context>
<context>
    <name>kyc::AuditVerifier</name>
    <message>
        <source>Record %1 is missing: the next record is numbered %2. Records were deleted, inserted or reordered.</source>
        <translation>Eintrag %1 fehlt: Der nächste Eintrag trägt die Nummer %2. Einträge wurden gelöscht, eingefügt oder umgeordnet.</translation>
    </message>
    <message>
        <source>Record 0 is not the genesis record that starts the chain.</source>
        <translation>Eintrag 0 ist nicht der Anfangseintrag, mit dem die Kette beginnt.</translation>
    </message>
    <message>
        <source>Record %1 does not link to the record before it: a record before it was deleted, inserted, replaced or reordered, or its link was edited.</source>
        <translation>Eintrag %1 ist nicht mit dem Eintrag davor verkettet: Ein Eintrag davor wurde gelöscht, eingefügt, ersetzt oder umgeordnet, oder seine Verkettung wurde bearbeitet.</translation>
    </message>
    <message>
        <source>Record %1 does not match its hash: it was edited or replaced.</source>
        <translation>Eintrag %1 passt nicht zu seinem Hash: Er wurde bearbeitet oder ersetzt.</translation>
    </message>
    <message>
        <source>Record %1 is the outcome of an attempt that has no open intent before it.</source>
        <translation>Eintrag %1 ist das Ergebnis eines Versuchs, zu dem davor keine offene Absicht steht.</translation>
    </message>
    <message>
        <source>Record %1 is of an unknown kind.</source>
        <translation>Eintrag %1 ist von unbekannter Art.</translation>
    </message>
    <message>
        <source>Record %1 is not the one the checkpoint names: the history was rewritten up to there.</source>
        <translation>Eintrag %1 ist nicht der, den der Prüfpunkt nennt: Der Verlauf wurde bis dorthin neu geschrieben.</translation>
    </message>
    <message>
        <source>The history has no records, not even the genesis record that starts the chain.</source>
        <translation>Der Verlauf hat keine Einträge, nicht einmal den Anfangseintrag, mit dem die Kette beginnt.</translation>
    </message>
    <message>
        <source>The history has %1 records, but the checkpoint names %2: records at the end were deleted.</source>
        <translation>Der Verlauf hat %1 Einträge, der Prüfpunkt nennt aber %2: Einträge am Ende wurden gelöscht.</translation>
    </message>
    <message>
        <source>Record %1 refers to a request that is not before it.</source>
        <translation>Eintrag %1 verweist auf eine Anfrage, die nicht vor ihm steht.</translation>
    </message>
    <message>
        <source>Record %1 decides request %2 a second time.</source>
        <translation>Eintrag %1 entscheidet Anfrage %2 ein zweites Mal.</translation>
    </message>
    <message>
        <source>Record %1 is a decision on request %2 by the person who made it: four eyes need two people.</source>
        <translation>Eintrag %1 ist eine Entscheidung über Anfrage %2 durch die Person, die sie gestellt hat: Vier Augen brauchen zwei Personen.</translation>
    </message>
    <message>
        <source>Record %1 issues request %2, which was not approved.</source>
        <translation>Eintrag %1 stellt Anfrage %2 aus, die nicht genehmigt wurde.</translation>
    </message>
    <message>
        <source>Record %1 issues request %2 a second time.</source>
        <translation>Eintrag %1 stellt Anfrage %2 ein zweites Mal aus.</translation>
    </message>
    <message>
        <source>Record %1 issues request %2, but not at its maker&apos;s desk.</source>
        <translation>Eintrag %1 stellt Anfrage %2 aus, aber nicht am Platz der Person, die sie gestellt hat.</translation>
    </message>
    <message>
        <source>Record %1 issues request %2 after its approval lapsed.</source>
        <translation>Eintrag %1 stellt Anfrage %2 aus, nachdem ihre Genehmigung abgelaufen war.</translation>
    </message>
</context>
<context>
    <name>kyc::BatchCsv</name>
    <message>
        <source>A quote opened on this line is never closed. Close it, or double a quote that belongs to the value (&quot;&quot;).</source>
        <translation>Ein auf dieser Zeile geöffnetes Anführungszeichen wird nie geschlossen. Schließen Sie es, oder verdoppeln Sie ein Anführungszeichen, das zum Wert gehört (&quot;&quot;).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB. Split it into smaller batches.</source>
        <translation>%1 ist größer als %2 MiB. Teilen Sie sie in kleinere Stapel.</translation>
    </message>
    <message>
        <source>%1 is not issued in batches. Batches issue: Sumsub share tokens, Sumsub ID share tokens and ComplyCube SDK tokens.</source>
        <translation>%1 wird nicht in Stapeln ausgestellt. Stapel stellen aus: Sumsub-Share-Token, Sumsub-ID-Share-Token und ComplyCube-SDK-Token.</translation>
    </message>
    <message>
        <source>This line is not UTF-8 text. Save the CSV as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>Diese Zeile ist kein UTF-8-Text. Speichern Sie die CSV als UTF-8 (in einer Tabellenkalkulation: CSV UTF-8).</translation>
    </message>
    <message>
        <source>The CSV is empty. Its first line names the columns (like applicantId), and each line after it is one row.</source>
        <translation>Die CSV ist leer. Ihre erste Zeile benennt die Spalten (etwa applicantId), jede weitere Zeile ist ein Eintrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column of a %2 batch. Its columns are: %3.</source>
        <translation>„%1“ ist keine Spalte eines Stapels für %2. Seine Spalten sind: %3.</translation>
    </message>
    <message>
        <source>The column %1 is named twice. Keep one.</source>
        <translation>Die Spalte %1 ist zweimal genannt. Behalten Sie eine.</translation>
    </message>
    <message>
        <source>The CSV has %1 rows; a batch takes at most %2. Split it.</source>
        <translation>Die CSV hat %1 Zeilen; ein Stapel nimmt höchstens %2. Teilen Sie sie.</translation>
    </message>
    <message>
        <source>The CSV has a header but no rows. Add a line per row.</source>
        <translation>Die CSV hat eine Kopfzeile, aber keine Einträge. Fügen Sie eine Zeile je Eintrag hinzu.</translation>
    </message>
    <message>
        <source>The CSV has no %1 column (%2), and no value was given for every row. Add the column, or give the value for the whole batch.</source>
        <translation>Die CSV hat keine Spalte %1 (%2), und für alle Zeilen wurde kein Wert angegeben. Fügen Sie die Spalte hinzu, oder geben Sie den Wert für den ganzen Stapel an.</translation>
    </message>
    <message>
        <source>This row has %1 cells; the header has %2. Quote a value that contains &quot;%3&quot;.</source>
        <translation>Diese Zeile hat %1 Zellen; die Kopfzeile hat %2. Setzen Sie einen Wert, der „%3“ enthält, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>This row repeats line %1. A batch issues each row once; remove one.</source>
        <translation>Diese Zeile wiederholt Zeile %1. Ein Stapel stellt jede Zeile einmal aus; entfernen Sie eine.</translation>
    </message>
</context>
<context>
    <name>kyc::BatchJournal</name>
    <message>
        <source>&quot;%1&quot; is not a batch ID. A batch ID looks like 20261202-4f3a9c; a batch says its ID when it starts.</source>
        <translation>„%1“ ist keine Stapel-ID. Eine Stapel-ID sieht aus wie 20261202-4f3a9c; ein Stapel nennt seine ID beim Start.</translation>
    </message>
    <message>
        <source>The history (%1) has no batch %2.</source>
        <translation>Der Verlauf (%1) hat keinen Stapel %2.</translation>
    </message>
</context>
<context>
    <name>kyc::BatchPacer</name>
    <message>
        <source>%1 per %2 s</source>
        <translation>%1 je %2 s</translation>
    </message>
</context>
<context>
    <name>kyc::BatchRun</name>
    <message>
        <source>The provider answered %1 requests in a row with 429 (too many requests): something else is using this key&apos;s limit. Resume the batch later.</source>
        <translation>Der Anbieter hat %1 Anfragen nacheinander mit 429 (zu viele Anfragen) beantwortet: Etwas anderes nutzt das Limit dieses Schlüssels. Setzen Sie den Stapel später fort.</translation>
    </message>
    <message>
        <source>%1 rows in a row ended in doubt, the last with: %2 Check the connection and the provider&apos;s status, then resume the batch.</source>
        <translation>%1 Zeilen nacheinander endeten ungewiss, die letzte mit: %2 Prüfen Sie die Verbindung und den Status des Anbieters, dann setzen Sie den Stapel fort.</translation>
    </message>
</context>
<context>
    <name>kyc::ComplyCubeAdapter</name>
    <message>
        <source>The answer is not a JSON object (%1).</source>
        <translation>Die Antwort ist kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>The answer has no &quot;token&quot; text.</source>
        <translation>Die Antwort enthält keinen Text „token“.</translation>
    </message>
    <message>
        <source>The token is %1 bytes long, far more than an SDK token; it was not accepted.</source>
        <translation>Das Token ist %1 Bytes lang, weit mehr als ein SDK-Token; es wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>The answer is not the list of clients ComplyCube sends.</source>
        <translation>Die Antwort ist nicht die Client-Liste, die ComplyCube sendet.</translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1.</source>
        <translation>Unerwarteter HTTP-Status %1.</translation>
    </message>
</context>
<context>
    <name>kyc::EnvironmentCredentialSource</name>
    <message>
        <source>No Sumsub credentials: use a profile (kyc-share profile add), or set %1 in the environment (the app token and the secret key from the Sumsub dashboard); or try the console with --demo.</source>
        <translation>Keine Sumsub-Zugangsdaten: Verwenden Sie ein Profil (kyc-share profile add) oder setzen Sie %1 in der Umgebung (App-Token und Geheimschlüssel aus dem Sumsub-Dashboard); oder probieren Sie die Konsole mit --demo aus.</translation>
    </message>
    <message>
        <source>No ComplyCube API key: use a profile (kyc-share profile add), or set %1 in the environment (a test_ or live_ key from the ComplyCube portal); or try the console with --demo.</source>
        <translation>Kein ComplyCube-API-Schlüssel: Verwenden Sie ein Profil (kyc-share profile add) oder setzen Sie %1 in der Umgebung (ein test_- oder live_-Schlüssel aus dem ComplyCube-Portal); oder probieren Sie die Konsole mit --demo aus.</translation>
    </message>
</context>
<context>
    <name>kyc::Field</name>
    <message>
        <source>Applicant ID</source>
        <translation>Antragsteller-ID</translation>
    </message>
    <message>
        <source>Partner client ID</source>
        <translation>Partner-Client-ID</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Connect access token</source>
        <translation>Connect-Access-Token</translation>
    </message>
    <message>
        <source>Authorization code or redirect URL</source>
        <translation>Autorisierungscode oder Weiterleitungs-URL</translation>
    </message>
    <message>
        <source>Code verifier</source>
        <translation>Code-Verifier</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>SDK</source>
        <translation>SDK</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Share token</source>
        <translation>Share-Token</translation>
    </message>
    <message>
        <source>Level name</source>
        <translation>Level-Name</translation>
    </message>
</context>
<context>
    <name>kyc::HistoryExport</name>
    <message>
        <source>This is not a JSON export of the history: %1</source>
        <translation>Dies ist kein JSON-Export des Verlaufs: %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 has no complete record to verify: it was edited, or exported before the history had a hash chain.</source>
        <translation>%1 hat keinen vollständigen Eintrag zum Prüfen: Sie wurde bearbeitet oder exportiert, bevor der Verlauf eine Hash-Kette hatte.</translation>
    </message>
    <message>
        <source>%1: the record&apos;s field &quot;%2&quot; is missing or not a value it can hold.</source>
        <translation>%1: Das Feld „%2“ des Eintrags fehlt oder enthält keinen Wert, den es haben kann.</translation>
    </message>
    <message>
        <source>%1 shows something other than its record: the row was edited.</source>
        <translation>%1 zeigt etwas anderes als ihr Eintrag: Die Zeile wurde bearbeitet.</translation>
    </message>
</context>
<context>
    <name>kyc::HistoryLocation</name>
    <message>
        <source>Write it as postgresql://USER@HOST:PORT/DATABASE, or give a SQLite file&apos;s path.</source>
        <translation>Schreiben Sie ihn als postgresql://BENUTZER@HOST:PORT/DATENBANK, oder geben Sie den Pfad einer SQLite-Datei an.</translation>
    </message>
    <message>
        <source>The history&apos;s location is empty. %1</source>
        <translation>Der Ort des Verlaufs ist leer. %1</translation>
    </message>
    <message>
        <source>The URL holds a password; a password never goes in the URL or the settings. Give it the way libpq takes it: PGPASSWORD, a ~/.pgpass file, or peer or certificate authentication.</source>
        <translation>Die URL enthält ein Passwort; ein Passwort gehört nie in die URL oder die Einstellungen. Geben Sie es so an, wie libpq es nimmt: PGPASSWORD, eine Datei ~/.pgpass oder Peer- bzw. Zertifikatsauthentifizierung.</translation>
    </message>
    <message>
        <source>The URL does not name one database. %1</source>
        <translation>Die URL nennt nicht genau eine Datenbank. %1</translation>
    </message>
    <message>
        <source>sslmode is one of %1.</source>
        <translation>sslmode ist eines von %1.</translation>
    </message>
    <message>
        <source>The URL&apos;s &apos;%1&apos; is not one the console takes: only sslmode, sslrootcert, port, and (for a Unix socket&apos;s folder, with no host before it) host.</source>
        <translation>„%1“ in der URL nimmt die Konsole nicht an: nur sslmode, sslrootcert, port und (für den Ordner eines Unix-Sockets, ohne Host davor) host.</translation>
    </message>
    <message>
        <source>%1 is not this machine, so the connection must be TLS that checks the server&apos;s certificate and name: remove sslmode=%2 or make it sslmode=verify-full.</source>
        <translation>%1 ist nicht dieser Rechner, daher muss die Verbindung TLS sein, das Zertifikat und Namen des Servers prüft: Entfernen Sie sslmode=%2 oder ändern Sie es in sslmode=verify-full.</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>%1 (Unix socket)</source>
        <translation>%1 (Unix-Socket)</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>der lokale Server</translation>
    </message>
    <message>
        <source>PostgreSQL %1%2/%3</source>
        <translation>PostgreSQL %1%2/%3</translation>
    </message>
    <message>
        <source>Preferences&apos; team history</source>
        <translation>Team-Verlauf in den Einstellungen</translation>
    </message>
    <message>
        <source>The history&apos;s location is neither a PostgreSQL URL nor a file. %1</source>
        <translation>Der Ort des Verlaufs ist weder eine PostgreSQL-URL noch eine Datei. %1</translation>
    </message>
    <message>
        <source>The URL is not valid. %1</source>
        <translation>Die URL ist ungültig. %1</translation>
    </message>
</context>
<context>
    <name>kyc::HttpResponseReader</name>
    <message>
        <source>The answer is not well-formed HTTP/1.1.</source>
        <translation>Die Antwort ist kein wohlgeformtes HTTP/1.1.</translation>
    </message>
    <message>
        <source>The answer has more than %1 header lines; it was not read further.</source>
        <translation>Die Antwort hat mehr als %1 Kopfzeilen; sie wurde nicht weiter gelesen.</translation>
    </message>
    <message>
        <source>The answer&apos;s status and header lines exceed %1 bytes; they were not read further.</source>
        <translation>Status- und Kopfzeilen der Antwort überschreiten %1 Bytes; sie wurden nicht weiter gelesen.</translation>
    </message>
    <message>
        <source>The answer announced %1 bytes; at most %2 are read.</source>
        <translation>Die Antwort kündigte %1 Bytes an; höchstens %2 werden gelesen.</translation>
    </message>
    <message>
        <source>The answer exceeded %1 bytes; it was not read further.</source>
        <translation>Die Antwort überschritt %1 Bytes; sie wurde nicht weiter gelesen.</translation>
    </message>
    <message>
        <source>The connection closed before a complete answer arrived.</source>
        <translation>Die Verbindung wurde geschlossen, bevor eine vollständige Antwort ankam.</translation>
    </message>
    <message>
        <source>The connection closed after %1 bytes of the answer, before its end.</source>
        <translation>Die Verbindung wurde nach %1 Bytes der Antwort geschlossen, vor deren Ende.</translation>
    </message>
</context>
<context>
    <name>kyc::Issuer</name>
    <message>
        <source>The profile &quot;%1&quot; is a %2 account; choose a %3 profile for this operation.</source>
        <translation>Das Profil „%1“ ist ein %2-Konto; wählen Sie für diesen Vorgang ein %3-Profil.</translation>
    </message>
    <message>
        <source>The history could not be written, so nothing was sent: %1</source>
        <translation>Der Verlauf konnte nicht geschrieben werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The outcome of attempt %1 could not be written to the history: %2</source>
        <translation>Das Ergebnis von Versuch %1 konnte nicht in den Verlauf geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Issued against the partner&apos;s rules (they were off): %1</source>
        <translation>Entgegen den Regeln des Partners ausgestellt (sie waren ausgeschaltet): %1</translation>
    </message>
</context>
<context>
    <name>kyc::KeychainCredentialSource</name>
    <message>
        <source>The profile &quot;%1&quot; has no %2 in %3. Edit the profile and enter it again.</source>
        <translation>Das Profil „%1“ hat kein(e) %2 in %3. Bearbeiten Sie das Profil und geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>dem Schlüsselbund</translation>
    </message>
    <message>
        <source>The %1 of profile &quot;%2&quot; could not be read. %3</source>
        <translation>%1 des Profils „%2“ konnte nicht gelesen werden. %3</translation>
    </message>
</context>
<context>
    <name>kyc::KeychainSecretStore</name>
    <message>
        <source>the OS keychain</source>
        <translation>dem Schlüsselbund des Betriebssystems</translation>
    </message>
</context>
<context>
    <name>kyc::MemorySecretStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation>dem Speicher, nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>kyc::Operation</name>
    <message>
        <source>Sumsub share token (Reusable KYC)</source>
        <translation>Sumsub-Share-Token (Reusable KYC)</translation>
    </message>
    <message>
        <source>Sumsub ID Connect access token</source>
        <translation>Sumsub-ID-Connect-Access-Token</translation>
    </message>
    <message>
        <source>Sumsub ID Connect access token (refreshed)</source>
        <translation>Sumsub-ID-Connect-Access-Token (erneuert)</translation>
    </message>
    <message>
        <source>Sumsub ID share token</source>
        <translation>Sumsub-ID-Share-Token</translation>
    </message>
    <message>
        <source>ComplyCube SDK token</source>
        <translation>ComplyCube-SDK-Token</translation>
    </message>
    <message>
        <source>Redeem a Sumsub share token (reuse)</source>
        <translation>Ein Sumsub-Share-Token einlösen (Wiederverwendung)</translation>
    </message>
    <message>
        <source>Preview redeeming a Sumsub share token</source>
        <translation>Vorschau auf das Einlösen eines Sumsub-Share-Tokens</translation>
    </message>
    <message>
        <source>Copy an applicant from a Sumsub share token (not KYC)</source>
        <translation>Einen Antragsteller aus einem Sumsub-Share-Token kopieren (kein KYC)</translation>
    </message>
</context>
<context>
    <name>kyc::Outcome</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 s (about %2 min)</source>
        <translation>%1 s (etwa %2 min)</translation>
    </message>
    <message>
        <source>%1 s (about %2 h)</source>
        <translation>%1 s (etwa %2 h)</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is in step with the server&apos;s.</source>
        <translation>Die Uhr dieses Computers geht mit der des Servers gleich.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the server&apos;s.</source>
        <translation>Die Uhr dieses Computers geht %1 gegenüber der des Servers nach.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the server&apos;s.</source>
        <translation>Die Uhr dieses Computers geht %1 gegenüber der des Servers vor.</translation>
    </message>
    <message>
        <source>Some fields need attention; nothing was sent.</source>
        <translation>Einige Felder brauchen Aufmerksamkeit; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>No credentials are set for this provider.</source>
        <translation>Für diesen Anbieter sind keine Zugangsdaten eingerichtet.</translation>
    </message>
    <message>
        <source>The provider rejected the request signature.</source>
        <translation>Der Anbieter hat die Signatur der Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The provider did not accept the credentials.</source>
        <translation>Der Anbieter hat die Zugangsdaten nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The request&apos;s timestamp is too far from the provider&apos;s clock.</source>
        <translation>Der Zeitstempel der Anfrage weicht zu weit von der Uhr des Anbieters ab.</translation>
    </message>
    <message>
        <source>The credentials lack a permission this operation needs.</source>
        <translation>Den Zugangsdaten fehlt eine Berechtigung, die dieser Vorgang braucht.</translation>
    </message>
    <message>
        <source>The provider does not know what was asked for.</source>
        <translation>Der Anbieter kennt das Angefragte nicht.</translation>
    </message>
    <message>
        <source>Too many requests: the provider asks to slow down.</source>
        <translation>Zu viele Anfragen: Der Anbieter bittet, langsamer zu werden.</translation>
    </message>
    <message>
        <source>The provider refused the request.</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The provider had an internal error (HTTP %1).</source>
        <translation>Beim Anbieter ist ein interner Fehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read.</source>
        <translation>Die Antwort des Anbieters konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was far larger than any token; it was not read.</source>
        <translation>Die Antwort des Anbieters war weit größer als jedes Token; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Sumsub ID did not accept the authorization code.</source>
        <translation>Sumsub ID hat den Autorisierungscode nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Sumsub ID did not accept the refresh token.</source>
        <translation>Sumsub ID hat das Refresh-Token nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Sumsub ID did not accept the connect access token.</source>
        <translation>Sumsub ID hat das Connect-Access-Token nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The server answered with a redirect, which is never followed.</source>
        <translation>Der Server hat mit einer Weiterleitung geantwortet, der nie gefolgt wird.</translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection to the provider was refused.</source>
        <translation>Die Verbindung zum Anbieter wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The provider&apos;s host name could not be found.</source>
        <translation>Der Hostname des Anbieters wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The secure connection to the provider could not be verified.</source>
        <translation>Die sichere Verbindung zum Anbieter konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer.</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>The request failed on the network.</source>
        <translation>Die Anfrage ist im Netzwerk gescheitert.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Correct the fields marked and try again.</source>
        <translation>Korrigieren Sie die markierten Felder und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secret key does not match the app token, or the token belongs to the other environment (sandbox or production). Check both and try again.</source>
        <translation>Der Geheimschlüssel passt nicht zum App-Token, oder das Token gehört zur anderen Umgebung (Sandbox oder Produktion). Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The API key was refused. test_ keys work with test clients only and live_ keys with live ones; check that the key belongs to this environment.</source>
        <translation>Der API-Schlüssel wurde abgelehnt. test_-Schlüssel funktionieren nur mit Test-Clients und live_-Schlüssel nur mit Live-Clients; prüfen Sie, ob der Schlüssel zu dieser Umgebung gehört.</translation>
    </message>
    <message>
        <source>Check the app token, and that it belongs to this environment (sandbox or production).</source>
        <translation>Prüfen Sie das App-Token und ob es zu dieser Umgebung gehört (Sandbox oder Produktion).</translation>
    </message>
    <message>
        <source>Set the clock automatically (NTP) and try again.</source>
        <translation>Lassen Sie die Uhr automatisch stellen (NTP) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s clock is set automatically (NTP) and try again.</source>
        <translation>Prüfen Sie, ob die Uhr dieses Computers automatisch gestellt wird (NTP), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The user&apos;s Sumsub ID profile is blocked; it cannot be shared. Contact Sumsub support.</source>
        <translation>Das Sumsub-ID-Profil des Nutzers ist gesperrt; es kann nicht freigegeben werden. Wenden Sie sich an den Sumsub-Support.</translation>
    </message>
    <message>
        <source>The user disconnected your app from their Sumsub ID. They must go through the consent step again before anything can be shared.</source>
        <translation>Der Nutzer hat Ihre App von seiner Sumsub ID getrennt. Er muss erneut zustimmen, bevor etwas freigegeben werden kann.</translation>
    </message>
    <message>
        <source>Sumsub ID Connect is not enabled for your client key. Ask Sumsub support to enable it.</source>
        <translation>Sumsub ID Connect ist für Ihren Client-Schlüssel nicht aktiviert. Bitten Sie den Sumsub-Support, es zu aktivieren.</translation>
    </message>
    <message>
        <source>The connect access token was granted without the &quot;share&quot; scope. Authorize again with &quot;share&quot; ticked.</source>
        <translation>Das Connect-Access-Token wurde ohne den Scope „share“ gewährt. Autorisieren Sie erneut mit angehaktem „share“.</translation>
    </message>
    <message>
        <source>Ask your administrator to give the app token the &quot;Share applicants data&quot; permission.</source>
        <translation>Bitten Sie Ihren Administrator, dem App-Token die Berechtigung „Share applicants data“ zu geben.</translation>
    </message>
    <message>
        <source>The user&apos;s Sumsub ID profile no longer exists (it was deleted). They must connect again.</source>
        <translation>Das Sumsub-ID-Profil des Nutzers existiert nicht mehr (es wurde gelöscht). Er muss sich erneut verbinden.</translation>
    </message>
    <message>
        <source>Sumsub ID Connect is not enabled for this client key (&quot;Invalid clientId&quot;). Ask Sumsub support to enable it.</source>
        <translation>Sumsub ID Connect ist für diesen Client-Schlüssel nicht aktiviert („Invalid clientId“). Bitten Sie den Sumsub-Support, es zu aktivieren.</translation>
    </message>
    <message>
        <source>ComplyCube does not know this client with this key. test_ keys see test clients only and live_ keys live ones; check the client ID and the key.</source>
        <translation>ComplyCube kennt diesen Client mit diesem Schlüssel nicht. test_-Schlüssel sehen nur Test-Clients und live_-Schlüssel nur Live-Clients; prüfen Sie Client-ID und Schlüssel.</translation>
    </message>
    <message>
        <source>Check the IDs you entered; sandbox and production data are separate.</source>
        <translation>Prüfen Sie die eingegebenen IDs; Sandbox- und Produktionsdaten sind getrennt.</translation>
    </message>
    <message>
        <source>Try again in %1.</source>
        <translation>Versuchen Sie es in %1 erneut.</translation>
    </message>
    <message>
        <source>Wait a few seconds and try again.</source>
        <translation>Warten Sie einige Sekunden und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>ComplyCube refused the field &quot;%1&quot;. Correct it and try again.</source>
        <translation>ComplyCube hat das Feld „%1“ abgelehnt. Korrigieren Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Read the provider&apos;s message below, correct the request and try again.</source>
        <translation>Lesen Sie die Meldung des Anbieters unten, korrigieren Sie die Anfrage und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The code was already used, has expired (codes live a few minutes), or the code verifier is not the one its authorize URL was made with. Make a new authorize URL and start again.</source>
        <translation>Der Code wurde schon verwendet, ist abgelaufen (Codes gelten wenige Minuten), oder der Code-Verifier ist nicht der, mit dem seine Autorisierungs-URL erzeugt wurde. Erzeugen Sie eine neue Autorisierungs-URL und beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>The refresh token is unknown or expired, or the code verifier is not the one of the original authorization. Start a new authorization.</source>
        <translation>Das Refresh-Token ist unbekannt oder abgelaufen, oder der Code-Verifier ist nicht der der ursprünglichen Autorisierung. Beginnen Sie eine neue Autorisierung.</translation>
    </message>
    <message>
        <source>The connect access token is malformed or expired (they last 24 hours). Get a new one with Sumsub ID Connect.</source>
        <translation>Das Connect-Access-Token ist fehlerhaft oder abgelaufen (es gilt 24 Stunden). Holen Sie mit Sumsub ID Connect ein neues.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, contact the provider&apos;s support with the correlation ID.</source>
        <translation>Versuchen Sie es später erneut. Besteht das Problem weiter, wenden Sie sich mit der Korrelations-ID an den Support des Anbieters.</translation>
    </message>
    <message>
        <source>Check the base URL: it must point straight at the provider&apos;s API.</source>
        <translation>Prüfen Sie die Basis-URL: Sie muss direkt auf die API des Anbieters zeigen.</translation>
    </message>
    <message>
        <source>Check the base URL and the network connection (DNS, proxy).</source>
        <translation>Prüfen Sie die Basis-URL und die Netzwerkverbindung (DNS, Proxy).</translation>
    </message>
    <message>
        <source>Check the base URL. Behind a TLS-inspecting proxy, the proxy&apos;s CA certificate must be trusted.</source>
        <translation>Prüfen Sie die Basis-URL. Hinter einem TLS-prüfenden Proxy muss dem CA-Zertifikat des Proxys vertraut werden.</translation>
    </message>
    <message>
        <source>Use an https:// base URL.</source>
        <translation>Verwenden Sie eine https://-Basis-URL.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, contact the provider&apos;s support with the time of the attempt (the history keeps it).</source>
        <translation>Versuchen Sie es später erneut. Wenn es so bleibt, wenden Sie sich mit dem Zeitpunkt des Versuchs an den Support des Anbieters (der Verlauf hält ihn fest).</translation>
    </message>
    <message>
        <source>Check the base URL and the network connection, then try again. The request did not reach the provider; nothing is retried automatically.</source>
        <translation>Prüfen Sie die Basis-URL und die Netzwerkverbindung, dann versuchen Sie es erneut. Die Anfrage hat den Anbieter nicht erreicht; nichts wird automatisch wiederholt.</translation>
    </message>
    <message>
        <source>Check the network connection, then try again. The provider may have received the request and issued a token all the same; nothing is retried automatically.</source>
        <translation>Prüfen Sie die Netzwerkverbindung, dann versuchen Sie es erneut. Der Anbieter hat die Anfrage womöglich trotzdem erhalten und ein Token ausgestellt; nichts wird automatisch wiederholt.</translation>
    </message>
    <message>
        <source>The profile&apos;s environment does not match its key; nothing was sent.</source>
        <translation>Die Umgebung des Profils passt nicht zu seinem Schlüssel; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The provider answered, but the history could not record it (attempt %1); no token is shown.</source>
        <translation>Der Anbieter hat geantwortet, aber der Verlauf konnte es nicht aufzeichnen (Versuch %1); kein Token wird angezeigt.</translation>
    </message>
    <message>
        <source>The history could not be written, so nothing was sent.</source>
        <translation>Der Verlauf konnte nicht geschrieben werden, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The provider may hold a token that is not recorded: attempt %1 shows as &quot;outcome unknown&quot; in the history. Free the history (another program may hold it locked, or the disk is full), then issue again if the partner still needs a token.</source>
        <translation>Der Anbieter hat womöglich ein Token, das nicht aufgezeichnet ist: Versuch %1 erscheint im Verlauf als „Ergebnis unbekannt“. Geben Sie den Verlauf frei (ein anderes Programm hält ihn womöglich gesperrt, oder die Festplatte ist voll) und stellen Sie erneut aus, wenn der Partner noch ein Token braucht.</translation>
    </message>
    <message>
        <source>Another program may hold the history locked, or the disk is full or read-only. Free it and try again.</source>
        <translation>Ein anderes Programm hält den Verlauf womöglich gesperrt, oder die Festplatte ist voll oder schreibgeschützt. Geben Sie ihn frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Request %1 waits for a second person&apos;s approval; nothing was sent.</source>
        <translation>Anfrage %1 wartet auf die Genehmigung einer zweiten Person; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Another member of the team approves it in their console&apos;s Approvals pane (or with &apos;kyc-share approvals approve %1&apos;); then issue it from yours.</source>
        <translation>Ein anderes Teammitglied genehmigt sie im Bereich „Genehmigungen“ seiner Konsole (oder mit „kyc-share approvals approve %1“); dann stellen Sie sie in Ihrer aus.</translation>
    </message>
    <message>
        <source>The share token names a partner Sumsub does not know. Ask the donor for a new token made for your client ID exactly.</source>
        <translation>Das Share-Token nennt einen Partner, den Sumsub nicht kennt. Bitten Sie den Spender um ein neues Token, genau für Ihre Client-ID ausgestellt.</translation>
    </message>
    <message>
        <source>This one was made to last %1.</source>
        <translation>Dieses wurde für %1 ausgestellt.</translation>
    </message>
    <message>
        <source>A share token works once, until its TTL runs out.</source>
        <translation>Ein Share-Token funktioniert einmal, bis seine TTL abläuft.</translation>
    </message>
    <message>
        <source>Ask the donor for a new share token and redeem it soon after. (If every token fails like this, check this profile&apos;s app token with Test connection.)</source>
        <translation>Bitten Sie den Spender um ein neues Share-Token und lösen Sie es bald danach ein. (Scheitert jedes Token so, prüfen Sie das App-Token dieses Profils mit „Verbindung testen“.)</translation>
    </message>
    <message>
        <source>Sumsub does not know this level in your account. Check its name (case matters) on the Levels page of your Sumsub dashboard.</source>
        <translation>Sumsub kennt dieses Level in Ihrem Konto nicht. Prüfen Sie seinen Namen (Groß- und Kleinschreibung zählt) auf der Seite „Levels“ Ihres Sumsub-Dashboards.</translation>
    </message>
    <message>
        <source>You and the donor are not partners for Reusable KYC yet. Each adds the other on the Reusable KYC partners page of the Sumsub dashboard; then ask the donor for a new token.</source>
        <translation>Sie und der Spender sind noch keine Partner für Reusable KYC. Jeder trägt den anderen auf der Partnerseite für Reusable KYC im Sumsub-Dashboard ein; bitten Sie dann den Spender um ein neues Token.</translation>
    </message>
    <message>
        <source>Reusable KYC is disabled for your account. Ask your Sumsub account manager to enable it.</source>
        <translation>Reusable KYC ist für Ihr Konto deaktiviert. Bitten Sie Ihren Sumsub-Account-Manager, es zu aktivieren.</translation>
    </message>
    <message>
        <source>Copy applicant is not enabled for your account: it is a separate Sumsub product with its own agreement. Use Reuse, or ask your account manager.</source>
        <translation>„Antragsteller kopieren“ ist für Ihr Konto nicht aktiviert: Es ist ein eigenes Sumsub-Produkt mit eigener Vereinbarung. Verwenden Sie „Wiederverwenden“ oder fragen Sie Ihren Account-Manager.</translation>
    </message>
    <message>
        <source>This share token cannot be reused for the level you chose. Try the level your agreement with the donor names, or one with fewer steps (Preview checks a level without copying anything); the donor can say which level their applicant passed.</source>
        <translation>Dieses Share-Token kann für das gewählte Level nicht wiederverwendet werden. Versuchen Sie das Level, das Ihre Vereinbarung mit dem Spender nennt, oder eines mit weniger Schritten („Vorschau“ prüft ein Level, ohne etwas zu kopieren); der Spender kann sagen, welches Level sein Antragsteller bestanden hat.</translation>
    </message>
    <message>
        <source>The donor&apos;s applicant does not meet the criteria for reuse. Verify the person on your own level, or ask the donor.</source>
        <translation>Der Antragsteller des Spenders erfüllt die Kriterien für eine Wiederverwendung nicht. Prüfen Sie die Person auf Ihrem eigenen Level oder fragen Sie den Spender.</translation>
    </message>
    <message>
        <source>The donor&apos;s applicant is not approved yet. Ask the donor to finish the verification, then for a new token.</source>
        <translation>Der Antragsteller des Spenders ist noch nicht genehmigt. Bitten Sie den Spender, die Prüfung abzuschließen, und dann um ein neues Token.</translation>
    </message>
    <message>
        <source>The donor&apos;s applicant is not active (deactivated or deleted). Ask the donor.</source>
        <translation>Der Antragsteller des Spenders ist nicht aktiv (deaktiviert oder gelöscht). Fragen Sie den Spender.</translation>
    </message>
    <message>
        <source>The donor verified this applicant in a way that cannot be reused. Verify the person on your own level.</source>
        <translation>Der Spender hat diesen Antragsteller auf eine Weise geprüft, die sich nicht wiederverwenden lässt. Prüfen Sie die Person auf Ihrem eigenen Level.</translation>
    </message>
    <message>
        <source>Your level needs a selfie or an identity document the donor&apos;s applicant lacks. Try a level without that step, or have the person complete it with you.</source>
        <translation>Ihr Level braucht ein Selfie oder ein Ausweisdokument, das dem Antragsteller des Spenders fehlt. Versuchen Sie ein Level ohne diesen Schritt, oder lassen Sie die Person ihn bei Ihnen nachholen.</translation>
    </message>
    <message>
        <source>Your level needs a liveness check the donor&apos;s applicant has not passed. Try a level without liveness, or have the person complete it with you.</source>
        <translation>Ihr Level braucht eine Lebendigkeitsprüfung, die der Antragsteller des Spenders nicht bestanden hat. Versuchen Sie ein Level ohne Lebendigkeitsprüfung, oder lassen Sie die Person sie bei Ihnen nachholen.</translation>
    </message>
    <message>
        <source>None of the document types your level requires is one the donor&apos;s applicant holds. Try a level that accepts the donor&apos;s documents.</source>
        <translation>Keiner der Dokumenttypen, die Ihr Level verlangt, liegt beim Antragsteller des Spenders vor. Versuchen Sie ein Level, das die Dokumente des Spenders annimmt.</translation>
    </message>
    <message>
        <source>A document of the donor&apos;s applicant is of a type your level does not accept. Try a level that accepts it.</source>
        <translation>Ein Dokument des Antragstellers des Spenders hat einen Typ, den Ihr Level nicht annimmt. Versuchen Sie ein Level, das ihn annimmt.</translation>
    </message>
    <message>
        <source>Sumsub did not accept the share token.</source>
        <translation>Sumsub hat das Share-Token nicht angenommen.</translation>
    </message>
    <message>
        <source>Sumsub does not let this account redeem the token.</source>
        <translation>Sumsub lässt dieses Konto das Token nicht einlösen.</translation>
    </message>
    <message>
        <source>Sumsub refused to reuse the donor&apos;s applicant (error %1).</source>
        <translation>Sumsub hat die Wiederverwendung des Antragstellers des Spenders abgelehnt (Fehler %1).</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>kyc::PartnerBook</name>
    <message>
        <source>Enter the partner&apos;s ID first, then save it.</source>
        <translation>Geben Sie zuerst die ID des Partners ein, dann speichern Sie ihn.</translation>
    </message>
    <message>
        <source>Give the partner a name, like the company&apos;s, to find it by.</source>
        <translation>Geben Sie dem Partner einen Namen, etwa den der Firma, unter dem Sie ihn finden.</translation>
    </message>
    <message>
        <source>%1 takes only: %2. Its rules in the address book say so; choose an operation it takes.</source>
        <translation>%1 nimmt nur: %2. So steht es in seinen Regeln im Adressbuch; wählen Sie einen Vorgang, den er nimmt.</translation>
    </message>
    <message>
        <source>%1 takes tokens of at most %2 s (its rules in the address book); this one would live %3 s. Lower the TTL to %2 s or less.</source>
        <translation>%1 nimmt Token von höchstens %2 s (seine Regeln im Adressbuch); dieses würde %3 s gelten. Setzen Sie die TTL auf %2 s oder weniger.</translation>
    </message>
    <message>
        <source>There is no partner &quot;%1&quot; in the address book; save it with a name first.</source>
        <translation>Im Adressbuch gibt es keinen Partner „%1“; speichern Sie ihn zuerst mit einem Namen.</translation>
    </message>
    <message>
        <source>A partner&apos;s maximum TTL is a number of seconds, or 0 for none.</source>
        <translation>Die höchste TTL eines Partners ist eine Zahl von Sekunden, oder 0 für keine.</translation>
    </message>
    <message>
        <source>%1 is not an operation of %2.</source>
        <translation>%1 ist kein Vorgang von %2.</translation>
    </message>
    <message>
        <source>at most %1 s</source>
        <translation>höchstens %1 s</translation>
    </message>
    <message>
        <source>takes only %1</source>
        <translation>nimmt nur %1</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kyc::PendingReply</name>
    <message>
        <source>No complete answer within %1 ms.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 ms.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>HTTP %1 redirect to %2 was not followed.</source>
        <translation>Der HTTP-%1-Weiterleitung nach %2 wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>HTTP %1 redirect (with no Location) was not followed.</source>
        <translation>HTTP-%1-Weiterleitung (ohne Location) wurde nicht gefolgt.</translation>
    </message>
</context>
<context>
    <name>kyc::PostgresHistoryStore</name>
    <message>
        <source>The team history at %1 cannot be reached: %2</source>
        <translation>Der Team-Verlauf unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The list of trusted CAs could not be written: %1</source>
        <translation>Die Liste der vertrauenswürdigen CAs konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is missing (on Debian, the package libqt6sql6-psql).</source>
        <translation>Diese Installation kann PostgreSQL nicht erreichen: Der PostgreSQL-Treiber von Qt fehlt (unter Debian das Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1 holds no team history that %2 may read (%3). A database administrator creates it once with &apos;kyc-share team init --history-url URL&apos;, and lets each operator in with &apos;GRANT kyc_operator TO name&apos;.</source>
        <translation>%1 enthält keinen Team-Verlauf, den %2 lesen darf (%3). Ein Datenbankadministrator legt ihn einmal mit „kyc-share team init --history-url URL“ an und lässt jede Bearbeiterin mit „GRANT kyc_operator TO name“ zu.</translation>
    </message>
    <message>
        <source>The team history at %1 was created by a newer version of KYC Share Console. Update the console.</source>
        <translation>Der Team-Verlauf unter %1 wurde von einer neueren Version von KYC Share Console angelegt. Aktualisieren Sie die Konsole.</translation>
    </message>
    <message>
        <source>The team history is not open.</source>
        <translation>Der Team-Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The team history&apos;s records could not be read: %1</source>
        <translation>Die Einträge des Team-Verlaufs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Es gibt keine Anfrage %1.</translation>
    </message>
    <message>
        <source>the driver gives no connection to read through</source>
        <translation>der Treiber gibt keine Verbindung zum Lesen heraus</translation>
    </message>
    <message>
        <source>the PostgreSQL client library (libpq.so.5) the driver uses was not found</source>
        <translation>die PostgreSQL-Clientbibliothek (libpq.so.5), die der Treiber verwendet, wurde nicht gefunden</translation>
    </message>
</context>
<context>
    <name>kyc::Profile</name>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>app token</source>
        <translation>App-Token</translation>
    </message>
    <message>
        <source>secret key</source>
        <translation>Geheimschlüssel</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Sumsub ID refresh token</source>
        <translation>Sumsub-ID-Refresh-Token</translation>
    </message>
    <message>
        <source>UNKNOWN: TREATED AS PRODUCTION</source>
        <translation>UNBEKANNT: WIE PRODUKTION BEHANDELT</translation>
    </message>
    <message>
        <source>NO ACCOUNT</source>
        <translation>KEIN KONTO</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is labelled sandbox, but its %2 has no sandbox prefix (%3), so it is treated as production. Nothing was sent. Check the %2, or label the profile production.</source>
        <translation>Das Profil „%1“ ist als Sandbox gekennzeichnet, aber sein %2 hat kein Sandbox-Präfix (%3) und wird daher wie Produktion behandelt. Nichts wurde gesendet. Prüfen Sie den %2, oder kennzeichnen Sie das Profil als Produktion.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is labelled %2, but its %3 is a %4 key. Nothing was sent. Correct the profile&apos;s environment or its %3 (Profiles, Edit; or kyc-share profile edit).</source>
        <translation>Das Profil „%1“ ist als %2 gekennzeichnet, aber sein %3 ist ein Schlüssel für %4. Nichts wurde gesendet. Korrigieren Sie die Umgebung des Profils oder seinen %3 (Profile, Bearbeiten; oder kyc-share profile edit).</translation>
    </message>
</context>
<context>
    <name>kyc::ProfileStore</name>
    <message>
        <source>Give the profile a name, like &quot;Sumsub sandbox&quot;.</source>
        <translation>Geben Sie dem Profil einen Namen, etwa „Sumsub Sandbox“.</translation>
    </message>
    <message>
        <source>The profile name must not begin or end with spaces.</source>
        <translation>Der Profilname darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Ein Profil namens „%1“ gibt es schon; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
</context>
<context>
    <name>kyc::ProviderAdapter</name>
    <message>
        <source>The answer is a web page, not the provider&apos;s JSON: a proxy or gateway between this computer and the provider may have answered instead.</source>
        <translation>Die Antwort ist eine Webseite, nicht das JSON des Anbieters: Möglicherweise hat ein Proxy oder Gateway zwischen diesem Computer und dem Anbieter an seiner Stelle geantwortet.</translation>
    </message>
    <message>
        <source>The error answer has no body.</source>
        <translation>Die Fehlerantwort hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>The error answer does not say what went wrong.</source>
        <translation>Die Fehlerantwort sagt nicht, was schiefging.</translation>
    </message>
    <message>
        <source>The token in the answer holds characters no token has (control characters, spaces or letters outside ASCII), which could change what a terminal or a text shows; it was not accepted.</source>
        <translation>Das Token in der Antwort enthält Zeichen, die kein Token hat (Steuerzeichen, Leerzeichen oder Buchstaben außerhalb von ASCII), die verändern könnten, was ein Terminal oder ein Text anzeigt; es wurde nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>kyc::SecretStore</name>
    <message>
        <source>The secret is not in the keychain. Enter it again in the profile.</source>
        <translation>Das Geheimnis ist nicht im Schlüsselbund. Geben Sie es im Profil erneut ein.</translation>
    </message>
    <message>
        <source>No OS keychain is available: on Linux a Secret Service (GNOME Keyring or KWallet) must be running in your desktop session. Install and start one, or keep the secrets in memory for this session only. Secrets are never written to a file instead.</source>
        <translation>Kein Schlüsselbund des Betriebssystems verfügbar: Unter Linux muss in Ihrer Desktop-Sitzung ein Secret Service (GNOME Keyring oder KWallet) laufen. Installieren und starten Sie einen, oder behalten Sie die Geheimnisse nur für diese Sitzung im Speicher. Geheimnisse werden nie stattdessen in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The keychain refused access: it may be locked. Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: Er ist vielleicht gesperrt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain failed.</source>
        <translation>Der Schlüsselbund ist gescheitert.</translation>
    </message>
</context>
<context>
    <name>kyc::ShareMessage</name>
    <message>
        <source>Hello,

here is the {operation} for {partner}:

{token}

It can be used once and expires at {expires}.</source>
        <translation>Guten Tag,

hier ist das {operation} für {partner}:

{token}

Es kann einmal verwendet werden und läuft am {expires} ab.</translation>
    </message>
    <message>
        <source>The message is empty. Write a text with {token} in it, or restore the default.</source>
        <translation>Die Nachricht ist leer. Schreiben Sie einen Text mit {token} darin, oder stellen Sie den Standard wieder her.</translation>
    </message>
    <message>
        <source>The message has %1, which is not a placeholder. Use %2.</source>
        <translation>Die Nachricht enthält %1, das ist kein Platzhalter. Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>The message has no {token}: put it where the token goes.</source>
        <translation>Die Nachricht enthält kein {token}: Setzen Sie es dorthin, wo das Token stehen soll.</translation>
    </message>
</context>
<context>
    <name>kyc::ShareReport</name>
    <message>
        <source>%1, approved by %2</source>
        <translation>%1, genehmigt von %2</translation>
    </message>
    <message>
        <source>ok, TTL %1 s</source>
        <translation>ok, TTL %1 s</translation>
    </message>
    <message>
        <source>ERROR %1</source>
        <translation>FEHLER %1</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>  reason: %1</source>
        <translation>  Grund: %1</translation>
    </message>
</context>
<context>
    <name>kyc::SqliteHistoryStore</name>
    <message>
        <source>The history %1 was written by a newer version of KYC Share Console. Update the console; the file was left as it is.</source>
        <translation>Der Verlauf %1 wurde von einer neueren Version von KYC Share Console geschrieben. Aktualisieren Sie die Konsole; die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The history %1 is damaged and could not be moved aside: %2</source>
        <translation>Der Verlauf %1 ist beschädigt und konnte nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <source>A new history could not be started at %1.</source>
        <translation>Unter %1 konnte kein neuer Verlauf begonnen werden.</translation>
    </message>
    <message>
        <source>The history could not be upgraded: %1</source>
        <translation>Der Verlauf konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Chain started on %1 by upgrading a history of schema %2.</source>
        <translation>Kette am %1 begonnen, beim Aktualisieren eines Verlaufs mit Schema %2.</translation>
    </message>
    <message>
        <source>History created on %1.</source>
        <translation>Verlauf am %1 angelegt.</translation>
    </message>
    <message>
        <source>Row %1 before the chain.</source>
        <translation>Zeile %1 vor der Kette.</translation>
    </message>
    <message>
        <source>Upgraded on %1 from a history with no rows.</source>
        <translation>Am %1 aus einem Verlauf ohne Zeilen aktualisiert.</translation>
    </message>
    <message>
        <source>Records 1 to %1 were written before the history had a hash chain, and were chained at this upgrade on %2. Their integrity before that moment is not proven.</source>
        <translation>Die Einträge 1 bis %1 wurden geschrieben, bevor der Verlauf eine Hash-Kette hatte, und bei dieser Aktualisierung am %2 verkettet. Ihre Unversehrtheit vor diesem Zeitpunkt ist nicht bewiesen.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The history&apos;s records could not be read: %1</source>
        <translation>Die Einträge des Verlaufs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>er ist nicht geöffnet</translation>
    </message>
    <message>
        <source>The history&apos;s records could not be read to the end: %1</source>
        <translation>Die Einträge des Verlaufs konnten nicht bis zum Ende gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>kyc::SumsubAdapter</name>
    <message>
        <source>The answer is not the list of levels Sumsub sends.</source>
        <translation>Die Antwort ist nicht die Level-Liste, die Sumsub sendet.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object (%1).</source>
        <translation>Die Antwort ist kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>The answer has no &quot;token&quot; text.</source>
        <translation>Die Antwort enthält keinen Text „token“.</translation>
    </message>
    <message>
        <source>The token is %1 bytes long; Sumsub tokens are at most %2 bytes, so it was not accepted.</source>
        <translation>Das Token ist %1 Bytes lang; Sumsub-Token haben höchstens %2 Bytes, daher wurde es nicht angenommen.</translation>
    </message>
    <message>
        <source>The token was issued for partner &quot;%1&quot;, not &quot;%2&quot; as asked; do not use it.</source>
        <translation>Das Token wurde für den Partner „%1“ ausgestellt, nicht wie angefragt für „%2“; verwenden Sie es nicht.</translation>
    </message>
    <message>
        <source>The answer does not say whether sharing is allowed.</source>
        <translation>Die Antwort sagt nicht, ob die Freigabe erlaubt ist.</translation>
    </message>
    <message>
        <source>The answer has no &quot;access_token&quot;.</source>
        <translation>Die Antwort enthält kein „access_token“.</translation>
    </message>
    <message>
        <source>The answer&apos;s &quot;expires_in&quot; is not a positive number of seconds.</source>
        <translation>„expires_in“ in der Antwort ist keine positive Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1.</source>
        <translation>Unerwarteter HTTP-Status %1.</translation>
    </message>
    <message>
        <source>A token in the answer is %1 bytes long, far more than a Sumsub ID token; it was not accepted.</source>
        <translation>Ein Token in der Antwort ist %1 Bytes lang, weit mehr als ein Sumsub-ID-Token; es wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>The answer does not name the new applicant&apos;s &quot;id&quot;.</source>
        <translation>Die Antwort nennt die „id“ des neuen Antragstellers nicht.</translation>
    </message>
</context>
<context>
    <name>kyc::SumsubIdConnect</name>
    <message>
        <source>Sumsub ID client ID</source>
        <translation>Sumsub-ID-Client-ID</translation>
    </message>
    <message>
        <source>Paste the authorization code, or the whole address the browser ended on after consent.</source>
        <translation>Fügen Sie den Autorisierungscode ein oder die ganze Adresse, bei der der Browser nach der Zustimmung gelandet ist.</translation>
    </message>
    <message>
        <source>The consent was not given (%1: %2). Start the authorization again.</source>
        <translation>Die Zustimmung wurde nicht erteilt (%1: %2). Beginnen Sie die Autorisierung erneut.</translation>
    </message>
    <message>
        <source>The address has no code= in it. Paste the address the browser ended on after consent.</source>
        <translation>Die Adresse enthält kein code=. Fügen Sie die Adresse ein, bei der der Browser nach der Zustimmung gelandet ist.</translation>
    </message>
    <message>
        <source>The address has no state; it does not come from the authorize URL made here.</source>
        <translation>Die Adresse enthält keinen State; sie stammt nicht von der hier erzeugten Autorisierungs-URL.</translation>
    </message>
    <message>
        <source>The address&apos;s state does not match: it belongs to another authorization. Open the current authorize URL and paste the address it ends on.</source>
        <translation>Der State der Adresse passt nicht: Sie gehört zu einer anderen Autorisierung. Öffnen Sie die aktuelle Autorisierungs-URL und fügen Sie die Adresse ein, bei der sie endet.</translation>
    </message>
    <message>
        <source>authorization code</source>
        <translation>Autorisierungscode</translation>
    </message>
</context>
<context>
    <name>kyc::TeamSchema</name>
    <message>
        <source>This database already holds a team history (the schema kyc_share); it was left as it is.</source>
        <translation>Diese Datenbank enthält bereits einen Team-Verlauf (das Schema kyc_share); er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The team history could not be created: %1</source>
        <translation>Der Team-Verlauf konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Team history created on %1; approval by a second person required for: %2.</source>
        <translation>Team-Verlauf am %1 angelegt; Genehmigung durch eine zweite Person erforderlich für: %2.</translation>
    </message>
</context>
<context>
    <name>kyc::Transport</name>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL.</source>
        <translation>„%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>Refused to send to %1 over plain http://.</source>
        <translation>Senden an %1 über unverschlüsseltes http:// verweigert.</translation>
    </message>
</context>
<context>
    <name>kyc::Validators</name>
    <message>
        <source>The SDK is &quot;web&quot; or &quot;mobile&quot;.</source>
        <translation>Das SDK ist „web“ oder „mobile“.</translation>
    </message>
    <message>
        <source>Give a referrer for the Web SDK or an app ID for a mobile SDK, not both.</source>
        <translation>Geben Sie einen Referrer für das Web-SDK oder eine App-ID für ein Mobile-SDK an, nicht beides.</translation>
    </message>
    <message>
        <source>Keep the reason under 500 characters; a ticket reference is enough.</source>
        <translation>Halten Sie den Grund unter 500 Zeichen; eine Ticketnummer genügt.</translation>
    </message>
    <message>
        <source>This link does not point to an applicant. Open the applicant in the Sumsub dashboard and copy the address from there, or paste the applicant ID itself.</source>
        <translation>Dieser Link zeigt auf keinen Antragsteller. Öffnen Sie den Antragsteller im Sumsub-Dashboard und kopieren Sie die Adresse von dort, oder fügen Sie die Antragsteller-ID selbst ein.</translation>
    </message>
    <message>
        <source>Enter the applicant ID: 24 hexadecimal characters, like 63e092c51b7b4030f2e01154.</source>
        <translation>Geben Sie die Antragsteller-ID ein: 24 Hexadezimalzeichen, etwa 63e092c51b7b4030f2e01154.</translation>
    </message>
    <message>
        <source>The applicant ID contains a space. Paste the ID alone, like 63e092c51b7b4030f2e01154.</source>
        <translation>Die Antragsteller-ID enthält ein Leerzeichen. Fügen Sie nur die ID ein, etwa 63e092c51b7b4030f2e01154.</translation>
    </message>
    <message>
        <source>The applicant ID has capital letters. Sumsub applicant IDs are lowercase, like 63e092c51b7b4030f2e01154.</source>
        <translation>Die Antragsteller-ID enthält Großbuchstaben. Sumsub-Antragsteller-IDs sind kleingeschrieben, etwa 63e092c51b7b4030f2e01154.</translation>
    </message>
    <message>
        <source>The applicant ID may only contain 0-9 and a-f (found &apos;%1&apos;). It looks like 63e092c51b7b4030f2e01154.</source>
        <translation>Die Antragsteller-ID darf nur 0-9 und a-f enthalten (gefunden: „%1“). Sie sieht aus wie 63e092c51b7b4030f2e01154.</translation>
    </message>
    <message>
        <source>The applicant ID has %1 characters; it must have 24, like 63e092c51b7b4030f2e01154.</source>
        <translation>Die Antragsteller-ID hat %1 Zeichen; sie muss 24 haben, etwa 63e092c51b7b4030f2e01154.</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s client ID (ask the partner for it), like CoolCoinLtd.</source>
        <translation>Geben Sie die Client-ID des Partners ein (fragen Sie den Partner danach), etwa CoolCoinLtd.</translation>
    </message>
    <message>
        <source>The partner client ID must not contain spaces. Check it with the partner.</source>
        <translation>Die Partner-Client-ID darf keine Leerzeichen enthalten. Klären Sie sie mit dem Partner.</translation>
    </message>
    <message>
        <source>The partner client ID contains a control character. Type it again.</source>
        <translation>Die Partner-Client-ID enthält ein Steuerzeichen. Tippen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Enter a TTL in seconds, from 1 to %1.</source>
        <translation>Geben Sie eine TTL in Sekunden ein, von 1 bis %1.</translation>
    </message>
    <message>
        <source>The TTL must be a whole number of seconds, like 600.</source>
        <translation>Die TTL muss eine ganze Anzahl Sekunden sein, etwa 600.</translation>
    </message>
    <message>
        <source>The TTL must be between 1 and %1 seconds; %2 is out of range.</source>
        <translation>Die TTL muss zwischen 1 und %1 Sekunden liegen; %2 liegt außerhalb.</translation>
    </message>
    <message>
        <source>for example https://*.example.com/*</source>
        <translation>zum Beispiel https://*.example.com/*</translation>
    </message>
    <message>
        <source>Enter the web page pattern the Web SDK runs on, %1.</source>
        <translation>Geben Sie das Muster der Webseiten ein, auf denen das Web-SDK läuft, %1.</translation>
    </message>
    <message>
        <source>The referrer needs a scheme and ://, %1.</source>
        <translation>Der Referrer braucht ein Schema und ://, %1.</translation>
    </message>
    <message>
        <source>The referrer&apos;s scheme must be http, https or *; &apos;%1&apos; is not allowed (%2).</source>
        <translation>Das Schema des Referrers muss http, https oder * sein; „%1“ ist nicht erlaubt (%2).</translation>
    </message>
    <message>
        <source>The referrer needs a path after the host, at least /, %1.</source>
        <translation>Der Referrer braucht einen Pfad nach dem Host, mindestens /, %1.</translation>
    </message>
    <message>
        <source>The referrer has no host, %1.</source>
        <translation>Der Referrer hat keinen Host, %1.</translation>
    </message>
    <message>
        <source>The referrer must not contain spaces.</source>
        <translation>Der Referrer darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>In the referrer&apos;s host, * may only stand alone or at the start as *.domain (found &apos;%1&apos;), %2.</source>
        <translation>Im Host des Referrers darf * nur allein oder am Anfang als *.domain stehen (gefunden: „%1“), %2.</translation>
    </message>
    <message>
        <source>like com.example.app</source>
        <translation>etwa com.example.app</translation>
    </message>
    <message>
        <source>Enter the mobile app&apos;s bundle or application ID, %1.</source>
        <translation>Geben Sie die Bundle- oder Application-ID der mobilen App ein, %1.</translation>
    </message>
    <message>
        <source>The app ID is in reverse-DNS form with at least two parts, %1.</source>
        <translation>Die App-ID hat die Reverse-DNS-Form mit mindestens zwei Teilen, %1.</translation>
    </message>
    <message>
        <source>The app ID has an empty part between dots, %1.</source>
        <translation>Die App-ID hat einen leeren Teil zwischen Punkten, %1.</translation>
    </message>
    <message>
        <source>The app ID may only contain letters, digits, _ and - between dots (found &apos;%1&apos;), %2.</source>
        <translation>Die App-ID darf zwischen Punkten nur Buchstaben, Ziffern, _ und - enthalten (gefunden: „%1“), %2.</translation>
    </message>
    <message>
        <source>The app ID must start with a letter, %1.</source>
        <translation>Die App-ID muss mit einem Buchstaben beginnen, %1.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Geben Sie %1 ein.</translation>
    </message>
    <message>
        <source>The %1 must not contain spaces or line breaks; paste it again in one piece.</source>
        <translation>%1 darf keine Leerzeichen oder Zeilenumbrüche enthalten; fügen Sie es erneut in einem Stück ein.</translation>
    </message>
    <message>
        <source>Enter the code verifier the authorize URL was made with.</source>
        <translation>Geben Sie den Code-Verifier ein, mit dem die Autorisierungs-URL erzeugt wurde.</translation>
    </message>
    <message>
        <source>The code verifier has %1 characters; PKCE verifiers have 43 to 128.</source>
        <translation>Der Code-Verifier hat %1 Zeichen; PKCE-Verifier haben 43 bis 128.</translation>
    </message>
    <message>
        <source>The code verifier may only contain letters, digits and - . _ ~ (found &apos;%1&apos;).</source>
        <translation>Der Code-Verifier darf nur Buchstaben, Ziffern und - . _ ~ enthalten (gefunden: „%1“).</translation>
    </message>
    <message>
        <source>Choose at least one scope; &quot;share&quot; is needed for Sumsub ID share tokens.</source>
        <translation>Wählen Sie mindestens einen Scope; „share“ wird für Sumsub-ID-Share-Token gebraucht.</translation>
    </message>
    <message>
        <source>Unknown scope &apos;%1&apos;; the scopes are %2.</source>
        <translation>Unbekannter Scope „%1“; die Scopes sind %2.</translation>
    </message>
    <message>
        <source>Enter the ComplyCube client ID, like 5eb04fcd0f3e360008035eb1.</source>
        <translation>Geben Sie die ComplyCube-Client-ID ein, etwa 5eb04fcd0f3e360008035eb1.</translation>
    </message>
    <message>
        <source>The client ID may only contain letters and digits (found &apos;%1&apos;), like 5eb04fcd0f3e360008035eb1.</source>
        <translation>Die Client-ID darf nur Buchstaben und Ziffern enthalten (gefunden: „%1“), etwa 5eb04fcd0f3e360008035eb1.</translation>
    </message>
    <message>
        <source>Enter the redirect URI registered for Sumsub ID Connect, like https://partner.example/callback.</source>
        <translation>Geben Sie die für Sumsub ID Connect registrierte Redirect-URI ein, etwa https://partner.example/callback.</translation>
    </message>
    <message>
        <source>The redirect URI must be the registered https:// address, like https://partner.example/callback.</source>
        <translation>Die Redirect-URI muss die registrierte https://-Adresse sein, etwa https://partner.example/callback.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; cannot be read or holds no PEM certificate.</source>
        <translation>Die CA-Zertifikatsdatei „%1“ ist nicht lesbar oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The base URL &apos;%1&apos; is not a valid URL. Use the form https://api.example.com.</source>
        <translation>Die Basis-URL „%1“ ist keine gültige URL. Verwenden Sie die Form https://api.example.com.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>Die Basis-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (127.0.0.1, ::1, localhost); use https:// for %1.</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt (127.0.0.1, ::1, localhost); verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <source>The base URL is the scheme, host and port only, like https://api.sumsub.com; remove the rest.</source>
        <translation>Die Basis-URL besteht nur aus Schema, Host und Port, etwa https://api.sumsub.com; entfernen Sie den Rest.</translation>
    </message>
    <message>
        <source>The partner client ID</source>
        <translation>Die Partner-Client-ID</translation>
    </message>
    <message>
        <source>The referrer</source>
        <translation>Der Referrer</translation>
    </message>
    <message>
        <source>The %1</source>
        <translation>Das Feld „%1“</translation>
    </message>
    <message>
        <source>%1 holds an invisible character (U+%2) at character %3: it shows the text otherwise than it is sent. Type it again instead of pasting it.</source>
        <translation>%1 enthält ein unsichtbares Zeichen (U+%2) an Stelle %3: Der Text wird anders angezeigt, als er gesendet wird. Tippen Sie ihn neu, statt ihn einzufügen.</translation>
    </message>
    <message>
        <source>A TTL of %1 s is more than 24 hours, which no vendor documents as needed: the token stays usable by whoever holds it for that long.</source>
        <translation>Eine TTL von %1 s ist mehr als 24 Stunden, was kein Anbieter als nötig beschreibt: Das Token bleibt so lange für jeden nutzbar, der es hat.</translation>
    </message>
    <message>
        <source>The referrer %1 matches every web site: any page could start the Web SDK with this token.</source>
        <translation>Der Referrer %1 passt auf jede Website: Jede Seite könnte das Web SDK mit diesem Token starten.</translation>
    </message>
    <message>
        <source>The referrer %1 matches every site under .%2, which anyone can register: nearly any page could start the Web SDK with this token.</source>
        <translation>Der Referrer %1 passt auf jede Website unter .%2, die jeder registrieren kann: Fast jede Seite könnte das Web SDK mit diesem Token starten.</translation>
    </message>
    <message>
        <source>Enter the name of your level the applicant is to be checked for, as your Sumsub dashboard shows it (for example basic-kyc-level).</source>
        <translation>Geben Sie den Namen Ihres Levels ein, für das der Antragsteller geprüft werden soll, wie Ihr Sumsub-Dashboard es zeigt (zum Beispiel basic-kyc-level).</translation>
    </message>
    <message>
        <source>A level name is at most 128 characters; check what was pasted.</source>
        <translation>Ein Level-Name hat höchstens 128 Zeichen; prüfen Sie, was eingefügt wurde.</translation>
    </message>
    <message>
        <source>The level name must be on one line, without control characters.</source>
        <translation>Der Level-Name muss in einer Zeile stehen, ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>The level name</source>
        <translation>Der Level-Name</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Issue KYC share tokens by hand.</source>
        <translation>KYC-Share-Token von Hand ausstellen.</translation>
    </message>
    <message>
        <source>Issue against the built-in emulator; tokens are not real.</source>
        <translation>Gegen den eingebauten Emulator ausstellen; die Token sind nicht echt.</translation>
    </message>
    <message>
        <source>The Sumsub API&apos;s scheme, host and port.</source>
        <translation>Schema, Host und Port der Sumsub-API.</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in this PEM file.</source>
        <translation>Zusätzlich dem/den CA-Zertifikat(en) in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>For tests and benchmarks: quit once the main window is painted.</source>
        <translation>Für Tests und Benchmarks: beenden, sobald das Hauptfenster gezeichnet ist.</translation>
    </message>
    <message>
        <source>kyc-share-console is already running; its window was brought to the front.</source>
        <translation>kyc-share-console läuft bereits; sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <source>kyc-share-console: no private runtime folder (XDG_RUNTIME_DIR, or one of its own in the temporary folder); running without the check for a console that already runs.</source>
        <translation>kyc-share-console: kein privater Laufzeitordner (XDG_RUNTIME_DIR oder ein eigener im temporären Ordner); läuft ohne die Prüfung auf eine bereits laufende Konsole.</translation>
    </message>
</context>
</TS>
