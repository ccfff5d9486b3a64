/* The compiler: Elixir's quoted form (from parser.c) to pl_func bytecode. */
#ifndef PL_COMPILE_H
#define PL_COMPILE_H

#include "code.h"

typedef struct pl_compile_error {
    int line;
    char kind[32];        /* "CompileError", ... */
    char message[256];
} pl_compile_error;

/* Compiles the script [ast] (borrowed) of [file]. Modules it defines are
 * registered but load only when their defmodule runs. On success [*out] is the
 * script's top-level function (arity 0) in a module of its own. */
pl_status pl_compile_script(pl_engine *e, const char *file, pl_term ast, pl_func **out,
                            pl_compile_error *err);

/* The iex evaluator's form: [ast] becomes a function whose parameters are the
 * variables [names] (a list of atoms, borrowed) and which returns {value,
 * {v1, ...}}, the variables bound afterwards; [*out_names] (a new list) names
 * them. [env] (borrowed) holds the aliases and imports in force, as
 * [{:alias, short, full} | {:import, mod}]; [*out_env] (new) those in force
 * after the input, for the next one. */
pl_status pl_compile_eval(pl_engine *e, const char *file, pl_term ast, pl_term names,
                          pl_term env, pl_func **out, pl_term *out_names, pl_term *out_env,
                          pl_compile_error *err);

#endif
