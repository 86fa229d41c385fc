-- One event, many reports: events of the same dyad (country or organisation level) and type, dated within a day
-- of each other, share a cluster. Existing events are clustered when the store next opens.
CREATE TABLE clusters (
    id     INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    type   TEXT NOT NULL,
    day    TEXT NOT NULL
);
CREATE INDEX clusters_key ON clusters(source, target, type, day);
ALTER TABLE events ADD COLUMN cluster INTEGER REFERENCES clusters(id);
CREATE INDEX events_cluster ON events(cluster);
-- the pair index now covers the relations' aggregates, so a pair's series reads the index alone
DROP INDEX events_dyad;
CREATE INDEX events_dyad ON events(source_country, target_country, day, negated, modality, cluster, quad, intensity);
