"""Lexicon matching over the tokens of a normalised text.

At each token every proclitic reading is looked up and the longest lexicon match wins (the
unsplit reading on a tie, so واشنطن keeps its و); words glued by lost spaces are split first
(``tokens.split_glued``). Matches never overlap.

Decisions taken here (they follow CONVENTIONS and the agreed guidelines): a nationality
adjective that completes a ministry's or a government's name stays inside the ORG (``وزارة
الخارجية الصينية``, ``الحكومة الأسترالية``) and is then not a NORP; after a name that is
complete without it (``وكالة يونهاب``) it is its own NORP; after a title word
(``وزيرة الخارجية الألمانية``) it belongs to the minister, so it is a NORP.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count, pairwise, repeat, starmap
from operator import add, itemgetter, not_

from nato_reader.core.lang.function_words import FUNCTION_WORDS
from nato_reader.core.lexicon import ADJ, ADJ_REQUIRED, Entry, Lexicon, lexicon
from nato_reader.core.record import COUNTRY, NORP, ORG
from nato_reader.core.text import Normalized
from nato_reader.core.tokens import (
    WORD,
    Reading,
    Token,
    TokenList,
    WordFilter,
    cached_readings,
    positions,
    split_glued,
    vocabulary,
    words_text,
)


@dataclass(slots=True)
class Match:
    """A lexicon match over tokens ``[first, last)``; ``nstart``/``nend`` are norm offsets."""

    first: int
    last: int
    nstart: int
    nend: int
    entry: Entry


def token_stream(norm: Normalized, lex: Lexicon) -> TokenList:
    """The tokens of ``norm`` with glued words split into the known words they hold, as one
    ``TokenList`` that every rule reading the article shares."""
    tokens = _words(words_text(norm))
    words = tokens.texts()
    # Decided once per distinct word ever seen (words repeat); most need no cut at all.
    glued = {w: _glue_cuts(w) for w in _GLUED(set(words))}
    if not glued:
        return tokens
    # The words and starts of the tokens are kept alongside, so the shared list needs no
    # pass to get them.
    starts = tokens.starts()
    out: list[Token] = []
    out_words: list[str] = []
    out_starts: list[int] = []
    done = 0
    for k in compress(count(), map(glued.__contains__, words)):
        out.extend(tokens[done:k])
        out_words.extend(words[done:k])
        out_starts.extend(starts[done:k])
        tok = tokens[k]
        bounds = (0, *glued[tok.text], len(tok.text))
        parts = [Token(tok.start + a, tok.start + b, tok.text[a:b]) for a, b in pairwise(bounds)]
        out.extend(parts)
        out_words.extend(map(_TEXT, parts))
        out_starts.extend(map(_START, parts))
        done = k + 1
    out.extend(tokens[done:])
    out_words.extend(words[done:])
    out_starts.extend(starts[done:])
    return TokenList(out, out_words, out_starts)


def _words(s: str) -> TokenList:
    """The ``WORD`` tokens of ``s``, in order.

    Most space-separated chunks of prose are whole words, which ``str.isalnum`` (the same
    test as ``WORD``) recognises without the regex engine visiting every character; only the
    chunks holding punctuation or line breaks are searched. Offsets come from summing lengths,
    and every pass over the chunks is C-level, since an article makes one token per word.
    Common punctuation is blanked first (same length, so offsets hold): it is never part of
    a word, and ``str.replace`` finds it much faster than a scan in Python."""
    for ch in _PUNCTUATION:
        if ch in s:
            s = s.replace(ch, " ")
    chunks = s.split(" ")
    # A chunk starts after the chunks before it and one space after each (adding the space to
    # each length first keeps the additions on small, preallocated ints).
    chunk_starts = accumulate(map(add, map(len, chunks), repeat(1)), initial=0)
    starts: list[int] = []
    if s.replace(" ", "").isalnum():
        # One test of the whole text instead of one per chunk: usually every chunk is then a
        # word or empty (two spaces in a row), and empty strings are false.
        firsts = list(compress(chunk_starts, chunks))
        words = list(filter(None, chunks))
        mixed = []
    else:
        starts = list(chunk_starts)
        clean = list(map(str.isalnum, chunks))
        firsts = list(compress(starts, clean))
        words = list(compress(chunks, clean))
        mixed = [k for k in compress(count(), map(not_, clean)) if chunks[k]]
    # starmap hands each zipped tuple to tuple.__new__ as its argument tuple, where map
    # would pack a fresh one per token (hence no RUF058).
    fields = zip(firsts, map(add, firsts, map(len, words)), words, strict=True)
    tokens = TokenList(starmap(tuple.__new__, zip(repeat(Token), fields)),  # noqa: RUF058
                       words, firsts)
    if not mixed:
        return tokens
    finditer = WORD.finditer
    for k in mixed:
        tokens.extend(Token(*m.span(), m.group())
                      for m in finditer(s, starts[k], starts[k] + len(chunks[k])))
    tokens.sort()  # two sorted runs: a linear merge; no two tokens share a start
    return tokens


_START, _TEXT = itemgetter(0), itemgetter(2)
# Non-word characters that prose is full of.
_PUNCTUATION = "\n\t\r.,:;!?\"'()[]{}-/،؛؟«»“”…–—„%"


# Prepositions that lose their space before a definite name, as folded (إلى → الي).
_GLUED_PREPOSITIONS = ("الي", "علي", "في", "من", "عن")


@lru_cache(maxsize=1 << 16)
def _glue_cuts(word: str) -> tuple[int, ...]:
    """Where a glued word splits into known words (remembered per word: words repeat)."""
    if len(word) < 6:
        return ()
    lex = lexicon()
    if word in lex.words or any(r.key in lex.words for r in cached_readings(word)):
        return ()
    for preposition in _GLUED_PREPOSITIONS:
        # إلىالولايات المتحدة: a preposition written onto the definite name after it, which
        # split_glued does not see, since a preposition is no lexicon word.
        rest = word[len(preposition):]
        if word.startswith(preposition) and rest.startswith("ال") and rest in lex.words:
            return (len(preposition),)
    parts = split_glued(Token(0, len(word), word), lex.known_word, lex.entries.__contains__)
    if parts:
        return tuple(p.start for p in parts[1:])
    # موريتانياومالي، لأوكرانياوحلفائها: a country written onto the و of the next word, which
    # may be any word (or مالي, no lexicon word); the country decides alone.
    k = word.find("و", 4)
    while 0 < k <= len(word) - 4:
        if any((e := lex.entries.get(r.key)) is not None and e.label == COUNTRY
               for r in cached_readings(word[:k])):
            return (k,)
        k = word.find("و", k + 1)
    return ()


# The words whose spaces were lost: they split into known words.
_GLUED = WordFilter(_glue_cuts)


def joined(norm: str, a: Token, b: Token) -> bool:
    """Whether two tokens are neighbours in one phrase: only spaces (or nothing) between."""
    gap = norm[a.end : b.start]
    return not gap or gap == " " or (gap.isspace() and "\n" not in gap and len(gap) < 4)


def _match_at(toks: list[Token], i: int, norm: str, lex: Lexicon) -> Match | None:
    best: Match | None = None
    trie = lex.trie
    n = len(toks)
    first = toks[i]
    for offset, key in _start_readings(first.text):
        node = trie.get(key)
        if node is None:  # a lexicon other than the shipped one, whose starters these are
            continue
        entry = node.entry
        following = node.next
        last = j = i + 1
        prev = first
        # Tuple fields by index and the usual one-space gap tested inline: this runs for
        # every place a lexicon entry may begin.
        while following and j < n:
            tok = toks[j]
            if not (tok[0] - prev[1] == 1 and norm[prev[1]] == " ") and not joined(
                    norm, prev, tok):
                break
            node = following.get(tok[2])
            if node is None:
                break
            j += 1
            prev = tok
            if node.entry is not None:
                entry, last = node.entry, j
            following = node.next
        if entry is not None and (best is None or last > best.last):
            best = Match(i, last, first[0] + offset, toks[last - 1][1], entry)
    return best


def _norp_at(toks: list[Token], i: int, norm: str, lex: Lexicon) -> Match | None:
    """A nationality adjective written without proclitic at token ``i``, if any."""
    if i >= len(toks):
        return None
    m = _match_at(toks, i, norm, lex)
    if m is None or m.entry.label != NORP or m.nstart != toks[i].start:
        return None
    return m


@lru_cache(maxsize=1 << 16)
def _start_readings(word: str) -> tuple[Reading, ...]:
    """The readings of ``word`` that begin a lexicon entry (most words have none)."""
    starters = lexicon().starters
    if len(word) == 1:
        # أ ف ب: an abbreviation's letters have no readings (no stem is one letter long).
        return (Reading(0, word),) if word in starters else ()
    return tuple(r for r in cached_readings(word) if r.key in starters)


# The words that may begin an entry (most words cannot).
_STARTING = WordFilter(_start_readings)


def _after_title_head(toks: list[Token], i: int, norm: str, lex: Lexicon) -> bool:
    """Whether token ``i`` directly follows a title word (وزير، وزيرة، نائب وزير …)."""
    if i == 0 or not joined(norm, toks[i - 1], toks[i]):
        return False
    return any(r.key in lex.titles for r in cached_readings(toks[i - 1].text))


def _full_name_end(toks: list[Token], i: int, lex: Lexicon) -> int:
    """The end of a listed full name starting at token ``i``, or ``i``."""
    for n in range(min(lex.longest_full_name, len(toks) - i), 1, -1):
        if " ".join(t.text for t in toks[i : i + n]) in lex.full_names:
            return i + n
    return i


_MINISTRY = "وزاره"
_MINISTRY_ENTRY = Entry(ORG, flags=frozenset({ADJ}))


def _ministry_at(toks: list[Token], i: int, norm: str, lex: Lexicon) -> Match | None:
    """A ministry the lexicon does not list, by pattern: وزارة + its portfolio (الشباب
    والرياضة، الدفاع الوطني); a nationality adjective after it is added like any ORG's."""
    offset = _ministry_offset(toks[i].text)
    if offset is None:
        return None
    j, n = i + 1, len(toks)
    while j < n and j - i <= 4 and joined(norm, toks[j - 1], toks[j]):
        word = toks[j].text
        if word.startswith("وال") and j > i + 1:
            word = word[1:]
        entry = lex.entries.get(word)
        if (not word.startswith("ال") or len(word) < 5 or word in FUNCTION_WORDS
                or (entry is not None and entry.label != ORG)):
            break
        j += 1
    if j == i + 1:
        return None
    return Match(i, j, toks[i].start + offset, toks[j - 1].end, _MINISTRY_ENTRY)


@lru_cache(maxsize=1 << 16)
def _ministry_offset(word: str) -> int | None:
    """Where وزارة starts in ``word`` after its proclitics, if it is that word."""
    return next((r.offset for r in cached_readings(word) if r.key == _MINISTRY), None)


def _feminine(word: str) -> bool:
    """Whether a folded noun or adjective has a feminine ending (ة folds to ه; ات plurals)."""
    return word.endswith(("ه", "ات"))


def lexicon_matches(toks: list[Token], norm: str, lex: Lexicon) -> list[Match]:
    """Non-overlapping lexicon matches, longest first at each position, left to right."""
    out: list[Match] = []
    n = len(toks)
    free = 0  # the first token not inside a match
    for i in positions(toks, _STARTING(vocabulary(toks))):
        if i < free:
            continue
        m = _match_at(toks, i, norm, lex)
        # A substring test first: only a word that holds وزارة can be read as it.
        if _MINISTRY in toks[i].text and _ministry_offset(toks[i].text) is not None:
            ministry = _ministry_at(toks, i, norm, lex)
            if ministry is not None and (m is None or ministry.last > m.last):
                m = ministry
        if m is None:
            continue
        if toks[i].text in lex.full_name_starts and _full_name_end(toks, i, lex) >= m.last:
            continue  # جورجيا ميلوني is a person, not Georgia
        flags = m.entry.flags
        if ADJ_REQUIRED in flags and _after_title_head(toks, m.first, norm, lex):
            # وزيرة الخارجية الألمانية: a title, whose adjective belongs to the minister.
            continue
        if ADJ in flags or ADJ_REQUIRED in flags:
            adj = (_norp_at(toks, m.last, norm, lex)
                   if m.last < n and joined(norm, toks[m.last - 1], toks[m.last]) else None)
            # The adjective agrees with the name's head noun: وزارة الخارجية الصينية is one
            # name, but in وزير الخارجية الصيني the adjective belongs to the minister.
            if adj is not None and _feminine(toks[m.first].text) != _feminine(
                toks[adj.first].text
            ):
                adj = None
            if adj is not None:
                m = Match(m.first, adj.last, m.nstart, adj.nend,
                          Entry(ORG, adj.entry.country, "", flags))
            elif ADJ_REQUIRED in flags:
                continue
        if m.entry.label == ORG and i > 0 and (not out or out[-1].last < i):
            m = _with_kind_noun(toks, m, norm)
        out.append(m)
        free = m.last
    return out


# Nouns that name the kind of an organisation and belong to its name when written before it
# (منظمة أطباء بلا حدود، حركة طالبان). Not شركة: a listed company is named without it, as its
# quoted name is (شركة سوناطراك → سوناطراك).
_KIND_NOUNS = frozenset({
    "منظمه", "حركه", "جماعه", "مجموعه", "وكاله", "مؤسسه", "معهد", "جامعه", "تنظيم", "حزب",
})


def _with_kind_noun(toks: list[Token], m: Match, norm: str) -> Match:
    prev = toks[m.first - 1]
    if not joined(norm, prev, toks[m.first]) or m.nstart != toks[m.first].start:
        return m
    if m.entry.canonical.split(" ")[0] in (prev.text, "ال" + prev.text):
        return m
    for r in cached_readings(prev.text):
        if r.key in _KIND_NOUNS:
            return Match(m.first - 1, m.last, prev.start + r.offset, m.nend, m.entry)
    return m


