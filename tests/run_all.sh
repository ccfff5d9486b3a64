#!/bin/sh
# `make test`: the Check suites, the conformance cases, the prompt against
# real iex's transcripts and the UI tests, then one line with the totals of
# all four: "N passed, N failed".
BUILD=${1:-build}
status=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$BUILD/check_all" 2>&1 | tee "$log"
ck=$(grep -E '^[0-9]+%: Checks:' "$log" | tail -1)
ck_run=$(echo "$ck" | sed -E 's/.*Checks: ([0-9]+).*/\1/')
ck_bad=$(echo "$ck" | sed -E 's/.*Failures: ([0-9]+), Errors: ([0-9]+).*/\1 \2/' | awk '{print $1 + $2}')
[ -n "$ck_run" ] || { ck_run=0; ck_bad=1; }
sh tests/conformance/run.sh "$BUILD/proclab" 2>&1 | tee "$log"
cf=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
sh tests/repl/run.sh "$BUILD/proclab" 2>&1 | tee "$log"
rp=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
sh tests/ui/run.sh "$BUILD/proclab" 2>&1 | tee "$log"
ui=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
pass=$((ck_run - ck_bad)) fail=$ck_bad
for line in "$cf" "$rp" "$ui"; do
    if [ -z "$line" ]; then
        fail=$((fail + 1)) # a suite that printed no summary failed to run
        continue
    fi
    pass=$((pass + $(echo "$line" | cut -d' ' -f1)))
    fail=$((fail + $(echo "$line" | cut -d' ' -f3)))
done
echo "all suites (Check, conformance, repl against iex, UI):"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] || status=1
exit $status
