"""Exports: what a training tool reads back from each format."""

from __future__ import annotations

import json

import pytest

from nato_reader.core.record import Record, Relation
from nato_reader.formats.exporter import export_chunks, write_atomically
from nato_reader.formats.importer import prepare


def lines(records, fmt, **options):
    return [json.loads(line) for line in "".join(export_chunks(records, fmt, **options))
            .splitlines()]


def spans_of(record: Record):
    return sorted((s.start, s.end, s.label) for s in record.spans)


def reimport(tmp_path, record, fmt):
    path = tmp_path / f"{fmt}.jsonl"
    write_atomically(path, export_chunks([record], fmt))
    return list(prepare(path).records())


def test_native_export_round_trips_ids_spans_relations_and_attributes(tmp_path, quoted_record):
    [back] = reimport(tmp_path, quoted_record, "native")
    assert back.to_dict() == quoted_record.to_dict()
    raw = (tmp_path / "native.jsonl").read_text(encoding="utf-8")
    assert "كيشيدا" in raw  # Arabic written as itself, not \\u escapes


@pytest.mark.parametrize("fmt", ["prodigy", "doccano"])
def test_prodigy_and_doccano_exports_reimport_to_the_same_spans(tmp_path, quoted_record, fmt):
    [back] = reimport(tmp_path, quoted_record, fmt)
    assert back.text == quoted_record.text
    assert spans_of(back) == spans_of(quoted_record)
    by_id = back.span_by_id()
    old = quoted_record.span_by_id()
    assert sorted((by_id[r.head].start, by_id[r.child].start) for r in back.relations) == sorted(
        (old[r.head].start, old[r.child].start) for r in quoted_record.relations)


def test_prodigy_tokens_split_at_span_edges_and_relations_use_last_tokens(quoted_record):
    [task] = lines([quoted_record], "prodigy")
    tokens = task["tokens"]
    for token in tokens:
        assert quoted_record.text[token["start"] : token["end"]] == token["text"]
    words = [t["text"] for t in tokens]
    assert words[words.index("ل") + 1] == "أوكرانيا"  # لأوكرانيا split after the proclitic
    for span in task["spans"]:
        first, last = tokens[span["token_start"]], tokens[span["token_end"]]
        assert (first["start"], last["end"]) == (span["start"], span["end"])
    quote = next(s for s in task["spans"] if s["text"] == "سندعم لأوكرانيا حتى النهاية")
    speaker = next(s for s in task["spans"] if s["text"] == "فوميو كيشيدا")
    rel = next(r for r in task["relations"] if r["head_span"]["start"] == quote["start"])
    assert (rel["head"], rel["child"]) == (quote["token_end"], speaker["token_end"])
    assert rel["child_span"]["start"] == speaker["start"]
    assert rel["label"] == "SAID_BY"
    assert task["answer"] == "accept"


def test_prodigy_hashes_are_stable_and_follow_the_annotations(quoted_record):
    [first] = lines([quoted_record], "prodigy")
    [again] = lines([quoted_record], "prodigy")
    assert (first["_input_hash"], first["_task_hash"]) == (again["_input_hash"],
                                                           again["_task_hash"])
    fewer = Record(quoted_record.id, quoted_record.text, quoted_record.meta,
                   quoted_record.spans[:-1], quoted_record.relations)
    [changed] = lines([fewer], "prodigy")
    assert changed["_input_hash"] == first["_input_hash"]
    assert changed["_task_hash"] != first["_task_hash"]
    assert all(isinstance(h, int) and -(2**31) <= h < 2**31
               for h in (first["_input_hash"], first["_task_hash"]))


def test_doccano_line_shape(quoted_record):
    [line] = lines([quoted_record], "doccano")
    assert line["id"] == quoted_record.id and line["text"] == quoted_record.text
    entities = {e["id"]: e for e in line["entities"]}
    for rel in line["relations"]:
        head, child = entities[rel["from_id"]], entities[rel["to_id"]]
        assert rel["type"] == "SAID_BY"
        assert head["label"] in ("QUOTE", "CLAIM") and child["label"] == "PERSON"
    assert len(line["relations"]) == 3
    assert line["meta"]["title"] == "قمة الناتو"


def test_quotes_export_gives_speaker_country_cue_and_sentence(quoted_record):
    rows = lines([quoted_record], "quotes")
    assert [r["label"] for r in rows] == ["QUOTE", "QUOTE"]
    first, second = rows
    text = quoted_record.text
    assert first["text"] == "سندعم لأوكرانيا حتى النهاية"
    assert text[first["start"] : first["end"]] == first["text"]
    assert first["speaker"] == "فوميو كيشيدا"
    assert first["speaker_country"] == "JP"  # from the NORP الياباني before the name
    assert first["cue"] == "وقال"
    assert first["sentence"] == text[first["sentence_start"] :].split("\n")[0].split(" وأضاف")[0]
    assert second["cue"] == "قال"  # «…»، قال ستولتنبرغ
    assert second["speaker"] == "ستولتنبرغ" and second["speaker_country"] is None
    assert second["article_id"] == quoted_record.id


def test_quotes_export_includes_claims_when_asked(quoted_record):
    rows = lines([quoted_record], "quotes", include_claims=True)
    claim = next(r for r in rows if r["label"] == "CLAIM")
    assert (claim["text"], claim["cue"], claim["sentence"]) == (
        "الحلف قوي", "وأضاف", "وأضاف أن الحلف قوي.")


def test_conll_tags_sentences_and_statement_column(quoted_record):
    out = "".join(export_chunks([quoted_record], "conll", statements=True))
    assert out.startswith(f"# id = {quoted_record.id}\n")
    sentences = [block.split("\n") for block in out.split("\n\n") if block.strip()]
    rows = [line.split("\t") for block in sentences for line in block if "\t" in line]
    assert all(len(row) == 3 for row in rows)
    tags = {row[0]: row[1:] for row in rows}
    assert tags["فوميو"] == ["B-PERSON", "O"] and tags["كيشيدا"] == ["I-PERSON", "O"]
    assert tags["ل"] == ["O", "I-QUOTE"] and tags["أوكرانيا"] == ["B-COUNTRY", "I-QUOTE"]
    assert tags["سندعم"] == ["O", "B-QUOTE"]
    assert tags["🇺🇦"] == ["O", "O"]
    # a blank line after the title line and after each full stop
    assert [block[-1].split("\t")[0] for block in sentences] == ["الناتو", ".", ".", "."]


def test_conll_never_breaks_a_sentence_inside_a_span(span_at):
    text = "قال: «نعم. لا شك» ثم مضى."
    quote = span_at(text, "نعم. لا شك", "QUOTE", "s1")
    record = Record("a", text, spans=[quote])
    out = "".join(export_chunks([record], "conll", statements=True))
    body = out.split("\n", 1)[1]
    blocks = [b for b in body.split("\n\n") if b.strip()]
    assert len(blocks) == 1  # the full stop inside the quote does not end the sentence
    plain = "".join(export_chunks([record], "conll"))
    assert len([b for b in plain.split("\n", 1)[1].split("\n\n") if b.strip()]) == 2


def test_conll_overlapping_entities_keep_the_first(span_at):
    text = "وزارة الخارجية الصينية"
    org = span_at(text, text, "ORG", "s1")
    norp = span_at(text, "الصينية", "NORP", "s2")
    out = "".join(export_chunks([Record("a", text, spans=[org, norp],
                                        relations=[])], "conll"))
    assert [line.split("\t")[1] for line in out.splitlines() if "\t" in line] == [
        "B-ORG", "I-ORG", "I-ORG"]


def test_failed_export_leaves_the_old_file_intact(tmp_path, quoted_record):
    target = tmp_path / "out.jsonl"
    target.write_text("old export\n", encoding="utf-8")

    def records():
        yield quoted_record
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        write_atomically(target, export_chunks(records(), "native"))
    assert target.read_text(encoding="utf-8") == "old export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary file left

    write_atomically(target, export_chunks([quoted_record], "native"))
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == quoted_record.id


def test_relations_to_spans_missing_from_the_export_are_left_out(quoted_record):
    partial = Record(quoted_record.id, quoted_record.text, quoted_record.meta,
                     [s for s in quoted_record.spans if s.label != "PERSON"],
                     [Relation("s4", "s3")])
    [task] = lines([partial], "prodigy")
    [line] = lines([partial], "doccano")
    assert task["relations"] == [] and line["relations"] == []


def test_quotes_country_of_a_short_later_mention_and_of_an_organisation(span_at):
    text = ("وقال وزير الخارجية التركي هاكان فيدان إن الوضع خطير. "
            "وأضاف فيدان: «لن نقبل». وقالت وزارة الخارجية الصينية: «نرفض ذلك».")
    spans = [span_at(text, "التركي", "NORP", "s1", country="TR"),
             span_at(text, "هاكان فيدان", "PERSON", "s2", canonical="هاكان فيدان"),
             span_at(text, "فيدان", "PERSON", "s3", nth=1, canonical="هاكان فيدان"),
             span_at(text, "لن نقبل", "QUOTE", "s4"),
             span_at(text, "وزارة الخارجية الصينية", "ORG", "s5"),
             span_at(text, "الصينية", "NORP", "s6", country="CN"),
             span_at(text, "نرفض ذلك", "QUOTE", "s7")]
    record = Record("a", text, spans=spans, relations=[Relation("s4", "s3"),
                                                       Relation("s7", "s5")])
    first, second = lines([record], "quotes")
    assert (first["speaker"], first["speaker_country"], first["cue"]) == (
        "هاكان فيدان", "TR", "وأضاف")
    assert (second["speaker"], second["speaker_country"], second["cue"]) == (
        "وزارة الخارجية الصينية", "CN", "وقالت")


def test_quotes_ignore_speech_verbs_inside_quotations_and_far_country_words(span_at):
    text = "«أؤكد أن الأمن عالمي». ذكر ذلك ستولتنبرغ الذي زار الصين أمس"
    spans = [span_at(text, "أؤكد أن الأمن عالمي", "QUOTE", "s1"),
             span_at(text, "ستولتنبرغ", "PERSON", "s2"),
             span_at(text, "الصين", "COUNTRY", "s3", country="CN")]
    [row] = lines([Record("a", text, spans=spans, relations=[Relation("s1", "s2")])],
                  "quotes")
    assert row["cue"] == "ذكر"
    assert row["speaker_country"] is None  # the country he visited is not his
    assert row["sentence"] == "«أؤكد أن الأمن عالمي»."
