"""The HTML report: one self-contained page an editor opens in any browser or prints.

Both articles side by side with their passages level and the app's highlights, each finding
numbered with its verdict; the findings, the entities, the summary and review progress, the
ignore rules, the detached reviews and where the texts came from. No script, no network: the
CSS is inline, nothing is loaded (a Content-Security-Policy says so to the browser too), and
every piece of text from the articles, the session or the reviewer goes through ``_e``
(``html.escape`` with quotes, after control characters are made visible), so markup in an
article is shown as text and never runs.

The colours are those of the app's light theme (``themes/light.yaml``); print styles put each
section on its own A4 page, on white.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from tui.engine.model import Article, Comparison, Span
from tui.export.common import (
    VERDICT_LABELS,
    Entry,
    Summary,
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
from tui.export.rows import level_rows
from tui.reading import ENTITY_GROUPS, KIND_ORDER, TYPE_CODES, SideLayers, side_layers
from tui.review import Progress, Review
from tui.review.session import ReviewRecord

if TYPE_CHECKING:
    from tui.review.sets import SetProgress

PALETTE = {
    "foreground": "#1b1f24", "background": "#ffffff", "surface": "#f5f6f8", "panel": "#e9ecf0",
    "primary": "#0b5cad", "secondary": "#57606a", "warning": "#9a5b00", "error": "#c0322b", "success": "#1a7f37",
    "finding-verbatim": "#a9c9ef", "finding-paraphrase": "#e6e0f5", "finding-contradiction": "#ff8e7e",
    "finding-unreported": "#5e6670",
    "entity-person": "#8a4800", "entity-org": "#0b58c0", "entity-gpe": "#176d34", "entity-loc": "#00707a",
    "entity-date": "#6c3fb0", "entity-time": "#a82a66", "entity-number": "#7a5c00",
}
"""The app's light theme (``themes/light.yaml``), which the report looks like."""

PASSAGE_CHARS = 400
"""Longest passage quoted in the tables (an ellipsis marks where one was shortened)."""

LAYER_CLASS = {"unreported": "hl-un", "verbatim": "hl-vb", "paraphrase": "hl-pp", "passage": "hl-cp", "mark": "hl-mk"}
ENTITY_LABELS = dict(ENTITY_GROUPS)


def _e(text: object) -> str:
    """Any text, escaped for HTML content and attribute values (control characters made visible)."""
    return html.escape(clean(str(text)), quote=True)


def _tint(colour: str, alpha: float, over: str = "#ffffff") -> str:
    """``colour`` at ``alpha`` opacity over ``over``, as a solid colour (prints the same everywhere)."""
    a = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(over[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x * alpha + y * (1 - alpha)):02x}" for x, y in zip(a, b, strict=True))


def _css() -> str:
    p = PALETTE
    variables = "\n".join(f"  --{name}: {value};" for name, value in p.items())
    return f""":root {{
{variables}
  --passage: {_tint(p["finding-contradiction"], 0.15)};
  --rule: #d5d9df;
}}
* {{ box-sizing: border-box; }}
html {{ background: var(--background); }}
body {{ margin: 0 auto; max-width: 1320px; padding: 28px 36px 60px; color: var(--foreground);
  background: var(--background); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue",
  Arial, "Noto Sans", "DejaVu Sans", sans-serif; }}
h1 {{ font-size: 1.75em; margin: 0 0 .2em; letter-spacing: -.01em; }}
h2 {{ font-size: 1.3em; margin: 2.4em 0 .8em; padding-bottom: .3em; border-bottom: 2px solid var(--primary); }}
h3 {{ font-size: 1.05em; margin: 1.6em 0 .5em; }}
a {{ color: var(--primary); }}
p {{ margin: .4em 0; }}
.muted, .who {{ color: var(--secondary); }}
.who {{ font-size: .82em; margin-top: .25em; }}
.mono, .sha {{ font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
  font-size: .82em; }}
.sha {{ overflow-wrap: anywhere; }}
header.top {{ border-bottom: 1px solid var(--rule); padding-bottom: 1em; }}
.kicker {{ text-transform: uppercase; letter-spacing: .08em; font-size: .78em; font-weight: 700;
  color: var(--primary); }}
.pair {{ font-size: 1.15em; margin: .2em 0 .5em; }}
.pair .vs {{ color: var(--secondary); padding: 0 .4em; }}
.meta {{ color: var(--secondary); font-size: .9em; }}
nav.toc {{ margin-top: .6em; font-size: .9em; }}
nav.toc a {{ margin-right: 1em; text-decoration: none; }}
.cards {{ display: flex; flex-wrap: wrap; gap: 12px; margin: 1em 0; }}
.card {{ flex: 1 1 160px; border: 1px solid var(--rule); border-radius: 8px; padding: 10px 14px;
  background: var(--surface); }}
.card .n {{ font-size: 1.9em; font-weight: 700; line-height: 1.1; }}
.card .l {{ color: var(--secondary); font-size: .85em; }}
.card.bad .n {{ color: var(--error); }}
.progress {{ border: 1px solid var(--rule); border-radius: 8px; padding: 12px 14px; margin: 1em 0; }}
.bar {{ display: flex; height: 12px; border-radius: 6px; overflow: hidden; background: var(--panel);
  margin: .5em 0; }}
.bar span {{ display: block; height: 100%; }}
.bar .v-confirmed, .badge.v-confirmed {{ background: var(--success); }}
.bar .v-disputed, .badge.v-disputed {{ background: var(--error); }}
.bar .v-dismissed, .badge.v-dismissed {{ background: var(--secondary); }}
.badge {{ display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: .78em; font-weight: 700;
  color: #fff; white-space: nowrap; border: 1px solid transparent; }}
.badge.v-unreviewed {{ background: #fff; color: var(--secondary); border-color: var(--rule); font-weight: 600; }}
.counts .badge {{ margin-right: .3em; }}
.tag {{ display: inline-block; padding: 0 6px; border-radius: 4px; font-size: .75em; font-weight: 600;
  background: var(--panel); color: var(--foreground); white-space: nowrap; }}
.tag.k-contradiction {{ background: var(--error); color: #fff; }}
.tag.k-overlap {{ background: var(--finding-verbatim); }}
.tag.origin {{ background: #fff; border: 1px solid var(--warning); color: var(--warning); }}
.tag.hidden {{ background: #fff; border: 1px dashed var(--secondary); color: var(--secondary); }}
.tag.diff {{ background: #fff; border: 1px solid var(--error); color: var(--error); }}
/* the legend */
.legend {{ display: flex; flex-wrap: wrap; gap: 6px 18px; align-items: baseline; font-size: .85em;
  border: 1px solid var(--rule); border-radius: 8px; padding: 8px 12px; background: var(--surface);
  margin-bottom: 12px; }}
.legend .item {{ white-space: nowrap; }}
.legend .sw {{ padding: 0 4px; border-radius: 2px; }}
.legend .codes b {{ color: var(--error); }}
/* the articles, as in the app */
table.sbs {{ width: 100%; border-collapse: collapse; table-layout: fixed; }}
table.sbs col.gut {{ width: 2.2em; }}
table.sbs thead th {{ text-align: left; vertical-align: bottom; padding: 6px 8px 8px; background: var(--panel);
  border-bottom: 2px solid var(--primary); font-weight: 600; }}
table.sbs thead th .meta {{ font-weight: 400; font-size: .8em; }}
table.sbs td {{ vertical-align: top; padding: 5px 8px; border-top: 1px solid var(--panel); }}
table.sbs td.txt {{ font-family: Charter, "Bitstream Charter", Georgia, Cambria, "Noto Serif", "DejaVu Serif",
  serif; font-size: 1em; line-height: 1.6; white-space: pre-line; overflow-wrap: break-word; }}
table.sbs td.gut {{ text-align: right; padding-right: 2px; font: 700 .8em/1.9 ui-monospace, Menlo, Consolas,
  "DejaVu Sans Mono", monospace; color: var(--error); }}
table.sbs td.gut + td.txt {{ border-left: 3px solid transparent; }}
table.sbs tr.lvl td.gut + td.txt {{ border-left-color: var(--finding-verbatim); }}
table.sbs td.txt.empty {{ background: #fafbfc; }}
table.sbs td.gut.r {{ border-left: 1px solid var(--rule); }}
.hl-un {{ color: var(--finding-unreported); font-style: italic; }}
.hl-vb {{ background: var(--finding-verbatim); text-decoration: underline; text-decoration-color: var(--primary);
  text-underline-offset: 2px; }}
.hl-pp {{ background: var(--finding-paraphrase); text-decoration: underline;
  text-decoration-color: var(--secondary); text-underline-offset: 2px; }}
.hl-cp {{ background: var(--passage); }}
.hl-mk {{ background: var(--finding-contradiction); color: var(--foreground); font-weight: 700; font-style: normal; }}
sup.refs {{ font: 700 .66em/1 system-ui, Arial, sans-serif; white-space: nowrap; margin: 0 1px; }}
sup.refs a {{ text-decoration: none; color: var(--primary); }}
sup.refs a.k-contradiction {{ color: var(--error); }}
sup.refs a + a::before {{ content: ","; color: var(--secondary); }}
sup.refs a.v-confirmed .g::before {{ content: "\\2713"; color: var(--success); }}
sup.refs a.v-disputed .g::before {{ content: "\\2717"; color: var(--error); }}
sup.refs a.v-dismissed .g::before {{ content: "\\2013"; color: var(--secondary); }}
sup.refs .g.noted::after {{ content: "\\270E"; color: var(--warning); padding-left: 1px; }}
/* tables of findings, entities, rules */
table.list {{ width: 100%; border-collapse: collapse; font-size: .88em; table-layout: fixed; }}
table.list th {{ text-align: left; background: var(--panel); padding: 6px 8px; font-weight: 600;
  border-bottom: 1px solid var(--rule); }}
table.list td {{ padding: 7px 8px; vertical-align: top; border-bottom: 1px solid var(--panel);
  overflow-wrap: break-word; }}
table.list tr.k-contradiction td:first-child {{ border-left: 3px solid var(--error); }}
table.list tr.is-hidden td {{ color: var(--secondary); }}
table.list td.num {{ font-weight: 700; white-space: nowrap; }}
table.list td.num a {{ text-decoration: none; }}
table.list td.note {{ white-space: pre-line; }}
table.list .expl {{ margin-top: .2em; }}
q.passage {{ quotes: "\\201C" "\\201D"; font-family: Charter, Georgia, "DejaVu Serif", serif; }}
q.passage mark {{ background: var(--finding-contradiction); color: var(--foreground); font-weight: 700;
  padding: 0 1px; }}
table.ents td.name {{ font-weight: 700; font-style: italic; }}
.ent-person {{ color: var(--entity-person); }} .ent-org {{ color: var(--entity-org); }}
.ent-gpe {{ color: var(--entity-gpe); }} .ent-loc {{ color: var(--entity-loc); }}
.ent-date {{ color: var(--entity-date); }} .ent-time {{ color: var(--entity-time); }}
.ent-number {{ color: var(--entity-number); }}
table.ents th:nth-child(3), table.ents th:nth-child(4) {{ text-align: right; }}
table.list td.c {{ text-align: right; font-variant-numeric: tabular-nums; }}
dl.prov {{ display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }}
dl.prov dt {{ color: var(--secondary); }}
dl.prov dd {{ margin: 0; overflow-wrap: anywhere; }}
.provs {{ display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }}
.provs > div {{ border: 1px solid var(--rule); border-radius: 8px; padding: 10px 14px; }}
.provs h3 {{ margin-top: 0; }}
footer {{ margin-top: 2.5em; color: var(--secondary); font-size: .8em; border-top: 1px solid var(--rule);
  padding-top: .6em; }}
@page {{ size: A4; margin: 12mm 10mm 14mm; }}
@media print {{
  * {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
  html, body {{ background: #fff; }}
  body {{ max-width: none; padding: 0; font-size: 9.5pt; }}
  section.page {{ break-before: page; }}
  h2 {{ margin-top: 0; break-after: avoid; }}
  h3 {{ break-after: avoid; }}
  nav.toc {{ display: none; }}
  a {{ color: inherit; text-decoration: none; }}
  table.sbs td.txt {{ font-size: 9.5pt; line-height: 1.45; }}
  table.sbs tr, table.list tr, .card, .legend {{ break-inside: avoid; }}
  thead {{ display: table-header-group; }}
  .provs {{ grid-template-columns: 1fr; }}
}}
"""


# --- pieces -------------------------------------------------------------------------------------


def _badge(verdict: str) -> str:
    return f'<span class="badge v-{_e(verdict)}">{_e(VERDICT_LABELS.get(verdict, verdict))}</span>'


def _quote(article: Article, span: Span, marks: list[Span]) -> str:
    if span.end <= span.start:
        return '<span class="muted">(no passage)</span>'
    body = "".join(f"<mark>{_e(text)}</mark>" if differs else _e(text)
                   for text, differs in passage_pieces(article, span, marks, PASSAGE_CHARS))
    return f'<q class="passage">{body}</q>'


def _saved_quote(text: str) -> str:
    """A passage as a review session saved it (it is no longer in the article)."""
    if not text:
        return '<span class="muted">(no passage)</span>'
    short = " ".join(text.split())
    if len(short) > PASSAGE_CHARS:
        short = short[:PASSAGE_CHARS] + "…"
    return f'<q class="passage">{_e(short)}</q>'


def _who(reviewer: str, when: str) -> str:
    bits = [b for b in (reviewer, readable_time(when)) if b]
    return f'<div class="who">{_e(" · ".join(bits))}</div>' if bits else ""


def _type_label(kind: str, type_: str) -> str:
    code = TYPE_CODES.get(type_) if kind == "contradiction" else None
    label = f"{code} {type_}" if code else type_
    return f'<span class="tag k-{_e(kind)}">{_e(label)}</span>'


def _article_meta(article: Article) -> str:
    bits = [b for b in (article.outlet, article.date.isoformat() if article.date else "",
                        f"{article.word_count} words") if b]
    return " · ".join(bits)


def _section(anchor: str, title: str, *body: str) -> str:
    """A section of the report, on a page of its own when printed."""
    return f'<section class="page" id="{anchor}"><h2>{title}</h2>{"".join(body)}</section>'


def _muted(text: str) -> str:
    return f'<p class="muted">{text}</p>'


# --- sections -----------------------------------------------------------------------------------


def _header(review: Review, prov: dict) -> str:
    left, right = review.comparison.left, review.comparison.right
    meta = f"Exported {prov['exported_at']} · reviewer {prov['reviewer'] or '—'} · {prov['tool']}"
    toc = "".join(f'<a href="#{anchor}">{label}</a>' for anchor, label in (
        ("articles", "Articles"), ("findings", "Findings"), ("entities", "Entities"), ("rules", "Ignore rules"),
        ("detached", "Detached reviews"), ("provenance", "Provenance")))
    return (f'<header class="top"><div class="kicker">diptych · fact-check report</div>'
            f'<h1>{_e(left.display_name)}</h1>'
            f'<div class="pair"><span class="vs">compared with</span><b>{_e(right.display_name)}</b></div>'
            f'<div class="meta">{_e(meta)}</div><nav class="toc">{toc}</nav></header>')


def _cards(cards: list[tuple[str, object, str, str]]) -> str:
    """The row of figures a report opens with: (class, number, label, detail) per card."""
    return '<div class="cards">' + "".join(
        f'<div class="card {cls}"><div class="n">{n}</div><div class="l">{_e(label)}</div>'
        f'<div class="who">{_e(sub)}</div></div>' for cls, n, label, sub in cards) + "</div>"


def _progress(p: Progress | SetProgress, what: str, extra: list[str]) -> str:
    """The review's progress: "5 of 19 <what> reviewed", a bar of the verdicts and their counts."""
    total = max(p.total, 1)
    bar = "".join(f'<span class="v-{v}" style="width:{100 * n / total:.2f}%"></span>'
                  for v, n in verdict_counts(p) if v != "unreviewed" and n)
    counts = " ".join(f'{_badge(v)} {n}' for v, n in verdict_counts(p))
    more = f'<p class="muted">{_e(" · ".join(extra))}</p>' if extra else ""
    return (f'<div class="progress"><b>Review progress: {p.reviewed} of {p.total} {_e(what)} reviewed</b>'
            f' <span class="muted">({100 * p.reviewed // total}%)</span>'
            f'<div class="bar">{bar}</div><div class="counts">{counts}</div>{more}</div>')


def _summary(s: Summary) -> str:
    types = ", ".join(f"{n} {key.split('/', 1)[1]}" for key, n in sorted(s.by_type.items(), key=lambda kv: -kv[1])
                      if key.startswith("contradiction/"))
    over = ", ".join(f"{s.by_type.get('overlap/' + t, 0)} {t}" for t in ("verbatim", "paraphrase"))
    cards = [
        ("bad" if s.contradictions else "", s.contradictions, "contradictions", types),
        ("", s.overlaps, "overlaps", over),
        ("", s.aligned, "aligned passages", "sentences that report the same thing"),
        ("", s.entities, "entities", f"{s.spelled_differently} spelled differently"),
    ]
    p = s.progress
    extra = [f"{p.hidden} hidden by ignore rules ({s.rules} rule{'s' if s.rules != 1 else ''})",
             f"{s.detached} detached review{'s' if s.detached != 1 else ''}",
             f"{s.manual} added by hand", f"{s.kept} kept from an earlier analysis"]
    return f'<section id="summary"><h2>Summary</h2>{_cards(cards)}{_progress(p, "findings", extra)}</section>'


def _legend() -> str:
    items = [
        '<span class="sw hl-vb">same words</span> verbatim overlap',
        '<span class="sw hl-pp">same fact</span> paraphrase',
        '<span class="sw hl-cp">passage</span> with <span class="sw hl-mk">differing words</span> contradiction',
        '<span class="sw hl-un">not in the other article</span>',
        '<sup class="refs"><a class="k-contradiction">7</a></sup> finding number (links to its entry)',
        '<sup class="refs"><a class="v-confirmed">1<span class="g"></span></a><a class="v-disputed">2'
        '<span class="g"></span></a><a class="v-dismissed">3<span class="g"></span></a></sup>'
        ' confirmed, disputed, dismissed',
        '<sup class="refs"><a class="k-overlap">4<span class="g noted"></span></a></sup> with a note (hover to read)',
    ]
    codes = " ".join(f"<b>{_e(code)}</b>&nbsp;{_e(name)}" for name, code in TYPE_CODES.items())
    items.append(f'<span class="codes">gutter: {codes}</span>')
    return '<div class="legend">' + "".join(f'<span class="item">{i}</span>' for i in items) + "</div>"


def _refs(found: list[Entry], side: str) -> str:
    links = []
    for en in found:
        f = en.finding
        title = f"{en.number}. {f.kind} · {f.type}: {f.explanation} — {en.verdict_label}"
        if en.note:
            title += f" — {en.note}"
        glyphs = ('<span class="g noted"></span>' if en.note else
                  '<span class="g"></span>' if en.verdict != "unreviewed" else "")  # drawn by the CSS
        links.append(f'<a id="{side[0]}{en.number}" href="#f{en.number}" class="k-{_e(f.kind)} v-{_e(en.verdict)}" '
                     f'title="{_e(title)}">{en.number}{glyphs}</a>')
    return f'<sup class="refs">{"".join(links)}</sup>'


def _cell(text: str, start: int, end: int, layers: SideLayers, at: dict[int, list[Entry]], side: str) -> str:
    """The text ``[start, end)`` of one article with its highlights, and the numbers of the
    findings that start in it (``at``: by offset) set before their passages."""
    found = layers.overlapping(start, end) if end > start else []
    bounds = {start, end}
    for h in found:
        bounds.update((max(start, h.start), min(end, h.end)))
    bounds.update(at)
    points = sorted(bounds)
    out: list[str] = []
    for n, p in enumerate(points):
        if p in at:
            out.append(_refs(at[p], side))
        if n + 1 == len(points):
            break
        q = points[n + 1]
        layers_here = sorted({h.layer for h in found if h.start <= p and h.end >= q}, key=KIND_ORDER.index)
        piece = _e(text[p:q])
        out.append(f'<span class="{" ".join(LAYER_CLASS[x] for x in layers_here)}">{piece}</span>'
                   if layers_here else piece)
    return "".join(out)


def _gutter(found: Iterable[Entry]) -> str:
    codes = [(TYPE_CODES.get(en.finding.type, "!"), en) for en in found if en.finding.kind == "contradiction"]
    return "<br>".join(f'<span title="{_e(en.finding.type)} · finding {en.number}">{_e(code)}</span>'
                       for code, en in codes)


def _articles(review: Review, listed: list[Entry]) -> str:
    c: Comparison = review.comparison
    shown = [en for en in listed if not en.hidden]
    sides = {}
    for side in ("left", "right"):
        all_layers = side_layers(c, side)
        layers = SideLayers([h for h in all_layers.highlights if h.finding not in review.hidden])
        refs: dict[int, list[Entry]] = {}
        for en in shown:
            refs.setdefault(getattr(en.finding, side).start, []).append(en)
        sides[side] = (getattr(c, side).text, layers, refs, sorted(refs))
    head = "".join(
        f'<th colspan="2">{label}: {_e(getattr(c, side).display_name)}'
        f'<div class="meta">{_e(_article_meta(getattr(c, side)))}</div></th>'
        for side, label in (("left", "Left"), ("right", "Right")))
    rows = []
    for row in level_rows(c):
        cells = []
        for side in ("left", "right"):
            span = getattr(row, side)
            gclass = "gut l" if side == "left" else "gut r"
            if span is None:
                cells.append(f'<td class="{gclass}"></td><td class="txt empty"></td>')
                continue
            text, layers, refs, offsets = sides[side]
            last = span[1] + 1 if span[1] == len(text) else span[1]  # an empty passage at the very end
            at = {off: refs[off] for off in offsets[bisect.bisect_left(offsets, span[0]):
                                                    bisect.bisect_left(offsets, last)]}
            starting = [en for es in at.values() for en in es]
            cells.append(f'<td class="{gclass}">{_gutter(starting)}</td>'
                         f'<td class="txt" data-side="{side}">{_cell(text, span[0], span[1], layers, at, side)}</td>')
        rows.append(f'<tr class="{"lvl" if row.level else "solo"}">{"".join(cells)}</tr>')
    hidden = len(review.hidden)
    note = _muted(f'{hidden} finding{"s are" if hidden != 1 else " is"} hidden by ignore rules: not highlighted '
                  "here, listed under Findings.") if hidden else ""
    return _section("articles", "The two articles, side by side", _legend(), note,
                    '<table class="sbs"><colgroup><col class="gut"><col><col class="gut"><col></colgroup>'
                    f'<thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _list_table(cls: str, columns: list[tuple[str, str]], rows: list[str]) -> str:
    """A table of records: ``columns`` are (heading, width: a CSS length or "" for the rest)."""
    cols = "".join(f'<col style="width:{w}">' if w else "<col>" for _, w in columns)
    heads = "".join(f"<th>{h}</th>" for h, _ in columns)
    return (f'<table class="list {cls}"><colgroup>{cols}</colgroup><thead><tr>{heads}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def _finding_table(listed: list[Entry], c: Comparison, *, sides: tuple[str, str] = ("Left", "Right"),
                   prefix: str = "", linked: bool = True) -> str:
    """The findings' table; ``prefix`` goes before each row's id (``f3``), ``linked`` makes each
    number a link to the finding's passage in the articles (when they are in the report)."""
    if not listed:
        return '<p class="muted">None found.</p>'
    rows = []
    for en in listed:
        f = en.finding
        tags = [_type_label(f.kind, f.type)]
        tags += [f'<span class="tag {what}">{_e(label)}</span>' for what, label in en.flags]
        number = (f'<a href="#l{en.number}" title="show in the articles">{en.number}</a>'
                  if linked and not en.hidden else str(en.number))
        cls = f"k-{f.kind} v-{en.verdict}" + (" is-hidden" if en.hidden else "")
        rows.append(
            f'<tr id="{_e(prefix)}f{en.number}" class="{_e(cls)}"><td class="num">{number}</td>'
            f'<td>{" ".join(tags)}<div class="expl">{_e(detail(f))}</div></td>'
            f"<td>{_quote(c.left, f.left, f.left_marks)}</td><td>{_quote(c.right, f.right, f.right_marks)}</td>"
            f"<td>{_badge(en.verdict)}{_who(en.reviewer, en.updated)}</td>"
            f'<td class="note">{_e(en.note)}</td></tr>')
    return _list_table("findings", [("#", "3.2em"), ("Finding", "17%"), (_e(sides[0]), "23%"),
                                    (_e(sides[1]), "23%"), ("Verdict", "12%"), ("Note", "")], rows)


def _findings(listed: list[Entry], c: Comparison) -> str:
    parts = [_muted("Numbered in reading order of the left article; the number links to the passage.")]
    for kind, title in (("contradiction", "Contradictions"), ("overlap", "Overlaps")):
        mine = [en for en in listed if en.finding.kind == kind]
        parts.append(f"<h3>{title} ({len(mine)})</h3>{_finding_table(mine, c)}")
    others = [en for en in listed if en.finding.kind not in ("contradiction", "overlap")]
    if others:
        parts.append(f"<h3>Other ({len(others)})</h3>{_finding_table(others, c)}")
    return _section("findings", "Findings", *parts)


def _entities(c: Comparison) -> str:
    order = {code: n for n, (code, _) in enumerate(ENTITY_GROUPS)}
    ents = sorted(c.entities, key=lambda e: (order.get(e.type, len(order)), e.name.casefold()))
    if not ents:
        return _section("entities", "Entities", _muted("None found."))
    presence = {"both": "both", "left": "left only", "right": "right only"}
    rows = []
    for ent in ents:
        lf, rf = list(dict.fromkeys(ent.left_forms)), list(dict.fromkeys(ent.right_forms))
        if lf == rf or not (lf and rf):
            forms = _e(" · ".join(lf or rf))
        else:
            forms = f'left: {_e(" · ".join(lf))}<br>right: {_e(" · ".join(rf))}'
        mark = '<span class="tag diff">spelled differently</span>' if ent.spelled_differently else ""
        rows.append(
            f'<tr><td class="name ent-{_e(ent.type.lower())}">{_e(ent.name)}</td>'
            f"<td>{_e(ENTITY_LABELS.get(ent.type, ent.type))}</td>"
            f'<td class="c">{len(ent.left)}</td><td class="c">{len(ent.right)}</td>'
            f"<td>{forms} {mark}</td><td>{_e(presence[ent.presence])}</td></tr>")
    table = _list_table("ents", [("Name", "24%"), ("Type", "15%"), ("Left", "6%"),
                                 ("Right", "6%"), ("Spellings", ""), ("Mentioned in", "11%")],
                        rows)
    return _section("entities", "Entities", table)


def _rules(review: Review, listed: list[Entry]) -> str:
    rules = review.session.rules
    if not rules:
        return _section("rules", "Ignore rules", _muted("No ignore rules: every finding is shown."))
    number = {en.index: en.number for en in listed}
    by_id = {en.finding.id: en.number for en in listed}
    rows = []
    for rule in rules:
        hides = [number[i] for i in review.hidden_by(rule)]
        links = ", ".join(f'<a href="#f{n}">{n}</a>' for n in sorted(hides)) or '<span class="muted">nothing</span>'
        source = by_id.get(rule.source)
        made = f'<a href="#f{source}">{source}</a>' if source else _e(rule.source)
        rows.append(f'<tr><td class="mono">{_e(rule.id)}</td><td><b>{_e(rule.left)}</b> / <b>{_e(rule.right)}</b></td>'
                    f"<td>{_e(rule.type)}</td><td>{len(hides)}: {links}</td><td>{made}</td>"
                    f'<td class="muted">{_e(rule.reviewer)}<br>{_e(readable_time(rule.created))}</td></tr>')
    return _section("rules", "Ignore rules",
                    _muted("Contradictions between these two values are hidden: they are not highlighted in the "
                           "articles and not counted in the review progress."),
                    _list_table("rules", [("Rule", "4em"), ("Ignored variants", "30%"), ("Type", "10%"),
                                          ("Hides findings", ""), ("Made from", "10%"), ("By", "16%")], rows))


def _detached(records: list[ReviewRecord]) -> str:
    if not records:
        return _section("detached", "Detached reviews", _muted("None: every review is attached to a finding."))
    rows = []
    for r in records:
        manual = ' <span class="tag origin">manual</span>' if r.manual else ""
        rows.append(f"<tr><td>{_type_label(r.kind, r.type)}{manual}"
                    f'<div class="expl">{_e(r.explanation)}</div></td>'
                    f"<td>{_saved_quote(r.left.text)}</td><td>{_saved_quote(r.right.text)}</td>"
                    f"<td>{_badge(r.verdict)}{_who(r.reviewer, r.updated)}</td><td class=\"note\">{_e(r.note)}</td>"
                    f"<td>{_e(r.detached_reason)}</td></tr>")
    return _section("detached", "Detached reviews",
                    _muted("Reviews whose passages are no longer in the articles as they are now; kept in the "
                           "session, with the passages as they were."),
                    _list_table("detached", [("Finding", "16%"), ("Left (as saved)", "20%"),
                                             ("Right (as saved)", "20%"), ("Verdict", "12%"), ("Note", ""),
                                             ("Why detached", "14%")], rows))


def _dl(rows: list[tuple[str, str]]) -> str:
    """Labelled values (the values already HTML)."""
    return '<dl class="prov">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"


def _location(loc: str) -> str:
    return (f'<a href="{_e(loc)}">{_e(loc)}</a>' if loc.lower().startswith(("https://", "http://"))
            else f'<span class="mono">{_e(loc)}</span>')


def _source_block(label: str, src: dict) -> str:
    rows = [("Title", _e(src["title"] or "—")), ("Source", _location(src["url"] or src["path"])),
            ("Outlet", _e(src["outlet"] or "—")), ("Date", _e(src["date"] or "—")),
            ("Words", _e(src["words"])), ("SHA-256", f'<span class="sha">{_e(src["sha256"])}</span>')]
    downloaded = src["path"].lower().startswith(("https://", "http://"))
    if src.get("retrieved"):
        rows.insert(2, ("Retrieved", _e(readable_time(src["retrieved"]))))
    if src["url"] and src["path"] and src["url"] != src["path"]:  # a file's own URL, or the address before redirects
        rows.insert(2, ("Requested" if downloaded else "File", _location(src["path"]) if downloaded
                        else f'<span class="mono">{_e(src["path"])}</span>'))
    return f"<div><h3>{label}</h3>{_dl(rows)}</div>"


def _provenance(prov: dict) -> str:
    rows = [("Tool", _e(prov["tool"])), ("Exported", _e(prov["exported_at"])),
            ("Reviewer", _e(prov["reviewer"] or "—")),
            ("Session file", f'<span class="mono">{_e(prov["session"] or "(not saved)")}</span>'),
            ("Session started", _e(prov["session_created"] or "—")),
            ("Session updated", _e(prov["session_updated"] or "—"))]
    return _section("provenance", "Provenance",
                    f'<div class="provs">{_source_block("Left article", prov["left"])}'
                    f'{_source_block("Right article", prov["right"])}</div>',
                    f"<h3>This report</h3>{_dl(rows)}",
                    _muted("The SHA-256 is that of each text as compared (UTF-8, after front matter and markup were "
                           "removed): the same hash means the same text."))


def render_html(review: Review, *, exported_at: str, tool_version: str) -> str:
    """The whole report as one HTML document."""
    c = review.comparison
    listed = entries(review)
    prov = provenance(review, exported_at, tool_version)
    s = summary(review)
    title = f"Fact-check: {c.left.display_name} / {c.right.display_name}"
    body = [
        _header(review, prov), _summary(s), _articles(review, listed), _findings(listed, c), _entities(c),
        _rules(review, listed), _detached(review.session.detached), _provenance(prov),
        f'<footer>Made with {_e(prov["tool"])} on {_e(prov["exported_at"])} from '
        f'{_e(where(prov["left"]))} and {_e(where(prov["right"]))}.</footer>',
    ]
    return _document(title, prov["tool"], body)


def _document(title: str, generator: str, body: list[str], css: str = "") -> str:
    """The page: the report's CSS (and ``css``) inline, a policy that lets nothing load or run."""
    csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    return ("<!DOCTYPE html>\n"
            '<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="{_e(generator)}">'
            f"<title>{_e(title)}</title>\n<style>\n{_css()}{css}</style></head>\n<body>\n"
            + "\n".join(body) + "\n</body></html>\n")
