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


def one_line(text: str) -> str:
    """``text`` for a one-line label: control characters made visible, each run of whitespace
    (newlines included) one space."""
    return " ".join(terminal_safe(text).split())


def flat(text: str) -> str:
    """``text`` on one line with the same length (offsets still line up): control characters made
    visible, newlines and tabs shown as spaces."""
    return terminal_safe(text).replace("\n", " ").replace("\t", " ")
