<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Delegations</source>
            <translation>Über Delegations</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Delegations %1&lt;/h3&gt;&lt;p&gt;Plans delegation trips and visits, prints the papers that travel with them and keeps track of the follow-ups.&lt;/p&gt;&lt;p&gt;Free software under the %2. It uses the components listed below, under their own licences.&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Delegations %1&lt;/h3&gt;&lt;p&gt;Plant Delegationsreisen und Besuche, druckt die Unterlagen, die mit ihnen reisen, und behält die Nachverfolgung im Blick.&lt;/p&gt;&lt;p&gt;Freie Software unter der %2. Sie verwendet die unten aufgeführten Komponenten, unter deren eigenen Lizenzen.&lt;/p&gt;&lt;p&gt;Datenbank: %3&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Licences and third-party notices</source>
            <translation>Lizenzen und Hinweise zu Komponenten Dritter</translation>
        </message>
    </context>
    <context>
        <name>ActivityCard</name>
        <message>
            <source>The year with partner and friendly cities</source>
            <extracomment>Calm, distinguishable colours (the kinds are also named in the legend and tooltips).</extracomment>
            <translation>Das Jahr mit Partnerstädten und befreundeten Städten</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Jahr:</translation>
        </message>
        <message>
            <source>No trips with partner or friendly cities in %1.</source>
            <translation>Keine Reisen mit Partnerstädten oder befreundeten Städten im Jahr %1.</translation>
        </message>
        <message>
            <source>Trips per city in %1</source>
            <translation>Reisen je Stadt im Jahr %1</translation>
        </message>
        <message numerus="yes">
            <source>%n cities</source>
            <translation>
                <numerusform>%n Stadt</numerusform>
                <numerusform>%n Städte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n outcome(s)</source>
            <translation>
                <numerusform>%n Ergebnis</numerusform>
                <numerusform>%n Ergebnisse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open action(s)</source>
            <translation>
                <numerusform>%n offene Folgeaufgabe</numerusform>
                <numerusform>%n offene Folgeaufgaben</numerusform>
            </translation>
        </message>
        <message>
            <source>(a trip to several cities counts for each)</source>
            <translation>(eine Reise in mehrere Städte zählt für jede Stadt)</translation>
        </message>
        <message numerus="yes">
            <source>%n trip(s)</source>
            <translation>
                <numerusform>%n Reise</numerusform>
                <numerusform>%n Reisen</numerusform>
            </translation>
        </message>
        <message>
            <source>Trips</source>
            <translation>Reisen</translation>
        </message>
    </context>
    <context>
        <name>AddressFormsBox</name>
        <message>
            <source>Forms of address</source>
            <translation>Anredeformen</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>Envelope:</source>
            <translation>Anschrift:</translation>
        </message>
        <message>
            <source>Salutation:</source>
            <translation>Briefanrede:</translation>
        </message>
        <message>
            <source>Spoken:</source>
            <translation>Mündlich:</translation>
        </message>
    </context>
    <context>
        <name>AfterLabels</name>
        <message>
            <source>Open</source>
            <translation type="vanished">Offen</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation type="vanished">In Bearbeitung</translation>
        </message>
        <message>
            <source>Done</source>
            <translation type="vanished">Erledigt</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation type="vanished">Verworfen</translation>
        </message>
        <message>
            <source>Agreement signed</source>
            <translation type="vanished">Vereinbarung unterzeichnet</translation>
        </message>
        <message>
            <source>Result</source>
            <translation type="vanished">Ergebnis</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation type="vanished">Beschluss</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation type="vanished">Neuer Kontakt</translation>
        </message>
        <message>
            <source>Press</source>
            <translation type="vanished">Presse</translation>
        </message>
        <message>
            <source>Other</source>
            <translation type="vanished">Sonstiges</translation>
        </message>
        <message>
            <source>Given</source>
            <translation type="vanished">Überreicht</translation>
        </message>
        <message>
            <source>Received</source>
            <translation type="vanished">Erhalten</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation type="vanished">Reisekosten</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <translation type="vanished">Unterkunft</translation>
        </message>
        <message>
            <source>Gifts</source>
            <translation type="vanished">Geschenke</translation>
        </message>
        <message>
            <source>Interpreting</source>
            <translation type="vanished">Dolmetschen</translation>
        </message>
        <message>
            <source>Hospitality</source>
            <translation type="vanished">Bewirtung</translation>
        </message>
        <message>
            <source>City budget</source>
            <translation type="vanished">Städtischer Haushalt</translation>
        </message>
        <message>
            <source>Special fund</source>
            <translation type="vanished">Sondermittel</translation>
        </message>
        <message>
            <source>EU programme</source>
            <translation type="vanished">EU-Programm</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation type="vanished">Partner</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Beliebig</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>Diese Woche fällig</translation>
        </message>
        <message>
            <source>Due in the next 30 days</source>
            <translation>In den nächsten 30 Tagen fällig</translation>
        </message>
        <message>
            <source>Without due date</source>
            <translation>Ohne Fälligkeitsdatum</translation>
        </message>
    </context>
    <context>
        <name>AfterOps</name>
        <message>
            <source>New follow-up</source>
            <translation>Neue Folgeaufgabe</translation>
        </message>
        <message>
            <source>Edit follow-up</source>
            <translation>Folgeaufgabe bearbeiten</translation>
        </message>
        <message>
            <source>Change status</source>
            <translation>Status ändern</translation>
        </message>
        <message>
            <source>Delete follow-up</source>
            <translation>Folgeaufgabe löschen</translation>
        </message>
        <message>
            <source>New outcome</source>
            <translation>Neues Ergebnis</translation>
        </message>
        <message>
            <source>Edit outcome</source>
            <translation>Ergebnis bearbeiten</translation>
        </message>
        <message>
            <source>Delete outcome</source>
            <translation>Ergebnis löschen</translation>
        </message>
        <message>
            <source>Attach file</source>
            <translation>Datei anhängen</translation>
        </message>
        <message>
            <source>Remove attachment</source>
            <translation>Anhang entfernen</translation>
        </message>
        <message>
            <source>New gift</source>
            <translation>Neues Geschenk</translation>
        </message>
        <message>
            <source>Edit gift</source>
            <translation>Geschenk bearbeiten</translation>
        </message>
        <message>
            <source>Delete gift</source>
            <translation>Geschenk löschen</translation>
        </message>
        <message>
            <source>New budget line</source>
            <translation>Neuer Budgetposten</translation>
        </message>
        <message>
            <source>Edit budget line</source>
            <translation>Budgetposten bearbeiten</translation>
        </message>
        <message>
            <source>Delete budget line</source>
            <translation>Budgetposten löschen</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsBox</name>
        <message>
            <source>Attachments</source>
            <translation>Anhänge</translation>
        </message>
        <message>
            <source>&amp;Copy into the data folder</source>
            <translation>In den Datenordner &amp;kopieren</translation>
        </message>
        <message>
            <source>A copy stays available when the original is moved or deleted.</source>
            <translation>Eine Kopie bleibt verfügbar, wenn das Original verschoben oder gelöscht wird.</translation>
        </message>
        <message>
            <source>Attach &amp;file…</source>
            <translation>&amp;Datei anhängen…</translation>
        </message>
        <message>
            <source>Add &amp;link…</source>
            <translation>&amp;Link hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source> (copy in the data folder)</source>
            <translation> (Kopie im Datenordner)</translation>
        </message>
        <message>
            <source>Not attached</source>
            <translation>Nicht angehängt</translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>Öffnen nicht möglich</translation>
        </message>
        <message>
            <source>No program could open %1.</source>
            <translation>Kein Programm konnte %1 öffnen.</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Datei anhängen</translation>
        </message>
        <message>
            <source>Add a link</source>
            <translation>Link hinzufügen</translation>
        </message>
        <message>
            <source>Address (URL) of the document:</source>
            <translation>Adresse (URL) des Dokuments:</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <source>Audit Log</source>
            <translation>Änderungsprotokoll</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Datensatztyp</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>&amp;Record type:</source>
            <translation>&amp;Datensatztyp:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>The log names the fields that changed, never their contents.</source>
            <translation>Das Protokoll nennt die geänderten Felder, nie deren Inhalte.</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>Alle Datensätze</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Felder</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>created</source>
            <translation>angelegt</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>gelöscht</translation>
        </message>
        <message>
            <source>anonymised</source>
            <translation>anonymisiert</translation>
        </message>
        <message>
            <source>anonymised (retention)</source>
            <translation>anonymisiert (Aufbewahrungsfrist)</translation>
        </message>
        <message>
            <source>exported</source>
            <translation>exportiert</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <source>&amp;Back Up…</source>
            <translation>&amp;Sichern…</translation>
        </message>
        <message>
            <source>&amp;Restore from Backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Back Up</source>
            <translation>Sichern</translation>
        </message>
        <message>
            <source>No backup made</source>
            <translation>Keine Sicherung erstellt</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Sicherung erstellt</translation>
        </message>
        <message>
            <source>The backup was written to %1 and checked.</source>
            <translation>Die Sicherung wurde nach %1 geschrieben und geprüft.</translation>
        </message>
        <message>
            <source>Restore from Backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Replace the open database with %1? The current file is kept beside it, and Delegations starts again on the restored data.</source>
            <translation>Die geöffnete Datenbank durch %1 ersetzen? Die bisherige Datei bleibt daneben erhalten, und Delegations startet mit den wiederhergestellten Daten neu.</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Nicht wiederhergestellt</translation>
        </message>
    </context>
    <context>
        <name>BadgeColoursBox</name>
        <message>
            <source>Badge colours</source>
            <translation>Farben der Namensschilder</translation>
        </message>
        <message>
            <source>Badge colours per delegation</source>
            <translation>Farben der Namensschilder je Delegation</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Choose &amp;Colour…</source>
            <translation>&amp;Farbe wählen…</translation>
        </message>
        <message>
            <source>Palette Colour</source>
            <translation>Farbe der Palette</translation>
        </message>
        <message>
            <source>Badge Colour of %1</source>
            <translation>Farbe der Namensschilder von %1</translation>
        </message>
        <message>
            <source>Change badge colour</source>
            <translation>Farbe der Namensschilder ändern</translation>
        </message>
        <message>
            <source>Some delegations share a colour: their badges differ only by the delegation's name. Choose another colour to tell them apart at a glance.</source>
            <translation>Einige Delegationen haben dieselbe Farbe: Ihre Namensschilder unterscheiden sich nur durch den Namen der Delegation. Eine andere Farbe wählen, um sie auf einen Blick zu unterscheiden.</translation>
        </message>
        <message>
            <source>%1 – same as %2</source>
            <translation>%1 – wie %2</translation>
        </message>
    </context>
    <context>
        <name>BudgetLineEditor</name>
        <message>
            <source>New Budget Line</source>
            <translation>Neue Budgetposition</translation>
        </message>
        <message>
            <source>Edit Budget Line</source>
            <translation>Budgetposition bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Kategorie:</translation>
        </message>
        <message>
            <source>&amp;Funding source:</source>
            <translation>&amp;Finanzierungsquelle:</translation>
        </message>
        <message>
            <source>&amp;Planned:</source>
            <translation>&amp;Geplant:</translation>
        </message>
        <message>
            <source>&amp;Actual:</source>
            <translation>&amp;Tatsächlich:</translation>
        </message>
        <message>
            <source>Leave empty until the cost is known.</source>
            <translation>Leer lassen, bis die Kosten feststehen.</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Anmerkung:</translation>
        </message>
    </context>
    <context>
        <name>BudgetLinesModel</name>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Finanzierungsquelle</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Ist</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Differenz</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
    </context>
    <context>
        <name>BudgetTab</name>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Finanzierungsquelle</translation>
        </message>
        <message>
            <source>&amp;New line…</source>
            <translation>&amp;Neue Position…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Totals&lt;/b&gt;</source>
            <translation>&lt;b&gt;Summen&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>Planned %1 · actual %2 · difference %3</source>
            <translation>Geplant %1 · Ist %2 · Differenz %3</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete this budget line?</source>
            <translation>Diese Budgetposition löschen?</translation>
        </message>
    </context>
    <context>
        <name>CalendarActions</name>
        <message>
            <source>Export to Calendar…</source>
            <translation>In Kalender exportieren…</translation>
        </message>
        <message>
            <source>Write the programme and travel as an .ics file for Outlook, Thunderbird or Google</source>
            <translation>Programm und Reiseabschnitte als .ics-Datei für Outlook, Thunderbird oder Google speichern</translation>
        </message>
        <message>
            <source>Import Host's Programme…</source>
            <translation>Programm der Gastgeber importieren…</translation>
        </message>
        <message>
            <source>Read a host's .ics calendar into this trip, with a preview before anything is saved</source>
            <translation>Den .ics-Kalender der Gastgeber in diese Reise übernehmen, mit Vorschau, bevor etwas gespeichert wird</translation>
        </message>
        <message>
            <source>Calendar not exported</source>
            <translation>Kalender nicht exportiert</translation>
        </message>
        <message>
            <source>Export to Calendar</source>
            <translation>In Kalender exportieren</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar-Dateien (*.ics)</translation>
        </message>
        <message>
            <source>1 event</source>
            <translation type="vanished">1 Termin</translation>
        </message>
        <message>
            <source>%1 events</source>
            <translation type="vanished">%1 Termine</translation>
        </message>
        <message>
            <source>Exported %1 to “%2”.</source>
            <translation>%1 nach „%2“ exportiert.</translation>
        </message>
        <message>
            <source>Import Host's Programme</source>
            <translation>Programm der Gastgeber importieren</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics *.ical *.ifb)</source>
            <translation>iCalendar-Dateien (*.ics *.ical *.ifb)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Calendar not imported</source>
            <translation>Kalender nicht importiert</translation>
        </message>
        <message>
            <source>Import “%1”</source>
            <translation>„%1“ importieren</translation>
        </message>
        <message>
            <source>Imported “%1”: %2 new, %3 updated.</source>
            <translation>„%1“ importiert: %2 neu, %3 aktualisiert.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n Termin</numerusform>
                <numerusform>%n Termine</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading “%1”…</source>
            <translation>„%1“ wird gelesen …</translation>
        </message>
    </context>
    <context>
        <name>CalendarExportDialog</name>
        <message>
            <source>Export to Calendar — %1</source>
            <translation>In Kalender exportieren — %1</translation>
        </message>
        <message>
            <source>&amp;Everyone: the whole programme and all travel</source>
            <translation>&amp;Alle: das gesamte Programm und alle Reiseabschnitte</translation>
        </message>
        <message>
            <source>&amp;One participant: only what they attend</source>
            <translation>&amp;Eine teilnehmende Person: nur ihre eigenen Termine</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Teilnehmende Person</translation>
        </message>
        <message>
            <source>Include &amp;talking points</source>
            <translation>&amp;Sprechpunkte einbeziehen</translation>
        </message>
        <message>
            <source>Talking points are internal: leave them out of calendars that are shared with others.</source>
            <translation>Sprechpunkte sind intern: Lassen Sie sie in Kalendern weg, die mit anderen geteilt werden.</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>Events keep their own time zone and a stable identity, so a later export updates them in the calendar.</source>
            <translation>Termine behalten ihre eigene Zeitzone und eine feste Kennung, sodass ein späterer Export sie im Kalender aktualisiert.</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
    </context>
    <context>
        <name>CalendarImportDialog</name>
        <message>
            <source>Import Host's Programme — %1</source>
            <translation>Programm der Gastgeber importieren — %1</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Events in the calendar file</source>
            <translation>Termine in der Kalenderdatei</translation>
        </message>
        <message>
            <source>1 event</source>
            <translation type="vanished">1 Termin</translation>
        </message>
        <message>
            <source>%1 events</source>
            <translation type="vanished">%1 Termine</translation>
        </message>
        <message>
            <source>%1 read from “%2”, in the local time of each event. Nothing is saved until you choose Import; events imported before are updated, not doubled.</source>
            <translation>%1 aus „%2“ gelesen, jeweils in der Ortszeit des Termins. Gespeichert wird erst, wenn Sie „Importieren“ wählen; bereits früher importierte Termine werden aktualisiert, nicht doppelt angelegt.</translation>
        </message>
        <message>
            <source>%1 new</source>
            <translation>%1 neu</translation>
        </message>
        <message>
            <source>%1 updated</source>
            <translation>%1 aktualisiert</translation>
        </message>
        <message>
            <source>%1 left out</source>
            <translation>%1 ausgelassen</translation>
        </message>
        <message>
            <source>Edit ▸ Undo takes the import back.</source>
            <translation>Mit Bearbeiten ▸ Rückgängig lässt sich der Import zurücknehmen.</translation>
        </message>
        <message>
            <source>Nothing in this file can be imported into this trip.</source>
            <translation>Aus dieser Datei kann nichts in diese Reise importiert werden.</translation>
        </message>
        <message>
            <source>&amp;Import %1</source>
            <translation>%1 &amp;importieren</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n Termin</numerusform>
                <numerusform>%n Termine</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing %1 events…</source>
            <translation>%1 Termine werden importiert …</translation>
        </message>
        <message>
            <source>The import was stopped; nothing was saved.</source>
            <translation>Der Import wurde abgebrochen; nichts wurde gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>CitiesPane</name>
        <message>
            <source>Cities</source>
            <translation>Städte</translation>
        </message>
        <message>
            <source>Cities list</source>
            <translation>Städteliste</translation>
        </message>
        <message>
            <source>New City…</source>
            <translation>Neue Stadt…</translation>
        </message>
        <message>
            <source>All relations</source>
            <translation>Alle Beziehungen</translation>
        </message>
        <message>
            <source>Search name or country…</source>
            <translation>Name oder Land suchen…</translation>
        </message>
        <message>
            <source>&amp;Relation:</source>
            <translation>&amp;Beziehung:</translation>
        </message>
        <message>
            <source>Select a city to see its contacts and the trips to it.</source>
            <translation>Wählen Sie eine Stadt aus, um ihre Kontakte und die Reisen dorthin zu sehen.</translation>
        </message>
        <message>
            <source>No cities match</source>
            <translation>Keine passenden Städte</translation>
        </message>
        <message>
            <source>Try a shorter search, or set the relation back to “All relations”.</source>
            <translation>Versuchen Sie einen kürzeren Suchbegriff oder setzen Sie die Beziehung auf „Alle Beziehungen“ zurück.</translation>
        </message>
        <message>
            <source>No cities yet</source>
            <translation>Noch keine Städte</translation>
        </message>
        <message>
            <source>Partner and friendly cities and networks will be listed here. Add one with “New City…”.</source>
            <translation>Hier werden Partnerstädte, befreundete Städte und Netzwerke aufgeführt. Fügen Sie eine mit „Neue Stadt…“ hinzu.</translation>
        </message>
        <message>
            <source>%1 of %2 cities</source>
            <translation>%1 von %2 Städten</translation>
        </message>
        <message>
            <source>1 city</source>
            <translation type="vanished">1 Stadt</translation>
        </message>
        <message>
            <source>%1 cities</source>
            <translation type="vanished">%1 Städte</translation>
        </message>
        <message>
            <source>City not available</source>
            <translation>Stadt nicht verfügbar</translation>
        </message>
        <message>
            <source>Delete City</source>
            <translation>Stadt löschen</translation>
        </message>
        <message>
            <source>Delete “%1”? You can undo this with Edit ▸ Undo.</source>
            <translation>„%1“ löschen? Sie können dies mit Bearbeiten ▸ Rückgängig aufheben.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>City not deleted</source>
            <translation>Stadt nicht gelöscht</translation>
        </message>
        <message numerus="yes">
            <source>%n city(s)</source>
            <translation>
                <numerusform>%n Stadt</numerusform>
                <numerusform>%n Städte</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CitiesTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Beziehung</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
    </context>
    <context>
        <name>CityEditor</name>
        <message>
            <source>New City</source>
            <translation>Neue Stadt</translation>
        </message>
        <message>
            <source>Edit City</source>
            <translation>Stadt bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>e.g. Aarhus</source>
            <translation>z. B. Aarhus</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <source>Two-letter code (ISO 3166), e.g. DK, US, CN. Empty for networks.</source>
            <translation>Zweistelliger Code (ISO 3166), z. B. DK, US, CN. Bei Netzwerken leer lassen.</translation>
        </message>
        <message>
            <source>&amp;Relation:</source>
            <translation>&amp;Beziehung:</translation>
        </message>
        <message>
            <source>&amp;Since:</source>
            <translation>S&amp;eit:</translation>
        </message>
        <message>
            <source>year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Year the partnership was founded.</source>
            <translation>Gründungsjahr der Partnerschaft.</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Zeitzone:</translation>
        </message>
        <message>
            <source>Times of programme points there are shown in this zone.</source>
            <translation>Uhrzeiten von Programmpunkten dort werden in dieser Zeitzone angezeigt.</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>&amp;Sprachen:</translation>
        </message>
        <message>
            <source>T&amp;opics:</source>
            <translation>&amp;Themen:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otizen:</translation>
        </message>
    </context>
    <context>
        <name>ColumnMap</name>
        <message>
            <source>Columns of the file</source>
            <translation>Spalten der Datei</translation>
        </message>
        <message>
            <source>(column %1)</source>
            <translation>(Spalte %1)</translation>
        </message>
        <message>
            <source>— ignore —</source>
            <translation>— ignorieren —</translation>
        </message>
        <message>
            <source>No column is read as: %1. Choose it above to import.</source>
            <translation>Keiner Spalte zugeordnet: %1. Wählen Sie oben eine Spalte dafür aus, um zu importieren.</translation>
        </message>
    </context>
    <context>
        <name>ComingUpCard</name>
        <message>
            <source>Coming up</source>
            <translation>Demnächst</translation>
        </message>
        <message>
            <source>No trips planned from today on. New trips are added in the Trips section.</source>
            <translation>Ab heute sind keine Reisen geplant. Neue Reisen legen Sie im Bereich „Reisen“ an.</translation>
        </message>
        <message numerus="yes">
            <source>%n more trip(s) planned: see the Trips section.</source>
            <translation>
                <numerusform>%n weitere Reise geplant: siehe Bereich „Reisen“.</numerusform>
                <numerusform>%n weitere Reisen geplant: siehe Bereich „Reisen“.</numerusform>
            </translation>
        </message>
        <message>
            <source>under way</source>
            <translation>unterwegs</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactChoiceModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>%1 (already in the delegation)</source>
            <translation>%1 (bereits in der Delegation)</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>New Contact</source>
            <translation>Neuer Kontakt</translation>
        </message>
        <message>
            <source>Edit Contact</source>
            <translation>Kontakt bearbeiten</translation>
        </message>
        <message>
            <source>— none (home city or unknown) —</source>
            <translation>— keine (Heimatstadt oder unbekannt) —</translation>
        </message>
        <message>
            <source>&amp;Honorific:</source>
            <translation>&amp;Anrede:</translation>
        </message>
        <message>
            <source>e.g. Frau, Mr, госпожа</source>
            <translation>z. B. Frau, Mr, госпожа</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>e.g. Dr., Mayor</source>
            <translation>z. B. Dr., Bürgermeisterin</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>as the person writes it</source>
            <translation>in der Schreibweise der Person</translation>
        </message>
        <message>
            <source>&amp;Function:</source>
            <translation>&amp;Funktion:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>&amp;Stadt:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>Te&amp;lefon:</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>Sp&amp;rachen:</translation>
        </message>
        <message>
            <source>Form of &amp;address:</source>
            <translation>&amp;Briefanrede:</translation>
        </message>
        <message>
            <source>e.g. Sehr geehrte Frau Bürgermeisterin</source>
            <translation>z. B. Sehr geehrte Frau Bürgermeisterin</translation>
        </message>
        <message>
            <source>Short &amp;biography:</source>
            <translation>&amp;Kurzbiografie:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>Noti&amp;zen:</translation>
        </message>
    </context>
    <context>
        <name>ContactPicker</name>
        <message>
            <source>Search the directory…</source>
            <translation>Verzeichnis durchsuchen…</translation>
        </message>
        <message>
            <source>Search counterparts</source>
            <translation>Gesprächspartner*innen suchen</translation>
        </message>
        <message>
            <source>New contact…</source>
            <translation>Neuer Kontakt…</translation>
        </message>
        <message>
            <source>Counterparts</source>
            <translation>Gesprächspartner*innen</translation>
        </message>
        <message>
            <source>Add Participant from the Directory</source>
            <translation>Teilnehmende aus dem Verzeichnis hinzufügen</translation>
        </message>
        <message>
            <source>Search name, organisation, e-mail, city…</source>
            <translation>Name, Organisation, E-Mail, Stadt suchen…</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Kontakte suchen</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>%1 contacts</source>
            <translation type="vanished">%1 Kontakte</translation>
        </message>
        <message>
            <source>%1 of %2 contacts shown; search to narrow them</source>
            <translation>%1 von %2 Kontakten angezeigt; grenzen Sie die Auswahl mit der Suche ein</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n Kontakt</numerusform>
                <numerusform>%n Kontakte</numerusform>
            </translation>
        </message>
        <message>
            <source> · Ctrl+click or Shift+click chooses several.</source>
            <translation> · Strg+Klick oder Umschalt+Klick wählt mehrere.</translation>
        </message>
    </context>
    <context>
        <name>ContactsPane</name>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Contacts list</source>
            <translation>Kontaktliste</translation>
        </message>
        <message>
            <source>New Contact…</source>
            <translation>Neuer Kontakt…</translation>
        </message>
        <message>
            <source>Search name, organisation, e-mail, city…</source>
            <translation>Name, Organisation, E-Mail, Stadt suchen…</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>S&amp;tadt:</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>Alle Städte</translation>
        </message>
        <message>
            <source>Select a contact to see their meetings, trips and open follow-ups.</source>
            <translation>Wählen Sie einen Kontakt aus, um dessen Termine, Reisen und offene Folgeaufgaben zu sehen.</translation>
        </message>
        <message>
            <source>No contacts match</source>
            <translation>Keine passenden Kontakte</translation>
        </message>
        <message>
            <source>Try a shorter search, or set the city back to “All cities”.</source>
            <translation>Versuchen Sie einen kürzeren Suchbegriff, oder setzen Sie die Stadt auf „Alle Städte“ zurück.</translation>
        </message>
        <message>
            <source>No contacts yet</source>
            <translation>Noch keine Kontakte</translation>
        </message>
        <message>
            <source>Counterparts and local stakeholders will be listed here. Add one with “New Contact…”, or import an address book (vCard) or a spreadsheet (CSV).</source>
            <translation>Hier werden Gesprächspartner*innen und lokale Akteure aufgeführt. Legen Sie mit „Neuer Kontakt…“ einen Kontakt an, oder importieren Sie ein Adressbuch (vCard) oder eine Tabelle (CSV).</translation>
        </message>
        <message>
            <source>%1 of %2 contacts</source>
            <translation>%1 von %2 Kontakten</translation>
        </message>
        <message>
            <source>1 contact</source>
            <translation type="vanished">1 Kontakt</translation>
        </message>
        <message>
            <source>%1 contacts</source>
            <translation type="vanished">%1 Kontakte</translation>
        </message>
        <message>
            <source>Contact not available</source>
            <translation>Kontakt nicht verfügbar</translation>
        </message>
        <message>
            <source>Delete Contact</source>
            <translation>Kontakt löschen</translation>
        </message>
        <message>
            <source>Delete “%1”? You can undo this with Edit ▸ Undo.</source>
            <translation>„%1“ löschen? Sie können dies mit Bearbeiten ▸ Rückgängig aufheben.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Contact not deleted</source>
            <translation>Kontakt nicht gelöscht</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n Kontakt</numerusform>
                <numerusform>%n Kontakte</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Contacts of this trip</source>
            <translation>Kontakte dieser Reise</translation>
        </message>
        <message>
            <source>No contacts yet</source>
            <translation>Noch keine Kontakte</translation>
        </message>
        <message>
            <source>People met in the programme and delegation members from the directory appear here.</source>
            <translation>Hier erscheinen die im Programm getroffenen Personen und die im Verzeichnis erfassten Delegationsmitglieder.</translation>
        </message>
        <message>
            <source>Counterparts met in the programme</source>
            <translation>Im Programm getroffene Gesprächspartner*innen</translation>
        </message>
        <message>
            <source>Delegation members in the directory</source>
            <translation>Delegationsmitglieder im Verzeichnis</translation>
        </message>
        <message>
            <source>Add from &amp;Directory…</source>
            <translation>Aus &amp;Verzeichnis hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;New Contact…</source>
            <translation>&amp;Neuer Kontakt…</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>&amp;Remove from Trip</source>
            <translation>Von der Reise &amp;entfernen</translation>
        </message>
        <message>
            <source>Add the trip's counterparts from the directory. People met in the programme and delegation members from the directory appear here too.</source>
            <translation>Fügen Sie die Gesprächspartner der Reise aus dem Verzeichnis hinzu. Personen aus dem Programm und Delegationsmitglieder aus dem Verzeichnis erscheinen hier ebenfalls.</translation>
        </message>
        <message>
            <source>Counterparts of this trip</source>
            <translation>Gesprächspartner dieser Reise</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Nicht geändert</translation>
        </message>
        <message>
            <source>Add Counterparts</source>
            <translation>Gesprächspartner hinzufügen</translation>
        </message>
        <message>
            <source>Add counterpart “%1”</source>
            <translation>Gesprächspartner „%1“ hinzufügen</translation>
        </message>
        <message numerus="yes">
            <source>Add %n counterpart(s)</source>
            <translation>
                <numerusform>%n Gesprächspartner hinzufügen</numerusform>
                <numerusform>%n Gesprächspartner hinzufügen</numerusform>
            </translation>
        </message>
        <message>
            <source>Move “%1”</source>
            <translation>„%1“ verschieben</translation>
        </message>
        <message>
            <source>Remove counterpart “%1”</source>
            <translation>Gesprächspartner „%1“ entfernen</translation>
        </message>
    </context>
    <context>
        <name>ContactsTable</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>E-mail and phone</source>
            <translation>E-Mail und Telefon</translation>
        </message>
        <message>
            <source>Meetings / role</source>
            <translation>Termine / Rolle</translation>
        </message>
    </context>
    <context>
        <name>ContactsTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>(the report could not be written)</source>
            <translation>(der Bericht konnte nicht geschrieben werden)</translation>
        </message>
        <message>
            <source>Unexpected Error</source>
            <translation>Unerwarteter Fehler</translation>
        </message>
        <message>
            <source>Something went wrong in Delegations. Your data is safe: every change is saved when it is made, and the step that failed was not saved at all.</source>
            <translation>In Delegations ist ein Fehler aufgetreten. Ihre Daten sind sicher: Jede Änderung wird gespeichert, sobald sie gemacht wird, und der fehlgeschlagene Schritt wurde gar nicht gespeichert.</translation>
        </message>
        <message>
            <source>A report without personal data was written to %1. Please send it to whoever looks after the program if this happens again.</source>
            <translation>Ein Bericht ohne personenbezogene Daten wurde unter %1 gespeichert. Bitte schicken Sie ihn an die Betreuung des Programms, falls der Fehler wieder auftritt.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message numerus="yes">
            <source>%n trip(s) coming up</source>
            <translation>
                <numerusform>%n Reise steht bevor</numerusform>
                <numerusform>%n Reisen stehen bevor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) overdue</source>
            <translation>
                <numerusform>%n Folgeaufgabe überfällig</numerusform>
                <numerusform>%n Folgeaufgaben überfällig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due this week</source>
            <translation>
                <numerusform>%n diese Woche fällig</numerusform>
                <numerusform>%n diese Woche fällig</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DelegationModel</name>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Bedarfe</translation>
        </message>
        <message>
            <source>Waiting list, no. %1</source>
            <translation>Warteliste, Nr. %1</translation>
        </message>
    </context>
    <context>
        <name>DelegationOps</name>
        <message>
            <source>Add participant “%1”</source>
            <translation>Teilnehmende Person „%1“ hinzufügen</translation>
        </message>
        <message>
            <source>Edit participant “%1”</source>
            <translation>Teilnehmende Person „%1“ bearbeiten</translation>
        </message>
        <message>
            <source>Remove participant “%1”</source>
            <translation>Teilnehmende Person „%1“ entfernen</translation>
        </message>
        <message>
            <source>Change order of precedence</source>
            <translation>Protokollarische Rangfolge ändern</translation>
        </message>
        <message>
            <source>Import 1 participant</source>
            <translation>1 teilnehmende Person importieren</translation>
        </message>
        <message>
            <source>Import %1 participants</source>
            <translation>%1 Teilnehmende importieren</translation>
        </message>
    </context>
    <context>
        <name>DelegationTab</name>
        <message>
            <source>Places</source>
            <translation>Plätze</translation>
        </message>
        <message>
            <source>Search the delegation…</source>
            <translation>Delegation durchsuchen…</translation>
        </message>
        <message>
            <source>Search the delegation</source>
            <translation>Delegation durchsuchen</translation>
        </message>
        <message>
            <source>Delegation in order of precedence</source>
            <translation>Delegation in protokollarischer Rangfolge</translation>
        </message>
        <message>
            <source>Drag rows or press Ctrl+Up / Ctrl+Down to change the order of precedence.</source>
            <translation>Ziehen Sie Zeilen oder drücken Sie Strg+Nach oben / Strg+Nach unten, um die protokollarische Rangfolge zu ändern.</translation>
        </message>
        <message>
            <source>Add from &amp;Directory…</source>
            <translation>Aus &amp;Verzeichnis hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;New Participant…</source>
            <translation>&amp;Neue teilnehmende Person…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>CSV &amp;importieren…</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>CSV e&amp;xportieren…</translation>
        </message>
        <message>
            <source>1 participant</source>
            <translation type="vanished">1 teilnehmende Person</translation>
        </message>
        <message>
            <source>%1 participants</source>
            <translation type="vanished">%1 Teilnehmende</translation>
        </message>
        <message>
            <source>%1 of %2 places taken, %3 on the waiting list</source>
            <translation>%1 von %2 Plätzen belegt, %3 auf der Warteliste</translation>
        </message>
        <message>
            <source>%1 moved up from the waiting list.</source>
            <translation>%1 ist von der Warteliste nachgerückt.</translation>
        </message>
        <message>
            <source>Remove Participants</source>
            <translation>Teilnehmende entfernen</translation>
        </message>
        <message>
            <source>Remove Participant</source>
            <translation>Teilnehmende Person entfernen</translation>
        </message>
        <message>
            <source>Remove %1 from this trip?</source>
            <translation>%1 von dieser Reise entfernen?</translation>
        </message>
        <message>
            <source>Remove %1 participants</source>
            <translation>%1 Teilnehmende entfernen</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Nicht geändert</translation>
        </message>
        <message>
            <source>Import Participants</source>
            <translation>Teilnehmende importieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt)</source>
            <translation>CSV-Dateien (*.csv *.txt)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>File not imported</source>
            <translation>Datei nicht importiert</translation>
        </message>
        <message>
            <source>Export Participants</source>
            <translation>Teilnehmende exportieren</translation>
        </message>
        <message>
            <source>delegation.csv</source>
            <translation>delegation.csv</translation>
        </message>
        <message>
            <source>CSV for spreadsheets (*.csv)</source>
            <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
        </message>
        <message>
            <source>Delegation not exported</source>
            <translation>Delegation nicht exportiert</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n teilnehmende Person</numerusform>
                <numerusform>%n Teilnehmende</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n participant(s)</source>
            <translation>
                <numerusform>%n Person hinzufügen</numerusform>
                <numerusform>%n Personen hinzufügen</numerusform>
            </translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <source>Reading “%1”…</source>
            <translation>„%1“ wird gelesen …</translation>
        </message>
    </context>
    <context>
        <name>DestinationPicker</name>
        <message>
            <source>Destinations in travel order</source>
            <translation>Reiseziele in Reihenfolge der Reise</translation>
        </message>
        <message>
            <source>City to add</source>
            <translation>Hinzuzufügende Stadt</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>New cit&amp;y…</source>
            <translation>Neue &amp;Stadt…</translation>
        </message>
        <message>
            <source>No cities yet: New city…</source>
            <translation>Noch keine Städte: Neue Stadt…</translation>
        </message>
    </context>
    <context>
        <name>DetailWriter</name>
        <message>
            <source>since %1</source>
            <translation>seit %1</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Themen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>No contacts in this city yet.</source>
            <translation>Noch keine Kontakte in dieser Stadt.</translation>
        </message>
        <message>
            <source>Trips</source>
            <translation>Reisen</translation>
        </message>
        <message>
            <source>No trips to this city yet.</source>
            <translation>Noch keine Reisen in diese Stadt.</translation>
        </message>
        <message>
            <source>Honorific</source>
            <translation>Anrede</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Form of address</source>
            <translation>Briefanrede</translation>
        </message>
        <message>
            <source>Short biography</source>
            <translation>Kurzbiografie</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Gespräche</translation>
        </message>
        <message>
            <source>Not a counterpart in any meeting yet.</source>
            <translation>Bisher in keinem Gespräch als Gesprächspartner*in.</translation>
        </message>
        <message>
            <source>Trips taken part in</source>
            <translation>Reiseteilnahmen</translation>
        </message>
        <message>
            <source>Not a member of any delegation yet.</source>
            <translation>Bisher in keiner Delegation.</translation>
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation>Offene Folgeaufgaben</translation>
        </message>
        <message>
            <source>Nothing open.</source>
            <translation>Nichts offen.</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>fällig am %1</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in Bearbeitung</translation>
        </message>
    </context>
    <context>
        <name>DirectoryOps</name>
        <message>
            <source>New city “%1”</source>
            <translation>Neue Stadt „%1“</translation>
        </message>
        <message>
            <source>Edit city “%1”</source>
            <translation>Stadt „%1“ bearbeiten</translation>
        </message>
        <message>
            <source>Delete city “%1”</source>
            <translation>Stadt „%1“ löschen</translation>
        </message>
        <message>
            <source>New contact “%1”</source>
            <translation>Neuer Kontakt „%1“</translation>
        </message>
        <message>
            <source>Edit contact “%1”</source>
            <translation>Kontakt „%1“ bearbeiten</translation>
        </message>
        <message>
            <source>Delete contact “%1”</source>
            <translation>Kontakt „%1“ löschen</translation>
        </message>
        <message>
            <source>Import 1 contact</source>
            <translation>1 Kontakt importieren</translation>
        </message>
        <message>
            <source>Import %1 contacts</source>
            <translation>%1 Kontakte importieren</translation>
        </message>
        <message>
            <source>Merge contact “%1”</source>
            <translation>Kontakt „%1“ zusammenführen</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <source>Cities &amp; Contacts</source>
            <translation>Städte &amp; Kontakte</translation>
        </message>
        <message>
            <source>&amp;Cities</source>
            <translation>&amp;Städte</translation>
        </message>
        <message>
            <source>C&amp;ontacts</source>
            <translation>&amp;Kontakte</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Neu…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
    </context>
    <context>
        <name>DocumentChoices</name>
        <message>
            <source>Itinerary</source>
            <translation>Reiseprogramm</translation>
        </message>
        <message>
            <source>Briefing pack</source>
            <translation>Briefingmappe</translation>
        </message>
        <message>
            <source>Follow-up brief</source>
            <translation>Nachbereitungsvermerk</translation>
        </message>
        <message>
            <source>Full (for the delegation)</source>
            <translation>Vollständig (für die Delegation)</translation>
        </message>
        <message>
            <source>External (for the hosts)</source>
            <translation>Extern (für die Gastgeber)</translation>
        </message>
        <message>
            <source>One participant</source>
            <translation>Eine teilnehmende Person</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Fassung</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Teilnehmende Person</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>&amp;Document:</source>
            <translation>&amp;Dokument:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>&amp;Variant:</source>
            <translation>&amp;Fassung:</translation>
        </message>
        <message>
            <source>&amp;Participant:</source>
            <translation>&amp;Teilnehmende Person:</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Jahr:</translation>
        </message>
        <message>
            <source>Yearly report to the council</source>
            <translation>Jahresbericht an die Ratsversammlung</translation>
        </message>
        <message>
            <source>Trip's language (%1)</source>
            <translation>Sprache der Reise (%1)</translation>
        </message>
    </context>
    <context>
        <name>DocumentPanel</name>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Vorschau</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>PDF &amp;speichern…</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>Document preview</source>
            <translation>Dokumentvorschau</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>Pages: %1</source>
            <translation>Seiten: %1</translation>
        </message>
        <message>
            <source>Document not made</source>
            <translation>Dokument nicht erstellt</translation>
        </message>
        <message>
            <source>Making the document…</source>
            <translation>Dokument wird erstellt…</translation>
        </message>
        <message>
            <source>The choice changed: preview again to see it.</source>
            <translation>Die Auswahl hat sich geändert: Erstellen Sie die Vorschau neu, um sie zu sehen.</translation>
        </message>
        <message>
            <source>The data changed: preview again to see it.</source>
            <translation>Die Daten haben sich geändert: Erstellen Sie die Vorschau neu, um sie zu sehen.</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>PDF speichern</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Gespeichert unter %1.</translation>
        </message>
    </context>
    <context>
        <name>DocumentSettings</name>
        <message>
            <source>Default document language</source>
            <translation>Standardsprache der Dokumente</translation>
        </message>
        <message>
            <source>Default &amp;document language:</source>
            <translation>Standardsprache der &amp;Dokumente:</translation>
        </message>
        <message>
            <source>New trips start with this language for their documents; each trip can have its own. Shared by everyone in the office.</source>
            <translation>Neue Reisen beginnen mit dieser Sprache für ihre Dokumente; jede Reise kann ihre eigene haben. Gilt für alle im Büro.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Documents</source>
            <translation>Dokumente</translation>
        </message>
        <message>
            <source>Trip or report</source>
            <translation>Reise oder Bericht</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Für:</translation>
        </message>
        <message>
            <source>Yearly report to the council</source>
            <translation>Jahresbericht an die Ratsversammlung</translation>
        </message>
        <message>
            <source>&amp;Open Trip</source>
            <translation>Reise &amp;öffnen</translation>
        </message>
        <message>
            <source>Open the chosen trip in its window</source>
            <translation>Die gewählte Reise in ihrem Fenster öffnen</translation>
        </message>
    </context>
    <context>
        <name>DuplicateDialog</name>
        <message>
            <source>Duplicate “%1”</source>
            <translation>„%1“ duplizieren</translation>
        </message>
        <message>
            <source>New &amp;start:</source>
            <translation>Neuer &amp;Beginn:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Kürzel:</translation>
        </message>
        <message>
            <source>The new trip keeps the destinations, goals and delegation (registered anew) and moves programme, travel and hotels by the same number of days. Outcomes and follow-ups are not copied.</source>
            <translation>Die neue Reise übernimmt Reiseziele, Ziele und Delegation (Anmeldungen werden neu erfasst) und verschiebt Programm, Reiseabschnitte und Hotels um dieselbe Anzahl von Tagen. Ergebnisse und Folgeaufgaben werden nicht übernommen.</translation>
        </message>
        <message>
            <source>Duplicate trip “%1”</source>
            <translation>Reise „%1“ duplizieren</translation>
        </message>
    </context>
    <context>
        <name>Editing</name>
        <message>
            <source>Item not moved</source>
            <translation>Programmpunkt nicht verschoben</translation>
        </message>
        <message>
            <source>Item not copied</source>
            <translation>Programmpunkt nicht kopiert</translation>
        </message>
        <message>
            <source>Item not deleted</source>
            <translation>Programmpunkt nicht gelöscht</translation>
        </message>
        <message>
            <source>Travel leg not deleted</source>
            <translation>Reiseabschnitt nicht gelöscht</translation>
        </message>
        <message>
            <source>Hotel stay not deleted</source>
            <translation>Hotelaufenthalt nicht gelöscht</translation>
        </message>
        <message>
            <source>Copy to Day</source>
            <translation>Auf Tag kopieren</translation>
        </message>
        <message>
            <source>Copy the item to:</source>
            <translation>Programmpunkt kopieren nach:</translation>
        </message>
        <message>
            <source>Move to Day</source>
            <translation>Auf Tag verschieben</translation>
        </message>
        <message>
            <source>Move the item to:</source>
            <translation>Programmpunkt verschieben nach:</translation>
        </message>
        <message>
            <source>Deleted the item “%1”.</source>
            <translation>Programmpunkt „%1“ gelöscht.</translation>
        </message>
        <message>
            <source>Deleted the travel leg %1.</source>
            <translation>Reiseabschnitt %1 gelöscht.</translation>
        </message>
        <message>
            <source>Deleted the hotel stay “%1”.</source>
            <translation>Hotelaufenthalt „%1“ gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <source>Import &amp;vCard…</source>
            <translation>&amp;vCard importieren…</translation>
        </message>
        <message>
            <source>Import &amp;CSV…</source>
            <translation>&amp;CSV importieren…</translation>
        </message>
        <message>
            <source>&amp;Export Contacts…</source>
            <translation>Kontakte &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;Merge Contacts…</source>
            <translation>Kontakte &amp;zusammenführen…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Kontakte importieren</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Zusammenführen…</translation>
        </message>
        <message>
            <source>Import vCard</source>
            <translation>vCard importieren</translation>
        </message>
        <message>
            <source>vCard files (*.vcf *.vcard)</source>
            <translation>vCard-Dateien (*.vcf *.vcard)</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>CSV importieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt)</source>
            <translation>CSV-Dateien (*.csv *.txt)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>File not imported</source>
            <translation>Datei nicht importiert</translation>
        </message>
        <message>
            <source>vCard (*.vcf)</source>
            <translation>vCard (*.vcf)</translation>
        </message>
        <message>
            <source>CSV for spreadsheets (*.csv)</source>
            <translation>CSV für Tabellenkalkulation (*.csv)</translation>
        </message>
        <message>
            <source>Export Contacts</source>
            <translation>Kontakte exportieren</translation>
        </message>
        <message>
            <source>contacts.vcf</source>
            <translation>kontakte.vcf</translation>
        </message>
        <message>
            <source>Contacts not exported</source>
            <translation>Kontakte nicht exportiert</translation>
        </message>
        <message>
            <source>Contacts not merged</source>
            <translation>Kontakte nicht zusammengeführt</translation>
        </message>
        <message>
            <source>Reading “%1”…</source>
            <translation>„%1“ wird gelesen …</translation>
        </message>
    </context>
    <context>
        <name>ExchangeImport</name>
        <message>
            <source>&amp;Import Exchange File…</source>
            <translation>Austauschdatei &amp;importieren…</translation>
        </message>
        <message>
            <source>Import Exchange File</source>
            <translation>Austauschdatei importieren</translation>
        </message>
        <message>
            <source>Exchange files (*.json)</source>
            <translation>Austauschdateien (*.json)</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>Import nicht möglich</translation>
        </message>
        <message>
            <source>home city</source>
            <translation>Heimatstadt</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>cities</source>
            <translation>Städte</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>trips</source>
            <translation>Reisen</translation>
        </message>
        <message>
            <source>participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>programme points</source>
            <translation>Programmpunkte</translation>
        </message>
        <message>
            <source>travel legs</source>
            <translation>Reiseabschnitte</translation>
        </message>
        <message>
            <source>accommodation</source>
            <translation>Unterkünfte</translation>
        </message>
        <message>
            <source>outcomes</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>follow-ups</source>
            <translation>Nachbereitungen</translation>
        </message>
        <message>
            <source>gifts</source>
            <translation>Geschenke</translation>
        </message>
        <message>
            <source>budget lines</source>
            <translation>Budgetposten</translation>
        </message>
        <message>
            <source>cars</source>
            <translation>Fahrzeuge</translation>
        </message>
        <message>
            <source>%1: %2 new, %3 updated</source>
            <translation>%1: %2 neu, %3 aktualisiert</translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>%1 importieren</translation>
        </message>
        <message>
            <source>Nothing to import.</source>
            <translation>Nichts zu importieren.</translation>
        </message>
        <message>
            <source>Replace what the file does not mention (removes: %1)</source>
            <translation>Ersetzen, was die Datei nicht nennt (entfernt: %1)</translation>
        </message>
        <message>
            <source>Records to be removed</source>
            <translation>Einträge, die entfernt werden</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
        <message>
            <source>Imported. A backup of the data as it was before is kept at %1.</source>
            <translation>Importiert. Eine Sicherung der Daten wie vorher liegt unter %1.</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 wird gelesen …</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>%1 wird importiert …</translation>
        </message>
        <message>
            <source>The import was stopped; nothing was saved.</source>
            <translation>Der Import wurde abgebrochen; nichts wurde gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>Setting up Delegations</source>
            <translation>Delegations einrichten</translation>
        </message>
    </context>
    <context>
        <name>FollowUpEditor</name>
        <message>
            <source>New Follow-up</source>
            <translation>Neue Folgeaufgabe</translation>
        </message>
        <message>
            <source>Edit Follow-up</source>
            <translation>Folgeaufgabe bearbeiten</translation>
        </message>
        <message>
            <source>(no trip)</source>
            <translation>(keine Reise)</translation>
        </message>
        <message>
            <source>&amp;Trip:</source>
            <translation>&amp;Reise:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Aufgabe:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Zuständig:</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>&amp;Fällig:</translation>
        </message>
        <message>
            <source>Date as YYYY-MM-DD; empty for no due date.</source>
            <translation>Datum im Format JJJJ-MM-TT; leer lassen, wenn kein Fälligkeitsdatum besteht.</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>S&amp;tadt:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>C&amp;ontact:</source>
            <translation>&amp;Kontakt:</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>&amp;Goals:</source>
            <translation>Zi&amp;ele:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>&amp;Notizen:</translation>
        </message>
        <message>
            <source>Empty (Delete) for no due date; +7 is a week from today.</source>
            <translation>Leer (Entf) für keine Frist; +7 ist heute in einer Woche.</translation>
        </message>
        <message>
            <source>New contact…</source>
            <translation>Neuer Kontakt…</translation>
        </message>
    </context>
    <context>
        <name>FollowUpFilters</name>
        <message>
            <source>Search follow-ups…</source>
            <translation>Folgeaufgaben durchsuchen…</translation>
        </message>
        <message>
            <source>Search follow-ups</source>
            <translation>Folgeaufgaben durchsuchen</translation>
        </message>
        <message>
            <source>Type a word of the trip&apos;s title or destination</source>
            <translation>Ein Wort aus Titel oder Reiseziel der Reise eingeben</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>Trip</source>
            <translation>Reise</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>&amp;Fällig:</translation>
        </message>
        <message>
            <source>O&amp;wner:</source>
            <translation>&amp;Zuständig:</translation>
        </message>
        <message>
            <source>Ci&amp;ty:</source>
            <translation>S&amp;tadt:</translation>
        </message>
        <message>
            <source>T&amp;rip:</source>
            <translation>&amp;Reise:</translation>
        </message>
        <message>
            <source>&amp;Goal:</source>
            <translation>Zi&amp;el:</translation>
        </message>
        <message>
            <source>Open or in progress</source>
            <translation>Offen oder in Bearbeitung</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Alle Zuständigen</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>Alle Städte</translation>
        </message>
        <message>
            <source>All trips</source>
            <translation>Alle Reisen</translation>
        </message>
        <message>
            <source>All goals</source>
            <translation>Alle Ziele</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Trip</source>
            <translation>Reise</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsCard</name>
        <message>
            <source>Follow-ups</source>
            <translation>Folgeaufgaben</translation>
        </message>
        <message>
            <source>Show all follow-ups</source>
            <translation>Alle Folgeaufgaben anzeigen</translation>
        </message>
        <message numerus="yes">
            <source>overdue</source>
            <translation>
                <numerusform>überfällig</numerusform>
                <numerusform>überfällig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>due this week</source>
            <translation>
                <numerusform>diese Woche fällig</numerusform>
                <numerusform>diese Woche fällig</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing overdue, nothing due this week. No open follow-ups.</source>
            <translation>Nichts überfällig, nichts in dieser Woche fällig. Keine offenen Folgeaufgaben.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing overdue, nothing due this week; %n follow-up(s) open later.</source>
            <translation>
                <numerusform>Nichts überfällig, nichts in dieser Woche fällig; %n offene Folgeaufgabe ist später fällig.</numerusform>
                <numerusform>Nichts überfällig, nichts in dieser Woche fällig; %n offene Folgeaufgaben sind später fällig.</numerusform>
            </translation>
        </message>
        <message>
            <source>overdue since %1</source>
            <translation>überfällig seit %1</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPage</name>
        <message>
            <source>Follow-ups</source>
            <translation>Folgeaufgaben</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Neu…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>Set &amp;status</source>
            <translation>&amp;Status setzen</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xportieren</translation>
        </message>
        <message>
            <source>Spreadsheet (CSV)…</source>
            <translation>Tabelle (CSV)…</translation>
        </message>
        <message>
            <source>To-dos for calendars (iCalendar)…</source>
            <translation>Aufgaben für Kalender (iCalendar)…</translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) shown</source>
            <translation>
                <numerusform>%n Folgeaufgabe angezeigt</numerusform>
                <numerusform>%n Folgeaufgaben angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing overdue, nothing due this week.</source>
            <translation>Nichts überfällig, nichts in dieser Woche fällig.</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n überfällig</numerusform>
                <numerusform>%n überfällig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due this week</source>
            <translation>
                <numerusform>%n diese Woche fällig</numerusform>
                <numerusform>%n diese Woche fällig</numerusform>
            </translation>
        </message>
        <message>
            <source>Status not changed</source>
            <translation>Status nicht geändert</translation>
        </message>
        <message>
            <source>Delete the follow-up “%1”?</source>
            <translation>Die Folgeaufgabe „%1“ löschen?</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n follow-up(s)?</source>
            <translation>
                <numerusform>%n Folgeaufgabe löschen?</numerusform>
                <numerusform>%n Folgeaufgaben löschen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Dropping keeps the record; Undo brings it back.</source>
            <translation>Beim Verwerfen bleibt der Eintrag erhalten; mit „Rückgängig“ lässt sich das Löschen aufheben.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar-Dateien (*.ics)</translation>
        </message>
        <message>
            <source>Export follow-ups</source>
            <translation>Folgeaufgaben exportieren</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>GeneralSettings</name>
        <message>
            <source>As the system (%1)</source>
            <translation>Wie das System (%1)</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Sprache der Oberfläche</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Sprache der Oberfläche:</translation>
        </message>
        <message>
            <source>A new language takes effect the next time Delegations starts.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start von Delegations.</translation>
        </message>
    </context>
    <context>
        <name>GiftEditor</name>
        <message>
            <source>New Gift</source>
            <translation>Neues Geschenk</translation>
        </message>
        <message>
            <source>Edit Gift</source>
            <translation>Geschenk bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Given or received:</source>
            <translation>Ü&amp;berreicht oder erhalten:</translation>
        </message>
        <message>
            <source>&amp;Gift:</source>
            <translation>&amp;Geschenk:</translation>
        </message>
        <message>
            <source>&amp;To or from:</source>
            <translation>&amp;An oder von:</translation>
        </message>
        <message>
            <source>(no contact)</source>
            <translation>(kein Kontakt)</translation>
        </message>
        <message>
            <source>Or &amp;counterpart:</source>
            <translation>Oder Ge&amp;sprächspartner*in:</translation>
        </message>
        <message>
            <source>e.g. the city council</source>
            <translation>z. B. die Ratsversammlung</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>S&amp;tadt:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Wert:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>Wä&amp;hrung:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otizen:</translation>
        </message>
        <message>
            <source>Already given to this person: %1</source>
            <translation>Dieser Person bereits überreicht: %1</translation>
        </message>
        <message>
            <source>New contact…</source>
            <translation>Neuer Kontakt…</translation>
        </message>
    </context>
    <context>
        <name>GiftModel</name>
        <message>
            <source>Given/received</source>
            <translation>Überreicht/erhalten</translation>
        </message>
        <message>
            <source>Gift</source>
            <translation>Geschenk</translation>
        </message>
        <message>
            <source>To or from</source>
            <translation>An oder von</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Trip</source>
            <translation>Reise</translation>
        </message>
    </context>
    <context>
        <name>GiftRegister</name>
        <message>
            <source>Kept by the city</source>
            <translation>Von der Stadt behalten</translation>
        </message>
        <message>
            <source>Handed over</source>
            <translation>Weitergegeben</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Zurückgegeben</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Given or received &amp;by:</source>
            <translation>Überreicht oder erhalten &amp;von:</translation>
        </message>
        <message>
            <source>who on our side</source>
            <translation>wer auf unserer Seite</translation>
        </message>
        <message>
            <source>&amp;Kept at:</source>
            <translation>Aufbewahrt &amp;in:</translation>
        </message>
        <message>
            <source>e.g. town hall, showcase 2</source>
            <translation>z. B. Rathaus, Vitrine 2</translation>
        </message>
        <message>
            <source>(not decided)</source>
            <translation>(nicht entschieden)</translation>
        </message>
        <message>
            <source>D&amp;ecision:</source>
            <translation>&amp;Entscheidung:</translation>
        </message>
        <message>
            <source>⚠ Above the office's limit of %1: record the decision.</source>
            <translation>⚠ Über der Grenze des Büros von %1: Entscheidung festhalten.</translation>
        </message>
        <message>
            <source>⚠ Value unknown: the office's limit is %1.</source>
            <translation>⚠ Wert unbekannt: die Grenze des Büros liegt bei %1.</translation>
        </message>
        <message>
            <source>⚠ Another currency than the limit (%1): check the value.</source>
            <translation>⚠ Andere Währung als die Grenze (%1): Wert prüfen.</translation>
        </message>
    </context>
    <context>
        <name>GiftsTab</name>
        <message>
            <source>&amp;New gift…</source>
            <translation>&amp;Neues Geschenk…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Gifts of this trip&lt;/b&gt;</source>
            <translation>&lt;b&gt;Geschenke dieser Reise&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Already exchanged with this trip's counterparts&lt;/b&gt; (other trips and occasions)</source>
            <translation>&lt;b&gt;Bereits mit den Gesprächspartner*innen dieser Reise ausgetauscht&lt;/b&gt; (andere Reisen und Anlässe)</translation>
        </message>
        <message>
            <source>“%1” was already given to %2 (%3).</source>
            <translation>„%1“ wurde bereits %2 überreicht (%3).</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete the gift “%1”?</source>
            <translation>Das Geschenk „%1“ löschen?</translation>
        </message>
    </context>
    <context>
        <name>GoalEditor</name>
        <message>
            <source>New Goal</source>
            <translation>Neues Ziel</translation>
        </message>
        <message>
            <source>Edit Goal</source>
            <translation>Ziel bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>e.g. Klimaschutzstadt</source>
            <translation>z. B. Klimaschutzstadt</translation>
        </message>
        <message>
            <source>English na&amp;me:</source>
            <translation>Englischer Na&amp;me:</translation>
        </message>
        <message>
            <source>e.g. Climate protection city</source>
            <translation>z. B. Climate protection city</translation>
        </message>
        <message>
            <source>Shown when the interface or a document is in English.</source>
            <translation>Wird angezeigt, wenn die Oberfläche oder ein Dokument auf Englisch ist.</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Ebene:</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <source>e.g. SZ 3</source>
            <translation>z. B. SZ 3</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Kürzel:</translation>
        </message>
        <message>
            <source>made from the code</source>
            <translation>wird aus dem Code gebildet</translation>
        </message>
        <message>
            <source>Short name used in exchange files; letters, digits and dashes.</source>
            <translation>Kurzname für Austauschdateien; Buchstaben, Ziffern und Bindestriche.</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
    </context>
    <context>
        <name>GoalLabels</name>
        <message>
            <source>Overarching goal</source>
            <translation type="vanished">Übergeordnetes Ziel</translation>
        </message>
        <message>
            <source>Strategic goal</source>
            <translation type="vanished">Strategisches Ziel</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation type="vanished">SDG</translation>
        </message>
        <message>
            <source>Field of action</source>
            <translation type="vanished">Handlungsfeld</translation>
        </message>
        <message>
            <source>Other</source>
            <translation type="vanished">Sonstiges</translation>
        </message>
    </context>
    <context>
        <name>GoalOps</name>
        <message>
            <source>New goal “%1”</source>
            <translation>Neues Ziel „%1“</translation>
        </message>
        <message>
            <source>Edit goal “%1”</source>
            <translation>Ziel „%1“ bearbeiten</translation>
        </message>
        <message>
            <source>Move goal “%1” up</source>
            <translation>Ziel „%1“ nach oben verschieben</translation>
        </message>
        <message>
            <source>Move goal “%1” down</source>
            <translation>Ziel „%1“ nach unten verschieben</translation>
        </message>
        <message>
            <source>Delete goal “%1”</source>
            <translation>Ziel „%1“ löschen</translation>
        </message>
    </context>
    <context>
        <name>GoalTreeModel</name>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Ebene</translation>
        </message>
    </context>
    <context>
        <name>GoalTreePane</name>
        <message>
            <source>Search goals…</source>
            <translation>Ziele durchsuchen…</translation>
        </message>
        <message>
            <source>Search goals</source>
            <translation>Ziele durchsuchen</translation>
        </message>
        <message>
            <source>Goal taxonomy</source>
            <translation>Zielsystematik</translation>
        </message>
        <message>
            <source>&amp;New Goal…</source>
            <translation>&amp;Neues Ziel…</translation>
        </message>
        <message>
            <source>A new goal at the level of the selected one</source>
            <translation>Ein neues Ziel auf der Ebene des ausgewählten Ziels</translation>
        </message>
        <message>
            <source>New &amp;Subgoal…</source>
            <translation>Neues Unter&amp;ziel…</translation>
        </message>
        <message>
            <source>A new goal below the selected one</source>
            <translation>Ein neues Ziel unterhalb des ausgewählten Ziels</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>Edit the selected goal</source>
            <translation>Ausgewähltes Ziel bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>Delete the selected goal</source>
            <translation>Ausgewähltes Ziel löschen</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move the goal up among its siblings</source>
            <translation>Ziel innerhalb seiner Ebene nach oben verschieben</translation>
        </message>
        <message>
            <source>Move Do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>Move the goal down among its siblings</source>
            <translation>Ziel innerhalb seiner Ebene nach unten verschieben</translation>
        </message>
    </context>
    <context>
        <name>GoalWriter</name>
        <message>
            <source>below %1</source>
            <translation>unterhalb von %1</translation>
        </message>
        <message>
            <source>No description.</source>
            <translation>Keine Beschreibung.</translation>
        </message>
        <message>
            <source>Trips (%1)</source>
            <translation>Reisen (%1)</translation>
        </message>
        <message>
            <source>No trip serves this goal yet.</source>
            <translation>Bisher dient keine Reise diesem Ziel.</translation>
        </message>
        <message>
            <source>Outcomes (%1)</source>
            <translation>Ergebnisse (%1)</translation>
        </message>
        <message>
            <source>No outcome is linked to this goal yet.</source>
            <translation>Bisher ist kein Ergebnis mit diesem Ziel verknüpft.</translation>
        </message>
        <message>
            <source>Follow-up actions (%1)</source>
            <translation>Folgeaufgaben (%1)</translation>
        </message>
        <message>
            <source>No follow-up action serves this goal yet.</source>
            <translation>Bisher dient keine Folgeaufgabe diesem Ziel.</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>fällig am %1</translation>
        </message>
        <message>
            <source>overdue since %1</source>
            <translation>überfällig seit %1</translation>
        </message>
    </context>
    <context>
        <name>GoalsPage</name>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>&amp;Include the goals below</source>
            <translation>Untergeordnete Ziele &amp;einbeziehen</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>Selected goal</source>
            <translation>Ausgewähltes Ziel</translation>
        </message>
        <message numerus="yes">
            <source>%n of %1 goal(s) match</source>
            <translation>
                <numerusform>%n von %1 Zielen passt</numerusform>
                <numerusform>%n von %1 Zielen passen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a goal to see the trips, outcomes and follow-up actions that serve it.</source>
            <translation>Wählen Sie ein Ziel aus, um die Reisen, Ergebnisse und Folgeaufgaben zu sehen, die ihm dienen.</translation>
        </message>
        <message>
            <source>Will be placed below “%1”.</source>
            <translation>Wird unterhalb von „%1“ eingeordnet.</translation>
        </message>
        <message>
            <source>Will be placed at the top level.</source>
            <translation>Wird auf der obersten Ebene eingeordnet.</translation>
        </message>
        <message>
            <source>Goal not available</source>
            <translation>Ziel nicht verfügbar</translation>
        </message>
        <message>
            <source>Delete Goal</source>
            <translation>Ziel löschen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation>„%1“ löschen?</translation>
        </message>
        <message>
            <source>It is linked to %1, %2 and %3; these links will be removed.</source>
            <translation>Mit diesem Ziel verknüpft sind %1, %2 und %3; diese Verknüpfungen werden entfernt.</translation>
        </message>
        <message numerus="yes">
            <source>%n trip(s)</source>
            <translation>
                <numerusform>%n Reise</numerusform>
                <numerusform>%n Reisen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n outcome(s)</source>
            <translation>
                <numerusform>%n Ergebnis</numerusform>
                <numerusform>%n Ergebnisse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up action(s)</source>
            <translation>
                <numerusform>%n Folgeaufgabe</numerusform>
                <numerusform>%n Folgeaufgaben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Its %n subgoal(s) move up one level.</source>
            <translation>
                <numerusform>%n Unterziel rückt eine Ebene nach oben.</numerusform>
                <numerusform>Die %n Unterziele rücken eine Ebene nach oben.</numerusform>
            </translation>
        </message>
        <message>
            <source>You can undo this with Edit ▸ Undo.</source>
            <translation>Sie können dies mit Bearbeiten ▸ Rückgängig aufheben.</translation>
        </message>
        <message>
            <source>Goal not deleted</source>
            <translation>Ziel nicht gelöscht</translation>
        </message>
        <message>
            <source>Goal not moved</source>
            <translation>Ziel nicht verschoben</translation>
        </message>
    </context>
    <context>
        <name>GuestEdits</name>
        <message>
            <source>Add guest</source>
            <translation>Gast hinzufügen</translation>
        </message>
        <message>
            <source>Remove guest</source>
            <translation>Gast streichen</translation>
        </message>
        <message>
            <source>Change guest</source>
            <translation>Gast ändern</translation>
        </message>
        <message>
            <source>Set partner</source>
            <translation>Partner festlegen</translation>
        </message>
        <message>
            <source>Keep guests apart</source>
            <translation>Gäste nicht nebeneinander setzen</translation>
        </message>
        <message>
            <source>Allow guests together</source>
            <translation>Gäste nebeneinander erlauben</translation>
        </message>
        <message>
            <source>Change seating rule</source>
            <translation>Regel der Sitzordnung ändern</translation>
        </message>
        <message>
            <source>Add Guest</source>
            <translation>Gast hinzufügen</translation>
        </message>
        <message>
            <source>Someone of the trip, or type the name of another guest:</source>
            <translation>Jemand aus der Reise, oder den Namen eines anderen Gastes eingeben:</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Rank of {name} within {side} (the same number: the same rank):</source>
            <translation>Rang von {name} innerhalb von {side} (gleiche Zahl: gleicher Rang):</translation>
        </message>
        <message>
            <source>the hosts</source>
            <translation>den Gastgebern</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Seated as a couple with:</source>
            <translation>Als Paar gesetzt mit:</translation>
        </message>
        <message>
            <source>Keep Apart</source>
            <translation>Nicht nebeneinander</translation>
        </message>
        <message>
            <source>Must not sit next to:</source>
            <translation>Darf nicht neben dieser Person sitzen:</translation>
        </message>
        <message>
            <source>Allow Together</source>
            <translation>Nebeneinander erlauben</translation>
        </message>
        <message>
            <source>May sit next to again:</source>
            <translation>Darf wieder daneben sitzen:</translation>
        </message>
    </context>
    <context>
        <name>GuestModel</name>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Platz</translation>
        </message>
        <message>
            <source>Shares this rank with another guest</source>
            <translation>Teilt diesen Rang mit einem anderen Gast</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Gastgeber</translation>
        </message>
        <message>
            <source>{seat}, locked</source>
            <translation>{seat}, festgelegt</translation>
        </message>
        <message>
            <source>behind {name}</source>
            <translation>hinter {name}</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Report a Problem…</source>
            <translation>&amp;Problem melden…</translation>
        </message>
        <message>
            <source>&amp;About Delegations</source>
            <translation>Ü&amp;ber Delegations</translation>
        </message>
        <message>
            <source>Report a Problem</source>
            <translation>Problem melden</translation>
        </message>
        <message>
            <source>The error reports are in %1. Please send the file errors.log to whoever looks after the program.</source>
            <translation>Die Fehlerberichte liegen in %1. Bitte senden Sie die Datei errors.log an die Person, die das Programm betreut.</translation>
        </message>
        <message>
            <source>The third-party notices were not found at %1.</source>
            <translation>Die Hinweise zu Komponenten Dritter wurden unter %1 nicht gefunden.</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;Benutzerhandbuch</translation>
        </message>
    </context>
    <context>
        <name>HomeSettings</name>
        <message>
            <source>Home &amp;city:</source>
            <translation>&amp;Heimatstadt:</translation>
        </message>
        <message>
            <source>The city whose office this is, as it appears in documents.</source>
            <translation>Die Stadt, zu der dieses Büro gehört, wie sie in Dokumenten erscheint.</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Zeitzone:</translation>
        </message>
        <message>
            <source>Type part of a name, such as “Berlin”, and pick the zone.</source>
            <translation>Einen Teil des Namens tippen, etwa „Berlin“, und die Zone wählen.</translation>
        </message>
        <message>
            <source>C&amp;ountry code:</source>
            <translation>&amp;Ländercode:</translation>
        </message>
        <message>
            <source>&amp;Office:</source>
            <translation>&amp;Dienststelle:</translation>
        </message>
        <message>
            <source>For example “Referat für Internationales”.</source>
            <translation>Zum Beispiel „Referat für Internationales“.</translation>
        </message>
        <message>
            <source>&amp;Address lines:</source>
            <translation>&amp;Adresszeilen:</translation>
        </message>
        <message>
            <source>Printed under the office's name at the top of letters.</source>
            <translation>Steht im Briefkopf unter dem Namen der Dienststelle.</translation>
        </message>
        <message>
            <source>&amp;Logo:</source>
            <translation>L&amp;ogo:</translation>
        </message>
        <message>
            <source>An image file (PNG, JPEG or SVG) for the letterhead.</source>
            <translation>Eine Bilddatei (PNG, JPEG oder SVG) für den Briefkopf.</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Auswählen…</translation>
        </message>
        <message>
            <source>Choose the logo</source>
            <translation>Logo auswählen</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.svg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <source>“%1” is not an image file that can be read.</source>
            <translation>„%1“ ist keine lesbare Bilddatei.</translation>
        </message>
    </context>
    <context>
        <name>IcsPreviewModel</name>
        <message>
            <source>Will be</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Local date and time</source>
            <translation>Datum und Uhrzeit (Ortszeit)</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Neuer Programmpunkt</translation>
        </message>
        <message>
            <source>Update of an item</source>
            <translation>Aktualisierung eines Programmpunkts</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Ausgelassen</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import Contacts — %1</source>
            <translation>Kontakte importieren — %1</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="vanished">&amp;Importieren</translation>
        </message>
        <message>
            <source>Rows to import</source>
            <translation type="vanished">Zu importierende Zeilen</translation>
        </message>
        <message>
            <source>%1 read from “%2” (%3). Nothing is saved until you choose Import; rows with an error are left out.</source>
            <translation>%1 aus „%2“ gelesen (%3). Gespeichert wird erst, wenn Sie „Importieren“ wählen; Zeilen mit Fehlern werden ausgelassen.</translation>
        </message>
        <message>
            <source>&amp;Import %1</source>
            <translation type="vanished">%1 &amp;importieren</translation>
        </message>
        <message>
            <source>1 contact</source>
            <translation type="vanished">1 Kontakt</translation>
        </message>
        <message>
            <source>%1 contacts</source>
            <translation type="vanished">%1 Kontakte</translation>
        </message>
        <message>
            <source>%1 new</source>
            <translation>%1 neu</translation>
        </message>
        <message>
            <source>%1 updated</source>
            <translation>%1 aktualisiert</translation>
        </message>
        <message>
            <source>%1 merged</source>
            <translation>%1 zusammengeführt</translation>
        </message>
        <message>
            <source>%1 skipped</source>
            <translation>%1 übersprungen</translation>
        </message>
        <message>
            <source>%1 with errors (left out)</source>
            <translation>%1 mit Fehlern (ausgelassen)</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n Kontakt</numerusform>
                <numerusform>%n Kontakte</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <source>Not imported</source>
            <translation>Nicht importiert</translation>
        </message>
        <message>
            <source>Update existing</source>
            <translation>Vorhandenen aktualisieren</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Merge into “%1”</source>
            <translation>Mit „%1“ zusammenführen</translation>
        </message>
        <message>
            <source>Import as new</source>
            <translation>Als neu importieren</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Import als</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Anmerkungen</translation>
        </message>
        <message>
            <source>Same reference as a contact in the directory: updates it.</source>
            <translation>Gleiche Kennung wie ein Kontakt im Verzeichnis: wird aktualisiert.</translation>
        </message>
        <message>
            <source>Likely already in the directory: %1</source>
            <translation>Wahrscheinlich bereits im Verzeichnis: %1</translation>
        </message>
        <message>
            <source>City “%1” is not in the directory; imported without a city.</source>
            <translation>Die Stadt „%1“ ist nicht im Verzeichnis; ohne Stadt importiert.</translation>
        </message>
        <message>
            <source>No name in the card: named after its organisation.</source>
            <translation>Kein Name in der Karte: nach der Organisation benannt.</translation>
        </message>
        <message>
            <source>No name in the card: named after its e-mail address.</source>
            <translation>Kein Name in der Karte: nach der E-Mail-Adresse benannt.</translation>
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <source>New Programme Item</source>
            <translation>Neuer Programmpunkt</translation>
        </message>
        <message>
            <source>Edit Programme Item</source>
            <translation>Programmpunkt bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>e.g. Meeting with the Mayor</source>
            <translation>z. B. Gespräch mit dem Oberbürgermeister</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation>&amp;Beginn:</translation>
        </message>
        <message>
            <source>&amp;Ends:</source>
            <translation>&amp;Ende:</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>&amp;Zeitzone:</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Ort:</translation>
        </message>
        <message>
            <source>e.g. City Hall, Room 200</source>
            <translation>z. B. Rathaus, Raum 200</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>A&amp;dresse:</translation>
        </message>
        <message>
            <source>&amp;Counterparts:</source>
            <translation>&amp;Gesprächspartner*innen:</translation>
        </message>
        <message>
            <source>&amp;Who attends:</source>
            <translation>&amp;Wer nimmt teil:</translation>
        </message>
        <message>
            <source>The whole delegation</source>
            <translation>Die gesamte Delegation</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <source>staff member</source>
            <translation>Mitarbeiter*in</translation>
        </message>
        <message>
            <source>&amp;Dress code:</source>
            <translation>&amp;Kleiderordnung:</translation>
        </message>
        <message>
            <source>e.g. business</source>
            <translation>z. B. Geschäftskleidung</translation>
        </message>
        <message>
            <source>&amp;Objectives:</source>
            <translation>Z&amp;iele:</translation>
        </message>
        <message>
            <source>Talking &amp;points:</source>
            <translation>Sprech&amp;punkte:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notizen:</translation>
        </message>
        <message>
            <source>C&amp;onfidential (internal documents only)</source>
            <translation>Ve&amp;rtraulich (nur interne Dokumente)</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Delegation trip</source>
            <translation type="vanished">Delegationsreise</translation>
        </message>
        <message>
            <source>Incoming visit</source>
            <translation type="vanished">Delegationsbesuch</translation>
        </message>
        <message>
            <source>Citizens' trip</source>
            <translation type="vanished">Bürgerreise</translation>
        </message>
        <message>
            <source>Staff exchange</source>
            <translation type="vanished">Mitarbeiteraustausch</translation>
        </message>
        <message>
            <source>Youth exchange</source>
            <translation type="vanished">Jugendaustausch</translation>
        </message>
        <message>
            <source>Forum / conference</source>
            <translation type="vanished">Forum / Konferenz</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation type="vanished">Idee</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation type="vanished">Geplant</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation type="vanished">Bestätigt</translation>
        </message>
        <message>
            <source>Under way</source>
            <translation type="vanished">Unterwegs</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation type="vanished">Abgeschlossen</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="vanished">Abgesagt</translation>
        </message>
        <message>
            <source>Head of delegation</source>
            <translation type="vanished">Delegationsleitung</translation>
        </message>
        <message>
            <source>Member</source>
            <translation type="vanished">Mitglied</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation type="vanished">Begleitung</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation type="vanished">Dolmetschung</translation>
        </message>
        <message>
            <source>Press</source>
            <translation type="vanished">Presse</translation>
        </message>
        <message>
            <source>Citizen</source>
            <translation type="vanished">Bürger/in</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation type="vanished">Gast</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation type="vanished">Angemeldet</translation>
        </message>
        <message>
            <source>Waiting list</source>
            <translation type="vanished">Warteliste</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="vanished">Abgemeldet</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation type="vanished">Gespräch</translation>
        </message>
        <message>
            <source>Ceremony</source>
            <translation type="vanished">Festakt</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation type="vanished">Besichtigung</translation>
        </message>
        <message>
            <source>Meal</source>
            <translation type="vanished">Essen</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation type="vanished">Transfer</translation>
        </message>
        <message>
            <source>Free time</source>
            <translation type="vanished">Freie Zeit</translation>
        </message>
        <message>
            <source>Other</source>
            <translation type="vanished">Sonstiges</translation>
        </message>
        <message>
            <source>Flight</source>
            <translation type="vanished">Flug</translation>
        </message>
        <message>
            <source>Train</source>
            <translation type="vanished">Bahn</translation>
        </message>
        <message>
            <source>Bus</source>
            <translation type="vanished">Bus</translation>
        </message>
        <message>
            <source>Car</source>
            <translation type="vanished">Pkw</translation>
        </message>
        <message>
            <source>Ship</source>
            <translation type="vanished">Schiff</translation>
        </message>
        <message>
            <source>Partner city</source>
            <translation type="vanished">Partnerstadt</translation>
        </message>
        <message>
            <source>Friendly city</source>
            <translation type="vanished">Befreundete Stadt</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation type="vanished">Kooperation</translation>
        </message>
        <message>
            <source>Network</source>
            <translation type="vanished">Netzwerk</translation>
        </message>
    </context>
    <context>
        <name>LegEditor</name>
        <message>
            <source>New Travel Leg</source>
            <translation>Neuer Reiseabschnitt</translation>
        </message>
        <message>
            <source>Edit Travel Leg</source>
            <translation>Reiseabschnitt bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>&amp;Verkehrsmittel:</translation>
        </message>
        <message>
            <source>&amp;Carrier:</source>
            <translation>&amp;Anbieter:</translation>
        </message>
        <message>
            <source>e.g. LH, DB, Kielius</source>
            <translation>z. B. LH, DB, Kielius</translation>
        </message>
        <message>
            <source>N&amp;umber:</source>
            <translation>N&amp;ummer:</translation>
        </message>
        <message>
            <source>e.g. 454</source>
            <translation>z. B. 454</translation>
        </message>
        <message>
            <source>&amp;Booking reference:</source>
            <translation>&amp;Buchungsnummer:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>V&amp;on:</translation>
        </message>
        <message>
            <source>e.g. Frankfurt (FRA)</source>
            <translation>z. B. Frankfurt (FRA)</translation>
        </message>
        <message>
            <source>&amp;Departs:</source>
            <translation>Ab&amp;fahrt:</translation>
        </message>
        <message>
            <source>Departure &amp;zone:</source>
            <translation>&amp;Zeitzone Abfahrt:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Nach:</translation>
        </message>
        <message>
            <source>e.g. San Francisco (SFO)</source>
            <translation>z. B. San Francisco (SFO)</translation>
        </message>
        <message>
            <source>&amp;Arrives:</source>
            <translation>An&amp;kunft:</translation>
        </message>
        <message>
            <source>Arri&amp;val zone:</source>
            <translation>Zeitzon&amp;e Ankunft:</translation>
        </message>
        <message>
            <source>T&amp;ravellers:</source>
            <translation>&amp;Reisende:</translation>
        </message>
        <message>
            <source>The whole delegation</source>
            <translation>Die gesamte Delegation</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>No&amp;tizen:</translation>
        </message>
    </context>
    <context>
        <name>ListPane</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
    </context>
    <context>
        <name>LocalDateTimeEdit</name>
        <message>
            <source>%1, date</source>
            <translation>%1, Datum</translation>
        </message>
        <message>
            <source>%1, time</source>
            <translation>%1, Uhrzeit</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Delegations — %1</source>
            <extracomment>Sections built when first shown (or first asked for), with their imports; plain import statements, so that the bundler finds the modules.</extracomment>
            <translation>Delegations — %1</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>(schreibgeschützt)</translation>
        </message>
        <message>
            <source>Delegations</source>
            <translation>Delegations</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>“%1” could not be undone or redone: %2</source>
            <translation>„%1“ konnte nicht rückgängig gemacht oder wiederholt werden: %2</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Trips</source>
            <translation>Reisen</translation>
        </message>
        <message>
            <source>Cities &amp; Contacts</source>
            <translation>Städte &amp; Kontakte</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Nachverfolgung</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumente</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New Trip…</source>
            <translation>&amp;Neue Reise…</translation>
        </message>
        <message>
            <source>&amp;Open Trip</source>
            <translation>Reise &amp;öffnen</translation>
        </message>
        <message>
            <source>Personal &amp;Data…</source>
            <translation>&amp;Personenbezogene Daten…</translation>
        </message>
        <message>
            <source>&amp;Change Log…</source>
            <translation>Ä&amp;nderungsprotokoll…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="vanished">&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Delegations</source>
            <translation type="vanished">Ü&amp;ber Delegations</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Search Trips</source>
            <translation>Reisen &amp;suchen</translation>
        </message>
        <message>
            <source>About Delegations</source>
            <translation type="vanished">Über Delegations</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Delegations %1&lt;/h3&gt;&lt;p&gt;Plans delegation trips and visits, prints the papers that travel with them and keeps track of the follow-ups.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation type="vanished">&lt;h3&gt;Delegations %1&lt;/h3&gt;&lt;p&gt;Plant Delegationsreisen und Besuche, druckt die Unterlagen, die mit ihnen reisen, und behält die Nachverfolgung im Blick.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>P&amp;rotocol Settings…</source>
            <translation>P&amp;rotokoll-Einstellungen…</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge Contacts</source>
            <translation>Kontakte zusammenführen</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Zusammenführen</translation>
        </message>
        <message>
            <source>Choose the record to keep and, where the two differ, which value to keep. Meetings, delegations, follow-ups and gifts of the other record will name the kept one. Edit ▸ Undo takes the merge back.</source>
            <translation>Wählen Sie den Datensatz, der erhalten bleiben soll, und – wo sich beide unterscheiden – den jeweils zu übernehmenden Wert. Gespräche, Delegationen, Folgeaufgaben und Geschenke des anderen Datensatzes verweisen danach auf den erhaltenen. Mit Bearbeiten ▸ Rückgängig lässt sich die Zusammenführung zurücknehmen.</translation>
        </message>
        <message>
            <source>Keep the record of</source>
            <translation>Datensatz behalten von</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Honorific</source>
            <translation>Anrede</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>Form of address</source>
            <translation>Briefanrede</translation>
        </message>
        <message>
            <source>Short biography</source>
            <translation>Kurzbiografie</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Contacts not merged</source>
            <translation>Kontakte nicht zusammengeführt</translation>
        </message>
    </context>
    <context>
        <name>NewTripDialog</name>
        <message>
            <source>New Trip</source>
            <translation>Neue Reise</translation>
        </message>
        <message>
            <source>New trip</source>
            <translation>Neue Reise</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>&amp;Destinations:</source>
            <translation>&amp;Reiseziele:</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Zweck:</translation>
        </message>
        <message>
            <source>Document &amp;language:</source>
            <translation>Dokument&amp;sprache:</translation>
        </message>
        <message>
            <source>Pl&amp;aces:</source>
            <translation>&amp;Plätze:</translation>
        </message>
        <message>
            <source>Seats on a citizens' trip; empty means no limit.</source>
            <translation>Plätze bei einer Bürgerreise; leer bedeutet unbegrenzt.</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Kürzel:</translation>
        </message>
        <message>
            <source>Proposed from title and year; used on the command line.</source>
            <translation>Aus Titel und Jahr vorgeschlagen; wird auf der Kommandozeile verwendet.</translation>
        </message>
        <message>
            <source>New trip “%1”</source>
            <translation>Neue Reise „%1“</translation>
        </message>
    </context>
    <context>
        <name>NoteBanner</name>
        <message>
            <source>Dismiss</source>
            <translation>Ausblenden</translation>
        </message>
        <message>
            <source>Dismiss note</source>
            <translation>Hinweis ausblenden</translation>
        </message>
    </context>
    <context>
        <name>OutcomeEditor</name>
        <message>
            <source>New Outcome</source>
            <translation>Neues Ergebnis</translation>
        </message>
        <message>
            <source>Edit Outcome</source>
            <translation>Ergebnis bearbeiten</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Kontakte durchsuchen</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>Date as YYYY-MM-DD.</source>
            <translation>Datum im Format JJJJ-MM-TT.</translation>
        </message>
        <message>
            <source>&amp;What came of it:</source>
            <translation>&amp;Was wurde erreicht:</translation>
        </message>
        <message>
            <source>&amp;Goals:</source>
            <translation>&amp;Ziele:</translation>
        </message>
        <message>
            <source>C&amp;ontacts:</source>
            <translation>&amp;Kontakte:</translation>
        </message>
        <message>
            <source>C&amp;ities:</source>
            <translation>&amp;Städte:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>&amp;Notizen:</translation>
        </message>
        <message>
            <source>New contact…</source>
            <translation>Neuer Kontakt…</translation>
        </message>
    </context>
    <context>
        <name>OutcomeModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>What came of it</source>
            <translation>Was daraus wurde</translation>
        </message>
        <message>
            <source>Who and where</source>
            <translation>Wer und wo</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
    </context>
    <context>
        <name>OutcomesPanel</name>
        <message>
            <source>&amp;New outcome…</source>
            <translation>&amp;Neues Ergebnis…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>&lt;b&gt;What came of the trip&lt;/b&gt;</source>
            <translation>&lt;b&gt;Was die Reise ergeben hat&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Documents&lt;/b&gt;</source>
            <translation>&lt;b&gt;Dokumente&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Select an outcome to see who and what it involves.</source>
            <translation>Wählen Sie ein Ergebnis aus, um zu sehen, wen und was es betrifft.</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>Städte</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete this outcome and its list of documents?</source>
            <translation>Dieses Ergebnis und seine Dokumentenliste löschen?</translation>
        </message>
    </context>
    <context>
        <name>OutcomesTab</name>
        <message>
            <source>Outcomes</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Folgeaufgaben</translation>
        </message>
        <message>
            <source>Gifts</source>
            <translation>Geschenke</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Change trip title</source>
            <extracomment>The name of each change in the Edit menu ("Undo Change trip title").</extracomment>
            <translation>Reisetitel ändern</translation>
        </message>
        <message>
            <source>Change trip reference</source>
            <translation>Kürzel der Reise ändern</translation>
        </message>
        <message>
            <source>Change kind of trip</source>
            <translation>Art der Reise ändern</translation>
        </message>
        <message>
            <source>Change trip status</source>
            <translation>Reisestatus ändern</translation>
        </message>
        <message>
            <source>Change start date</source>
            <translation>Beginndatum ändern</translation>
        </message>
        <message>
            <source>Change end date</source>
            <translation>Enddatum ändern</translation>
        </message>
        <message>
            <source>Change destinations</source>
            <translation>Reiseziele ändern</translation>
        </message>
        <message>
            <source>Change purpose</source>
            <translation>Zweck ändern</translation>
        </message>
        <message>
            <source>Change objectives</source>
            <translation>Zielsetzungen ändern</translation>
        </message>
        <message>
            <source>Change document language</source>
            <translation>Dokumentsprache ändern</translation>
        </message>
        <message>
            <source>Change capacity</source>
            <translation>Platzzahl ändern</translation>
        </message>
        <message>
            <source>Change budget</source>
            <translation>Budget ändern</translation>
        </message>
        <message>
            <source>Change funding source</source>
            <translation>Finanzierungsquelle ändern</translation>
        </message>
        <message>
            <source>Change goals</source>
            <translation>Ziele ändern</translation>
        </message>
        <message>
            <source>Change notes</source>
            <translation>Notizen ändern</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>C&amp;ancel Trip</source>
            <translation>Reise &amp;absagen</translation>
        </message>
        <message>
            <source>D&amp;uplicate Trip…</source>
            <translation>Reise d&amp;uplizieren…</translation>
        </message>
        <message>
            <source>&amp;Delete Trip…</source>
            <translation>Reise &amp;löschen…</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Kürzel:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>A&amp;rt:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>Document &amp;language:</source>
            <translation>Dokumentsprac&amp;he:</translation>
        </message>
        <message>
            <source>&amp;Places:</source>
            <translation>&amp;Plätze:</translation>
        </message>
        <message>
            <source>For citizens' trips; empty means no limit.</source>
            <translation>Nur für Bürgerreisen; leer bedeutet keine Begrenzung.</translation>
        </message>
        <message>
            <source>&amp;Budget:</source>
            <translation>B&amp;udget:</translation>
        </message>
        <message>
            <source>Funding sour&amp;ce:</source>
            <translation>&amp;Finanzierungsquelle:</translation>
        </message>
        <message>
            <source>&amp;Destinations:</source>
            <translation>&amp;Reiseziele:</translation>
        </message>
        <message>
            <source>&amp;Goals:</source>
            <translation>&amp;Ziele:</translation>
        </message>
        <message>
            <source>Purpos&amp;e:</source>
            <translation>Zwec&amp;k:</translation>
        </message>
        <message>
            <source>&amp;Objectives:</source>
            <translation>Zi&amp;elsetzungen:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notizen:</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Mark as %1</source>
            <translation>Als %1 markieren</translation>
        </message>
        <message>
            <source>This trip was changed by %1 at %2 since you opened it.</source>
            <translation>Diese Reise wurde seit dem Öffnen von %1 um %2 geändert.</translation>
        </message>
        <message>
            <source>This trip was changed elsewhere since you opened it.</source>
            <translation>Diese Reise wurde seit dem Öffnen anderswo geändert.</translation>
        </message>
        <message>
            <source>Trip Changed</source>
            <translation>Reise geändert</translation>
        </message>
        <message>
            <source>Show Their Version</source>
            <translation>Deren Fassung zeigen</translation>
        </message>
        <message>
            <source>Keep Mine</source>
            <translation>Meine behalten</translation>
        </message>
    </context>
    <context>
        <name>OverviewWriter</name>
        <message>
            <source>Purpose</source>
            <translation>Anlass</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <source>No one has been added to the delegation yet.</source>
            <translation>Der Delegation gehört noch niemand an.</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>The programme has no items yet.</source>
            <translation>Das Programm enthält noch keine Termine.</translation>
        </message>
        <message>
            <source>All times are local times.</source>
            <translation>Alle Zeiten sind Ortszeiten.</translation>
        </message>
        <message>
            <source>Times are local to the place; %1 time beside them where it differs.</source>
            <translation>Zeiten in Ortszeit; daneben die Zeit in %1, wo sie abweicht.</translation>
        </message>
        <message>
            <source>with %1</source>
            <translation>mit %1</translation>
        </message>
        <message>
            <source>confidential</source>
            <translation>vertraulich</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Reiseverbindungen</translation>
        </message>
        <message>
            <source>No travel has been booked yet.</source>
            <translation>Noch keine Reiseverbindungen gebucht.</translation>
        </message>
        <message>
            <source>Departure and arrival in local time.</source>
            <translation>Abfahrt und Ankunft jeweils in Ortszeit.</translation>
        </message>
        <message>
            <source>Booking %1</source>
            <translation>Buchung %1</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <translation>Unterkunft</translation>
        </message>
        <message>
            <source>No hotel has been booked yet.</source>
            <translation>Noch keine Unterkunft gebucht.</translation>
        </message>
        <message>
            <source>1 night</source>
            <translation type="vanished">1 Nacht</translation>
        </message>
        <message>
            <source>%1 nights</source>
            <translation type="vanished">%1 Nächte</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n Nacht</numerusform>
                <numerusform>%n Nächte</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PapersTab</name>
        <message>
            <source>Invitation letters</source>
            <translation>Einladungsschreiben</translation>
        </message>
        <message>
            <source>Visa invitation letters</source>
            <translation>Einladungsschreiben für das Visum</translation>
        </message>
        <message>
            <source>Thank-you letters</source>
            <translation>Dankschreiben</translation>
        </message>
        <message>
            <source>Save Letters…</source>
            <translation>Briefe speichern…</translation>
        </message>
        <message>
            <source>Language of the papers</source>
            <translation>Sprache der Papiere</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>Briefe</translation>
        </message>
        <message>
            <source>Name badges</source>
            <translation>Namensschilder</translation>
        </message>
        <message>
            <source>Save Badges…</source>
            <translation>Namensschilder speichern…</translation>
        </message>
        <message>
            <source>Rooming list</source>
            <translation>Zimmerliste</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>PDF speichern…</translation>
        </message>
        <message>
            <source>Save CSV for the Hotel…</source>
            <translation>CSV für das Hotel speichern…</translation>
        </message>
        <message>
            <source>Gift register of the trip</source>
            <translation>Geschenkeregister der Reise</translation>
        </message>
        <message>
            <source>Missing before printing: %1</source>
            <translation>Vor dem Drucken fehlt noch: %1</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Gift register</source>
            <translation>Geschenkeregister</translation>
        </message>
        <message>
            <source>Car list</source>
            <translation>Fahrzeugliste</translation>
        </message>
    </context>
    <context>
        <name>ParticipantEditor</name>
        <message>
            <source>New Participant</source>
            <translation>Neue teilnehmende Person</translation>
        </message>
        <message>
            <source>Edit Participant</source>
            <translation>Teilnehmende Person bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>as the person writes it</source>
            <translation>so, wie die Person ihn schreibt</translation>
        </message>
        <message>
            <source>&amp;Function:</source>
            <translation>&amp;Funktion:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>Re&amp;gistration:</source>
            <translation>&amp;Anmeldung:</translation>
        </message>
        <message>
            <source>On a trip with limited places the waiting list is kept automatically.</source>
            <translation>Bei Reisen mit begrenzter Platzzahl wird die Warteliste automatisch geführt.</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>&amp;Diet:</source>
            <translation>Ernä&amp;hrung:</translation>
        </message>
        <message>
            <source>e.g. vegetarian, no nuts</source>
            <translation>z. B. vegetarisch, keine Nüsse</translation>
        </message>
        <message>
            <source>&amp;Mobility:</source>
            <translation>&amp;Mobilität:</translation>
        </message>
        <message>
            <source>e.g. wheelchair, no stairs</source>
            <translation>z. B. Rollstuhl, keine Treppen</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>Noti&amp;zen:</translation>
        </message>
        <message>
            <source>From the directory: %1</source>
            <translation>Aus dem Verzeichnis: %1</translation>
        </message>
        <message>
            <source>Honorific:</source>
            <translation>Anrede:</translation>
        </message>
        <message>
            <source>e.g. Frau, Mr</source>
            <translation>z. B. Frau, Mr</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Titel:</translation>
        </message>
        <message>
            <source>e.g. Dr.</source>
            <translation>z. B. Dr.</translation>
        </message>
        <message>
            <source>Delegation:</source>
            <translation>Delegation:</translation>
        </message>
        <message>
            <source>on the badge; empty: the city of the contact or trip</source>
            <translation>auf dem Namensschild; leer: die Stadt des Kontakts oder der Reise</translation>
        </message>
        <message>
            <source>Name in passport:</source>
            <translation>Name laut Pass:</translation>
        </message>
        <message>
            <source>Nationality:</source>
            <translation>Staatsangehörigkeit:</translation>
        </message>
        <message>
            <source>e.g. RU, CN</source>
            <translation>z. B. RU, CN</translation>
        </message>
        <message>
            <source>Passport number:</source>
            <translation>Passnummer:</translation>
        </message>
        <message>
            <source>Room type:</source>
            <translation>Zimmerart:</translation>
        </message>
        <message>
            <source>e.g. single, double</source>
            <translation>z. B. Einzel, Doppel</translation>
        </message>
        <message>
            <source>Sharing room with:</source>
            <translation>Zimmer geteilt mit:</translation>
        </message>
        <message>
            <source>Requests to the hotel:</source>
            <translation>Wünsche an das Hotel:</translation>
        </message>
        <message>
            <source>Who pays:</source>
            <translation>Kosten trägt:</translation>
        </message>
        <message>
            <source>e.g. Landeshauptstadt Kiel</source>
            <translation>z. B. Landeshauptstadt Kiel</translation>
        </message>
        <message>
            <source>Liaison officer:</source>
            <translation>Betreuer/in:</translation>
        </message>
        <message>
            <source>name and phone</source>
            <translation>Name und Telefon</translation>
        </message>
    </context>
    <context>
        <name>ParticipantImportDialog</name>
        <message>
            <source>Import Participants — %1</source>
            <translation>Teilnehmende importieren — %1</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="vanished">&amp;Importieren</translation>
        </message>
        <message>
            <source>Rows to import</source>
            <translation type="vanished">Zu importierende Zeilen</translation>
        </message>
        <message>
            <source>%1 rows read from “%2” (%3). Nothing is saved until you choose Import; rows with an error are left out.</source>
            <translation>%1 Zeilen aus „%2“ gelesen (%3). Gespeichert wird erst, wenn Sie „Importieren“ wählen; fehlerhafte Zeilen werden ausgelassen.</translation>
        </message>
        <message>
            <source>%1 to import</source>
            <translation>%1 zu importieren</translation>
        </message>
        <message>
            <source>%1 with errors (left out)</source>
            <translation>%1 fehlerhaft (ausgelassen)</translation>
        </message>
        <message>
            <source>&amp;Import %1</source>
            <translation type="vanished">%1 &amp;importieren</translation>
        </message>
        <message numerus="yes">
            <source>%n on the waiting list</source>
            <translation>
                <numerusform>%n auf der Warteliste</numerusform>
                <numerusform>%n auf der Warteliste</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParticipantPreviewModel</name>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Anmerkungen</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Nicht importiert</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Same reference as someone in the delegation: updates them.</source>
            <translation>Gleiche Kennung wie eine Person in der Delegation: wird aktualisiert.</translation>
        </message>
        <message>
            <source>No place left: goes on the waiting list.</source>
            <translation>Kein Platz mehr: kommt auf die Warteliste.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Erfasst als</translation>
        </message>
        <message>
            <source>Delegations</source>
            <translation>Delegationen</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Delegation member only</source>
            <translation>Nur Delegationsmitglied</translation>
        </message>
    </context>
    <context>
        <name>PersonDataDialog</name>
        <message>
            <source>Personal Data</source>
            <extracomment>What an anonymisation or retention run may have changed.</extracomment>
            <translation>Personenbezogene Daten</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>&amp;Personen</translation>
        </message>
        <message>
            <source>&amp;Retention</source>
            <translation>&amp;Aufbewahrung</translation>
        </message>
        <message>
            <source>Search by name or e-mail</source>
            <translation>Nach Name oder E-Mail suchen</translation>
        </message>
        <message>
            <source>Search people</source>
            <translation>Personen suchen</translation>
        </message>
        <message>
            <source>Export &amp;JSON…</source>
            <translation>&amp;JSON exportieren…</translation>
        </message>
        <message>
            <source>Export P&amp;DF…</source>
            <translation>P&amp;DF exportieren…</translation>
        </message>
        <message>
            <source>&amp;Anonymise…</source>
            <translation>&amp;Anonymisieren…</translation>
        </message>
        <message>
            <source> months</source>
            <translation> Monate</translation>
        </message>
        <message>
            <source>Retention period</source>
            <translation>Aufbewahrungsfrist</translation>
        </message>
        <message>
            <source>Anonymise the personal data of delegation members this long after their &amp;trip ends:</source>
            <translation>Personenbezogene Daten von Delegationsmitgliedern so lange nach Ende ihrer &amp;Reise anonymisieren:</translation>
        </message>
        <message>
            <source>Anonymise &amp;Now…</source>
            <translation>&amp;Jetzt anonymisieren…</translation>
        </message>
        <message>
            <source>Nobody's retention period is over.</source>
            <translation>Bei niemandem ist die Aufbewahrungsfrist abgelaufen.</translation>
        </message>
        <message numerus="yes">
            <source>%n delegation members of %1 trips would be anonymised.</source>
            <translation>
                <numerusform>%n Delegationsmitglied aus %1 Reise würde anonymisiert.</numerusform>
                <numerusform>%n Delegationsmitglieder aus %1 Reise(n) würden anonymisiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Export Personal Data</source>
            <translation>Personenbezogene Daten exportieren</translation>
        </message>
        <message>
            <source>The data could not be exported: %1</source>
            <translation>Die Daten konnten nicht exportiert werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>Anonymise %1?

Their name, contact details, needs and notes are removed from %n delegation(s) and the contact list; the trips keep an anonymous place, so numbers and history stay. This cannot be undone. Backups made before now still hold the data until they are rotated out.</source>
            <translation>
                <numerusform>%1 anonymisieren?

Name, Kontaktdaten, Bedarfe und Notizen der Person werden aus %n Delegation und aus der Kontaktliste entfernt; die Reisen behalten einen anonymen Platz, sodass Zahlen und Verlauf erhalten bleiben. Dies kann nicht rückgängig gemacht werden. Bereits erstellte Sicherungskopien enthalten die Daten noch, bis sie turnusmäßig gelöscht werden.</numerusform>
                <numerusform>%1 anonymisieren?

Name, Kontaktdaten, Bedarfe und Notizen der Person werden aus %n Delegationen und aus der Kontaktliste entfernt; die Reisen behalten einen anonymen Platz, sodass Zahlen und Verlauf erhalten bleiben. Dies kann nicht rückgängig gemacht werden. Bereits erstellte Sicherungskopien enthalten die Daten noch, bis sie turnusmäßig gelöscht werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>These texts name them by part of their name; the words shown are removed too:</source>
            <translation>Diese Texte nennen die Person mit einem Teil ihres Namens; die gezeigten Wörter werden ebenfalls entfernt:</translation>
        </message>
        <message>
            <source>Anonymise Person</source>
            <translation>Person anonymisieren</translation>
        </message>
        <message>
            <source>Anonymise</source>
            <translation>Anonymisieren</translation>
        </message>
        <message>
            <source>These copies of the database, kept aside by a restore, still hold the person's data. Delete them?</source>
            <translation>Diese Kopien der Datenbank, die eine Wiederherstellung beiseitegelegt hat, enthalten noch die Daten der Person. Löschen?</translation>
        </message>
        <message>
            <source>Kept Copies</source>
            <translation>Aufbewahrte Kopien</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message numerus="yes">
            <source>Anonymise %n delegation member(s) whose retention period is over? This cannot be undone.</source>
            <translation>
                <numerusform>%n Delegationsmitglied anonymisieren, dessen Aufbewahrungsfrist abgelaufen ist? Dies kann nicht rückgängig gemacht werden.</numerusform>
                <numerusform>%n Delegationsmitglieder anonymisieren, deren Aufbewahrungsfrist abgelaufen ist? Dies kann nicht rückgängig gemacht werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Apply Retention</source>
            <translation>Aufbewahrungsfrist anwenden</translation>
        </message>
    </context>
    <context>
        <name>Placeholders</name>
        <message>
            <source>Cities and contacts</source>
            <translation type="vanished">Städte und Kontakte</translation>
        </message>
        <message>
            <source>Partner and friendly cities, networks and the people the office works with will be kept here, with the history of every meeting.</source>
            <translation type="vanished">Partnerstädte, befreundete Städte, Netzwerke und die Menschen, mit denen das Büro zusammenarbeitet, werden hier geführt – mit der Geschichte jeder Begegnung.</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="vanished">Nachverfolgung</translation>
        </message>
        <message>
            <source>What was agreed on a trip, who takes care of it and by when will be tracked here, so that nothing promised is forgotten.</source>
            <translation type="vanished">Was auf einer Reise vereinbart wurde, wer sich darum kümmert und bis wann, wird hier nachgehalten – damit nichts Zugesagte vergessen wird.</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation type="vanished">Dokumente</translation>
        </message>
        <message>
            <source>Itineraries, briefing packs, follow-up briefs and the yearly activity report will be printed from here. Until then the command line prints them:</source>
            <translation type="vanished">Reiseprogramme, Briefingmappen, Ergebnisvermerke und der jährliche Tätigkeitsbericht werden hier gedruckt. Bis dahin erstellt sie die Kommandozeile:</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation type="vanished">Delegation</translation>
        </message>
        <message>
            <source>The people travelling, their roles, order of precedence and needs will be listed here.</source>
            <translation type="vanished">Hier werden die Reisenden mit ihren Funktionen, ihrer protokollarischen Rangfolge und ihren Bedürfnissen aufgeführt.</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation type="vanished">Programm</translation>
        </message>
        <message>
            <source>The trip's programme, travel and hotels will be planned here, day by day in local time.</source>
            <translation type="vanished">Hier werden Programm, Reiseverbindungen und Hotels der Reise geplant, Tag für Tag in Ortszeit.</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation type="vanished">Budget</translation>
        </message>
        <message>
            <source>Planned and actual costs of the trip will be kept here.</source>
            <translation type="vanished">Hier werden die geplanten und tatsächlichen Kosten der Reise erfasst.</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation type="vanished">Ergebnisse</translation>
        </message>
        <message>
            <source>What the trip achieved, the gifts exchanged and the follow-ups agreed will be recorded here.</source>
            <translation type="vanished">Hier werden die Ergebnisse der Reise, die ausgetauschten Geschenke und die vereinbarten Folgeaufgaben festgehalten.</translation>
        </message>
        <message>
            <source>The trip's itinerary and briefing pack will be printed from here. Until then the command line prints them:</source>
            <translation type="vanished">Reiseprogramm und Briefingmappe der Reise werden künftig hier gedruckt. Bis dahin erfolgt der Druck über die Kommandozeile:</translation>
        </message>
    </context>
    <context>
        <name>PreviewImportDialog</name>
        <message>
            <source>Rows to import</source>
            <translation>Zu importierende Zeilen</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>&amp;Import %1</source>
            <translation>%1 &amp;importieren</translation>
        </message>
        <message>
            <source>Importing %1 rows…</source>
            <translation>%1 Zeilen werden importiert …</translation>
        </message>
        <message>
            <source>The import was stopped; nothing was saved.</source>
            <translation>Der Import wurde abgebrochen; nichts wurde gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Time needed between places</source>
            <translation>Wegezeit zwischen Orten</translation>
        </message>
        <message>
            <source>Time needed between &amp;places:</source>
            <translation>&amp;Wegezeit zwischen Orten:</translation>
        </message>
        <message>
            <source>Problems of the programme</source>
            <translation>Probleme im Programm</translation>
        </message>
        <message>
            <source>No problems found: every item fits.</source>
            <translation>Keine Probleme gefunden: Alle Programmpunkte passen.</translation>
        </message>
        <message>
            <source>Problems (%1)</source>
            <translation>Probleme (%1)</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeModel</name>
        <message>
            <source>Time in %1</source>
            <translation>Zeit in %1</translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>Ortszeit</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>outside the trip's dates</source>
            <translation>außerhalb des Reisezeitraums</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n Problem</numerusform>
                <numerusform>%n Probleme</numerusform>
            </translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>Check-out</translation>
        </message>
        <message>
            <source>Hotel</source>
            <translation>Hotel</translation>
        </message>
        <message>
            <source>confidential</source>
            <translation>vertraulich</translation>
        </message>
        <message>
            <source>Booking %1</source>
            <translation>Buchung %1</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeOps</name>
        <message>
            <source>New item “%1”</source>
            <translation>Neuer Programmpunkt „%1“</translation>
        </message>
        <message>
            <source>Edit item “%1”</source>
            <translation>Programmpunkt „%1“ bearbeiten</translation>
        </message>
        <message>
            <source>Move “%1” later</source>
            <translation>„%1“ später legen</translation>
        </message>
        <message>
            <source>Move “%1” earlier</source>
            <translation>„%1“ früher legen</translation>
        </message>
        <message>
            <source>Move “%1” to another day</source>
            <translation>„%1“ auf anderen Tag verschieben</translation>
        </message>
        <message>
            <source>Copy “%1”</source>
            <translation>„%1“ kopieren</translation>
        </message>
        <message>
            <source>Delete item “%1”</source>
            <translation>Programmpunkt „%1“ löschen</translation>
        </message>
        <message>
            <source>New travel leg “%1”</source>
            <translation>Neuer Reiseabschnitt „%1“</translation>
        </message>
        <message>
            <source>Edit travel leg</source>
            <translation>Reiseabschnitt bearbeiten</translation>
        </message>
        <message>
            <source>Delete travel leg</source>
            <translation>Reiseabschnitt löschen</translation>
        </message>
        <message>
            <source>New hotel stay “%1”</source>
            <translation>Neuer Hotelaufenthalt „%1“</translation>
        </message>
        <message>
            <source>Edit hotel stay</source>
            <translation>Hotelaufenthalt bearbeiten</translation>
        </message>
        <message>
            <source>Delete hotel stay “%1”</source>
            <translation>Hotelaufenthalt „%1“ löschen</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeSettings</name>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Buffer between places</source>
            <translation>Puffer zwischen Orten</translation>
        </message>
        <message>
            <source>&amp;Buffer between places:</source>
            <translation>&amp;Puffer zwischen Orten:</translation>
        </message>
        <message>
            <source>The programme warns when two items at different places leave less time than this between them. Shared by everyone in the office.</source>
            <translation>Das Programm warnt, wenn zwischen zwei Punkten an verschiedenen Orten weniger Zeit bleibt. Gilt für alle im Büro.</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeTab</name>
        <message>
            <source>Programme</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Programme by day</source>
            <translation>Programm nach Tagen</translation>
        </message>
        <message>
            <source>New &amp;Item…</source>
            <translation>Neuer &amp;Programmpunkt…</translation>
        </message>
        <message>
            <source>New &amp;Travel Leg…</source>
            <translation>Neue &amp;Reiseetappe…</translation>
        </message>
        <message>
            <source>New &amp;Hotel Stay…</source>
            <translation>Neuer &amp;Hotelaufenthalt…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Copy to Day…</source>
            <translation>Auf Tag &amp;kopieren…</translation>
        </message>
        <message>
            <source>&amp;Move to Day…</source>
            <translation>Auf Tag &amp;verschieben…</translation>
        </message>
        <message>
            <source>E&amp;arlier (15 min)</source>
            <translation>&amp;Früher (15 Min.)</translation>
        </message>
        <message>
            <source>&amp;Later (15 min)</source>
            <translation>&amp;Später (15 Min.)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Programme actions</source>
            <translation>Aktionen im Programm</translation>
        </message>
        <message>
            <source>Buffer not saved</source>
            <translation>Pufferzeit nicht gespeichert</translation>
        </message>
        <message>
            <source>&amp;Seating…</source>
            <translation>&amp;Sitzordnung…</translation>
        </message>
    </context>
    <context>
        <name>ProtocolSettingsDialog</name>
        <message>
            <source>Protocol Settings</source>
            <translation>Protokoll-Einstellungen</translation>
        </message>
        <message>
            <source>Forms of address</source>
            <translation>Anredeformen</translation>
        </message>
        <message>
            <source>Letter templates</source>
            <translation>Briefvorlagen</translation>
        </message>
        <message>
            <source>Gifts</source>
            <translation>Geschenke</translation>
        </message>
        <message>
            <source>Add Rule</source>
            <translation>Regel hinzufügen</translation>
        </message>
        <message>
            <source>Remove Rule</source>
            <translation>Regel entfernen</translation>
        </message>
        <message>
            <source>A person's own forms always win. Fields: %1</source>
            <translation>Die eigenen Formen einer Person gehen immer vor. Felder: %1</translation>
        </message>
        <message>
            <source>Invitation</source>
            <translation>Einladung</translation>
        </message>
        <message>
            <source>Visa invitation</source>
            <translation>Einladung für das Visum</translation>
        </message>
        <message>
            <source>Thank-you letter</source>
            <translation>Dankschreiben</translation>
        </message>
        <message>
            <source>Shipped Text</source>
            <translation>Mitgelieferter Text</translation>
        </message>
        <message>
            <source>Fields: %1</source>
            <translation>Felder: %1</translation>
        </message>
        <message>
            <source>Letter:</source>
            <translation>Brief:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Betreff:</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>Text:</translation>
        </message>
        <message>
            <source>Limit for received gifts:</source>
            <translation>Grenze für erhaltene Geschenke:</translation>
        </message>
        <message>
            <source>Currency:</source>
            <translation>Währung:</translation>
        </message>
        <message>
            <source>Received gifts above the limit, of unknown value or in another currency are flagged in the register.</source>
            <translation>Erhaltene Geschenke über der Grenze, mit unbekanntem Wert oder in anderer Währung werden im Register markiert.</translation>
        </message>
        <message>
            <source>Save Register of the Year…</source>
            <translation>Register des Jahres speichern…</translation>
        </message>
        <message>
            <source>Gift register:</source>
            <translation>Geschenkeregister:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>gift-register-%1.pdf</source>
            <translation>geschenkeregister-%1.pdf</translation>
        </message>
        <message>
            <source>Gift register %1.pdf</source>
            <translation>Geschenkeregister %1.pdf</translation>
        </message>
    </context>
    <context>
        <name>RetentionModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Trip</source>
            <translation>Reise</translation>
        </message>
        <message>
            <source>Trip ended</source>
            <translation>Reiseende</translation>
        </message>
        <message>
            <source>Due since</source>
            <translation>Fällig seit</translation>
        </message>
    </context>
    <context>
        <name>RetentionNotice</name>
        <message>
            <source>Review…</source>
            <translation>Prüfen…</translation>
        </message>
        <message>
            <source>Review personal data past its retention period</source>
            <translation>Personenbezogene Daten nach Ablauf der Aufbewahrungsfrist prüfen</translation>
        </message>
        <message numerus="yes">
            <source>%n delegation member(s)</source>
            <translation>
                <numerusform>%n Delegationsmitglied</numerusform>
                <numerusform>%n Delegationsmitgliedern</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trip(s)</source>
            <translation>
                <numerusform>%n Reise</numerusform>
                <numerusform>%n Reisen</numerusform>
            </translation>
        </message>
        <message>
            <source>The retention period is over for the personal data of %1 of %2.</source>
            <translation>Die Aufbewahrungsfrist für die personenbezogenen Daten von %1 aus %2 ist abgelaufen.</translation>
        </message>
    </context>
    <context>
        <name>RulesTable</name>
        <message>
            <source>Function contains</source>
            <translation>Funktion enthält</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Envelope</source>
            <translation>Anschrift</translation>
        </message>
        <message>
            <source>Salutation</source>
            <translation>Briefanrede</translation>
        </message>
        <message>
            <source>Spoken</source>
            <translation>Mündlich</translation>
        </message>
    </context>
    <context>
        <name>SeatingEditor</name>
        <message>
            <source>Seating – {item}</source>
            <translation>Sitzordnung – {item}</translation>
        </message>
        <message>
            <source>Guests by rank</source>
            <translation>Gäste nach Rang</translation>
        </message>
        <message>
            <source>Tables and seats</source>
            <translation>Tische und Plätze</translation>
        </message>
        <message>
            <source>Seating warnings</source>
            <translation>Hinweise zur Sitzordnung</translation>
        </message>
        <message>
            <source>Seating actions</source>
            <translation>Sitzordnung: Aktionen</translation>
        </message>
        <message>
            <source>&amp;Propose</source>
            <translation>&amp;Vorschlagen</translation>
        </message>
        <message>
            <source>&amp;Lock / Unlock</source>
            <translation>&amp;Festlegen / Lösen</translation>
        </message>
        <message>
            <source>&amp;Off the Tables</source>
            <translation>&amp;Vom Tisch nehmen</translation>
        </message>
        <message>
            <source>Add &amp;Table…</source>
            <translation>&amp;Tisch hinzufügen…</translation>
        </message>
        <message>
            <source>Head Table on &amp;Both Sides</source>
            <translation>Ehrentafel &amp;beidseitig</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Guest list actions</source>
            <translation>Gästeliste: Aktionen</translation>
        </message>
        <message>
            <source>Add &amp;Guest…</source>
            <translation>&amp;Gast hinzufügen…</translation>
        </message>
        <message>
            <source>Re&amp;move Guest</source>
            <translation>Gast &amp;streichen</translation>
        </message>
        <message>
            <source>Ra&amp;nk…</source>
            <translation>Rang &amp;ändern…</translation>
        </message>
        <message>
            <source>Partn&amp;er…</source>
            <translation>&amp;Partner…</translation>
        </message>
        <message>
            <source>Allow Toget&amp;her…</source>
            <translation>Neben&amp;einander erlauben…</translation>
        </message>
        <message>
            <source>Part &amp;Couple</source>
            <translation>Paar &amp;auflösen</translation>
        </message>
        <message>
            <source>Keep &amp;Apart…</source>
            <translation>Nicht &amp;nebeneinander…</translation>
        </message>
        <message>
            <source>Keep Couples Together</source>
            <translation>Paare zusammen setzen</translation>
        </message>
        <message>
            <source>Interpreters at the Table</source>
            <translation>Dolmetscher am Tisch</translation>
        </message>
        <message>
            <source>Head table</source>
            <translation>Ehrentafel</translation>
        </message>
        <message>
            <source>Seating</source>
            <translation>Sitzordnung</translation>
        </message>
        <message>
            <source>Seat guest</source>
            <translation>Gast platzieren</translation>
        </message>
        <message>
            <source>Propose seating</source>
            <translation>Sitzordnung vorschlagen</translation>
        </message>
        <message>
            <source>Lock seat</source>
            <translation>Platz festlegen</translation>
        </message>
        <message>
            <source>Unlock seat</source>
            <translation>Platz lösen</translation>
        </message>
        <message>
            <source>Take guest off the tables</source>
            <translation>Gast vom Tisch nehmen</translation>
        </message>
        <message>
            <source>Seat head table on both sides</source>
            <translation>Ehrentafel beidseitig besetzen</translation>
        </message>
        <message>
            <source>Seat head table on one side</source>
            <translation>Ehrentafel einseitig besetzen</translation>
        </message>
        <message>
            <source>Add Table</source>
            <translation>Tisch hinzufügen</translation>
        </message>
        <message>
            <source>Name of the round table (seats after a comma, e.g. Förde, 8):</source>
            <translation>Name des runden Tisches (Plätze nach einem Komma, z. B. Förde, 8):</translation>
        </message>
        <message>
            <source>Add table</source>
            <translation>Tisch hinzufügen</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tisch</translation>
        </message>
        <message>
            <source>The table the table actions work on (or click one of its seats)</source>
            <translation>Der Tisch, für den die Tischaktionen gelten (oder einen seiner Plätze anklicken)</translation>
        </message>
        <message>
            <source>On &amp;Both Sides</source>
            <translation>&amp;Beidseitig</translation>
        </message>
        <message>
            <source>Seat the chosen table on both sides: host in the middle of one side, principal guest opposite (a round table becomes a long one)</source>
            <translation>Den gewählten Tisch beidseitig besetzen: Gastgeber in der Mitte der einen Seite, Hauptgast gegenüber (ein runder Tisch wird zur langen Tafel)</translation>
        </message>
        <message>
            <source>Seat {table} on both sides</source>
            <translation>{table} beidseitig besetzen</translation>
        </message>
        <message>
            <source>Seat {table} on one side</source>
            <translation>{table} einseitig besetzen</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Home city &amp;&amp; letterhead</source>
            <translation>Heimatstadt &amp;&amp; Briefkopf</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumente</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Shortcuts of a list or tab work while it has the focus.</source>
            <translation>Die Kürzel einer Liste oder eines Reiters wirken, solange sie den Fokus haben.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Cannot open the database</source>
            <translation>Die Datenbank lässt sich nicht öffnen</translation>
        </message>
        <message>
            <source>Database open elsewhere</source>
            <translation>Datenbank anderswo geöffnet</translation>
        </message>
        <message>
            <source>Open it read-only? You can look at everything and print, but not change anything.</source>
            <translation>Schreibgeschützt öffnen? Sie können alles ansehen und drucken, aber nichts ändern.</translation>
        </message>
        <message>
            <source>The database is missing or empty</source>
            <translation>Die Datenbank fehlt oder ist leer</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>Die Datenbank ist beschädigt</translation>
        </message>
        <message>
            <source>Restore the newest good backup now?</source>
            <translation>Jetzt die neueste intakte Sicherung wiederherstellen?</translation>
        </message>
        <message>
            <source>Risky place for the database</source>
            <translation>Riskanter Speicherort für die Datenbank</translation>
        </message>
        <message>
            <source>Welcome to Delegations</source>
            <translation type="vanished">Willkommen bei Delegations</translation>
        </message>
        <message>
            <source>Load the demo data of Kiel?</source>
            <translation type="vanished">Die Demodaten der Landeshauptstadt Kiel laden?</translation>
        </message>
        <message>
            <source>Demo data not loaded</source>
            <translation>Demodaten nicht geladen</translation>
        </message>
    </context>
    <context>
        <name>StayEditor</name>
        <message>
            <source>New Hotel Stay</source>
            <translation>Neuer Hotelaufenthalt</translation>
        </message>
        <message>
            <source>Edit Hotel Stay</source>
            <translation>Hotelaufenthalt bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Hotel:</source>
            <translation>&amp;Hotel:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>Check-&amp;in:</source>
            <translation>Check-&amp;in:</translation>
        </message>
        <message>
            <source>Check-&amp;out:</source>
            <translation>Check-&amp;out:</translation>
        </message>
        <message>
            <source>&amp;Booking reference:</source>
            <translation>&amp;Buchungsnummer:</translation>
        </message>
        <message>
            <source>&amp;Guests:</source>
            <translation>&amp;Gäste:</translation>
        </message>
        <message>
            <source>The whole delegation</source>
            <translation>Die gesamte Delegation</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>&amp;Notizen:</translation>
        </message>
    </context>
    <context>
        <name>TotalsModel</name>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Ist</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Differenz</translation>
        </message>
    </context>
    <context>
        <name>TransportBox</name>
        <message>
            <source>Cars for the transfers</source>
            <translation>Fahrzeuge für die Transfers</translation>
        </message>
        <message>
            <source>Car</source>
            <translation>Fahrzeug</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Fahrer/in</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Plätze</translation>
        </message>
        <message>
            <source>Save Car List…</source>
            <translation>Fahrzeugliste speichern…</translation>
        </message>
        <message>
            <source>Add Car…</source>
            <translation>Fahrzeug hinzufügen…</translation>
        </message>
        <message>
            <source>Remove Car</source>
            <translation>Fahrzeug entfernen</translation>
        </message>
        <message>
            <source>Seat the Checked People</source>
            <translation>Angehakte Personen einsteigen lassen</translation>
        </message>
        <message>
            <source>Transfer:</source>
            <translation>Transfer:</translation>
        </message>
        <message>
            <source>Car:</source>
            <translation>Fahrzeug:</translation>
        </message>
        <message>
            <source>New car “%1”</source>
            <translation>Neues Fahrzeug „%1“</translation>
        </message>
        <message>
            <source>Remove car “%1”</source>
            <translation>Fahrzeug „%1“ entfernen</translation>
        </message>
        <message>
            <source>Seat people in “%1”</source>
            <translation>Personen in „%1“ einteilen</translation>
        </message>
        <message>
            <source>Not seated</source>
            <translation>Nicht eingeteilt</translation>
        </message>
    </context>
    <context>
        <name>TripActions</name>
        <message>
            <source>Delete the trip “%1” with its delegation, programme, travel, outcomes and follow-ups?

This cannot be undone.</source>
            <translation>Die Reise „%1“ mit Delegation, Programm, Reiseabschnitten, Ergebnissen und Folgeaufgaben löschen?

Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Delete Trip</source>
            <translation>Reise löschen</translation>
        </message>
    </context>
    <context>
        <name>TripDialog</name>
        <message>
            <source>Enter a title to go on.</source>
            <translation>Geben Sie einen Titel ein, um fortzufahren.</translation>
        </message>
        <message>
            <source>Correct the fields marked in red to go on.</source>
            <translation>Korrigieren Sie die rot markierten Felder, um fortzufahren.</translation>
        </message>
    </context>
    <context>
        <name>TripFilterBar</name>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>Search title, reference or city…</source>
            <translation>Titel, Kürzel oder Stadt suchen…</translation>
        </message>
        <message>
            <source>Search trips</source>
            <translation>Reisen durchsuchen</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Jahr:</translation>
        </message>
        <message>
            <source>St&amp;atus:</source>
            <translation>St&amp;atus:</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>S&amp;tadt:</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Alle Jahre</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>Alle Städte</translation>
        </message>
    </context>
    <context>
        <name>TripFollowUps</name>
        <message>
            <source>&amp;New follow-up…</source>
            <translation>&amp;Neue Folgeaufgabe…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>Set &amp;status</source>
            <translation>&amp;Status setzen</translation>
        </message>
        <message>
            <source>&lt;b&gt;What was promised on this trip&lt;/b&gt;</source>
            <translation>&lt;b&gt;Was auf dieser Reise zugesagt wurde&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>TripForm</name>
        <message>
            <source>no limit</source>
            <translation>unbegrenzt</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
    </context>
    <context>
        <name>TripOverview</name>
        <message>
            <source>%1 — Trip overview</source>
            <translation>%1 — Reiseübersicht</translation>
        </message>
        <message>
            <source>Trip overview</source>
            <translation>Reiseübersicht</translation>
        </message>
        <message>
            <source>Trip details</source>
            <translation>Einzelheiten der Reise</translation>
        </message>
    </context>
    <context>
        <name>TripWindow</name>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumente</translation>
        </message>
        <message>
            <source>Trip sections</source>
            <translation>Bereiche der Reise</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New Trip…</source>
            <translation>&amp;Neue Reise…</translation>
        </message>
        <message>
            <source>&amp;Close Window</source>
            <translation>Fenster &amp;schließen</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Trip &amp;Summary…</source>
            <translation>&amp;Zusammenfassung der Reise…</translation>
        </message>
        <message>
            <source>%1 — Delegations</source>
            <translation>%1 — Delegations</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protokoll</translation>
        </message>
    </context>
    <context>
        <name>TripWindows</name>
        <message>
            <source>Trip not available</source>
            <translation>Reise nicht verfügbar</translation>
        </message>
    </context>
    <context>
        <name>TripsPage</name>
        <message>
            <source>Trips</source>
            <translation>Reisen</translation>
        </message>
        <message>
            <source>New Trip…</source>
            <translation>Neue Reise…</translation>
        </message>
        <message>
            <source>New trip</source>
            <translation>Neue Reise</translation>
        </message>
        <message>
            <source>New trip (%1)</source>
            <translation>Neue Reise (%1)</translation>
        </message>
        <message>
            <source>Trips list</source>
            <translation>Reiseliste</translation>
        </message>
        <message>
            <source>No trips yet</source>
            <translation>Noch keine Reisen</translation>
        </message>
        <message>
            <source>Trips, visits and exchanges will be listed here once they are planned.</source>
            <translation>Reisen, Besuche und Austausche erscheinen hier, sobald sie geplant werden.</translation>
        </message>
        <message>
            <source>No trips match</source>
            <translation>Keine passenden Reisen</translation>
        </message>
        <message>
            <source>Try a shorter search, or set the filters back to “All”.</source>
            <translation>Versuchen Sie einen kürzeren Suchbegriff, oder setzen Sie die Filter auf „Alle“ zurück.</translation>
        </message>
        <message>
            <source>%1 of %2 trips</source>
            <translation>%1 von %2 Reisen</translation>
        </message>
        <message>
            <source>1 trip</source>
            <translation type="vanished">1 Reise</translation>
        </message>
        <message>
            <source>%1 trips</source>
            <translation type="vanished">%1 Reisen</translation>
        </message>
        <message>
            <source>Trip not available</source>
            <translation type="vanished">Reise nicht verfügbar</translation>
        </message>
        <message numerus="yes">
            <source>%n trip(s)</source>
            <translation>
                <numerusform>%n Reise</numerusform>
                <numerusform>%n Reisen</numerusform>
            </translation>
        </message>
        <message>
            <source>Trips: from the search to the list</source>
            <translation>Reisen: von der Suche in die Liste</translation>
        </message>
        <message>
            <source>Trips: delete the trip chosen</source>
            <translation>Reisen: gewählte Reise löschen</translation>
        </message>
    </context>
    <context>
        <name>TripsTableModel</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Destinations</source>
            <translation>Reiseziele</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Personen</translation>
        </message>
    </context>
    <context>
        <name>UndoNote</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Ausblenden</translation>
        </message>
    </context>
    <context>
        <name>VehicleEditor</name>
        <message>
            <source>New Car</source>
            <translation>Neues Fahrzeug</translation>
        </message>
        <message>
            <source>&amp;Car:</source>
            <translation>&amp;Fahrzeug:</translation>
        </message>
        <message>
            <source>e.g. official car 1, minibus</source>
            <translation>z. B. Dienstwagen 1, Kleinbus</translation>
        </message>
        <message>
            <source>&amp;Driver:</source>
            <translation>Fa&amp;hrer/in:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>&amp;Seats:</source>
            <translation>&amp;Plätze:</translation>
        </message>
    </context>
    <context>
        <name>WizardDemoPage</name>
        <message>
            <source>Ready to load the demo</source>
            <translation>Bereit für die Demodaten</translation>
        </message>
        <message>
            <source>Kiel's office, as an example to explore.</source>
            <translation>Das Büro der Landeshauptstadt Kiel als Beispiel zum Erkunden.</translation>
        </message>
        <message>
            <source>Press Finish to load Kiel's partner cities, contacts and trips. The home city is Kiel; you can change it, and delete the examples, at any time.</source>
            <translation>„Abschließen“ lädt Kiels Partnerstädte, Kontakte und Reisen. Heimatstadt ist dann Kiel; Sie können sie jederzeit ändern und die Beispiele löschen.</translation>
        </message>
    </context>
    <context>
        <name>WizardHomePage</name>
        <message>
            <source>Your home city</source>
            <translation>Ihre Heimatstadt</translation>
        </message>
        <message>
            <source>The city whose international office uses this program. Times at home are shown in its time zone.</source>
            <translation>Die Stadt, deren Büro für Internationales dieses Programm nutzt. Zeiten zu Hause werden in ihrer Zeitzone gezeigt.</translation>
        </message>
        <message>
            <source>Home &amp;city:</source>
            <translation>&amp;Heimatstadt:</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Zeitzone:</translation>
        </message>
        <message>
            <source>Type part of a name, such as “Berlin”, and pick the zone.</source>
            <translation>Einen Teil des Namens tippen, etwa „Berlin“, und die Zone wählen.</translation>
        </message>
        <message>
            <source>Home city</source>
            <translation>Heimatstadt</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
    </context>
    <context>
        <name>WizardLanguagePage</name>
        <message>
            <source>Welcome to Delegations</source>
            <translation>Willkommen bei Delegations</translation>
        </message>
        <message>
            <source>A few questions before you start. Everything can be changed later in the settings.</source>
            <translation>Ein paar Fragen vor dem Start. Alles lässt sich später in den Einstellungen ändern.</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Sprache der Oberfläche:</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Sprache der Oberfläche</translation>
        </message>
        <message>
            <source>As the system (%1)</source>
            <translation>Wie das System (%1)</translation>
        </message>
    </context>
    <context>
        <name>WizardStartPage</name>
        <message>
            <source>How to start</source>
            <translation>Wie möchten Sie beginnen?</translation>
        </message>
        <message>
            <source>Look around with example data, or begin with your own.</source>
            <translation>Mit Beispieldaten umsehen oder mit den eigenen beginnen.</translation>
        </message>
        <message>
            <source>Load the &amp;demo data (Kiel)</source>
            <translation>&amp;Demodaten laden (Kiel)</translation>
        </message>
        <message>
            <source>Kiel's partner cities, contacts and trips, to try everything out. The home city is then Kiel; change it later in the settings.</source>
            <translation>Kiels Partnerstädte, Kontakte und Reisen, um alles auszuprobieren. Heimatstadt ist dann Kiel; das lässt sich später in den Einstellungen ändern.</translation>
        </message>
        <message>
            <source>Start &amp;empty</source>
            <translation>&amp;Leer beginnen</translation>
        </message>
        <message>
            <source>Your own home city and nothing else yet.</source>
            <translation>Die eigene Heimatstadt und sonst noch nichts.</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>Trip</source>
            <translation>Reise</translation>
        </message>
        <message>
            <source>Delegation member</source>
            <translation>Delegationsmitglied</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>Programme point</source>
            <translation>Programmpunkt</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Reiseabschnitt</translation>
        </message>
        <message>
            <source>Hotel</source>
            <translation>Hotel</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Folgeaufgabe</translation>
        </message>
        <message>
            <source>Gift</source>
            <translation>Geschenk</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Einstellung</translation>
        </message>
        <message>
            <source>Home city</source>
            <translation>Heimatstadt</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Budgetposition</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Reiseziel</translation>
        </message>
    </context>
    <context>
        <name>TripRows</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Type the date or +1 for tomorrow, +7 for a week from today</source>
            <extracomment>The day shown while an optional date is empty (Qt's date edits always hold one).</extracomment>
            <translation>Datum tippen oder +1 für morgen, +7 für heute in einer Woche</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>User Guide</source>
            <translation>Benutzerhandbuch</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Benutzerhandbuch</translation>
        </message>
        <message>
            <source>Keyboard shortcuts of this window</source>
            <translation>Tastenkürzel dieses Fensters</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
    </context>
    <context>
        <name>Conflict</name>
        <message>
            <source>This record was changed by %1 at %2 since you opened it.</source>
            <translation>Dieser Eintrag wurde seit dem Öffnen von %1 um %2 geändert.</translation>
        </message>
        <message>
            <source>This record was changed elsewhere since you opened it.</source>
            <translation>Dieser Eintrag wurde seit dem Öffnen anderswo geändert.</translation>
        </message>
        <message>
            <source>Show Their Version</source>
            <translation>Deren Fassung zeigen</translation>
        </message>
        <message>
            <source>Keep Mine</source>
            <translation>Meine behalten</translation>
        </message>
        <message>
            <source>Merge Field by Field…</source>
            <translation>Feld für Feld zusammenführen…</translation>
        </message>
        <message>
            <source>Changed by Someone Else</source>
            <translation>Von jemand anderem geändert</translation>
        </message>
        <message>
            <source>Merge Field by Field</source>
            <translation>Feld für Feld zusammenführen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Mine&lt;/b&gt;</source>
            <translation>&lt;b&gt;Meine&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
            <translation>&lt;b&gt;Deren&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Choose which value of each field to keep.</source>
            <translation>Wählen Sie für jedes Feld, welcher Wert bleibt.</translation>
        </message>
    </context>
    <context>
        <name>Presence</name>
        <message>
            <source>%1 is editing this trip</source>
            <translation>%1 bearbeitet diese Reise gerade</translation>
        </message>
        <message>
            <source>%1 and %2 are editing this trip</source>
            <translation>%1 und %2 bearbeiten diese Reise gerade</translation>
        </message>
    </context>
    <context>
        <name>ProgressRun</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stopping; nothing is saved…</source>
            <translation>Wird abgebrochen; nichts wird gespeichert …</translation>
        </message>
    </context>
    <context>
        <name>SeatingPapers</name>
        <message>
            <source>Seating Chart, A4 Landscape…</source>
            <translation>Sitzplan, A4 quer…</translation>
        </message>
        <message>
            <source>Seating Chart, A3 Landscape…</source>
            <translation>Sitzplan, A3 quer…</translation>
        </message>
        <message>
            <source>Guest List by Table (Tischliste)…</source>
            <translation>Tischliste…</translation>
        </message>
        <message>
            <source>Place Cards, Folded A4…</source>
            <translation>Platzkarten, A4 gefaltet…</translation>
        </message>
        <message>
            <source>Place Cards, Folded A5…</source>
            <translation>Platzkarten, A5 gefaltet…</translation>
        </message>
        <message>
            <source>Place Cards, Two to a Sheet…</source>
            <translation>Platzkarten, zwei pro Bogen…</translation>
        </message>
        <message>
            <source>Table Cards, Folded A4…</source>
            <translation>Tischschilder, A4 gefaltet…</translation>
        </message>
        <message>
            <source>Table Cards, Folded A5…</source>
            <translation>Tischschilder, A5 gefaltet…</translation>
        </message>
        <message>
            <source>Seating plan</source>
            <translation>Sitzplan</translation>
        </message>
        <message>
            <source>Tischliste</source>
            <translation>Tischliste</translation>
        </message>
        <message>
            <source>Place cards</source>
            <translation>Platzkarten</translation>
        </message>
        <message>
            <source>Table cards</source>
            <translation>Tischschilder</translation>
        </message>
        <message>
            <source>Seating papers</source>
            <translation>Papiere zur Sitzordnung</translation>
        </message>
        <message>
            <source>Papers in:</source>
            <translation>Papiere auf:</translation>
        </message>
        <message>
            <source>Language of the papers</source>
            <translation>Sprache der Papiere</translation>
        </message>
        <message>
            <source>Save &amp;Papers</source>
            <translation>&amp;Papiere speichern</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
    </context>
</TS>