<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityCard</name>
    <message numerus="yes">
        <source>%n cities</source>
        <translation>
            <numerusform>%n city</numerusform>
            <numerusform>%n cities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n outcome</numerusform>
            <numerusform>%n outcomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trip(s)</source>
        <translation>
            <numerusform>%n trip</numerusform>
            <numerusform>%n trips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CitiesPane</name>
    <message numerus="yes">
        <source>%n city(s)</source>
        <translation>
            <numerusform>%n city</numerusform>
            <numerusform>%n cities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComingUpCard</name>
    <message numerus="yes">
        <source>%n more trip(s) planned: see the Trips section.</source>
        <translation>
            <numerusform>%n more trip planned: see the Trips section.</numerusform>
            <numerusform>%n more trips planned: see the Trips section.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message numerus="yes">
        <source>Add %n counterpart(s)</source>
        <translation>
            <numerusform>Add %n counterpart</numerusform>
            <numerusform>Add %n counterparts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n trip(s) coming up</source>
        <translation>
            <numerusform>%n trip coming up</numerusform>
            <numerusform>%n trips coming up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n follow-up overdue</numerusform>
            <numerusform>%n follow-ups overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>%n due this week</numerusform>
            <numerusform>%n due this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegationTab</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Add %n participant</numerusform>
            <numerusform>Add %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsCard</name>
    <message numerus="yes">
        <source>overdue</source>
        <translation>
            <numerusform>overdue</numerusform>
            <numerusform>overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due this week</source>
        <translation>
            <numerusform>due this week</numerusform>
            <numerusform>due this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing overdue, nothing due this week; %n follow-up(s) open later.</source>
        <translation>
            <numerusform>Nothing overdue, nothing due this week; %n follow-up open later.</numerusform>
            <numerusform>Nothing overdue, nothing due this week; %n follow-ups open later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message numerus="yes">
        <source>%n follow-up(s) shown</source>
        <translation>
            <numerusform>%n follow-up shown</numerusform>
            <numerusform>%n follow-ups shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>%n due this week</numerusform>
            <numerusform>%n due this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n follow-up(s)?</source>
        <translation>
            <numerusform>Delete %n follow-up?</numerusform>
            <numerusform>Delete %n follow-ups?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message numerus="yes">
        <source>%n of %1 goal(s) match</source>
        <translation>
            <numerusform>%n of %1 goals matches</numerusform>
            <numerusform>%n of %1 goals match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trip(s)</source>
        <translation>
            <numerusform>%n trip</numerusform>
            <numerusform>%n trips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n outcome</numerusform>
            <numerusform>%n outcomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s)</source>
        <translation>
            <numerusform>%n follow-up action</numerusform>
            <numerusform>%n follow-up actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n subgoal(s) move up one level.</source>
        <translation>
            <numerusform>Its %n subgoal moves up one level.</numerusform>
            <numerusform>Its %n subgoals move up one level.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewWriter</name>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantImportDialog</name>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n on the waiting list</numerusform>
            <numerusform>%n on the waiting list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDataDialog</name>
    <message numerus="yes">
        <source>%n delegation members of %1 trips would be anonymised.</source>
        <translation>
            <numerusform>%n delegation member of %1 trips would be anonymised.</numerusform>
            <numerusform>%n delegation members of %1 trips would be anonymised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %1?

Their name, contact details, needs and notes are removed from %n delegation(s) and the contact list; the trips keep an anonymous place, so numbers and history stay. This cannot be undone. Backups made before now still hold the data until they are rotated out.</source>
        <translation>
            <numerusform>Anonymise %1?

Their name, contact details, needs and notes are removed from %n delegation and the contact list; the trips keep an anonymous place, so numbers and history stay. This cannot be undone. Backups made before now still hold the data until they are rotated out.</numerusform>
            <numerusform>Anonymise %1?

Their name, contact details, needs and notes are removed from %n delegations and the contact list; the trips keep an anonymous place, so numbers and history stay. This cannot be undone. Backups made before now still hold the data until they are rotated out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n delegation member(s) whose retention period is over? This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise %n delegation member whose retention period is over? This cannot be undone.</numerusform>
            <numerusform>Anonymise %n delegation members whose retention period is over? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message numerus="yes">
        <source>%n delegation member(s)</source>
        <translation>
            <numerusform>%n delegation member</numerusform>
            <numerusform>%n delegation members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trip(s)</source>
        <translation>
            <numerusform>%n trip</numerusform>
            <numerusform>%n trips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TripsPage</name>
    <message numerus="yes">
        <source>%n trip(s)</source>
        <translation>
            <numerusform>%n trip</numerusform>
            <numerusform>%n trips</numerusform>
        </translation>
    </message>
</context>
</TS>
