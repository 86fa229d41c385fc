-- The record: articles with their text and provenance, actors by global key, and each article's layers.
CREATE TABLE articles (
    pk        INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,           -- the record's article id
    hash      TEXT NOT NULL,                  -- content hash of the text as read
    title     TEXT,
    published TEXT,                           -- YYYY-MM-DD
    source    TEXT,
    url       TEXT,
    text      TEXT NOT NULL,                  -- the repaired text every offset points into
    raw       TEXT,                           -- the text as read, kept only where repair changed it
    origin    TEXT NOT NULL DEFAULT 'text',   -- text | html | pdf | jsonl | feed
    warnings  TEXT NOT NULL DEFAULT '[]',     -- JSON list
    version   TEXT,                           -- provenance: package version,
    model     TEXT,                           -- spaCy model name-version,
    data      TEXT,                           -- and hash of the data files
    added     TEXT NOT NULL                   -- when it was stored (UTC, ISO 8601)
);
CREATE INDEX articles_hash ON articles(hash);
CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_published ON articles(published);

CREATE TABLE actors (
    key     TEXT PRIMARY KEY,                 -- knowledge-base id, or name:<slug>/<country>
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    country TEXT,
    sector  TEXT,
    role    TEXT,
    kb_id   TEXT
) WITHOUT ROWID;

CREATE TABLE article_actors (
    article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    id      TEXT NOT NULL,                    -- local id (a1, a2, ...)
    seq     INTEGER NOT NULL,                 -- position in the record
    key     TEXT,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    country TEXT,
    sector  TEXT,
    role    TEXT,
    kb_id   TEXT,
    PRIMARY KEY (article, id)
) WITHOUT ROWID;
CREATE INDEX article_actors_key ON article_actors(key);

CREATE TABLE mentions (
    article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    actor   TEXT NOT NULL,
    seq     INTEGER NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    PRIMARY KEY (article, actor, seq)
) WITHOUT ROWID;

CREATE TABLE times (
    article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    type    TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (article, seq)
) WITHOUT ROWID;

CREATE TABLE quotes (
    pk              INTEGER PRIMARY KEY,
    article         INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    id              TEXT NOT NULL,            -- local id (q1, q2, ...)
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    cue             TEXT,
    date            TEXT,
    date_basis      TEXT,
    day             TEXT,                     -- the date the quote counts on in a series
    content         TEXT,                     -- the joined words, where they are not text[start:end]
    parts           TEXT NOT NULL DEFAULT '[]',  -- JSON [[start, end], ...]
    speaker_actor   TEXT,
    speaker_key     TEXT,
    speaker_name    TEXT,
    speaker_country TEXT,
    speaker_role    TEXT,
    mention_start   INTEGER,
    mention_end     INTEGER,
    UNIQUE (article, id)
);
CREATE INDEX quotes_speaker ON quotes(speaker_key);
CREATE INDEX quotes_country_day ON quotes(speaker_country, day);
CREATE INDEX quotes_day ON quotes(day);

CREATE TABLE events (
    pk             INTEGER PRIMARY KEY,
    article        INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    type           TEXT NOT NULL,
    mode           TEXT,
    cameo          TEXT,
    quad           INTEGER NOT NULL,
    intensity      REAL NOT NULL,
    negated        INTEGER NOT NULL,
    modality       TEXT NOT NULL,
    source_actor   TEXT,
    source_key     TEXT,
    source_name    TEXT,
    source_country TEXT,
    source_sector  TEXT,
    has_target     INTEGER NOT NULL,
    target_actor   TEXT,
    target_key     TEXT,
    target_name    TEXT,
    target_country TEXT,
    target_sector  TEXT,
    date           TEXT,
    date_basis     TEXT,
    day            TEXT,                      -- the date the event counts on in a series
    quote          TEXT,                      -- local id of the quote it was said in
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    also           TEXT NOT NULL DEFAULT '[]',  -- JSON [[start, end], ...]
    UNIQUE (article, seq)
);
CREATE INDEX events_dyad ON events(source_country, target_country, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_source_key ON events(source_key);
CREATE INDEX events_target_key ON events(target_key);
CREATE INDEX events_type ON events(type, day);
