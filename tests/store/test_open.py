"""Opening databases: new, seeded, foreign, older and newer ones."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from nato_reader.store import SCHEMA_VERSION, Store, StoreError, default_path, schema


def test_new_database_is_migrated_and_seeded_with_the_samples(tmp_path: Path,
                                                              sample_texts: dict[str, str]):
    with Store.open(tmp_path / "new.db") as store:
        assert store.schema_version() == SCHEMA_VERSION
        texts = {store.get_article(r.id).text for r in store.list_articles()}
        assert texts == set(sample_texts.values())
        assert store.check() == []
    conn = sqlite3.connect(tmp_path / "new.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_seed_false_and_reopening_do_not_import_again(tmp_path: Path):
    with Store.open(tmp_path / "a.db", seed=False) as store:
        assert store.count_articles() == 0
    with Store.open(tmp_path / "b.db") as store:
        n = store.count_articles()
    with Store.open(tmp_path / "b.db") as store:
        assert store.count_articles() == n > 0


def test_default_path_follows_the_environment(tmp_db: Path):
    assert default_path() == tmp_db
    with Store.open(seed=False) as store:
        assert store.path == tmp_db
    assert tmp_db.exists()


def test_create_false_refuses_a_missing_file(tmp_path: Path):
    with pytest.raises(StoreError, match="no database"):
        Store.open(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path):
    path = tmp_path / "notes.db"
    content = "مقالات مهمة\n".encode() * 200
    path.write_bytes(content)
    with pytest.raises(StoreError, match=r"notes\.db is not a nato_reader database "
                                         r"\(file is not SQLite\)"):
        Store.open(path)
    assert path.read_bytes() == content


def test_another_programs_sqlite_database_is_refused(tmp_path: Path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE music (title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="another program"):
        Store.open(path)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["music"]


def test_a_newer_schema_is_refused(tmp_path: Path):
    path = tmp_path / "newer.db"
    Store.open(path, seed=False).close()
    db = Database(path)
    db["_sqlite_migrations"].insert({"migration_set": schema.MIGRATION_SET,
                                     "name": "m999_from_the_future", "applied_at": "2030"})
    db.close()
    with pytest.raises(StoreError, match="newer nato_reader"):
        Store.open(path)


def test_an_older_schema_is_migrated_and_keeps_its_data(tmp_path: Path):
    path = tmp_path / "v1.db"
    db = Database(path)
    schema.apply(db, stop_before=schema.MIGRATION_NAMES[1])
    assert schema.applied_names(db) == [schema.MIGRATION_NAMES[0]]
    text = "قال الوزير إن \"الأمن أولا\" في طوكيو."
    db.execute("INSERT INTO articles (id, title, source, date, text, meta, content_hash, status,"
               " created, updated) VALUES ('old1', 'مقال قديم', 'x', NULL, ?, '{}', 'h1', 'new',"
               " '2024', '2024')", [text])
    start = text.index("الأمن أولا")
    db.execute('INSERT INTO spans (article_id, sid, start, "end", label, text, attrs, source,'
               " state, created, updated) VALUES ('old1', 's1', ?, ?, 'QUOTE', 'الأمن أولا',"
               " '{\"speaker\": \"الوزير\"}', 'auto', 'open', '2024', '2024')",
               [start, start + len("الأمن أولا")])
    db.conn.commit()
    db.close()

    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.count_articles() == 1  # not seeded: it is not a new database
        row = store.list_articles()[0]
        assert (row.id, row.n_quotes, row.n_open) == ("old1", 1, 1)
        assert [r.id for r in store.search("الامن")] == ["old1"]
        assert store.speakers() == ["الوزير"]
        assert store.get_record("old1").spans[0].text == "الأمن أولا"
        assert store.check() == []


def test_check_reports_a_broken_counter(store: Store, make_record):
    record = make_record()
    store.add_records([record], analyze=False)
    assert store.check() == []
    store.db.execute("UPDATE articles SET n_open = 99")
    store.db.conn.commit()
    assert any("counts" in p for p in store.check())
