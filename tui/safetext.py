"""Making article text safe to show: no terminal control sequences ever pass through, and every
character takes the cells the terminal gives it.

Article text is data. Control characters (ESC, BEL, backspace, C0 and C1 controls; bidi
overrides are kept, as they are part of real text) are replaced by visible placeholders of the
same length in code points (one character each), so offsets into the text still line up.

For the terminal (``cell_safe``, and ``one_line`` and ``flat`` built on it), the characters whose
width Rich (and so Textual) and terminals disagree on are also replaced one for one: a zero
width joiner by a zero width space (Rich joins "o‍w" into one cell, terminals draw two; an emoji
sequence becomes its emoji side by side, the same everywhere), emoji presentation (VS16, which
Rich widens and tmux does not) by text presentation, skin-tone modifiers (no cell to Rich, two
to a terminal) by a zero width space, Hangul fillers by spaces, and unassigned code points and
lone surrogates (which cannot even be written) by U+FFFD. Exports keep the text as it is, but
for its control characters (``terminal_safe``).
"""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_PICTURES = {0x1B: "␛", 0x07: "␇", 0x08: "␈", 0x00: "␀", 0x7F: "␡", 0x0D: "␍", 0x0C: "␌", 0x0B: "␋"}
_WIDTHS = {0x200D: "\u200b", 0xFE0F: "\ufe0e", 0x3164: "\u3000", 0xFFA0: " "} | {
    code: "\u200b" for code in range(0x1F3FB, 0x1F400)}
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


def cell_safe(text: str) -> str:
    """``terminal_safe(text)``, and every character Rich and terminals would measure differently
    replaced by one they agree on, 1:1 (see the module's docstring): what the app draws."""
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
    whitespace (newlines included) one space."""
    return " ".join(cell_safe(text).split())


def flat(text: str, *, cells: bool = True) -> str:
    """``text`` on one line with the same length (offsets still line up): control characters made
    visible, newlines and tabs shown as spaces; with ``cells``, as drawn on a terminal (``cell_safe``),
    else the other characters as they are (for exports)."""
    return (cell_safe(text) if cells else terminal_safe(text)).replace("\n", " ").replace("\t", " ")
