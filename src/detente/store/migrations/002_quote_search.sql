-- Full-text search over quotes, and the countries each quote is about (named in it or targeted by its events).
-- The index keeps no copy of the words: they are read from the article text through a view.
CREATE VIEW quote_words AS
    SELECT q.pk AS pk, coalesce(q.content, substr(a.text, q.start + 1, q."end" - q.start)) AS words
    FROM quotes q JOIN articles a ON a.pk = q.article;
CREATE VIRTUAL TABLE quotes_fts USING fts5(words, content='quote_words', content_rowid='pk', columnsize=0,
                                           tokenize='unicode61 remove_diacritics 2');
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, words) SELECT pk, words FROM quote_words WHERE pk = new.pk;
END;
-- a quote is deleted before its article (the store does so), while its words can still be read
CREATE TRIGGER quotes_fts_delete BEFORE DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, words) SELECT 'delete', pk, words FROM quote_words WHERE pk = old.pk;
END;

-- keyed for the relations: the quotes one country's speakers gave about another, by day ('' where unknown)
CREATE TABLE quote_about (
    country         TEXT NOT NULL,
    speaker_country TEXT NOT NULL,
    day             TEXT NOT NULL,
    quote           INTEGER NOT NULL REFERENCES quotes(pk) ON DELETE CASCADE,
    PRIMARY KEY (country, speaker_country, day, quote)
) WITHOUT ROWID;
CREATE INDEX quote_about_quote ON quote_about(quote);
INSERT OR IGNORE INTO quote_about (country, speaker_country, day, quote)
    SELECT aa.country, coalesce(q.speaker_country, ''), coalesce(q.day, ''), q.pk FROM quotes q
    JOIN mentions m ON m.article = q.article AND m.start >= q.start AND m."end" <= q."end"
    JOIN article_actors aa ON aa.article = m.article AND aa.id = m.actor
    WHERE aa.country IS NOT NULL;
INSERT OR IGNORE INTO quote_about (country, speaker_country, day, quote)
    SELECT e.target_country, coalesce(q.speaker_country, ''), coalesce(q.day, ''), q.pk FROM events e
    JOIN quotes q ON q.article = e.article AND q.id = e.quote
    WHERE e.target_country IS NOT NULL;
