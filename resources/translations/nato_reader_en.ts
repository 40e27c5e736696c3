<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnnotationPanel</name>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n article(s) written to {path}.</source>
        <translation>
            <numerusform>%n article written to {path}.</numerusform>
            <numerusform>%n articles written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n file(s) could not be read (listed below).</source>
        <translation>
            <numerusform>%n file could not be read (listed below).</numerusform>
            <numerusform>%n files could not be read (listed below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) or claim(s)</source>
        <translation>
            <numerusform>%n quote or claim</numerusform>
            <numerusform>%n quotes or claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message numerus="yes">
        <source>{name} (%n mention(s))</source>
        <translation>
            <numerusform>{name} (%n mention)</numerusform>
            <numerusform>{name} (%n mentions)</numerusform>
        </translation>
    </message>
</context>
</TS>
