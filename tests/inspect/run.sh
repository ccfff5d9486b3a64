#!/bin/sh
# Differential inspect test against real Elixir (the oracle must be on PATH):
#  1. cases.exs records inspect outputs of ~740 terms x 20 option sets; diff.c
#     replays them through pl_inspect and reports every difference.
#  2. float_gen.c prints inspect/to_string of 200k doubles; float_oracle.exs
#     prints what Elixir gives for the same bits.
# STUB=1 links stand-ins for engine.c/code.c instead of the whole engine (for
# when the rest of the tree does not build). Extra arguments go to diff (-v).
set -e
cd "$(dirname "$0")/../.."
mkdir -p build
CFLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -O1 -g -Wall -Wextra -Iengine -Ibuild -DUTF8PROC_EXPORTS"
if [ "$STUB" = 1 ]; then
    SRC="engine/term.c engine/atom.c engine/alloc.c engine/map.c engine/term_order.c engine/phash.c"
    SRC="$SRC engine/doc.c engine/inspect*.c engine/float_fmt.c tests/inspect/stub_engine.c"
    cc $CFLAGS $SAN -o build/inspect_diff tests/inspect/diff.c $SRC -lgmp -lutf8proc -lm
else
    make build/check_all >/dev/null
    cc $CFLAGS $SAN -o build/inspect_diff tests/inspect/diff.c build/engine/lib_blob.o \
        build/libproclab.a -lgmp -lutf8proc -lm $(pkg-config --libs ncursesw libedit 2>/dev/null)
fi
elixir tests/inspect/cases.exs > build/inspect_cases.txt
status=0
build/inspect_diff build/inspect_cases.txt "$@" || status=1
cc $CFLAGS -o build/float_gen tests/inspect/float_gen.c engine/float_fmt.c -lm
build/float_gen 200000 > build/float_c.txt
elixir tests/inspect/float_oracle.exs < build/float_c.txt > build/float_elixir.txt
if cmp -s build/float_c.txt build/float_elixir.txt; then
    echo "$(wc -l < build/float_c.txt) floats, 0 mismatches"
else
    diff build/float_elixir.txt build/float_c.txt | head -20
    status=1
fi
exit $status
