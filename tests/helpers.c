/* Engine factory shared by every Check suite. */
#include "helpers.h"

pl_engine *pl_test_engine(void)
{
    pl_engine_config cfg = { .seed = 42 };
    pl_engine *e = pl_engine_new(&cfg);
    ck_assert_ptr_nonnull(e);
    return e;
}

pl_term pl_test_atom(pl_engine *e, const char *name)
{
    return pl_atom_intern(&e->atoms, name, strlen(name));
}
