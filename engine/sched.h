/* The scheduler: the process table, a run queue, reduction slices, the timers
 * and the engine clock (virtual, or the host's real clock). One OS thread.
 * Deterministic: the same program, seed and clock mode give the same events. */
#ifndef PL_SCHED_H
#define PL_SCHED_H

#include "proc.h"
#include "timer.h"

#define PL_PROCESS_LIMIT 262144     /* the BEAM's default */
#define PL_DEFAULT_SLICE 4000

typedef struct pl_sched {
    pl_proc **table;              // indexed by serial & (cap - 1)
    uint32_t cap, count;          // count: live processes
    uint32_t slots;               // table slots in use, the dead not yet reaped included
    uint64_t next_serial;
    uint32_t limit;
    pl_proc **runq;               // ring buffer
    uint32_t rq_head, rq_len, rq_cap;
    pl_timers timers;
    int64_t slice;                // reductions per slice
    pl_proc **dead;               // exited processes waiting to be freed
    uint32_t ndead, dead_cap;
    uint32_t dead_done;           // dead[0..dead_done) have had their signals sent
    bool draining;                // pl_sched_exit is sending signals now
} pl_sched;

pl_status pl_sched_init(pl_engine *e);
void pl_sched_destroy(pl_engine *e);

/* Creates a process (not yet runnable: start it with pl_vm_start, then
 * pl_sched_wake). NULL with [*limit] set when the process limit is reached. */
pl_proc *pl_sched_new_proc(pl_engine *e, uint64_t parent, bool *limit);
/* The live process with this pid, or NULL. */
pl_proc *pl_sched_find(const pl_engine *e, pl_term pid);
pl_proc *pl_sched_find_serial(const pl_engine *e, uint64_t serial);
/* Makes [p] runnable (if it is waiting) and queues it. */
void pl_sched_wake(pl_engine *e, pl_proc *p);

typedef enum pl_step_result {
    PL_STEP_RAN,          /* a process ran a slice */
    PL_STEP_IDLE,         /* nothing runnable; a timer is pending */
    PL_STEP_DEADLOCK,     /* nothing runnable and no timer: everyone waits forever */
    PL_STEP_EMPTY,        /* no processes at all */
} pl_step_result;

/* Runs the next runnable process for one slice (reductions of [budget], or the
 * configured slice when 0). */
pl_step_result pl_sched_step(pl_engine *e, int64_t budget);
/* Fires every timer due at engine time [now]. Returns how many fired. */
uint32_t pl_sched_fire_timers(pl_engine *e, uint64_t now);
/* Deadline of the earliest pending timer; false if none. */
bool pl_sched_next_deadline(const pl_engine *e, uint64_t *deadline);

/* Ends [p] with [reason] (taken): tells links and monitors, unregisters it and
 * queues it to be freed. Safe to call for the running process after the VM
 * returned, or for any other process (exit signals). */
void pl_sched_exit(pl_engine *e, pl_proc *p, pl_term reason);
/* Frees processes that exited since the last call. */
void pl_sched_reap(pl_engine *e);

#endif
