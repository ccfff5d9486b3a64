#!/bin/sh
# The iex prompt against real iex: tests/repl/run.sh [path/to/proclab]. Each
# NAME.in is fed to `proclab repl` without a terminal and compared with NAME.out,
# what real `iex < NAME.in` printed (regen.sh), banner line left out. Ends with
# "N passed, N failed".
BIN=${1:-$(dirname "$0")/../../build/proclab}
case "$BIN" in /*) ;; *) BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")" ;; esac
cd "$(dirname "$0")" || exit 2
pass=0 fail=0
for f in *.in; do
    n=${f%.in}
    if timeout 60 "$BIN" repl < "$f" 2>&1 | tail -n +2 | sh ./mask.sh | diff -u "$n.out" - > "/tmp/repl-$n.diff"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $n"
        sed 's/^/    /' "/tmp/repl-$n.diff" | head -40
    fi
    rm -f "/tmp/repl-$n.diff"
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
