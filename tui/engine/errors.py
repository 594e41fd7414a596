"""Errors the engine raises for input a user can fix, and how a YAML error is told in one line."""

from __future__ import annotations

import re


class InputError(Exception):
    """A file or text that cannot be compared; the message is one line for the user."""


def yaml_problem(exc: Exception, first_line: int = 1) -> str:
    """A short description of a YAML error: the refused tag ("a !!python/object tag is not allowed"),
    or "not valid YAML (line N): problem". ``first_line``: the line of the file the YAML starts on."""
    import yaml

    problem = str(getattr(exc, "problem", None) or "").strip()
    if isinstance(exc, yaml.constructor.ConstructorError):
        tag = re.search(r"the tag '([^']*)'", problem)
        if tag:
            name = tag.group(1).replace("tag:yaml.org,2002:", "!!")
            return f"a {name} tag is not allowed"
    if isinstance(exc, yaml.reader.ReaderError) and isinstance(exc.character, int):
        return f"not valid YAML: the character #x{exc.character:04x} is not allowed ({exc.reason})"
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    where = f" (line {mark.line + first_line})" if mark is not None else ""
    detail = f": {problem}" if problem else ""
    return f"not valid YAML{where}{detail}"
