/* Timers ordered by (deadline, sequence): receive timeouts, send_after and
 * sleeps. Deadlines are engine time in nanoseconds (pl_engine_now). */
#ifndef PL_TIMER_H
#define PL_TIMER_H

#include "term.h"

typedef enum pl_timer_kind {
    PL_TIMER_RECV,        /* wake a process waiting in receive ... after */
    PL_TIMER_SEND,        /* deliver [msg] to [dest] (Process.send_after) */
} pl_timer_kind;

typedef struct pl_timer {
    uint64_t deadline;
    uint64_t seq;         // ties keep creation order: deterministic
    pl_timer_kind kind;
    uint64_t owner;       // serial of the process it wakes or that set it
    pl_term dest;         // PL_TIMER_SEND: pid or registered name
    pl_term msg;          // PL_TIMER_SEND: the message (owned)
    pl_term ref;          // the timer reference (send_after), or PL_NONE
} pl_timer;

typedef struct pl_timers {
    pl_timer *heap;
    uint32_t len, cap;
    uint64_t next_seq;
} pl_timers;

void pl_timers_init(pl_timers *t);
void pl_timers_destroy(pl_engine *e, pl_timers *t);
/* Adds a timer; false when out of memory ([msg] is released). */
bool pl_timers_add(pl_engine *e, pl_timers *t, pl_timer tm);
/* The earliest timer, or NULL. */
static inline const pl_timer *pl_timers_peek(const pl_timers *t) { return t->len ? &t->heap[0] : NULL; }
/* Removes and returns the earliest timer (the caller owns its msg). */
pl_timer pl_timers_pop(pl_timers *t);
/* Removes the timer with [ref]; returns true and its remaining time, or false. */
bool pl_timers_cancel(pl_engine *e, pl_timers *t, pl_term ref, uint64_t now, uint64_t *left);
/* Time left on the timer with [ref], without cancelling it. */
bool pl_timers_read(const pl_timers *t, pl_term ref, uint64_t now, uint64_t *left);

#endif
