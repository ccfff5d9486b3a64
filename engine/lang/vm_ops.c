/* Out-of-line VM operations: term construction from stack values, fun calls and
 * apply, binary matching, and raising the BEAM's built-in errors. */
#include <stdlib.h>
#include "../engine.h"
#include "../bif/bif.h"
#include "../map.h"
#include "../num.h"
#include "../term_order.h"
#include "vm_call.h"
#include "vm_ops.h"
#include "../sched.h"
#include "../trace.h"

/* ---- Building terms ---- */

pl_term pl_vm_make_tuple(pl_engine *e, pl_term *vals, uint32_t n)
{
    return pl_tuple_from(e, vals, n);
}

pl_term pl_vm_make_list(pl_engine *e, pl_term *vals, uint32_t n)
{
    pl_term list = vals[n];
    for (uint32_t i = n; i > 0; i--) {
        list = pl_cons_new(e, vals[i - 1], list);
        if (list == PL_NONE) {
            for (uint32_t j = 0; j + 1 < i; j++) {
                pl_release(e, vals[j]);
            }
            return PL_NONE;
        }
    }
    return list;
}

pl_term pl_vm_make_map(pl_proc *p, const pl_term *kv, uint32_t n)
{
    pl_term *k = malloc((n ? n : 1) * sizeof(pl_term));
    pl_term *v = malloc((n ? n : 1) * sizeof(pl_term));
    pl_term m = PL_NONE;
    if (k && v) {
        for (uint32_t i = 0; i < n; i++) {
            k[i] = kv[2 * i];
            v[i] = kv[2 * i + 1];
        }
        m = pl_map_from_arrays(p->e, k, v, n);
    }
    free(k);
    free(v);
    return m == PL_NONE ? pl_bif_nomem(p) : m;
}

pl_term pl_vm_update_map(pl_proc *p, const pl_term *map_kv, uint32_t n)
{
    pl_engine *e = p->e;
    pl_term m = map_kv[0];
    if (!pl_is_map(m)) {
        return pl_proc_error(p, pl_tuple2(e, PL_A(badmap), pl_retain(m)));
    }
    /* The dispatch loop drops the stack's reference to the map right after. */
    pl_term missing;
    pl_term r = pl_map_update(e, m, map_kv + 1, n, true, &missing);
    if (r == PL_NONE) {
        return missing != PL_NONE ? pl_proc_error(p, pl_tuple2(e, PL_A(badkey), pl_retain(missing)))
                                  : pl_bif_nomem(p);
    }
    return r;
}

pl_term pl_vm_concat(pl_proc *p, const pl_term *bins, uint32_t n)
{
    size_t len = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (!pl_is_bin(bins[i])) {
            return pl_bif_badarg(p);
        }
        len += pl_bin_of(bins[i])->len;
    }
    pl_term r = pl_bin_alloc(p->e, len);
    if (r == PL_NONE) {
        return pl_bif_nomem(p);
    }
    unsigned char *out = pl_bin_of(r)->data;
    for (uint32_t i = 0; i < n; i++) {
        size_t l = pl_bin_of(bins[i])->len;
        if (l) {
            memcpy(out, pl_bin_of(bins[i])->data, l);
        }
        out += l;
    }
    return r;
}

/* ---- Calling funs and apply ---- */

/* Calls mod.name/argc with the top [argc] stack values as arguments. */
static int call_resolved(pl_proc *p, pl_term mod, pl_term name, uint32_t argc, bool tail)
{
    pl_engine *e = p->e;
    pl_term *args = p->stack + p->sp - argc;
    const pl_import *imp = pl_code_resolve_cached(e, mod, name, argc);
    if (!imp) {
        pl_vm_raise_undef(p, mod, name, args, argc);
        return -1;
    }
    if (imp->fn) {
        pl_func *fn = imp->fn;
        bool ok = tail ? pl_vm_tail(p, fn, argc, PL_NONE) : pl_vm_enter(p, fn, argc, PL_NONE);
        return ok ? PL_VM_ENTERED : -1;
    }
    pl_term r = pl_bif_at(e, imp->bif)->fn(p, args);
    if (r == PL_NONE) {
        pl_vm_bif_failed(p, mod, name, args, argc);
    }
    for (uint32_t i = 0; i < argc; i++) {
        pl_release(e, p->stack[--p->sp]);
    }
    if (r == PL_NONE) {
        return -1;
    }
    p->stack[p->sp++] = r;
    return PL_VM_CALLED_BIF;
}

int pl_vm_call_fun(pl_proc *p, uint32_t argc, bool tail)
{
    pl_engine *e = p->e;
    uint32_t at = p->sp - argc - 1;
    pl_term f = p->stack[at];
    if (!pl_is_fun(f)) {
        pl_proc_error(p, pl_tuple2(e, PL_A(badfun), pl_retain(f)));
        return -1;
    }
    if (pl_fun_of(f)->arity != argc) {
        pl_term args = pl_list_from_array(e, p->stack + at + 1, argc);
        pl_proc_error(p, pl_tuple2(e, PL_A(badarity), pl_tuple2(e, pl_retain(f), args)));
        return -1;
    }
    /* Take the fun out from under its arguments. */
    memmove(p->stack + at, p->stack + at + 1, argc * sizeof(pl_term));
    p->sp--;
    pl_fun *fun = pl_fun_of(f);
    if (!fun->fn) {
        int r = call_resolved(p, fun->mod, fun->name, argc, tail);
        pl_release(e, f);
        return r;
    }
    bool ok = tail ? pl_vm_tail(p, fun->fn, argc, f) : pl_vm_enter(p, fun->fn, argc, f);
    return ok ? PL_VM_ENTERED : -1;
}

static int apply_fun(pl_proc *p, bool tail)
{
    pl_engine *e = p->e;
    pl_term args = p->stack[p->sp - 1];
    int64_t n = pl_list_length(args);
    if (n < 0 || n > 255 || !pl_proc_reserve(p, (uint32_t)n)) {
        pl_proc_badarg(p);
        return -1;
    }
    p->sp--;
    for (pl_term l = args; pl_is_cons(l); l = pl_tail(l)) {
        p->stack[p->sp++] = pl_retain(pl_head(l));
    }
    pl_release(e, args);
    return pl_vm_call_fun(p, (uint32_t)n, tail);
}

int pl_vm_apply(pl_proc *p, bool tail, bool funform)
{
    pl_engine *e = p->e;
    if (funform) {
        return apply_fun(p, tail);
    }
    pl_term args = p->stack[p->sp - 1];
    pl_term name = p->stack[p->sp - 2];
    pl_term mod = p->stack[p->sp - 3];
    int64_t n = pl_list_length(args);
    if (!pl_is_atom(mod) || !pl_is_atom(name) || n < 0 || n > 255 ||
        !pl_proc_reserve(p, (uint32_t)n)) {
        pl_proc_badarg(p);
        return -1;
    }
    p->sp -= 3;
    for (pl_term l = args; pl_is_cons(l); l = pl_tail(l)) {
        p->stack[p->sp++] = pl_retain(pl_head(l));
    }
    pl_release(e, args);
    return call_resolved(p, mod, name, (uint32_t)n, tail);
}

bool pl_vm_defmodule(pl_proc *p, pl_term name)
{
    pl_module *m = pl_code_pending_module(p->e, name);
    if (!m) {
        pl_proc_error(p, pl_tuple2(p->e, PL_A(undef), name));
        return false;
    }
    pl_code_load(p->e, m);
    return pl_vm_enter(p, m->body, 0, PL_NONE);
}

bool pl_vm_push_handler(pl_proc *p, uint32_t label)
{
    if (!pl_proc_reserve_handler(p)) {
        pl_proc_error(p, PL_A(system_limit));
        return false;
    }
    p->handlers[p->nhandlers++] = (pl_handler){ p->nframes - 1, p->sp, label };
    return true;
}

/* ---- Receive ---- */

pl_term pl_vm_received(pl_proc *p)
{
    pl_engine *e = p->e;
    pl_term m = pl_mailbox_take(e, &p->mailbox);
    p->recv_timer = 0; /* a pending timeout is now stale */
    p->in_receive = false;
    pl_trace_emit(e, PL_EV_RECEIVE, p->serial, PL_NONE, m);
    return m;
}

int pl_vm_wait(pl_proc *p, pl_term timeout)
{
    pl_engine *e = p->e;
    int64_t ms = -1;
    if (p->timed_out) {
        p->timed_out = false;
        p->recv_timer = 0;
        p->in_receive = false;
        return 0;
    }
    if (timeout != PL_A(infinity) && (!pl_get_int64(timeout, &ms) || ms < 0)) {
        pl_proc_error(p, pl_tuple2(e, PL_A(timeout_value), pl_retain(timeout)));
        return -1;
    }
    if (ms == 0) {
        return 0;
    }
    if (ms > 0 && p->recv_timer == 0) {
        pl_timers *t = &e->sched->timers;
        pl_timer tm = { .deadline = pl_engine_now(e) + (uint64_t)ms * 1000000u,
                        .kind = PL_TIMER_RECV, .owner = p->serial,
                        .dest = PL_NONE, .msg = PL_NONE, .ref = PL_NONE };
        uint64_t seq = t->next_seq;
        if (pl_timers_add(e, t, tm)) {
            p->recv_timer = seq + 1;
        }
    }
    p->status = PL_PROC_WAITING;
    p->in_receive = true;
    return 1;
}

/* ---- Arithmetic and comparison ---- */

pl_term pl_vm_op_name(pl_engine *e, uint32_t op)
{
    static const char *const names[] = { "+", "-", "*", "div", "rem", "<", ">", "=<", ">=",
                                         "==", "/=", "=:=", "=/=" };
    uint32_t i = op - PL_OP_ADD;
    return pl_bif_atom(e, i < sizeof names / sizeof names[0] ? names[i] : "?");
}

pl_term pl_vm_small_op(pl_engine *e, uint32_t op, pl_term a, pl_term b)
{
    int64_t x = pl_small_value(a), y = pl_small_value(b), r;
    /* only what pl_vm_small_inline left: +/- overflowing, *, div, rem */
    switch (op) {
    case PL_OP_ADD: return pl_int64(e, x + y);
    case PL_OP_SUB: return pl_int64(e, x - y);
    case PL_OP_MUL:
        /* PL_NONE sends an overflow to the bignum path */
        return __builtin_mul_overflow(x, y, &r) ? PL_NONE : pl_int64(e, r);
    case PL_OP_IDIV: return y == 0 ? PL_NONE : pl_int64(e, x / y);
    default: return y == 0 ? PL_NONE : pl_small(x % y); /* IREM */
    }
}

pl_term pl_vm_generic_op(pl_proc *p, uint32_t op, pl_term a, pl_term b)
{
    const pl_engine *e = p->e;
    switch (op) {
    case PL_OP_ADD: return pl_num_arith(p, PL_ADD, a, b);
    case PL_OP_SUB: return pl_num_arith(p, PL_SUB, a, b);
    case PL_OP_MUL: return pl_num_arith(p, PL_MUL, a, b);
    case PL_OP_IDIV:
    case PL_OP_IREM:
        if (!pl_is_integer(a) || !pl_is_integer(b)) {
            return pl_proc_error(p, PL_A(badarith));
        }
        return pl_num_arith(p, op == PL_OP_IDIV ? PL_IDIV : PL_REM, a, b);
    case PL_OP_LT: return pl_bool(pl_compare(e, a, b) < 0);
    case PL_OP_GT: return pl_bool(pl_compare(e, a, b) > 0);
    case PL_OP_LE: return pl_bool(pl_compare(e, a, b) <= 0);
    case PL_OP_GE: return pl_bool(pl_compare(e, a, b) >= 0);
    case PL_OP_EQ: return pl_bool(pl_eq(e, a, b));
    case PL_OP_NE: return pl_bool(!pl_eq(e, a, b));
    case PL_OP_SEQ: return pl_bool(pl_exact_eq(a, b));
    default: return pl_bool(!pl_exact_eq(a, b));
    }
}

/* ---- Raising built-in errors ---- */

void pl_vm_raise_undef(pl_proc *p, pl_term mod, pl_term name, const pl_term *args, uint32_t argc)
{
    pl_engine *e = p->e;
    pl_term list = pl_list_from_array(e, args, argc);
    pl_term top = pl_tuple_new(e, 4);
    pl_proc_error(p, PL_A(undef));
    if (top == PL_NONE || list == PL_NONE) {
        pl_release(e, list);
        pl_release(e, top);
        return;
    }
    pl_tuple_of(top)->el[0] = mod;
    pl_tuple_of(top)->el[1] = name;
    pl_tuple_of(top)->el[2] = list;
    pl_term rest = pl_vm_stacktrace(p, PL_NONE);
    p->exc_trace = pl_cons_new(e, top, rest);
}

void pl_vm_raise_function_clause(pl_proc *p)
{
    const pl_frame *f = &p->frames[p->nframes - 1];
    pl_term args = pl_list_from_array(p->e, p->stack + f->base, f->fn->arity);
    pl_proc_error(p, PL_A(function_clause));
    p->exc_trace = pl_vm_stacktrace(p, args == PL_NONE ? PL_NIL : args);
}

void pl_vm_raise_cond_clause(pl_proc *p)
{
    pl_engine *e = p->e;
    pl_term t = pl_map_empty(e);
    pl_term with = pl_map_put(e, t, PL_A(__struct__), PL_A(E_CondClauseError));
    pl_release(e, t);
    t = pl_map_put(e, with, PL_A(__exception__), PL_TRUE);
    pl_release(e, with);
    pl_proc_error(p, t);
}

void pl_vm_raise_badbool(pl_proc *p, pl_term v)
{
    pl_proc_error(p, pl_tuple2(p->e, pl_bif_atom(p->e, "badbool"), pl_retain(v)));
}
