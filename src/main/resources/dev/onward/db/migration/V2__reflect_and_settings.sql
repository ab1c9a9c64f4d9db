-- V2: reflections on ended applications, the feelings and reasons named in them, lessons, contacts,
-- and the user's settings (weekly target, days before no reply is suspected, ...).

CREATE TABLE contact (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL CHECK (length(name) > 0),
    role              TEXT,
    company           TEXT,
    email             TEXT,
    notes             TEXT,
    keep_in_touch_on  TEXT,
    created           TEXT NOT NULL,
    updated           TEXT NOT NULL
);

CREATE TABLE reflection (
    application_id          INTEGER PRIMARY KEY REFERENCES application (id) ON DELETE CASCADE,
    arrival                 TEXT CHECK (arrival IN ('email', 'call', 'portal', 'nothing')),
    reframe                 TEXT,
    feedback_asked_on       TEXT,
    feedback_asked_from     TEXT,
    feedback_received_on    TEXT,
    feedback_text           TEXT,
    gracious_reply_sent_on  TEXT,
    contact_id              INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    current_step            TEXT NOT NULL,
    updated                 TEXT NOT NULL
);

CREATE TABLE reflection_step (
    application_id  INTEGER NOT NULL REFERENCES reflection (application_id) ON DELETE CASCADE,
    step            TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('to_do', 'done', 'skipped')),
    PRIMARY KEY (application_id, step)
);

CREATE TABLE reflection_feeling (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES reflection (application_id) ON DELETE CASCADE,
    feeling         TEXT NOT NULL,
    own_words       TEXT,
    intensity       INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 5)
);

CREATE INDEX reflection_feeling_by_application ON reflection_feeling (application_id);

CREATE TABLE reflection_reason (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES reflection (application_id) ON DELETE CASCADE,
    reason          TEXT NOT NULL,
    note            TEXT,
    in_my_control   INTEGER NOT NULL CHECK (in_my_control IN (0, 1))
);

CREATE INDEX reflection_reason_by_application ON reflection_reason (application_id);

CREATE TABLE lesson (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER REFERENCES application (id) ON DELETE SET NULL,
    text            TEXT NOT NULL CHECK (length(text) > 0),
    theme           TEXT NOT NULL,
    in_my_control   INTEGER NOT NULL CHECK (in_my_control IN (0, 1)),
    stage_kind_id   INTEGER REFERENCES stage_kind (id) ON DELETE SET NULL,
    status          TEXT NOT NULL CHECK (status IN ('new', 'practising', 'habit')),
    repeat_of       INTEGER REFERENCES lesson (id) ON DELETE SET NULL,
    created         TEXT NOT NULL,
    updated         TEXT NOT NULL
);

CREATE INDEX lesson_by_application ON lesson (application_id);
CREATE INDEX lesson_by_theme ON lesson (theme);

CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
