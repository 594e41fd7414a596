"""Entities across the set: each person, organisation and place, with the outlets that name it
and how each of them spells it.

Each article's names come from the engine's extractor (``pipeline.prepare``), which already
folds an article's own mentions together ("Hakan Fidan", "Fidan") and keys known names by
their canonical form (Kyiv and Kiev, Turkey and Türkiye share a key). Across articles, the
same key is the same entity; people are also linked when the engine's linker relates their
names (``same_person``: "Serhiy Kyslytsya" / "Sergey Kyslytsya", "Oleksandr Polak" /
"Oleksandr Poklad"), strongest relation first, never joining two people one article keeps apart.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from tui.coverage.model import CrossEntity, Outlet, Spelling
from tui.engine.entities import person_tokens, same_person
from tui.engine.pipeline import Prepared
from tui.engine.tokens import fold

NAME_TYPES = ("PERSON", "ORG", "GPE", "LOC")
_ORDER = {t: k for k, t in enumerate(NAME_TYPES)}
_WORD = re.compile(r"\w+")
_CONNECTORS = frozenset("of the and for de".split())


def _bare(form: str) -> str:
    return form.removeprefix("the ").removeprefix("The ")


def _words(form: str) -> frozenset[str]:
    return frozenset(_WORD.findall(fold(form)))


def _initials(form: str) -> str:
    return "".join(w[0] for w in form.split() if w.lower() not in _CONNECTORS).upper()


def _abbreviations(forms: set[str]) -> set[str]:
    """Forms that are the initials of another form (US / United States): a short form, not
    another spelling."""
    out = set()
    for f in forms:
        letters = f.replace(".", "")
        if 2 <= len(letters) <= 6 and letters.isupper() and any(
                g != f and _initials(g) == letters for g in forms):
            out.add(f)
    return out


def _variants(forms: dict[int, Counter]) -> list[Spelling]:
    """The spellings of an entity by outlet, when two outlets write it in words neither of
    which contains the other's (Kyiv / Kiev; not Trump / Donald Trump); else empty."""
    short = _abbreviations({f for c in forms.values() for f in c})
    words: dict[int, frozenset[str]] = {}
    for o, c in forms.items():
        w = frozenset().union(*(_words(f) for f in c if f not in short))
        if w:
            words[o] = w
    distinct = sorted(set(words.values()), key=sorted)
    if not any(not (a <= b or b <= a) for k, a in enumerate(distinct) for b in distinct[k + 1:]):
        return []
    # each outlet's principal form: its most used full form (not inside another of its forms)
    groups: dict[str, list[int]] = defaultdict(list)
    written: dict[str, Counter] = defaultdict(Counter)
    for o in sorted(words):
        own = [f for f in forms[o] if f not in short]
        full = [f for f in own if not any(g != f and _words(f) < _words(g) for g in own)]
        principal = min(full, key=lambda f: (-forms[o][f], -len(f), f))
        groups[fold(principal)].append(o)
        written[fold(principal)][principal] += 1
    if len(groups) < 2:
        return []
    out = [Spelling(min(written[k], key=lambda f: (-written[k][f], f)), outlets) for k, outlets in groups.items()]
    return sorted(out, key=lambda s: (-len(s.outlets), s.form))


class _Sets:
    """Union-find over entity nodes, each group remembering its outlets."""

    def __init__(self, outlets: Sequence[int]):
        self.parent = list(range(len(outlets)))
        self.outlets = [{o} for o in outlets]

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: int, b: int, exclusive: bool) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or (exclusive and not self.outlets[ra].isdisjoint(self.outlets[rb])):
            return  # (an outlet naming both keeps them apart: its extractor saw two people)
        ra, rb = min(ra, rb), max(ra, rb)
        self.parent[rb] = ra
        self.outlets[ra] |= self.outlets[rb]
        self.outlets[rb] = set()


def link_entities(outlets: Sequence[Outlet], prepared: Sequence[Prepared]) -> list[CrossEntity]:
    """The set's people, organisations and places, the most widely named first."""
    nodes: list[tuple[int, str]] = []
    for o, p in enumerate(prepared):
        nodes.extend((o, key) for key in sorted(p.names.mentions) if p.names.types[key] in NAME_TYPES)
    name = [prepared[o].names.names[k] for o, k in nodes]
    etype = [prepared[o].names.types[k] for o, k in nodes]
    sets = _Sets([o for o, _ in nodes])
    first: dict[str, int] = {}
    for n, (_, key) in enumerate(nodes):
        sets.join(first.setdefault(key, n), n, exclusive=False)
    # people named alike (under different keys): found through their names' first and last
    # words; each key once, by its first node (the key's group holds all of its outlets)
    by_word: dict[str, list[int]] = defaultdict(list)
    for n in sorted(set(first.values())):
        if etype[n] == "PERSON":
            toks = person_tokens(name[n])
            for t in sorted({toks[0], toks[-1]} if toks else ()):
                by_word[t].append(n)
    ranked: set[tuple[bool, int, int]] = set()
    for ns in by_word.values():
        for k, a in enumerate(ns):
            for b in ns[k + 1:]:
                relation = same_person(name[a], name[b])
                if relation:
                    ranked.add((relation != "same", a, b))
    for _, a, b in sorted(ranked):
        sets.join(a, b, exclusive=True)
    groups: dict[int, list[int]] = defaultdict(list)
    for n in range(len(nodes)):
        groups[sets.find(n)].append(n)
    out: list[CrossEntity] = []
    for members in groups.values():
        mentions: Counter = Counter()
        forms: dict[int, Counter] = defaultdict(Counter)
        names: Counter = Counter()
        canonical: set[str] = set()
        for n in members:
            o, key = nodes[n]
            ms = prepared[o].names.mentions[key]
            mentions[o] += len(ms)
            forms[o].update(_bare(m.text) for m in ms)
            names[_bare(name[n])] += 1
            canonical.add(key.split(":", 1)[-1])
        # the name most outlets use; on a tie, the one the key was made of (a known place's
        # standard name: Kyiv), then the longest
        display = min(names, key=lambda s: (-names[s], fold(s) not in canonical, -len(s), s))
        out.append(CrossEntity(
            "", display, etype[members[0]], dict(sorted(mentions.items())),
            {o: sorted(c, key=lambda f: (-c[f], f)) for o, c in sorted(forms.items())},
            _variants(dict(forms)),
        ))
    out.sort(key=lambda e: (-len(e.mentions), _ORDER.get(e.type, 9), -sum(e.mentions.values()), e.name))
    for k, e in enumerate(out, 1):
        e.id = f"x{k}"
    return out
