"""The HTML report of a set: one self-contained page on a story's coverage by several outlets.

The outlets, the matrix of pairs (shaded by shared text, with contradiction counts), the claims
(disputed first: each version and the outlets that give it, who agrees, differs or is silent,
each outlet's sentence, the claim's verdict and note), the names and their spellings by outlet,
the set review's progress and detached reviews, the pairs reviewed on their own, provenance.

Built from the pair report's pieces (``tui.export.html``): the same look (the app's light
theme), the same print layout, the same escaping (``_e``) of every text from the articles, the
sessions or the reviewer, the same policy that nothing loads or runs.
"""

from __future__ import annotations

import re

from tui.coverage.model import Claim, Coverage, CrossEntity
from tui.coverage.report import GRID_MAX, TYPE_LABELS
from tui.export.common import readable_time, source_dict, where
from tui.export.html import (
    PALETTE,
    _badge,
    _cards,
    _dl,
    _document,
    _e,
    _finding_table,
    _list_table,
    _location,
    _muted,
    _progress,
    _saved_quote,
    _section,
    _tint,
    _who,
)
from tui.export.sets.common import PairReviewed, claim_order, set_provenance, stance
from tui.review.sets import ClaimRecord, SetReview

SET_CSS = """/* the set report */
.outlets-line { font-size: 1.05em; margin: .2em 0 .5em; }
.outlets-line .sep { color: var(--secondary); padding: 0 .35em; }
.on { font-weight: 700; color: var(--primary); font-variant-numeric: tabular-nums; }
table.outlets td.name { font-weight: 700; }
table.ents td:nth-child(5) { padding-left: 18px; }
table.matrix { border-collapse: separate; border-spacing: 3px; margin: .6em 0; font-size: .9em; }
table.matrix th { font-weight: 600; padding: 4px 8px; color: var(--secondary); }
table.matrix thead th { text-align: center; }
table.matrix th.row { text-align: left; white-space: nowrap; color: var(--foreground); }
table.matrix th.row .on { margin-right: .4em; }
table.matrix td { text-align: center; padding: 8px 10px; border-radius: 5px; min-width: 6.5em;
  font-variant-numeric: tabular-nums; white-space: nowrap; }
table.matrix td.self { background: var(--surface); color: var(--secondary); }
table.matrix td.none { background: var(--surface); color: var(--secondary); font-style: italic; }
table.matrix td .pc { font-weight: 700; }
.ct { display: inline-block; min-width: 1.5em; margin-left: .45em; padding: 0 5px; border-radius: 999px;
  font-size: .85em; font-weight: 700; background: #fff; color: var(--secondary); border: 1px solid var(--rule); }
.ct.bad { background: var(--error); color: #fff; border-color: var(--error); }
.scale { display: flex; align-items: center; gap: 6px; font-size: .82em; color: var(--secondary); }
.scale span.sw { display: inline-block; width: 26px; height: 14px; border-radius: 3px;
  border: 1px solid var(--rule); }
.claim { border: 1px solid var(--rule); border-radius: 8px; padding: 12px 16px 10px; margin: 0 0 14px;
  break-inside: avoid; }
.claim.disputed { border-left: 4px solid var(--error); }
.claim .head { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
.claim .head .cid { font: 700 .9em ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; }
.claim .head .verdict { margin-left: auto; text-align: right; }
.claim .head .verdict .muted { font-size: .8em; text-transform: uppercase; letter-spacing: .05em; }
.claim .head .verdict .who { display: inline; margin-left: .4em; }
.claim .said { font-family: Charter, "Bitstream Charter", Georgia, Cambria, "Noto Serif", "DejaVu Serif", serif;
  font-size: 1.08em; margin: .45em 0 .6em; }
.claim h4 { font-size: .78em; text-transform: uppercase; letter-spacing: .06em; color: var(--secondary);
  margin: .8em 0 .3em; }
table.points { border-collapse: collapse; font-size: .9em; margin-bottom: .2em; }
table.points td { padding: 3px 14px 3px 0; vertical-align: top; }
table.points td.label { font-weight: 600; color: var(--secondary); }
table.points td.value { font-weight: 700; }
table.points tr.minority td.value { color: var(--error); }
.stances { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; font-size: .88em; margin: .6em 0; }
.stances > div { border-radius: 6px; padding: 5px 10px; background: var(--surface); }
.stances b { display: block; font-size: .85em; text-transform: uppercase; letter-spacing: .05em; }
.stances .agree b { color: var(--success); }
.stances .differ b { color: var(--error); }
.stances .silent b { color: var(--secondary); }
table.sentences { width: 100%; border-collapse: collapse; font-size: .92em; table-layout: fixed; }
table.sentences td { padding: 4px 8px 4px 0; vertical-align: top; border-top: 1px solid var(--panel); }
table.sentences td.who { width: 13em; white-space: normal; }
table.sentences td.txt { font-family: Charter, Georgia, "DejaVu Serif", serif; overflow-wrap: break-word; }
table.sentences mark { background: var(--finding-contradiction); color: var(--foreground); font-weight: 700;
  padding: 0 1px; }
.claim .note { margin-top: .6em; padding: 6px 10px; border-left: 3px solid var(--warning);
  background: NOTE_BG; white-space: pre-line; font-size: .92em; }
.claim .note b { color: var(--warning); margin-right: .4em; }
ul.alone { margin: .3em 0; padding-left: 1.2em; font-size: .9em; }
ul.alone li { margin: .25em 0; }
.pairrev { margin-bottom: 1.6em; }
.pairrev h3 .vs { color: var(--secondary); font-weight: 400; padding: 0 .3em; }
@media print {
  .claim, table.matrix tr, .pairrev h3 { break-inside: avoid; }
  .stances { grid-template-columns: repeat(3, 1fr); }
}
""".replace("NOTE_BG", _tint(PALETTE["warning"], 0.07))


NAME_CHARS = 34
"""Longest outlet name written beside its number (the whole name shows on hover)."""


def _on(cov: Coverage, outlet: int, with_name: bool = True, limit: int = NAME_CHARS) -> str:
    """An outlet as "#2 Coastal Times": the number in the primary colour, the name shortened to
    ``limit`` characters (whole on hover)."""
    name = cov.outlets[outlet].name
    number = f'<span class="on" title="{_e(name)}">#{outlet + 1}</span>'
    if not with_name:
        return number
    short = name if len(name) <= limit else name[: limit - 1].rstrip() + "…"
    return f'{number} <span title="{_e(name)}">{_e(short)}</span>' if short != name else f"{number} {_e(name)}"


def _ons(cov: Coverage, outlets: list[int], with_name: bool = True) -> str:
    return ", ".join(_on(cov, o, with_name) for o in outlets) or '<span class="muted">none</span>'


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# --- sections -----------------------------------------------------------------------------------


def _header(cov: Coverage, prov: dict) -> str:
    names = '<span class="sep">·</span>'.join(_on(cov, o.index) for o in cov.outlets)
    meta = f"Exported {prov['exported_at']} · reviewer {prov['reviewer'] or '—'} · {prov['tool']}"
    toc = "".join(f'<a href="#{anchor}">{label}</a>' for anchor, label in (
        ("outlets", "Outlets"), ("matrix", "Matrix"), ("claims", "Claims"), ("names", "Names"),
        ("detached", "Detached reviews"), ("pairs", "Pairs reviewed"), ("provenance", "Provenance")))
    return (f'<header class="top"><div class="kicker">diptych · coverage report</div>'
            f"<h1>One story, {len(cov.outlets)} outlets</h1>"
            f'<div class="outlets-line">{names}</div>'
            f'<div class="meta">{_e(meta)}</div><nav class="toc">{toc}</nav></header>')


def _summary(set_review: SetReview, pairs: list[PairReviewed]) -> str:
    cov = set_review.coverage
    cells = cov.pairs
    contradictions = sum(c.contradictions for c in cells)
    disputed = sum(c.disputed for c in cov.claims)
    spelled = sum(e.spelled_differently for e in cov.entities)
    cards = [
        ("", len(cov.outlets), "outlets", f"{_plural(sum(c.compared for c in cells), 'pair')} compared"),
        ("bad" if contradictions else "", contradictions, "contradictions",
         f"between {_plural(sum(c.contradictions > 0 for c in cells), 'pair')}"),
        ("bad" if disputed else "", len(cov.claims), "claims", f"{disputed} disputed"),
        ("", len(cov.entities), "names", f"{spelled} spelled differently"),
    ]
    detached = len(set_review.session.detached)
    extra = [f"{_plural(detached, 'detached claim review')}",
             f"{_plural(sum(p.review is not None for p in pairs), 'pair')} reviewed on their own"]
    return (f'<section id="summary"><h2>Summary</h2>{_cards(cards)}'
            f'{_progress(set_review.progress(), "claims", extra)}</section>')


def _outlets(cov: Coverage) -> str:
    rows = []
    for o in cov.outlets:
        src = source_dict(o.article)
        title = '<span class="muted">(the name)</span>' if src["title"] == o.name else _e(src["title"] or "—")
        rows.append(f'<tr><td class="num">{o.index + 1}</td><td class="name">{_e(o.name)}</td>'
                    f"<td>{title}</td><td>{_e(src['date'] or '—')}</td>"
                    f'<td class="c">{src["words"]}</td><td>{_location(where(src))}</td>'
                    f'<td><span class="sha">{_e(src["sha256"])}</span></td></tr>')
    table = _list_table("outlets", [("#", "2.6em"), ("Outlet", "19%"), ("Title", "19%"), ("Date", "7.4em"),
                                    ("Words", "4.6em"), ("Path or URL", "19%"), ("SHA-256", "")], rows)
    return _section("outlets", "Outlets", table,
                    _muted("Every outlet keeps its number throughout the report. The SHA-256 is that of each text "
                           "as compared (UTF-8, after front matter and markup were removed)."))


def _shade(share: float) -> tuple[str, str]:
    """A cell's background and ink: white tinted towards the primary colour the more is shared
    (as in the app's matrix)."""
    colour = _tint(PALETTE["primary"], min(0.9, 0.05 + 1.1 * share))
    r, g, b = (int(colour[k:k + 2], 16) for k in (1, 3, 5))
    return colour, ("#000000" if (0.299 * r + 0.587 * g + 0.114 * b) / 255 > 0.5 else "#ffffff")


def _count(n: int) -> str:
    title = f"{_plural(n, 'contradiction')} between the two"
    return f'<span class="ct{" bad" if n else ""}" title="{title}">{n}</span>'


def _grid(cov: Coverage) -> str:
    head = "".join(f'<th title="{_e(o.name)}">#{o.index + 1}</th>' for o in cov.outlets)
    rows = []
    for row in cov.outlets:
        cells = []
        for col in cov.outlets:
            if row.index == col.index:
                cells.append('<td class="self">·</td>')
                continue
            cell = cov.cell(row.index, col.index)
            if not cell.compared:
                cells.append('<td class="none" title="no content word in common">not compared</td>')
                continue
            share = cell.share_of(row.index)
            background, ink = _shade(share)
            title = (f"{share:.0%} of #{row.index + 1} {row.name} is also in #{col.index + 1} {col.name}; "
                     f"{_plural(cell.contradictions, 'contradiction')}")
            cells.append(f'<td style="background:{background};color:{ink}" title="{_e(title)}">'
                         f'<span class="pc">{share:.0%}</span>{_count(cell.contradictions)}</td>')
        rows.append(f'<tr><th class="row">{_on(cov, row.index)}</th>{"".join(cells)}</tr>')
    scale = "".join(f'<span class="sw" style="background:{_shade(s)[0]}"></span>{s:.0%}'
                    for s in (0.0, 0.25, 0.5, 0.75))
    return (_muted("Each cell: the share of the row's article that the column's article also carries (verbatim or "
                   "paraphrased), and the number of contradictions between the two.")
            + f'<div class="scale">shared: {scale}</div>'
            + f'<table class="matrix"><thead><tr><th></th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _pair_list(cov: Coverage) -> str:
    rows = []
    for c in sorted(cov.pairs, key=lambda c: (-c.contradictions, -c.share, c.left, c.right)):
        shared = f"{c.share:.0%}" if c.compared else "not compared"
        rows.append(f"<tr><td>{_on(cov, c.left)}</td><td>{_on(cov, c.right)}</td><td class=\"c\">{shared}</td>"
                    f'<td class="c">{c.left_share:.0%}</td><td class="c">{c.right_share:.0%}</td>'
                    f'<td class="c">{_count(c.contradictions)}</td></tr>')
    return (_muted(f"{len(cov.outlets)} outlets are too many for a grid: every pair, those with most contradictions "
                   "first. Shared: the text both carry, of both, of the first, of the second.")
            + _list_table("pairs", [("First", "24%"), ("Second", "24%"), ("Shared", ""), ("Of first", ""),
                                    ("Of second", ""), ("Contradictions", "")], rows))


def _matrix(cov: Coverage) -> str:
    return _section("matrix", "Matrix of pairs", _grid(cov) if len(cov.outlets) <= GRID_MAX else _pair_list(cov))


def _marked(text: str, forms: list[str]) -> str:
    """``text`` escaped, with the first place each of ``forms`` stands in it marked (the outlet's
    version of a point)."""
    taken: list[tuple[int, int]] = []
    for form in sorted({f for f in forms if f.strip()}, key=len, reverse=True):
        for m in re.finditer(re.escape(form), text, flags=re.IGNORECASE):
            if all(m.end() <= a or m.start() >= b for a, b in taken):
                taken.append((m.start(), m.end()))
                break
    out, at = [], 0
    for a, b in sorted(taken):
        out.append(f"{_e(text[at:a])}<mark>{_e(text[a:b])}</mark>")
        at = b
    return "".join(out) + _e(text[at:])


def _points(cov: Coverage, claim: Claim) -> str:
    rows = []
    for point in claim.points:
        majority = point.majority
        for k, v in enumerate(point.variants):
            label = f'<td class="label" rowspan="{len(point.variants)}">{_e(point.label)}</td>' if k == 0 else ""
            cls = "" if v is majority else ' class="minority"'
            rows.append(f"<tr{cls}>{label}<td class=\"value\">{_e(v.value)}</td>"
                        f"<td>{_plural(v.count, 'outlet')}: {_ons(cov, v.outlets)}</td></tr>")
    return f'<h4>Versions</h4><table class="points"><tbody>{"".join(rows)}</tbody></table>'


def _sentences(cov: Coverage, claim: Claim) -> str:
    """Each outlet's sentence(s), outlets that word it alike on one row; in a disputed claim
    each outlet's version of the points marked."""
    forms: dict[int, list[str]] = {}
    for point in claim.points:
        for v in point.variants:
            for o in v.outlets:
                forms.setdefault(o, []).extend([v.value, *v.forms])
    said: dict[str, list[int]] = {}
    for s in claim.sentences:
        said.setdefault(" ".join(s.text.split()), [])
        if s.outlet not in said[" ".join(s.text.split())]:
            said[" ".join(s.text.split())].append(s.outlet)
    rows = [f'<tr><td class="who">{_ons(cov, outlets)}</td>'
            f'<td class="txt">{_marked(text, [f for o in outlets for f in forms.get(o, [])])}</td></tr>'
            for text, outlets in said.items()]
    return f'<h4>How each outlet words it</h4><table class="sentences"><tbody>{"".join(rows)}</tbody></table>'


def _claim(set_review: SetReview, index: int) -> str:
    cov = set_review.coverage
    claim = cov.claims[index]
    record = set_review.record(index)
    verdict = set_review.verdict(index)
    who = _who(record.reviewer, record.updated) if record and record.reviewed else ""
    tag = '<span class="tag k-contradiction">versions differ</span>' if claim.disputed else ""
    head = (f'<div class="head"><span class="cid">{_e(claim.id)}</span>{tag}'
            f'<span class="muted">stated by {len(claim.outlets)} of {len(cov.outlets)} outlets</span>'
            f'<span class="verdict"><span class="muted">verdict</span> {_badge(verdict)}{who}</span></div>')
    by = {o: stance(claim, o) for o in range(len(cov.outlets))}
    stances = "".join(f'<div class="{cls}"><b>{label}</b>{_ons(cov, [o for o, s in by.items() if s == key])}</div>'
                      for cls, label, key in (("agree", "Agree", "states"), ("differ", "Differ", "differs"),
                                              ("silent", "Silent", "silent")))
    note = f'<div class="note"><b>Note</b>{_e(set_review.note(index))}</div>' if set_review.note(index) else ""
    return (f'<article class="claim{" disputed" if claim.disputed else ""} v-{_e(verdict)}" id="claim-{_e(claim.id)}">'
            f'{head}<div class="said">{_e(claim.text)}</div>'
            f'{_points(cov, claim) if claim.disputed else ""}<div class="stances">{stances}</div>'
            f"{_sentences(cov, claim)}{note}</article>")


def _claims(set_review: SetReview) -> str:
    cov = set_review.coverage
    if not cov.claims:
        return _section("claims", "Claims", _muted("None: no statement is made by two outlets."))
    order = claim_order(cov)
    disputed = [i for i in order if cov.claims[i].disputed]
    agreed = [i for i in order if not cov.claims[i].disputed]
    parts = [_muted("Statements several outlets make. Agree: the outlet states it in the version most outlets give; "
                    "differ: it gives another version of a point; silent: it does not state it.")]
    for title, group in ((f"Disputed: the outlets give different versions ({len(disputed)})", disputed),
                         (f"Stated alike ({len(agreed)})", agreed)):
        if group:
            parts.append(f"<h3>{title}</h3>" + "".join(_claim(set_review, i) for i in group))
    return _section("claims", "Claims", *parts)


def _spellings(cov: Coverage, e: CrossEntity) -> str:
    if e.variants:
        return " · ".join(f"<b>{_e(s.form)}</b> ({_ons(cov, s.outlets, with_name=False)})" for s in e.variants) + \
            ' <span class="tag diff">spelled differently</span>'
    forms = list(dict.fromkeys(f for o in e.outlets for f in e.forms[o]))
    return _e(" · ".join(forms))


def _names(cov: Coverage) -> str:
    if not cov.entities:
        return _section("names", "Names", _muted("None found."))
    shared = [e for e in cov.entities if len(e.mentions) > 1 or e.spelled_differently]
    shared.sort(key=lambda e: (not e.spelled_differently, -len(e.mentions), e.name.casefold()))
    n = len(cov.outlets)
    rows = [f'<tr><td class="name ent-{_e(e.type.lower())}">{_e(e.name)}</td>'
            f"<td>{_e(TYPE_LABELS.get(e.type, e.type))}</td><td class=\"c\">{len(e.mentions)}/{n}</td>"
            f'<td class="c">{sum(e.mentions.values())}</td><td>{_ons(cov, e.outlets, with_name=False)}</td>'
            f"<td>{_spellings(cov, e)}</td></tr>" for e in shared]
    parts = [_muted("People, organisations and places named by several outlets: names spelled differently first.")]
    parts.append(_list_table("ents", [("Name", "20%"), ("Type", "11%"), ("Outlets", "5em"), ("Mentions", "6em"),
                                      ("Named by", "16%"), ("Spellings (by outlet where they differ)", "")], rows)
                 if rows else _muted("None is named by more than one outlet."))
    alone = sorted((e for e in cov.entities if e not in shared), key=lambda e: e.name.casefold())
    if alone:
        items = []
        for o in cov.outlets:
            mine = [f'<span class="ent-{_e(e.type.lower())}">{_e(e.name)}</span>'
                    for e in alone if o.index in e.mentions]
            if mine:
                items.append(f"<li>{_on(cov, o.index)}: {', '.join(mine)}</li>")
        parts.append(f'<h3>Named by one outlet only ({len(alone)})</h3><ul class="alone">{"".join(items)}</ul>')
    return _section("names", "Names", *parts)


def _detached(records: list[ClaimRecord]) -> str:
    if not records:
        return _section("detached", "Detached claim reviews",
                        _muted("None: every claim review is attached to a claim."))
    rows = [f"<tr><td>{_saved_quote(r.text)}</td><td>{_badge(r.verdict)}{_who(r.reviewer, r.updated)}</td>"
            f'<td class="note">{_e(r.note)}</td><td>{_e(r.detached_reason)}</td></tr>' for r in records]
    return _section("detached", "Detached claim reviews",
                    _muted("Reviews of claims the outlets no longer state together, as they were saved."),
                    _list_table("detached", [("Claim (as saved)", "38%"), ("Verdict", "14%"), ("Note", ""),
                                             ("Why detached", "20%")], rows))


def _pairs(cov: Coverage, pairs: list[PairReviewed]) -> str:
    if not pairs:
        return _section("pairs", "Pairs reviewed",
                        _muted("No pair of these outlets has a review of its own (opening a pair, from the matrix "
                               "or with diptych LEFT RIGHT, starts one)."))
    parts = [_muted("Pairs of outlets reviewed on their own, finding by finding: the findings with a verdict or a "
                    "note, numbered as in the pair's own report.")]
    for p in pairs:
        title = f'{_on(cov, p.left)}<span class="vs">⇄</span>{_on(cov, p.right)}'
        if p.review is None:
            parts.append(f'<div class="pairrev"><h3>{title}</h3>{_muted(_e(p.problem))}</div>')
            continue
        progress = p.review.progress()
        detached = len(p.review.session.detached)
        bits = [f"{progress.reviewed} of {progress.total} findings reviewed"]
        bits += [f"{progress.hidden} hidden by ignore rules"] if progress.hidden else []
        bits += [_plural(detached, "detached review")] if detached else []
        bits += [f"updated {readable_time(p.review.session.updated)}"] if p.review.session.updated else []
        listed = p.reviewed
        table = _finding_table(listed, p.review.comparison, sides=(f"#{p.left + 1} {cov.outlets[p.left].name}",
                                                                   f"#{p.right + 1} {cov.outlets[p.right].name}"),
                               prefix=f"p{p.left + 1}-{p.right + 1}-", linked=False) if listed else ""
        parts.append(f'<div class="pairrev"><h3>{title}</h3>'
                     f'<p class="muted">{_e(" · ".join(bits))} · <span class="mono">{_e(p.path)}</span></p>'
                     f"{table}</div>")
    return _section("pairs", "Pairs reviewed", *parts)


def _provenance(prov: dict) -> str:
    rows = [("Tool", _e(prov["tool"])), ("Exported", _e(prov["exported_at"])),
            ("Reviewer", _e(prov["reviewer"] or "—")),
            ("Set session", f'<span class="mono">{_e(prov["session"] or "(none saved: no claim reviewed yet)")}'
                            "</span>"),
            ("Session started", _e(prov["session_created"] or "—")),
            ("Session updated", _e(prov["session_updated"] or "—"))]
    return _section("provenance", "Provenance", _dl(rows),
                    _muted("Where each article came from, and its SHA-256, is in the table of outlets."))


def render_set_html(set_review: SetReview, pairs: list[PairReviewed], *, exported_at: str,
                    tool_version: str) -> str:
    """The whole report as one HTML document."""
    cov = set_review.coverage
    prov = set_provenance(set_review, exported_at, tool_version)
    body = [
        _header(cov, prov), _summary(set_review, pairs), _outlets(cov), _matrix(cov), _claims(set_review),
        _names(cov), _detached(set_review.session.detached), _pairs(cov, pairs), _provenance(prov),
        f'<footer>Made with {_e(prov["tool"])} on {_e(prov["exported_at"])} from {len(cov.outlets)} articles: '
        f'{_e(", ".join(where(source_dict(o.article)) for o in cov.outlets))}.</footer>',
    ]
    return _document(f"Coverage: {len(cov.outlets)} outlets, one story", prov["tool"], body, SET_CSS)

