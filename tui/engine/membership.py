"""Membership contradictions: two articles naming different participants.

A list of two or more places ("Turkey, the US and Ukraine") is read as a set of
participants. When a list is introduced by "with" ("the Ukrainian delegation held
talks with the US and Türkiye"), the delegation named earlier in the clause takes
part too. Two lists in related sentences that share some members but where *each*
side has a member the other lacks disagree about who took part; one list being a
subset of the other is an omission. A list that matches another list of the other
article exactly settles the question, so no conflict is reported for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.engine import gazetteer, lexicon
from tui.engine.context import PairContext
from tui.engine.entities import ArticleEntities
from tui.engine.model import Finding, Span, Why
from tui.engine.tokens import concept, fold

MIN_SHARED = 0.3
"""Jaccard overlap from which two lists are about the same group."""
RELATED = 0.12
"""Sentences scoring below this are not about the same event."""

_SEPARATOR = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s*as well as\s+)(?:the\s+)?"
                        r"(?:[a-z][a-z-]+\s+){0,2}$")
"""Between two members: a comma or "and", and at most two lower-case words saying what the next
one is ("accountant Rafe Tollund and businessman Corin Mazzel")."""
def _separates(gap: str) -> bool:
    m = _SEPARATOR.match(gap)
    if not m:
        return False
    words = re.findall(r"[a-z][a-z-]+", gap)
    # (the descriptors are content words: not "and then between")
    return all(w in ("and", "the", "as", "well") or w not in lexicon.STOPWORDS for w in words)


_CLAUSE_BREAK = re.compile(r"[,;:—–]\s")


@dataclass(slots=True)
class Members:
    """A list of participants: its span, the segment it stands in, its members, and what
    the clause around it is about (the concepts of its words: met, signed, attended...)."""

    start: int
    end: int
    segment: int
    members: frozenset[str]
    named: tuple[str, ...]
    about: frozenset[str] = frozenset()


def _about(seg, start: int, end: int) -> frozenset[str]:
    """Concepts of the content words near a list (a few words before, a few after)."""
    before = [t for t in seg.tokens if t.end <= start][-8:]
    after = [t for t in seg.tokens if t.start >= end][:6]
    return frozenset(concept(t.norm) for t in before + after
                     if not t.stop and not t.text[:1].isupper() and not t.norm[:1].isdigit()
                     and len(t.norm) > 2)


def member_lists(text: str, segments, ents: ArticleEntities, segment_at,
                 kinds: tuple[str, ...] = ("GPE",), key_of=lambda k: k) -> list[Members]:
    places = sorted(
        (m for key, ms in ents.mentions.items() if ents.types[key] in kinds for m in ms),
        key=lambda m: m.start,
    )
    lists: list[Members] = []
    k = 0
    while k < len(places):
        group = [places[k]]
        j = k + 1
        while j < len(places) and _separates(text[group[-1].end:places[j].start]):
            group.append(places[j])
            j += 1
        if len(group) >= 2:
            seg_i = segment_at(group[0].start)
            seg = segments[seg_i]
            if len({ents.types[m.key] for m in group}) > 1:
                k = j
                continue  # a list mixes people and places: not one group
            keys = {key_of(m.key) for m in group}
            # "... held talks with representatives from A and B": the subject takes part
            clause_start = seg.start
            for br in _CLAUSE_BREAK.finditer(text, seg.start, group[0].start):
                clause_start = br.end()
            before = text[clause_start:group[0].start]
            if re.search(r"\bwith\b", before):
                for w in re.findall(r"[^\W\d_]+", before.split(" with ")[0]):
                    country = gazetteer.DEMONYM_TO_PLACE.get(fold(w))
                    known = gazetteer.lookup(w)
                    if country:
                        keys.add(f"GPE:{fold(country)}")
                    elif known and known[1] == "GPE":
                        keys.add(f"GPE:{fold(known[0])}")
            if len(keys) >= 2:
                lists.append(Members(group[0].start, group[-1].end, seg_i, frozenset(keys),
                                     tuple(m.text for m in group), _about(seg, group[0].start, group[-1].end)))
        k = j
    return lists


def _differ(a: frozenset[str], b: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The members of each list the other lacks; a member named by the end of another's name
    is the same one ("Korea" / "South Korea")."""
    only_a, only_b = set(a - b), set(b - a)
    for x in sorted(only_a):
        kind, name = x.split(":", 1) if ":" in x else ("", x)
        for y in sorted(only_b):
            kind_y, name_y = y.split(":", 1) if ":" in y else ("", y)
            if kind == kind_y and (name_y.endswith(" " + name) or name.endswith(" " + name_y)):
                only_a.discard(x)
                only_b.discard(y)
                break
    return frozenset(only_a), frozenset(only_b)


def _names(keys: frozenset[str]) -> str:
    return ", ".join(sorted(k.split(":", 1)[1].title() for k in keys))


def find_membership_conflicts(ctx: PairContext) -> list[Finding]:
    # one key per real-world thing on both sides (a person spelled two ways is one member)
    right_to_left = {rk: link.left_keys[0] for link in ctx.linked if link.left_keys
                     for rk in link.right_keys}
    kinds = ("GPE", "PERSON", "ORG")
    left = member_lists(ctx.left.text, ctx.left_segments, ctx.left_entities,
                        lambda o: ctx.segment_at("left", o), kinds)
    right = member_lists(ctx.right.text, ctx.right_segments, ctx.right_entities,
                         lambda o: ctx.segment_at("right", o), kinds, lambda k: right_to_left.get(k, k))
    findings: list[Finding] = []

    def settled(lst: Members, others: dict[int, list[Members]], side: str) -> bool:
        near = ctx.partners(side).get(lst.segment, {})
        for o in (o for seg in near for o in others.get(seg, ())):
            score = near[o.segment]
            if score >= RELATED and o.members == lst.members and o.about & lst.about:
                return True
        return False

    left_by_segment: dict[int, list[Members]] = {}
    for lst in left:
        left_by_segment.setdefault(lst.segment, []).append(lst)
    right_by_segment: dict[int, list[Members]] = {}
    for lst in right:
        right_by_segment.setdefault(lst.segment, []).append(lst)
    for r in right:
        if settled(r, left_by_segment, "right"):
            continue
        near = ctx.partners("right").get(r.segment, {})
        related = [(lst_l, near[seg]) for seg in sorted(near) for lst_l in left_by_segment.get(seg, ())
                   if lst_l.about & r.about]
        related = [(lst_l, s) for lst_l, s in related if s >= RELATED]
        best = None
        for lst_l, s in related:
            only_l, only_r = _differ(lst_l.members, r.members)
            both = len(lst_l.members) - len(only_l)
            shared = both / (both + len(only_l) + len(only_r))
            if shared < MIN_SHARED or not only_l or not only_r:
                continue
            if settled(lst_l, right_by_segment, "left"):
                continue
            if best is None or (shared, s) > best[1:]:
                best = (lst_l, shared, s)
        if best is None:
            continue
        lst_l = best[0]
        only_l, only_r = _differ(lst_l.members, r.members)
        findings.append(ctx.finding(
            "contradiction", "membership", Span(lst_l.start, lst_l.end), Span(r.start, r.end),
            Why("membership", _names(only_l), _names(only_r), f"both name {_names(lst_l.members & r.members)}"),
            0.85))
    return findings


PORTFOLIO_ALIGNMENT = 0.5
"""Sentences this alike are read word for word for the office of who took part."""
_PORTFOLIOS = frozenset("""foreign defense defence interior justice finance economy energy health education
trade agriculture transport culture labour labor environment housing tourism youth sports digital science
industry infrastructure communications development home""".split())
"""Words that say which minister (or secretary): "the foreign ministers" are not "the trade ministers"."""


def find_portfolio_conflicts(ctx: PairContext) -> list[Finding]:
    """In closely matching sentences, the same office with another portfolio in the same place
    ("joined only by their foreign ministers" / "joined only by their trade ministers")."""
    findings: list[Finding] = []
    for pair in ctx.alignment:
        if pair.score < PORTFOLIO_ALIGNMENT:
            continue
        for la, rb, head_l, head_r in ctx.word_swaps(pair.left, pair.right):
            if la.norm not in _PORTFOLIOS or rb.norm not in _PORTFOLIOS:
                continue
            if head_l.norm != head_r.norm or concept(head_l.norm.rstrip("s")) not in lexicon.TITLE_HEADS:
                continue
            left, right = Span(la.start, head_l.end), Span(rb.start, head_r.end)
            plural = head_l.norm.endswith("s")
            findings.append(ctx.finding(
                "contradiction", "membership" if plural else "role", left, right,
                Why("membership" if plural else "role", ctx.left.text[left.start:left.end],
                    ctx.right.text[right.start:right.end], "another office in the same place"),
                0.75, [Span(la.start, la.end)], [Span(rb.start, rb.end)]))
    return findings
