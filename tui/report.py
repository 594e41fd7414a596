"""The readable terminal report of ``diptych compare --format text`` (Rich, no Textual).

Article text goes in as ``rich.text.Text`` (never parsed as markup) after
``cell_safe`` has made control characters visible (and widths the terminal's).
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from tui.engine.model import Article, Comparison, Finding, Span
from tui.reading import passage_text
from tui.safetext import cell_safe

KIND_STYLE = {"contradiction": "bold red", "overlap": "green"}
ENTITY_LABELS = {"PERSON": "People", "ORG": "Organisations", "GPE": "Countries and cities",
                 "LOC": "Places", "DATE": "Dates", "TIME": "Times", "NUMBER": "Numbers"}


def _passage(article: Article, span: Span, marks: list[Span], width: int = 400) -> Text:
    return passage_text(article, span, marks, "bold reverse", width)


def _header(c: Comparison) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    for label, a in (("left", c.left), ("right", c.right)):
        bits = [a.display_name]
        if a.outlet:
            bits.append(a.outlet)
        if a.date:
            bits.append(a.date.isoformat())
        bits.append(f"{a.word_count} words")
        table.add_row(label, Text(cell_safe(" · ".join(bits))))
    return table


def _finding(n: int, f: Finding, c: Comparison) -> Group:
    title = Text(f"{n:>3}. ")
    title.append(f"{f.kind} · {f.type}", style=KIND_STYLE.get(f.kind, ""))
    title.append(f"  {cell_safe(f.explanation)}")
    body = Table.grid(padding=(0, 1))
    body.add_column(style="dim", width=6)
    body.add_column(ratio=1)
    body.add_row("left", _passage(c.left, f.left, f.left_marks))
    body.add_row("right", _passage(c.right, f.right, f.right_marks))
    return Group(title, Padding(body, (0, 0, 1, 5)))


def render(c: Comparison, console: Console, overlaps_shown: int = 12) -> None:
    """Print the report of one comparison."""
    contradictions = [f for f in c.findings if f.kind == "contradiction"]
    overlaps = [f for f in c.findings if f.kind == "overlap"]
    console.print(_header(c))
    console.print(Text(f"{len(contradictions)} contradictions · {len(overlaps)} overlaps · "
                       f"{len(c.entities)} entities"), style="bold")
    console.print(Rule("Contradictions", style="red"))
    if not contradictions:
        console.print(Text("None found: where the articles report the same thing, they agree.", style="dim"))
    for n, f in enumerate(contradictions, 1):
        console.print(_finding(n, f, c))
    console.print(Rule("Overlaps", style="green"))
    for n, f in enumerate(overlaps[:overlaps_shown], 1):
        console.print(_finding(n, f, c))
    if len(overlaps) > overlaps_shown:
        console.print(Text(f"… and {len(overlaps) - overlaps_shown} more (--format json lists all)",
                           style="dim"))
    console.print(Rule("Entities"))
    table = Table(show_edge=False, box=None, pad_edge=False)
    table.add_column("type", style="bold")
    table.add_column("name")
    table.add_column("left", justify="right")
    table.add_column("right", justify="right")
    table.add_column("")
    for e in c.entities:
        if e.type in ("NUMBER",):
            continue
        mark = {"both": "both", "left": "left only", "right": "right only"}[e.presence]
        if e.spelled_differently:
            mark = "spelled differently"
        table.add_row(ENTITY_LABELS.get(e.type, e.type), Text(cell_safe(e.name)),
                      str(len(e.left)), str(len(e.right)), mark)
    console.print(table)
