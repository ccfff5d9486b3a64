#!/bin/sh
# Verify stored expectations against real Elixir, N times (default 3).
# Usage: ./check.sh [N] ; prints FAIL lines and a summary.
cd "$(dirname "$0")" || exit 1
N=${1:-3}
fail=0; total=0
tmp=/tmp/conf_check.$$
for f in *.exs; do
  n=${f%.exs}
  total=$((total+1))
  i=0
  while [ $i -lt "$N" ]; do
    elixir "$f" >"$tmp.out" 2>"$tmp.err"; s=$?
    ok=1
    cmp -s "$tmp.out" "$n.out" || ok=0
    if [ $s -ne 0 ]; then
      [ -f "$n.status" ] && [ "$(cat "$n.status")" = "$s" ] || ok=0
      head -1 "$tmp.err" | cmp -s - "$n.err" || ok=0
    else
      [ -f "$n.status" ] && ok=0
    fi
    if [ $ok -eq 0 ]; then echo "FAIL $n (run $((i+1)))"; fail=$((fail+1)); break; fi
    i=$((i+1))
  done
done
rm -f "$tmp.out" "$tmp.err"
echo "checked $total cases x$N, failures: $fail"
