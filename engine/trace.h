/* The trace stream (DESIGN rule 8): a bounded ring of typed events that the UI,
 * `proclab run --trace`, tests and exports all read. Depends on terms only. */
#ifndef PL_TRACE_H
#define PL_TRACE_H

#include "term.h"
#include "proclab.h"

/* pl_event and its kinds are public: see proclab.h. */
extern const char *const pl_event_names[PL_EV__COUNT];

typedef struct pl_trace {
    pl_event *ring;
    uint32_t cap;          // 0: tracing off
    uint64_t next;         // seq of the next event
} pl_trace;

/* Turns the ring on with room for [cap] events (older ones are overwritten). */
pl_status pl_trace_enable(pl_engine *e, uint32_t cap);
void pl_trace_destroy(pl_engine *e);
/* Records an event; [data] is borrowed (retained when stored). No-op when off. */
void pl_trace_emit(pl_engine *e, pl_event_kind kind, uint64_t pid, pl_term other, pl_term data);
/* The event with sequence [seq], or NULL if it is not (or no longer) in the ring. */
const pl_event *pl_trace_get(const pl_engine *e, uint64_t seq);

#endif
