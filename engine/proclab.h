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
    uint32_t process_limit; /* 0 = the BEAM's default, 262 144 */
    void *output_ud;
    uint64_t unix_ns;       /* wall-clock time at creation (System.system_time);
                             * 0 = the epoch, keeping runs deterministic */
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

/* ---- Running step by step (DESIGN rule 7) ---- */
typedef enum pl_step_kind {
    PL_STEP_REDUCTION,   /* one reduction of the next runnable process */
    PL_STEP_SLICE,       /* one slice of the next runnable process */
    PL_STEP_EVENT,       /* until the next trace event, or [arg] reductions (0: no limit) */
    PL_STEP_UNTIL_IDLE,  /* until no process can run without time passing */
    PL_STEP_UNTIL_TIME,  /* until engine time reaches [arg] ns (virtual clock jumps) */
} pl_step_kind;

typedef enum pl_step_status {
    PL_STEPPED,          /* something ran */
    PL_STEP_WAITING,     /* nothing runnable now; a timer is pending */
    PL_STEP_STUCK,       /* processes wait and nothing can wake them */
    PL_STEP_NOTHING,     /* no processes */
} pl_step_status;

/* Advances the engine by [kind]. Never blocks: with a real clock, the host
 * sleeps between calls until the next deadline (pl_next_deadline). */
pl_step_status pl_step(pl_engine *e, pl_step_kind kind, uint64_t arg);
/* Runs one slice of process [pid] alone, out of turn (the prompt's evaluator
 * while the rest is paused). PL_STEP_WAITING when it is not runnable. */
pl_step_status pl_step_process(pl_engine *e, uint64_t pid);
/* Engine time of the next timer, if any. */
bool pl_next_deadline(const pl_engine *e, uint64_t *ns);
/* With a real clock: engine time runs [speed] times as fast as the host's
 * (0.25 ... 16; timers and sleeps follow). */
void pl_set_speed(pl_engine *e, double speed);
/* Engine time now (the clock deadlines are given in), and time since start. */
uint64_t pl_engine_time(const pl_engine *e);
uint64_t pl_engine_uptime(const pl_engine *e);
/* Host nanoseconds to wait for [engine_ns] of engine time at the current speed. */
uint64_t pl_host_wait_ns(const pl_engine *e, uint64_t engine_ns);
/* Sets the reductions per slice (1 shows every interleaving; default 4000). */
void pl_set_slice(pl_engine *e, int64_t reductions);

/* ---- The trace stream (DESIGN rule 8) ---- */
typedef enum pl_event_kind {
#define EV(name, label) PL_EV_##name,
#include "trace_events.def"
#undef EV
    PL_EV__COUNT
} pl_event_kind;

/* One observable action. Its terms belong to the ring: read them with the
 * pl_view_* functions while the event is still there. */
typedef struct pl_event {
    uint64_t seq;          // position in the whole stream, from 0
    uint64_t time;         // engine time (ns)
    pl_event_kind kind;
    uint64_t pid;          // the acting process's serial (0: the engine)
    pl_term other;         // the other party: a pid, a name, or PL_VIEW_NONE
    pl_term data;          // message, reason, flag value... (owned), or PL_VIEW_NONE
} pl_event;

/* No term (what the engine calls PL_NONE). */
#define PL_VIEW_NONE ((pl_term)0)
typedef void (*pl_trace_fn)(void *ud, const pl_event *ev);
/* Records events in a ring of [capacity]; [hook] (may be NULL) sees each one as
 * it happens. */
pl_status pl_trace_start(pl_engine *e, uint32_t capacity, pl_trace_fn hook, void *ud);
/* The next event's sequence number, and event [seq] while it is still in the
 * ring (NULL once overwritten). */
uint64_t pl_trace_next(const pl_engine *e);
const pl_event *pl_trace_event(const pl_engine *e, uint64_t seq);
/* One readable line for [ev] (no newline): "#12 0.000s <0.81.0> send <0.82.0> :ping".
 * Returns the length it needed (as snprintf). */
size_t pl_trace_describe(pl_engine *e, const pl_event *ev, char *buf, size_t cap);

/* ---- The shell: iex, whose evaluator is a process in the engine ---- */
typedef enum pl_shell_result {
    PL_SHELL_SENT,        /* compiled and handed to the evaluator; step the engine */
    PL_SHELL_INCOMPLETE,  /* more lines needed: an unclosed do, bracket or string */
    PL_SHELL_ERROR,       /* a syntax or compile error, already written (as iex, on stdout) */
    PL_SHELL_BUSY,        /* the previous input is still being evaluated */
} pl_shell_result;

typedef enum pl_shell_state {
    PL_SHELL_IDLE,        /* waiting for input */
    PL_SHELL_RUNNING,     /* evaluating */
    PL_SHELL_RESTARTED,   /* the evaluator died (its reason is written); a new one waits */
    PL_SHELL_DOWN,        /* no evaluator could be started */
} pl_shell_state;

/* Starts the evaluator process (once). */
pl_status pl_shell_start(pl_engine *e);
/* Evaluates [src] as the input of prompt iex(N): results and errors arrive on
 * the output sink as the engine runs, the way iex prints them. */
pl_shell_result pl_shell_eval(pl_engine *e, const char *src, size_t len);
/* Call after stepping: tells whether the evaluator finished, or died (then a
 * fresh one is started, as iex does, and the reason written). */
pl_shell_state pl_shell_poll(pl_engine *e);
/* Ctrl-C: kills the evaluator (pl_shell_poll then restarts it). */
void pl_shell_interrupt(pl_engine *e);
/* The columns results are pretty-printed for (default 80, as iex's). */
void pl_shell_set_width(pl_engine *e, int columns);
/* The N of the next `iex(N)>` prompt. */
int pl_shell_counter(const pl_engine *e);
uint64_t pl_shell_pid(const pl_engine *e);

/* ---- Looking at processes: snapshots for the UI (engine/view.c) ---- */
typedef enum pl_view_state {
    PL_VIEW_RUNNING,      /* running now (only seen from inside a step) */
    PL_VIEW_RUNNABLE,     /* queued to run */
    PL_VIEW_WAITING,      /* in receive, or sleeping */
    PL_VIEW_EXITED,
} pl_view_state;

typedef struct pl_proc_view {
    uint64_t pid;         /* the N of #PID<0.N.0> */
    uint64_t parent;      /* who spawned it (0: the engine or the prompt) */
    pl_view_state state;
    bool trap_exit, supervisor, shell;
    uint32_t mailbox_len, links, monitors;
    uint64_t reductions;
    size_t memory;        /* bytes: stacks, mailbox, dictionary */
    char name[48];        /* registered name ("" if none): "my_name", or "Counter" for a module */
    char label[64];       /* what it is: "GenServer Counter", "supervisor", "fn in Foo.run/1" */
    char current[64];     /* the function it is in: "Counter.loop/1" */
} pl_proc_view;

/* Fills [out] with up to [cap] live processes in pid order; returns how many
 * processes there are (which may be more than [cap]). */
size_t pl_view_procs(pl_engine *e, pl_proc_view *out, size_t cap);
/* One process; false when it is not alive. */
bool pl_view_proc(pl_engine *e, uint64_t pid, pl_proc_view *out);

/* One message of a mailbox: [text] is its inspect (one line, cut to [width]). */
typedef void (*pl_view_msg_fn)(void *ud, size_t index, const char *text, size_t len);
typedef struct pl_mailbox_view {
    size_t len;           /* messages in the mailbox */
    size_t scanned;       /* how many the current receive has tried (and kept) */
    bool in_receive;      /* it is in a receive: waiting, or woken to scan */
    int receive_line;     /* the receive's source line, 0 if unknown */
    char receive_file[64];
    char patterns[256];   /* its clauses' patterns: "{:ping, from} | :stop" */
} pl_mailbox_view;
/* Calls [fn] for the first [max] messages of [pid]; false if it is not alive. */
bool pl_view_mailbox(pl_engine *e, uint64_t pid, size_t max, int width, pl_view_msg_fn fn,
                     void *ud, pl_mailbox_view *out);
/* Process.info(pid) pretty-printed for [width] columns, NUL-terminated in
 * [buf]; returns the length it needed. 0 when the process is not alive. */
size_t pl_view_info(pl_engine *e, uint64_t pid, int width, char *buf, size_t cap);

/* ---- Reading events' terms (borrowed; valid while the event is in the ring) ---- */
/* inspect of [t] on one line, at most [limit] items deep, NUL-terminated. */
size_t pl_view_term(pl_engine *e, pl_term t, int limit, char *buf, size_t cap);
/* The N of a pid term; false if [t] is not a pid. */
bool pl_view_pid(pl_term t, uint64_t *pid);
/* A library event's (:proclab.trace) tag, e.g. "sup_restart", and its payload;
 * NULL if [ev] is not one. */
const char *pl_view_lib(pl_engine *e, const pl_event *ev, pl_term *payload);
/* OTP's plumbing in the stream (the wire formats of gen.ex): a call's request
 * and its reply (with the call's alias reference in [*ref]), a cast. */
typedef enum pl_otp_kind { PL_OTP_NONE, PL_OTP_CALL, PL_OTP_REPLY, PL_OTP_CAST } pl_otp_kind;
pl_otp_kind pl_view_otp(pl_engine *e, const pl_event *ev, pl_term *ref);
/* Element [i] of tuple [t], or false. */
bool pl_view_elem(pl_term t, uint32_t i, pl_term *out);
/* Sends [pid] an exit signal from outside (the UI's `x`): [reason] is an atom's
 * name ("kill", "shutdown", "boom"). False when it is not alive. */
bool pl_exit_signal(pl_engine *e, uint64_t pid, const char *reason);

/* ---- Completion of names for the prompts ---- */
typedef struct pl_completion {
    char **items;         /* "Enum.map", "Enum.map_join", ... sorted, no repeats */
    size_t count;
    const char *common;   /* items[0]: its first [common_len] bytes are shared by all */
    size_t common_len;
} pl_completion;
/* Candidates for [word]: modules ("En" -> "Enum", ":e" -> ":ets"), or with a
 * dot, the module's public functions ("Enum.ma" -> "Enum.map"). */
void pl_complete(pl_engine *e, const char *word, pl_completion *out);
void pl_completion_free(pl_completion *c);

/* Compiles [src] without running it and prints the bytecode of the script and
 * of every module it defines (`proclab run --dump`). */
pl_status pl_dump_script(pl_engine *e, const char *file, const char *src, size_t len);

#endif
