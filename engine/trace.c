/* The event ring: fixed capacity, oldest events overwritten. Terms in events are
 * retained while in the ring. */
#include <stdlib.h>
#include "engine.h"
#include "trace.h"

const char *const pl_event_names[PL_EV__COUNT] = {
#define EV(name, label) label,
#include "trace_events.def"
#undef EV
};

pl_status pl_trace_enable(pl_engine *e, uint32_t cap)
{
    pl_trace *t = &e->trace;
    if (t->cap) {
        return PL_OK;
    }
    t->ring = calloc(cap, sizeof *t->ring);
    if (!t->ring) {
        return PL_ENOMEM;
    }
    t->cap = cap;
    return PL_OK;
}

void pl_trace_destroy(pl_engine *e)
{
    pl_trace *t = &e->trace;
    for (uint32_t i = 0; i < t->cap; i++) {
        pl_release(e, t->ring[i].other);
        pl_release(e, t->ring[i].data);
    }
    free(t->ring);
    t->ring = NULL;
    t->cap = 0;
}

void pl_trace_emit(pl_engine *e, pl_event_kind kind, uint64_t pid, pl_term other, pl_term data)
{
    pl_trace *t = &e->trace;
    if (!t->cap) {
        return;
    }
    pl_event *ev = &t->ring[t->next % t->cap];
    pl_release(e, ev->other);
    pl_release(e, ev->data);
    *ev = (pl_event){ t->next, pl_engine_now(e), kind, pid, pl_retain(other), pl_retain(data) };
    t->next++;
    if (e->trace_hook) {
        e->trace_hook(e->trace_hook_ud, ev);
    }
}

const pl_event *pl_trace_get(const pl_engine *e, uint64_t seq)
{
    const pl_trace *t = &e->trace;
    if (!t->cap || seq >= t->next || t->next - seq > t->cap) {
        return NULL;
    }
    return &t->ring[seq % t->cap];
}
