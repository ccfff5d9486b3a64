/* Process.info and the system-wide figures (:erlang.memory, system_info). The
 * sizes are proclab's own: bytes of the process struct, its stacks, and the
 * terms in its mailbox and dictionary counted as if copied (as the BEAM does). */
#include "bif_pinfo.h"
#include "bif.h"
#include "../map.h"
#include "../sched.h"
#include "../signal.h"
#include "../lang/code.h"

/* Bytes a term would take if copied into a process (boxes walked iteratively;
 * shared subterms counted each time, as a copy would). */
static size_t flat_size(pl_term t)
{
    size_t bytes = 0, n = 0, cap = 64;
    pl_term small[64], *stack = small;
    stack[n++] = t;
    while (n > 0) {
        pl_term x = stack[--n];
        if (!pl_is_boxed(x)) {
            continue;
        }
        pl_box *b = pl_box_of(x);
        pl_term kids[2];
        const pl_term *many = NULL;
        size_t nk = 0;
        switch ((pl_kind)b->kind) {
        case PL_K_TUPLE:
            bytes += 16 + 8 * pl_tuple_arity(x);
            many = pl_tuple_of(x)->el;
            nk = pl_tuple_arity(x);
            break;
        case PL_K_CONS:
            bytes += 24;
            kids[0] = pl_head(x);
            kids[1] = pl_tail(x);
            many = kids;
            nk = 2;
            break;
        case PL_K_BIN: bytes += 16 + pl_bin_of(x)->len; break;
        case PL_K_FLOAT: bytes += 16; break;
        case PL_K_BIG: bytes += 32; break;
        case PL_K_MAP:
            bytes += 16 + 16 * pl_map_size(x);
            for (uint64_t i = 0; i < pl_map_size(x) && n + 2 < cap; i++) {
                stack[n++] = pl_map_key(x, i);
                stack[n++] = pl_map_val(x, i);
            }
            break;
        case PL_K_FUN: bytes += 40 + 8 * pl_fun_of(x)->nfree; break;
        }
        for (size_t i = 0; i < nk; i++) {
            if (n == cap) {
                size_t ncap = cap * 2;
                pl_term *s = malloc(ncap * sizeof *s);
                if (!s) {
                    break;
                }
                memcpy(s, stack, n * sizeof *s);
                if (stack != small) {
                    free(stack);
                }
                stack = s;
                cap = ncap;
            }
            stack[n++] = many[i];
        }
    }
    if (stack != small) {
        free(stack);
    }
    return bytes;
}

size_t pl_pinfo_memory(const pl_proc *p)
{
    size_t bytes = sizeof *p + (size_t)p->stack_cap * sizeof(pl_term) +
                   (size_t)p->frames_cap * sizeof(pl_frame);
    for (const pl_msg *m = p->mailbox.head; m; m = m->next) {
        bytes += sizeof *m + flat_size(m->term);
    }
    return bytes + flat_size(p->dict);
}

static pl_term pid_list(pl_engine *e, const uint64_t *serials, uint32_t n)
{
    pl_term out = PL_NIL;
    for (uint32_t i = n; i > 0 && out != PL_NONE; i--) {
        out = pl_cons_new(e, pl_pid(serials[i - 1]), out);
    }
    return out;
}

static pl_term status_of(pl_engine *e, const pl_proc *q)
{
    if (q == e->current) {
        return pl_bif_atom(e, "running");
    }
    /* Woken by a message but not yet run: the BEAM still says :waiting. */
    bool waiting = q->status == PL_PROC_WAITING || q->in_receive;
    return pl_bif_atom(e, waiting ? "waiting" : "runnable");
}

/* The current function of a process, as {module, name, arity}. */
static pl_term current_function(pl_engine *e, const pl_proc *q)
{
    if (q->nframes == 0) {
        return PL_A(undefined);
    }
    const pl_func *f = q->frames[q->nframes - 1].fn;
    return pl_tuple3(e, f->mod->name, f->name, pl_small(f->arity));
}

static pl_term messages_of(pl_engine *e, const pl_proc *q)
{
    pl_term rev = PL_NIL;
    for (const pl_msg *m = q->mailbox.head; m && rev != PL_NONE; m = m->next) {
        rev = pl_cons_new(e, pl_retain(m->term), rev);
    }
    pl_term out = pl_list_reverse(e, rev);
    pl_release(e, rev);
    return out;
}

static pl_term monitors_of(pl_engine *e, const pl_proc *q, bool by)
{
    const pl_monitor *m = by ? q->monitored_by.items : q->monitors.items;
    uint32_t n = by ? q->monitored_by.n : q->monitors.n;
    pl_term out = PL_NIL;
    for (uint32_t i = n; i > 0 && out != PL_NONE; i--) {
        if (m[i - 1].dead) {
            continue;
        }
        pl_term target = m[i - 1].name != PL_NONE
                             ? pl_tuple2(e, m[i - 1].name, pl_bif_atom(e, "nonode@nohost"))
                             : pl_pid(m[i - 1].other);
        pl_term item = by ? pl_pid(m[i - 1].other) : pl_tuple2(e, PL_A(process), target);
        out = pl_cons_new(e, item, out);
    }
    return out;
}

/* The value of one Process.info item, or PL_NONE for an unknown item. */
static pl_term item_value(pl_engine *e, const pl_proc *q, const char *item)
{
    if (!strcmp(item, "status")) return status_of(e, q);
    if (!strcmp(item, "message_queue_len")) return pl_int64(e, (int64_t)pl_mailbox_len(&q->mailbox));
    if (!strcmp(item, "messages")) return messages_of(e, q);
    if (!strcmp(item, "links")) return pid_list(e, q->links, q->nlinks);
    if (!strcmp(item, "monitors")) return monitors_of(e, q, false);
    if (!strcmp(item, "monitored_by")) return monitors_of(e, q, true);
    if (!strcmp(item, "trap_exit")) return pl_bool(q->trap_exit);
    if (!strcmp(item, "reductions")) return pl_int64(e, q->reductions);
    if (!strcmp(item, "memory")) return pl_int64(e, (int64_t)pl_pinfo_memory(q));
    if (!strcmp(item, "heap_size") || !strcmp(item, "total_heap_size")) {
        return pl_int64(e, (int64_t)(pl_pinfo_memory(q) / 8));
    }
    if (!strcmp(item, "stack_size")) return pl_int64(e, q->nframes ? (int64_t)(q->sp) : 0);
    if (!strcmp(item, "dictionary")) {
        pl_term out = PL_NIL;
        for (uint64_t i = pl_map_size(q->dict); i > 0 && out != PL_NONE; i--) {
            out = pl_cons_new(e, pl_tuple2(e, pl_retain(pl_map_key(q->dict, i - 1)),
                                           pl_retain(pl_map_val(q->dict, i - 1))), out);
        }
        return out;
    }
    if (!strcmp(item, "current_function")) return current_function(e, q);
    if (!strcmp(item, "initial_call")) {
        return q->initial_call != PL_NONE ? pl_retain(q->initial_call)
                                          : pl_tuple3(e, PL_A(erlang), pl_bif_atom(e, "apply"), pl_small(2));
    }
    if (!strcmp(item, "registered_name")) return q->name != PL_NONE ? q->name : PL_NIL;
    if (!strcmp(item, "priority")) return pl_bif_atom(e, "normal");
    if (!strcmp(item, "group_leader")) return pl_pid(0);
    return PL_NONE;
}

static pl_term info_item(pl_proc *p, const pl_proc *q, pl_term item)
{
    pl_engine *e = p->e;
    if (!pl_is_atom(item)) {
        return pl_bif_badarg(p);
    }
    pl_term v = item_value(e, q, pl_atom_name(&e->atoms, item));
    if (v == PL_NONE) {
        return pl_bif_badarg(p);
    }
    return pl_tuple2(e, item, v);
}

static const char *const DEFAULT_ITEMS[] = {
    "registered_name", "current_function", "initial_call", "status", "message_queue_len",
    "links", "dictionary", "trap_exit", "priority", "group_leader", "total_heap_size",
    "heap_size", "stack_size", "reductions",
};

pl_term pl_pinfo_all(pl_engine *e, const pl_proc *q)
{
    pl_term out = PL_NIL;
    size_t n = sizeof DEFAULT_ITEMS / sizeof DEFAULT_ITEMS[0];
    for (size_t i = n; i > 0 && out != PL_NONE; i--) {
        if (i == 1 && q->name == PL_NONE) {
            continue; /* process_info/1 lists registered_name only when there is one */
        }
        pl_term item = pl_bif_atom(e, DEFAULT_ITEMS[i - 1]);
        out = pl_cons_new(e, pl_tuple2(e, item, item_value(e, q, DEFAULT_ITEMS[i - 1])), out);
    }
    return out;
}

static pl_term info_all(pl_proc *p, const pl_proc *q)
{
    pl_term out = pl_pinfo_all(p->e, q);
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

static pl_term info(pl_proc *p, pl_term pid, pl_term what, pl_term dead)
{
    if (!pl_is_pid(pid)) {
        return pl_bif_badarg(p);
    }
    pl_proc *q = pl_sched_find(p->e, pid);
    if (!q) {
        return dead;
    }
    if (what == PL_NONE) {
        return info_all(p, q);
    }
    if (pl_is_list(what)) {
        pl_term rev = PL_NIL;
        for (pl_term l = what; pl_is_cons(l); l = pl_tail(l)) {
            pl_term t = info_item(p, q, pl_head(l));
            if (t == PL_NONE) {
                pl_release(p->e, rev);
                return PL_NONE;
            }
            rev = pl_cons_new(p->e, t, rev);
        }
        pl_term out = pl_list_reverse(p->e, rev);
        pl_release(p->e, rev);
        return out;
    }
    return info_item(p, q, what);
}

PL_BIF(erlang_process_info_1) { return info(p, args[0], PL_NONE, PL_A(undefined)); }
PL_BIF(erlang_process_info_2) { return info(p, args[0], args[1], PL_A(undefined)); }
PL_BIF(process_info_1) { return info(p, args[0], PL_NONE, PL_ATOM_NIL); }
PL_BIF(process_info_2) { return info(p, args[0], args[1], PL_ATOM_NIL); }

PL_BIF(erlang_garbage_collect_0) { return PL_TRUE; }
PL_BIF(erlang_group_leader_0) { return pl_pid(0); }

static size_t processes_memory(pl_engine *e)
{
    pl_sched *s = e->sched;
    size_t total = 0;
    for (uint32_t i = 0; i < s->cap; i++) {
        if (s->table[i] && s->table[i]->status != PL_PROC_EXITED) {
            total += pl_pinfo_memory(s->table[i]);
        }
    }
    return total;
}

static pl_term memory_item(pl_engine *e, const char *what)
{
    size_t procs = processes_memory(e);
    size_t total = e->alloc.bytes_in_use + procs;
    if (!strcmp(what, "total")) return pl_int64(e, (int64_t)total);
    if (!strcmp(what, "processes") || !strcmp(what, "processes_used")) return pl_int64(e, (int64_t)procs);
    if (!strcmp(what, "system")) return pl_int64(e, (int64_t)(total - procs));
    if (!strcmp(what, "atom") || !strcmp(what, "atom_used")) {
        return pl_int64(e, (int64_t)e->atoms.count * 16);
    }
    if (!strcmp(what, "binary") || !strcmp(what, "code") || !strcmp(what, "ets")) {
        return pl_small(0);
    }
    return PL_NONE;
}

PL_BIF(erlang_memory_0)
{
    static const char *const items[] = { "total", "processes", "processes_used", "system",
                                         "atom", "atom_used", "binary", "code", "ets" };
    pl_engine *e = p->e;
    pl_term out = PL_NIL;
    for (size_t i = sizeof items / sizeof items[0]; i > 0 && out != PL_NONE; i--) {
        out = pl_cons_new(e, pl_tuple2(e, pl_bif_atom(e, items[i - 1]), memory_item(e, items[i - 1])),
                          out);
    }
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

PL_BIF(erlang_memory_1)
{
    pl_term v = pl_is_atom(args[0]) ? memory_item(p->e, pl_atom_name(&p->e->atoms, args[0])) : PL_NONE;
    return v == PL_NONE ? pl_bif_badarg(p) : v;
}

PL_BIF(erlang_system_info_1)
{
    pl_engine *e = p->e;
    const char *what = pl_is_atom(args[0]) ? pl_atom_name(&e->atoms, args[0]) : "";
    if (!strcmp(what, "wordsize")) return pl_small(8);
    if (!strcmp(what, "process_count")) return pl_small(e->sched->count);
    if (!strcmp(what, "process_limit")) return pl_small(e->sched->limit);
    if (!strcmp(what, "schedulers") || !strcmp(what, "schedulers_online")) return pl_small(1);
    if (!strcmp(what, "otp_release")) return pl_list_from_array(e, (pl_term[]){ pl_small('2'), pl_small('5') }, 2);
    return pl_bif_badarg(p);
}
