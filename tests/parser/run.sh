#!/bin/sh
# Compares pl_parse with Elixir's own parser over a corpus of files.
#   sh tests/parser/run.sh [FILES...]
# Default corpus: tests/parser/corpus/*.exs, tests/conformance/*.exs and
# /work/shared/bench/*.exs. SAN="-fsanitize=address,undefined" builds the dumper
# with sanitizers. Prints each differing file and a summary line.
set -u
cd "$(dirname "$0")/../.."
B=build/parser-dump
mkdir -p $B
SRC="$(echo engine/lang/lexer*.c engine/lang/parser*.c) engine/term.c engine/atom.c engine/alloc.c"
# term.c sizes and frees maps, which compare keys in term order.
SRC="$SRC engine/map.c engine/map_hamt.c engine/map_hash.c engine/term_order.c"
gcc -std=c11 -D_POSIX_C_SOURCE=200809L -O1 -g ${SAN:-} -Wall -Wextra -Werror -Iengine \
    -o $B/dump tests/parser/dump.c $SRC -lgmp -lutf8proc || exit 1
if [ $# -eq 0 ]; then
    # Split snippets.txt (separated by "#---" lines) into one file per snippet.
    rm -rf $B/snip && mkdir -p $B/snip
    awk -v d=$B/snip 'BEGIN { n = 1; f = sprintf("%s/%03d.exs", d, n); printf "" > f }
        /^#---$/ { close(f); n++; f = sprintf("%s/%03d.exs", d, n); printf "" > f; next }
        { print > f }' tests/parser/snippets.txt
    set -- $B/snip/*.exs tests/conformance/*.exs /work/shared/bench/*.exs
fi
FILES=""
for f in "$@"; do [ -f "$f" ] && FILES="$FILES $f"; done
set -- $FILES
elixir tests/parser/dump.exs "$@" > $B/want.txt 2>/dev/null
$B/dump "$@" > $B/got.txt 2>&1
awk -v got=$B/got.txt '
    BEGIN { while ((getline l < got) > 0) { if (l ~ /^== /) f = substr(l, 4); else g[f] = g[f] l "\n" } }
    /^== / { f = substr($0, 4); order[++n] = f; next }
    { w[f] = w[f] $0 "\n" }
    END {
        same = 0
        for (i = 1; i <= n; i++) { f = order[i]; if (w[f] == g[f]) same++; else print "DIFF " f }
        print "parser corpus: " same " of " n " identical"
    }' $B/want.txt
