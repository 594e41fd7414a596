"""Making article text safe to show: no terminal control sequences ever pass through.

Article text is data. Control characters (ESC, BEL, backspace, C1 controls, bidi
overrides are kept as they are part of real text but C0/C1 controls are not) are
replaced by visible placeholders of the same length in code points (one
character each), so offsets into the text still line up.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_PICTURES = {0x1B: "␛", 0x07: "␇", 0x08: "␈", 0x00: "␀", 0x7F: "␡", 0x0D: "␍", 0x0C: "␌", 0x0B: "␋"}


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


def one_line(text: str) -> str:
    """``text`` for a one-line label: control characters made visible, each run of whitespace
    (newlines included) one space, widths evened out (``even_widths``)."""
    return " ".join(even_widths(terminal_safe(text)).split())


def flat(text: str) -> str:
    """``text`` on one line with the same length (offsets still line up): control characters made
    visible, newlines and tabs shown as spaces, widths evened out (``even_widths``)."""
    return even_widths(terminal_safe(text)).replace("\n", " ").replace("\t", " ")
