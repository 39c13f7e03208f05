package sqlite

// migrations are applied in order; migrations[i] brings the schema from
// version i to i+1. Append only: a released migration is never edited.
var migrations = []string{
	// 1: articles, skips, stories.
	`
CREATE TABLE articles (
	seq          INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	input_id     TEXT NOT NULL,
	url          TEXT NOT NULL,
	title        TEXT NOT NULL,
	publisher    TEXT NOT NULL,
	author       TEXT NOT NULL,
	published    INTEGER NOT NULL, -- unix nanoseconds, 0 when unknown
	lang         TEXT NOT NULL,
	body         TEXT NOT NULL,
	removed      TEXT NOT NULL,    -- JSON array of furniture blocks
	format       TEXT NOT NULL,
	seen         INTEGER NOT NULL,
	story_id     TEXT NOT NULL,
	duplicate_of TEXT NOT NULL,
	signature    BLOB,
	words        INTEGER NOT NULL
);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_dup ON articles(duplicate_of) WHERE duplicate_of != '';

CREATE TABLE skips (
	id       TEXT PRIMARY KEY,
	input_id TEXT NOT NULL,
	origin   TEXT NOT NULL,
	reason   TEXT NOT NULL,
	detail   TEXT NOT NULL,
	seen     INTEGER NOT NULL
);
CREATE INDEX skips_reason ON skips(reason);

CREATE TABLE stories (
	id         TEXT PRIMARY KEY,
	headline   TEXT NOT NULL,
	first_seen INTEGER NOT NULL,
	last_seen  INTEGER NOT NULL,
	articles   INTEGER NOT NULL,
	copies     INTEGER NOT NULL,
	claims     TEXT NOT NULL, -- JSON array of news.Claim
	summary    TEXT NOT NULL  -- JSON array of news.SummarySentence
);
CREATE INDEX stories_last_seen ON stories(last_seen);
`,
	// 2: full-text search over articles, kept in sync by triggers.
	`
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='seq');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
END;
`,
	// 3: block counts per site, for repetition-based furniture detection.
	`
CREATE TABLE blocks (
	site  TEXT NOT NULL,
	hash  INTEGER NOT NULL,
	count INTEGER NOT NULL,
	PRIMARY KEY (site, hash)
) WITHOUT ROWID;
`,
	// 4: articles reach the full-text index in one statement per batch
	// (Write), not by a trigger per row: FTS5 flushes its pending terms
	// to a new segment at every statement, so a trigger made one segment
	// per article, and merging them back cost most of a write.
	`
DROP TRIGGER articles_ai;
`,
	// 5: the pipeline loads only the blocks frequent enough to be furniture
	// (EachBlockCount), after every run.
	`
CREATE INDEX blocks_count ON blocks(count);
`,
	// 6: the full-text index merges 16 segments at a time instead of 4,
	// which halves how often a term's postings are rewritten as the
	// index grows (merging was two thirds of its cost in an ingest
	// profile); a crisis merge waits for 32.
	`
INSERT INTO articles_fts(articles_fts, rank) VALUES('automerge', 16);
INSERT INTO articles_fts(articles_fts, rank) VALUES('crisismerge', 32);
`,
	// 7: in-memory state saved by the pipeline (the clusterer's), so a
	// restart need not rebuild it from the articles. writes counts the
	// committed Writes; a state is current while the count it was saved
	// at is.
	`
CREATE TABLE writes (n INTEGER NOT NULL);
INSERT INTO writes (n) VALUES (0);
CREATE TABLE state (
	name   TEXT PRIMARY KEY,
	writes INTEGER NOT NULL,
	data   BLOB NOT NULL
);
`,
	// 8: the full-text index merges 64 segments at a time instead of 16.
	// FTS5 rewrites a term's postings once a level, and does merge work
	// in proportion to its number of levels after every flush, so the
	// index's share of a write grew with the store: a CPU profile of a
	// bench ingest's window 200k–210k spent three times what the window
	// 10k–20k did merging (docs/performance.md, twelfth session). With
	// 64, a million articles (about 4,000 flushed segments) take two
	// levels instead of three; a query reads more segments (about 1 ms
	// a word at 200k articles). A crisis merge waits for 128, above
	// automerge, so merges stay incremental.
	`
INSERT INTO articles_fts(articles_fts, rank) VALUES('automerge', 64);
INSERT INTO articles_fts(articles_fts, rank) VALUES('crisismerge', 128);
`,
	// 9: the full-text index keeps up to 16 MB of pending terms before it
	// flushes them to a segment, instead of 1 MB. A batch of 256 bench
	// articles (about 2 KB of text each) overflowed 1 MB, so each Write
	// flushed two or more segments instead of one, each flush sorting and
	// writing its terms and each segment adding to the merges
	// (docs/performance.md, thirteenth session). The pending terms live
	// in the writer's connection only while a Write runs: FTS5 flushes
	// them at every commit.
	`
INSERT INTO articles_fts(articles_fts, rank) VALUES('hashsize', 16777216);
`,
	// 10: a skip keeps the address and title the page stated (extract
	// reads them beside the skip), so the skipped records can be told
	// apart without the crawl. Stores written before keep '' for both.
	`
ALTER TABLE skips ADD COLUMN url TEXT NOT NULL DEFAULT '';
ALTER TABLE skips ADD COLUMN title TEXT NOT NULL DEFAULT '';
`,
}
