"""Articles and their search-index rows share one integer number, also across an upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from nato_reader.store import SCHEMA_VERSION, ArticleFilter, Store, schema
from nato_reader.store.searchtext import NORMALIZER_FINGERPRINT, normalize, normalize_text

TEXTS = {
    "a1": "أعلن الناتو في بروكسل خطة جديدة للدفاع.",
    "a2": "قالت الحكومة في طوكيو إن \"التعاون مستمر\" مع الحلف.",
    "a3": "زار الوزير أنقرة وبحث مع نظيره ملف الناتو.",
}


def _version_4_database(path: Path) -> None:
    """A database as the previous schema version left it, its index rows in another order."""
    db = Database(path)
    schema.apply(db, stop_before="m005_article_numbers")
    assert len(schema.applied_names(db)) == SCHEMA_VERSION - 1
    for n, (aid, text) in enumerate(TEXTS.items()):
        db.execute("INSERT INTO articles (id, title, source, date, text, meta, content_hash,"
                   " status, created, updated) VALUES (?, ?, 'x', NULL, ?, '{}', ?, ?, ?, ?)",
                   [aid, f"عنوان {aid}", text, f"h{aid}", "new" if n else "done",
                    f"2024-0{n + 1}", f"2024-0{n + 1}"])
    for aid, text in reversed(TEXTS.items()):
        db.execute("INSERT INTO articles_fts (article_id, title, body) VALUES (?, ?, ?)",
                   [aid, normalize(f"عنوان {aid}"), normalize_text(text)])
    db.execute("INSERT INTO store_meta (key, value) VALUES ('search_normalizer', ?)",
               [NORMALIZER_FINGERPRINT])
    start = TEXTS["a2"].index("التعاون مستمر")
    db.execute('INSERT INTO spans (article_id, sid, start, "end", label, text, attrs, source,'
               " state, created, updated) VALUES ('a2', 's1', ?, ?, 'QUOTE', 'التعاون مستمر',"
               " '{\"speaker\": \"الحكومة\"}', 'auto', 'open', '2024', '2024')",
               [start, start + len("التعاون مستمر")])
    db.execute('INSERT INTO spans (article_id, sid, start, "end", label, text, attrs, source,'
               " state, created, updated) VALUES ('a2', 's2', ?, ?, 'LOCATION', 'طوكيو',"
               " '{\"country\": \"JP\"}', 'auto', 'open', '2024', '2024')",
               [TEXTS["a2"].index("طوكيو"), TEXTS["a2"].index("طوكيو") + len("طوكيو")])
    db.execute("UPDATE articles SET n_quotes = 1, n_open = 2 WHERE id = 'a2'")
    db.conn.commit()
    db.close()


def test_the_previous_version_is_upgraded_and_searches_find_the_right_articles(tmp_path: Path):
    path = tmp_path / "v4.db"
    _version_4_database(path)
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.check() == []
        assert {r.id for r in store.search("الناتو")} == {"a1", "a3"}
        assert [r.id for r in store.list_articles(ArticleFilter(query="الناتو", status="new"))] \
            == ["a3"]
        assert store.count_articles(ArticleFilter(query="الحلف", status="new")) == 1
        assert [r.id for r in store.iter_records(ArticleFilter(query="الناتو"))] == ["a1", "a3"]
        assert (store.countries(), store.speakers()) == (["JP"], ["الحكومة"])
        row = store.list_articles(ArticleFilter(query="طوكيو"))[0]
        assert (row.id, row.title, row.status, row.n_quotes, row.n_open) == \
            ("a2", "عنوان a2", "new", 1, 2)
        # The rebuilt table is still the parent of the spans.
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute('INSERT INTO spans (article_id, sid, start, "end", label, text,'
                             " created, updated) VALUES ('nowhere', 's1', 0, 1, 'ORG', 'x',"
                             " 't', 't')")
        # New spans after the upgrade continue the article's numbering.
        event = store.add_span("a2", 0, 4, "ORG", annotator="ليلى")
        assert store.get_span(event.span_pk).sid == "s3"
    # A second opening finds nothing left to migrate.
    with Store.open(path) as store:
        assert store.check() == []


def test_vacuum_keeps_articles_and_their_index_rows_together(store: Store, make_record):
    records = [make_record(f"{text} {n}", title=f"t{n}") for n in range(6)
               for text in TEXTS.values()]
    store.add_records(records, analyze=False)
    store.db.execute("DELETE FROM spans")  # leaves gaps in the pages VACUUM rewrites
    store.db.conn.commit()
    before = [(r.id, r.title) for r in store.search("الناتو", limit=100)]
    store.db.execute("VACUUM")
    assert [(r.id, r.title) for r in store.search("الناتو", limit=100)] == before
    assert not [p for p in store.check() if "search index" in p]


def test_check_reports_index_rows_under_another_articles_number(store: Store, make_record):
    store.add_records([make_record(t) for t in TEXTS.values()], analyze=False)
    assert store.check() == []
    store.db.execute("UPDATE articles_fts SET article_id = 'another' WHERE rowid ="
                     " (SELECT min(rowid) FROM articles_fts)")
    store.db.conn.commit()
    assert any("search index rows" in p for p in store.check())


@pytest.mark.parametrize("order", ["updated", "title", "quotes"])
def test_a_filtered_list_is_the_same_whichever_way_it_is_read(store: Store, make_record,
                                                              monkeypatch, order: str):
    from nato_reader.store import articles

    records = [make_record(f"{text} {n}", title=f"t{n % 7}") for n in range(12)
               for text in TEXTS.values()]
    store.add_records(records, analyze=False)
    for record in records[::3]:
        store.set_status(record.id, "done", annotator="ليلى")
    flt = ArticleFilter(query="الناتو", status="new")
    views = []
    for walk_from in (0, 10_000):  # walk the list's index / read the matches first
        monkeypatch.setattr(articles, "WALK_INDEX_FROM", walk_from)
        views.append(([r.id for r in store.list_articles(flt, order=order, limit=5, offset=3)],
                      store.count_articles(flt),
                      [r.id for r in store.iter_records(flt, batch=4)]))
    assert views[0] == views[1]
    assert views[0][1] == sum(1 for r in records[1::3] + records[2::3] if "الناتو" in r.text)
