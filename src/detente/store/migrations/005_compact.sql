-- A smaller store. Article texts are kept zlib-compressed (the functions inflate() and deflate() come with every
-- connection Détente opens; `detente export` writes them plain), with their length in characters and their size
-- as read in bytes beside them. Tables hold what is searched across articles (actors, quotes, events).
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;
DROP VIEW quote_words;

ALTER TABLE articles ADD COLUMN chars INTEGER NOT NULL DEFAULT 0;   -- length of the text in characters
ALTER TABLE articles ADD COLUMN size INTEGER NOT NULL DEFAULT 0;    -- bytes of the text as read (UTF-8)
UPDATE articles SET chars = length(text), size = length(CAST(coalesce(raw, text) AS BLOB)),
                    text = deflate(text), raw = deflate(raw);

CREATE VIEW article_words AS SELECT pk, title, inflate(text) AS text FROM articles;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='article_words', content_rowid='pk', detail=none,
                                             columnsize=0, tokenize='unicode61 remove_diacritics 2');
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, inflate(new.text));
END;
CREATE TRIGGER articles_fts_delete BEFORE DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, inflate(old.text));
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, inflate(old.text));
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, inflate(new.text));
END;

CREATE VIEW quote_words AS
    SELECT q.pk AS pk, coalesce(q.content, substr(inflate(a.text), q.start + 1, q."end" - q.start)) AS words
    FROM quotes q JOIN articles a ON a.pk = q.article;

-- an article's own layers, read only with the article (its actors with their mentions, its times), are one
-- compressed JSON document beside its text; the number of articles naming each actor is kept with the actor
ALTER TABLE articles ADD COLUMN layers BLOB;
UPDATE articles SET layers = deflate(json_object(
    'actors', (SELECT json_group_array(json(x)) FROM (
        SELECT json_object('id', aa.id, 'key', aa.key, 'name', aa.name, 'kind', aa.kind, 'country', aa.country,
                           'sector', aa.sector, 'role', aa.role, 'kb_id', aa.kb_id,
                           'mentions', json((SELECT json_group_array(json_array(m.start, m."end")) FROM (
                               SELECT start, "end" FROM mentions WHERE article = aa.article AND actor = aa.id
                               ORDER BY seq) m))) AS x
        FROM article_actors aa WHERE aa.article = articles.pk ORDER BY aa.seq)),
    'times', (SELECT json_group_array(json(x)) FROM (
        SELECT json_array(t.start, t."end", t.type, t.value) AS x FROM times t WHERE t.article = articles.pk
        ORDER BY t.seq))));
ALTER TABLE actors ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
UPDATE actors SET articles = (SELECT count(DISTINCT article) FROM article_actors aa WHERE aa.key = actors.key);
DROP TABLE mentions;
DROP TABLE article_actors;
DROP TABLE times;
