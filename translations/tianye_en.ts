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
    <name>tianye::cli::MediaCommands</name>
    <message numerus="yes">
        <source>%n recording(s) copied (%1).</source>
        <translation>
            <numerusform>%n recording copied (%1).</numerusform>
            <numerusform>%n recordings copied (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::cli::QuoteCommands</name>
    <message numerus="yes">
        <source>Left out %n quote(s) withheld for consent (a participant who withdrew says them, or who says them is not known).</source>
        <translation>
            <numerusform>Left out %n quote withheld for consent (a participant who withdrew says it, or who says it is not known).</numerusform>
            <numerusform>Left out %n quotes withheld for consent (a participant who withdrew says them, or who says them is not known).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::cli::SearchCommand</name>
    <message numerus="yes">
        <source>Wrote %1: %n line(s)</source>
        <translation>
            <numerusform>Wrote %1: %n line</numerusform>
            <numerusform>Wrote %1: %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) would make %1 quote(s); nothing was changed.</source>
        <translation>
            <numerusform>%n hit would make %1 quote(s); nothing was changed.</numerusform>
            <numerusform>%n hits would make %1 quote(s); nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) coded.</source>
        <translation>
            <numerusform>%n quote coded.</numerusform>
            <numerusform>%n quotes coded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in words withheld for consent were not coded.</source>
        <translation>
            <numerusform>%n hit in words withheld for consent was not coded.</numerusform>
            <numerusform>%n hits in words withheld for consent were not coded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::cli::TeamCommands</name>
    <message numerus="yes">
        <source>%n recording(s) left out.</source>
        <translation>
            <numerusform>%n recording left out.</numerusform>
            <numerusform>%n recordings left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) copied (%1).</source>
        <translation>
            <numerusform>%n recording copied (%1).</numerusform>
            <numerusform>%n recordings copied (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1 (%2).</source>
        <translation>
            <numerusform>%n change written to %1 (%2).</numerusform>
            <numerusform>%n changes written to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) brought in, </source>
        <translation>
            <numerusform>%n change brought in, </numerusform>
            <numerusform>%n changes brought in, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent to the other copy.</source>
        <translation>
            <numerusform>%n sent to the other copy.</numerusform>
            <numerusform>%n sent to the other copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved; see tianye-cli conflicts.</source>
        <translation>
            <numerusform>%n conflict resolved; see tianye-cli conflicts.</numerusform>
            <numerusform>%n conflicts resolved; see tianye-cli conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) copied.</source>
        <translation>
            <numerusform>%n recording copied.</numerusform>
            <numerusform>%n recordings copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n record(s) merged before, left as they are here</source>
        <translation>
            <numerusform>  %n record merged before, left as it is here</numerusform>
            <numerusform>  %n records merged before, left as they are here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n tag(s), link(s) and other detail(s)</source>
        <translation>
            <numerusform>  %n tag, link or other detail</numerusform>
            <numerusform>  %n tags, links and other details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n record(s) merged before and deleted here since, left out (--bring-back-deleted brings them back)</source>
        <translation>
            <numerusform>  %n record merged before and deleted here since, left out (--bring-back-deleted brings it back)</numerusform>
            <numerusform>  %n records merged before and deleted here since, left out (--bring-back-deleted brings them back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copies made of it before (%n) are not copies of this project: merge each the same way.</source>
        <translation>
            <numerusform>A copy made of it before is not a copy of this project: merge it the same way.</numerusform>
            <numerusform>Copies made of it before (%n) are not copies of this project: merge each the same way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::cli::WordsCommand</name>
    <message numerus="yes">
        <source>%1 (%2 interviews, %3 characters) against %4 (%5 interviews, %6 characters); terms used in at least %n interview(s):</source>
        <translation>
            <numerusform>%1 (%2 interviews, %3 characters) against %4 (%5 interviews, %6 characters); terms used in at least %n interview:</numerusform>
            <numerusform>%1 (%2 interviews, %3 characters) against %4 (%5 interviews, %6 characters); terms used in at least %n interviews:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::dossier::Wording</name>
    <message numerus="yes">
        <source>%n interviews</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interviews with %1 participants.</source>
        <translation>
            <numerusform>%n interview with %1 participants.</numerusform>
            <numerusform>%n interviews with %1 participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::formats::CodebookFile</name>
    <message numerus="yes">
        <source>%n grouping code(s) (not codable there) came in as ordinary themes, as Tianye has no grouping themes yet: %1.</source>
        <translation>
            <numerusform>%n grouping code (not codable there) came in as an ordinary theme, as Tianye has no grouping themes yet: %1.</numerusform>
            <numerusform>%n grouping codes (not codable there) came in as ordinary themes, as Tianye has no grouping themes yet: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code set(s) were not brought in, as Tianye has no sets yet: %1.</source>
        <translation>
            <numerusform>%n code set was not brought in, as Tianye has no sets yet: %1.</numerusform>
            <numerusform>%n code sets were not brought in, as Tianye has no sets yet: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ops::Verbs</name>
    <message numerus="yes">
        <source>Add %n Quote(s) to Insight</source>
        <translation>
            <numerusform>Add %n Quote to Insight</numerusform>
            <numerusform>Add %n Quotes to Insight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set Status of %n Interview(s) to %1</source>
        <translation>
            <numerusform>Set Status of %n Interview to %1</numerusform>
            <numerusform>Set Status of %n Interviews to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Interview(s)</source>
        <translation>
            <numerusform>Remove %n Interview</numerusform>
            <numerusform>Remove %n Interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add Themes to %n Quote(s)</source>
        <translation>
            <numerusform>Add Themes to %n Quote</numerusform>
            <numerusform>Add Themes to %n Quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Star %n Quote(s)</source>
        <translation>
            <numerusform>Star %n Quote</numerusform>
            <numerusform>Star %n Quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstar %n Quote(s)</source>
        <translation>
            <numerusform>Unstar %n Quote</numerusform>
            <numerusform>Unstar %n Quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n record(s) not merged here yet; merge it first. Nothing was changed.</source>
        <translation>
            <numerusform>%1 holds %n record not merged here yet; merge it first. Nothing was changed.</numerusform>
            <numerusform>%1 holds %n records not merged here yet; merge it first. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %n Quote(s) from Search</source>
        <translation>
            <numerusform>Code %n Quote from Search</numerusform>
            <numerusform>Code %n Quotes from Search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) of picture, PDF or media regions (see their selections)</source>
        <translation>
            <numerusform>%n coding of a picture, PDF or media region (see its selection)</numerusform>
            <numerusform>%n codings of picture, PDF or media regions (see their selections)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync point(s) not at the start or end of a line of text: segment times come only from those</source>
        <translation>
            <numerusform>%n sync point not at the start or end of a line of text: segment times come only from those</numerusform>
            <numerusform>%n sync points not at the start or end of a line of text: segment times come only from those</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) of selections left out (see Text selections)</source>
        <translation>
            <numerusform>%n coding of a selection left out (see Text selections)</numerusform>
            <numerusform>%n codings of selections left out (see Text selections)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code or selection reference(s) on cases are not kept: Tianye ties themes to quotes, not to people</source>
        <translation>
            <numerusform>%n code or selection reference on a case is not kept: Tianye ties themes to quotes, not to people</numerusform>
            <numerusform>%n code or selection references on cases are not kept: Tianye ties themes to quotes, not to people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) are interviews this project has already (the same GUID): left as they are here; codings made on them elsewhere are not brought in</source>
        <translation>
            <numerusform>%n source is an interview this project has already (the same GUID): left as it is here; codings made on it elsewhere are not brought in</numerusform>
            <numerusform>%n sources are interviews this project has already (the same GUID): left as they are here; codings made on them elsewhere are not brought in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ui::CityList</name>
    <message numerus="yes">
        <source>Remove %1 with its %n interview(s), their transcripts, quotes and participants?</source>
        <translation>
            <numerusform>Remove %1 with its %n interview, its transcripts, quotes and participants?</numerusform>
            <numerusform>Remove %1 with its %n interviews, their transcripts, quotes and participants?</numerusform>
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
    <name>tianye::ui::CodeHitsDialog</name>
    <message numerus="yes">
        <source>%n hit(s) in the transcripts</source>
        <translation>
            <numerusform>%n hit in the transcripts</numerusform>
            <numerusform>%n hits in the transcripts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already quoted (they get the theme)</source>
        <translation>
            <numerusform>%n of them already quoted (it gets the theme)</numerusform>
            <numerusform>%n of them already quoted (they get the theme)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in words withheld for consent are not coded.</source>
        <translation>
            <numerusform>%n hit in words withheld for consent is not coded.</numerusform>
            <numerusform>%n hits in words withheld for consent are not coded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ui::CodebookView</name>
    <message numerus="yes">
        <source>Delete “%1” and its sub-themes? %n quote(s) lose this theme; the quotes themselves and their other themes stay. You can undo this.</source>
        <translation>
            <numerusform>Delete “%1” and its sub-themes? %n quote loses this theme; the quote itself and its other themes stay. You can undo this.</numerusform>
            <numerusform>Delete “%1” and its sub-themes? %n quotes lose this theme; the quotes themselves and their other themes stay. You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ui::FindBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ui::ImportTranscriptDialog</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The interview already has %n segment(s); these are added after them.</source>
        <translation>
            <numerusform>The interview already has %n segment; these are added after it.</numerusform>
            <numerusform>The interview already has %n segments; these are added after them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Segment(s)</source>
        <translation>
            <numerusform>Import %n Segment</numerusform>
            <numerusform>Import %n Segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ui::InterviewLog</name>
    <message numerus="yes">
        <source>Remove %n interview(s) with their transcripts, audio links and quotes?</source>
        <translation>
            <numerusform>Remove %n interview with its transcript, audio links and quotes?</numerusform>
            <numerusform>Remove %n interviews with their transcripts, audio links and quotes?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ui::InterviewPage</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
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
<context>
    <name>tianye::ui::MaterialIntake</name>
    <message numerus="yes">
        <source>Imported %1: %n segment(s).</source>
        <translation>
            <numerusform>Imported %1: %n segment.</numerusform>
            <numerusform>Imported %1: %n segments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This project has %n unfinished recording(s), %1 of audio: Tianye or the computer stopped while recording. Recover into the interview?</source>
        <translation>
            <numerusform>This project has %n unfinished recording, %1 of audio: Tianye or the computer stopped while recording. Recover it into its interview?</numerusform>
            <numerusform>This project has %n unfinished recordings, %1 of audio: Tianye or the computer stopped while recording. Recover them into their interviews?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ui::ProjectCare</name>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>%n problem found in %1.</numerusform>
            <numerusform>%n problems found in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ui::QdpxExchange</name>
    <message numerus="yes">
        <source>Wrote %1 (%2): %n interview(s)</source>
        <translation>
            <numerusform>Wrote %1 (%2): %n interview</numerusform>
            <numerusform>Wrote %1 (%2): %n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n quote(s)</source>
        <translation>
            <numerusform>, %n quote</numerusform>
            <numerusform>, %n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; what %n participant(s) who withdrew consent said is left out</source>
        <translation>
            <numerusform>; what %n participant who withdrew consent said is left out</numerusform>
            <numerusform>; what %n participants who withdrew consent said is left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ui::QuoteBrowser</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected quote(s)</source>
        <translation>
            <numerusform>%n selected quote</numerusform>
            <numerusform>%n selected quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n quote(s) to %1.</source>
        <translation>
            <numerusform>Exported %n quote to %1.</numerusform>
            <numerusform>Exported %n quotes to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withheld quote(s) not copied: they never leave the project.</source>
        <translation>
            <numerusform>%n withheld quote not copied: it never leaves the project.</numerusform>
            <numerusform>%n withheld quotes not copied: they never leave the project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s): %1</source>
        <translation>
            <numerusform>%n quote: %1</numerusform>
            <numerusform>%n quotes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ui::SearchView</name>
    <message numerus="yes">
        <source>%n transcript segment(s) match</source>
        <translation>
            <numerusform>%n transcript segment matches</numerusform>
            <numerusform>%n transcript segments match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n interview(s) shown)</source>
        <translation>
            <numerusform> (%n interview shown)</numerusform>
            <numerusform> (%n interviews shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concordance line(s)</source>
        <translation>
            <numerusform>%n concordance line</numerusform>
            <numerusform>%n concordance lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the first %1 hits; %n segment(s) match)</source>
        <translation>
            <numerusform>(the first %1 hits; %n segment matches)</numerusform>
            <numerusform>(the first %1 hits; %n segments match)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ui::TeamWork</name>
    <message numerus="yes">
        <source>Copy made in %1, without its %n recording(s).</source>
        <translation>
            <numerusform>Copy made in %1, without its recording.</numerusform>
            <numerusform>Copy made in %1, without its %n recordings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n change(s), newest first.</source>
        <translation>
            <numerusform>The newest change.</numerusform>
            <numerusform>The newest %n changes, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) brought in from the file.</source>
        <translation>
            <numerusform>%n change brought in from the file.</numerusform>
            <numerusform>%n changes brought in from the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) brought in, %1 sent.</source>
        <translation>
            <numerusform>%n change brought in, %1 sent.</numerusform>
            <numerusform>%n changes brought in, %1 sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved: see Team → Conflicts.</source>
        <translation>
            <numerusform>%n conflict resolved: see Team → Conflicts.</numerusform>
            <numerusform>%n conflicts resolved: see Team → Conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) copied.</source>
        <translation>
            <numerusform>%n recording copied.</numerusform>
            <numerusform>%n recordings copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1 (%2).</source>
        <translation>
            <numerusform>%n change written to %1 (%2).</numerusform>
            <numerusform>%n changes written to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s). Each copy resolved them alike; what lost is kept here and can be taken.</source>
        <translation>
            <numerusform>%n conflict. Each copy resolved it alike; what lost is kept here and can be taken.</numerusform>
            <numerusform>%n conflicts. Each copy resolved them alike; what lost is kept here and can be taken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) copied (%1).</source>
        <translation>
            <numerusform>%n recording copied (%1).</numerusform>
            <numerusform>%n recordings copied (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n city(-ies)</source>
        <translation>
            <numerusform>%n city</numerusform>
            <numerusform>%n cities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n researcher(s)</source>
        <translation>
            <numerusform>%n researcher</numerusform>
            <numerusform>%n researchers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transcript segment(s)</source>
        <translation>
            <numerusform>%n transcript segment</numerusform>
            <numerusform>%n transcript segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n insight</numerusform>
            <numerusform>%n insights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n recording</numerusform>
            <numerusform>%n recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were merged before and stay as they are here.</source>
        <translation>
            <numerusform>%n record was merged before and stays as it is here.</numerusform>
            <numerusform>%n records were merged before and stay as they are here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s), link(s) and other detail(s)</source>
        <translation>
            <numerusform>%n tag, link or other detail</numerusform>
            <numerusform>%n tags, links and other details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) merged before were deleted here since and stay deleted, unless you bring them back below.</source>
        <translation>
            <numerusform>%n record merged before was deleted here since and stays deleted, unless you bring it back below.</numerusform>
            <numerusform>%n records merged before were deleted here since and stay deleted, unless you bring them back below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copies made of it before (%n) are not copies of this project: merge each the same way.</source>
        <translation>
            <numerusform>A copy made of it before is not a copy of this project: merge it the same way.</numerusform>
            <numerusform>Copies made of it before (%n) are not copies of this project: merge each the same way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ui::ThemeMatrixModel</name>
    <message numerus="yes">
        <source>%1 in %2: %n quote(s)</source>
        <translation>
            <numerusform>%1 in %2: %n quote</numerusform>
            <numerusform>%1 in %2: %n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n interview(s)</source>
        <translation>
            <numerusform>from %n interview</numerusform>
            <numerusform>from %n interviews</numerusform>
        </translation>
    </message>
</context>
</TS>
