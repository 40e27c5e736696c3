"""A deterministic corpus of news-like Arabic articles for the benchmarks.

Articles are recombined from the sentences of the shipped samples (``resources/samples``):
sentences are shuffled into paragraphs, countries are swapped for others from a list, and
attributed quotations with varied speakers and quotation-mark styles are added, so the engine,
the store and the window meet text shaped like real news. Article ``i`` of seed ``s`` is the
same whatever the corpus size (each article has its own random generator), so a small corpus
is the start of a larger one.

Generated corpora are cached as JSONL under ``benchmarks/.cache/``; the file name holds the
size, the seed and ``GENERATOR_VERSION`` (raise it whenever the output changes).
"""

from __future__ import annotations

import json
import os
import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from nato_reader.core.record import Record, article_id

GENERATOR_VERSION = 1
DEFAULT_SEED = 1
MIN_WORDS, MAX_WORDS = 300, 900

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
# NATO_BENCH_CACHE moves the cache (the tests keep theirs in a temporary folder).
CACHE = Path(os.environ.get("NATO_BENCH_CACHE") or Path(__file__).resolve().parent / ".cache")

COUNTRIES = (
    "روسيا", "الصين", "اليابان", "كوريا الشمالية", "كوريا الجنوبية", "أستراليا", "نيوزيلندا",
    "أوكرانيا", "الولايات المتحدة", "فرنسا", "ألمانيا", "بريطانيا", "تركيا", "إيران", "الهند",
    "باكستان", "مصر", "السعودية", "الأردن", "المغرب", "الجزائر", "تونس", "قطر", "الإمارات",
    "الكويت", "العراق", "سوريا", "لبنان", "إيطاليا", "إسبانيا", "بولندا", "السويد", "فنلندا",
    "النرويج", "كندا", "البرازيل", "المكسيك", "إندونيسيا", "الفلبين", "فيتنام", "تايوان",
)
CITIES = (
    "بروكسل", "واشنطن", "طوكيو", "سيول", "باريس", "برلين", "لندن", "أنقرة", "القاهرة",
    "الرياض", "عمّان", "الرباط", "الدوحة", "بغداد", "بيروت", "كييف", "موسكو", "بكين",
)
AGENCIES = ("رويترز", "أ ف ب", "أسوشيتد برس", "د ب أ", "وكالة الأنباء الفرنسية", "شينخوا")
MALE_NAMES = ("أحمد", "محمد", "خالد", "يوسف", "عمر", "ينس", "أنتوني", "إيمانويل", "أولاف",
              "فوميو", "سيرغي", "مارك", "جيمس", "ريشي", "فهد", "سامي")
FEMALE_NAMES = ("فاطمة", "مريم", "ليلى", "أنالينا", "كاترين", "جوليا", "سارة", "هند", "أورسولا")
FAMILY_NAMES = ("ستولتنبرغ", "بلينكن", "ماكرون", "شولتس", "كيشيدا", "لافروف", "روته",
                "أوستن", "سوناك", "العلي", "الخطيب", "بيربوك", "كولونا", "فون دير لاين",
                "المصري", "الحسن", "يون", "ألبانيزي", "ماو نينغ", "حداد")
TITLES = ("وزير الخارجية", "وزير الدفاع", "رئيس الوزراء", "المتحدث باسم الحكومة",
          "الأمين العام لحلف الناتو", "سفير", "المستشار", "نائب الرئيس", "رئيس البرلمان")
TITLES_F = ("وزيرة الخارجية", "وزيرة الدفاع", "رئيسة الوزراء", "المتحدثة باسم الحكومة",
            "رئيسة المفوضية الأوروبية", "سفيرة")
VERBS_M = ("قال", "أضاف", "أكد", "صرح", "أوضح", "شدد", "حذر")
VERBS_F = ("قالت", "أضافت", "أكدت", "صرحت", "أوضحت", "شددت", "حذرت")
ADVERBS = ("قائلاً", "مضيفاً", "مؤكداً", "مشيراً إلى ذلك")
# Right-to-left text often has its curly quotes swapped, so both orders occur.
QUOTE_MARKS = (('"', '"'), ("«", "»"), ("“", "”"), ("”", "“"), ("„", "“"), ("'", "'"))
_QUOTED = re.compile(r'"([^"\n]{1,400})"|«([^»\n]{1,400})»')
_SENTENCE_END = re.compile(r"(?<=[.؟!])\s+")
# A country name with its proclitics (لأوكرانيا) but not inside a longer word (الهندي).
_COUNTRY = re.compile("(?:" + "|".join(sorted(map(re.escape, COUNTRIES), key=len, reverse=True))
                      + ")(?![\u0621-\u064a])")


def _sample_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted(SAMPLES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            sentences += [s.strip() for s in _SENTENCE_END.split(line) if len(s.split()) >= 5]
    if not sentences:
        raise RuntimeError(f"no sample articles in {SAMPLES}")
    return sentences


class CorpusGenerator:
    """Articles built from the sample sentences; ``article(i)`` depends only on ``i`` and
    the seed."""

    def __init__(self, seed: int = DEFAULT_SEED) -> None:
        self.seed = seed
        self.sentences = _sample_sentences()

    def _rng(self, index: int) -> random.Random:
        return random.Random(f"nato-bench:{GENERATOR_VERSION}:{self.seed}:{index}")

    def _sentence(self, rng: random.Random, swap: dict[str, str],
                  marks: tuple[str, str] | None) -> str:
        """A sample sentence with its countries swapped and its quotations marked with
        ``marks`` (None: the marks removed, for a sentence that is itself quoted)."""
        sentence = rng.choice(self.sentences)
        sentence = _COUNTRY.sub(lambda m: swap.setdefault(m[0], rng.choice(COUNTRIES)), sentence)
        left, right = marks or ("", "")
        return _QUOTED.sub(lambda m: f"{left}{m[1] or m[2]}{right}", sentence)

    def _quote_paragraph(self, rng: random.Random, swap: dict[str, str],
                         marks: tuple[str, str]) -> str:
        female = rng.random() < 0.3
        first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
        name = f"{first} {rng.choice(FAMILY_NAMES)}"
        title = rng.choice(TITLES_F if female else TITLES)
        verb = rng.choice(VERBS_F if female else VERBS_M)
        country = rng.choice(COUNTRIES)
        said = self._sentence(rng, swap, None).rstrip(".")
        quote = f"{marks[0]}{said}{marks[1]}"
        shape = rng.randrange(3)
        if shape == 0:
            return f"و{verb} {title} في {country} {name}: {quote}."
        if shape == 1:
            return f"{quote}، {verb} {name} في مؤتمر صحفي في {rng.choice(CITIES)}."
        adverb = rng.choice(ADVERBS)
        if female:
            adverb = adverb.replace("اً", "ةً", 1)
        return f"وانتقد {name} موقف {country}، {adverb}: {quote}."

    def _body(self, rng: random.Random, target: int, limit: int) -> tuple[list[str], int]:
        swap: dict[str, str] = {}
        marks = rng.choice(QUOTE_MARKS)
        paragraphs: list[str] = []
        current: list[str] = []
        words = 0
        while words < target:
            for _ in range(8):  # a piece that would pass the limit is drawn again
                piece = (self._quote_paragraph(rng, swap, marks) if rng.random() < 0.25
                         else self._sentence(rng, swap, marks))
                if words + len(piece.split()) <= limit:
                    break
            else:
                break
            current.append(piece)
            words += len(piece.split())
            if len(current) >= rng.randint(1, 4):
                paragraphs.append(" ".join(current))
                current = []
        if current:
            paragraphs.append(" ".join(current))
        return paragraphs, words

    def article(self, index: int, *, words: int | None = None) -> Record:
        """Article ``index``: 300–900 words, or about ``words`` words when given."""
        rng = self._rng(index)
        if words is None:
            target, limit = rng.randint(MIN_WORDS, MAX_WORDS - 60), MAX_WORDS
        else:
            target, limit = words, words + 200
        swap: dict[str, str] = {}
        title = " ".join(self._sentence(rng, swap, ('"', '"')).split()[: rng.randint(6, 12)])
        title = title.rstrip(".،:")
        dateline = f"{rng.choice(CITIES)} ({rng.choice(AGENCIES)}) -"
        title_words = len(title.split()) + len(dateline.split())
        paragraphs, _ = self._body(rng, target - title_words, limit - title_words)
        text = "\n".join([title, f"{dateline} {paragraphs[0]}", *paragraphs[1:]])
        day = date(2022, 1, 1) + timedelta(days=rng.randrange(1000))
        meta = {"title": title, "source": f"bench-{self.seed}-{index}", "date": day.isoformat()}
        return Record(id=article_id(text), text=text, meta=meta)

    def articles(self, count: int, start: int = 0) -> Iterator[Record]:
        for i in range(start, start + count):
            yield self.article(i)


def cache_path(size: int, seed: int = DEFAULT_SEED) -> Path:
    return CACHE / f"corpus-v{GENERATOR_VERSION}-n{size}-s{seed}.jsonl"


def ensure_corpus(size: int, seed: int = DEFAULT_SEED) -> Path:
    """The cached JSONL file of ``size`` articles, generated on first use."""
    path = cache_path(size, seed)
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    generator = CorpusGenerator(seed)
    with tmp.open("w", encoding="utf-8") as out:
        for record in generator.articles(size):
            line = {"id": record.id, "text": record.text, "meta": record.meta}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return path


def iter_batches(size: int, seed: int = DEFAULT_SEED, *,
                 batch: int = 2000) -> Iterator[list[Record]]:
    """The corpus of ``size`` articles in lists of ``batch``, read from the cache."""
    chunk: list[Record] = []
    with ensure_corpus(size, seed).open(encoding="utf-8") as lines:
        for line in lines:
            data = json.loads(line)
            chunk.append(Record(id=data["id"], text=data["text"], meta=data["meta"]))
            if len(chunk) == batch:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def load(size: int, seed: int = DEFAULT_SEED) -> list[Record]:
    """The whole corpus of ``size`` articles in memory."""
    return [r for chunk in iter_batches(size, seed) for r in chunk]


def long_article(words: int = 10_000, seed: int = DEFAULT_SEED) -> Record:
    """One article of about ``words`` words (for opening a long article in the reader)."""
    return CorpusGenerator(seed).article(-1, words=words)
