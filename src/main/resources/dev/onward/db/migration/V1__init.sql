-- V1: applications, the kinds of stage and their order, stages, outcomes and every status change.
-- Days are ISO-8601 dates ('2026-03-14'), moments ISO-8601 instants in UTC ('2026-03-14T09:30:00Z').
-- Released migrations are never edited: add V2__... instead.

CREATE TABLE application (
    id        INTEGER PRIMARY KEY,
    company   TEXT NOT NULL CHECK (length(company) > 0),
    role      TEXT NOT NULL CHECK (length(role) > 0),
    location  TEXT,
    link      TEXT,
    source    TEXT,
    salary    TEXT,
    applied   TEXT,
    notes     TEXT,
    created   TEXT NOT NULL,
    updated   TEXT NOT NULL
);

CREATE TABLE stage_kind (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    position  INTEGER NOT NULL
);

INSERT INTO stage_kind (id, name, position) VALUES
    (1, 'Applied', 1),
    (2, 'Recruiter screen', 2),
    (3, 'Phone screen', 3),
    (4, 'Take-home', 4),
    (5, 'Technical interview', 5),
    (6, 'Team interview', 6),
    (7, 'Onsite', 7),
    (8, 'Final round', 8),
    (9, 'Offer', 9);

CREATE TABLE stage (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    kind_id         INTEGER NOT NULL REFERENCES stage_kind (id),
    day             TEXT NOT NULL,
    time            TEXT,
    people_met      TEXT,
    preparation     TEXT,
    how_it_went     INTEGER CHECK (how_it_went BETWEEN 1 AND 5),
    notes           TEXT
);

CREATE INDEX stage_by_application ON stage (application_id);

CREATE TABLE outcome (
    application_id    INTEGER PRIMARY KEY REFERENCES application (id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind IN ('offer', 'rejected', 'ghosted', 'withdrew')),
    day               TEXT NOT NULL,
    ended_at_kind_id  INTEGER REFERENCES stage_kind (id),
    message           TEXT
);

CREATE TABLE status_change (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    status          TEXT NOT NULL CHECK (status IN ('active', 'offer', 'rejected', 'ghosted', 'withdrew')),
    at              TEXT NOT NULL
);

CREATE INDEX status_change_by_application ON status_change (application_id, at);
