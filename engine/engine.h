/* struct pl_engine: the one object every engine module hangs its state from
 * (DESIGN rule 1: no globals). Internal; the UI sees only proclab.h. */
#ifndef PL_ENGINE_H
#define PL_ENGINE_H

#include "proclab.h"
#include "alloc.h"
#include "atom.h"
#include "trace.h"
#include "rand.h"

struct pl_engine {
    pl_alloc alloc;
    pl_atom_table atoms;
    // Boxes whose count reached zero and whose children still need releasing:
    // freeing is iterative so a million-element list never recurses in C.
    pl_box **dying;
    size_t dying_len, dying_cap;
    bool freeing;

    int64_t max_reductions;      // budget for pl_run_script, 0 = unlimited
    uint64_t next_ref;
    uint64_t next_pid;
    uint64_t seed;
    pl_rand rand;                // :rand and schedule choices draw from here

    // Stacks, frame and handler arrays of reaped processes, kept by exact
    // byte size (a multiple of 32, up to 1 KiB) for the next spawns (proc.c).
    void *spare_blocks[32];
    size_t spare_bytes;

    struct pl_modtab *modules;   /* lang/code.c */
    pl_proc *current;            /* the process running now, if any */
    struct pl_sched *sched;      /* sched.c */
    struct pl_bif_table *bifs;   /* bif/bif.c */

    pl_trace trace;
    // Called for every event as it is recorded (`--trace` prints from here).
    void (*trace_hook)(void *ud, const pl_event *ev);
    void *trace_hook_ud;
    struct pl_names *names;      // registered names (signal.c)
    struct pl_ets_state *ets;    // ETS tables and persistent terms (ets.c), made on first use

    pl_clock_fn clock;
    void *clock_ud;
    void (*sleep)(void *ud, uint64_t ns);
    // Real time runs at [speed] (x0.25 ... x16): engine time is [base_engine]
    // plus the host time since [base_host], scaled.
    double speed;
    uint64_t base_host, base_engine;
    uint64_t virtual_ns;         // virtual time, advanced by sleeps and timers
    uint64_t start_ns;           // engine time at creation (traces show time since)
    uint64_t unix_ns;            // wall-clock time at creation, from the host (or 0)
    uint64_t next_unique;        // :erlang.unique_integer's counter

    struct pl_shell *shell;      // the prompt's evaluator (shell.c), once started

    pl_output_fn output;
    void *output_ud;
};

/* Monotonic time in nanoseconds: the host clock, or the virtual one. */
uint64_t pl_engine_now(const pl_engine *e);
/* Writes [len] bytes to the engine's output sink (stdout or stderr stream). */
void pl_engine_write(pl_engine *e, int stream, const char *s, size_t len);
/* The same for a C string. */
void pl_engine_puts(pl_engine *e, int stream, const char *s);

#endif
