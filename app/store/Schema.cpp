// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/Schema.h"

#include <array>

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
// Tianye's CJK tokenizer (search/Tokenizer), kept in sync by triggers; existing rows
// are indexed by the 'rebuild' at the end.
constexpr const char* V3 = R"sql(
CREATE VIRTUAL TABLE fts_segments USING fts5(text, content='segments', content_rowid='id', tokenize='tianye');
CREATE TRIGGER segments_fts_insert AFTER INSERT ON segments BEGIN
    INSERT INTO fts_segments(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER segments_fts_delete AFTER DELETE ON segments BEGIN
    INSERT INTO fts_segments(fts_segments, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER segments_fts_update AFTER UPDATE OF text ON segments BEGIN
    INSERT INTO fts_segments(fts_segments, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO fts_segments(rowid, text) VALUES (new.id, new.text);
END;
INSERT INTO fts_segments(fts_segments) VALUES ('rebuild');
CREATE VIRTUAL TABLE fts_quotes USING fts5(text, note, translation, content='quotes', content_rowid='id', tokenize='tianye');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO fts_quotes(rowid, text, note, translation) VALUES (new.id, new.text, new.note, new.translation);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO fts_quotes(fts_quotes, rowid, text, note, translation) VALUES ('delete', old.id, old.text, old.note, old.translation);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, note, translation ON quotes BEGIN
    INSERT INTO fts_quotes(fts_quotes, rowid, text, note, translation) VALUES ('delete', old.id, old.text, old.note, old.translation);
    INSERT INTO fts_quotes(rowid, text, note, translation) VALUES (new.id, new.text, new.note, new.translation);
END;
INSERT INTO fts_quotes(fts_quotes) VALUES ('rebuild');
CREATE VIRTUAL TABLE fts_interviews USING fts5(summary, field_notes, content='interviews', content_rowid='id', tokenize='tianye');
CREATE TRIGGER interviews_fts_insert AFTER INSERT ON interviews BEGIN
    INSERT INTO fts_interviews(rowid, summary, field_notes) VALUES (new.id, new.summary, new.field_notes);
END;
CREATE TRIGGER interviews_fts_delete AFTER DELETE ON interviews BEGIN
    INSERT INTO fts_interviews(fts_interviews, rowid, summary, field_notes) VALUES ('delete', old.id, old.summary, old.field_notes);
END;
CREATE TRIGGER interviews_fts_update AFTER UPDATE OF summary, field_notes ON interviews BEGIN
    INSERT INTO fts_interviews(fts_interviews, rowid, summary, field_notes) VALUES ('delete', old.id, old.summary, old.field_notes);
    INSERT INTO fts_interviews(rowid, summary, field_notes) VALUES (new.id, new.summary, new.field_notes);
END;
INSERT INTO fts_interviews(fts_interviews) VALUES ('rebuild');
CREATE VIRTUAL TABLE fts_participants USING fts5(occupation, notes, content='participants', content_rowid='id', tokenize='tianye');
CREATE TRIGGER participants_fts_insert AFTER INSERT ON participants BEGIN
    INSERT INTO fts_participants(rowid, occupation, notes) VALUES (new.id, new.occupation, new.notes);
END;
CREATE TRIGGER participants_fts_delete AFTER DELETE ON participants BEGIN
    INSERT INTO fts_participants(fts_participants, rowid, occupation, notes) VALUES ('delete', old.id, old.occupation, old.notes);
END;
CREATE TRIGGER participants_fts_update AFTER UPDATE OF occupation, notes ON participants BEGIN
    INSERT INTO fts_participants(fts_participants, rowid, occupation, notes) VALUES ('delete', old.id, old.occupation, old.notes);
    INSERT INTO fts_participants(rowid, occupation, notes) VALUES (new.id, new.occupation, new.notes);
END;
INSERT INTO fts_participants(fts_participants) VALUES ('rebuild');
CREATE VIRTUAL TABLE fts_cities USING fts5(notes, spirit_word, insight_statement, content='cities', content_rowid='id', tokenize='tianye');
CREATE TRIGGER cities_fts_insert AFTER INSERT ON cities BEGIN
    INSERT INTO fts_cities(rowid, notes, spirit_word, insight_statement) VALUES (new.id, new.notes, new.spirit_word, new.insight_statement);
END;
CREATE TRIGGER cities_fts_delete AFTER DELETE ON cities BEGIN
    INSERT INTO fts_cities(fts_cities, rowid, notes, spirit_word, insight_statement) VALUES ('delete', old.id, old.notes, old.spirit_word, old.insight_statement);
END;
CREATE TRIGGER cities_fts_update AFTER UPDATE OF notes, spirit_word, insight_statement ON cities BEGIN
    INSERT INTO fts_cities(fts_cities, rowid, notes, spirit_word, insight_statement) VALUES ('delete', old.id, old.notes, old.spirit_word, old.insight_statement);
    INSERT INTO fts_cities(rowid, notes, spirit_word, insight_statement) VALUES (new.id, new.notes, new.spirit_word, new.insight_statement);
END;
INSERT INTO fts_cities(fts_cities) VALUES ('rebuild');
CREATE VIRTUAL TABLE fts_insights USING fts5(title, statement, content='insights', content_rowid='id', tokenize='tianye');
CREATE TRIGGER insights_fts_insert AFTER INSERT ON insights BEGIN
    INSERT INTO fts_insights(rowid, title, statement) VALUES (new.id, new.title, new.statement);
END;
CREATE TRIGGER insights_fts_delete AFTER DELETE ON insights BEGIN
    INSERT INTO fts_insights(fts_insights, rowid, title, statement) VALUES ('delete', old.id, old.title, old.statement);
END;
CREATE TRIGGER insights_fts_update AFTER UPDATE OF title, statement ON insights BEGIN
    INSERT INTO fts_insights(fts_insights, rowid, title, statement) VALUES ('delete', old.id, old.title, old.statement);
    INSERT INTO fts_insights(rowid, title, statement) VALUES (new.id, new.title, new.statement);
END;
INSERT INTO fts_insights(fts_insights) VALUES ('rebuild');
)sql";

// v4: rankings of frequent search terms prepared ahead (search/SearchEngine), valid
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

#undef TIANYE_RECORD

constexpr std::array<const char*, 5> Migrations{V1, V2, V3, V4, V5};

} // namespace

std::span<const char* const> migrations()
{
    return Migrations;
}

int currentVersion()
{
    return int(Migrations.size());
}

std::span<const SearchTable> searchTables()
{
    static constexpr std::array<SearchTable, 6> Tables{{
        {"fts_segments", "segments"},
        {"fts_quotes", "quotes"},
        {"fts_interviews", "interviews"},
        {"fts_participants", "participants"},
        {"fts_cities", "cities"},
        {"fts_insights", "insights"},
    }};
    return Tables;
}

} // namespace tianye::schema
