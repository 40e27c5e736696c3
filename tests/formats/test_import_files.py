"""Reading files into records: every format, and the bad input users actually have."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from nato_reader.core.record import MANUAL, article_id
from nato_reader.formats.importer import MAX_ARTICLE_BYTES, find_files, prepare
from nato_reader.formats.textfile import FormatError

ARTICLE = "عنوان الخبر\nقال ستولتنبرغ إن الحلف قوي.\n"


def write_jsonl(path: Path, objs: list[object]) -> Path:
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs),
                    encoding="utf-8")
    return path


def only_record(path: Path, fmt: str = "auto"):
    records = list(prepare(path, fmt).records())
    assert len(records) == 1
    return records[0]


# Plain text ----------------------------------------------------------------------------------

def test_txt_title_is_first_line_and_source_is_file_name(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode())
    record = only_record(path)
    assert record.text == ARTICLE  # BOM gone, \r\n normalised, nothing else changed
    assert record.meta["title"] == "عنوان الخبر"
    assert record.meta["source"] == "a.txt"
    assert record.spans == []


def test_windows_1256_file_is_read_with_a_notice(tmp_path):
    path = tmp_path / "ansi.txt"
    path.write_bytes(ARTICLE.encode("cp1256"))
    loaded = prepare(path)
    assert next(loaded.records()).text == ARTICLE
    assert any("Windows-1256" in n for n in loaded.notices)


def test_emoji_bidi_controls_and_zero_width_characters_are_kept_exactly(tmp_path):
    text = "\u202bعاجل\u202c 🇺🇦👍🏽\nقال\u200c ستولتنبرغ\u200f: «نعم\u200d» ـــ\u061c\n"
    path = tmp_path / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    assert only_record(path).text == text


@pytest.mark.parametrize("content", [b"", b"  \n\n \r\n"])
def test_empty_file_is_refused(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(FormatError, match=r"empty.txt: is empty"):
        prepare(path)


@pytest.mark.parametrize("name", ["image.txt", "image.jsonl", "image.bin"])
def test_binary_file_is_refused(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(FormatError, match="binary"):
        prepare(path)


def test_a_50_mb_text_file_is_refused_without_being_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.truncate(50 * 2**20)
    assert path.stat().st_size > MAX_ARTICLE_BYTES
    tracemalloc.start()
    try:
        with pytest.raises(FormatError, match=r"huge.txt: is 50 MB; one article file may hold"):
            prepare(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5 * 2**20


# HTML ----------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>الناتو يعزز شراكاته - موقع الأخبار</title>
<meta property="og:title" content="الناتو يعزز شراكاته">
<meta name="date" content="2024-07-11"></head>
<body><nav><a href="/">الرئيسية</a> | <a href="/world">العالم</a></nav>
<article><h1>الناتو يعزز شراكاته</h1>
<p>قال الأمين العام لحلف الناتو ينس ستولتنبرغ إن الحلف سيعزز شراكاته في المحيط الهادئ،
وأضاف أن التعاون مع اليابان وكوريا الجنوبية وأستراليا ونيوزيلندا مهم لمواجهة التحديات.</p>
<p>وقال في مؤتمر صحفي: «سوف نتصدى للتهديدات معاً» &amp; أكد أهمية الوحدة بين الحلفاء
في مواجهة التحديات الأمنية المشتركة في أوروبا وآسيا على حد سواء.</p>
<script>document.write("<b>injected</b>")</script></article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


def test_html_page_gives_article_text_title_and_date_without_markup(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    record = only_record(path)
    assert record.meta["title"] == "الناتو يعزز شراكاته"
    assert record.meta["date"] == "2024-07-11"
    assert record.text.startswith("الناتو يعزز شراكاته\n")
    assert "«سوف نتصدى للتهديدات معاً» & أكد" in record.text
    for absent in ("<", "injected", "الرئيسية", "جميع الحقوق"):
        assert absent not in record.text


def test_windows_1256_page_is_read_in_the_charset_it_declares(tmp_path):
    page = PAGE.replace('<meta charset="utf-8">',
                        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
                        '<style>body { font-family: Tahoma, Arial, sans-serif; margin: 0 }</style>'
                        '<script>var analytics = "tracking code for the site statistics";</script>')
    data = page.encode("cp1256")
    as_text = tmp_path / "ansi.txt"
    as_text.write_bytes(data)
    with pytest.raises(FormatError):  # too much Latin markup to pass as Arabic text
        prepare(as_text)
    path = tmp_path / "ansi.html"
    path.write_bytes(data)
    loaded = prepare(path)
    assert "«سوف نتصدى للتهديدات معاً»" in next(loaded.records()).text
    assert any("Windows-1256" in n for n in loaded.notices)


def test_html_page_without_article_text_is_refused(tmp_path):
    path = tmp_path / "blank.htm"
    path.write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    with pytest.raises(FormatError, match=r"blank.htm: holds no article text"):
        prepare(path)


def test_html_without_suffix_is_recognised(tmp_path):
    path = tmp_path / "saved_page"
    path.write_text(PAGE, encoding="utf-8")
    assert prepare(path).format == "html"


# Native JSONL --------------------------------------------------------------------------------

def native(text: str, spans: list[dict] | None = None, **extra) -> dict:
    return {"text": text, "meta": {"title": "t"}, "spans": spans or [], "relations": [],
            **extra}


def test_native_jsonl_keeps_ids_sources_and_attributes(tmp_path, quoted_record):
    path = write_jsonl(tmp_path / "r.jsonl", [quoted_record.to_dict()])
    loaded = prepare(path)
    assert loaded.format == "native"
    assert next(loaded.records()).to_dict() == quoted_record.to_dict()


def test_broken_line_3_is_named(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [native("أ"), native("ب")])
    with path.open("a", encoding="utf-8") as out:
        out.write('{"text": "ج", "spans": [\n')
        out.write(json.dumps(native("د")) + "\n")
    with pytest.raises(FormatError) as err:
        prepare(path)
    assert err.value.line == 3
    assert str(err.value).startswith(f"{path}:3: is not valid JSON")


def test_offsets_outside_the_text_name_the_line(tmp_path):
    bad = native("قال", [{"id": "s1", "start": 1, "end": 9, "label": "QUOTE", "text": "ال"}])
    path = write_jsonl(tmp_path / "r.jsonl", [native("أ"), bad])
    with pytest.raises(FormatError, match=r"r.jsonl:2: span s1 offsets 1-9 are outside"):
        prepare(path)


def test_span_text_not_matching_the_offsets_names_the_line(tmp_path):
    bad = native("قال ستولتنبرغ", [{"id": "s1", "start": 0, "end": 3, "label": "PERSON",
                                    "text": "ستولتنبرغ"}])
    path = write_jsonl(tmp_path / "r.jsonl", [bad])
    with pytest.raises(FormatError, match=r"r.jsonl:1: span s1 text 'ستولتنبرغ' does not match"):
        prepare(path)


def test_native_crlf_text_is_normalised_with_offsets_shifted(tmp_path):
    text = "عنوان\r\nقال ستولتنبرغ\r\n«الأمن عالمي»"
    start = text.index("الأمن")
    spans = [{"id": "s1", "start": start, "end": start + 11, "label": "QUOTE",
              "text": "الأمن عالمي"}]
    path = write_jsonl(tmp_path / "r.jsonl", [native(text, spans, id="a1")])
    record = only_record(path)
    assert record.text == "عنوان\nقال ستولتنبرغ\n«الأمن عالمي»"
    span = record.spans[0]
    assert record.text[span.start : span.end] == "الأمن عالمي"
    assert record.id == "a1"


def test_unpaired_surrogate_is_refused(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"text": "abc \\ud83d def"}\n', encoding="utf-8")
    with pytest.raises(FormatError, match=r"r.jsonl:1: text holds an unpaired surrogate"):
        prepare(path)


def test_one_id_for_two_texts_is_refused(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [native("أ", id="x"), native("ب", id="x")])
    with pytest.raises(FormatError, match=r"r.jsonl:2: article id x was used on line 1"):
        prepare(path)


def test_jsonl_that_is_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_bytes(b'{"text": "a"}\n' + '{"text": "عربي"}\n'.encode("cp1256"))
    with pytest.raises(FormatError, match=r"r.jsonl:2: is not UTF-8"):
        prepare(path)


@pytest.mark.parametrize("content", ["", "\n\n"])
def test_empty_jsonl_is_refused(tmp_path, content):
    path = tmp_path / "r.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError, match="holds no records"):
        prepare(path)


def test_a_50_mb_jsonl_file_is_checked_in_bounded_memory(tmp_path):
    path = tmp_path / "big.jsonl"
    paragraph = "قال الأمين العام لحلف الناتو إن الحلف سيعزز شراكاته في المحيط الهادئ. " * 40
    with path.open("w", encoding="utf-8") as out:
        n = 0
        while out.tell() < 50 * 2**20:
            out.write(json.dumps({"text": f"{n} {paragraph}"}, ensure_ascii=False) + "\n")
            n += 1
    tracemalloc.start()
    try:
        loaded = prepare(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert loaded.count == n
    assert peak < 20 * 2**20


# Prodigy -------------------------------------------------------------------------------------

def prodigy_example() -> dict:
    text = "وقال ستولتنبرغ: «ندعم أوكرانيا»"
    person = text.index("ستولتنبرغ")
    quote = text.index("ندعم")
    tokens = [{"text": "وقال", "start": 0, "end": 4, "id": 0, "ws": True},
              {"text": "ستولتنبرغ", "start": person, "end": person + 9, "id": 1, "ws": False},
              {"text": ":", "start": person + 9, "end": person + 10, "id": 2, "ws": True},
              {"text": "«", "start": quote - 1, "end": quote, "id": 3, "ws": False},
              {"text": "ندعم", "start": quote, "end": quote + 4, "id": 4, "ws": True},
              {"text": "أوكرانيا", "start": quote + 5, "end": quote + 13, "id": 5, "ws": False},
              {"text": "»", "start": quote + 13, "end": quote + 14, "id": 6, "ws": False}]
    return {
        "text": text, "meta": {"source": "wire"}, "tokens": tokens,
        "spans": [{"start": person, "end": person + 9, "token_start": 1, "token_end": 1,
                   "label": "PERSON"},
                  {"start": quote, "end": quote + 13, "token_start": 4, "token_end": 5,
                   "label": "QUOTE"}],
        "relations": [{"head": 5, "child": 1, "label": "SAID_BY"}],
        "_input_hash": 1, "_task_hash": 2, "answer": "accept",
    }


def test_prodigy_spans_and_relations_come_in_as_manual(tmp_path):
    path = write_jsonl(tmp_path / "p.jsonl", [prodigy_example()])
    loaded = prepare(path)
    assert loaded.format == "prodigy"
    record = next(loaded.records())
    assert [(s.label, s.text, s.source) for s in record.spans] == [
        ("PERSON", "ستولتنبرغ", MANUAL), ("QUOTE", "ندعم أوكرانيا", MANUAL)]
    by_id = record.span_by_id()
    [rel] = record.relations
    assert (by_id[rel.head].label, by_id[rel.child].text, rel.label) == (
        "QUOTE", "ستولتنبرغ", "SAID_BY")
    assert record.meta == {"source": "wire"}


def test_rejected_prodigy_examples_are_left_out(tmp_path):
    rejected = {**prodigy_example(), "text": "نص آخر مرفوض", "spans": [], "relations": [],
                "answer": "reject"}
    loaded = prepare(write_jsonl(tmp_path / "p.jsonl", [rejected, prodigy_example()]))
    assert loaded.count == 1
    assert [r.text for r in loaded.records()] == [prodigy_example()["text"]]
    assert loaded.notices == ["left out 1 rejected or skipped Prodigy examples"]


def test_prodigy_label_outside_the_scheme_names_the_line(tmp_path):
    example = prodigy_example()
    example["spans"][0]["label"] = "PER"
    path = write_jsonl(tmp_path / "p.jsonl", [prodigy_example(), example])
    with pytest.raises(FormatError, match=r"p.jsonl:2: span 1 has label 'PER'; known labels"):
        prepare(path)


# doccano -------------------------------------------------------------------------------------

def test_doccano_entities_and_relations(tmp_path):
    text = "قال ستولتنبرغ إن الحلف قوي"
    obj = {"id": 7, "text": text,
           "entities": [{"id": 10, "label": "PERSON", "start_offset": 4, "end_offset": 13},
                        {"id": 11, "label": "CLAIM", "start_offset": 17,
                         "end_offset": len(text)}],
           "relations": [{"id": 1, "from_id": 11, "to_id": 10, "type": "SAID_BY"}]}
    loaded = prepare(write_jsonl(tmp_path / "d.jsonl", [obj]))
    assert loaded.format == "doccano"
    record = next(loaded.records())
    assert [(s.label, s.text, s.source) for s in record.spans] == [
        ("PERSON", "ستولتنبرغ", MANUAL), ("CLAIM", "الحلف قوي", MANUAL)]
    assert [(r.head, r.child) for r in record.relations] == [("s2", "s1")]


def test_doccano_label_triples(tmp_path):
    text = "وصل ستولتنبرغ إلى طوكيو"
    obj = {"text": text, "label": [[4, 13, "PERSON"], [18, 23, "LOCATION"]]}
    record = only_record(write_jsonl(tmp_path / "d.jsonl", [obj]))
    assert [(s.text, s.label) for s in record.spans] == [("ستولتنبرغ", "PERSON"),
                                                        ("طوكيو", "LOCATION")]


def test_doccano_classification_export_is_refused_clearly(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", [{"text": "نص", "label": ["سياسة"]}])
    with pytest.raises(FormatError, match=r"d.jsonl:1: label 1 is 'سياسة'.*text-classification"):
        prepare(path)


def test_doccano_relation_to_a_missing_entity(tmp_path):
    obj = {"text": "قال ستولتنبرغ",
           "entities": [{"id": 1, "label": "PERSON", "start_offset": 4, "end_offset": 13}],
           "relations": [{"id": 1, "from_id": 2, "to_id": 1, "type": "SAID_BY"}]}
    with pytest.raises(FormatError, match=r"d.jsonl:1: relation 1 links 2 -> 1"):
        prepare(write_jsonl(tmp_path / "d.jsonl", [obj]))


# Folders -------------------------------------------------------------------------------------

def test_folders_are_searched_recursively_for_importable_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for name in ("a/one.txt", "a/b/two.html", "a/b/three.jsonl", "a/pic.png", ".git/x.txt",
                 "a/.hidden.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in find_files([tmp_path])]
    assert found == ["a/b/three.jsonl", "a/b/two.html", "a/one.txt"]
    assert [p.name for p in find_files([tmp_path], "txt")] == ["one.txt"]


@pytest.mark.parametrize(("fmt", "obj", "message"), [
    ("prodigy", {"text": "قال ستولتنبرغ", "entities": []}, "has doccano's 'entities'"),
    ("native", {"text": "قال ستولتنبرغ", "label": [[4, 13, "PERSON"]]}, "has doccano's"),
    ("doccano", {"text": "قال ستولتنبرغ", "spans": []}, "has 'spans', not doccano's"),
])
def test_a_forced_format_that_would_lose_annotations_is_refused(tmp_path, fmt, obj, message):
    path = write_jsonl(tmp_path / "x.jsonl", [obj])
    with pytest.raises(FormatError, match=rf"x.jsonl:1: {message}"):
        prepare(path, fmt)


def test_auto_detection_of_the_jsonl_formats(tmp_path, quoted_record):
    assert prepare(write_jsonl(tmp_path / "n.jsonl", [quoted_record.to_dict()])).format == "native"
    assert prepare(write_jsonl(tmp_path / "p.jsonl", [prodigy_example()])).format == "prodigy"
    doccano = {"text": "وصل ستولتنبرغ", "label": [[4, 13, "PERSON"]]}
    assert prepare(write_jsonl(tmp_path / "d.ndjson", [doccano])).format == "doccano"


def test_missing_file_is_named(tmp_path):
    with pytest.raises(FormatError, match=r"nothere.txt: does not exist"):
        prepare(tmp_path / "nothere.txt")


def test_a_record_without_id_gets_the_id_of_its_stored_text(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [{"text": "عنوان\r\nنص"}])
    record = only_record(path)
    assert (record.text, record.id) == ("عنوان\nنص", article_id("عنوان\nنص"))


def test_prodigy_relation_naming_a_span_by_its_offsets(tmp_path):
    example = prodigy_example()
    quote, person = example["spans"][1], example["spans"][0]
    example["spans"] = [person]  # the quote appears only in the relation
    example["relations"] = [{"head": 5, "child": 1, "label": "SAID_BY",
                             "head_span": {k: quote[k] for k in ("start", "end", "label")},
                             "child_span": {k: person[k] for k in ("start", "end", "label")}}]
    record = only_record(write_jsonl(tmp_path / "p.jsonl", [example]))
    assert [(s.label, s.text) for s in record.spans] == [("PERSON", "ستولتنبرغ"),
                                                        ("QUOTE", "ندعم أوكرانيا")]
    by_id = record.span_by_id()
    [rel] = record.relations
    assert (by_id[rel.head].label, by_id[rel.child].label) == ("QUOTE", "PERSON")


def test_prodigy_relation_on_a_token_outside_every_span(tmp_path):
    example = prodigy_example()
    example["relations"] = [{"head": 0, "child": 1, "label": "SAID_BY"}]
    with pytest.raises(FormatError, match=r"p.jsonl:1: relation 1 head \(token 0\) is on no span"):
        prepare(write_jsonl(tmp_path / "p.jsonl", [example]))
