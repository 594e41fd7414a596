"""Pooled scores per group of annotated article sets (not a test).

Runs ``../shared/eval/score.py -v`` on every set under ``tests/fixtures/<group>/`` and on the
samples, and prints for each group the pooled contradiction recall and precision, overlap recall,
entity precision and recall (name and type must match) and the mean entity F1 -- the figures the
README's evaluation table quotes. Only these aggregates are printed: the held-out groups are
measured, never looked into.

    python scripts/score_pooled.py            # all groups
    python scripts/score_pooled.py eval eval2 # some
"""

from __future__ import annotations

import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
GROUPS = ("samples", "eval", "eval2", "eval3", "eval4", "heldout", "heldout2", "heldout3", "heldout4")
PATTERNS = {
    "contradictions": r"contradiction recall [\d.]+ \((\d+)/(\d+)\) precision [\d.]+ \((\d+)/(\d+)\)",
    "overlaps": r"overlaps (\d+)/(\d+);",
    "entities": r"entities \(name and type must match\): precision [\d.]+ \((\d+)/(\d+)\), "
                r"recall [\d.]+ \((\d+)/(\d+)\)",
    "f1": r"entity F1 ([\d.]+)",
}


def _sets(group: str) -> list[tuple[Path, Path]]:
    if group == "samples":
        return [(ROOT.parent / "shared" / "eval" / "seeds-gold.yaml", ROOT.parent / "shared" / "seeds")]
    return [(gold, gold.parent) for gold in sorted((ROOT / "tests" / "fixtures" / group).glob("*/gold.yaml"))]


def _score(gold: Path, docs: Path) -> str:
    diptych = ROOT / ".venv" / "bin" / "diptych"
    cmd = f"{diptych} compare {{left}} {{right}} --format json"
    return subprocess.run([sys.executable, str(SCORE), "--gold", str(gold), "--docs", str(docs), "--cmd", cmd, "-v"],
                          capture_output=True, text=True, cwd=ROOT).stdout


def main() -> None:
    if not SCORE.exists():
        sys.exit(f"score_pooled: {SCORE} not found (the shared evaluation kit is checked out next to the repository)")
    groups = sys.argv[1:] or list(GROUPS)
    print(f"{'group':9} {'contradiction recall':>22} {'precision':>15} {'overlap recall':>16} "
          f"{'entity P':>15} {'entity R':>15} {'entity F1':>9}")
    for group in groups:
        if not _sets(group):
            continue  # (a group not written yet)
        with ThreadPoolExecutor(2) as pool:
            outputs = list(pool.map(lambda s: _score(*s), _sets(group)))
        sums = {k: [0, 0, 0, 0] for k in ("contradictions", "overlaps", "entities")}
        f1s: list[float] = []
        for out in outputs:
            for line in out.splitlines():
                for key in sums:
                    m = re.search(PATTERNS[key], line)
                    if m:
                        for i, value in enumerate(m.groups()):
                            sums[key][i] += int(value)
                m = re.search(PATTERNS["f1"], line)
                if m and "contradiction recall" in line:
                    f1s.append(float(m.group(1)))

        def ratio(a: int, b: int) -> str:
            return f"{a / b:.2f} ({a}/{b})" if b else "-"

        c, o, e = sums["contradictions"], sums["overlaps"], sums["entities"]
        print(f"{group:9} {ratio(c[0], c[1]):>22} {ratio(c[2], c[3]):>15} {ratio(o[0], o[1]):>16} "
              f"{ratio(e[0], e[1]):>15} {ratio(e[2], e[3]):>15} {sum(f1s) / max(len(f1s), 1):>9.3f}")


if __name__ == "__main__":
    main()
