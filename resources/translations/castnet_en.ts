<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>castnet::ui::ActivitiesPage</name>
    <message numerus="yes">
        <source>Imported %n activities</source>
        <translation>
            <numerusform>Imported %n activity</numerusform>
            <numerusform>Imported %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n activities; Edit › Undo brings them back</source>
        <translation>
            <numerusform>Deleted %n activity; Edit › Undo brings it back</numerusform>
            <numerusform>Deleted %n activities; Edit › Undo brings them back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>castnet::ui::ActivityTotals</name>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>castnet::ui::BrandTreePanel</name>
    <message numerus="yes">
        <source>Delete the brand “%1” with its %n campaigns?</source>
        <translation>
            <numerusform>Delete the brand “%1” with its %n campaign?</numerusform>
            <numerusform>Delete the brand “%1” with its %n campaigns?</numerusform>
        </translation>
    </message>
</context>
</TS>
