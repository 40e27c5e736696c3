"""Reading an article's spans: the reader's order, and each span's attrs its own."""

from __future__ import annotations

from nato_reader.store import Store


def test_spans_come_in_reading_order_each_with_its_own_attrs(stored: tuple[Store, str]):
    store, aid = stored
    text = store.get_article(aid).text
    start = text.index("الصين ترفض")
    store.add_span(aid, start, start + len("الصين ترفض"), "CLAIM", attrs={"country": "CN"},
                   annotator="ليلى")
    for end in (start + 2, start + 3):
        store.add_span(aid, start, end, "LOCATION", attrs={"country": "JP", "tags": ["x"]},
                       annotator="ليلى")
    spans = store.spans(aid)
    assert [(s.start, -s.end, s.pk) for s in spans] == sorted((s.start, -s.end, s.pk)
                                                              for s in spans)
    assert spans == [store.get_span(s.pk) for s in spans]
    china = [s for s in spans if s.attrs.get("country") == "CN"]
    japan = [s for s in spans if s.attrs.get("country") == "JP"]
    assert (len(china), len(japan)) == (2, 2)
    china[0].attrs["country"] = "TW"
    japan[0].attrs["tags"].append("y")
    assert (china[1].attrs, japan[1].attrs) == ({"country": "CN"},
                                                {"country": "JP", "tags": ["x"]})
