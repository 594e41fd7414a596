"""The ``diptych`` command line.

``diptych compare`` never imports Textual: it loads, analyses and prints. Bad input
is one line on stderr and exit status 2; an unexpected failure is one line and exit
status 1 (``DIPTYCH_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from tui import __version__

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2 (argparse's usage text too)
        self.print_usage(sys.stderr)
        print(f"diptych: {message}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def _size(value: str) -> int:
    try:
        mb = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of megabytes: {value!r}") from None
    if mb <= 0:
        raise argparse.ArgumentTypeError("the size limit must be positive")
    return int(mb * 1024 * 1024)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="diptych",
        description="Compare two news articles: what they share, where they disagree, "
                    "and who and what they mention.",
    )
    parser.add_argument("--version", action="version", version=f"diptych {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    cmp_ = sub.add_parser(
        "compare", help="compare two articles and print the findings",
        description="Compare LEFT and RIGHT (.txt, .md, .html, or - for standard input). "
                    "Without paths, the first two bundled sample articles are compared.",
    )
    cmp_.add_argument("left", nargs="?", help="the left article (a path, or - for stdin)")
    cmp_.add_argument("right", nargs="?", help="the right article")
    cmp_.add_argument("--format", "-f", choices=("text", "json", "yaml"), default="text",
                      help="output format (default: text, a readable report)")
    cmp_.add_argument("--output", "-o", metavar="PATH", help="write to PATH instead of standard output")
    cmp_.add_argument("--encoding", metavar="NAME", help="the articles' encoding (default: detected)")
    cmp_.add_argument("--max-size", metavar="MB", type=_size, default=None,
                      help="refuse articles larger than this many megabytes (default: 50)")
    sub.add_parser("samples", help="list the bundled sample articles",
                   description="List the bundled sample articles.")
    return parser


def _write(text: str, path: str | None) -> None:
    if path is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from tui.atomic import write_text_atomic
    from tui.engine.errors import InputError

    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise InputError(f"{path}: cannot be written ({exc.strerror or exc})") from None


def _compare(args: argparse.Namespace) -> int:
    from tui.engine import InputError, compare, load_article
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
    limit = args.max_size or DEFAULT_MAX_BYTES
    left, right = (load_article(p, encoding=args.encoding, max_bytes=limit) for p in paths)
    result = compare(left, right)
    if args.format == "text":
        import io

        from rich.console import Console

        from tui.report import render

        if args.output:
            buf = io.StringIO()
            render(result, Console(file=buf, width=100, no_color=True, force_terminal=False))
            _write(buf.getvalue(), args.output)
        else:
            render(result, Console(highlight=False))
        return EXIT_OK
    from tui.engine.serialise import comparison_dict

    data = comparison_dict(result)
    if args.format == "json":
        out = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    else:
        import yaml

        out = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    _write(out, args.output)
    return EXIT_OK


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
    if argv and argv[0] not in ("compare", "samples") and not argv[0].startswith("-"):
        if len(argv) == 1 and argv[0] != "-" and not os.path.exists(argv[0]):
            print(f"diptych: {argv[0]!r} is neither a command nor a file (see diptych --help)", file=sys.stderr)
            return EXIT_BAD_INPUT
        argv = ["compare", *argv]  # `diptych LEFT RIGHT` compares
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["compare"])
    from tui.engine.errors import InputError

    try:
        return {"compare": _compare, "samples": _samples}[args.command](args)
    except InputError as exc:
        print(f"diptych: {exc}", file=sys.stderr)
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
        print(f"diptych: {exc.filename or ''}: {exc.strerror or exc}".replace(": :", ":"), file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # noqa: BLE001 - the promise is: no traceback for a user
        if os.environ.get("DIPTYCH_DEBUG"):
            raise
        print(f"diptych: internal error: {type(exc).__name__}: {exc} (DIPTYCH_DEBUG=1 shows more)",
              file=sys.stderr)
        return EXIT_FAILURE
