"""The engine on hostile text and at scale: arbitrary Unicode mixed with news sentences
(hypothesis), text loaded back from any encoding, a 5 MB article on one line and a
200,000-word article.

``tests/test_properties.py`` checks the same properties on a news vocabulary with a little
arbitrary text; here every character class is in play (controls, combining marks, right-to-left
and double-width scripts, emoji sequences, zero-width and bidi characters, line separators, the
Turkish dotted and dotless i whose case changes their length), inside the words the engine
matches, names and numbers included."""

from __future__ import annotations

import json

import hostile
from hypothesis import assume, example, given
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.engine import InputError, article_from_text, compare
from tui.engine.loading import decode
from tui.engine.model import Span
from tui.engine.serialise import comparison_dict
from tui.reading import offset_at_cell, wrap
from tui.safetext import cell_safe, flat, one_line, terminal_safe

# --- strategies ------------------------------------------------------------------------------------

ODD = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u00a0", "\u202f", "\u3000", "\t", "\u2028",
       "\u2029", "\x85", "\x0b", "\x0c", "\x1b", "\x07", "\x08", "\x7f", "\x9b", "\x00", "\r", "\r\n", "\u202e",
       "\u2067", "\u2069", "\u200f", "\u0301", "\u0308", "\u20dd", "İ", "ı", "ß", "ﬁ", "ŉ", "ǰ", "\u0390", "Σ", "ς",
       "東", "京", "ｱ", "１", "👩\u200d👩\u200d👧", "🇺🇦", "👍🏽", "1\ufe0f\u20e3", "𝐁", "\U000e0041", "\uffff",
       "\U0010fffd", "ا", "ל", "[", "]", "[/]", "[@click=app.quit]", "<", ">", "&", "\\", "\"", "“", "”", "«", "»"]
"""Single characters and short sequences that break naive text handling."""

NAMES = ["Anna Berglund", "İsmail Işık", "Пётр Сомов", "Петро Сомов", "Hélène Côté", "Zoe\u0308 Ren\u0303e",
         "東京都", "Ber\u200bglund", "Ahmed قال", "Dana לוי", "Ivar Dahl", "IŞIK", "ISMAIL", "Carrow", "Kyiv",
         "Türkiye", "Turkey", "İstanbul", "istanbul"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "среду", "çarşamba", "mercredi"]
UNITS = ["families", "people", "soldiers", "million euros", "hectares", "семей", "ailenin", "世帯", "familles"]


@st.composite
def sentences(draw) -> str:
    """A news sentence that the engine reads: a name, a day, a figure, perhaps with odd characters
    inside its words."""
    name, day, unit = draw(st.sampled_from(NAMES)), draw(st.sampled_from(DAYS)), draw(st.sampled_from(UNITS))
    number = draw(st.sampled_from(["214", "241", "12", "1,000", "3.5", "٢١٤", "２１４", "a thousand", "forty"]))
    template = draw(st.sampled_from([
        "{name} said on {day} that {number} {unit} had been moved.",
        "The mayor of {name}, {name2}, said {number} {unit} were hurt on {day}.",
        "“We have never seen this,” {name} told reporters on {day}.",
        "{name} did not confirm that {number} {unit} arrived.",
        "{NAME} — {number} {unit}, {day}",
    ]))
    text = template.format(name=name, name2=draw(st.sampled_from(NAMES)), NAME=name.upper(), day=day, number=number,
                           unit=unit)
    if draw(st.booleans()):  # an odd character inside the sentence
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(ODD)) + text[at:]
    return text


pieces = st.one_of(
    sentences(),
    sentences(),
    st.sampled_from(ODD),
    st.sampled_from(list(hostile.SCRIPTS.values()) + [hostile.CONTROL, hostile.MARKUP, hostile.HTML_HOSTILE]),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=12),
    st.sampled_from(["\n", "\n\n", " ", ". ", "\r\n", "\r"]),
)


@st.composite
def hostile_pairs(draw) -> tuple[str, str]:
    """Two articles; usually the second is the first with a few pieces replaced (so they overlap
    and disagree), sometimes another text altogether."""
    left = draw(st.lists(pieces, min_size=1, max_size=14))
    if draw(st.integers(0, 4)):
        right = list(left)
        for _ in range(draw(st.integers(0, 3))):
            right[draw(st.integers(0, len(right) - 1))] = draw(pieces)
    else:
        right = draw(st.lists(pieces, min_size=1, max_size=14))
    sep = draw(st.sampled_from([" ", "\n", "\n\n"]))
    return sep.join(left), sep.join(right)


def articles(left_text: str, right_text: str):
    try:
        return article_from_text(left_text, "left.txt"), article_from_text(right_text, "right.txt")
    except InputError:
        assume(False)


def stable(c) -> str:
    d = comparison_dict(c)
    d.pop("timings_ms")
    return json.dumps(d, sort_keys=True, ensure_ascii=False)


def check_in_range(c, left, right) -> None:
    nl, nr = len(left.text), len(right.text)
    for f in c.findings:
        assert 0 <= f.left.start <= f.left.end <= nl and 0 <= f.right.start <= f.right.end <= nr
        assert f.left_text == left.text[f.left.start:f.left.end]
        assert f.right_text == right.text[f.right.start:f.right.end]
        for marks, n in ((f.left_marks, nl), (f.right_marks, nr)):
            for m in marks:
                assert 0 <= m.start <= m.end <= n
        assert f.explanation and "\n" not in one_line(f.explanation)
    for e in c.entities:
        assert e.left or e.right
        for spans, forms, text in ((e.left, e.left_forms, left.text), (e.right, e.right_forms, right.text)):
            for s in spans:
                assert 0 <= s.start < s.end <= len(text)
                assert text[s.start:s.end] in forms
    for segs, text in ((c.left_segments, left.text), (c.right_segments, right.text)):
        for s in segs:
            assert 0 <= s.start < s.end <= len(text)
            for t in s.tokens:
                assert s.start <= t.start < t.end <= s.end and t.text == text[t.start:t.end]
    for p in c.alignment:
        assert 0 <= p.left < len(c.left_segments) and 0 <= p.right < len(c.right_segments)
    assert len({f.id for f in c.findings}) == len(c.findings)


# --- properties of compare -----------------------------------------------------------------------


@given(hostile_pairs())
def test_compare_never_raises_and_every_offset_points_at_its_text(pair):
    left, right = articles(*pair)
    c = compare(left, right)
    check_in_range(c, left, right)
    json.dumps(comparison_dict(c))


@given(hostile_pairs())
def test_compare_is_deterministic(pair):
    left, right = articles(*pair)
    assert stable(compare(left, right)) == stable(compare(left, right))


@given(hostile_pairs())
def test_an_article_compared_with_itself_has_no_contradiction(pair):
    article, _ = articles(*pair)
    c = compare(article, article)
    assert [(f.type, f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction"] == []
    assert all(e.presence == "both" and not e.spelled_differently for e in c.entities)


@given(hostile_pairs())
def test_swapping_the_articles_mirrors_the_result(pair):
    left, right = articles(*pair)
    assume(left.text != right.text)
    forward, backward = compare(left, right), compare(right, left)

    def keys(c, mirrored=False):
        return sorted((f.kind, f.type, *((f.right, f.left) if mirrored else (f.left, f.right)),
                       tuple(f.right_marks if mirrored else f.left_marks),
                       tuple(f.left_marks if mirrored else f.right_marks), f.id) for f in c.findings)

    def entities(c, mirrored=False):
        return sorted((e.type, e.name, tuple(e.right if mirrored else e.left), tuple(e.left if mirrored else e.right))
                      for e in c.entities)

    assert keys(forward) == keys(backward, mirrored=True)
    assert entities(forward) == entities(backward, mirrored=True)


# --- what is shown of any text ----------------------------------------------------------------------

any_text = st.lists(st.one_of(st.characters(exclude_categories=("Cs",)), st.sampled_from(ODD)),
                    max_size=120).map("".join)


@given(any_text)
def test_shown_text_has_no_control_character_and_keeps_every_offset(text):
    for shown in (terminal_safe(text), cell_safe(text), flat(text), flat(text, cells=False)):
        assert len(shown) == len(text)
        assert not any(ord(ch) < 0x20 and ch not in "\n\t" or 0x7F <= ord(ch) <= 0x9F for ch in shown)
    assert "\n" not in flat(text) and "\t" not in flat(text)
    line = one_line(text)
    assert all(ch == " " or not ch.isspace() for ch in line) and "\x1b" not in line


@given(any_text)
@example("a family 👩\u200d👩\u200d👧, non\u200djoiner, keycap 1\ufe0f\u20e3, ❤\ufe0f, 👍🏽, \uffff, \u0378, \u3164")
def test_shown_text_is_as_wide_as_its_characters(text):
    """What the app draws has no character whose width depends on its neighbours (a joiner, an
    emoji presentation selector, a skin tone) nor one a terminal may not know: Rich's width of a
    line is the sum of its characters' widths, which is how lines are wrapped and clicks placed."""
    shown = cell_safe(text)
    assert cell_len(shown) == sum(cell_len(ch) for ch in shown)
    assert not {"\u200d", "\ufe0f", "\U0001f3fd"} & set(shown)
    shown.encode("utf-8")  # (no lone surrogate)


@given(any_text, st.integers(min_value=2, max_value=40))
@example("000001\ufe0f\u20e3", 2)  # (the keycap was two cells to Rich, one by the character)
@example("ab👩\u200d👩\u200d👧cd", 3)
def test_wrapped_lines_fit_the_pane_in_cells(text, width):
    """Soft-wrapped display text (as the panes draw it) never needs more cells than the pane has,
    wide characters counting two, except a line's trailing spaces, which are not drawn."""
    shown = cell_safe(text).replace("\t", " ")
    for a, b in wrap(shown, width):
        assert cell_len(shown[a:b].rstrip()) <= width, (shown[a:b], width)


@given(any_text, st.integers(min_value=2, max_value=40))
@example("the 👩\u200d👩\u200d👧 family and o\u200dw", 40)
def test_a_click_lands_on_the_character_drawn_there(text, width):
    """A click on the cell where Rich draws a character selects that character."""
    shown = cell_safe(text).replace("\t", " ")
    for a, b in wrap(shown, width):
        for i in range(a, b):
            if cell_len(shown[i]):
                assert offset_at_cell(shown, (a, b), cell_len(shown[a:i])) == i


# --- loading any text back from bytes ---------------------------------------------------------------

loadable = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), min_size=1, max_size=300)


@given(loadable, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]))
def test_any_text_is_loaded_back_as_written(text, codec):
    assume(text.strip() and not text.startswith(("\ufeff", "---", "<")))
    if codec in ("utf-16-le", "utf-16-be"):  # without a byte order mark: only when it has ASCII to show it
        assume(sum(ch < "\x80" for ch in text) * 40 >= len(text) * 2 and "\ufffd" not in text)
    data = text.encode(codec)
    try:
        decoded = decode(data, "t.txt")
    except InputError:
        assert codec in ("utf-16-le", "utf-16-be")  # (text with controls, private use: taken for binary)
        return
    assert decoded == text
    article = article_from_text(decoded, "t.txt")
    if not text.lstrip().startswith(("---", "<")):
        assert article.text == text.replace("\r\n", "\n").replace("\r", "\n")


# --- the corpus ---------------------------------------------------------------------------------------


def test_every_corpus_text_compared_with_the_next(tmp_path):
    """Each article of the corpus against the next one (in one order; the properties above check
    both): no failure, offsets in range."""
    from tui.engine import load_article

    loaded = []
    for name in hostile.ENCODINGS + hostile.SCRIPT_CASES + hostile.SHAPES + hostile.CONTENT:
        loaded.append(load_article(str(hostile.write(name, tmp_path / name).path)))
    for left, right in zip(loaded, loaded[1:] + loaded[:1], strict=True):
        check_in_range(compare(left, right), left, right)


# --- scale ------------------------------------------------------------------------------------------


def test_dedupe_stays_linear_when_one_sentence_matches_thousands(monkeypatch):
    """A one-sentence article against 3,000 sentences that all repeat its words: every finding lies
    in the one sentence of the short side, and each was compared with every other (quadratic: a
    5 MB article took 40 s in this step alone)."""
    calls = 0
    contains = Span.contains

    def counted(self, other):
        nonlocal calls
        calls += 1
        return contains(self, other)

    monkeypatch.setattr(Span, "contains", counted)
    big = article_from_text(hostile.one_line_text(150_000), "big.txt")
    small = article_from_text("The mayor said on Thursday that 214 families had been moved.\n", "small.txt")
    for c in (compare(small, big), compare(big, small)):  # (the engine puts one of them first by its hash)
        assert len(c.findings) > 500
    assert calls < 20 * 2 * len(c.findings)


def test_a_control_sequence_s_parameters_are_no_words_and_no_entities():
    """"\\x1b[2J", an OSC 52 clipboard write or a C1 CSI in an article: their parameters ("2J",
    "52;c;SGVsbG8=") are neither tokens nor entities, and the words around them still are."""
    from tui.engine.tokens import tokenize

    text = ("Officials met in Paris on Monday. \x1b[2J\x1b]0;pwned\x07 He said 40 people came, "
            "\x1b]52;c;SGVsbG8=\x07 and \x9b31mforty\x1b[0m more waited.\n")
    other = "Officials met in Paris on Monday. He said 45 people came.\n"
    words = [t.text for t in tokenize(text)]
    assert "2J" not in words and not any("pwned" in w or "SGVsbG8" in w or "31m" in w for w in words)
    assert {"Paris", "40", "forty", "waited"} <= set(words)
    c = compare(article_from_text(text, "a.txt"), article_from_text(other, "b.txt"))
    names = {e.name for e in c.entities}
    assert not any(("2J" in n or "52" in n or "pwned" in n or "SGVsbG8" in n) for n in names), names
    assert {"Paris", "40 people"} <= names
    assert [f.type for f in c.findings if f.kind == "contradiction"] == ["number"]
