#!/bin/sh
# Regenerates every .out from real iex (Elixir 1.14): what `iex < NAME.in`
# prints, without its banner line, pids and refs masked. Needs elixir.
cd "$(dirname "$0")" || exit 2
for f in *.in; do
    n=${f%.in}
    timeout 60 iex < "$f" 2>&1 | tail -n +2 | sh ./mask.sh > "$n.out"
done
