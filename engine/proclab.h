/* proclab's public engine API: everything the UI, the command line and the tests of
 * the UI may use. Handles are opaque; snapshots are plain structs. */
#ifndef PROCLAB_H
#define PROCLAB_H

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>
#include "types.h"

#define PL_VERSION "0.1.0"

enum { PL_OUT_STDOUT = 1, PL_OUT_STDERR = 2 };

/* Receives everything Elixir code prints. [stream] is PL_OUT_STDOUT or PL_OUT_STDERR. */
typedef void (*pl_output_fn)(void *ud, int stream, const char *s, size_t len);

/* The host's monotonic clock in nanoseconds. The engine never reads a clock
 * itself (determinism); without one, time is virtual. */
typedef uint64_t (*pl_clock_fn)(void *ud);

typedef struct pl_engine_config {
    pl_clock_fn clock;    /* NULL = virtual time only */
    void *clock_ud;
    void (*sleep)(void *ud, uint64_t ns); /* waits real time (with clock); gets clock_ud */
    uint64_t seed;
    size_t alloc_limit;   /* bytes for all terms of the engine; 0 = unlimited */
    pl_output_fn output;  /* NULL = the process's stdout/stderr */
    bool bare;            /* skip loading the embedded library (unit tests) */
    int64_t max_reductions; /* pl_run_script stops a script after this many; 0 = none */
    void *output_ud;
} pl_engine_config;

/* Creates an engine with the built-in library loaded; NULL when out of memory. */
pl_engine *pl_engine_new(const pl_engine_config *cfg);
void pl_engine_free(pl_engine *e);

/* Outcome of running a script to completion. */
typedef struct pl_run_result {
    pl_status status;
    int exit_code;        /* what `elixir FILE` would exit with */
} pl_run_result;

/* Compiles and runs [src] as the script [file] in a new main process, until that
 * process ends. Errors are printed to the stderr sink as `elixir` prints them. */
pl_run_result pl_run_script(pl_engine *e, const char *file, const char *src, size_t len);

/* Compiles [src] without running it and prints the bytecode of the script and
 * of every module it defines (`proclab run --dump`). */
pl_status pl_dump_script(pl_engine *e, const char *file, const char *src, size_t len);

#endif
