#!/bin/sh
# Differential test of pl_phash2 against real elixir (OTP 25).
#   sh tests/phash/run.sh [N [SEED]]  -- N random terms (default 3000) besides the fixed set
# Builds diff.c with only the term-level engine files, so it works while the
# rest of the engine is mid-edit.
set -eu
cd "$(dirname "$0")/../.."
out=${TMPDIR:-/tmp}/proclab-phash-$$
mkdir -p "$out"
trap 'rm -rf "$out"' EXIT
cc -std=c11 -D_POSIX_C_SOURCE=200809L -O1 -g -Wall -Wextra -Werror -Wshadow \
   -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter ${SANFLAGS:-} -Iengine \
   -o "$out/diff" tests/phash/diff.c engine/phash.c engine/term.c engine/atom.c \
   engine/alloc.c engine/map.c engine/term_order.c -lgmp -lm
elixir tests/phash/gen.exs "${1:-3000}" "${2:-1}" > "$out/oracle.txt"
"$out/diff" < "$out/oracle.txt"
