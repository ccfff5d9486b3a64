/* The event ring: fixed capacity, oldest events overwritten. Terms in events are
 * retained while in the ring. */
#include <stdlib.h>
#include "engine.h"
#include <stdio.h>
#include "trace.h"
#include "inspect.h"

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

pl_status pl_trace_start(pl_engine *e, uint32_t capacity, pl_trace_fn hook, void *ud)
{
    e->trace_hook = hook;
    e->trace_hook_ud = ud;
    return pl_trace_enable(e, capacity ? capacity : 1);
}

static size_t describe_term(pl_engine *e, pl_term t, char *buf, size_t cap)
{
    pl_inspect_opts o;
    pl_inspect_opts_default(&o);
    o.limit = 8;
    o.printable_limit = 60;
    pl_term s = pl_inspect(e, t, &o);
    if (s == PL_NONE) {
        return (size_t)snprintf(buf, cap, "?");
    }
    size_t n = (size_t)snprintf(buf, cap, "%.*s", (int)pl_bin_of(s)->len, (const char *)pl_bin_of(s)->data);
    pl_release(e, s);
    return n;
}

size_t pl_trace_describe(pl_engine *e, const pl_event *ev, char *buf, size_t cap)
{
    uint64_t t = ev->time - e->start_ns;
    /* a pid as inspect writes it: numbers past 32767 spill into the serial part */
    size_t n = (size_t)snprintf(buf, cap, "#%llu %llu.%06llus <0.%llu.%llu> %s",
                                (unsigned long long)ev->seq,
                                (unsigned long long)(t / 1000000000u),
                                (unsigned long long)(t / 1000u % 1000000u),
                                (unsigned long long)(ev->pid & 0x7fff),
                                (unsigned long long)(ev->pid >> 15), pl_event_names[ev->kind]);
    if (ev->other != PL_NONE && n < cap) {
        n += (size_t)snprintf(buf + n, cap - n, " ");
        n += describe_term(e, ev->other, n < cap ? buf + n : NULL, n < cap ? cap - n : 0);
    }
    if (ev->data != PL_NONE && n < cap) {
        n += (size_t)snprintf(buf + n, cap - n, " ");
        n += describe_term(e, ev->data, n < cap ? buf + n : NULL, n < cap ? cap - n : 0);
    }
    return n;
}

uint64_t pl_trace_next(const pl_engine *e) { return e->trace.next; }

const pl_event *pl_trace_event(const pl_engine *e, uint64_t seq) { return pl_trace_get(e, seq); }
