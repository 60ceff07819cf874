// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/Schema.h"

#include <string>
#include <vector>

namespace tianye::schema {

namespace {

// Common columns: id (rowid), uuid (global identity), created_at/updated_at (ms since
// epoch) and author_id (the researcher who last changed the row).
#define TIANYE_RECORD                                                                                        \
    "id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL, "                       \
    "updated_at INTEGER NOT NULL, author_id INTEGER REFERENCES researchers(id) ON DELETE SET NULL, "

constexpr const char* V1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE researchers ()sql" TIANYE_RECORD R"sql(
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '');

CREATE TABLE cities ()sql" TIANYE_RECORD R"sql(
    name TEXT NOT NULL UNIQUE,
    region TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    spirit_word TEXT NOT NULL DEFAULT '',
    insight_statement TEXT NOT NULL DEFAULT '',
    target_interviews INTEGER NOT NULL DEFAULT 0);

CREATE TABLE participants ()sql" TIANYE_RECORD R"sql(
    city_id INTEGER REFERENCES cities(id) ON DELETE CASCADE,
    code TEXT NOT NULL UNIQUE,
    real_name TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT '',
    age_band TEXT NOT NULL DEFAULT '',
    occupation TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    city_tie TEXT NOT NULL DEFAULT 'unknown',
    consent_status TEXT NOT NULL DEFAULT 'pending'
        CHECK (consent_status IN ('pending', 'given', 'withdrawn')),
    consent_date TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    attributes TEXT NOT NULL DEFAULT '{}');
CREATE INDEX participants_city ON participants(city_id);

CREATE TABLE interviews ()sql" TIANYE_RECORD R"sql(
    city_id INTEGER NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    started_at TEXT NOT NULL DEFAULT '',
    duration_ms INTEGER NOT NULL DEFAULT 0,
    place TEXT NOT NULL DEFAULT '',
    mode TEXT NOT NULL DEFAULT 'in_person' CHECK (mode IN ('in_person', 'phone', 'video')),
    language TEXT NOT NULL DEFAULT 'zh',
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'recorded', 'transcribed', 'coded', 'reviewed')),
    summary TEXT NOT NULL DEFAULT '',
    field_notes TEXT NOT NULL DEFAULT '');
CREATE INDEX interviews_city ON interviews(city_id, started_at);

CREATE TABLE interview_participants (
    interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (interview_id, participant_id)) WITHOUT ROWID;
CREATE INDEX interview_participants_participant ON interview_participants(participant_id);

CREATE TABLE interview_interviewers (
    interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    researcher_id INTEGER NOT NULL REFERENCES researchers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (interview_id, researcher_id)) WITHOUT ROWID;
CREATE INDEX interview_interviewers_researcher ON interview_interviewers(researcher_id);

CREATE TABLE media ()sql" TIANYE_RECORD R"sql(
    interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    original_name TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT '',
    duration_ms INTEGER NOT NULL DEFAULT 0,
    size_bytes INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT 'imported' CHECK (origin IN ('imported', 'recorded')));
CREATE INDEX media_interview ON media(interview_id);
CREATE INDEX media_sha256 ON media(sha256);

CREATE TABLE markers ()sql" TIANYE_RECORD R"sql(
    media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    time_ms INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '');
CREATE INDEX markers_media ON markers(media_id, time_ms);

CREATE TABLE segments ()sql" TIANYE_RECORD R"sql(
    interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    speaker TEXT NOT NULL DEFAULT '',
    start_ms INTEGER,
    end_ms INTEGER,
    text TEXT NOT NULL DEFAULT '');
CREATE INDEX segments_interview ON segments(interview_id, position);

CREATE TABLE themes ()sql" TIANYE_RECORD R"sql(
    parent_id INTEGER REFERENCES themes(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL DEFAULT '',
    memo TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0);
CREATE INDEX themes_parent ON themes(parent_id, position);

CREATE TABLE quotes ()sql" TIANYE_RECORD R"sql(
    interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    start_segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
    start_offset INTEGER NOT NULL DEFAULT 0,
    end_segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
    end_offset INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    detached INTEGER NOT NULL DEFAULT 0,
    audio_start_ms INTEGER,
    audio_end_ms INTEGER,
    note TEXT NOT NULL DEFAULT '',
    starred INTEGER NOT NULL DEFAULT 0,
    in_dossier INTEGER NOT NULL DEFAULT 0,
    translation TEXT NOT NULL DEFAULT '');
CREATE INDEX quotes_interview ON quotes(interview_id);
CREATE INDEX quotes_start_segment ON quotes(start_segment_id);
CREATE INDEX quotes_end_segment ON quotes(end_segment_id);

CREATE TABLE quote_themes (
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    PRIMARY KEY (quote_id, theme_id)) WITHOUT ROWID;
CREATE INDEX quote_themes_theme ON quote_themes(theme_id);

CREATE TABLE insights ()sql" TIANYE_RECORD R"sql(
    city_id INTEGER NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'supporting' CHECK (kind IN ('spirit', 'supporting')),
    title TEXT NOT NULL DEFAULT '',
    statement TEXT NOT NULL DEFAULT '');
CREATE INDEX insights_city ON insights(city_id, position);

CREATE TABLE insight_quotes (
    insight_id INTEGER NOT NULL REFERENCES insights(id) ON DELETE CASCADE,
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (insight_id, quote_id)) WITHOUT ROWID;
CREATE INDEX insight_quotes_quote ON insight_quotes(quote_id);
)sql";

// v2: the project dictionary that spell checking shares with the team, and a
// per-interview spelling language (empty: the project's default).
constexpr const char* V2 = R"sql(
CREATE TABLE dictionary_words ()sql" TIANYE_RECORD R"sql(
    word TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    UNIQUE (word, language));
ALTER TABLE interviews ADD COLUMN spell_language TEXT NOT NULL DEFAULT '';
)sql";

// v3: full-text search. One external-content FTS5 table per searchable table, with
// Tianye's CJK tokenizer (text/Tokenizer), kept in sync by triggers; existing rows
// are indexed by the 'rebuild' at the end. Written out from the table list below
// (searchTables): the text a migration runs never changes once released, and a test
// compares it with the SQL v3 was released with.

// v4: rankings of frequent search terms prepared ahead (store/SearchIndex), valid
// only while search_state.version, bumped by every transcript change, is unchanged.
constexpr const char* V4 = R"sql(
CREATE TABLE search_state (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
INSERT INTO search_state (id, version) VALUES (1, 0);
CREATE TRIGGER segments_version_insert AFTER INSERT ON segments BEGIN
    UPDATE search_state SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER segments_version_delete AFTER DELETE ON segments BEGIN
    UPDATE search_state SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER segments_version_update AFTER UPDATE OF text ON segments BEGIN
    UPDATE search_state SET version = version + 1 WHERE id = 1;
END;
CREATE TABLE search_prepared (
    expression TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    ranking BLOB NOT NULL) WITHOUT ROWID;
)sql";

// v5: themes found by name under their parent (codebook imports match that way; a
// codebook of 100,000 themes took minutes to merge without it).
constexpr const char* V5 = R"sql(
CREATE INDEX themes_parent_name ON themes(parent_id, name);
)sql";

// v6: who said what. A speaker label of an interview can be tied to a participant
// (or, for an interviewer's turns, a researcher); views resolve each segment's
// speaker and give the one definition of what may leave the project: a quote is
// withheld when a segment it covers was spoken by a participant who withdrew consent,
// when every participant of its interview withdrew, or when its speaker cannot be
// told in an interview where someone withdrew. Every reader that exports or counts
// (dossier, quote exports, matrix, insights, search) asks these views.
constexpr const char* V6 = R"sql(
CREATE TABLE speaker_labels (
    interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
    researcher_id INTEGER REFERENCES researchers(id) ON DELETE CASCADE,
    PRIMARY KEY (interview_id, label)) WITHOUT ROWID;
CREATE INDEX speaker_labels_participant ON speaker_labels(participant_id);
CREATE INDEX segments_speaker ON segments(speaker);

-- Each segment's speaker: a label tied in speaker_labels, else a participant's code,
-- else the real name of one of the interview's participants; no label at all in an
-- interview of one participant is that participant. Interviewer turns: a label tied
-- to a researcher, an interviewer's name, or a word that names the role.
CREATE VIEW segment_speakers AS
SELECT s.id AS segment_id, s.interview_id AS interview_id, s.position AS position,
    CASE WHEN l.label IS NOT NULL THEN l.participant_id
    ELSE coalesce(
        (SELECT p.id FROM participants p WHERE p.code = s.speaker AND s.speaker <> ''),
        (SELECT min(p.id) FROM interview_participants ip JOIN participants p ON p.id = ip.participant_id
            WHERE ip.interview_id = s.interview_id AND p.real_name = s.speaker AND s.speaker <> ''
            HAVING count(*) = 1),
        CASE WHEN s.speaker = '' THEN
            (SELECT min(ip.participant_id) FROM interview_participants ip
                WHERE ip.interview_id = s.interview_id HAVING count(*) = 1) END)
    END AS participant_id,
    CASE WHEN l.label IS NOT NULL THEN l.researcher_id IS NOT NULL
    ELSE lower(s.speaker) IN ('访谈员', '采访者', '采访人', '访问员', '访员', '主持人', '研究员', '记者',
                              'interviewer', 'moderator', 'researcher', 'q')
        OR EXISTS (SELECT 1 FROM interview_interviewers ii JOIN researchers r ON r.id = ii.researcher_id
                   WHERE ii.interview_id = s.interview_id AND r.name = s.speaker AND s.speaker <> '')
    END AS interviewer
FROM segments s LEFT JOIN speaker_labels l ON l.interview_id = s.interview_id AND l.label = s.speaker;

-- The segments a quote's words lie in.
CREATE VIEW quote_segments AS
SELECT q.id AS quote_id, s.id AS segment_id
FROM quotes q
JOIN segments a ON a.id = q.start_segment_id
JOIN segments b ON b.id = q.end_segment_id
JOIN segments s ON s.interview_id = q.interview_id AND s.position BETWEEN a.position AND b.position;

-- Who said a quote's words: each participant once, in the order they speak.
CREATE VIEW quote_speakers AS
SELECT qs.quote_id AS quote_id, ss.participant_id AS participant_id, min(ss.position) AS first_position
FROM quote_segments qs JOIN segment_speakers ss ON ss.segment_id = qs.segment_id
WHERE ss.participant_id IS NOT NULL
GROUP BY qs.quote_id, ss.participant_id;

-- Interviews where consent can withhold something: a participant of theirs withdrew,
-- or a withdrawn participant speaks in them.
CREATE VIEW consent_risk_interviews AS
SELECT ip.interview_id AS interview_id FROM interview_participants ip
    JOIN participants p ON p.id = ip.participant_id WHERE p.consent_status = 'withdrawn'
UNION SELECT l.interview_id FROM speaker_labels l
    JOIN participants p ON p.id = l.participant_id WHERE p.consent_status = 'withdrawn'
UNION SELECT s.interview_id FROM participants p
    JOIN segments s ON s.speaker = p.code WHERE p.consent_status = 'withdrawn';

-- Interviews every participant of which withdrew: withheld whole.
CREATE VIEW withheld_interviews AS
SELECT i.id AS interview_id FROM interviews i
WHERE EXISTS (SELECT 1 FROM interview_participants ip WHERE ip.interview_id = i.id)
  AND NOT EXISTS (SELECT 1 FROM interview_participants ip JOIN participants p ON p.id = ip.participant_id
                  WHERE ip.interview_id = i.id AND p.consent_status <> 'withdrawn');

-- Quotes that never leave the project, and why: 'interview' (every participant of the
-- interview withdrew), 'speaker' (a participant who withdrew says some of its words),
-- 'unknown' (some of its words have no known speaker, or are no longer in the
-- transcript, in an interview where someone withdrew).
CREATE VIEW withheld_quotes AS
SELECT q.id AS quote_id,
    CASE WHEN q.interview_id IN (SELECT interview_id FROM withheld_interviews) THEN 'interview'
         WHEN EXISTS (SELECT 1 FROM quote_speakers x JOIN participants p ON p.id = x.participant_id
                      WHERE x.quote_id = q.id AND p.consent_status = 'withdrawn') THEN 'speaker'
         ELSE 'unknown' END AS reason
FROM quotes q
WHERE q.interview_id IN (SELECT interview_id FROM consent_risk_interviews)
  AND (q.interview_id IN (SELECT interview_id FROM withheld_interviews)
       OR q.start_segment_id IS NULL OR q.end_segment_id IS NULL
       OR EXISTS (SELECT 1 FROM quote_segments qs JOIN segment_speakers ss ON ss.segment_id = qs.segment_id
                  LEFT JOIN participants p ON p.id = ss.participant_id
                  WHERE qs.quote_id = q.id
                    AND (p.consent_status = 'withdrawn' OR (ss.participant_id IS NULL AND NOT ss.interviewer))));
)sql";

// v7: transcript segments that never leave the project, and why, by the rule of
// withheld_quotes: 'interview' (every participant withdrew), 'speaker' (a participant
// who withdrew said it), 'unknown' (no known speaker, not an interviewer, in an
// interview where someone withdrew). Search marks its hits with it.
constexpr const char* V7 = R"sql(
CREATE VIEW withheld_segments AS
SELECT ss.segment_id AS segment_id,
    CASE WHEN ss.interview_id IN (SELECT interview_id FROM withheld_interviews) THEN 'interview'
         WHEN p.consent_status = 'withdrawn' THEN 'speaker'
         ELSE 'unknown' END AS reason
FROM segment_speakers ss LEFT JOIN participants p ON p.id = ss.participant_id
WHERE ss.interview_id IN (SELECT interview_id FROM consent_risk_interviews)
  AND (ss.interview_id IN (SELECT interview_id FROM withheld_interviews)
       OR p.consent_status = 'withdrawn' OR (ss.participant_id IS NULL AND NOT ss.interviewer));
)sql";

// v8: team work. Every committed step of the history (a verb, an undo, a redo) as
// another copy of the project can apply it: rows named by UUID, references by the
// UUID of the row they name (store/ChangeLog). device is the copy that made the step
// and device_seq its count of its own steps; clock orders steps across copies (a
// hybrid logical clock). The copy's own identity is in meta (project_uuid,
// device_uuid), written when the project is opened.
constexpr const char* V8 = R"sql(
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY,
    device TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    clock INTEGER NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL DEFAULT '',
    changes TEXT NOT NULL,
    UNIQUE (device, device_seq));
)sql";

// v9: sync between copies (store/Sync): which write each field holds, deleted rows,
// and what sync resolved.
constexpr const char* V9 = R"sql(
-- Which write each field holds now (the clock and device of the step that wrote it),
-- so that a field changed on two copies ends the same on both: the later write wins,
-- ranked first by rank (a participant's consent: the clock of the last withdrawal, or
-- of consent given again, its writer had seen; 0 for every other field).
CREATE TABLE sync_fields (
    tbl TEXT NOT NULL,
    key TEXT NOT NULL, -- the row's UUID, or a link row's key as JSON
    col TEXT NOT NULL,
    rank INTEGER NOT NULL DEFAULT 0,
    value TEXT, -- the value written, in the log's form (what a row brought back gets)
    clock INTEGER NOT NULL,
    device TEXT NOT NULL,
    PRIMARY KEY (tbl, key, col)) WITHOUT ROWID;
-- Rows deleted, with the row as it was: a delete wins over edits made elsewhere,
-- and a row still needed elsewhere (a city another copy logged interviews in) comes back.
CREATE TABLE sync_tombstones (
    tbl TEXT NOT NULL,
    key TEXT NOT NULL,
    clock INTEGER NOT NULL,
    device TEXT NOT NULL,
    row TEXT NOT NULL,
    PRIMARY KEY (tbl, key)) WITHOUT ROWID;
-- What sync resolved: the value kept and the one that lost, with who wrote it where,
-- for Team → Conflicts (tianye-cli conflicts), where the lost value can be taken (a
-- conflict counts as taken while the record holds the lost value again).
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    found_at INTEGER NOT NULL,
    tbl TEXT NOT NULL,
    key TEXT NOT NULL,
    col TEXT NOT NULL DEFAULT '', -- '' for the row as a whole (delete against edit)
    kind TEXT NOT NULL,           -- field, delete, kept, renamed, consent
    kept TEXT NOT NULL DEFAULT 'null',
    lost TEXT NOT NULL DEFAULT 'null',
    lost_author TEXT NOT NULL DEFAULT '',
    lost_device TEXT NOT NULL DEFAULT '',
    lost_clock INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL DEFAULT '');
-- The other copies this one has met (synced with, made, or read an exchange file of),
-- with the steps each held then (device -> highest step, as JSON): an exchange file
-- carries what the copies met least recently lack.
CREATE TABLE sync_peers (
    device TEXT PRIMARY KEY,
    held TEXT NOT NULL,
    met_at INTEGER NOT NULL) WITHOUT ROWID;
)sql";

// v10: searches saved in the project (the Search view, `tianye-cli saved-search`),
// recorded so they travel to the team's copies. Names are not unique: two copies
// that each save a search of one name keep both after sync.
constexpr const char* V10 = R"sql(
CREATE TABLE saved_searches ()sql" TIANYE_RECORD R"sql(
    name TEXT NOT NULL,
    query TEXT NOT NULL);
CREATE INDEX saved_searches_name ON saved_searches(name);
)sql";

// v11: which interviews consent puts at risk (consent_risk_interviews) is found from
// the index alone: a withdrawn participant's segments by speaker, with their interview,
// without reading each segment's row (on 10,000 interviews the view read ~4,000 pages
// of transcript text for every search). It serves lookups by speaker as the old one did.
constexpr const char* V11 = R"sql(
CREATE INDEX segments_speaker_interview ON segments(speaker, interview_id);
DROP INDEX segments_speaker;
)sql";

// v12: which interviews' transcripts changed, for analyses kept between runs (word
// analysis, store/WordCorpus): every insert, delete and change of a segment's text,
// speaker or interview stamps its interview with the next number, whoever writes it
// (an edit, an undo, an import, a sync). Not recorded: each copy keeps its own.
constexpr const char* V12 = R"sql(
CREATE TABLE transcript_changes (interview_id INTEGER PRIMARY KEY, stamp INTEGER NOT NULL);
CREATE INDEX transcript_changes_stamp ON transcript_changes(stamp);
CREATE TRIGGER segments_changes_insert AFTER INSERT ON segments BEGIN
    INSERT INTO transcript_changes (interview_id, stamp)
        VALUES (new.interview_id, (SELECT coalesce(max(stamp), 0) + 1 FROM transcript_changes))
        ON CONFLICT (interview_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER segments_changes_delete AFTER DELETE ON segments BEGIN
    INSERT INTO transcript_changes (interview_id, stamp)
        VALUES (old.interview_id, (SELECT coalesce(max(stamp), 0) + 1 FROM transcript_changes))
        ON CONFLICT (interview_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER segments_changes_update AFTER UPDATE OF text, speaker, interview_id ON segments BEGIN
    INSERT INTO transcript_changes (interview_id, stamp)
        VALUES (old.interview_id, (SELECT coalesce(max(stamp), 0) + 1 FROM transcript_changes))
        ON CONFLICT (interview_id) DO UPDATE SET stamp = excluded.stamp;
    INSERT INTO transcript_changes (interview_id, stamp)
        VALUES (new.interview_id, (SELECT coalesce(max(stamp), 0) + 1 FROM transcript_changes))
        ON CONFLICT (interview_id) DO UPDATE SET stamp = excluded.stamp;
END;
)sql";

#undef TIANYE_RECORD

// The searchable tables and their indexed columns: the one list the full-text tables
// and their triggers are written from.
constexpr SearchTable SearchTables[] = {
    {"fts_segments", "segments", {"text"}},
    {"fts_quotes", "quotes", {"text", "note", "translation"}},
    {"fts_interviews", "interviews", {"summary", "field_notes"}},
    {"fts_participants", "participants", {"occupation", "notes"}},
    {"fts_cities", "cities", {"notes", "spirit_word", "insight_statement"}},
    {"fts_insights", "insights", {"title", "statement"}},
};

std::string joined(const SearchTable& t, const char* prefix)
{
    std::string out;
    for (const char* c : t.columns) {
        if (!c)
            break;
        if (!out.empty())
            out += ", ";
        out += std::string(prefix) + c;
    }
    return out;
}

// One external-content FTS5 table and the triggers that keep it in step.
std::string searchTableSql(const SearchTable& t)
{
    const std::string fts = t.fts;
    const std::string table = t.content;
    const std::string cols = joined(t, "");
    const std::string oldCols = joined(t, "old.");
    const std::string newCols = joined(t, "new.");
    const std::string remove = "    INSERT INTO " + fts + "(" + fts + ", rowid, " + cols +
                               ") VALUES ('delete', old.id, " + oldCols + ");\n";
    const std::string add =
        "    INSERT INTO " + fts + "(rowid, " + cols + ") VALUES (new.id, " + newCols + ");\n";
    return "CREATE VIRTUAL TABLE " + fts + " USING fts5(" + cols + ", content='" + table +
           "', content_rowid='id', tokenize='tianye');\n" + "CREATE TRIGGER " + table +
           "_fts_insert AFTER INSERT ON " + table + " BEGIN\n" + add + "END;\n" + "CREATE TRIGGER " + table +
           "_fts_delete AFTER DELETE ON " + table + " BEGIN\n" + remove + "END;\n" + "CREATE TRIGGER " +
           table + "_fts_update AFTER UPDATE OF " + cols + " ON " + table + " BEGIN\n" + remove + add +
           "END;\n" + "INSERT INTO " + fts + "(" + fts + ") VALUES ('rebuild');\n";
}

std::string v3()
{
    std::string sql = "\n";
    for (const SearchTable& t : SearchTables)
        sql += searchTableSql(t);
    return sql;
}

} // namespace

std::span<const std::string> migrations()
{
    static const std::vector<std::string> steps{V1, V2, v3(), V4, V5, V6, V7, V8, V9, V10, V11, V12};
    return steps;
}

int currentVersion()
{
    return int(migrations().size());
}

std::span<const SearchTable> searchTables()
{
    return SearchTables;
}

} // namespace tianye::schema
