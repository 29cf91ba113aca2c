<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Labels</name>
    <message>
        <source>Delegation trip</source>
        <translation>Delegationsreise</translation>
    </message>
    <message>
        <source>Incoming visit</source>
        <translation>Delegationsbesuch</translation>
    </message>
    <message>
        <source>Citizens&apos; trip</source>
        <translation>Bürgerreise</translation>
    </message>
    <message>
        <source>Staff exchange</source>
        <translation>Mitarbeiteraustausch</translation>
    </message>
    <message>
        <source>Youth exchange</source>
        <translation>Jugendaustausch</translation>
    </message>
    <message>
        <source>Forum / conference</source>
        <translation>Forum / Konferenz</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Delegationsleitung</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetschung</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Bürger/in</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Festakt</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Besichtigung</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Essen</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Free time</source>
        <translation>Freie Zeit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Pkw</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Schiff</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delegations — %1</source>
        <translation>Delegations — %1</translation>
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
        <source>Trips</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <source>Cities &amp; Contacts</source>
        <translation>Städte &amp; Kontakte</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Delegations</source>
        <translation>Ü&amp;ber Delegations</translation>
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
        <translation>Über Delegations</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Delegations %1&lt;/h3&gt;&lt;p&gt;Plans delegation trips and visits, prints the papers that travel with them and keeps track of the follow-ups.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Delegations %1&lt;/h3&gt;&lt;p&gt;Plant Delegationsreisen und Besuche, druckt die Unterlagen, die mit ihnen reisen, und behält die Nachverfolgung im Blick.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
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
        <translation>1 Nacht</translation>
    </message>
    <message>
        <source>%1 nights</source>
        <translation>%1 Nächte</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Cities and contacts</source>
        <translation>Städte und Kontakte</translation>
    </message>
    <message>
        <source>Partner and friendly cities, networks and the people the office works with will be kept here, with the history of every meeting.</source>
        <translation>Partnerstädte, befreundete Städte, Netzwerke und die Menschen, mit denen das Büro zusammenarbeitet, werden hier geführt – mit der Geschichte jeder Begegnung.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>What was agreed on a trip, who takes care of it and by when will be tracked here, so that nothing promised is forgotten.</source>
        <translation>Was auf einer Reise vereinbart wurde, wer sich darum kümmert und bis wann, wird hier nachgehalten – damit nichts Zugesagte vergessen wird.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Itineraries, briefing packs, follow-up briefs and the yearly activity report will be printed from here. Until then the command line prints them:</source>
        <translation>Reiseprogramme, Briefingmappen, Ergebnisvermerke und der jährliche Tätigkeitsbericht werden hier gedruckt. Bis dahin erstellt sie die Kommandozeile:</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Welcome to Delegations</source>
        <translation>Willkommen bei Delegations</translation>
    </message>
    <message>
        <source>Load the demo data of Kiel?</source>
        <translation>Die Demodaten der Landeshauptstadt Kiel laden?</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>Demodaten nicht geladen</translation>
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
    <name>TripsPage</name>
    <message>
        <source>Trips</source>
        <translation>Reisen</translation>
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
        <translation>1 Reise</translation>
    </message>
    <message>
        <source>%1 trips</source>
        <translation>%1 Reisen</translation>
    </message>
    <message>
        <source>Trip not available</source>
        <translation>Reise nicht verfügbar</translation>
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
</TS>
