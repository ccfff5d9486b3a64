/* `use Mod, opts`: the definitions Mod injects into the using module (default
 * callbacks, child_spec/1, ...), read from engine/lib/using/Mod.ex and parsed
 * like any source. There are no user macros: the using files are plain defs
 * that may read @__use_opts__, the options of the `use`. */
#include <stdio.h>
#include "../atom.h"
#include "compile_int.h"
#include "parser.h"

static const struct {
    const char *name, *src;
} USING[] = {
#include "using_sources.inc"
    { NULL, NULL },
};

/* The source injected by `use [mod]`, or NULL. */
static const char *using_source(cunit *u, pl_term mod)
{
    const char *name = pl_atom_name(&u->e->atoms, mod);
    if (strncmp(name, "Elixir.", 7) == 0) {
        name += 7;
    }
    size_t n = strlen(name);
    for (size_t i = 0; USING[i].name; i++) {
        if (strncmp(USING[i].name, name, n) == 0 && strcmp(USING[i].name + n, ".ex") == 0) {
            return USING[i].src;
        }
    }
    return NULL;
}

pl_term c_use_defs(cfn *f, pl_term use_args)
{
    cunit *u = f->u;
    pl_term mod = c_alias_atom(f, c_nth(use_args, 0));
    const char *src = mod != PL_NONE ? using_source(u, mod) : NULL;
    if (!src) {
        return PL_NIL; /* nothing to inject (use of a module proclab has no using file for) */
    }
    pl_parse_error perr;
    pl_term ast = pl_parse(u->e, "using", src, strlen(src), &perr);
    if (ast == PL_NONE) {
        c_error(f, PL_NONE, "internal: using file for %s: %s", pl_atom_name(&u->e->atoms, mod),
                perr.message);
        return PL_NIL;
    }
    pl_term defs;
    if (c_is_call(u, ast, u->a.a_block, NULL, &defs)) {
        defs = pl_retain(defs);
    } else {
        defs = pl_cons_new(u->e, pl_retain(ast), PL_NIL);
    }
    pl_release(u->e, ast);
    return defs;
}
