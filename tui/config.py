"""diptych's user settings: ``config.yaml`` in the user's config folder, read leniently, written carefully.

Reading never raises: a missing file gives the defaults, a broken one gives the defaults for what is
broken plus one-line warnings, and the file is never rewritten or deleted by reading it.

Writing is read-modify-write: keys diptych does not know (a newer version's settings, a typo the
user has been warned about) are kept, and comments and layout are kept when the change can be made
line by line (otherwise the file is re-serialised, without its comments). A file that does not
parse as a mapping is never overwritten: ``save_config`` raises ``ConfigError`` instead.

This module never imports Textual (``tests/test_config.py`` checks it in a fresh interpreter).
"""

from __future__ import annotations

import difflib
import os
import re
import unicodedata
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import yaml

from tui.atomic import write_text_atomic
from tui.engine.errors import yaml_problem  # noqa: F401 - also used by tui.review.store

ENV_CONFIG_DIR = "DIPTYCH_CONFIG_DIR"
"""Environment variable naming the config folder (used instead of the platform's folder; tests set it)."""

CONFIG_FILENAME = "config.yaml"
"""The settings file's name inside ``config_dir()``."""

MAX_YAML_BYTES = 256 * 1024
"""Settings and theme files larger than this are refused unread (they are a few hundred bytes)."""

_NEW_FILE_HEADER = "# diptych settings. diptych updates the keys it knows and keeps everything else.\n"


class ConfigError(Exception):
    """A settings file that cannot be read or written; the message is one line naming the file."""


@dataclass
class Config:
    """The user's settings; ``None`` means "not set, use the built-in default"."""

    theme: str | None = None
    """The name of the theme to start with (a bundled, user or Textual theme), e.g. ``diptych-light``."""

    reviewer: str | None = None
    """The reviewer's name, recorded with review decisions and exports."""

    keys: dict[str, str] | None = None
    """Key overrides: a binding's id (the help screen, ``?``, lists them) -> the key or keys to use
    instead, comma-separated, e.g. ``{"finding.next": "j", "finding.previous": "k"}``."""


def config_dir() -> Path:
    """The folder holding ``config.yaml`` and ``themes/``: ``$DIPTYCH_CONFIG_DIR`` or the platform's."""
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override).expanduser()
    import platformdirs  # only needed when there is no override

    return Path(platformdirs.user_config_dir("diptych", appauthor=False))


def config_path() -> Path:
    """The settings file, ``config_dir() / "config.yaml"`` (it may not exist)."""
    return config_dir() / CONFIG_FILENAME


def display_path(path: Path | str) -> str:
    """``path`` for a message, with the home folder shortened to ``~``."""
    text = str(path)
    home = str(Path.home())
    if home not in ("", os.sep) and (text == home or text.startswith(home + os.sep)):
        return "~" + text[len(home):]
    return text


def read_yaml_file(path: Path, *, max_bytes: int = MAX_YAML_BYTES) -> Any:
    """The document in ``path`` parsed with ``yaml.safe_load`` (``None`` if empty).

    ``FileNotFoundError`` propagates; every other problem (unreadable, too large, not UTF-8, not
    YAML, a ``!!python/...`` tag, a repeated key, an alias) raises ``ConfigError`` with one line
    naming the file. Aliases are refused so that a small file cannot expand into a huge value.
    """
    where = display_path(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise ConfigError(f"{where}: cannot be read ({exc.strerror or exc})") from None
    if len(raw) > max_bytes:
        raise ConfigError(f"{where}: larger than {max_bytes // 1024} KiB, not read")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(f"{where}: not UTF-8 text") from None
    try:
        data = yaml.safe_load(text)
        problem = _structure_problem(yaml.compose(text, Loader=yaml.SafeLoader))  # nodes only, nothing built
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: {yaml_problem(exc)}") from None
    except (ValueError, TypeError, RecursionError, OverflowError) as exc:  # e.g. a date like 2024-13-45
        raise ConfigError(f"{where}: not valid YAML: {exc}") from None
    if problem:
        raise ConfigError(f"{where}: {problem}")
    return data


def _structure_problem(node: yaml.Node | None) -> str | None:
    """What YAML allows but a settings file must not have: a repeated key, or an alias (``*name``)."""
    stack = [node] if node is not None else []
    visited: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in visited:  # the composer hands back the anchored node for each alias
            return f"uses a YAML alias of the value on line {node.start_mark.line + 1}; write values out instead"
        visited.add(id(node))
        if isinstance(node, yaml.MappingNode):
            seen: dict[object, int] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    line = key.start_mark.line + 1
                    if key.value in seen:
                        return f"key {key.value!r} appears twice (lines {seen[key.value]} and {line})"
                    seen[key.value] = line
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return None


def suggestion(word: str, choices: list[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``choices`` to ``word``, or an empty string."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _check_text(key: str, value: object) -> tuple[str | None, str | None]:
    """(value, problem) for a one-line text setting; ``None``/empty means unset."""
    if value is None:
        return None, None
    if not isinstance(value, str):
        return None, f"{key!r} must be text, not {_type_name(value)} (ignored)"
    value = value.strip()
    if any(unicodedata.category(ch).startswith("C") for ch in value):
        return None, f"{key!r} must be one line of text (ignored)"
    return (value or None), None


def _check_keys(key: str, value: object) -> tuple[dict[str, str] | None, str | None]:
    """(value, problem) for the ``keys`` setting: a mapping of binding ids to key names."""
    if value is None:
        return None, None
    if not isinstance(value, dict):
        return None, f"{key!r} must be a mapping of binding ids to keys, not {_type_name(value)} (ignored)"
    keys: dict[str, str] = {}
    for binding_id, keyname in value.items():
        if not isinstance(binding_id, str) or not isinstance(keyname, str) or not keyname.strip() or any(
                unicodedata.category(ch).startswith("C") for ch in binding_id + keyname):
            return None, f"{key!r}: {str(binding_id)!r} must map to a key name like \"j\" or \"ctrl+n\" (ignored)"
        keys[binding_id] = keyname.strip()
    return (keys or None), None


_CHECKS = {field.name: _check_text for field in fields(Config)} | {"keys": _check_keys}
"""How each setting is checked; every ``Config`` field needs an entry."""


def _load(path: Path) -> tuple[Config, list[str]]:
    where = display_path(path)
    try:
        data = read_yaml_file(path)
    except FileNotFoundError:
        return Config(), []
    except ConfigError as exc:
        return Config(), [f"{exc}; using the default settings"]
    if data is None:
        return Config(), []
    if not isinstance(data, dict):
        return Config(), [f"{where}: must be a mapping of settings, not {_type_name(data)}; using the default settings"]
    values: dict[str, Any] = {}
    warnings = []
    for key, value in data.items():
        check = _CHECKS.get(key) if isinstance(key, str) else None
        if check is None:
            warnings.append(f"{where}: unknown key {str(key)!r} (ignored){suggestion(str(key), list(_CHECKS))}")
            continue
        values[key], problem = check(key, value)
        if problem:
            warnings.append(f"{where}: {problem}")
    return Config(**values), warnings


def load_config() -> tuple[Config, list[str]]:
    """The settings in ``config_path()`` and one-line warnings about what was ignored; never raises."""
    return _load(config_path())


def _read_for_update(path: Path) -> tuple[str, dict[Any, Any]]:
    """The file's text and mapping; ("", {}) if missing; ``ConfigError`` if it must not be overwritten."""
    try:
        data = read_yaml_file(path)
    except FileNotFoundError:
        return "", {}
    except ConfigError as exc:
        raise ConfigError(f"{exc}; not saved, the file was left as it is") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{display_path(path)}: is not a mapping of settings; not saved, the file was left as it is")
    with open(path, encoding="utf-8-sig") as fh:  # read_yaml_file has checked size and encoding
        return fh.read(), data


def _dump_line(key: str, value: Any) -> str:
    return yaml.safe_dump({key: value}, default_flow_style=False, allow_unicode=True, width=1 << 30)


def _edit_lines(text: str, changes: dict[str, Any]) -> str:
    """``text`` with each top-level ``key: value`` line replaced, removed (``None``) or appended."""
    for key, value in changes.items():
        line = re.compile(rf"^{re.escape(key)}[ \t]*:.*(?:\n|\Z)", re.MULTILINE)
        replacement = "" if value is None else _dump_line(key, value)
        match = line.search(text)
        if match:
            text = text[: match.start()] + replacement + text[match.end():]
        elif replacement:
            if text and not text.endswith("\n"):
                text += "\n"
            text += replacement
    return text


def _reads_as(text: str, wanted: dict[Any, Any]) -> bool:
    """Whether ``text`` is a clean settings file (no repeated keys, no aliases) holding exactly ``wanted``."""
    try:
        return _structure_problem(yaml.compose(text, Loader=yaml.SafeLoader)) is None and (
            yaml.safe_load(text) or {}) == wanted
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        return False


def _update(path: Path, changes: dict[str, Any]) -> None:
    """Set (or, for ``None``, remove) top-level keys in the settings file, keeping everything else."""
    text, data = _read_for_update(path)
    wanted = dict(data)
    for key, value in changes.items():
        if value is None:
            wanted.pop(key, None)
        else:
            wanted[key] = value
    if text and wanted == data:
        return
    new_text = _edit_lines(text or _NEW_FILE_HEADER, changes)
    if not _reads_as(new_text, wanted):  # the line edit did not work out (a multi-line value...): write the mapping
        new_text = _NEW_FILE_HEADER + (yaml.safe_dump(wanted, sort_keys=False, allow_unicode=True) if wanted else "")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(os.path.realpath(path), new_text)  # through a symlink, not over it
    except OSError as exc:
        raise ConfigError(f"{display_path(path)}: cannot be written ({exc.strerror or exc})") from None


def save_config(config: Config) -> None:
    """Write ``config`` to ``config_path()`` atomically, keeping unknown keys and, where possible, comments.

    Settings that are ``None`` are removed from the file. Raises ``ConfigError`` (one line) if the
    file cannot be written, or if it exists but does not parse as a mapping: it is then left as is.
    """
    _update(config_path(), {field.name: getattr(config, field.name) for field in fields(Config)})


def remember_theme(name: str) -> str | None:
    """Store ``name`` as the ``theme`` setting, changing nothing else; a one-line error instead of raising."""
    try:
        _update(config_path(), {"theme": name})
    except ConfigError as exc:
        return str(exc)
    return None
