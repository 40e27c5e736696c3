"""The database schema as recorded migrations (``sqlite_utils.migrations.Migrations``).

Each migration runs once, in its own transaction, and is recorded by name in
``_sqlite_migrations``; the schema version is the number of migrations applied. A database that
records a migration this code does not know was written by a newer nato_reader and is refused.
Migrations are never edited once released: a change is a new migration at the end.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "nato_reader"
migrations = Migrations(MIGRATION_SET)


def _run(db: Database, script: str) -> None:
    # executescript() would commit the open transaction; migrations run inside one.
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migrations()
def m001_core(db: Database) -> None:
    _run(db,
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            date TEXT,
            text TEXT NOT NULL,
            meta TEXT NOT NULL DEFAULT '{}',
            content_hash TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL DEFAULT 'new',
            review_comment TEXT,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE TABLE annotators (
            name TEXT PRIMARY KEY,
            created TEXT NOT NULL
        );
        CREATE TABLE spans (
            pk INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            sid TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            label TEXT NOT NULL,
            text TEXT NOT NULL,
            attrs TEXT NOT NULL DEFAULT '{}',
            source TEXT NOT NULL DEFAULT 'auto',
            state TEXT NOT NULL DEFAULT 'open',
            annotator TEXT REFERENCES annotators(name),
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            review TEXT,
            UNIQUE (article_id, sid)
        );
        CREATE TABLE relations (
            pk INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            head TEXT NOT NULL,
            child TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT 'SAID_BY'
        );
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id TEXT REFERENCES articles(id),
            annotator TEXT NOT NULL,
            action TEXT NOT NULL,
            created TEXT NOT NULL,
            span_pk INTEGER,
            before TEXT,
            after TEXT,
            undoes INTEGER REFERENCES events(id)
        );
        CREATE INDEX spans_article ON spans(article_id, start);
        CREATE INDEX relations_article ON relations(article_id);
        CREATE INDEX events_article ON events(article_id, id);
        """
    )


@migrations()
def m002_list_counters(db: Database) -> None:
    # The article list shows and sorts by these; counting spans per row over 100,000
    # articles would make scrolling slow, so the store keeps them up to date on every write.
    # Every order the list offers has an index ending in ``id`` (the tie-breaker), so a page
    # is read from the index without sorting the corpus.
    _run(db,
        """
        ALTER TABLE articles ADD COLUMN n_quotes INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN n_open INTEGER NOT NULL DEFAULT 0;
        UPDATE articles SET
            n_quotes = (SELECT count(*) FROM spans s WHERE s.article_id = articles.id
                        AND s.label IN ('QUOTE', 'CLAIM') AND s.state != 'rejected'),
            n_open = (SELECT count(*) FROM spans s WHERE s.article_id = articles.id
                      AND s.state = 'open');
        CREATE INDEX articles_updated ON articles(updated, id);
        CREATE INDEX articles_created ON articles(created, id);
        CREATE INDEX articles_date ON articles(date, id);
        CREATE INDEX articles_title ON articles(title, id);
        CREATE INDEX articles_status ON articles(status, updated, id);
        CREATE INDEX articles_quotes ON articles(n_quotes, id);
        CREATE INDEX articles_open ON articles(n_open, id);
        CREATE INDEX spans_label ON spans(label, article_id);
        CREATE INDEX spans_annotator ON spans(annotator, article_id);
        CREATE INDEX spans_speaker ON spans(json_extract(attrs, '$.speaker'), article_id);
        CREATE INDEX spans_country ON spans(json_extract(attrs, '$.country'), article_id);
        CREATE INDEX events_annotator ON events(annotator, article_id);
        """
    )


@migrations()
def m003_entities(db: Database) -> None:
    _run(db,
        """
        CREATE TABLE entities (
            pk INTEGER PRIMARY KEY,
            canonical TEXT NOT NULL,
            label TEXT NOT NULL,
            country TEXT,
            UNIQUE (canonical, label)
        );
        CREATE TABLE entity_aliases (
            pk INTEGER PRIMARY KEY,
            entity_pk INTEGER NOT NULL REFERENCES entities(pk),
            alias TEXT NOT NULL,
            UNIQUE (entity_pk, alias)
        );
        INSERT OR IGNORE INTO entities (canonical, label, country)
            SELECT coalesce(json_extract(attrs, '$.canonical'), text), label,
                   max(json_extract(attrs, '$.country'))
            FROM spans WHERE label IN ('PERSON', 'ORG', 'COUNTRY', 'NORP', 'LOCATION')
            GROUP BY 1, 2;
        """
    )


@migrations()
def m004_search(db: Database) -> None:
    # The index holds a normalised copy (see store.normalize), so it cannot be an
    # external-content table over ``articles``; the store writes both in one transaction.
    _run(db,
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            article_id UNINDEXED, title, body, tokenize = 'unicode61'
        );
        CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT);
        """
    )
    # The rows are filled by Store.open, which rebuilds the index whenever the
    # normaliser recorded in store_meta differs from the running one.


@migrations()
def m005_article_numbers(db: Database) -> None:
    # Each article gets an integer key, ``num``, declared INTEGER PRIMARY KEY so that it is the
    # row's rowid (VACUUM keeps such rowids), and its search-index row takes the same rowid:
    # a search then joins by integer straight from the index's doclist instead of reading each
    # match's text id out of the index's stored copy of the article. The table is rebuilt to
    # declare the key, keeping the old rowids (import order) as the numbers; the small
    # columns come first so that the list never reads past them into the text.
    # Run with foreign keys off (database.connect): dropping the old table must not cascade.
    # ``spans_sid_number`` gives an article's highest ``s<n>`` span id from the index, and
    # ``filter_values`` counts the live spans naming each country and speaker (kept by
    # every write), so neither a new span nor the list's filter choices scan all spans.
    # ``spans_reading_order`` hands an article's spans over in the reader's order (its rowid,
    # the pk, breaks ties), so they are not sorted at each opening; it replaces spans_article.
    _run(db,
        """
        CREATE TABLE articles_new (
            num INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            date TEXT,
            status TEXT NOT NULL DEFAULT 'new',
            n_quotes INTEGER NOT NULL DEFAULT 0,
            n_open INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            review_comment TEXT,
            content_hash TEXT NOT NULL UNIQUE,
            meta TEXT NOT NULL DEFAULT '{}',
            text TEXT NOT NULL
        );
        INSERT INTO articles_new (num, id, title, source, date, status, n_quotes, n_open,
                                  created, updated, review_comment, content_hash, meta, text)
            SELECT rowid, id, title, source, date, status, n_quotes, n_open,
                   created, updated, review_comment, content_hash, meta, text
            FROM articles ORDER BY rowid;
        DROP TABLE articles;
        ALTER TABLE articles_new RENAME TO articles;
        CREATE INDEX articles_updated ON articles(updated, id);
        CREATE INDEX articles_created ON articles(created, id);
        CREATE INDEX articles_date ON articles(date, id);
        CREATE INDEX articles_title ON articles(title, id);
        CREATE INDEX articles_status ON articles(status, updated, id);
        CREATE INDEX articles_quotes ON articles(n_quotes, id);
        CREATE INDEX articles_open ON articles(n_open, id);
        CREATE VIRTUAL TABLE articles_fts_new USING fts5(
            article_id UNINDEXED, title, body, tokenize = 'unicode61'
        );
        INSERT INTO articles_fts_new (rowid, article_id, title, body)
            SELECT a.num, f.article_id, f.title, f.body
            FROM articles_fts f JOIN articles a ON a.id = f.article_id ORDER BY a.num;
        DROP TABLE articles_fts;
        ALTER TABLE articles_fts_new RENAME TO articles_fts;
        CREATE INDEX spans_sid_number ON spans(article_id, CAST(substr(sid, 2) AS INTEGER))
            WHERE sid GLOB 's[0-9]*';
        CREATE INDEX spans_reading_order ON spans(article_id, start, "end" DESC);
        DROP INDEX spans_article;
        CREATE TABLE filter_values (
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (kind, value)
        ) WITHOUT ROWID;
        INSERT INTO filter_values (kind, value, n)
            SELECT 'country', json_extract(attrs, '$.country'), count(*) FROM spans
            WHERE state != 'rejected' AND json_type(attrs, '$.country') = 'text' GROUP BY 2;
        INSERT INTO filter_values (kind, value, n)
            SELECT 'speaker', json_extract(attrs, '$.speaker'), count(*) FROM spans
            WHERE state != 'rejected' AND label IN ('QUOTE', 'CLAIM')
              AND json_type(attrs, '$.speaker') = 'text' GROUP BY 2
        """
    )
    # The index rows were copied under their new rowids; an index built by another normaliser
    # (or a new, empty one) is rebuilt by Store.open as before.


MIGRATION_NAMES: tuple[str, ...] = tuple(
    f.__name__ for f in (m001_core, m002_list_counters, m003_entities, m004_search,
                         m005_article_numbers)
)
SCHEMA_VERSION = len(MIGRATION_NAMES)


def applied_names(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def apply(db: Database, *, stop_before: str | None = None) -> None:
    """Apply the pending migrations (all, or those before ``stop_before``).

    Inside an open transaction each migration runs in a savepoint of it.
    """
    migrations.apply(db, stop_before=stop_before)


def pending_names(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]
