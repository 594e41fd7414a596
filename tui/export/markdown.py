"""The Markdown report: to paste into a document or a chat.

A title, one provenance line, the summary counts, then a table of the findings with both
passages quoted (differing words in bold), the verdict and the note. Text from the articles and
the reviewer is escaped by ``md``: ``&``, ``<``, ``>`` become entities (article HTML does not
render), ``|`` is ``\\|`` and a newline ``<br>`` (the table keeps its shape), and the characters
Markdown would read as formatting are backslash-escaped.
"""

from __future__ import annotations

import re

from tui.engine.model import Article, Span
from tui.export.common import (
    Entry,
    clean,
    detail,
    entries,
    passage_pieces,
    provenance,
    readable_time,
    summary,
    verdict_counts,
    where,
)
from tui.review import Review

PASSAGE_CHARS = 300
"""Longest passage quoted (an ellipsis marks where one was shortened)."""

_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
"""Characters Markdown reads as formatting anywhere in a line (emphasis, code, links, tables,
strike-through); the ones that count only at the start of a line never start one here."""


def md(text: object) -> str:
    """Text for a Markdown table cell or line, shown as it is."""
    s = clean(str(text)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _SPECIAL.sub(r"\\\1", s)
    return s.replace("\t", " ").replace("\n", "<br>")


def _quote(article: Article, span: Span, marks: list[Span]) -> str:
    if span.end <= span.start:
        return "—"
    out = []
    for text, differs in passage_pieces(article, span, marks, PASSAGE_CHARS):
        core = text.strip()
        if differs and core:  # bold cannot start or end with a space
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
            out.append(f"{md(lead)}**{md(core)}**{md(trail)}")
        else:
            out.append(md(text))
    return "“" + "".join(out) + "”"


def _finding_cell(en: Entry) -> str:
    f = en.finding
    bits = [f"**{md(f.kind)}** · {md(f.type)}: {md(detail(f))}"]
    return " ".join(bits + [f"*{md(label)}*" for _, label in en.flags])


def finding_table(review: Review, listed: list[Entry], sides: tuple[str, str] = ("Left", "Right")) -> list[str]:
    """The lines of the table of ``listed`` findings: number, finding, both passages, verdict, note."""
    c = review.comparison
    lines = [f"| # | Finding | {md(sides[0])} | {md(sides[1])} | Verdict | Note |", "|---:|---|---|---|---|---|"]
    for en in listed:
        f = en.finding
        who = f" ({md(en.reviewer)})" if en.reviewer and en.verdict != "unreviewed" else ""
        lines.append(f"| {en.number} | {_finding_cell(en)} | {_quote(c.left, f.left, f.left_marks)} | "
                     f"{_quote(c.right, f.right, f.right_marks)} | {md(en.verdict_label)}{who} | {md(en.note)} |")
    if not listed:
        lines.append("| — | No findings | | | | |")
    return lines


def render_markdown(review: Review, *, exported_at: str, tool_version: str) -> str:
    prov = provenance(review, exported_at, tool_version)
    s = summary(review)
    p = s.progress
    left, right = prov["left"], prov["right"]

    def source(label: str, src: dict) -> str:
        retrieved = f", retrieved {md(readable_time(src['retrieved']))}" if src.get("retrieved") else ""
        return f"{label}: {md(src['name'])} ({md(where(src))}{retrieved}, SHA-256 `{src['sha256']}`)"

    lines = [
        f"# Fact-check: {md(left['name'])} / {md(right['name'])}",
        "",
        f"{source('Left', left)} · {source('Right', right)} · exported {md(exported_at)} by "
        f"{md(prov['reviewer'] or 'unknown')} with {md(prov['tool'])}"
        + (f" · session {md(prov['session'])}" if prov["session"] else ""),
        "",
        f"**{s.contradictions} contradictions · {s.overlaps} overlaps · {s.entities} entities** · "
        f"reviewed {p.reviewed} of {p.total} · "
        + " · ".join(f"{v} {n}" for v, n in verdict_counts(p))
        + (f" · {p.hidden} hidden by ignore rules" if p.hidden else "")
        + (f" · {s.detached} detached reviews" if s.detached else ""),
        "",
    ]
    lines += finding_table(review, entries(review))
    if review.session.rules:
        lines += ["", "**Ignore rules**", ""]
        for rule in review.session.rules:
            lines.append(f"- {md(rule.id)}: {md(rule.left)} / {md(rule.right)} ({md(rule.type)}), "
                         f"hides {len(review.hidden_by(rule))}")
    if review.session.detached:
        lines += ["", "**Detached reviews** (their passages are no longer in the articles)", ""]
        for r in review.session.detached:
            note = f": {md(r.note)}" if r.note else ""
            lines.append(f"- {md(r.kind)} · {md(r.type)}, {md(r.verdict)}{note} ({md(r.detached_reason)})")
    return "\n".join(lines) + "\n"
