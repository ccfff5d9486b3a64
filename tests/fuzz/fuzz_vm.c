/* libFuzzer target: any byte string compiled and run with a reduction budget
 * must end (output, an Elixir error, or the budget) without crashing. */
#include <stdlib.h>
#include "engine.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void discard(void *ud, int stream, const char *s, size_t len)
{
    (void)ud;
    (void)stream;
    (void)s;
    (void)len;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pl_engine_config cfg = { .output = discard, .max_reductions = 200000,
                             .alloc_limit = (size_t)256 << 20 };
    pl_engine *e = pl_engine_new(&cfg);
    if (!e) {
        return 0;
    }
    pl_run_script(e, "fuzz.exs", (const char *)data, size);
    pl_engine_free(e);
    return 0;
}
