"""Where diptych's bundled files live: the sample articles and the themes.

An installed wheel carries them inside the package (``tui/samples``, ``tui/themes``, mapped
there by hatch's ``force-include``); an editable or development install finds them at the top
of the repository, next to the ``tui`` package. This module imports nothing from Textual.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".md", ".html")
"""File suffixes that ``sample_paths`` treats as articles."""

_PACKAGE = "tui"
_REPO_ROOT = Path(__file__).resolve().parent.parent


def _bundled_dir(name: str) -> Path:
    """The directory ``name`` inside the installed package, else at the repository's top."""
    packaged = resources.files(_PACKAGE) / name
    if packaged.is_dir():
        return Path(str(packaged))
    return _REPO_ROOT / name


def samples_dir() -> Path:
    """The directory of the bundled sample articles (it may be missing in a bare checkout)."""
    return _bundled_dir("samples")


def themes_dir() -> Path:
    """The directory of the bundled YAML themes (it may be missing in a bare checkout)."""
    return _bundled_dir("themes")


def article_files(directory: Path) -> list[Path]:
    """The article files of a folder (not its subfolders), sorted by file name: files with an
    article suffix, not README files, not hidden ones."""
    return sorted(
        (
            path
            for path in directory.iterdir()
            if path.is_file()
            and path.suffix.lower() in ARTICLE_SUFFIXES
            and path.stem.upper() != "README"
            and not path.name.startswith(".")
        ),
        key=lambda path: path.name,
    )


def sample_paths() -> list[Path]:
    """The bundled sample articles, sorted by file name; README files are not articles."""
    directory = samples_dir()
    if not directory.is_dir():
        return []
    return article_files(directory)
