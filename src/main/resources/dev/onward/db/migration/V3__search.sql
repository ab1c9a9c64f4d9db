-- V3: full-text search over everything a user writes (ADR 0020).
--
-- search_text holds one row per searchable item: its kind ('application', 'stage', 'outcome'; later
-- kinds add rows of their own), the item's id, the application it belongs to, the day used to
-- order equal matches, a heading shown with the result, and its text in two columns: title
-- (names: company and role, people met) and body (everything else), fields joined by newlines.
-- Its id is the kind's number times 2^40 plus the item's id (application 1, stage 2, outcome 3;
-- the next kind takes 4), so each kind is one rowid range that FTS5 can search newest first.
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

-- Items -> search_text. Each "added" trigger first forgets the item: an outcome is stored with
-- INSERT OR REPLACE, whose implicit delete fires no delete trigger.
CREATE TRIGGER search_application_added AFTER INSERT ON application BEGIN
    DELETE FROM search_text WHERE id = (1 << 40) + new.id;
    INSERT INTO search_text (id, kind, item_id, application_id, day, heading, title, body)
    VALUES ((1 << 40) + new.id, 'application', new.id, new.id, coalesce(new.applied, substr(new.created, 1, 10)), NULL,
            concat_ws(char(10), new.company, new.role),
            concat_ws(char(10), new.location, new.source, new.notes));
END;

CREATE TRIGGER search_application_changed
AFTER UPDATE OF company, role, location, source, notes, applied, created ON application BEGIN
    DELETE FROM search_text WHERE id = (1 << 40) + old.id;
    INSERT INTO search_text (id, kind, item_id, application_id, day, heading, title, body)
    VALUES ((1 << 40) + new.id, 'application', new.id, new.id, coalesce(new.applied, substr(new.created, 1, 10)), NULL,
            concat_ws(char(10), new.company, new.role),
            concat_ws(char(10), new.location, new.source, new.notes));
END;

CREATE TRIGGER search_application_removed AFTER DELETE ON application BEGIN
    DELETE FROM search_text WHERE id = (1 << 40) + old.id;
END;

CREATE TRIGGER search_stage_added AFTER INSERT ON stage BEGIN
    DELETE FROM search_text WHERE id = (2 << 40) + new.id;
    INSERT INTO search_text (id, kind, item_id, application_id, day, heading, title, body)
    VALUES ((2 << 40) + new.id, 'stage', new.id, new.application_id, new.day,
            (SELECT name FROM stage_kind WHERE id = new.kind_id),
            coalesce(new.people_met, ''),
            concat_ws(char(10), new.preparation, new.notes));
END;

CREATE TRIGGER search_stage_changed AFTER UPDATE ON stage BEGIN
    DELETE FROM search_text WHERE id = (2 << 40) + old.id;
    INSERT INTO search_text (id, kind, item_id, application_id, day, heading, title, body)
    VALUES ((2 << 40) + new.id, 'stage', new.id, new.application_id, new.day,
            (SELECT name FROM stage_kind WHERE id = new.kind_id),
            coalesce(new.people_met, ''),
            concat_ws(char(10), new.preparation, new.notes));
END;

CREATE TRIGGER search_stage_removed AFTER DELETE ON stage BEGIN
    DELETE FROM search_text WHERE id = (2 << 40) + old.id;
END;

CREATE TRIGGER search_outcome_added AFTER INSERT ON outcome BEGIN
    DELETE FROM search_text WHERE id = (3 << 40) + new.application_id;
    INSERT INTO search_text (id, kind, item_id, application_id, day, heading, title, body)
    VALUES ((3 << 40) + new.application_id, 'outcome', new.application_id, new.application_id, new.day, new.kind, '', coalesce(new.message, ''));
END;

CREATE TRIGGER search_outcome_changed AFTER UPDATE ON outcome BEGIN
    DELETE FROM search_text WHERE id = (3 << 40) + old.application_id;
    INSERT INTO search_text (id, kind, item_id, application_id, day, heading, title, body)
    VALUES ((3 << 40) + new.application_id, 'outcome', new.application_id, new.application_id, new.day, new.kind, '', coalesce(new.message, ''));
END;

CREATE TRIGGER search_outcome_removed AFTER DELETE ON outcome BEGIN
    DELETE FROM search_text WHERE id = (3 << 40) + old.application_id;
END;

-- What the journal already holds is indexed now, through the same search_text triggers.
INSERT INTO search_text (id, kind, item_id, application_id, day, heading, title, body)
SELECT (1 << 40) + id, 'application', id, id, coalesce(applied, substr(created, 1, 10)), NULL,
       concat_ws(char(10), company, role), concat_ws(char(10), location, source, notes)
FROM application;

INSERT INTO search_text (id, kind, item_id, application_id, day, heading, title, body)
SELECT (2 << 40) + s.id, 'stage', s.id, s.application_id, s.day, k.name,
       coalesce(s.people_met, ''), concat_ws(char(10), s.preparation, s.notes)
FROM stage s LEFT JOIN stage_kind k ON k.id = s.kind_id;

INSERT INTO search_text (id, kind, item_id, application_id, day, heading, title, body)
SELECT (3 << 40) + application_id, 'outcome', application_id, application_id, day, kind, '', coalesce(message, '')
FROM outcome;
