#!/bin/sh
# Builds and runs only the parser Check suite against the current engine library,
# for when the rest of the tree does not build. SAN=1 adds ASan+UBSan.
set -eu
cd "$(dirname "$0")/../.."
B=build/parser-check
mkdir -p $B
FLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -O1 -g -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter -Iengine -Ibuild"
if [ "${SAN:-}" = 1 ]; then FLAGS="$FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"; LIB=build-san/libproclab.a; else LIB=build/libproclab.a; fi
cat > $B/main.c <<'EOC'
#include <stdlib.h>
#include "helpers.h"
int main(void)
{
    SRunner *sr = srunner_create(parser_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
EOC
gcc $FLAGS -Itests -o $B/check $B/main.c tests/check_parser.c tests/helpers.c \
    engine/lang/lexer*.c engine/lang/parser*.c \
    $LIB $(pkg-config --cflags --libs check) -lgmp -lutf8proc -lm
$B/check
