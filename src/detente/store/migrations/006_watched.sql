-- What `detente watch` has read, so that a restart reads nothing twice: each file of a watched folder with its
-- size and modification time when read (a changed file is read again), and each item of a watched feed.
CREATE TABLE watched (
    source TEXT NOT NULL,                     -- the folder (absolute path) or the feed's URL, as watched
    item   TEXT NOT NULL,                     -- a file's path inside the folder; a feed item's id, else its link
    state  TEXT NOT NULL DEFAULT '',          -- a file's size and modification time when read ('' for feed items)
    seen   TEXT NOT NULL,                     -- when it was read (UTC, ISO 8601)
    PRIMARY KEY (source, item)
) WITHOUT ROWID;
