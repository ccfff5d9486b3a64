#!/bin/sh
# `make bench`: every benchmark under proclab, elixir on one scheduler
# (elixir --erl "+S 1", fair against a one-thread engine) and lua5.4 where a Lua
# twin exists, printed side by side. The figures are the programs' own
# :timer.tc measurements (stderr "tc ... name=µs"); elixir's 0.3 s boot is not
# in them. Then whole-process times from hyperfine when it is installed.
cd "$(dirname "$0")" || exit 2
PROCLAB=${PROCLAB:-../proclab}
PROGS=${PROGS:-"fib enum spawn ring pingpong selective memory genserver_call fanout restart ets_counter"}
has() { command -v "$1" >/dev/null 2>&1; }
for prog in $PROGS; do
    echo "== $prog"
    printf '  %-9s %s\n' proclab "$($PROCLAB run $prog.exs 2>&1 >/dev/null | grep "^tc" | tr '\n' ' ')"
    if has elixir; then
        printf '  %-9s %s\n' "elixir+S1" "$(elixir --erl '+S 1' $prog.exs 2>&1 >/dev/null | grep "^tc" | tr '\n' ' ')"
    fi
    if has lua5.4 && [ -f $prog.lua ]; then
        printf '  %-9s %s\n' lua5.4 "$(lua5.4 $prog.lua 2>&1 >/dev/null | grep "^tc" | tr '\n' ' ')"
    fi
    if [ "$prog" != memory ]; then
        if $PROCLAB run $prog.exs 2>/dev/null | cmp -s - expected/$prog.out; then
            echo "  output matches expected/$prog.out"
        else
            echo "  OUTPUT DIFFERS from expected/$prog.out"
        fi
    fi
done
if has hyperfine; then
    : > /tmp/proclab-empty.exs
    hyperfine -N --warmup 5 --runs 20 "$PROCLAB run /tmp/proclab-empty.exs" \
        "$PROCLAB run fib.exs" "lua5.4 fib.lua" 2>/dev/null | grep -E "Benchmark|Time"
fi
