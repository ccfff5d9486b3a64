/* Compiled code: functions, modules and the engine's module table. The compiler
 * fills these; the VM runs them; inspect asks for struct layouts. */
#ifndef PL_CODE_H
#define PL_CODE_H

#include "../term.h"

/* One compiled function (a named def/defp or an anonymous fn). */
struct pl_func {
    pl_module *mod;
    pl_term name;        // atom; anonymous fns get "-outer/arity-fun-N-"
    uint32_t arity;
    uint32_t nfree;      // captured variables (closures)
    uint32_t nslots;     // local variable slots, captured values first
    uint32_t max_stack;  // operand stack depth the body needs
    uint32_t *code;
    uint32_t code_len;
    pl_term *consts;     // literals, owned
    uint32_t nconsts;
    uint32_t *lines;     // source line per code word (for stack traces)
    uint32_t *free_slots;// where each captured value goes on entry
    bool is_private;
    bool is_anon;
};

/* A remote call site's target, resolved on first use and re-resolved when a module
 * is (re)defined. */
typedef struct pl_import {
    pl_term mod, name;
    uint32_t arity;
    int32_t bif;                  // BIF index, or -1
    pl_func *fn;                  // resolved Elixir function, or NULL
    uint64_t generation;          // pl_modtab.generation when resolved
} pl_import;

struct pl_module {
    pl_term name;                 // atom, e.g. :"Elixir.Foo"
    pl_func **funcs;              // named functions first, then anonymous ones
    uint32_t nfuncs, cap;
    pl_import *imports;
    uint32_t nimports;
    pl_term *attrs;               // module attribute values, one per @name assignment
    uint32_t nattrs;
    pl_func *body;                // the module body, run when defmodule executes
    bool loaded;                  // false until its defmodule has run
    pl_term struct_fields;        // [{field, default}, ...] in definition order, or PL_NONE
    bool is_exception;
    pl_term enforce_keys;         // @enforce_keys of the struct (owned), or PL_NONE
    pl_module *next;              // modules are kept in definition order
};

#define PL_APPLY_CACHE 64 /* entries in the apply cache, a power of two */

typedef struct pl_modtab {
    pl_module *first, *last;
    uint32_t count;
    uint64_t generation;          // bumped on (re)definition; call caches check it
    // Targets of dynamic calls (apply, external funs), direct-mapped by
    // (mod, name, arity): OTP code applies the same few callbacks over and
    // over, and resolving walks the module list and a module's functions.
    pl_import apply_cache[PL_APPLY_CACHE];
} pl_modtab;

pl_status pl_code_init(pl_engine *e);
void pl_code_destroy(pl_engine *e);

/* Finds a loaded module by name, or NULL. */
pl_module *pl_code_module(pl_engine *e, pl_term name);
/* Creates (or replaces) the module [name]; the table owns it. */
pl_module *pl_code_new_module(pl_engine *e, pl_term name);
/* The compiled, not yet loaded module [name] (its defmodule has not run), or NULL. */
pl_module *pl_code_pending_module(pl_engine *e, pl_term name);
/* Makes [m] callable, retiring an earlier module of the same name. */
void pl_code_load(pl_engine *e, pl_module *m);
/* Finds [name]/[arity] in [m], or NULL. */
pl_func *pl_code_find(const pl_module *m, pl_term name, uint32_t arity);

/* The resolved target of mod.name/arity for a dynamic call, from the apply
 * cache when still valid; NULL if there is no such public function or BIF. */
const pl_import *pl_code_resolve_cached(pl_engine *e, pl_term mod, pl_term name, uint32_t arity);

/* Records the struct layout of [module]: a list of {field, default} (taken). */
void pl_code_set_struct(pl_engine *e, pl_term module, pl_term fields_take);
/* Borrowed [{field, default}, ...] of [module]'s struct in definition order, or PL_NONE. */
pl_term pl_code_struct_fields(pl_engine *e, pl_term module);

/* Writes the disassembly of [m] to the engine's stdout sink (dump.c). */
void pl_code_dump_module(pl_engine *e, const pl_module *m);

pl_func *pl_func_new(pl_module *m);
/* Appends [f] to [m]'s functions; returns its index or -1 when out of memory. */
int32_t pl_module_add_func(pl_module *m, pl_func *f);
/* Resolves import [i] of [m]: sets imp->fn or imp->bif; false when undefined. */
bool pl_code_resolve(pl_engine *e, pl_import *imp);
void pl_func_free(pl_engine *e, pl_func *f);

/* Appends [m] (calloc'd, in no table yet) to the table and loads it: how a
 * precompiled module arrives (bcfile.c). The table owns it afterwards. */
void pl_code_adopt(pl_engine *e, pl_module *m);
/* Frees [m], which never joined the table (a bcfile load that failed); NULL is fine. */
void pl_code_free_detached(pl_engine *e, pl_module *m);

#endif
