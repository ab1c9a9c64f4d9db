-- V3: full-text search over everything a user writes (ADR 0020).
--
-- search_text holds one row per searchable item: its kind, the item's id, the application it
-- belongs to, the day used to order equal matches, a heading shown with the result, and its text in
-- two columns: title (names) and body (everything else), fields joined by newlines. Its id is the
-- kind's number times 2^40 plus the item's id, so each kind is one rowid range that FTS5 can search
-- newest first: application 1, stage 2, outcome 3, reflection 4, feedback 5, lesson 6, contact 7
-- (the next kind takes 8). One view per kind says what its row holds; triggers on the kind's
-- tables replace the row from the view.
-- Two FTS5 indexes read search_text as external content:
--   search_words  unicode61 remove_diacritics 2: whole words, case and accents folded, prefixes
--                 (prefix indexes for 1 to 6 characters);
--   search_grams  trigram remove_diacritics 1: substrings of 3+ characters (CJK, emoji, symbols).
-- Triggers keep everything in step inside the writing transaction, whichever code writes, and
-- also when a delete cascades. Released migrations are never edited: add V4__... instead.

CREATE TABLE search_text (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,
    item_id         INTEGER NOT NULL CHECK (item_id BETWEEN 0 AND 1099511627775),
    application_id  INTEGER,
    day             TEXT,
    heading         TEXT,
    title           TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL DEFAULT ''
);

CREATE VIRTUAL TABLE search_words USING fts5 (
    title, body,
    content = 'search_text', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4 5 6'
);

CREATE VIRTUAL TABLE search_grams USING fts5 (
    title, body,
    content = 'search_text', content_rowid = 'id',
    tokenize = 'trigram case_sensitive 0 remove_diacritics 1'
);

-- search_text -> both indexes. External-content FTS5 tables must be told the old values to forget.
CREATE TRIGGER search_text_added AFTER INSERT ON search_text BEGIN
    INSERT INTO search_words (rowid, title, body) VALUES (new.id, new.title, new.body);
    INSERT INTO search_grams (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER search_text_removed AFTER DELETE ON search_text BEGIN
    INSERT INTO search_words (search_words, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO search_grams (search_grams, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;

CREATE TRIGGER search_text_changed AFTER UPDATE ON search_text BEGIN
    INSERT INTO search_words (search_words, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO search_grams (search_grams, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO search_words (rowid, title, body) VALUES (new.id, new.title, new.body);
    INSERT INTO search_grams (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

-- What each kind puts in search_text, one view per kind, in search_text's column order.
CREATE VIEW search_application AS
SELECT (1 << 40) + id AS id, 'application' AS kind, id AS item_id, id AS application_id,
       coalesce(applied, substr(created, 1, 10)) AS day, NULL AS heading,
       concat_ws(char(10), company, role) AS title, concat_ws(char(10), location, source, notes) AS body
FROM application;

CREATE VIEW search_stage AS
SELECT (2 << 40) + s.id AS id, 'stage' AS kind, s.id AS item_id, s.application_id, s.day,
       (SELECT name FROM stage_kind WHERE id = s.kind_id) AS heading,
       coalesce(s.people_met, '') AS title, concat_ws(char(10), s.preparation, s.notes) AS body
FROM stage s;

CREATE VIEW search_outcome AS
SELECT (3 << 40) + application_id AS id, 'outcome' AS kind, application_id AS item_id, application_id,
       day, kind AS heading, '' AS title, coalesce(message, '') AS body
FROM outcome;

CREATE VIEW search_reflection AS
SELECT (4 << 40) + r.application_id AS id, 'reflection' AS kind, r.application_id AS item_id, r.application_id,
       substr(r.updated, 1, 10) AS day, NULL AS heading, '' AS title,
       concat_ws(char(10), r.reframe,
                 (SELECT group_concat(note, char(10)) FROM reflection_reason WHERE application_id = r.application_id),
                 (SELECT group_concat(own_words, char(10)) FROM reflection_feeling WHERE application_id = r.application_id))
           AS body
FROM reflection r;

CREATE VIEW search_feedback AS
SELECT (5 << 40) + application_id AS id, 'feedback' AS kind, application_id AS item_id, application_id,
       coalesce(feedback_received_on, feedback_asked_on, substr(updated, 1, 10)) AS day, NULL AS heading,
       coalesce(feedback_asked_from, '') AS title, coalesce(feedback_text, '') AS body
FROM reflection;

CREATE VIEW search_lesson AS
SELECT (6 << 40) + id AS id, 'lesson' AS kind, id AS item_id, application_id, substr(created, 1, 10) AS day,
       theme AS heading, '' AS title, text AS body
FROM lesson;

CREATE VIEW search_contact AS
SELECT (7 << 40) + id AS id, 'contact' AS kind, id AS item_id, NULL AS application_id, substr(created, 1, 10) AS day,
       name AS heading, concat_ws(char(10), name, company) AS title, concat_ws(char(10), role, email, notes) AS body
FROM contact;

-- Items -> search_text: a change replaces the item's row from its view; a delete removes it. An
-- insert also removes first: reflections and outcomes are stored with INSERT OR REPLACE, whose
-- implicit delete fires no trigger.
CREATE TRIGGER search_application_added AFTER INSERT ON application BEGIN
    DELETE FROM search_text WHERE id = ((1 << 40) + new.id);
    INSERT INTO search_text SELECT * FROM search_application WHERE item_id = new.id;
END;

CREATE TRIGGER search_application_changed AFTER UPDATE OF company, role, location, source, notes, applied, created ON application BEGIN
    DELETE FROM search_text WHERE id = ((1 << 40) + old.id);
    DELETE FROM search_text WHERE id = ((1 << 40) + new.id);
    INSERT INTO search_text SELECT * FROM search_application WHERE item_id = new.id;
END;

CREATE TRIGGER search_application_removed AFTER DELETE ON application BEGIN
    DELETE FROM search_text WHERE id = ((1 << 40) + old.id);
END;

CREATE TRIGGER search_stage_added AFTER INSERT ON stage BEGIN
    DELETE FROM search_text WHERE id = ((2 << 40) + new.id);
    INSERT INTO search_text SELECT * FROM search_stage WHERE item_id = new.id;
END;

CREATE TRIGGER search_stage_changed AFTER UPDATE ON stage BEGIN
    DELETE FROM search_text WHERE id = ((2 << 40) + old.id);
    DELETE FROM search_text WHERE id = ((2 << 40) + new.id);
    INSERT INTO search_text SELECT * FROM search_stage WHERE item_id = new.id;
END;

CREATE TRIGGER search_stage_removed AFTER DELETE ON stage BEGIN
    DELETE FROM search_text WHERE id = ((2 << 40) + old.id);
END;

CREATE TRIGGER search_outcome_added AFTER INSERT ON outcome BEGIN
    DELETE FROM search_text WHERE id = ((3 << 40) + new.application_id);
    INSERT INTO search_text SELECT * FROM search_outcome WHERE item_id = new.application_id;
END;

CREATE TRIGGER search_outcome_changed AFTER UPDATE ON outcome BEGIN
    DELETE FROM search_text WHERE id = ((3 << 40) + old.application_id);
    DELETE FROM search_text WHERE id = ((3 << 40) + new.application_id);
    INSERT INTO search_text SELECT * FROM search_outcome WHERE item_id = new.application_id;
END;

CREATE TRIGGER search_outcome_removed AFTER DELETE ON outcome BEGIN
    DELETE FROM search_text WHERE id = ((3 << 40) + old.application_id);
END;

CREATE TRIGGER search_reflection_added AFTER INSERT ON reflection BEGIN
    DELETE FROM search_text WHERE id = ((4 << 40) + new.application_id);
    INSERT INTO search_text SELECT * FROM search_reflection WHERE item_id = new.application_id;
    DELETE FROM search_text WHERE id = ((5 << 40) + new.application_id);
    INSERT INTO search_text SELECT * FROM search_feedback WHERE item_id = new.application_id;
END;

CREATE TRIGGER search_reflection_changed AFTER UPDATE ON reflection BEGIN
    DELETE FROM search_text WHERE id = ((4 << 40) + old.application_id);
    DELETE FROM search_text WHERE id = ((4 << 40) + new.application_id);
    INSERT INTO search_text SELECT * FROM search_reflection WHERE item_id = new.application_id;
    DELETE FROM search_text WHERE id = ((5 << 40) + old.application_id);
    DELETE FROM search_text WHERE id = ((5 << 40) + new.application_id);
    INSERT INTO search_text SELECT * FROM search_feedback WHERE item_id = new.application_id;
END;

CREATE TRIGGER search_reflection_removed AFTER DELETE ON reflection BEGIN
    DELETE FROM search_text WHERE id = ((4 << 40) + old.application_id);
    DELETE FROM search_text WHERE id = ((5 << 40) + old.application_id);
END;

CREATE TRIGGER search_reflection_reason_added AFTER INSERT ON reflection_reason BEGIN
    DELETE FROM search_text WHERE id = ((4 << 40) + new.application_id);
    INSERT INTO search_text SELECT * FROM search_reflection WHERE item_id = new.application_id;
END;

CREATE TRIGGER search_reflection_reason_changed AFTER UPDATE ON reflection_reason BEGIN
    DELETE FROM search_text WHERE id = ((4 << 40) + old.application_id);
    INSERT INTO search_text SELECT * FROM search_reflection WHERE item_id = old.application_id;
    DELETE FROM search_text WHERE id = ((4 << 40) + new.application_id);
    INSERT INTO search_text SELECT * FROM search_reflection WHERE item_id = new.application_id;
END;

CREATE TRIGGER search_reflection_reason_removed AFTER DELETE ON reflection_reason BEGIN
    DELETE FROM search_text WHERE id = ((4 << 40) + old.application_id);
    INSERT INTO search_text SELECT * FROM search_reflection WHERE item_id = old.application_id;
END;

CREATE TRIGGER search_reflection_feeling_added AFTER INSERT ON reflection_feeling BEGIN
    DELETE FROM search_text WHERE id = ((4 << 40) + new.application_id);
    INSERT INTO search_text SELECT * FROM search_reflection WHERE item_id = new.application_id;
END;

CREATE TRIGGER search_reflection_feeling_changed AFTER UPDATE ON reflection_feeling BEGIN
    DELETE FROM search_text WHERE id = ((4 << 40) + old.application_id);
    INSERT INTO search_text SELECT * FROM search_reflection WHERE item_id = old.application_id;
    DELETE FROM search_text WHERE id = ((4 << 40) + new.application_id);
    INSERT INTO search_text SELECT * FROM search_reflection WHERE item_id = new.application_id;
END;

CREATE TRIGGER search_reflection_feeling_removed AFTER DELETE ON reflection_feeling BEGIN
    DELETE FROM search_text WHERE id = ((4 << 40) + old.application_id);
    INSERT INTO search_text SELECT * FROM search_reflection WHERE item_id = old.application_id;
END;

CREATE TRIGGER search_lesson_added AFTER INSERT ON lesson BEGIN
    DELETE FROM search_text WHERE id = ((6 << 40) + new.id);
    INSERT INTO search_text SELECT * FROM search_lesson WHERE item_id = new.id;
END;

CREATE TRIGGER search_lesson_changed AFTER UPDATE ON lesson BEGIN
    DELETE FROM search_text WHERE id = ((6 << 40) + old.id);
    DELETE FROM search_text WHERE id = ((6 << 40) + new.id);
    INSERT INTO search_text SELECT * FROM search_lesson WHERE item_id = new.id;
END;

CREATE TRIGGER search_lesson_removed AFTER DELETE ON lesson BEGIN
    DELETE FROM search_text WHERE id = ((6 << 40) + old.id);
END;

CREATE TRIGGER search_contact_added AFTER INSERT ON contact BEGIN
    DELETE FROM search_text WHERE id = ((7 << 40) + new.id);
    INSERT INTO search_text SELECT * FROM search_contact WHERE item_id = new.id;
END;

CREATE TRIGGER search_contact_changed AFTER UPDATE ON contact BEGIN
    DELETE FROM search_text WHERE id = ((7 << 40) + old.id);
    DELETE FROM search_text WHERE id = ((7 << 40) + new.id);
    INSERT INTO search_text SELECT * FROM search_contact WHERE item_id = new.id;
END;

CREATE TRIGGER search_contact_removed AFTER DELETE ON contact BEGIN
    DELETE FROM search_text WHERE id = ((7 << 40) + old.id);
END;

-- What the journal already holds is indexed now, through the same search_text triggers.
INSERT INTO search_text SELECT * FROM search_application;
INSERT INTO search_text SELECT * FROM search_stage;
INSERT INTO search_text SELECT * FROM search_outcome;
INSERT INTO search_text SELECT * FROM search_reflection;
INSERT INTO search_text SELECT * FROM search_feedback;
INSERT INTO search_text SELECT * FROM search_lesson;
INSERT INTO search_text SELECT * FROM search_contact;
