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
