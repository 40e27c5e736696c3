"""Tokens of the normalised text, their proclitics, and words glued together by lost spaces.

Everything here works on ``Normalized.norm`` offsets. Proclitics are never stripped blindly:
``readings`` lists every way a token may split into proclitics + stem, and the caller keeps
the reading whose stem the lexicon knows (the و of واشنطن, the ل of لبنان, the ك of كندا stay
part of the name because the unsplit word is itself known and wins).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import lru_cache
from itertools import chain, compress
from operator import itemgetter
from threading import Lock
from typing import NamedTuple

from nato_reader.core.text import Normalized

# A word: letters and digits of any script (marks and tatweel are already folded away).
# Written ``[…][…]*``, not ``[…]+``: ``re`` then skips to a word's first letter by a tight scan
# instead of trying a match at every character, several times faster over a whole text.
WORD = re.compile(r"[^\W_][^\W_]*")
# A hashtag (#حلف_الناتو) is a label, not prose: no entity spans inside it.
HASHTAG = re.compile(r"#[\w]+")

# Conjunction, then preposition: و ف, ب ل ك, and their combinations (وب ول فل وك …).
PROCLITICS: tuple[str, ...] = (
    "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك",
)
_MIN_STEM = 2


class Token(NamedTuple):
    """A word in the norm text: ``[start, end)`` are norm offsets.

    A named tuple rather than a dataclass: an article makes one per word, and a tuple is
    several times cheaper to build."""

    start: int
    end: int
    text: str


class Reading(NamedTuple):
    """One segmentation of a token: ``key`` is the stem to look up (with ال restored after
    ل+ال), and the stem starts ``offset`` characters into the token."""

    offset: int
    key: str


def words_text(norm: Normalized | str) -> str:
    """The norm text with hashtags blanked out (same length, so offsets hold)."""
    s = norm.norm if isinstance(norm, Normalized) else norm
    if "#" in s:
        s = HASHTAG.sub(lambda m: " " * len(m.group()), s)
    return s


def tokenize(norm: Normalized | str) -> list[Token]:
    """The words of the norm text, hashtags left out."""
    return [Token(m.start(), m.end(), m.group()) for m in WORD.finditer(words_text(norm))]


_START, _TEXT = itemgetter(0), itemgetter(2)


class TokenList(list[Token]):
    """The tokens of one text, with their distinct words and the places of each word worked
    out once: every rule that reads an article asks these of the same tokens, so they are
    shared instead of recomputed by each. The tokens are never changed after tokenising; the
    memo is dropped if the length changes all the same."""

    __slots__ = ("_size", "_starts", "_texts", "_vocab", "_where")

    def __init__(self, tokens: Iterable[Token] = (), texts: list[str] | None = None,
                 starts: list[int] | None = None) -> None:
        """``texts`` and ``starts``, when the caller has them already, are the tokens' words
        and start offsets in order."""
        super().__init__(tokens)
        self._texts: list[str] | None = texts
        self._starts: list[int] | None = starts
        self._size = -1
        self._vocab: set[str] = set()
        self._where: dict[str, list[int]] = {}

    def texts(self) -> list[str]:
        """The word of each token, in order (shared: read it, never change it)."""
        texts = self._texts
        if texts is None or len(texts) != len(self):
            texts = self._texts = list(map(_TEXT, self))
        return texts

    def starts(self) -> list[int]:
        """The start of each token, in order (shared: read it, never change it)."""
        starts = self._starts
        if starts is None or len(starts) != len(self):
            starts = self._starts = list(map(_START, self))
        return starts

    def word_index(self) -> tuple[set[str], dict[str, list[int]]]:
        """The distinct words and, for each, the indices of its tokens in order."""
        if self._size != len(self):
            # A list only for a word's first place, not for every token; ``dict.get`` costs
            # fewer instructions here than a defaultdict's lookup and a dict copy.
            where: dict[str, list[int]] = {}
            get = where.get
            for i, w in enumerate(self.texts()):
                places = get(w)
                if places is None:
                    where[w] = [i]
                else:
                    places.append(i)
            self._where, self._vocab, self._size = where, set(where), len(self)
        return self._vocab, self._where


def token_starts(toks: list[Token]) -> list[int]:
    """The start of each token of ``toks``, in order: rules bisect it to find the token at
    an offset. Shared by everyone asking about the same ``TokenList``: read it, never change
    it."""
    if isinstance(toks, TokenList):
        return toks.starts()
    return list(map(_START, toks))


def vocabulary(toks: list[Token]) -> set[str]:
    """The distinct words of ``toks``: rules decide once per word, since words repeat.
    The set is shared by everyone asking about the same ``TokenList``: read it, never change
    it."""
    if isinstance(toks, TokenList):
        return toks.word_index()[0]
    return set(map(_TEXT, toks))


def positions(toks: list[Token], words: Collection[str]) -> list[int]:
    """The indices of the tokens whose text is one of ``words``, in order.

    On a ``TokenList`` the places of each word are looked up in its index; otherwise built by
    C-level passes (compress/map), not a Python loop, since an article makes one token per
    word."""
    if isinstance(toks, TokenList):
        vocab, where = toks.word_index()
        if len(words) <= len(vocab):
            hits = [where[w] for w in words if w in where]
        else:
            hits = [where[w] for w in vocab if w in words]
        if len(hits) == 1:
            return list(hits[0])
        return sorted(chain.from_iterable(hits))
    return list(compress(range(len(toks)), map(words.__contains__, map(_TEXT, toks))))


class WordFilter:
    """The words of an article's vocabulary that pass ``test``, each word tested once ever.

    Articles share most of their vocabulary, so only the words not seen before are tested and
    the answer is set arithmetic (C-level) rather than a call per distinct word. Bounded: it
    starts afresh once it holds 65,536 words. Articles may be analysed on worker threads,
    hence the lock. ``test`` must give a word the same answer every time."""

    _LIMIT = 1 << 16

    def __init__(self, test: Callable[[str], object]) -> None:
        self._test = test
        self._lock = Lock()
        self._seen: set[str] = set()
        self._passed: set[str] = set()

    def __call__(self, vocab: set[str]) -> set[str]:
        with self._lock:
            new = vocab - self._seen
            if new:
                if len(self._seen) + len(new) > self._LIMIT:
                    self._seen.clear()
                    self._passed.clear()
                    new = set(vocab)
                self._passed.update(filter(self._test, new))
                self._seen |= new
            return vocab & self._passed


def readings(word: str) -> Iterator[Reading]:
    """Every proclitic segmentation of ``word``, the unsplit word first.

    After ل (ل ول فل) a stem starting with ل may be the article's lam of ل+ال (للصين = ل +
    الصين): that reading's key restores the alef while its offset keeps the lam in the span,
    as CONVENTIONS asks (``للصين`` → ``لصين``).
    """
    for p in PROCLITICS:
        if not word.startswith(p) or len(word) - len(p) < _MIN_STEM:
            continue
        rest = word[len(p):]
        yield Reading(len(p), rest)
        if p.endswith("ل") and rest.startswith("ل") and not rest.startswith("ال"):
            yield Reading(len(p), "ا" + rest)


@lru_cache(maxsize=1 << 16)
def cached_readings(word: str) -> tuple[Reading, ...]:
    """``readings`` remembered per word: news vocabulary repeats, so most calls are hits."""
    return tuple(readings(word))


def split_glued(
    token: Token,
    known: Callable[[str], bool],
    names: Callable[[str], bool] | None = None,
    depth: int = 2,
) -> list[Token] | None:
    """Split a word whose spaces were lost (روسياوالصين, الولاياتالمتحدة) into known words.

    A split is tried where the next word starts with و or ال, the joins that scraping loses
    most; both sides must be words the lexicon knows (``known`` gets each side's readings), so
    ordinary words that merely contain و or ال are left alone. Elsewhere (فرنساألمانيا) both
    sides must be whole names (``names``), each at least four letters long.
    """
    w = token.text
    if len(w) < 6:
        return None
    for k in range(3, len(w) - 2):
        glue = w[k] == "و" or w.startswith("ال", k)
        if not glue and (names is None or k < 4 or len(w) - k < 4):
            continue
        left, right = w[:k], w[k:]
        test = known if glue else names
        if test is None or not any(test(r.key) for r in readings(left)):
            continue
        right_tok = Token(token.start + k, token.end, right)
        if any(test(r.key) for r in readings(right)):
            return [Token(token.start, token.start + k, left), right_tok]
        if depth > 1:
            rest = split_glued(right_tok, known, names, depth - 1)
            if rest:
                return [Token(token.start, token.start + k, left), *rest]
    return None
