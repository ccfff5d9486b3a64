/* Running code to completion outside the scheduler: the embedded library at
 * engine start, and scripts for `proclab run`. */
#ifndef PL_RUN_H
#define PL_RUN_H

#include "proclab.h"

/* Loads the library: the precompiled image when it fits this build, else
 * compiles and runs the embedded sources. */
pl_status pl_run_load_lib(pl_engine *e);
/* Compiles and runs every engine/lib source embedded in the binary, in order
 * (what tools/plc does at build time before it saves the image). */
pl_status pl_run_load_lib_source(pl_engine *e);

/* Runs mod.fun(args) (borrowed) to the end in a process of its own, outside
 * the scheduler (pure library functions only: formatting). Returns its value
 * (a new reference), or PL_NONE when it failed. */
pl_term pl_run_call(pl_engine *e, const char *mod, const char *fun, const pl_term *args,
                    uint32_t argc);

/* Elixir 1.14's picture of where a syntax error is, written to stderr after
 * its first line:
 *     |
 *  11 | x = )
 *     |     ^
 * [src] is the whole source; [line] and [column] count from 1. */
void pl_run_syntax_snippet(pl_engine *e, int stream, const char *src, size_t len, int line,
                           int column);

/* The library image (build/lib_bc.inc), linked in from engine/lib_blob.c;
 * tools/plc, which makes it, links an empty one of its own. */
extern const unsigned char pl_lib_blob[];
extern const size_t pl_lib_blob_len;

#endif
