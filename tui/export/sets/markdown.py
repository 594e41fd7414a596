"""The Markdown report of a set: to paste into a document or a chat.

A title, a provenance line, the summary counts with the review's progress, then tables: the
outlets, the matrix, the claims (versions with their counts, who agrees, differs or is silent,
the verdict and note), the names spelled differently or named by several outlets, and the
findings reviewed in each pair's own session. Every text goes through the pair report's ``md``
(tables keep their shape: ``|`` escaped, newlines as ``<br>``, HTML shown as text).
"""

from __future__ import annotations

from tui.coverage.model import Claim, Coverage
from tui.coverage.report import GRID_MAX, TYPE_LABELS
from tui.export.common import VERDICT_LABELS, source_dict, verdict_counts, where
from tui.export.markdown import finding_table, md
from tui.export.sets.common import PairReviewed, claim_order, set_provenance
from tui.review.sets import SetReview


def _numbers(outlets: list[int]) -> str:
    return ", ".join(f"#{o + 1}" for o in outlets) or "—"


def _table(head: list[str], align: str, rows: list[list[str]]) -> list[str]:
    """A table: ``align`` one letter a column (l, r, c)."""
    rule = {"l": "---", "r": "---:", "c": ":---:"}
    return ["| " + " | ".join(head) + " |", "|" + "|".join(rule[a] for a in align) + "|",
            *("| " + " | ".join(r) + " |" for r in rows)]


def _matrix(cov: Coverage) -> list[str]:
    n = len(cov.outlets)
    if n > GRID_MAX:
        pairs = sorted(cov.pairs, key=lambda c: (-c.contradictions, -c.share, c.left, c.right))
        return ["Every pair, those with most contradictions first: the text both carry, of both, of the first, of "
                "the second.", "",
                *_table(["Pair", "Shared", "Of first", "Of second", "Contradictions"], "lrrrr",
                        [[f"#{c.left + 1} · #{c.right + 1}", f"{c.share:.0%}", f"{c.left_share:.0%}",
                          f"{c.right_share:.0%}", f"**{c.contradictions}**" if c.contradictions else "0"]
                         for c in pairs])]

    def cell(i: int, j: int) -> str:
        if i == j:
            return "·"
        c = cov.cell(i, j)
        if not c.compared:
            return "—"
        return f"{c.share_of(i):.0%} · " + (f"**{c.contradictions}**" if c.contradictions else "0")

    return ["Each cell: the share of the row's article that the column's article also carries · the "
            "contradictions between the two.", "",
            *_table(["", *(f"#{j + 1}" for j in range(n))], "l" + "c" * n,
                    [[f"**#{i + 1}** {md(cov.outlets[i].name)}", *(cell(i, j) for j in range(n))] for i in range(n)])]


def _versions(claim: Claim) -> str:
    out = []
    for p in claim.points:
        majority = p.majority
        versions = "; ".join(f"{f'**{md(v.value)}**' if v is majority else md(v.value)} — {v.count} "
                             f"({_numbers(v.outlets)})" for v in p.variants)
        out.append(f"{md(p.label)}: {versions}")
    return "<br>".join(out) or "—"


def _claims(set_review: SetReview) -> list[str]:
    cov = set_review.coverage
    rows = []
    for i in claim_order(cov):
        c = set_review.coverage.claims[i]
        record = set_review.record(i)
        verdict = VERDICT_LABELS[set_review.verdict(i)]
        if record and record.reviewed and record.reviewer:
            verdict += f" ({md(record.reviewer)})"
        flag = " *(disputed)*" if c.disputed else ""
        rows.append([f"**{md(c.id)}**{flag} {md(c.text)}", _versions(c), _numbers(c.agreeing), _numbers(c.differing),
                     _numbers(c.silent), verdict, md(set_review.note(i))])
    if not rows:
        return ["None: no statement is made by two outlets."]
    return _table(["Claim", "Versions", "Agree", "Differ", "Silent", "Verdict", "Note"], "lllllll", rows)


def _names(cov: Coverage) -> list[str]:
    shown = [e for e in cov.entities if len(e.mentions) > 1 or e.spelled_differently]
    shown.sort(key=lambda e: (not e.spelled_differently, -len(e.mentions), e.name.casefold()))
    rows = [[md(e.name), md(TYPE_LABELS.get(e.type, e.type)), _numbers(e.outlets),
             " · ".join(f"**{md(s.form)}** ({_numbers(s.outlets)})" for s in e.variants) or "—"] for e in shown]
    lines = _table(["Name", "Type", "Named by", "Spellings by outlet"], "llll", rows) if rows else \
        ["None named by more than one outlet."]
    alone = len(cov.entities) - len(shown)
    return lines + (["", f"{alone} more named by one outlet only."] if alone else [])


def _pairs(cov: Coverage, pairs: list[PairReviewed]) -> list[str]:
    lines: list[str] = []
    for p in pairs:
        names = (f"#{p.left + 1} {cov.outlets[p.left].name}", f"#{p.right + 1} {cov.outlets[p.right].name}")
        lines += ["", f"### {md(names[0])} / {md(names[1])}", ""]
        if p.review is None:
            lines.append(md(p.problem))
            continue
        progress = p.review.progress()
        lines += [f"{progress} · session {md(p.path)}", ""]
        lines += finding_table(p.review, p.reviewed, names)
    return lines


def render_set_markdown(set_review: SetReview, pairs: list[PairReviewed], *, exported_at: str,
                        tool_version: str) -> str:
    cov = set_review.coverage
    prov = set_provenance(set_review, exported_at, tool_version)
    cells = cov.pairs
    p = set_review.progress()
    detached = set_review.session.detached
    lines = [
        f"# Coverage: one story, {len(cov.outlets)} outlets",
        "",
        f"Exported {md(exported_at)} by {md(prov['reviewer'] or 'unknown')} with {md(prov['tool'])}"
        + (f" · set session {md(prov['session'])}" if prov["session"] else ""),
        "",
        f"**{len(cov.outlets)} articles · {len(cells)} pairs · {sum(c.contradictions for c in cells)} contradictions · "
        f"{len(cov.claims)} claims, {sum(c.disputed for c in cov.claims)} disputed · {len(cov.entities)} names, "
        f"{sum(e.spelled_differently for e in cov.entities)} spelled differently** · "
        f"{p} · " + " · ".join(f"{v} {n}" for v, n in verdict_counts(p))
        + (f" · {len(detached)} detached claim reviews" if detached else ""),
        "",
        "## Outlets",
        "",
        *_table(["#", "Outlet", "Title", "Date", "Words", "Path or URL", "SHA-256"], "rlllrll",
                [[str(o.index + 1), md(o.name), md(src["title"]), md(src["date"]), str(src["words"]), md(where(src)),
                  f"`{src['sha256']}`"] for o in cov.outlets for src in [source_dict(o.article)]]),
        "",
        "## Matrix",
        "",
        *_matrix(cov),
        "",
        "## Claims",
        "",
        *_claims(set_review),
        "",
        "## Names",
        "",
        *_names(cov),
    ]
    if detached:
        lines += ["", "## Detached claim reviews", "", "Claims the outlets no longer state together, as saved:", ""]
        lines += [f"- {md(VERDICT_LABELS.get(r.verdict, r.verdict))}: “{md(r.text)}”"
                  + (f": {md(r.note)}" if r.note else "") + f" ({md(r.detached_reason)})" for r in detached]
    if pairs:
        lines += ["", "## Pairs reviewed", "", "The findings with a verdict or a note in each pair's own review."]
        lines += _pairs(cov, pairs)
    return "\n".join(lines) + "\n"
