"""The engine and ``diptych compare`` never import Textual (checked in a fresh interpreter)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest


def run_python(code: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "FORCE_COLOR"}
    env["DIPTYCH_NO_SPACY"] = "1"
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          env=env, timeout=60)


def test_textual_is_installed_so_the_check_means_something():
    proc = run_python("import textual, sys; assert 'textual' in sys.modules")
    assert proc.returncode == 0, proc.stderr


def test_engine_import_and_compare_leave_textual_out():
    proc = run_python("""
        import sys
        import tui.engine, tui.cli
        from tui.engine import article_from_text, compare
        from tui.engine.serialise import comparison_dict
        left = article_from_text("The dam above Calder burst on Monday, flooding 40 homes.", "l.txt")
        right = article_from_text("The dam above Calder burst on Tuesday, flooding 45 homes.", "r.txt")
        result = compare(left, right)
        comparison_dict(result)
        assert any(f.kind == "contradiction" for f in result.findings)
        assert "textual" not in sys.modules, sorted(m for m in sys.modules if m.startswith("textual"))
        print("headless ok")
    """)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "headless ok"


@pytest.mark.parametrize("fmt", ["text", "json", "yaml"])
def test_cli_compare_leaves_textual_out(tmp_path, fmt):
    left, right = tmp_path / "l.txt", tmp_path / "r.txt"
    left.write_text("The court in Lindenfeld fined the ferry operator four million euros on Monday.\n")
    right.write_text("The court in Lindenfeld fined the ferry operator five million euros on Monday.\n")
    proc = run_python(f"""
        import sys, io, contextlib
        import tui.cli
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            code = tui.cli.main(["compare", {str(left)!r}, {str(right)!r}, "--format", {fmt!r}])
        assert code == 0, code
        assert buf.getvalue(), "no output"
        assert "textual" not in sys.modules, sorted(m for m in sys.modules if m.startswith("textual"))
        print("headless ok")
    """)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "headless ok"
