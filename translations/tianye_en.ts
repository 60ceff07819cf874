<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>tianye::IntegrityReport</name>
    <message numerus="yes">
        <source>%n detached quote(s): their words were deleted from the transcript.</source>
        <translation>
            <numerusform>%n detached quote: their words were deleted from the transcript.</numerusform>
            <numerusform>%n detached quotes: their words were deleted from the transcript.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::TimeCode</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ui::CityListModel</name>
    <message numerus="yes">
        <source>%n interview(s), %1/%2 transcribed</source>
        <translation>
            <numerusform>%n interview, %1/%2 transcribed</numerusform>
            <numerusform>%n interviews, %1/%2 transcribed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n interview(s)</source>
        <translation>
            <numerusform>%1 of %n interview</numerusform>
            <numerusform>%1 of %n interviews</numerusform>
        </translation>
    </message>
</context>
</TS>
