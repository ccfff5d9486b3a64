/* Internal to the compiler (compile*.c): contexts, emission, scopes, labels. */
#ifndef PL_COMPILE_INT_H
#define PL_COMPILE_INT_H

#include "../engine.h"
#include "compile.h"
#include "vm.h"

/* Atoms the compiler dispatches on, interned once per compilation. */
typedef struct catoms {
#define CA(c, s) pl_term c;
#include "compile_atoms.def"
#undef CA
} catoms;

typedef struct cvar {
    pl_term name;
    uint32_t slot;
} cvar;

typedef struct ccap {
    pl_term name;
    uint32_t outer_slot;  // slot in the enclosing function
    uint32_t slot;        // slot in this function
} ccap;

typedef struct clabel {
    uint32_t addr;        // UINT32_MAX until bound
} clabel;

typedef struct cdef {
    pl_term name;
    uint32_t arity;
    bool priv;
    int32_t index;                 // in the module's funcs
    pl_term *clauses;              // borrowed ASTs of def heads+bodies
    uint32_t *attr_marks;          // module attributes visible to each clause
    uint32_t nclauses, cap;
} cdef;

typedef struct cattr {
    pl_term name;
    uint32_t slot;
} cattr;

typedef struct calias {
    pl_term short_name;   // atom :Bar
    pl_term full;         // atom :"Elixir.Foo.Bar"
} calias;

typedef struct cunit cunit;

typedef struct cmod {
    cunit *u;
    struct cmod *parent;
    pl_module *mod;
    pl_term name;
    cdef *defs;
    uint32_t ndefs, defs_cap;
    cattr *attrs;
    uint32_t nattrs, attrs_cap;
    uint32_t attr_mark;           // attributes visible to code being compiled now
    calias *aliases;
    uint32_t naliases, aliases_cap;
    pl_term *imports;             // imported module atoms
    uint32_t nimports;
    uint32_t anon_count;
    bool is_script;
} cmod;

typedef struct cfn {
    cunit *u;
    cmod *m;
    struct cfn *outer;            // enclosing function, for closures
    pl_func *fn;
    uint32_t *code, *lines;
    uint32_t len, cap;
    pl_term *consts;
    uint32_t nconsts, consts_cap;
    cvar *vars;                   // scope stack; later entries shadow earlier
    uint32_t nvars, vars_cap;
    ccap *caps;
    uint32_t ncaps, caps_cap;
    clabel *labels;
    uint32_t nlabels, labels_cap;
    uint32_t *patches;            // code offsets holding label ids
    uint32_t npatches, patches_cap;
    uint32_t nslots;
    int32_t depth, max_depth;
    uint32_t line;
    uint32_t guard_fail;          // label id while compiling a guard, else 0
    uint32_t pat_mark;            // vars from here on were bound by the current pattern
    const char *ctx_name;         // "bar/2" for anonymous function names
    uint32_t stacktrace;          // 1 + the slot __STACKTRACE__ reads in rescue/catch; 0 elsewhere
    // For fusing two variable reads into LOCAL2 (c_emit_local): where the
    // last one's LOCAL starts, and where a label was bound last (no jump may
    // land between the two).
    uint32_t local_at, label_at;
    // Where the code giving a match's value starts (DUP, STORE x for `x = e`;
    // LOCAL for other patterns), so a statement whose value is dropped can
    // drop that code instead of adding a POP (compile_expr.c's discard).
    uint32_t match_value_at;
} cfn;

struct cunit {
    pl_engine *e;
    const char *file;
    catoms a;
    pl_compile_error *err;
    bool failed;
    bool eval;                    // compiling a prompt input (pl_compile_eval)
    uint32_t nesting;
};

/* ---- Errors ---- */
void c_error(cfn *f, pl_term meta, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static inline bool c_failed(const cfn *f) { return f->u->failed; }

/* ---- Emission (compile.c) ---- */
void c_emit(cfn *f, uint32_t op, int stack_effect);
/* Pushes a variable's slot: LOCAL, or turns the LOCAL just before into LOCAL2. */
void c_emit_local(cfn *f, uint32_t slot);
void c_word(cfn *f, uint32_t w);
uint32_t c_const(cfn *f, pl_term t_take);
void c_push_const(cfn *f, pl_term t_take);
uint32_t c_new_label(cfn *f);
void c_label_ref(cfn *f, uint32_t label);
void c_bind_label(cfn *f, uint32_t label);
uint32_t c_new_slot(cfn *f);
void c_set_depth(cfn *f, int32_t depth);
void c_set_line(cfn *f, pl_term meta);

/* ---- Variables ---- */
void c_bind_var(cfn *f, pl_term name, uint32_t slot);
/* Slot of variable [name], capturing it from enclosing functions if needed; -1 if unbound. */
int64_t c_lookup_var(cfn *f, pl_term name);
static inline uint32_t c_scope_save(const cfn *f) { return f->nvars; }
static inline void c_scope_restore(cfn *f, uint32_t mark) { f->nvars = mark; }

/* ---- AST helpers ---- */
bool c_is_call(const cunit *u, pl_term ast, pl_term name, pl_term *meta, pl_term *args);
bool c_is_var(pl_term ast, pl_term *name);
pl_term c_kw_get(pl_term kw, pl_term key);
uint32_t c_list_len(pl_term list);
pl_term c_nth(pl_term list, uint32_t i);
pl_term c_meta(pl_term ast);
/* Module atom for an __aliases__ node, expanding aliases; PL_NONE if not one. */
pl_term c_alias_atom(cfn *f, pl_term ast);
pl_term c_atom(cunit *u, const char *s);
bool c_is_literal(cunit *u, pl_term ast);
pl_term c_literal(cfn *f, pl_term ast);
/* The list of clauses in a do-block keyword entry (clauses are {:->, m, [args, body]}). */
pl_term c_clauses(cfn *f, pl_term blocks, pl_term key);

/* ---- Expressions (compile_expr.c) ---- */
/* Compiles [ast]; non-tail leaves one value on the stack, tail returns. */
void c_expr(cfn *f, pl_term ast, bool tail);
void c_block(cfn *f, pl_term body, bool tail);
/* Leaves the value on the stack and, when [tail], returns it. */
void c_finish(cfn *f, bool tail);
void c_call_bif(cfn *f, const char *mod, const char *name, uint32_t argc);
/* The fail operand of a BIF-like instruction: the guard's label, or 0 (raise). */
void c_fail_word(cfn *f);
uint32_t c_push_args(cfn *f, pl_term args);

/* ---- Calls and captures (compile_call.c) ---- */
/* Calls mod.name/argc with its arguments already pushed. */
void c_emit_remote(cfn *f, pl_term mod, pl_term name, uint32_t argc, bool tail);
/* Does Kernel (a BIF or the library module) define name/argc? */
bool c_kernel_has(cfn *f, pl_term name, uint32_t argc);
void c_local_call(cfn *f, pl_term name, pl_term meta, pl_term args, bool tail);
/* A name used as a variable that is none: Elixir 1.14 expands it to name(),
 * with a warning on stderr (at the prompt, only when nothing defines it). */
void c_var_as_call(cfn *f, pl_term name, pl_term meta, bool tail);
/* {{:., _, [target, name]}, meta, args} and fun.(args) */
void c_dot_call(cfn *f, pl_term dot_args, pl_term meta, pl_term args, bool tail);
void c_capture(cfn *f, pl_term args, pl_term meta, bool tail);
void c_raise(cfn *f, pl_term args, bool tail);
/* The CompileError for a call nothing defines. */
void c_undefined_function(cfn *f, pl_term meta, pl_term name, uint32_t argc);
void c_fn(cfn *f, pl_term clauses, pl_term meta);
/* True (with the error reported) for %Mod{} in a script's top level when Mod is
 * defined in the same file. */
bool c_struct_too_early(cfn *f, pl_term mod, pl_term meta);

/* ---- Patterns (compile_match.c) ---- */
/* Matches the value in [slot] against [pat], jumping to [fail] (a label id). */
void c_pattern(cfn *f, pl_term pat, uint32_t slot, uint32_t fail);
/* Starts a pattern: variables bound from here on are checked for repeats. */
static inline void c_pattern_begin(cfn *f) { f->pat_mark = f->nvars; }
/* Compiles a guard expression; jumps to [fail] unless it is exactly true. */
void c_guard(cfn *f, pl_term guard, uint32_t fail);
/* Splits `pattern when guard`; returns the pattern and sets [guard] (or PL_NONE). */
pl_term c_split_when(cfn *f, pl_term head, pl_term *guard);

/* ---- Binaries (compile_bin.c) ---- */
void c_binary(cfn *f, pl_term segs, bool tail);
/* <<...>> as a pattern on [slot]. */
void c_pat_binary(cfn *f, pl_term segs, uint32_t slot, uint32_t fail);

/* ---- Control forms (compile_ctl.c) ---- */
void c_case(cfn *f, pl_term args, pl_term meta, bool tail);
void c_cond(cfn *f, pl_term args, pl_term meta, bool tail);
void c_if(cfn *f, pl_term args, pl_term meta, bool tail, bool unless);
void c_with(cfn *f, pl_term args, pl_term meta, bool tail);
void c_try(cfn *f, pl_term args, pl_term meta, bool tail);
void c_for(cfn *f, pl_term args, pl_term meta, bool tail);
void c_receive(cfn *f, pl_term args, pl_term meta, bool tail);
/* Compiles clauses matching slots [slots] (one per argument) with FUNC_CLAUSE
 * or [on_nomatch] at the end. Used by def, fn and case. */
void c_clauses_on(cfn *f, pl_term clauses, const uint32_t *slots, uint32_t n, bool tail,
                  uint32_t end_label);

/* ---- Source text (compile_text.c) ---- */
/* The patterns (and guards) of -> clauses as source text: a new list of
 * binaries, for what the UI shows of a waiting receive. */
pl_term c_clause_text(cfn *f, pl_term clauses);

/* ---- Functions and modules (compile_mod.c) ---- */
cfn *c_fn_new(cunit *u, cmod *m, cfn *outer, pl_func *fn);
/* Finishes code, labels and constants into f->fn; frees the context. */
bool c_fn_finish(cfn *f);
void c_fn_free(cfn *f);
void c_defmodule(cfn *f, pl_term args, pl_term meta);
/* Index of local function name/arity in the module being compiled, or -1. */
int32_t c_find_def(cmod *m, pl_term name, uint32_t arity);
uint32_t c_import(cfn *f, pl_term mod, pl_term name, uint32_t arity);
int32_t c_module_attr(cfn *f, pl_term name);
/* The definitions `use Mod, opts` injects (a new list of def ASTs; [] if none). */
pl_term c_use_defs(cfn *f, pl_term use_args);
/* alias / import / require inside a module or script. */
void c_defmodule_directive(cfn *f, pl_term name, pl_term args);

#endif
