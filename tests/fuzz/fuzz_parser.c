/* libFuzzer target: any byte string through the parser must end in an AST or a
 * clean error, with every allocation released. */
#include <stdlib.h>
#include "engine.h"
#include "lang/parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pl_engine_config cfg = { .bare = true };
    pl_engine *e = pl_engine_new(&cfg);
    if (!e) {
        return 0;
    }
    size_t baseline = e->alloc.bytes_in_use;
    pl_parse_error err;
    pl_term ast = pl_parse(e, "fuzz.exs", (const char *)data, size, &err);
    pl_release(e, ast);
    if (e->alloc.bytes_in_use != baseline) {
        abort(); /* a leak: report it as a crash so the fuzzer keeps the input */
    }
    pl_engine_free(e);
    return 0;
}
