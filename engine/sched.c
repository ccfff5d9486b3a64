/* The scheduler: process table, run queue, slices, timers, and the orderly end
 * of processes (signals to links and monitors go through signal.c). */
#include <stdlib.h>
#include "engine.h"
#include "sched.h"
#include "signal.h"
#include "trace.h"
#include "lang/vm.h"

pl_status pl_sched_init(pl_engine *e)
{
    pl_sched *s = calloc(1, sizeof *s);
    if (!s) {
        return PL_ENOMEM;
    }
    s->cap = 1024;
    s->table = calloc(s->cap, sizeof *s->table);
    s->rq_cap = 1024;
    s->runq = malloc(s->rq_cap * sizeof *s->runq);
    s->limit = PL_PROCESS_LIMIT;
    s->slice = PL_DEFAULT_SLICE;
    s->next_serial = 80; /* the BEAM's first pids are its own system processes */
    pl_timers_init(&s->timers);
    e->sched = s;
    return s->table && s->runq ? PL_OK : PL_ENOMEM;
}

void pl_sched_destroy(pl_engine *e)
{
    pl_sched *s = e->sched;
    if (!s) {
        return;
    }
    pl_sched_reap(e);
    for (uint32_t i = 0; i < s->ndead; i++) {
        /* exited but still queued or kept: no longer in the table */
        if (s->table[s->dead[i]->serial & (s->cap - 1)] != s->dead[i]) {
            pl_proc_free(s->dead[i]);
        }
    }
    for (uint32_t i = 0; i < s->cap; i++) {
        if (s->table[i]) {
            pl_proc_free(s->table[i]);
        }
    }
    pl_timers_destroy(e, &s->timers);
    free(s->table);
    free(s->runq);
    free(s->dead);
    free(s);
    e->sched = NULL;
}

/* ---- Process table ---- */

/* Doubles the table; serials keep distinct slots (distinct mod cap stays
 * distinct mod 2 * cap). */
static bool grow_table(pl_sched *s)
{
    uint32_t cap = s->cap * 2;
    pl_proc **t = calloc(cap, sizeof *t);
    if (!t) {
        return false;
    }
    for (uint32_t i = 0; i < s->cap; i++) {
        if (s->table[i]) {
            t[s->table[i]->serial & (cap - 1)] = s->table[i];
        }
    }
    free(s->table);
    s->table = t;
    s->cap = cap;
    return true;
}

pl_proc *pl_sched_new_proc(pl_engine *e, uint64_t parent, bool *limit)
{
    pl_sched *s = e->sched;
    *limit = false;
    if (s->count >= s->limit) {
        *limit = true;
        return NULL;
    }
    /* Slots, not live processes, decide: the dead keep theirs until reaped,
     * and a full table would make the slot search below loop forever. Reap
     * only when every death has been signalled (reaping forgets the rest). */
    if (s->slots * 2 >= s->cap && s->dead_done == s->ndead && !s->draining) {
        pl_sched_reap(e);
    }
    if (s->slots * 2 >= s->cap && !grow_table(s)) {
        return NULL;
    }
    pl_proc *p = pl_proc_new(e);
    if (!p) {
        return NULL;
    }
    while (s->table[s->next_serial & (s->cap - 1)]) {
        s->next_serial++;
    }
    p->serial = s->next_serial++;
    p->parent = parent;
    s->table[p->serial & (s->cap - 1)] = p;
    s->count++;
    s->slots++;
    return p;
}

pl_proc *pl_sched_find_serial(const pl_engine *e, uint64_t serial)
{
    const pl_sched *s = e->sched;
    pl_proc *p = s->table[serial & (s->cap - 1)];
    return p && p->serial == serial && p->status != PL_PROC_EXITED ? p : NULL;
}

pl_proc *pl_sched_find(const pl_engine *e, pl_term pid)
{
    return pl_is_pid(pid) ? pl_sched_find_serial(e, pl_pid_serial(pid)) : NULL;
}

/* ---- Run queue ---- */

static bool rq_push(pl_sched *s, pl_proc *p)
{
    if (s->rq_len == s->rq_cap) {
        uint32_t cap = s->rq_cap * 2;
        pl_proc **q = malloc(cap * sizeof *q);
        if (!q) {
            return false;
        }
        for (uint32_t i = 0; i < s->rq_len; i++) {
            q[i] = s->runq[(s->rq_head + i) % s->rq_cap];
        }
        free(s->runq);
        s->runq = q;
        s->rq_head = 0;
        s->rq_cap = cap;
    }
    s->runq[(s->rq_head + s->rq_len++) % s->rq_cap] = p;
    return true;
}

static pl_proc *rq_pop(pl_sched *s)
{
    while (s->rq_len > 0) {
        pl_proc *p = s->runq[s->rq_head];
        s->rq_head = (s->rq_head + 1) % s->rq_cap;
        s->rq_len--;
        p->in_runq = false;
        /* a process run out of turn (pl_step_process) may have gone waiting */
        if (p->status == PL_PROC_RUNNABLE) {
            return p;
        }
    }
    return NULL;
}

void pl_sched_wake(pl_engine *e, pl_proc *p)
{
    if (p->status == PL_PROC_EXITED) {
        return;
    }
    p->status = PL_PROC_RUNNABLE;
    if (!p->in_runq && rq_push(e->sched, p)) {
        p->in_runq = true;
    }
}

/* ---- Timers ---- */

bool pl_sched_next_deadline(const pl_engine *e, uint64_t *deadline)
{
    const pl_timer *t = pl_timers_peek(&e->sched->timers);
    if (t) {
        *deadline = t->deadline;
    }
    return t != NULL;
}

static void fire(pl_engine *e, pl_timer *t)
{
    if (t->kind == PL_TIMER_RECV) {
        pl_proc *p = pl_sched_find_serial(e, t->owner);
        /* Lazily cancelled: only the receive that set it may be woken. */
        if (p && p->status == PL_PROC_WAITING && p->recv_timer == t->seq + 1) {
            p->timed_out = true;
            p->recv_timer = 0;
            pl_sched_wake(e, p);
        }
        return;
    }
    pl_trace_emit(e, PL_EV_TIMER_FIRE, t->owner, t->dest, t->msg);
    pl_signal_send(e, t->owner, t->dest, t->msg);
    t->msg = PL_NONE;
    pl_release(e, t->dest);
}

uint32_t pl_sched_fire_timers(pl_engine *e, uint64_t now)
{
    uint32_t n = 0;
    const pl_timer *t;
    while ((t = pl_timers_peek(&e->sched->timers)) && t->deadline <= now) {
        pl_timer tm = pl_timers_pop(&e->sched->timers);
        fire(e, &tm);
        n++;
    }
    return n;
}

/* ---- Stepping ---- */

/* How a VM exit becomes a process exit reason, as the BEAM words it. */
static pl_term exit_reason_of(pl_engine *e, pl_term how)
{
    pl_term kind = pl_tuple_get(how, 0);
    if (kind == PL_A(normal)) {
        return PL_A(normal);
    }
    pl_term reason = pl_retain(pl_tuple_get(how, 1));
    if (kind == PL_A(exit) || kind == PL_A(kill)) {
        return reason;
    }
    pl_term trace = pl_retain(pl_tuple_get(how, 2));
    if (kind == PL_A(throw)) {
        reason = pl_tuple2(e, PL_A(nocatch), reason);
    }
    return pl_tuple2(e, reason, trace);
}

/* Runs [p] for [slice] reductions and settles the outcome: requeued, waiting,
 * or exited (with the crash report the BEAM's logger would print). */
static void run_settle(pl_engine *e, pl_proc *p, int64_t slice)
{
    pl_run_status r = pl_vm_run(p, slice);
    e->current = NULL;
    if (r == PL_RUN_YIELD) {
        pl_sched_wake(e, p);
    } else if (r == PL_RUN_EXIT) {
        pl_term how = p->exit_reason;
        p->exit_reason = PL_NONE;
        if (!pl_is_tuple(how)) {
            /* no memory was left even for the exit reason's tuple */
            how = pl_tuple3(e, PL_A(error), PL_A(system_limit), PL_NIL);
            if (how == PL_NONE) {
                pl_sched_exit(e, p, PL_A(system_limit));
                return;
            }
        }
        /* The host reports the main script's own error (p->keep); others crash loudly. */
        if (!p->keep && pl_tuple_get(how, 0) != PL_A(normal) && pl_tuple_get(how, 0) != PL_A(exit) &&
            pl_tuple_get(how, 0) != PL_A(kill)) {
            pl_signal_report_crash(e, p, how);
        }
        pl_release(e, p->exit_value);
        p->exit_value = how; /* kept for pl_run_script's main process */
        pl_sched_exit(e, p, exit_reason_of(e, how));
    }
}

pl_step_result pl_sched_step(pl_engine *e, int64_t budget)
{
    pl_sched *s = e->sched;
    pl_sched_fire_timers(e, pl_engine_now(e));
    pl_proc *p = rq_pop(s);
    if (!p) {
        pl_sched_reap(e);
        if (s->count == 0) {
            return PL_STEP_EMPTY;
        }
        return pl_timers_peek(&s->timers) ? PL_STEP_IDLE : PL_STEP_DEADLOCK;
    }
    run_settle(e, p, budget > 0 ? budget : s->slice);
    return PL_STEP_RAN;
}

/* ---- Exits ---- */

void pl_sched_exit(pl_engine *e, pl_proc *p, pl_term reason)
{
    pl_sched *s = e->sched;
    if (p->status == PL_PROC_EXITED) {
        pl_release(e, reason);
        return;
    }
    p->status = PL_PROC_EXITED;
    pl_release(e, p->exit_reason);
    p->exit_reason = reason;
    if (p->keep && p->exit_value == PL_NONE) {
        /* Killed by a signal: the host sees it as an exit from that process. */
        p->exit_value = pl_tuple3(e, PL_A(EXIT), pl_retain(reason), pl_pid(p->killed_by));
    }
    pl_trace_emit(e, PL_EV_EXIT, p->serial, PL_NONE, reason);
    s->count--;
    if (s->ndead == s->dead_cap) {
        uint32_t cap = s->dead_cap ? s->dead_cap * 2 : 64;
        pl_proc **d = realloc(s->dead, cap * sizeof *d);
        if (d) {
            s->dead = d;
            s->dead_cap = cap;
        }
    }
    if (s->ndead < s->dead_cap) {
        s->dead[s->ndead++] = p;
    }
    /* Deaths caused by this one (links) are queued behind it and handled by
     * this loop: a chain of a million linked processes never recurses in C. */
    if (s->draining) {
        return;
    }
    s->draining = true;
    while (s->dead_done < s->ndead) {
        pl_proc *d = s->dead[s->dead_done++];
        pl_signal_died(e, d, d->exit_reason);
    }
    s->draining = false;
}

void pl_sched_reap(pl_engine *e)
{
    pl_sched *s = e->sched;
    uint32_t kept = 0;
    if (s->draining) {
        return;
    }
    for (uint32_t i = 0; i < s->ndead; i++) {
        pl_proc *p = s->dead[i];
        if (s->table[p->serial & (s->cap - 1)] == p) {
            s->table[p->serial & (s->cap - 1)] = NULL;
            s->slots--;
        }
        /* Still running, still queued, or still wanted by the host: later. */
        if (p == e->current || p->in_runq || p->keep) {
            s->dead[kept++] = p;
            continue;
        }
        pl_proc_free(p);
    }
    s->ndead = kept;
    s->dead_done = kept;
}

/* ---- The public step API ---- */

static pl_step_status status_of(pl_step_result r)
{
    switch (r) {
    case PL_STEP_RAN: return PL_STEPPED;
    case PL_STEP_IDLE: return PL_STEP_WAITING;
    case PL_STEP_DEADLOCK: return PL_STEP_STUCK;
    default: return PL_STEP_NOTHING;
    }
}

/* With a virtual clock, idle time is skipped: jump to the next deadline. */
static bool jump_clock(pl_engine *e, uint64_t limit)
{
    uint64_t d;
    if (e->clock || !pl_sched_next_deadline(e, &d) || d > limit) {
        return false;
    }
    if (d > e->virtual_ns) {
        e->virtual_ns = d;
    }
    return true;
}

pl_step_status pl_step(pl_engine *e, pl_step_kind kind, uint64_t arg)
{
    pl_sched *s = e->sched;
    switch (kind) {
    case PL_STEP_REDUCTION: return status_of(pl_sched_step(e, 1));
    case PL_STEP_SLICE: return status_of(pl_sched_step(e, 0));
    case PL_STEP_EVENT: {
        /* [arg] > 0 bounds the reductions spent looking: a loop that never
         * sends or receives must not hang the caller. */
        uint64_t seq = e->trace.next, spent = 0;
        pl_step_result r;
        do {
            r = pl_sched_step(e, 1);
            if (r == PL_STEP_IDLE && !jump_clock(e, UINT64_MAX)) {
                break;
            }
        } while (r != PL_STEP_DEADLOCK && r != PL_STEP_EMPTY && e->trace.next == seq &&
                 (arg == 0 || ++spent < arg));
        return status_of(r);
    }
    case PL_STEP_UNTIL_IDLE: {
        pl_step_result r;
        while ((r = pl_sched_step(e, 0)) == PL_STEP_RAN) {
        }
        return status_of(r);
    }
    case PL_STEP_UNTIL_TIME: {
        pl_step_result r;
        for (;;) {
            r = pl_sched_step(e, 0);
            if (r == PL_STEP_IDLE && !jump_clock(e, arg)) {
                break;
            }
            if (r == PL_STEP_DEADLOCK || r == PL_STEP_EMPTY || pl_engine_now(e) >= arg) {
                break;
            }
        }
        if (!e->clock && e->virtual_ns < arg && r != PL_STEP_RAN) {
            e->virtual_ns = arg;
        }
        return status_of(r);
    }
    }
    (void)s;
    return PL_STEP_NOTHING;
}

pl_step_status pl_step_process(pl_engine *e, uint64_t pid)
{
    pl_proc *p = pl_sched_find_serial(e, pid);
    if (!p || p->status != PL_PROC_RUNNABLE) {
        return p && p->status == PL_PROC_WAITING ? PL_STEP_WAITING : PL_STEP_NOTHING;
    }
    run_settle(e, p, e->sched->slice);
    pl_sched_reap(e);
    return PL_STEPPED;
}

bool pl_next_deadline(const pl_engine *e, uint64_t *ns) { return pl_sched_next_deadline(e, ns); }

void pl_set_slice(pl_engine *e, int64_t reductions)
{
    e->sched->slice = reductions < 1 ? 1 : reductions;
}
