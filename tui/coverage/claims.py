"""Claims: sentences of several articles that report the same thing, grouped across the set.

The evidence is the pairwise comparisons' own: two sentences of two outlets are alike when
that pair's comparison aligned them (the aligner's idf-weighted overlap, with candidates from
its inverted index of rare words), or found a contradiction between them. Sentences are then
grouped, strongest likeness first, with a union-find that keeps the average linkage: two
groups become one claim only when at least ``LINKAGE`` of their sentence pairs (of different
outlets) are alike, so a chain of look-alikes (A like B, B like C) does not join A and C
unless they are alike too.

A claim's disputed points come from the contradictions the pairwise comparisons found between
its sentences: each side's value ("Friday" / "Thursday") is what that outlet gives. Values
are grouped into versions (the same words, or one's words inside the other's, "Friday" and
"Friday 16 May 2025", unless the two were found to contradict each other); versions linked by
contradictions form one point, with the outlets that give each version. Outlets with no
sentence in the claim are *silent*, which is not the same as disagreeing.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from tui.coverage.model import Claim, ClaimPoint, ClaimSentence, ClaimVariant, Outlet, PairCell, PairContradiction
from tui.engine.model import Segment, Span
from tui.engine.tokens import fold, normalise_word

LINKAGE = 0.6
"""Two groups join when at least this share of their cross-outlet sentence pairs are alike."""
_WORD = re.compile(r"\w+")


class _Groups:
    """Union-find over sentences with average linkage (each group knows how many alike pairs
    link it to each other group, and how many sentences it has from each outlet)."""

    def __init__(self, outlet_of: Sequence[int], edges: Iterable[tuple[int, int]]):
        self.parent = list(range(len(outlet_of)))
        self.size = [1] * len(outlet_of)
        self.outlets: list[dict[int, int]] = [{o: 1} for o in outlet_of]
        self.most = [1] * len(outlet_of)
        """The most sentences a group has from one outlet."""
        self.links: list[dict[int, int]] = [{} for _ in outlet_of]
        for u, v in edges:
            self.links[u][v] = self.links[u].get(v, 0) + 1
            self.links[v][u] = self.links[v].get(u, 0) + 1

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def try_join(self, u: int, v: int) -> bool:
        a, b = self.find(u), self.find(v)
        if a == b:
            return False
        linked, sa, sb = self.links[a].get(b, 0), self.size[a], self.size[b]
        # (most attempts fail by far: a bound on the pairs settles them without counting)
        if linked < LINKAGE * (sa * sb - min(sa * self.most[b], sb * self.most[a])):
            return False
        oa, ob = self.outlets[a], self.outlets[b]
        small, big = (oa, ob) if len(oa) <= len(ob) else (ob, oa)
        possible = sa * sb - sum(n * big.get(o, 0) for o, n in small.items())
        if possible <= 0 or linked < LINKAGE * possible:
            return False
        if sa < sb:
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size[b]
        counts = self.outlets[a]
        for o, n in self.outlets[b].items():
            counts[o] = counts.get(o, 0) + n
            self.most[a] = max(self.most[a], counts[o])
        links_a = self.links[a]
        for c, k in self.links[b].items():
            if c == a:
                continue
            links_a[c] = links_a.get(c, 0) + k
            links_c = self.links[c]
            links_c[a] = links_c.get(a, 0) + k
            del links_c[b]
        links_a.pop(b, None)
        self.outlets[b], self.links[b] = {}, {}
        return True


def _key(value: str) -> str:
    """A value as the engine's diff reads it: case, accents, quotes, British/American spelling
    and number formats do not count ("Defence Minister" is "Defense Minister")."""
    return " ".join(normalise_word(w) for w in _WORD.findall(fold(value))) or "—"


def _words(key: str) -> frozenset[str]:
    return frozenset(key.split())


class _Sets:
    """A small union-find over hashable items."""

    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def points(found: Sequence[tuple[int, int, PairContradiction]]) -> list[tuple[ClaimPoint, list[int]]]:
    """The disputed points of a claim from the contradictions between its sentences:
    (outlet of the left side, outlet of the right side, contradiction); each point with the
    indexes (in ``found``) of the contradictions it rests on."""
    # an item: one outlet's value of one type of contradiction
    forms: dict[tuple, Counter] = defaultdict(Counter)
    labels: dict[tuple, Counter] = defaultdict(Counter)
    conflicts: set[tuple[tuple, tuple]] = set()
    item_pairs = []
    for lo, ro, c in found:
        a = (c.type, _key(c.left_value), lo)
        b = (c.type, _key(c.right_value), ro)
        item_pairs.append((a, b))
        forms[a][c.left_value.strip() or "—"] += 1
        forms[b][c.right_value.strip() or "—"] += 1
        labels[a][c.label] += 1
        labels[b][c.label] += 1
        conflicts.add((min(a, b), max(a, b)))
    # one version: the same value, whoever writes it; or one value's words inside the other's
    # ("Friday" / "Friday 16 May 2025"), unless the two contradict each other
    values = sorted({x[:2] for x in forms})
    words = {v: _words(v[1]) for v in values}
    same = _Sets()
    against: dict[tuple, set[tuple]] = defaultdict(set)
    """A version -> the versions it contradicts (by their roots in ``same``)."""
    for a, b in conflicts:
        if a[:2] != b[:2]:
            against[a[:2]].add(b[:2])
            against[b[:2]].add(a[:2])
    # the pairs of values of one type with one's words inside the other's: the larger one holds
    # the smaller one's rarest word (so a value meets only the values holding that word)
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, v in enumerate(values):
        for w in words[v]:
            postings[(v[0], w)].append(k)
    nested: set[tuple[int, int]] = set()
    for k, x in enumerate(values):
        rarest = min(words[x], key=lambda w: (len(postings[(x[0], w)]), w))
        for m in postings[(x[0], rarest)]:
            if m != k and words[x] <= words[values[m]]:
                nested.add((min(k, m), max(k, m)))
    for k, m in sorted(nested):
        x, y = values[k], values[m]
        rx, ry = same.find(x), same.find(y)
        if rx == ry or ry in against[rx]:
            continue
        same.union(rx, ry)
        root = same.find(rx)
        gone = ry if root == rx else rx
        for other in against.pop(gone, set()):
            against[other].discard(gone)
            against[other].add(root)
            against[root].add(other)
    version = {v: same.find(v) for v in values}
    versions: dict[tuple, list[tuple]] = defaultdict(list)
    for x in sorted(forms):
        versions[version[x[:2]]].append(x)
    # versions that contradict one another make one point (a point's root: its least version,
    # whatever the order of the unions)
    linked = _Sets()
    for v in versions:
        linked.find(v)
    for p, q in conflicts:
        rp, rq = version[p[:2]], version[q[:2]]
        if rp != rq:
            linked.union(rp, rq)
    point_of = {v: linked.find(v) for v in versions}
    by_point: dict[tuple, list[tuple]] = defaultdict(list)
    for v in versions:
        by_point[point_of[v]].append(v)
    sources: dict[tuple, list[int]] = defaultdict(list)
    for k, (a, _) in enumerate(item_pairs):
        sources[point_of[version[a[:2]]]].append(k)
    out: list[tuple[ClaimPoint, list[int]]] = []
    for point, members in by_point.items():
        if len(members) < 2:
            continue  # "disagreeing" about the same value: nothing to show
        variants = []
        label_count: Counter = Counter()
        for v in members:
            outlets = sorted({x[2] for x in versions[v]})
            written: Counter = Counter()
            for x in versions[v]:
                written.update(forms[x])
                label_count.update(labels[x])
            # shown as: the form most outlets write, then the shortest
            by_outlets = Counter(f for x in versions[v] for f in forms[x])
            value = min(by_outlets, key=lambda f: (-by_outlets[f], len(f), f))
            variants.append(ClaimVariant(value, outlets, sorted(written, key=lambda f: (-written[f], f))))
        variants.sort(key=lambda v: (-v.count, v.value))
        label = min(label_count, key=lambda s: (-label_count[s], s))
        out.append((ClaimPoint(members[0][0], label, variants), sources[point]))
    out.sort(key=lambda p: (p[0].type, p[0].label, p[0].variants[0].value))
    return out


def _differing(pts: Sequence[ClaimPoint]) -> list[int]:
    """Outlets that give a minority version of some point (every taking part, without a majority)."""
    out: set[int] = set()
    for p in pts:
        top = p.majority
        if top is None:
            out.update(o for v in p.variants for o in v.outlets)
        else:
            out.update(o for v in p.variants if v is not top for o in v.outlets if o not in top.outlets)
    return sorted(out)


def _states(seg: Segment) -> bool:
    """Whether a segment states something: a sentence, or the headline (a subheading, a date
    line or a caption alone does not)."""
    return seg.kind == "sentence" or seg.index == 0


def group_claims(outlets: Sequence[Outlet], segments: Sequence[Sequence[Segment]],
                 cells: Mapping[tuple[int, int], PairCell]) -> list[Claim]:
    """The claims of the set (sentences of at least two outlets), disputed ones first, then by
    the number of outlets stating them."""
    base = [0]
    for segs in segments:
        base.append(base[-1] + len(segs))
    outlet_of = [o for o, segs in enumerate(segments) for _ in segs]
    total = len(outlet_of)
    # an edge (u, v) is kept as the number u * total + v: a few hundred thousand of them
    weight: dict[int, float] = {}
    contradictions: list[tuple[int, int, int, int, PairContradiction]] = []
    for (i, j) in sorted(cells):
        cell = cells[(i, j)]
        for a, b, s in cell.aligned:
            key = (base[i] + a) * total + base[j] + b
            if s > weight.get(key, -1.0):
                weight[key] = s
        for c in cell.contradiction_list:
            u, v = base[i] + c.left_segment, base[j] + c.right_segment
            weight.setdefault(u * total + v, 0.0)  # alike enough to contradict each other: the weakest link
            contradictions.append((u, v, i, j, c))
    groups = _Groups(outlet_of, (divmod(e, total) for e in weight))
    strongest = sorted(weight)
    strongest.sort(key=weight.__getitem__, reverse=True)  # (stable: ties stay in edge order)
    for e in strongest:
        groups.try_join(*divmod(e, total))
    del strongest
    root = [groups.find(n) for n in range(len(outlet_of))]
    members: dict[int, list[int]] = defaultdict(list)
    for node, r in enumerate(root):
        members[r].append(node)
    strength: dict[int, tuple[float, int]] = {}
    for e, w in weight.items():
        u, v = divmod(e, total)
        if root[u] == root[v]:
            for x in (u, v):
                s, n = strength.get(x, (0.0, 0))
                strength[x] = (s + w, n + 1)
    found: dict[int, list[tuple[int, int, int, int, PairContradiction]]] = defaultdict(list)
    stray: list[tuple[int, int, int, int, PairContradiction]] = []
    for u, v, i, j, c in contradictions:
        if root[u] == root[v]:
            found[root[u]].append((u, v, i, j, c))
        else:
            stray.append((u, v, i, j, c))
    # contradictions between sentences of different claims: an article-wide fact the outlets
    # state in different sentences ("the day of the main event"). Each point they make joins
    # the claim that disputes the same point in one of the same sentences (so outlets #1 and #2
    # at odds inside a claim, #3 at odds with #2 from another sentence, make one point);
    # otherwise it is a claim of its own, made of the sentences that give a version of it.
    disputed_in: dict[tuple[str, int], int] = {}
    for group in sorted(found):
        for u, v, _, _, c in found[group]:
            disputed_in.setdefault((c.type, u), group)
            disputed_in.setdefault((c.type, v), group)
    alone: list[tuple[ClaimPoint, list[int]]] = []
    for point, used in points([(i, j, c) for _, _, i, j, c in stray]):
        nodes = sorted({n for k in used for n in stray[k][:2]})
        target = min((g for n in nodes if (g := disputed_in.get((point.type, n))) is not None), default=None)
        if target is None:
            alone.append((point, used))
            continue
        found[target].extend(stray[k] for k in used)
        members[target].extend(n for n in nodes if n not in members[target])

    def sentence(n: int) -> ClaimSentence:
        o = outlet_of[n]
        seg = segments[o][n - base[o]]
        text = " ".join(outlets[o].article.text[seg.start:seg.end].split())
        return ClaimSentence(o, seg.index, Span(seg.start, seg.end), text)

    def claim(nodes: list[int], best: int, stating: list[int], pts: list[ClaimPoint]) -> tuple[tuple, Claim]:
        rep, said = sentence(best), set(stating)
        made = Claim("", rep.text, rep.outlet, [sentence(n) for n in nodes], stating, pts, _differing(pts),
                     [o for o in range(len(outlets)) if o not in said])
        return (not pts, -len(stating), rep.outlet, rep.segment), made

    ranked: list[tuple[tuple, Claim]] = []
    for group, nodes in members.items():
        stating = sorted({outlet_of[n] for n in nodes})
        if len(stating) < 2:
            continue
        # the claim's sentence: the one most alike the others, then the most contradicted
        disputes = Counter(n for u, v, *_ in found.get(group, []) for n in (u, v))
        best = min(nodes, key=lambda n: (-strength.get(n, (0.0, 0))[0], -strength.get(n, (0.0, 0))[1] - disputes[n], n))
        pts = [p for p, _ in points([(i, j, c) for _, _, i, j, c in found.get(group, [])])]
        if not pts and not any(_states(segments[outlet_of[n]][n - base[outlet_of[n]]]) for n in nodes):
            continue  # subheadings or date lines alike ("Monday, March 2", "Background"): no claim
        ranked.append(claim(sorted(nodes), best, stating, pts))
    for point, used in alone:
        involved = Counter(n for k in used for n in stray[k][:2])
        nodes = sorted(involved)
        best = min(nodes, key=lambda n: (-involved[n], n))
        ranked.append(claim(nodes, best, sorted({o for v in point.variants for o in v.outlets}), [point]))
    claims = [made for _, made in sorted(ranked, key=lambda r: r[0])]
    for k, made in enumerate(claims, 1):
        made.id = f"c{k}"
    return claims
