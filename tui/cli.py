"""The ``diptych`` command line.

``diptych compare`` never imports Textual: it loads, analyses and prints. Bad input
is one line on stderr and exit status 2; an unexpected failure is one line and exit
status 1 (``DIPTYCH_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from tui import __version__

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2
COMMANDS = ("compare", "samples", "open", "sessions", "export", "matrix")
EXPORT_FORMATS = ("html", "md", "csv", "json", "yaml", "svg")
PRECOMPARE_WORDS = 20_000
"""Pairs up to this many words (both sides) are compared before the app starts (well under a
second); larger ones are compared in the app's worker, with a progress bar."""


def _tell(message: object) -> None:
    """``diptych: message`` on stderr, on one line, with any control character in it (a file name,
    an article's title) made visible: nothing from the input reaches the terminal as a command."""
    from tui.safetext import one_line

    print(f"diptych: {one_line(str(message))}", file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2 (argparse's usage text too)
        self.print_usage(sys.stderr)
        _tell(message)
        raise SystemExit(EXIT_BAD_INPUT)


def _size(value: str) -> int:
    try:
        mb = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of megabytes: {value!r}") from None
    if mb <= 0:
        raise argparse.ArgumentTypeError("the size limit must be positive")
    return int(mb * 1024 * 1024)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not seconds > 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError("the timeout must be a positive number of seconds")
    return seconds


def _article_options(parser: argparse.ArgumentParser) -> None:
    """The options about reading the articles, shared by the commands that take them."""
    parser.add_argument("--encoding", metavar="NAME", help="the articles' encoding (default: detected)")
    parser.add_argument("--max-size", metavar="MB", type=_size, default=None,
                        help="refuse articles larger than this many megabytes (default: 50)")
    parser.add_argument("--refresh", action="store_true",
                        help="download web pages (http:// and https:// articles) again instead of using the "
                             "copies in the download cache")
    parser.add_argument("--timeout", metavar="SECONDS", type=_seconds, default=None,
                        help="give up a web page's download after this many seconds (default: 20)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="diptych",
        description="Compare two news articles: what they share, where they disagree, "
                    "and who and what they mention.",
        epilog="`diptych LEFT RIGHT` opens the two articles side by side in the app; `diptych DIR` (or three or "
               "more files) opens the coverage of a story by several outlets; `diptych` alone, the bundled "
               "samples' coverage. `diptych compare LEFT RIGHT` prints a report instead.",
    )
    parser.add_argument("--version", action="version", version=f"diptych {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    cmp_ = sub.add_parser(
        "compare", help="compare two articles and print the findings",
        description="Compare LEFT and RIGHT (.txt, .md, .html, an http:// or https:// address, or - for "
                    "standard input). "
                    "Without paths, the first two bundled sample articles are compared.",
    )
    cmp_.add_argument("left", nargs="?", help="the left article (a path, a web address, or - for stdin)")
    cmp_.add_argument("right", nargs="?", help="the right article")
    cmp_.add_argument("--format", "-f", choices=("text", "json", "yaml"), default="text",
                      help="output format (default: text, a readable report)")
    cmp_.add_argument("--output", "-o", metavar="PATH", help="write to PATH instead of standard output")
    _article_options(cmp_)
    sub.add_parser("samples", help="list the bundled sample articles",
                   description="List the bundled sample articles.")
    open_ = sub.add_parser(
        "open", help="open the app (the default: `diptych LEFT RIGHT`, `diptych DIR`)",
        description="Open LEFT and RIGHT side by side in the terminal app, or the coverage of a story by several "
                    "articles (a folder, or three or more files): the matrix of pairs, the claims, the names. "
                    "Without paths, the bundled samples' coverage. When standard output is not a terminal, print "
                    "the text report (or the matrix) instead.",
    )
    open_.add_argument("paths", nargs="*", metavar="ARTICLE",
                       help="two articles side by side (.txt, .md, .html or a web address), or a folder or three "
                            "or more articles for their coverage (matrix, claims, names)")
    open_.add_argument("--theme", metavar="NAME", help="colour theme (diptych-dark, diptych-light, "
                       "diptych-contrast, or one of yours); remembered for next time")
    open_.add_argument("--session", metavar="FILE", help="the review session file to use (default: the pair's "
                       "session in the data folder, found again next time); alone, it reopens that session")
    _article_options(open_)
    sub.add_parser("sessions", help="list the saved review sessions and their progress",
                   description="List the review sessions in the data folder, most recent first.")
    export = sub.add_parser(
        "export", help="export a comparison or a set of articles with its review (html, md, csv, json, yaml, svg)",
        description="Export SESSION (a session file) or the pair LEFT RIGHT (with its saved review, if any): "
                    "html (a self-contained report for an editor), md (a report to paste), csv (one row per "
                    "finding), json / yaml (everything, machine-readable), svg (a screenshot of the app). "
                    "A folder, three or more articles, or a set session file (*.set.diptych.yaml) export the "
                    "story's coverage instead: the matrix, the claims with their verdicts and notes, the names, "
                    "and the pairs reviewed on their own (csv: one row per claim and outlet). Sessions are read, "
                    "never written.",
    )
    export.add_argument("targets", nargs="+", metavar="SESSION | LEFT RIGHT | DIR | FILE",
                        help="a session file, two articles, or a set: a folder, three or more articles, or a set "
                             "session file")
    export.add_argument("--format", "-f", choices=EXPORT_FORMATS, default="html", help="output format (default: html)")
    export.add_argument("--output", "-o", metavar="PATH", help="write to PATH (default: standard output)")
    export.add_argument("--session", metavar="FILE", help="with LEFT RIGHT: the session file to export the review "
                        "of; with a set: the set's session file")
    _article_options(export)
    _matrix_parser(sub)
    return parser


def _matrix_parser(sub) -> None:
    mat = sub.add_parser(
        "matrix", help="compare every pair of several articles about one story",
        description="Compare every pair of the articles in DIR (or the FILES): shared text and contradictions "
                    "per pair, the claims the outlets make (and where they disagree), and the names they use. "
                    "Without paths, the bundled samples.",
    )
    mat.add_argument("paths", nargs="*", metavar="DIR|FILE", help="a folder of articles, or article files")
    mat.add_argument("--format", "-f", choices=("text", "json", "csv"), default="text",
                     help="output format (default: text, a readable report)")
    mat.add_argument("--table", choices=("pairs", "claims", "entities"), default=None,
                     help="with --format csv: the table to write (default: pairs)")
    mat.add_argument("--output", "-o", metavar="PATH", help="write to PATH instead of standard output")
    mat.add_argument("--dask", metavar="ADDRESS",
                     help="compare the pairs on a Dask cluster: a scheduler's address (tcp://HOST:8786), or "
                          "'local' for one started here with a worker per core (needs diptych[distributed])")
    mat.add_argument("--dask-timeout", type=float, default=10.0, metavar="S",
                     help="with --dask: seconds to wait for the scheduler and a worker (default: 10)")
    _article_options(mat)


def _print_report(render, data, output: str | None, width: int) -> None:
    """A Rich report of ``data`` on the terminal (colours off when piped or with NO_COLOR), or,
    to a file, as plain text ``width`` columns wide."""
    from rich.console import Console

    if output:
        import io

        buf = io.StringIO()
        render(data, Console(file=buf, width=width, no_color=True, force_terminal=False))
        _write(buf.getvalue(), output)
    else:
        render(data, Console(highlight=False))


def _write(text: str, path: str | None, encoding: str = "utf-8") -> None:
    if path is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from tui.atomic import write_text_atomic
    from tui.engine.errors import InputError

    try:
        write_text_atomic(path, text, encoding=encoding)
    except OSError as exc:
        raise InputError(f"{path}: cannot be written ({exc.strerror or exc})") from None


def _compare(args: argparse.Namespace) -> int:
    from tui.engine import InputError, compare
    from tui.engine.fetching import cache_note
    from tui.engine.loading import DEFAULT_MAX_BYTES

    if args.left is None:
        from tui.resources import sample_paths

        paths = [str(p) for p in sample_paths()[:2]]
    elif args.right is None:
        raise InputError("compare needs two articles: LEFT RIGHT (or none, for the samples)")
    else:
        paths = [args.left, args.right]
    if paths.count("-") > 1:
        raise InputError("only one of the two articles can come from standard input")
    load = _loader(args, args.max_size or DEFAULT_MAX_BYTES)
    left, right = (load(p) for p in paths)
    for note in filter(None, map(cache_note, (left, right))):
        _tell(note)
    result = compare(left, right)
    if args.format == "text":
        from tui.report import render

        _print_report(render, result, args.output, width=100)
        return EXIT_OK
    from tui.engine.serialise import comparison_dict, to_json, to_yaml

    data = comparison_dict(result)
    if args.format == "json":
        out = to_json(data)
    else:
        out = to_yaml(data)
    _write(out, args.output)
    return EXIT_OK


def _progress_line():
    """A progress callback that rewrites one line on stderr (each whole per cent once)."""
    shown: list[tuple[str, int]] = []

    def show(stage: str, done: float) -> None:
        now = (stage, int(done * 100))
        if not shown or shown[-1] != now:
            shown[:] = [now]
            sys.stderr.write(f"\rdiptych matrix: {stage} {now[1]:3d}%\x1b[K")
            sys.stderr.flush()
        if stage == "entities":  # the last stage: the line is cleared
            sys.stderr.write("\r\x1b[K")
    return show


def _matrix(args: argparse.Namespace) -> int:
    """Every pair of a story's articles: the matrix, the claims and the names (no Textual)."""
    from tui.coverage import build_coverage
    from tui.coverage.sources import load_articles
    from tui.engine import InputError
    from tui.engine.loading import DEFAULT_MAX_BYTES

    if args.table is not None and args.format != "csv":
        raise InputError("--table goes with --format csv")
    paths = args.paths
    if not paths:
        from tui.resources import samples_dir

        paths = [str(samples_dir())]
    articles = load_articles(paths, encoding=args.encoding, max_bytes=args.max_size or DEFAULT_MAX_BYTES)
    # a long run says how far it is, on a terminal only
    progress = _progress_line() if len(articles) > 10 and sys.stderr.isatty() else None
    if getattr(args, "dask", None):  # the pairs on a Dask cluster (tui/coverage/distributed.py)
        from tui.coverage.distributed import cluster

        with cluster(args.dask, args.dask_timeout) as client:
            cov = build_coverage(articles, progress=progress, client=client)
    else:
        cov = build_coverage(articles, progress=progress)
    if args.format == "text":
        from tui.coverage.report import render

        _print_report(render, cov, args.output, width=120)
        return EXIT_OK
    if args.format == "json":
        from tui.coverage.serialise import coverage_dict
        from tui.engine.serialise import to_json

        out = to_json(coverage_dict(cov))
    else:
        from tui.coverage.serialise import csv_text

        out = csv_text(cov, args.table or "pairs")
    _write(out, args.output)
    return EXIT_OK


def _on_terminal() -> bool:
    """Are both standard input and output a terminal (so the app can run)?"""
    try:
        return sys.stdout.isatty() and sys.stdin.isatty()
    except (AttributeError, OSError, ValueError):
        return False


def _open(args: argparse.Namespace) -> int:
    """The app: two articles side by side, or the coverage of several (a folder, three or more
    files, or the bundled samples); the text report when not on a terminal."""
    from tui.engine import InputError
    from tui.engine.loading import DEFAULT_MAX_BYTES

    themes = _check_theme(args.theme) if args.theme is not None else None
    limit = args.max_size or DEFAULT_MAX_BYTES
    paths = list(args.paths)
    if "-" in paths:
        raise InputError("the app reads the keyboard from standard input; use `diptych compare` for piped text")
    pair = len(paths) == 2 and not any(os.path.isdir(p) for p in paths)  # (a web address is an article)
    if not pair and paths and args.session is not None:
        raise InputError("--session goes with two articles (LEFT RIGHT), not with a set")
    if len(paths) == 1 and not os.path.isdir(paths[0]):
        raise InputError("give two articles (LEFT RIGHT), a folder of articles, or three or more files")
    if not _on_terminal():
        return _report(args, paths, pair, limit)
    from tui.app import DiptychApp

    if pair or args.session is not None:
        from tui.review.resolve import open_pair

        opened = open_pair(paths[0] if paths else None, paths[1] if paths else None, args.session,
                           _loader(args, limit))
        left, right = opened.left, opened.right
        comparison = None
        if left.word_count + right.word_count <= PRECOMPARE_WORDS:  # quick: the first frame is the finished one
            from tui.engine import compare

            comparison = compare(left, right)
        app = DiptychApp(left, right, comparison=comparison, theme=args.theme, themes=themes, opened=opened)
    else:
        app = DiptychApp(articles=_set_articles(args, paths, limit), theme=args.theme, themes=themes)
    app.run()
    code = EXIT_OK if app.return_code in (None, 0) else EXIT_FAILURE
    if (pair or args.session is not None) and app.return_code is not None:  # (None: the app did not run)
        _exit_at_once(code)
    return code


def _exit_at_once(code: int) -> NoReturn:
    """End the process as soon as a pair's app has closed (the terminal is restored, the session
    saved and unlocked): the interpreter would otherwise free a large pair's millions of objects
    one by one, a second or more after the screen has gone, and a comparison still running in
    its daemon thread (the user quit during it) is only thrown away."""
    import logging

    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def _set_articles(args: argparse.Namespace, paths: list[str], limit: int):
    """The articles of a set: the files and folders given, or the bundled samples."""
    from tui.coverage.sources import load_articles

    if not paths:
        from tui.resources import samples_dir

        paths = [str(samples_dir())]
    return load_articles(paths, encoding=args.encoding, max_bytes=limit, refresh=getattr(args, "refresh", False),
                         timeout=getattr(args, "timeout", None))


def _report(args: argparse.Namespace, paths: list[str], pair: bool, limit: int) -> int:
    """What ``open`` prints when not on a terminal: the pair's report, or the set's matrix."""
    if args.session is not None and not paths:  # the report of the session's articles
        from rich.console import Console

        from tui.engine import compare
        from tui.report import render
        from tui.review.resolve import open_pair

        opened = open_pair(None, None, args.session, _loader(args, limit))
        render(compare(opened.left, opened.right), Console(highlight=False))
        return EXIT_OK
    if pair:
        return _compare(argparse.Namespace(**{**vars(args), "left": paths[0], "right": paths[1], "format": "text",
                                              "output": None}))
    return _matrix(argparse.Namespace(**{**vars(args), "paths": paths, "format": "text", "table": None,
                                         "output": None}))


def _loader(args: argparse.Namespace, limit: int):
    """Loads an article (a path or a web address) as the options say; ``load.refresh`` tells
    ``tui.review.resolve`` whether a session's web pages may be downloaded again."""
    from tui.engine import load_article

    refresh, timeout = getattr(args, "refresh", False), getattr(args, "timeout", None)

    def load(path: str):
        return load_article(path, encoding=args.encoding, max_bytes=limit, refresh=refresh, timeout=timeout)

    load.refresh = refresh  # type: ignore[attr-defined]
    return load


def _sessions(_: argparse.Namespace) -> int:
    from tui.config import display_path
    from tui.review.store import list_sessions, sessions_dir

    found = list_sessions()
    if not found:
        print(f"No review sessions yet in {display_path(sessions_dir())}.")
        return EXIT_OK
    from tui.safetext import one_line

    for s in found:
        if s.problem:
            print(one_line(s.problem))
            continue
        pair = f"{s.left_title or os.path.basename(s.left)} ⇄ {s.right_title or os.path.basename(s.right)}"
        if s.unit == "claims":
            pair = f"a set of {s.articles} articles: {s.left_title} and {s.right_title}"
        print(f"{s.updated.replace('T', ' ').rstrip('Z')}  {s.reviewed:>4} of {s.findings:<4} {s.unit} reviewed  "
              f"{one_line(pair)}\n    {one_line(display_path(s.path))}")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from tui.engine import InputError, compare
    from tui.engine.loading import DEFAULT_MAX_BYTES
    from tui.review import Review, default_reviewer
    from tui.review.resolve import open_pair
    from tui.review.review import new_session
    from tui.review.sets import SET_SUFFIX

    def emit(out: str) -> int:
        _write(out, args.output, encoding="utf-8-sig" if args.format == "csv" else "utf-8")  # a BOM: Excel reads UTF-8
        if args.output:
            _tell(f"exported {args.format} to {args.output}")
        return EXIT_OK

    from tui.config import load_config

    for warning in load_config()[1]:  # a broken settings file (a !!python tag) is said, not fatal
        _tell(warning)
    targets = args.targets
    set_file = len(targets) == 1 and targets[0].endswith(SET_SUFFIX)
    if set_file or len(targets) > 2 or any(os.path.isdir(t) for t in targets):  # a set: its coverage and review
        from pathlib import Path

        from tui.coverage import build_coverage
        from tui.export.sets import find_pair_reviews, open_set_review, render_set
        from tui.review.sets import load_set_session

        if args.format == "svg":
            raise InputError("svg is a screenshot of a pair; a set exports html, md, csv, json or yaml")
        if set_file and args.session is not None:
            raise InputError("give the set session once: as the set to export, or with --session")
        session_file = targets[0] if set_file else args.session
        session_path = Path(session_file).expanduser() if session_file else None
        paths = [a.path for a in load_set_session(session_path).articles] if set_file else targets
        coverage = build_coverage(_set_articles(args, paths, args.max_size or DEFAULT_MAX_BYTES))
        reviewer = default_reviewer()
        set_review = open_set_review(coverage, session_path, reviewer)  # read only: never written
        pairs = find_pair_reviews(coverage, reviewer)
        for note in [set_review.summary] + [p.problem for p in pairs]:
            if note:
                _tell(note)
        return emit(render_set(set_review, args.format, pair_reviews=pairs))
    load = _loader(args, args.max_size or DEFAULT_MAX_BYTES)
    if len(targets) == 1:
        opened = open_pair(None, None, targets[0], load)
    else:
        opened = open_pair(targets[0], targets[1], args.session, load)
    for note in opened.notes:
        _tell(note)
    comparison = compare(opened.left, opened.right)
    reviewer = default_reviewer()
    session = opened.session or new_session(comparison, reviewer)
    review = Review(comparison, session, opened.path if opened.session is not None else None, reviewer,
                    read_only=True)  # exporting never writes the session
    if review.report.summary:
        _tell(review.report.summary)
    if args.format == "svg":
        from tui.screenshot import screenshot_svg

        out = screenshot_svg(review)
    else:
        from tui.export import render

        out = render(review, args.format)
    return emit(out)


def _check_theme(name: str):
    """The installed themes and their files' errors (handed on to the app, so the files are
    read once), or ``InputError`` if none is called ``name``."""
    from pathlib import Path

    from tui.engine import InputError
    from tui.theming import discover_themes, theme_directories

    found = discover_themes(theme_directories())
    names = sorted(t.name for t in found[0])
    if name not in names:  # with why a file that would have been it was refused (a !!python tag, a bad colour)
        why = [e for e in found[1] if Path(e.split(": ", 1)[0]).stem == name][:1]
        raise InputError("; ".join([f"no theme named {name!r} (installed: {', '.join(names)})", *why]))
    return found


def _samples(_: argparse.Namespace) -> int:
    from tui.engine import load_article
    from tui.resources import sample_paths

    for p in sample_paths():
        a = load_article(str(p))
        print(f"{p}\t{a.title}\t{a.date or ''}\t{a.word_count} words")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] not in COMMANDS and not argv[0].startswith("-"):
        from tui.engine.fetching import is_url

        if len(argv) == 1 and argv[0] != "-" and not os.path.exists(argv[0]) and not is_url(argv[0]):
            _tell(f"{argv[0]!r} is neither a command nor a file (see diptych --help)")
            return EXIT_BAD_INPUT
        report_flags = ("-f", "--format", "-o", "--output")
        wants_report = any(a in report_flags or a.startswith(("--format=", "--output=")) for a in argv)
        argv = ["compare" if wants_report else "open", *argv]  # `diptych LEFT RIGHT` opens the app
    elif not argv or argv[0] in ("--theme", "--session") or argv[0].startswith(("--theme=", "--session=")):
        argv = ["open", *argv]  # `diptych` alone: the samples' coverage; `diptych --session FILE`
    args = parser.parse_args(argv)
    from tui.engine.errors import InputError
    from tui.review.session import SessionError

    commands = {"compare": _compare, "samples": _samples, "open": _open, "sessions": _sessions, "export": _export,
                "matrix": _matrix}
    try:
        return commands[args.command](args)
    except (InputError, SessionError) as exc:
        _tell(exc)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the interpreter's flush
        except OSError:
            pass
        return EXIT_OK
    except OSError as exc:
        _tell(f"{exc.filename or ''}: {exc.strerror or exc}".replace(": :", ":").lstrip(": "))
        return EXIT_BAD_INPUT
    except Exception as exc:  # noqa: BLE001 - the promise is: no traceback for a user
        if os.environ.get("DIPTYCH_DEBUG"):
            raise
        _tell(f"internal error: {type(exc).__name__}: {exc} (DIPTYCH_DEBUG=1 shows more)")
        return EXIT_FAILURE
