#!/bin/sh
# Runs the sequential benchmarks under proclab, elixir (one scheduler) and lua5.4,
# and prints the in-script :timer.tc figures (stderr "tc ... =N") side by side,
# then whole-process times from hyperfine when it is installed.
cd "$(dirname "$0")" || exit 2
PROCLAB=${PROCLAB:-../proclab}
for prog in fib enum; do
    echo "== $prog"
    printf '%-10s %s\n' proclab "$($PROCLAB run $prog.exs 2>&1 >/dev/null | tr '\n' ' ')"
    if command -v elixir >/dev/null; then
        printf '%-10s %s\n' elixir "$(elixir --erl '+S 1' $prog.exs 2>&1 >/dev/null | tr '\n' ' ')"
    fi
    if command -v lua5.4 >/dev/null && [ -f $prog.lua ]; then
        printf '%-10s %s\n' lua5.4 "$(lua5.4 $prog.lua 2>&1 >/dev/null | tr '\n' ' ')"
    fi
    $PROCLAB run $prog.exs 2>/dev/null | cmp -s - expected/$prog.out && echo "output matches expected/$prog.out" \
        || echo "OUTPUT DIFFERS from expected/$prog.out"
done
if command -v hyperfine >/dev/null; then
    : > /tmp/proclab-empty.exs
    hyperfine -N --warmup 5 --runs 20 "$PROCLAB run /tmp/proclab-empty.exs" "$PROCLAB run fib.exs" \
        "lua5.4 fib.lua" 2>/dev/null | grep -E "Benchmark|Time"
fi
