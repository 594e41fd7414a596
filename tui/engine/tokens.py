"""Tokenising and normalising: words with offsets, and the keys they are compared by.

Two keys per word: ``norm`` decides whether two words are *the same* (used by the
diff: case, curly quotes, dashes, accents, British/American spelling and number
formats do not count), and ``concept`` decides whether two sentences talk about the
same thing (used by alignment: synonyms, demonyms and plurals fold together too).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

from tui.engine import lexicon
from tui.engine.model import Token
from tui.engine.patterns import literal_alternation

_TOKEN_RE = re.compile(
    r"""
      (?:[^\W\d_]\.){2,}                    # dotted acronyms: U.S. U.K.
    | \d+(?:[.,:]\d+)*(?:[-–]?[^\W\d_]+)*   # numbers: 1,000 3.5 13:35 30-day 3pm
    | [^\W_]+(?:['’\-‐\u2011][^\W_]+)*      # words: cease-fire Russia's didn't
    """,
    re.VERBOSE,
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "‛": "'", "`": "'", "“": '"', "”": '"', "„": '"',
                         "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-"})
_DASHES = frozenset(chr(k) for k, v in _QUOTES.items() if v == "-") | {"-"}
"""Characters that become "-" when quotes and dashes are folded."""
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?[a-z]*$")
"""A figure with thousands separators, with a unit written onto it or not ("35,000", "35,000ft")."""
_TRAILING_ZEROS = re.compile(r"(\d+)\.(\d*?)0+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case, accents, curly quotes and dashes folded: the spelling-insensitive form."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold().replace("ı", "i")


@lru_cache(maxsize=65536)
def normalise_word(word: str) -> str:
    """The key two words are compared by in a diff."""
    w = fold(word)
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("s'"):
        w = w[:-1]
    if "." in w and re.fullmatch(r"(?:[^\W\d_]\.){2,}", w):
        return w.replace(".", "")
    if w[:1].isdigit():
        if _THOUSANDS.match(w):
            w = w.replace(",", "")
        if "." in w and w[-1] == "0":  # one value, however many zeros end it: "412.30" = "412.3"
            m = _TRAILING_ZEROS.fullmatch(w)
            if m:
                w = m.group(1) + (("." + m.group(2)) if m.group(2) else "")
        return w.replace("-", "")
    if w in lexicon.SPELLING:
        return lexicon.SPELLING[w]
    w = w.replace("-", "")
    if w in lexicon.SPELLING:
        return lexicon.SPELLING[w]
    base = w.rstrip("s") if w.endswith("ours") else w
    if base in lexicon.OUR_WORDS:
        return w.replace("our", "or")
    m = re.fullmatch(r"([a-z]{3,})is(e|es|ed|er|ers|ing|ation|ations)", w)
    if m and (m.group(1) + "ise") not in lexicon.ISE_EXCEPTIONS:
        return f"{m.group(1)}iz{m.group(2)}"
    m = re.fullmatch(r"([a-z]{3,})ys(e|es|ed|ing)", w)
    if m and m.group(1).endswith(("al", "aral")):
        return f"{m.group(1)}yz{m.group(2)}"
    return w


@lru_cache(maxsize=65536)
def concept(norm: str) -> str:
    """The key two words share when they say the same thing (for alignment only)."""
    from tui.engine import gazetteer

    if norm in lexicon.SYNONYMS:
        return lexicon.SYNONYMS[norm]
    country = gazetteer.DEMONYM_TO_PLACE.get(norm)
    if country:
        return fold(country)
    alias = gazetteer.ALIAS_KEY.get(norm)
    if alias:
        return alias
    if len(norm) > 4 and not norm[:1].isdigit():
        if norm.endswith("ies"):
            return norm[:-3] + "y"
        if norm.endswith("s") and not norm.endswith(("ss", "us", "is")):
            return norm[:-1]
    return norm


def _number_value(norm: str) -> float | None:
    try:
        return float(norm)
    except ValueError:
        return None


def _merge_numbers(tokens: list[Token]) -> list[Token]:
    """Fold number phrases ("a thousand", "1.5 million", "twenty-five") into one token."""
    out: list[Token] = []
    i, n = 0, len(tokens)
    number_words, scale_words = lexicon.NUMBER_WORDS, lexicon.SCALE_WORDS
    while i < n:
        t = tokens[i]
        low = t.norm
        if not (low in number_words or (i + 1 < n and tokens[i + 1].norm in scale_words)
                or not _DASHES.isdisjoint(t.text)):
            out.append(t)  # cannot start a number phrase (any of the cases below needs one of these)
            i += 1
            continue
        value: float | None = None
        j = i
        if low in ("a", "an") and i + 1 < n and tokens[i + 1].norm in lexicon.SCALE_WORDS:
            value, j = 1.0, i + 1
            part = _part_before(out)
            if part:  # "half a million", "a quarter of a million": a part of the scale
                value, dropped = part
                t = out[-dropped]
                del out[-dropped:]
        elif low in lexicon.NUMBER_WORDS:
            value = float(lexicon.NUMBER_WORDS[low])
        elif "-" in t.text.translate(_QUOTES) and all(
            p in lexicon.NUMBER_WORDS for p in fold(t.text).split("-")
        ):
            value = float(sum(lexicon.NUMBER_WORDS[p] for p in fold(t.text).split("-")))
        elif re.fullmatch(r"\d+(?:\.\d+)?", low) and i + 1 < n and tokens[i + 1].norm in lexicon.SCALE_WORDS:
            value = _number_value(low)
        if value is None:
            out.append(t)
            i += 1
            continue
        # absorb following number words and scales: "two hundred thousand"
        k = j + 1
        total, current = 0.0, value
        if tokens[j].norm in lexicon.SCALE_WORDS and j > i:
            current = value * lexicon.SCALE_WORDS[tokens[j].norm]
        while k < n:
            w = tokens[k].norm
            if w in lexicon.SCALE_WORDS:
                current = (current or 1) * lexicon.SCALE_WORDS[w]
                if lexicon.SCALE_WORDS[w] >= 1000:
                    total, current = total + current, 0.0
            elif w in lexicon.NUMBER_WORDS and lexicon.NUMBER_WORDS[w] < 100:
                current += lexicon.NUMBER_WORDS[w]
            elif w == "and" and k + 1 < n and tokens[k + 1].norm in lexicon.NUMBER_WORDS:
                pass
            else:
                break
            k += 1
        number = total + current
        key = _number_key(number)
        out.append(Token(t.start, tokens[k - 1].end, "", key, False))
        i = k
    return out


_PARTS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}


def _part_before(out: list[Token]) -> tuple[float, int] | None:
    """The part of a scale written before "a million" ("half a million": 0.5; "a quarter of a
    million": 0.25), with how many of the tokens read so far it takes."""
    if out and out[-1].norm == "half":
        return 0.5, 1
    if len(out) >= 2 and out[-1].norm == "of" and out[-2].norm in _PARTS:
        dropped = 3 if len(out) >= 3 and out[-3].norm in ("a", "one") else 2
        return _PARTS[out[-2].norm], dropped
    return None


def _number_key(number: float) -> str:
    """A number phrase's value as its token's key, in plain digits: "4.1 billion" is
    4100000000 (the float product's last bits do not count), "2.5" stays "2.5" (never "4.1e+09",
    which no figure pattern reads)."""
    whole = round(number)
    if abs(number - whole) <= 1e-9 * max(1.0, abs(number)):
        return str(whole)
    return f"{number:.6f}".rstrip("0").rstrip(".")


_NUMBER_WORDS = sorted(set(lexicon.NUMBER_WORDS) | set(lexicon.SCALE_WORDS))
_NUMBER_WORD_RE = re.compile(
    # a trie of the words (patterns.py), after a look-ahead on their first letters: a scan
    # several times faster than trying each word at every position
    r"\b(?=[" + "".join(sorted({w[0] for w in _NUMBER_WORDS})) + r"])(?:"
    + literal_alternation(_NUMBER_WORDS) + r")\b",
    re.IGNORECASE,
)
_US_FORMS = frozenset(("US", "U.S.", "U.S"))
_new_token = tuple.__new__
_WORD_INFO: dict[str, tuple[str, str, bool]] = {}
"""word -> (word, norm, stop): what a token of that word carries besides its offsets."""
_WORD_INFO_MAX = 1 << 18


def _word_info(word: str) -> tuple[str, str, bool]:
    if len(_WORD_INFO) >= _WORD_INFO_MAX:
        _WORD_INFO.clear()
    norm = normalise_word(word)
    info = _WORD_INFO[word] = (word, norm, norm in lexicon.STOPWORDS and word not in _US_FORMS)
    return info


_CONTROL_SEQUENCE = re.compile(
    r"""
      (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?                    # CSI: ESC [ 2 J, and C1 CSI
    | (?:\x1b[\]P^_X]|[\x90\x9d\x9e\x9f\x98])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?   # OSC, DCS, PM, APC, SOS
    | \x1b[ -/]*[0-~]?                                         # any other escape
    """,
    re.VERBOSE,
)
"""A terminal control sequence in article text: its parameters ("2J", "52;c;SGVsbG8=") are no words."""


_INTRODUCER = re.compile(r"[\x1b\x90\x98\x9b\x9d-\x9f]")


@lru_cache(maxsize=8)
def control_spans(text: str) -> tuple[list[int], list[int]]:
    """Where ``text``'s terminal control sequences start and end (two sorted lists)."""
    if not _INTRODUCER.search(text):
        return [], []
    spans = [m.span() for m in _CONTROL_SEQUENCE.finditer(text)]
    return [a for a, _ in spans], [b for _, b in spans]


def between_controls(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut around the terminal control sequences in it: the stretches of
    text proper (the whole range when it has none: the usual case, one quick scan)."""
    starts, ends = control_spans(text)
    if not starts or not _INTRODUCER.search(text, start, end):
        return [(start, end)]
    k = bisect.bisect_right(ends, start)
    out, pos = [], start
    while k < len(starts) and starts[k] < end:
        if starts[k] > pos:
            out.append((pos, starts[k]))
        pos = max(pos, ends[k])
        k += 1
    if pos < end:
        out.append((pos, end))
    return out


_SCALED_FIGURE = re.compile(r"\d(?:bn|mn|tn|trn|m|k)\b", re.IGNORECASE)
SCALE_SUFFIXES = {"bn": 1e9, "mn": 1e6, "tn": 1e12, "trn": 1e12, "m": 1e6, "k": 1e3}
"""Scales written onto a figure ("4.7bn"); "m" and "k" only after a currency sign ("£2m")."""
_FIGURE_WITH_SCALE = re.compile(r"(\d+(?:\.\d+)?)(bn|mn|tn|trn|m|k)")
_CURRENCY_SIGNS = frozenset("$€£¥₹₽₺₩")


def _scaled(text: str, tokens: list[Token]) -> list[Token]:
    """Figures with their scale written on ("4.7bn", "$4.5m") keyed by their value, as "4.7
    billion" is: "m" and "k" only after a currency sign ("£2m", not "the 100m final")."""
    out = []
    for t in tokens:
        m = _FIGURE_WITH_SCALE.fullmatch(t.norm) if t.norm[:1].isdigit() else None
        if m and (len(m.group(2)) > 1 or text[t.start - 1:t.start] in _CURRENCY_SIGNS):
            t = t._replace(norm=_number_key(float(m.group(1)) * SCALE_SUFFIXES[m.group(2)]))
        out.append(t)
    return out


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]`` with offsets into ``text`` (none inside a terminal
    control sequence)."""
    end = len(text) if end is None else end
    get = _WORD_INFO.get
    # one tuple a token, from the cached facts about its word (a hot loop: 100k+ tokens)
    raw: list[Token] = [_new_token(Token, m.span() + (get(w) or _word_info(w)))
                        for a, b in between_controls(text, start, end)
                        for m in _TOKEN_RE.finditer(text, a, b) for w in (m.group(),)]
    if _SCALED_FIGURE.search(text, start, end):
        raw = _scaled(text, raw)
    if not _NUMBER_WORD_RE.search(text, start, end):
        return raw
    tokens = _merge_numbers(raw)
    # merged tokens lose their text: restore it from the source
    return [t if t.text else Token(t.start, t.end, text[t.start:t.end], t.norm, False) for t in tokens]
