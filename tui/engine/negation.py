"""Negation contradictions: one article denies what the other affirms.

A verb right after a negation ("never testified", "did not attend", "was not
injured") is a denied predicate; the same verb without one in the other article
("testified for three days", "attended") affirms it. When the two sentences are about
the same person or organisation (a linked entity in both) or closely related, the
articles contradict each other. "Not only", "no longer" and questions are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.engine import lexicon
from tui.engine.context import PairContext
from tui.engine.model import Finding, Segment, Span, Token, Why
from tui.engine.patterns import find_all, segments_hinted
from tui.engine.quantities import stem
from tui.engine.tokens import fold

REACH = 3
"""Words after a negation that it can deny."""
RELATED = 0.3
"""Without a shared subject, sentences must be this alike to compare their predicates."""
NOBODY_REACH = 5
"""Words more a "no one" or "nobody" can deny: the verb of its clause, past what qualifies it."""
FAR_CANDIDATES = 8
"""Predicates outside the related sentences compared with one predicate, at most."""
DISTINCT_RELATED = 0.5
"""With different words before the predicate ("the study was significant" / "the difference
was not significant"), this alike."""
SHARED_RELATED = 0.18
"""With a shared subject (a linked person or organisation), this alike."""
_AUXILIARIES = frozenset("""do does did have has had be is are was were will would can could should may
might must been being get got""".split())
_SHORT_VERBS = frozenset("cut won win hit led met set put ran fed".split())
"""Verbs of three letters that can be denied ("did not cut deaths")."""
_NOT_PREDICATES = frozenset("only longer just even yet also".split())


@dataclass(slots=True)
class Predicate:
    segment: int
    stem: str
    span: Span
    negated: bool
    index: int = 0
    obj: str | None = None
    subject: frozenset[str] | None = None


_NORM_FACTS: dict[str, tuple[bool, bool, str, bool]] = {}
"""norm -> (a negation, can be a predicate, the predicate's key, a word that denies it): what
the scan below asks of every word."""


def _norm_facts(norm: str) -> tuple[bool, bool, str, bool]:
    if len(_NORM_FACTS) >= 1 << 18:
        _NORM_FACTS.clear()
    opposite = _OPPOSITES.get(norm)
    same = _SAME_WAY.get(norm)
    facts = _NORM_FACTS[norm] = (
        norm in lexicon.NEGATIONS or norm.endswith("n't"),
        # (an adverb is not what is denied: "not statistically significant")
        not (norm in _AUXILIARIES or norm[:1].isdigit() or (len(norm) < 4 and norm not in _SHORT_VERBS)
             or norm.endswith("ly")),
        stem(opposite or same or norm),
        opposite is not None,
    )
    return facts


_GROUNDS = frozenset("reason reasons need cause grounds evidence basis".split())
"""Nouns through which a negation denies the verb after them ("no reason to doubt")."""
_REFUSALS = frozenset("refused refuses refusing declined declines declining failed fails failing".split())
"""Verbs that deny the verb their "to" governs ("refused to concede" is not conceded)."""
_OPPOSITES = {
    "acquitted": "convicted", "acquit": "convicted", "acquits": "convicted", "acquittal": "convicted",
    "unharmed": "injured", "unhurt": "injured", "uninjured": "injured", "uninsured": "insured",
    "unsigned": "signed", "unconfirmed": "confirmed", "unopposed": "opposed",
    "lost": "won", "loses": "won", "lose": "won", "rejected": "approved", "rejects": "approved",
}
"""A word that denies another ("acquitted" is not convicted, "unharmed" not injured)."""
_DOWNWARD = """fell falls fallen dropped drops declined declines slid slides sank sinks slumped slumps plunged
plunges tumbled tumbles decreased decreases shrank shrinks shrunk weakened weakens slipped slips dipped dips""".split()
_UPWARD = """rose rises risen climbed climbs grew grows increased increases surged surges soared soars
rebounded rebounds strengthened strengthens firmed expanded expands""".split()
_OPPOSITES.update(dict.fromkeys(_UPWARD, "fell"))
_SAME_WAY = dict.fromkeys(_DOWNWARD, "fell")
_FELL = stem("fell")
"""Words of one meaning, one predicate: anything that went down "fell" (and anything that went
up, in ``_OPPOSITES``, did not), so "the currency weakened" and "the currency strengthened" are
one thing said and denied. (Opposite states -- "narrowed"/"widened", "survived"/"died" -- were
tried as well and flagged two people or two things more often than one thing told two ways.)"""
_SIDES = {"left": "left", "lefthand": "left", "right": "right", "righthand": "right", "port": "left",
          "starboard": "right"}
"""Sides of one thing ("the left engine" / "the right-hand engine"): a word of either kind
before the same word in aligned sentences."""
SIDES_ALIGNMENT = 0.15


def _side_segments(ctx: PairContext, side: str) -> set[int]:
    """Segments that may name a side (a word starting "left", "right"...: a superset)."""
    text = (ctx.left if side == "left" else ctx.right).text.lower()
    return {ctx.segment_at(side, at) for at, _ in find_all(text, ("left", "right", "port", "starboard"))}


def _opposite_sides(ctx: PairContext) -> list[Finding]:
    findings: list[Finding] = []
    lsides = _side_segments(ctx, "left")
    if not lsides:
        return findings
    rsides = _side_segments(ctx, "right")
    for pair in ctx.alignment:
        if pair.score < SIDES_ALIGNMENT or pair.left not in lsides or pair.right not in rsides:
            continue
        for la, rb, noun_l, noun_r in ctx.word_swaps(pair.left, pair.right):
            side_l, side_r = _SIDES.get(la.norm), _SIDES.get(rb.norm)
            if not side_l or not side_r or side_l == side_r:
                continue
            if noun_l.norm != noun_r.norm or noun_l.stop:
                continue  # "the left engine" / "the right engine": the same thing after both
            left, right = Span(la.start, noun_l.end), Span(rb.start, noun_r.end)
            findings.append(ctx.finding(
                "contradiction", "negation", left, right,
                Why("negation", ctx.left.text[left.start:left.end], ctx.right.text[right.start:right.end],
                    "opposite sides of the same thing"), 0.8, [Span(la.start, la.end)], [Span(rb.start, rb.end)]))
    return findings


def _scan(segments: list[Segment]) -> list[tuple[int, str, int, int, bool, int]]:
    """Every predicate, denied or affirmed, in order: (segment, stem, start, end, negated,
    token index)."""
    out: list[tuple[int, str, int, int, bool, int]] = []
    get = _NORM_FACTS.get
    for si, seg in enumerate(segments):
        if seg.kind != "sentence":
            continue
        toks: list[Token] = seg.tokens
        denied_until = -1
        neg_start = 0
        nobody = False
        for k, t in enumerate(toks):
            negation, eligible, key, opposite = get(t.norm) or _norm_facts(t.norm)
            if t.norm in _REFUSALS and k + 1 < len(toks) and toks[k + 1].norm == "to":
                negation = True  # "refused to concede", "failed to appear": did not
            if negation:
                if k + 1 < len(toks) and toks[k + 1].norm in _NOT_PREDICATES:
                    continue
                denied_until, neg_start = k + REACH, t.start
                nobody = t.norm in ("nobody", "none") or (t.norm == "no" and k + 1 < len(toks)
                                                           and toks[k + 1].norm in ("one", "1"))
                if nobody:
                    denied_until += NOBODY_REACH  # "No one on the ground was hurt": the clause's verb
                continue
            if not eligible or t.stop or not t.text[:1].islower():
                continue
            if k <= denied_until and t.norm in _GROUNDS and k + 1 < len(toks) and toks[k + 1].norm == "to":
                continue  # "no reason to doubt": the doubt is what is denied
            if k <= denied_until and nobody and toks[k - 1].norm not in _AUXILIARIES:
                out.append((si, key, t.start, t.end, opposite, k))  # ("no one on the ground": not the verb)
            elif k <= denied_until:
                out.append((si, key, neg_start, t.end, not opposite, k))
                denied_until = -1  # a negation denies its first predicate only
            else:
                out.append((si, key, t.start, t.end, opposite, k))
    return out


def _verb_like(text: str, p: Predicate) -> bool:
    """A predicate written as a past tense or participle ("declared", "testified")."""
    word = fold(text[p.span.start:p.span.end].split()[-1])
    return word.endswith("ed") or word in _OPPOSITES


def _object(text: str, toks: list[Token], k: int) -> str | None:
    """The content word a predicate governs ("declared an emergency": emergency)."""
    for j in range(k + 1, min(len(toks), k + 4)):
        if any(c in text[toks[j - 1].end:toks[j].start] for c in ",;:.()"):
            return None
        t = toks[j]
        if not t.stop and not t.norm[:1].isdigit():
            return stem(t.norm)
    return None


_RELATIVES = frozenset("which who whose that".split())


def _subject_words(text: str, toks: list[Token], k: int) -> frozenset[str]:
    """Content words right before a predicate, in its clause ("the paintings were insured"),
    past a relative clause set off by commas ("The satellite, which cost 310 million euros,
    was insured": the satellite)."""
    out: list[str] = []
    j, limit, skipped = k - 1, max(-1, k - 9), False
    while j > limit:
        if not skipped and any(c in text[toks[j].end:toks[j + 1].start] for c in ",;:()"):
            opener = None
            if not out and "," in text[toks[j].end:toks[j + 1].start]:
                opener = next((i for i in range(j, max(0, j - 15), -1)
                               if "," in text[toks[i - 1].end:toks[i].start]), None)
            if opener is None or toks[opener].norm not in _RELATIVES:
                break
            j, limit, skipped = opener - 1, max(-1, opener - 9), True
            continue
        skipped = False
        t = toks[j]
        j -= 1
        if not t.stop and t.norm not in _AUXILIARIES and not (t.norm in lexicon.NEGATIONS or t.norm.endswith("n't")) \
                and len(t.norm) > 2 and not t.norm.endswith("ly"):
            out.append(stem(t.norm))
    return frozenset(out)


def _said_of_one_thing(left: frozenset[str], right: frozenset[str], a: Predicate, b: Predicate) -> bool:
    """A predicate with no object, affirmed of a thing in one article and denied of it in the
    other ("The satellite ... was insured" / "The satellite was not insured"): the words right
    before the two predicates share a noun."""
    return a.obj is None and b.obj is None and bool(left & right)


def _subjects(ents, segments: list[Segment], key_of) -> dict[int, set[str]]:
    """segment -> the people and organisations it names (one key per real-world thing)."""
    starts = [s.start for s in segments]
    import bisect

    out: dict[int, set[str]] = {}
    for key, ms in ents.mentions.items():
        if ents.types.get(key) not in ("PERSON", "ORG"):
            continue
        for m in ms:
            out.setdefault(max(0, bisect.bisect_right(starts, m.start) - 1), set()).add(key_of(key))
    return out


_ANOTHER = re.compile(r"\b(?:another|a similar|a previous|an earlier|the previous)\b", re.I)
_MONTH_NAMES = [max((m for m, n in lexicon.MONTHS.items() if n == month), key=len) for month in range(1, 13)]
_OPENING_MONTH = re.compile(r"(?:in|last|since|on)\s+(" + "|".join(_MONTH_NAMES) + r")\b(?!\s+\d)", re.I)


def _other_occasion(article, seg: Segment) -> bool:
    """Whether a sentence tells of another occasion than the story's: it speaks of "another"
    or "a similar" one, or opens on a month other than the article's ("In March, ...")."""
    text = article.text
    if _ANOTHER.search(text, seg.start, seg.end):
        return True
    m = _OPENING_MONTH.match(text, seg.start, seg.end)
    if m and article.date is not None:
        return lexicon.MONTHS[m.group(1).lower()] != article.date.month
    return False


def find_negation_conflicts(ctx: PairContext) -> list[Finding]:
    right_to_left = ctx.right_to_left()
    lsub = _subjects(ctx.left_entities, ctx.left_segments, lambda k: k)
    rsub = _subjects(ctx.right_entities, ctx.right_segments, lambda k: right_to_left.get(k, k))
    # only verbs denied somewhere can be contradicted (one scan a side finds both kinds)
    lscan = ctx.per_article("left", "negation.scan", lambda: _scan(ctx.left_segments))
    rscan = ctx.per_article("right", "negation.scan", lambda: _scan(ctx.right_segments))
    ldenied = {p[1] for p in lscan if p[4]}
    rdenied = {p[1] for p in rscan if p[4]}
    sides = _opposite_sides(ctx) + _deal_conflicts(ctx) + _presence_conflicts(ctx)
    if not ldenied and not rdenied:
        return sides
    # (an affirmed predicate matters only where the other article denies it)
    left = [Predicate(si, key, Span(a, b), neg, k) for si, key, a, b, neg, k in lscan if neg or key in rdenied]
    right = [Predicate(si, key, Span(a, b), neg, k) for si, key, a, b, neg, k in rscan if neg or key in ldenied]
    for preds, text, segs in ((left, ctx.left.text, ctx.left_segments), (right, ctx.right.text, ctx.right_segments)):
        for p in preds:
            toks = segs[p.segment].tokens
            p.obj = _object(text, toks, p.index)

    def subject(p: Predicate, side: str) -> frozenset[str]:  # (worked out when needed)
        if p.subject is None:
            text, segs = (ctx.left.text, ctx.left_segments) if side == "left" else (ctx.right.text, ctx.right_segments)
            p.subject = _subject_words(text, segs[p.segment].tokens, p.index)
        return p.subject
    by_place: dict[tuple[int, str], list[Predicate]] = {}
    for p in right:
        by_place.setdefault((p.segment, p.stem), []).append(p)
    # a sentence that both affirms and denies a verb ("has reached ... not yet been reached")
    # says nothing clear about it
    polarity: dict[tuple[str, int, str], set[bool]] = {}
    for side, preds in (("left", left), ("right", right)):
        for p in preds:
            polarity.setdefault((side, p.segment, p.stem), set()).add(p.negated)
    partners = ctx.partners("left")
    findings: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    # a denied predicate and its affirmation anywhere in the other article, when they govern
    # the same word ("did not declare an emergency" / "declared an emergency") or are said of
    # the same person ("Aalvik, who never testified" / "Aalvick, who testified")
    by_object: dict[tuple[str, str | None, bool], list[Predicate]] = {}
    by_person: dict[tuple[str, str, bool], list[Predicate]] = {}
    by_bare: dict[tuple[str, bool], list[Predicate]] = {}
    for p in right:
        if p.obj is not None:
            by_object.setdefault((p.stem, p.obj, p.negated), []).append(p)
        else:
            by_bare.setdefault((p.stem, p.negated), []).append(p)
        for who in rsub.get(p.segment, ()):
            by_person.setdefault((p.stem, who, p.negated), []).append(p)
    other_l: dict[int, bool] = {}
    other_r: dict[int, bool] = {}
    for a in left:
        near = partners.get(a.segment, {})
        ranked = [b for seg in sorted(near) for b in by_place.get((seg, a.stem), ())]
        far = by_object.get((a.stem, a.obj, not a.negated), [])[:FAR_CANDIDATES] if a.obj else []
        for who in sorted(lsub.get(a.segment, ())):
            far = far + by_person.get((a.stem, who, not a.negated), [])[:FAR_CANDIDATES]
        if a.obj is None:  # said of one thing ("The satellite was insured" / "The satellite was not insured")
            far = far + [b for b in by_bare.get((a.stem, not a.negated), [])
                         if subject(a, "left") & subject(b, "right")][:FAR_CANDIDATES]
        ranked += sorted({id(b): b for b in far if b.segment not in near}.values(),
                         key=lambda b: (b.segment, b.span.start))
        for b in ranked:
            if a.negated == b.negated or (a.segment, b.segment) in seen:
                continue
            if len(polarity[("left", a.segment, a.stem)]) > 1 or len(polarity[("right", b.segment, b.stem)]) > 1:
                continue
            if other_l.setdefault(a.segment, _other_occasion(ctx.left, ctx.left_segments[a.segment])) != \
                    other_r.setdefault(b.segment, _other_occasion(ctx.right, ctx.right_segments[b.segment])):
                continue  # one of them tells of another occasion ("In March, another carrier's plane ...")
            people_l, people_r = lsub.get(a.segment, set()), rsub.get(b.segment, set())
            shared = people_l & people_r
            related = ctx.related(a.segment, b.segment)
            if people_l and people_r and not shared and related < RELATED:
                continue  # said of different people
            if a.stem == _FELL and not (shared or subject(a, "left") & subject(b, "right")):
                continue  # "Exports rose" / "Imports fell": two things went two ways
            same_object = a.obj is not None and a.obj == b.obj
            verb = _verb_like(ctx.left.text, a) or _verb_like(ctx.right.text, b)
            if same_object and verb:
                pass  # the same act done to the same thing, affirmed and denied
            elif b.segment not in near:
                if not verb or not (shared or _said_of_one_thing(subject(a, "left"), subject(b, "right"), a, b)):
                    continue
            elif related < SHARED_RELATED:
                continue
            elif related < (SHARED_RELATED if shared or subject(a, "left") & subject(b, "right")
                            else DISTINCT_RELATED if subject(a, "left") and subject(b, "right")
                            else SHARED_RELATED if same_object else RELATED):
                continue
            seen.add((a.segment, b.segment))
            lw = ctx.left.text[a.span.start:a.span.end]
            rw = ctx.right.text[b.span.start:b.span.end]
            findings.append(ctx.finding(
                "contradiction", "negation", ctx.left_segments[a.segment].span,
                ctx.right_segments[b.segment].span,
                Why("negation", f"“{lw}”", f"“{rw}”", "opposite directions" if a.stem == _FELL
                    else "one article denies what the other affirms"),
                0.85, [a.span], [b.span]))
    return findings + sides + _sole_predicates(ctx, lscan, rscan, seen)


def _sole_predicates(ctx: PairContext, lscan, rscan, seen: set[tuple[int, int]]) -> list[Finding]:
    """A participle with no object that each article uses once, denied in one and affirmed in
    the other, in two articles that report one story ("The satellite was not insured" /
    "Unlike most such payloads, the Corvin-2 was insured"): one fact of the story, told both ways."""
    def counts(scan) -> dict[str, tuple]:  # key -> its one predicate, () for a key used twice
        first: dict[str, tuple] = {}
        for p in scan:
            first[p[1]] = () if p[1] in first else p
        return first

    lone, rone = counts(lscan), counts(rscan)
    wanted = {k for k, p in lone.items() if p and rone.get(k) and p[4] != rone[k][4]}
    if not wanted:
        return []

    def sole(scan, text: str, segs) -> dict[str, tuple]:
        out = {}
        for p in ((lone if scan is lscan else rone)[k] for k in wanted):
            si, key, a, b, neg, k = p
            word = fold(text[a:b].split()[-1])
            toks = segs[si].tokens
            if word.endswith("ed") and len(word) > 5 \
                    and (_object(text, toks, k) is None or (k + 1 < len(toks) and toks[k + 1].norm == "by")) \
                    and _PASSIVE.search(text, max(0, a - 12), a + 1):
                out[key] = p
        return out

    def thing(side: str, p) -> tuple[frozenset[str], bool]:
        """What the predicate is said of (its subject's words), and whether a name says it."""
        text, segs = (ctx.left.text, ctx.left_segments) if side == "left" else (ctx.right.text, ctx.right_segments)
        toks = segs[p[0]].tokens
        words = _subject_words(text, toks, p[5])
        named = any(t.text[:1].isupper() and t.start > segs[p[0]].start and not t.stop
                    for t in toks[max(0, p[5] - 4):p[5]])
        return words, named

    left = sole(lscan, ctx.left.text, ctx.left_segments)
    right = sole(rscan, ctx.right.text, ctx.right_segments) if left else {}
    keys = sorted(k for k in left.keys() & right.keys() if left[k][4] != right[k][4])
    if not keys or not ctx.same_story():
        return []
    findings = []
    for key in keys:
        (li, _, la, lb, *_), (ri, _, ra, rb, *_) = left[key], right[key]
        if (li, ri) in seen:
            continue
        if _other_occasion(ctx.left, ctx.left_segments[li]) or _other_occasion(ctx.right, ctx.right_segments[ri]):
            continue
        (lwords, lnamed), (rwords, rnamed) = thing("left", left[key]), thing("right", right[key])
        if lwords and rwords and not (lwords & rwords) and not (lnamed or rnamed):
            continue  # "The satellite was insured" / "The launch pad was not insured": two things
        lw, rw = ctx.left.text[la:lb], ctx.right.text[ra:rb]
        findings.append(ctx.finding(
            "contradiction", "negation", ctx.left_segments[li].span, ctx.right_segments[ri].span,
            Why("negation", f"“{lw}”", f"“{rw}”", "one article denies what the other affirms"),
            0.8, [Span(la, lb)], [Span(ra, rb)]))
    return findings


_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be)\s+(?:not\s+|never\s+)?\w*$", re.I)
"""A participle after "was", "were" ("was insured", "was not insured"): a state of what the
sentence is about."""


_DEAL_HEADS = {"agreement": "agreement", "agreements": "agreement", "deal": "agreement", "deals": "agreement",
               "accord": "agreement", "accords": "agreement", "pact": "agreement", "pacts": "agreement",
               "contract": "contract", "contracts": "contract", "treaty": "treaty", "treaties": "treaty",
               "memorandum": "memorandum"}
"""What is signed: one key for words of one kind ("deal", "agreement", "accord")."""
_SIGNING = r"(?:sign|conclud|reach|finali[sz]|seal|ratif|clinch|strik|struck)\w*"
_HEAD = r"(?:" + "|".join(_DEAL_HEADS) + r")"
_PHRASE = rf"((?:[\w’'-]+\s+){{0,5}}?{_HEAD})\b"
_DENIED_ACTIVE = re.compile(
    rf"\b(?:did|does|do|has|have|had|will|would|could)\s*(?:not|n't|never)\s+(?:yet\s+)?{_SIGNING}\s+"
    rf"(?:a|an|the|any)\s+{_PHRASE}", re.I)
_DENIED_PASSIVE = re.compile(
    rf"\b(?:a|an|the)\s+{_PHRASE}(?:,[^,.;]{{0,90}},)?\s+(?:was|were|has|have|had|is|are)\s+(?:not|never)\s+"
    rf"(?:been\s+|yet\s+been\s+)?{_SIGNING}", re.I)
_NAMED = re.compile(rf"\b(?:a|an|the)\s+{_PHRASE}", re.I)
_AFFIRMED = re.compile(rf"\b{_SIGNING}\b", re.I)
_AMONG = re.compile(r"\s*among\b", re.I)


def _deal_words(phrase: str) -> tuple[str, frozenset[str]]:
    """A signed thing's kind and the content words that say which one ("uranium supply")."""
    words = [fold(w).strip("'’") for w in phrase.split()]
    head = _DEAL_HEADS[words[-1]]
    return head, frozenset(stem(w) for w in words[:-1] if w not in lexicon.STOPWORDS and not w[:1].isdigit()
                           and "-" not in w and len(w) > 2)


_DENIAL_HINT = re.compile(r"(?i:not|n't|never)")
"""Words both ``_DENIED_ACTIVE`` and ``_DENIED_PASSIVE`` need: a sentence without them denies no deal."""


def _denied_deals(text: str, segments: list[Segment]) -> list[tuple[int, Span, str, frozenset[str]]]:
    out = []
    hinted = segments_hinted(_DENIAL_HINT, text, segments)
    for si, seg in enumerate(segments):
        if seg.kind != "sentence" or si not in hinted:
            continue
        for pattern in (_DENIED_ACTIVE, _DENIED_PASSIVE):
            for m in pattern.finditer(text, seg.start, seg.end):
                head, words = _deal_words(m.group(1))
                if len(words) >= 2:
                    out.append((si, Span(m.start(), m.end()), head, words))
    return out


def _signed_deals(text: str, segments: list[Segment], ctx: PairContext, side: str
                  ) -> list[tuple[int, Span, str, frozenset[str]]]:
    """Deals an article reports signed: named in a sentence without a negation that says they
    were signed (or lists them: "Among the agreements was ...")."""
    out = []
    for si, seg in enumerate(segments):
        if seg.kind != "sentence" or ctx.negations(side, si):
            continue
        if not (_AFFIRMED.search(text, seg.start, seg.end) or _AMONG.match(text, seg.start)):
            continue
        for m in _NAMED.finditer(text, seg.start, seg.end):
            head, words = _deal_words(m.group(1))
            if len(words) >= 2:
                out.append((si, Span(m.start(), m.end()), head, words))
    return out


def _deal_conflicts(ctx: PairContext) -> list[Finding]:
    """A deal one article says was not signed ("did not sign a uranium supply agreement", "a
    uranium supply deal ... was not signed") and the other reports among those signed."""
    findings: list[Finding] = []
    for side in ("left", "right"):
        other = "right" if side == "left" else "left"
        art, segs = (ctx.left, ctx.left_segments) if side == "left" else (ctx.right, ctx.right_segments)
        oart, osegs = (ctx.right, ctx.right_segments) if side == "left" else (ctx.left, ctx.left_segments)
        denied = _denied_deals(art.text, segs)
        if not denied:
            continue
        signed = _signed_deals(oart.text, osegs, ctx, other)
        for _, span, head, words in denied:
            match = next(((s, ow) for _, s, h, ow in signed if h == head and len(words & ow) >= 2), None)
            if match is None:
                continue
            ospan = match[0]
            a, b = (span, ospan) if side == "left" else (ospan, span)
            lw, rw = ctx.left.text[a.start:a.end], ctx.right.text[b.start:b.end]
            findings.append(ctx.finding(
                "contradiction", "negation", a, b,
                Why("negation", f"“{lw}”", f"“{rw}”", "one article says it was not signed, the other that it was"),
                0.8, [a], [b]))
    return findings


_NOT_THERE = re.compile(r"\s+(?:did\s+not|didn't|does\s+not|doesn't|will\s+not|won't|never)\s+"
                        r"(?:travel|go|come|fly|attend|make\s+it)\s+(?:to\s+)?(?:the\s+)?", re.I)
_THERE = re.compile(r"\s+(?:told|briefed|addressed|greeted)\s+(?:reporters|journalists|the\s+press|delegates|"
                    r"the\s+meeting|the\s+summit|the\s+conference|the\s+crowd)\s+(?:in|at)\s+(?:the\s+)?|"
                    r"\s+(?:arrived|landed|spoke|was\s+speaking|met\s+\w+)\s+(?:in|at)\s+(?:the\s+)?", re.I)


def _places_at(ctx: PairContext, side: str) -> dict[int, tuple[str, int]]:
    """offset -> the place named there (a GPE or LOC's key) and where its name ends."""
    ents = ctx.left_entities if side == "left" else ctx.right_entities
    return {m.start: (key, m.end) for key, ms in ents.mentions.items()
            if ents.types.get(key) in ("GPE", "LOC", "FAC") for m in ms}


def _presence(ctx: PairContext, side: str, pattern: re.Pattern, key_of) -> list[tuple[str, str, Span]]:
    """(person, place, words): a person said to be, or not to be, at a place."""
    ents = ctx.left_entities if side == "left" else ctx.right_entities
    text = (ctx.left if side == "left" else ctx.right).text
    places = _places_at(ctx, side)
    out = []
    for key, ms in ents.mentions.items():
        if ents.types.get(key) != "PERSON":
            continue
        for m in ms:
            found = pattern.match(text, m.end)
            if found and found.end() in places:
                place, end = places[found.end()]
                out.append((key_of(key), key_of(place), Span(m.start, end)))
    return out


def _presence_conflicts(ctx: PairContext) -> list[Finding]:
    """A person one article says did not travel to a place ("did not travel to Samarkand") and
    the other puts there ("told reporters in Samarkand")."""
    right_to_left = ctx.right_to_left()
    keys = {"left": lambda k: k, "right": lambda k: right_to_left.get(k, k)}
    findings: list[Finding] = []
    for side, other in (("left", "right"), ("right", "left")):
        away = _presence(ctx, side, _NOT_THERE, keys[side])
        if not away:
            continue
        there = _presence(ctx, other, _THERE, keys[other])
        for who, where, span in away:
            match = next((s for w, p, s in there if w == who and p == where), None)
            if match is None:
                continue
            a, b = (span, match) if side == "left" else (match, span)
            findings.append(ctx.finding(
                "contradiction", "negation", a, b,
                Why("negation", f"“{ctx.left.text[a.start:a.end]}”", f"“{ctx.right.text[b.start:b.end]}”",
                    "one article says the person was not there, the other puts them there"),
                0.8, [a], [b]))
    return findings
