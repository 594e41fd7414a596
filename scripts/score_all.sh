#!/usr/bin/env bash
# Score diptych on the shared sample set and on every annotated set under tests/fixtures/.
# Usage: bash scripts/score_all.sh [-v]   (run from the repository root, with .venv installed)
set -u
cmd=".venv/bin/diptych compare {left} {right} --format json"
score=../shared/eval/score.py
if [ -f "$score" ]; then
  printf '%-32s ' seeds; .venv/bin/python "$score" --gold ../shared/eval/seeds-gold.yaml --docs ../shared/seeds --cmd "$cmd" "$@" | tail -n 1
fi
for gold in tests/fixtures/*/*/gold.yaml; do
  d=$(dirname "$gold")
  printf '%-32s ' "$(basename "$d")"; .venv/bin/python "${score}" --gold "$gold" --docs "$d" --cmd "$cmd" "$@" | tail -n 1
done
