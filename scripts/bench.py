"""Benchmark diptych's comparison engine on synthetic article pairs (a benchmark, not a test).

Per size (words per side; default 1k, 10k, 50k, 200k): load = ``article_from_text`` for both
sides; segment..classify = the engine's own ``Comparison.timings``; total = wall time of load +
``compare`` (all ms); words/s = both sides' words / total s; peak MB = ``ru_maxrss``.
Each size runs in a fresh subprocess (``--one SIZE``), so peak memory is per size. That
process first compares a 1k pair once (the *cold* figure: first compare after import), then
times the size 5x (<=5k words), 3x (<=20k) or 2x (larger; 1x if a run exceeds 30 s) and
reports medians, so every figure in the table is warm. A size over 120 s is a TIMEOUT.
child MB = the largest peak RSS of a forked engine child (large pairs use the second core
when it is idle, see tui/engine/parallel.py; 0 when none ran); its pages are largely shared
with the parent, so parent + child overstates the memory actually used.

Pairs are deterministic (fixed seed). Sentences of the bundled samples (front matter
stripped) are sampled and perturbed: about half the capitalised words swapped for names from
a pool of ~2,500 syllable-built ones, most numbers re-rolled, a fifth of the longer words
swapped for words of a generated ~2,300-word vocabulary, clauses sometimes dropped or
swapped, filler sentences sometimes inserted. The right side keeps ~60% of the left's
sentences (55% verbatim, 25% reworded/reordered, 20% a number or name changed) and ~40% are
new. Paragraphs hold 3-6 sentences. NB: the samples hold only ~90 sentences, so large sizes
reuse each one many times; "pairs" (aligned sentence pairs) shows how many-to-many that gets.

Also measured: whole-process wall time of ``diptych compare A B --format json`` on two
samples (median of 5), and that this path never imports Textual.

With ``--hostile`` the same pairs are made nasty (``Generator.hostile``): sentences in other
scripts, control sequences and markup, odd spaces, CRLF / lone CR line ends, and saved as bytes
(left UTF-16, right Windows-1251), so *load* includes detecting the encoding and decoding.

    python scripts/bench.py [--sizes 1000,10000] [--quick] [--hostile] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
STAGES = ("segment", "align", "diff", "entities", "classify")
SEED, TIMEOUT, RUN_BUDGET_S = 20250516, 120, 30
SYLL = ("ka ri mo de la cro ix va nes ta lu bo rin gel sha pir ov en ko zu mi tor bar ek "
        "sol an vik dra hel mun ost fa ly que ber tin go ram sey dov ul nar pe chi").split()
ENDS = ("ov", "ova", "enko", "sky", "ez", "ani", "son", "berg", "oux", "elli", "ic", "er", "ton")
CAP, NUM = re.compile(r"(?<=\s)[A-Z][a-z]{2,}\b"), re.compile(r"\d+")


def sentences() -> list[str]:
    """The bundled samples' sentences (front matter stripped), at least 5 words long."""
    out = []
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        if text.startswith("---"):
            text = text.split("---", 2)[2]
        for line in text.splitlines():
            for s in re.split(r'(?:(?<=[.!?])|(?<=[.!?]["”’]))\s+(?=["“A-Z])', line.strip()):
                if len(s.split()) >= 5 and s[-1] in '.!?"”':
                    out.append(s)
    return out


HOSTILE_ANY = (
    "Переговоры в Стамбуле закончились через два часа без соглашения о прекращении огня.",
    "Делегацію України очолив міністр оборони, повідомило відомство в п'ятницю.",
    "Стороны договорились обменяться тысячей пленных в ближайшие дни.",
    "Sözcü, görüşmelerin İstanbul'daki Dolmabahçe Sarayı'nda yapıldığını söyledi.",
    "A note in [bold]markup[/bold] and [@click=app.quit]a link[/] stays literal text.",
)
"""Sentences in other scripts (written for the benchmark) that Windows-1251 can encode."""
HOSTILE_WIDE = (
    "وقال المتحدث إن الاجتماع استمر ساعتين في إسطنبول.",
    "הדובר אמר כי הפגישה נמשכה שעתיים באיסטנבול.",
    "双方在伊斯坦布尔举行了约两个小时的会谈。",
    "会談は約２時間続いたと報道官は述べた。",
    "The crowd cheered 👩‍👩‍👧‍👦 and 🏳️‍🌈 as the café owner, Zoë Łukasiewicz, waved.",
    "Ο εκπρόσωπος είπε ότι η συνάντηση κράτησε δύο ώρες.",
)
"""...and sentences it cannot (the UTF-16 side only)."""
HOSTILE_CONTROL = ("\x1b[2J\x1b[31mred\x1b[0m", "\x1b]52;c;cGF3bmVk\x07", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\",
                   "bell\x07 back\x08space", "<script>alert(1)</script>")
"""Control sequences and markup a hostile page might carry."""


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = rng = random.Random(seed)
        self.src = sentences()
        word = lambda lo, hi: "".join(rng.choice(SYLL) for _ in range(rng.randint(lo, hi)))  # noqa: E731
        self.names = sorted({(word(1, 2) + rng.choice(ENDS)).capitalize() for _ in range(4000)})
        self.vocab = sorted({word(1, 3) for _ in range(4000)})

    def number(self, digits: str) -> str:
        return str(self.rng.randint(10 ** (len(digits) - 1) if len(digits) > 1 else 0, 10 ** len(digits) - 1))

    def perturb(self, s: str) -> str:
        rng = self.rng
        s = CAP.sub(lambda m: rng.choice(self.names) if rng.random() < 0.5 else m.group(), s)
        s = NUM.sub(lambda m: self.number(m.group()) if rng.random() < 0.7 else m.group(), s)
        s = re.sub(r"\b[a-z]{5,}\b", lambda m: rng.choice(self.vocab) if rng.random() < 0.2 else m.group(), s)
        return self.clauses(s, drop=0.15, swap=0.1)

    def clauses(self, s: str, drop: float, swap: float) -> str:
        body, end = re.match(r'(.*?)([.!?]*["”’]?)$', s, re.S).groups()
        parts, r = body.split(", "), self.rng.random()
        if len(parts) >= 3 and r < drop:
            del parts[self.rng.randrange(1, len(parts))]
        elif len(parts) >= 2 and r < drop + swap:
            i = self.rng.randrange(len(parts) - 1)
            parts[i], parts[i + 1] = parts[i + 1], parts[i]
        out = ", ".join(parts) + end
        return out[0].upper() + out[1:]

    def filler(self) -> str:
        rng = self.rng
        words = [rng.choice(self.vocab) for _ in range(rng.randint(6, 18))]
        words.insert(rng.randrange(1, len(words)), rng.choice(self.names))
        if rng.random() < 0.5:
            words.insert(rng.randrange(1, len(words)), str(rng.randint(2, 9999)))
        return " ".join([words[0].capitalize(), *words[1:]]) + "."

    def new_sentences(self) -> list[str]:
        out = [self.perturb(self.rng.choice(self.src))]
        return out + [self.filler()] if self.rng.random() < 0.15 else out  # a filler sometimes

    def changed(self, s: str) -> str:
        """The same sentence: verbatim, lightly reworded/reordered, or with one fact changed."""
        rng, r = self.rng, self.rng.random()
        if r < 0.55:
            return s
        if r < 0.8:  # clauses swapped, and an adverb inserted or a word dropped
            words = self.clauses(s, drop=0.0, swap=0.5).split()
            if len(words) > 6:
                i = rng.randrange(2, len(words) - 1)
                words[i:i + 1] = [rng.choice(("reportedly", "also", "later", "then")), words[i]] \
                    if rng.random() < 0.5 else []
            return " ".join(words)
        hits = list(NUM.finditer(s)) or list(CAP.finditer(s))
        if not hits:
            return s
        m = rng.choice(hits)
        new = self.number(m.group()) if m.group().isdigit() else rng.choice(self.names)
        return s[:m.start()] + new + s[m.end():]

    def pair(self, words: int) -> tuple[str, str]:
        left, count = [], 0
        while count < words:
            left += (new := self.new_sentences())
            count += sum(len(s.split()) for s in new)
        kept = [self.changed(s) for s in left if self.rng.random() < 0.6]
        for i in range(len(kept) - 1):  # some local reordering
            if self.rng.random() < 0.04:
                j = min(len(kept) - 1, i + self.rng.randint(1, 3))
                kept[i], kept[j] = kept[j], kept[i]
        n_new, it, right = round(len(kept) * 0.4 / 0.6), iter(kept), []
        slots = set(self.rng.sample(range(len(kept) + n_new), n_new))
        for k in range(len(kept) + n_new):
            right += self.new_sentences()[:1] if k in slots else [next(it)]
        return self.paragraphs(left, "Left"), self.paragraphs(right, "Right")

    def hostile(self, text: str, side: str) -> bytes:
        """``text`` made nasty, as the bytes of a file: sentences in other scripts (Cyrillic,
        Turkish, Greek; on the left also Arabic, Hebrew, CJK, emoji with joiners, combining
        accents), non-breaking and zero-width spaces, tabs, markup and terminal control
        sequences, CRLF (left) or lone CR (right) line ends; the left side saved as UTF-16
        (with BOM), the right as Windows-1251 (so the right keeps to what that encoding holds:
        its other scripts are Cyrillic and Latin)."""
        rng = self.rng
        extra = HOSTILE_ANY + (HOSTILE_WIDE if side == "left" else ())
        out = []
        for number, para in enumerate(text.split("\n\n")):
            if number == 0:  # the front matter and the first paragraph stay as they are
                out.append(para)
                continue
            sents = para.split(". ")
            for k in range(len(sents)):
                r = rng.random()
                if r < 0.12:
                    sents[k] = rng.choice(extra).rstrip(".") + ". " + sents[k]
                elif r < 0.14:
                    sents[k] += " " + rng.choice(HOSTILE_CONTROL)
                elif r < 0.2:
                    words = sents[k].split(" ")
                    i = rng.randrange(len(words))
                    words[i] = words[i] + rng.choice(("\u00a0", "\u200b", "\t", "\u2009"))
                    sents[k] = " ".join(words)
            out.append(". ".join(sents))
        nl = "\r\n" if side == "left" else "\r"
        body = "\n\n".join(out).replace("\n", nl)
        return body.encode("utf-16") if side == "left" else body.encode("cp1251", errors="replace")

    def paragraphs(self, sents: list[str], title: str) -> str:
        paras, i = [], 0
        while i < len(sents):
            n = self.rng.randint(3, 6)
            paras.append(" ".join(sents[i:i + n]))
            i += n
        return f'---\ntitle: "{title} synthetic article"\ndate: 2025-05-16\n---\n' + "\n\n".join(paras) + "\n"


def run_one(size: int, hostile: bool = False) -> dict:
    """Child mode: time load + compare for one size in this (fresh) process."""
    gen = Generator(SEED)
    pairs = {n: gen.pair(n) for n in sorted({1000, size})}
    if hostile:
        pairs = {n: (gen.hostile(a, "left"), gen.hostile(b, "right")) for n, (a, b) in pairs.items()}
    t0 = time.perf_counter()
    from tui.engine import article_from_text, compare
    from tui.engine.loading import decode
    import_ms = (time.perf_counter() - t0) * 1000

    def load(side: str | bytes, name: str):
        return article_from_text(decode(side, name) if hostile else side, name)

    def once(n: int) -> dict:
        t0 = time.perf_counter()
        a, b = load(pairs[n][0], "left.txt"), load(pairs[n][1], "right.txt")
        t1 = time.perf_counter()
        c = compare(a, b)
        return {"load": (t1 - t0) * 1000, **c.timings, "total": (time.perf_counter() - t0) * 1000,
                "words": a.word_count + b.word_count, "findings": len(c.findings),
                "segments": len(c.left_segments) + len(c.right_segments), "pairs": len(c.alignment)}

    cold = once(1000)["total"]
    runs, start = [], time.perf_counter()
    planned = 5 if size <= 5000 else 3 if size <= 20000 else 2
    while len(runs) < planned and (not runs or time.perf_counter() - start < RUN_BUDGET_S):
        runs.append(once(size))
    med = {k: statistics.median(r[k] for r in runs) for k in ("load", *STAGES, "total")}
    return {"size": size, "runs": len(runs), "import_ms": import_ms, "cold_1k_ms": cold, **runs[0], **med,
            "words_per_s": runs[0]["words"] / (med["total"] / 1000),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def measure(size: int, hostile: bool = False) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--one", str(size)] + (["--hostile"] if hostile else [])
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, cwd=ROOT,
                           env={**os.environ, "PYTHONHASHSEED": "0"})
    except subprocess.TimeoutExpired:
        return {"size": size, "status": "TIMEOUT"}
    if p.returncode != 0:
        return {"size": size, "status": "ERROR", "error": (p.stderr.strip().splitlines() or ["?"])[-1]}
    return {"status": "ok", **json.loads(p.stdout.strip().splitlines()[-1])}


def cli_check() -> dict:
    args = ["compare", str(SAMPLES[0]), str(SAMPLES[1]), "--format", "json", "-o", os.devnull]
    script = Path(sys.executable).with_name("diptych")  # the console script, else `python -m tui`
    cmd, walls = [str(script)] if script.exists() else [sys.executable, "-m", "tui"], []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run([*cmd, *args], check=True, cwd=ROOT, timeout=TIMEOUT)
        walls.append((time.perf_counter() - t0) * 1000)
    code = f"import sys, tui.cli; tui.cli.main({args!r}); print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         timeout=TIMEOUT)
    return {"cmd": "diptych" if len(cmd) == 1 else "python -m tui", "wall_ms": statistics.median(walls),
            "imports_textual": out.stdout.strip() != "False"}


def report(results: list[dict], cli: dict) -> None:
    cols, k = ("load", *STAGES, "total"), lambda n: f"{n / 1000:g}k"
    print(f"{'words/side':>10} " + " ".join(f"{c:>9}" for c in cols) + f" {'words/s':>9} {'peak MB':>8} "
          f"{'child MB':>8} runs")
    for r in results:
        if r["status"] != "ok":
            print(f"{r['size']:>10} {r['status']} {r.get('error', '')}")
            continue
        print(f"{r['size']:>10} " + " ".join(f"{r[c]:>9.1f}" for c in cols)
              + f" {r['words_per_s']:>9.0f} {r['peak_mb']:>8.1f} {r.get('child_mb', 0.0):>8.1f} {r['runs']:>4}")
    ok = {r["size"]: r for r in results if r["status"] == "ok"}
    print("\n" + "; ".join(f"{k(n)}: {r['segments']} segments, {r['pairs']} pairs, {r['findings']} findings"
                           for n, r in sorted(ok.items())))
    if 1000 in ok:
        print(f"1k cold (first compare in a fresh process): {ok[1000]['cold_1k_ms']:.1f} ms; "
              f"engine import {ok[1000]['import_ms']:.0f} ms")
    sizes = sorted(ok)
    for lo, hi in zip(sizes, sizes[1:], strict=False):
        print(f"{k(hi)} vs {k(lo)}: {hi / lo:.0f}x words -> {ok[hi]['total'] / ok[lo]['total']:.1f}x time  ("
              + ", ".join(f"{s} {ok[hi][s] / max(ok[lo][s], 1e-3):.1f}x" for s in ("load", *STAGES)) + ")")
    timeouts = {r["size"] for r in results if r["status"] == "TIMEOUT"}

    def target(label: str, size: int, test) -> None:
        verdict = "n/a" if size not in ok and size not in timeouts else \
            "PASS" if size in ok and test(ok[size]) else "MISS"
        print(f"  {verdict:4}  {label}")

    print("\nTargets:")
    target("1k pair < 20 ms engine time", 1000, lambda r: r["total"] < 20)
    target("50k pair < 1 s", 50000, lambda r: r["total"] < 1000)
    target("200k pair < 5 s", 200000, lambda r: r["total"] < 5000)
    target("200k pair < 400 MB peak", 200000, lambda r: r["peak_mb"] < 400)
    target("4x words (50k -> 200k) -> at most 5x time", 200000,
           lambda r: 50000 in ok and r["total"] / ok[50000]["total"] <= 5)
    print(f"\n{cli['cmd']} compare (2 samples, --format json), whole process: {cli['wall_ms']:.0f} ms "
          f"(median of 5); imports textual: {cli['imports_textual']}  "
          f"[{'MISS' if cli['imports_textual'] else 'PASS'}]")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000,50000,200000", help="words per side, comma separated")
    ap.add_argument("--quick", action="store_true", help="1k and 10k only")
    ap.add_argument("--json", action="store_true", help="print machine-readable results")
    ap.add_argument("--hostile", action="store_true",
                    help="nasty pairs: other scripts, control sequences, odd spaces and line ends, "
                         "saved as UTF-16 and Windows-1251 (load includes detecting and decoding)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.hostile)))
        return
    sizes = [1000, 10000] if args.quick else [int(s) for s in args.sizes.split(",")]
    results = []
    for size in sizes:
        print(f"measuring {size} words/side ...", file=sys.stderr, flush=True)
        results.append(measure(size, args.hostile))
    cli = cli_check()
    if args.json:
        print(json.dumps({"seed": SEED, "hostile": args.hostile, "results": results, "cli": cli}, indent=2))
    else:
        if args.hostile:
            print("corpus: hostile (other scripts, control sequences, odd spaces, CRLF/CR; left UTF-16, "
                  "right Windows-1251; load = detect + decode + parse)\n")
        report(results, cli)


if __name__ == "__main__":
    main()
