<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FollowUpsPage</name>
    <message numerus="yes">
        <source>%n follow-up(s) shown</source>
        <translation><numerusform>%n follow-up shown</numerusform><numerusform>%n follow-ups shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation><numerusform>%n due this week</numerusform><numerusform>%n due this week</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n follow-up(s)?</source>
        <translation><numerusform>Delete %n follow-up?</numerusform><numerusform>Delete %n follow-ups?</numerusform></translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation><numerusform>%n problem</numerusform><numerusform>%n problems</numerusform></translation>
    </message>
</context>
</TS>
