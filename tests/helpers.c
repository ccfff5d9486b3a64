/* Engine factory shared by every Check suite. */
#include "helpers.h"

pl_engine *pl_test_engine(void)
{
    pl_engine_config cfg = { .seed = 42, .bare = true };
    pl_engine *e = pl_engine_new(&cfg);
    ck_assert_ptr_nonnull(e);
    return e;
}

pl_term pl_test_atom(pl_engine *e, const char *name)
{
    return pl_atom_intern(&e->atoms, name, strlen(name));
}

static void capture(void *ud, int stream, const char *s, size_t len)
{
    pl_test_output *o = ud;
    char *buf = stream == PL_OUT_STDERR ? o->err : o->out;
    size_t *n = stream == PL_OUT_STDERR ? &o->err_len : &o->out_len;
    size_t room = sizeof o->out - 1 - *n;
    size_t k = len < room ? len : room;
    memcpy(buf + *n, s, k);
    *n += k;
    buf[*n] = '\0';
}

pl_engine *pl_test_engine_lib(pl_test_output *out)
{
    memset(out, 0, sizeof *out);
    pl_engine_config cfg = { .seed = 42, .output = capture, .output_ud = out };
    pl_engine *e = pl_engine_new(&cfg);
    ck_assert_ptr_nonnull(e);
    return e;
}

int pl_test_run(pl_engine *e, pl_test_output *out, const char *src)
{
    out->out_len = out->err_len = 0;
    out->out[0] = out->err[0] = '\0';
    pl_run_result r = pl_run_script(e, "test.exs", src, strlen(src));
    return r.exit_code;
}
