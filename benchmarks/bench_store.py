"""The store: import, export and search, each against the same work done with bare sqlite3
and json, and each at every size of the scale curve."""

from __future__ import annotations

import sqlite3
import statistics

from benchmarks import databases
from benchmarks.context import Context
from benchmarks.figures import percentile, seconds
from nato_reader.formats.exporter import export_chunks, write_atomically
from nato_reader.store import Store

# A mix of what readers look for: countries, people, organisations, topics, prefixes,
# phrases and the operators of the query language; some match most articles, some few, and
# a few none.
QUERIES = (
    "روسيا", "الصين", "اليابان", "أوكرانيا", "تايوان", "إيران", "فرنسا", "ألمانيا", "المغرب",
    "قطر", "البرازيل", "فيتنام", "الناتو", "الحلف", "الأطلسي", "البنتاغون", "البيت الأبيض",
    "ستولتنبرغ", "كيشيدا", "ماكرون", "بلينكن", "ماو", "العقوبات", "الأمن", "السيبراني",
    "النووية", "الصواريخ", "الاستخبارات", "الديمقراطية", "المناخ", "قمة", "تعاون*", "عسكر*",
    "استثمار*", "دفاع*", "صين*", '"كوريا الشمالية"', '"حلف شمال الأطلسي"',
    '"المحيط الهادئ"', '"الأمن السيبراني"', '"وزارة الخارجية"', '"البيت الأبيض"',
    "روسيا AND الصين", "أوكرانيا OR تايوان", "الناتو NOT روسيا", "اليابان AND أستراليا",
    "قمة AND واشنطن", "العقوبات OR الأسلحة", "الصين NOT تايوان", "روسيا الصين الناتو",
    "تهديدات أمنية", "الذكاء الاصطناعي", "فون دير لاين", "زيمبابوي", "كوالالمبور",
    "لوكسمبورغ AND الناتو", "مونتيفيديو",
)


def run_import(ctx: Context) -> None:
    for size in ctx.sizes.scale:
        ctx.store_db(size)
        ctx.plain_db(size)
    n = ctx.main_size
    took = ctx.results.scale[n]["import"]
    base = ctx.results.scale[n]["import_sqlite3"]
    ctx.results.add("import_articles_per_s", n / took, "articles/s",
                    f"add_records(analyze=False), {n:,} articles in batches of "
                    f"{databases.BATCH:,}")
    ctx.results.add("import_ratio_vs_sqlite3", took / base, "×",
                    "store import / the same rows and FTS5 index with bare sqlite3",
                    at_most=2)
    scale = ctx.results.scale[n]
    cpu_ratio = scale["import_cpu"] / scale["import_sqlite3_cpu"]
    ctx.results.add("import_cpu_ratio_vs_sqlite3", cpu_ratio, "×",
                    "the same in CPU seconds of this process (SQLite runs in it)", at_most=2)
    _, analysed_took = ctx.analysed_db()
    ctx.results.add("import_analyzed_articles_per_s", ctx.sizes.analysed / analysed_took,
                    "articles/s", f"add_records(analyze=True), {ctx.sizes.analysed:,} "
                    "articles (analysis in worker processes, both cores)")


def _export(db, out) -> tuple[float, float]:
    """Seconds for the store's native export of ``db`` and for the bare json.dumps dump."""
    with Store.open(db, seed=False, create=False) as store:
        took = seconds(lambda: write_atomically(out, export_chunks(store.iter_records(),
                                                                   "native")))
    base = seconds(lambda: databases.plain_dump(db, out.with_suffix(".plain.jsonl")))
    out.unlink(missing_ok=True)
    out.with_suffix(".plain.jsonl").unlink(missing_ok=True)
    return took, base


def run_export(ctx: Context) -> None:
    db, _ = ctx.analysed_db()
    n = ctx.sizes.analysed
    took, base = _export(db, ctx.workdir / "export-analysed.jsonl")
    ctx.results.add("export_records_per_s", n / took, "records/s",
                    f"native JSONL of {n:,} analysed articles (with their spans) to a file")
    ctx.results.add("export_ratio_vs_json", took / base, "×",
                    "store export / json.dumps of the same table rows read with sqlite3",
                    at_most=1.5)
    for size in ctx.sizes.scale:
        took, base = _export(ctx.store_db(size), ctx.workdir / f"export-{size}.jsonl")
        ctx.results.add_scale(size, "export", took)
        ctx.results.add_scale(size, "export_json", base)


def _search_times(ctx: Context, size: int) -> tuple[dict[str, list[float]], list[float],
                                                    list[float]]:
    store_times: dict[str, list[float]] = {q: [] for q in QUERIES}
    plain_times: list[float] = []
    unranked_times: list[float] = []
    with Store.open(ctx.store_db(size), seed=False, create=False) as store:
        conn = sqlite3.connect(ctx.plain_db(size))
        for query in QUERIES:  # a first round warms SQLite's page cache for both
            store.search(query)
            databases.plain_search(conn, query)
        for _ in range(ctx.sizes.search_rounds):
            for query in QUERIES:
                store_times[query].append(seconds(lambda q=query: store.search(q)))
                plain_times.append(seconds(lambda q=query: databases.plain_search(conn, q)))
                unranked_times.append(seconds(
                    lambda q=query: databases.plain_search(conn, q, ranked=False)))
        conn.close()
    return store_times, plain_times, unranked_times


def run_search(ctx: Context) -> None:
    for size in ctx.sizes.scale:
        per_query, plain_times, unranked_times = _search_times(ctx, size)
        every = [t for times in per_query.values() for t in times]
        ctx.results.add_scale(size, "search_p95", percentile(every, 95))
        ctx.results.add_scale(size, "search_p95_fts5", percentile(plain_times, 95))
        ctx.results.add_scale(size, "search_p95_fts5_unranked", percentile(unranked_times, 95))
    n = ctx.main_size
    slowest = sorted(per_query, key=lambda q: -statistics.median(per_query[q]))[:5]
    ctx.results.notes.append(
        f"slowest searches at {n:,} articles (median ms): "
        + ", ".join(f"{q} {statistics.median(per_query[q]) * 1000:.0f}" for q in slowest))
    p95 = ctx.results.scale[n]["search_p95"]
    base = ctx.results.scale[n]["search_p95_fts5"]
    ctx.results.add("search_p95_ms", p95 * 1000, "ms",
                    f"store.search, {len(QUERIES)} queries × {ctx.sizes.search_rounds}, "
                    f"{n:,} articles", at_most=50)
    ctx.results.add("search_ratio_vs_fts5", p95 / base, "×",
                    "p95 / p95 of the same queries as bare FTS5 MATCH on the raw text")
    ctx.results.add("search_fts5_unranked_p95_ms",
                    ctx.results.scale[n]["search_p95_fts5_unranked"] * 1000, "ms",
                    "bare FTS5 without ORDER BY rank: the first 50 matches, none ranked")
