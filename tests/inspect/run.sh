#!/bin/sh
# Differential inspect test: builds diff.c against the engine and replays
# cases.txt (re-record it with `elixir cases.exs > cases.txt`). STUB=1 links
# stand-ins for engine.c/code.c instead of build/libproclab.a.
set -e
cd "$(dirname "$0")/../.."
CFLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -O1 -g -Wall -Wextra -Iengine -Ibuild -DUTF8PROC_EXPORTS"
if [ "$STUB" = 1 ]; then
    SRC="engine/term.c engine/atom.c engine/alloc.c engine/map.c engine/term_order.c engine/phash.c"
    SRC="$SRC engine/doc.c engine/inspect.c engine/float_fmt.c tests/inspect/stub_engine.c"
    cc $CFLAGS $SAN -o build/inspect_diff tests/inspect/diff.c $SRC -lgmp -lutf8proc -lm
else
    make build/libproclab.a >/dev/null
    cc $CFLAGS $SAN -o build/inspect_diff tests/inspect/diff.c build/libproclab.a \
        -lgmp -lutf8proc -lm $(pkg-config --libs ncursesw libedit 2>/dev/null)
fi
build/inspect_diff tests/inspect/cases.txt "$@"
