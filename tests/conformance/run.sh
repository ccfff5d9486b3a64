#!/bin/sh
# Runs every tests/conformance/*.exs under proclab and compares with what real
# elixir printed: stdout byte for byte (.out), the exit status (.status, default 0)
# and, for failing programs, the first line of stderr (.err).
# usage: run.sh PROCLAB [case ...]      (VERBOSE=1 shows diffs)
# Cases listed in pending.txt (one name per line, "# why" comments allowed) are
# known not to pass yet: their failures are reported as pending, not failed.
proclab=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
cd "$(dirname "$0")" || exit 2
[ $# -gt 0 ] || set -- *.exs
pass=0 fail=0 failed="" pending=0 fixed=""
pending_list=" $(sed -e 's/#.*//' pending.txt 2>/dev/null | tr '\n' ' ') "
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "$@"; do
    n=${f%.exs}
    timeout 20 "$proclab" run "$f" >"$tmp/out" 2>"$tmp/err"
    status=$?
    want_status=0
    [ -f "$n.status" ] && want_status=$(cat "$n.status")
    ok=1
    cmp -s "$tmp/out" "$n.out" || ok=0
    [ "$status" = "$want_status" ] || ok=0
    if [ -s "$n.err" ] && [ "$(head -n 1 "$tmp/err")" != "$(head -n 1 "$n.err")" ]; then
        ok=0
    fi
    case "$pending_list" in *" $n "*) is_pending=1 ;; *) is_pending=0 ;; esac
    if [ $ok = 1 ]; then
        pass=$((pass + 1))
        [ $is_pending = 1 ] && fixed="$fixed $n"
    elif [ $is_pending = 1 ]; then
        pending=$((pending + 1))
    else
        fail=$((fail + 1))
        failed="$failed $n"
        if [ -n "$VERBOSE" ]; then
            echo "--- $n (status $status, want $want_status)"
            diff "$n.out" "$tmp/out" | head -20
            [ -s "$n.err" ] && { echo "want err: $(head -n 1 "$n.err")"; }
            echo "got err: $(head -n 3 "$tmp/err")"
        fi
    fi
done
[ -n "$fixed" ] && echo "now passing, remove from pending.txt:$fixed"
[ $pending -gt 0 ] && echo "$pending pending (known not to pass yet, listed in tests/conformance/pending.txt)"
[ -n "$failed" ] && echo "failed:$failed"
echo "$pass passed, $fail failed"
[ $fail = 0 ]
