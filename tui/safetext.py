"""Making article text safe to show: no terminal control sequences ever pass through, and every
character takes the cells the terminal gives it.

Article text is data. Control characters (ESC, BEL, backspace, C0 and C1 controls; bidi
overrides are kept, as they are part of real text) are replaced by visible placeholders of the
same length in code points (one character each), so offsets into the text still line up.

For the terminal (``cell_safe``, and ``one_line`` and ``flat`` built on it), the characters whose
width Rich (and so Textual) and terminals disagree on are also replaced one for one: a zero
width joiner (Rich joins "o‍w" into one cell, terminals draw two; an emoji sequence becomes its
emoji side by side, the same everywhere), the emoji variation selector (VS16, which Rich widens
and tmux does not) and skin-tone modifiers (no cell to Rich, two to a terminal) by a word joiner
(U+2060: no cell anywhere, no line break), Hangul fillers by spaces, and unassigned code points and
lone surrogates (which cannot even be written) by U+FFFD. Exports keep the text as it is, but
for its control characters (``terminal_safe``).
"""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_PICTURES = {0x1B: "␛", 0x07: "␇", 0x08: "␈", 0x00: "␀", 0x7F: "␡", 0x0D: "␍", 0x0C: "␌", 0x0B: "␋"}
_WIDTHS = {0x200D: "\u2060", 0xFE0F: "\u2060", 0x3164: "\u3000", 0xFFA0: " "} | {
    code: "\u2060" for code in range(0x1F3FB, 0x1F400)}
"""Characters Rich and terminals measure differently, and what is drawn instead (as wide)."""


def _placeholder(m: re.Match[str]) -> str:
    code = ord(m.group())
    if code in _PICTURES:
        return _PICTURES[code]
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block
    return "�"


def terminal_safe(text: str) -> str:
    """``text`` with every control character (but newline and tab) made visible, 1:1."""
    return _CONTROL.sub(_placeholder, text)


_UNEVEN = re.compile("[\u200d\ufe0f\U0001f3fb-\U0001f3ff]")
WORD_JOINER = "\u2060"


def even_widths(text: str) -> str:
    """``text`` with what terminals draw at different widths made zero-width, 1:1 (offsets still
    line up): the zero-width joiner of emoji sequences, the emoji variation selector and the
    skin-tone modifiers become word joiners (U+2060, no cell anywhere, no line break).

    Terminals disagree on these: "❤️" (heart + variation selector) is two cells for Rich and
    kitty, one for tmux; a thumbs-up with a skin tone two for Rich, four for tmux; a family
    joined by ZWJs two cells for tmux and Rich, six for xterm and VTE. Where the terminal and
    Rich (which lays out every line) disagree, the rest of the row shifts and the panes no longer
    line up. Without them every character has one width everywhere: the family shows as its
    members side by side, the heart in text style, the thumb without its tone."""
    return _UNEVEN.sub(WORD_JOINER, text) if _UNEVEN.search(text) else text


def cell_safe(text: str) -> str:
    """``terminal_safe(text)``, and every character Rich and terminals would measure differently
    replaced by one they agree on, 1:1 (see the module's docstring and ``even_widths``): what the
    app draws."""
    text = terminal_safe(text)
    if text.isascii():
        return text
    table = dict(_WIDTHS)
    for ch in set(text):  # (the distinct characters: a few hundred even in a long article)
        if ord(ch) > 0x7F and unicodedata.category(ch) in ("Cn", "Cs"):
            table[ord(ch)] = "\ufffd"
    return text.translate(table)


def one_line(text: str) -> str:
    """``text`` for a one-line label on the terminal: control characters made visible, each run of
    whitespace (newlines included) one space, widths evened out (``cell_safe``)."""
    return " ".join(cell_safe(text).split())


def flat(text: str, *, cells: bool = True) -> str:
    """``text`` on one line with the same length (offsets still line up): control characters made
    visible, newlines and tabs shown as spaces; with ``cells``, as drawn on a terminal (``cell_safe``),
    else the other characters as they are (for exports)."""
    return (cell_safe(text) if cells else terminal_safe(text)).replace("\n", " ").replace("\t", " ")
