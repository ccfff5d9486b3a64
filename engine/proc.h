/* Processes: the pl_proc struct (frames, value stack, exception state, process
 * dictionary) and the process table. A process is a fiber: its Elixir frames live
 * on the heap, never on the C stack (DESIGN rule 3). */
#ifndef PL_PROC_H
#define PL_PROC_H

#include "term.h"
#include "mailbox.h"

typedef struct pl_frame {
    pl_func *fn;
    uint32_t pc;          // next instruction (word offset) when this frame resumes
    uint32_t base;        // index of slot 0 in the value stack
    pl_term closure;      // the fun being run (owned), or PL_NONE
} pl_frame;

/* A try handler: where to go, and what to unwind to, when something raises. */
typedef struct pl_handler {
    uint32_t frame;       // index of the frame that installed it
    uint32_t sp;          // value stack height to restore
    uint32_t pc;          // handler label
} pl_handler;

typedef enum pl_proc_status {
    PL_PROC_RUNNABLE,
    PL_PROC_WAITING,
    PL_PROC_EXITED,
} pl_proc_status;

struct pl_proc {
    pl_engine *e;
    uint64_t serial;             // the N of #PID<0.N.0>
    pl_proc_status status;

    pl_term *stack;              // locals and operands of every frame
    uint32_t sp, stack_cap;
    pl_frame *frames;
    uint32_t nframes, frames_cap;
    pl_handler *handlers;
    uint32_t nhandlers, handlers_cap;

    // The exception being raised: set by BIFs (which then return PL_NONE) and
    // by the VM; consumed by the handler or by process exit.
    pl_term exc_kind, exc_reason, exc_trace;
    // Why a BIF said badarg, for Elixir's "errors were found at the given
    // arguments" message: which argument (1-based) and a static description.
    const char *exc_detail;
    uint32_t exc_argno;
    pl_term exit_reason;         // why the process ended (owned), once EXITED

    pl_term dict;                // process dictionary: a map (owned)
    int64_t reductions;          // total so far
    int64_t budget_left;         // of the running slice, as last saved by the VM
    size_t mem_limit;            // bytes of stack + frames allowed

    pl_mailbox mailbox;
    bool in_runq;                // queued in the scheduler's run queue
    bool keep;                   // the host still reads it after it exits
    pl_term pending_exit;        // a fatal signal that reached it while running
    uint64_t killed_by;          // serial of the process whose exit signal killed it
    pl_term exit_value;          // {:normal, value} or {kind, reason, trace} (owned)
    bool trap_exit;
    bool timed_out;              // the pending receive's `after` fired
    bool in_receive;             // blocked in (or woken inside) a receive
    uint64_t recv_timer;         // seq of the live receive timeout, or 0
    pl_term name;                // registered name, or PL_NONE
    uint64_t parent;             // serial of the spawner (0 for the first)
    pl_term initial_call;        // {mod, fun, arity} (owned)

    // Links and monitors, kept in creation order (determinism).
    uint64_t *links;
    uint32_t nlinks, links_cap;
    struct pl_monitors {
        struct pl_monitor *items;    // in creation (= ref) order; dead ones skipped
        uint32_t n, cap, live;
    } monitors,                      // the ones this process holds on others
      monitored_by;                  // the ones others hold on this process
    uint64_t *aliases;           // active alias refs (process aliases)
    uint32_t naliases, aliases_cap;
};

/* A monitor: [ref] watches [other] (a process serial). */
typedef struct pl_monitor {
    pl_term ref;
    uint64_t other;
    pl_term name;                // monitored by registered name, or PL_NONE
    bool dead;                   // removed; compacted away later
} pl_monitor;
typedef struct pl_monitors pl_monitors;

pl_proc *pl_proc_new(pl_engine *e);
void pl_proc_free(pl_proc *p);
/* Makes room for [n] more stack values; false when over the process's limit. */
bool pl_proc_reserve(pl_proc *p, uint32_t n);
bool pl_proc_reserve_frame(pl_proc *p);
/* Room for one more try handler; false when out of memory. */
bool pl_proc_reserve_handler(pl_proc *p);
/* Frees the engine's cache of process buffers (engine teardown). */
void pl_proc_spares_free(pl_engine *e);
/* Sets the pending exception (takes [reason]); returns PL_NONE for BIF returns. */
pl_term pl_proc_raise(pl_proc *p, pl_term kind, pl_term reason);
pl_term pl_proc_error(pl_proc *p, pl_term reason);
pl_term pl_proc_badarg(pl_proc *p);
void pl_proc_clear_exc(pl_proc *p);

#endif
