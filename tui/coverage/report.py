"""The readable terminal report of ``diptych matrix --format text`` (Rich, no Textual).

Outlets are numbered from 1. Article text goes in as ``rich.text.Text`` (never parsed as
markup), on one line with control characters made visible (``safetext.one_line``).
"""

from __future__ import annotations

from rich.console import Console
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from tui.coverage.model import Claim, Coverage, PairCell
from tui.safetext import one_line

GRID_MAX = 12
"""Up to this many outlets the matrix is drawn as a grid; beyond, as a list of pairs."""
PAIRS_SHOWN = 40
UNDISPUTED_SHOWN = 20
TYPE_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "country/city", "LOC": "place"}


def _outlets(numbers: list[int]) -> str:
    return ", ".join(f"#{o + 1}" for o in numbers) or "—"


def _clip(text: str, width: int) -> str:
    text = one_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _outlet_table(cov: Coverage) -> Table:
    table = Table(box=None, show_edge=False, pad_edge=False)
    table.add_column("#", justify="right", style="bold")
    table.add_column("outlet")
    table.add_column("date")
    table.add_column("words", justify="right")
    for o in cov.outlets:
        a = o.article
        table.add_row(str(o.index + 1), Text(_clip(o.name, 60)), a.date.isoformat() if a.date else "",
                      str(a.word_count))
    return table


def _cell(cell: PairCell, row: int) -> Text:
    if not cell.compared:
        return Text("—", style="dim")
    text = Text(f"{cell.share_of(row):.0%}")
    text.append(" · ", style="dim")
    text.append(str(cell.contradictions), style="bold red" if cell.contradictions else "dim")
    return text


def _grid(cov: Coverage) -> Table:
    n = len(cov.outlets)
    table = Table(box=None, show_edge=False, pad_edge=False, padding=(0, 2))
    table.add_column("", justify="right", style="bold")
    for j in range(n):
        table.add_column(f"#{j + 1}", justify="right")
    for i in range(n):
        row = [Text("·", style="dim") if i == j else _cell(cov.cell(i, j), i) for j in range(n)]
        table.add_row(f"#{i + 1}", *row)
    return table


def _pair_list(cov: Coverage) -> tuple[Table, int]:
    pairs = sorted(cov.pairs, key=lambda c: (-c.contradictions, -c.share, c.left, c.right))
    table = Table(box=None, show_edge=False, pad_edge=False)
    for name, justify in (("pair", "left"), ("shared", "right"), ("of first", "right"), ("of second", "right"),
                          ("contradictions", "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for c in pairs[:PAIRS_SHOWN]:
        table.add_row(f"#{c.left + 1} · #{c.right + 1}", f"{c.share:.0%}", f"{c.left_share:.0%}",
                      f"{c.right_share:.0%}", Text(str(c.contradictions), style="bold red" if c.contradictions else ""))
    return table, max(0, len(pairs) - PAIRS_SHOWN)


def _other_versions(c: Claim) -> list[tuple[int, str]]:
    """Besides the claim's own sentence, the sentences that word it otherwise: those of the
    differing outlets, and one of the others when the claim's sentence is a differing one."""
    first: dict[int, str] = {}
    for s in c.sentences:
        first.setdefault(s.outlet, s.text)
    shown = [o for o in c.differing if o != c.outlet]
    if c.outlet in c.differing:
        shown += [o for o in c.agreeing if o in first][:1]
    return [(o, first[o]) for o in sorted(shown) if o in first and first[o] != c.text]


def _claim(c: Claim) -> Padding:
    head = Text(f"{c.id:>4}  ", style="bold")
    head.append(f"{len(c.outlets)} outlets", style="bold")
    if c.disputed:
        head.append(" · disputed", style="bold red")
        head.append(f" · differs: {_outlets(c.differing)}")
    head.append(f" · silent: {_outlets(c.silent)}", style="dim")
    body = Table.grid(padding=(0, 1))
    body.add_column(width=4)
    body.add_column(ratio=1)
    quote = Text(f"#{c.outlet + 1} ", style="dim")
    quote.append(_clip(c.text, 400), style="italic")
    body.add_row("", quote)
    for p in c.points:
        line = Text(f"{p.label}: ", style="bold")
        for k, v in enumerate(p.variants):
            if k:
                line.append("; ")
            line.append(one_line(v.value), style="bold red" if p.majority is not v else "bold")
            line.append(f" — {v.count} outlet{'s' if v.count != 1 else ''} ({_outlets(v.outlets)})")
        body.add_row("", line)
    for o, text in _other_versions(c):
        other = Text(f"#{o + 1} ", style="dim")
        other.append(_clip(text, 300), style="dim italic")
        body.add_row("", other)
    table = Table.grid()
    table.add_row(head)
    table.add_row(body)
    return Padding(table, (0, 0, 1, 0))


def render(cov: Coverage, console: Console) -> None:
    """Print the report of one coverage: outlets, matrix, claims, entities."""
    n, pairs = len(cov.outlets), cov.pairs
    disputed = [c for c in cov.claims if c.disputed]
    spelled = sum(e.spelled_differently for e in cov.entities)
    console.print(Text(f"{n} articles · {len(pairs)} pairs · {sum(c.contradictions for c in pairs)} contradictions"
                       f" · {len(cov.claims)} claims, {len(disputed)} disputed · {len(cov.entities)} names, "
                       f"{spelled} spelled differently", style="bold"))
    console.print(_outlet_table(cov))
    console.print(Rule("Matrix"))
    if n <= GRID_MAX:
        console.print(Text("Each cell: the share of the row's article that the column's article also carries · "
                           "contradictions between the two.", style="dim"))
        console.print(_grid(cov))
    else:
        console.print(Text("Pairs, those with most contradictions first: the shared text of both, of the first, "
                           "of the second.", style="dim"))
        table, more = _pair_list(cov)
        console.print(table)
        if more:
            console.print(Text(f"… and {more} more pairs (--format csv lists all)", style="dim"))
    console.print(Rule("Claims"))
    console.print(Text("Statements several outlets make; disputed ones first, with each version and who gives it. "
                       "Silent: the outlet does not state it.", style="dim"))
    undisputed = [c for c in cov.claims if not c.disputed]
    for c in disputed + undisputed[:UNDISPUTED_SHOWN]:
        console.print(_claim(c))
    if len(undisputed) > UNDISPUTED_SHOWN:
        console.print(Text(f"… and {len(undisputed) - UNDISPUTED_SHOWN} more undisputed claims "
                           "(--format json lists all)", style="dim"))
    if not cov.claims:
        console.print(Text("None: no statement is made by two outlets.", style="dim"))
    console.print(Rule("Names"))
    shared = [e for e in cov.entities if len(e.mentions) > 1 or e.spelled_differently]
    table = Table(box=None, show_edge=False, pad_edge=False)
    table.add_column("name", style="bold")
    table.add_column("type")
    table.add_column("outlets", justify="right")
    table.add_column("named by")
    table.add_column("spellings")
    for e in shared:
        spellings = Text()
        for k, s in enumerate(e.variants):
            if k:
                spellings.append(" · ")
            spellings.append(one_line(s.form), style="bold")
            spellings.append(f" ({_outlets(s.outlets)})")
        table.add_row(Text(one_line(e.name)), TYPE_LABELS.get(e.type, e.type), f"{len(e.mentions)}/{n}",
                      "all" if len(e.mentions) == n else _outlets(e.outlets), spellings)
    console.print(table)
    alone = [e for e in cov.entities if len(e.mentions) == 1 and not e.spelled_differently]
    if alone:
        console.print(Text("Named by one outlet only:", style="bold"))
        for o in range(n):
            names = [one_line(e.name) for e in alone if o in e.mentions]
            if names:
                console.print(Padding(Text(f"#{o + 1}: " + ", ".join(names)), (0, 0, 0, 2)))
