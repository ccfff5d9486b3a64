/* Processes: spawn, send, links, monitors, exit signals, flags, names, timers
 * and the process dictionary. Process.info lives in bif_pinfo.c. */
#include "bif.h"
#include "../map.h"
#include "../term_order.h"
#include "../sched.h"
#include "../signal.h"
#include "../lang/vm.h"

/* A fatal signal that reached the running process while its BIF ran: it dies
 * now, with no handler able to catch it. */
static pl_term after_signals(pl_proc *p, pl_term result)
{
    if (p->pending_exit == PL_NONE) {
        return result;
    }
    pl_release(p->e, result);
    pl_term reason = p->pending_exit;
    p->pending_exit = PL_NONE;
    return pl_proc_raise(p, PL_A(kill), reason);
}

/* ---- spawn ---- */

enum { SPAWN_LINK = 1, SPAWN_MONITOR = 2 };

/* Starts Kernel.__spawned__(fun) or Kernel.__spawned__(m, f, a) in a new process:
 * the library function makes the call, so an undefined function crashes the
 * new process (as on the BEAM), not the spawner. */
static pl_term spawn(pl_proc *p, const pl_term *args, uint32_t argc, int opts)
{
    pl_engine *e = p->e;
    /* A wrong arity crashes the new process, except that spawn_monitor checks. */
    if (argc == 1 && (!pl_is_fun(args[0]) ||
                      ((opts & SPAWN_MONITOR) && pl_fun_of(args[0])->arity != 0))) {
        return pl_bif_badarg_at(p, 1, "not a fun");
    }
    if (argc == 3 && (!pl_is_atom(args[0]) || !pl_is_atom(args[1]) || pl_list_length(args[2]) < 0)) {
        return pl_bif_badarg_at(p, pl_is_atom(args[0]) ? (pl_is_atom(args[1]) ? 3 : 2) : 1,
                                pl_is_atom(args[0]) && pl_is_atom(args[1]) ? "not a list" : "not an atom");
    }
    if (!e->bifs->atom_spawned) {
        e->bifs->atom_spawned = pl_bif_atom(e, "__spawned__");
    }
    const pl_import *imp = pl_code_resolve_cached(e, PL_A(E_Kernel), e->bifs->atom_spawned, argc);
    pl_func *fn = imp ? imp->fn : NULL;
    bool limit;
    pl_proc *c = fn ? pl_sched_new_proc(e, p->serial, &limit) : NULL;
    if (!c) {
        return pl_bif_error(p, PL_A(system_limit));
    }
    c->initial_call = argc == 3 ? pl_tuple3(e, args[0], args[1], pl_small(pl_list_length(args[2])))
                                : pl_tuple3(e, pl_fun_of(args[0])->mod, pl_fun_of(args[0])->name,
                                            pl_small(pl_fun_of(args[0])->arity));
    if (pl_vm_start(c, fn, args, argc) != PL_OK) {
        pl_sched_exit(e, c, PL_A(system_limit));
        return pl_bif_error(p, PL_A(system_limit));
    }
    pl_term pid = pl_pid(c->serial);
    pl_trace_emit(e, PL_EV_SPAWN, p->serial, pid, c->initial_call);
    pl_term result = pid;
    if (opts & SPAWN_LINK) {
        pl_signal_link(e, p, pid);
    }
    if (opts & SPAWN_MONITOR) {
        result = pl_tuple2(e, pid, pl_signal_monitor(e, p, pid));
    }
    pl_sched_wake(e, c);
    return result == PL_NONE ? pl_bif_nomem(p) : result;
}

PL_BIF(erlang_spawn_1) { return spawn(p, args, 1, 0); }
PL_BIF(erlang_spawn_3) { return spawn(p, args, 3, 0); }
PL_BIF(erlang_spawn_link_1) { return spawn(p, args, 1, SPAWN_LINK); }
PL_BIF(erlang_spawn_link_3) { return spawn(p, args, 3, SPAWN_LINK); }
PL_BIF(erlang_spawn_monitor_1) { return spawn(p, args, 1, SPAWN_MONITOR); }
PL_BIF(erlang_spawn_monitor_3) { return spawn(p, args, 3, SPAWN_MONITOR); }

/* Process.spawn's options: :link and :monitor (others are accepted). */
static int spawn_options(pl_engine *e, pl_term opts)
{
    int o = 0;
    for (pl_term l = opts; pl_is_cons(l); l = pl_tail(l)) {
        if (pl_bif_atom_is(e, pl_head(l), "link")) {
            o |= SPAWN_LINK;
        } else if (pl_bif_atom_is(e, pl_head(l), "monitor")) {
            o |= SPAWN_MONITOR;
        }
    }
    return o;
}

PL_BIF(process_spawn_2) { return spawn(p, args, 1, spawn_options(p->e, args[1])); }
PL_BIF(process_spawn_4) { return spawn(p, args, 3, spawn_options(p->e, args[3])); }

/* ---- send ---- */

PL_BIF(erlang_send_2)
{
    pl_term dest = args[0];
    if (!pl_is_pid(dest) && !pl_is_atom(dest) && !pl_is_ref(dest) &&
        !(pl_is_tuple(dest) && pl_tuple_arity(dest) == 2)) {
        return pl_bif_badarg_at(p, 1, "invalid destination");
    }
    if (!pl_signal_send(p->e, p->serial, dest, pl_retain(args[1]))) {
        return pl_bif_badarg_at(p, 1, "invalid destination");
    }
    return after_signals(p, pl_retain(args[1]));
}

PL_BIF(process_send_3)
{
    pl_term two[2] = { args[0], args[1] };
    pl_term r = pl_bif_erlang_send_2(p, two);
    if (r == PL_NONE) {
        /* Process.send with :noconnect/:nosuspend still raises for unknown names */
        return PL_NONE;
    }
    pl_release(p->e, r);
    return PL_A(ok);
}

PL_BIF(erlang_is_process_alive_1)
{
    if (!pl_is_pid(args[0])) {
        return pl_bif_badarg_at(p, 1, "not a pid");
    }
    return pl_bool(pl_sched_find(p->e, args[0]) != NULL);
}

PL_BIF(erlang_processes_0)
{
    pl_engine *e = p->e;
    pl_sched *s = e->sched;
    uint64_t *serials = malloc((s->count ? s->count : 1) * sizeof *serials);
    uint32_t n = 0;
    if (!serials) {
        return pl_bif_nomem(p);
    }
    for (uint32_t i = 0; i < s->cap; i++) {
        pl_proc *q = s->table[i];
        if (q && q->status != PL_PROC_EXITED && n < s->count) {
            serials[n++] = q->serial;
        }
    }
    /* In pid order, as erlang:processes/0 lists them. */
    for (uint32_t i = 1; i < n; i++) {
        for (uint32_t j = i; j > 0 && serials[j - 1] > serials[j]; j--) {
            uint64_t t = serials[j];
            serials[j] = serials[j - 1];
            serials[j - 1] = t;
        }
    }
    pl_term out = PL_NIL;
    for (uint32_t i = n; i > 0 && out != PL_NONE; i--) {
        out = pl_cons_new(e, pl_pid(serials[i - 1]), out);
    }
    free(serials);
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

/* ---- Links, monitors, exits ---- */

PL_BIF(erlang_link_1)
{
    if (!pl_is_pid(args[0])) {
        return pl_bif_badarg(p);
    }
    if (!pl_signal_link(p->e, p, args[0])) {
        pl_bif_error(p, PL_A(noproc));
        p->exc_argno = 1;
        p->exc_detail = "the pid does not refer to an existing process";
        return PL_NONE;
    }
    return after_signals(p, PL_TRUE);
}

PL_BIF(erlang_unlink_1)
{
    if (!pl_is_pid(args[0])) {
        return pl_bif_badarg(p);
    }
    pl_signal_unlink(p->e, p, args[0]);
    return PL_TRUE;
}

static pl_term monitor(pl_proc *p, pl_term type, pl_term target)
{
    if (type != PL_A(process)) {
        return pl_bif_badarg(p);
    }
    if (!pl_is_pid(target) && !pl_is_atom(target) &&
        !(pl_is_tuple(target) && pl_tuple_arity(target) == 2)) {
        return pl_bif_badarg(p);
    }
    if (pl_is_tuple(target)) {
        target = pl_tuple_get(target, 0);
    }
    return pl_signal_monitor(p->e, p, target);
}

PL_BIF(erlang_monitor_2) { return monitor(p, args[0], args[1]); }
PL_BIF(process_monitor_1) { return monitor(p, PL_A(process), args[0]); }

/* monitor/3 and Process.monitor/2: options [alias: ...] make the ref an alias */
static pl_term monitor_opts(pl_proc *p, pl_term target, pl_term opts)
{
    pl_term ref = monitor(p, PL_A(process), target);
    if (ref == PL_NONE) {
        return PL_NONE;
    }
    for (pl_term l = opts; pl_is_cons(l); l = pl_tail(l)) {
        pl_term kv = pl_head(l);
        if (pl_is_tuple(kv) && pl_tuple_arity(kv) == 2 && pl_tuple_get(kv, 0) == PL_A(alias)) {
            pl_term how = pl_tuple_get(kv, 1);
            int mode = pl_bif_atom_is(p->e, how, "reply_demonitor") ? PL_ALIAS_REPLY_DEMONITOR
                       : pl_bif_atom_is(p->e, how, "demonitor")     ? PL_ALIAS_DEMONITOR
                                                                    : PL_ALIAS_EXPLICIT;
            pl_signal_alias_ref(p->e, p, ref, mode);
        }
    }
    return ref;
}

PL_BIF(erlang_monitor_3) { return monitor_opts(p, args[1], args[2]); }

PL_BIF(erlang_demonitor_1)
{
    if (!pl_is_ref(args[0])) {
        return pl_bif_badarg(p);
    }
    pl_signal_demonitor(p->e, p, args[0], false);
    return PL_TRUE;
}

PL_BIF(erlang_demonitor_2)
{
    if (!pl_is_ref(args[0]) || pl_list_length(args[1]) < 0) {
        return pl_bif_badarg(p);
    }
    bool flush = false, info = false;
    for (pl_term l = args[1]; pl_is_cons(l); l = pl_tail(l)) {
        flush |= pl_bif_atom_is(p->e, pl_head(l), "flush");
        info |= pl_bif_atom_is(p->e, pl_head(l), "info");
    }
    bool found = pl_signal_demonitor(p->e, p, args[0], flush);
    return info ? pl_bool(found) : PL_TRUE;
}

PL_BIF(erlang_exit_2)
{
    if (!pl_is_pid(args[0]) && !pl_is_ref(args[0])) {
        return pl_bif_badarg(p);
    }
    pl_signal_exit(p->e, p, args[0], pl_retain(args[1]));
    return after_signals(p, PL_TRUE);
}

PL_BIF(erlang_process_flag_2)
{
    if (args[0] == PL_A(trap_exit) && pl_is_bool(args[1])) {
        bool old = p->trap_exit;
        p->trap_exit = args[1] == PL_TRUE;
        pl_trace_emit(p->e, PL_EV_FLAG, p->serial, PL_A(trap_exit), args[1]);
        return pl_bool(old);
    }
    return pl_bif_badarg(p);
}

/* ---- Names ---- */

PL_BIF(erlang_register_2)
{
    pl_engine *e = p->e;
    pl_proc *t = pl_sched_find(e, args[1]);
    if (!pl_is_atom(args[0]) || args[0] == pl_atom(PL_AI_undefined)) {
        return pl_bif_badarg_at(p, 1, "not an atom");
    }
    if (!t) {
        return pl_bif_badarg_at(p, 2, "not a pid");
    }
    switch (pl_names_register(e, args[0], t)) {
    case PL_REG_OK: return PL_TRUE;
    case PL_REG_TAKEN: return pl_bif_badarg_at(p, 1, "name is in use");
    case PL_REG_HAS_NAME: return pl_bif_badarg_at(p, 2, "process is already registered");
    default: return pl_bif_badarg_at(p, 2, "not an alive pid");
    }
}

/* Process.register(pid, name): Elixir's order; nil and :undefined are refused
 * by its guard (a FunctionClauseError). */
PL_BIF(process_register_2)
{
    if (!pl_is_atom(args[1]) || args[1] == PL_ATOM_NIL || args[1] == pl_atom(PL_AI_undefined)) {
        return pl_bif_error(p, PL_A(function_clause));
    }
    pl_term swapped[2] = { args[1], args[0] };
    return pl_bif_erlang_register_2(p, swapped);
}

PL_BIF(erlang_unregister_1)
{
    if (!pl_is_atom(args[0]) || !pl_names_unregister(p->e, args[0])) {
        return pl_bif_badarg_at(p, 1, "not a pid"); /* sic: OTP 25's wording */
    }
    return PL_TRUE;
}

PL_BIF(erlang_whereis_1)
{
    uint64_t s = pl_is_atom(args[0]) ? pl_names_whereis(p->e, args[0]) : 0;
    return s ? pl_pid(s) : PL_A(undefined);
}

PL_BIF(process_whereis_1)
{
    uint64_t s = pl_is_atom(args[0]) ? pl_names_whereis(p->e, args[0]) : 0;
    return s ? pl_pid(s) : PL_ATOM_NIL;
}

PL_BIF(erlang_registered_0)
{
    pl_term r = pl_names_list(p->e);
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

/* ---- Aliases ---- */

PL_BIF(erlang_alias_0) { return pl_signal_alias(p->e, p, PL_ALIAS_EXPLICIT); }

PL_BIF(erlang_alias_1)
{
    int mode = PL_ALIAS_EXPLICIT;
    if (pl_list_length(args[0]) < 0) {
        return pl_bif_badarg_at(p, 1, "not a list");
    }
    for (pl_term l = args[0]; pl_is_cons(l); l = pl_tail(l)) {
        if (pl_bif_atom_is(p->e, pl_head(l), "reply")) {
            mode = PL_ALIAS_REPLY;
        } else if (!pl_bif_atom_is(p->e, pl_head(l), "explicit_unalias")) {
            return pl_bif_badarg_at(p, 1, "invalid option in list");
        }
    }
    return pl_signal_alias(p->e, p, mode);
}

PL_BIF(erlang_unalias_1)
{
    return pl_is_ref(args[0]) ? pl_bool(pl_signal_unalias(p->e, p, args[0])) : pl_bif_badarg(p);
}

/* ---- Process dictionary ---- */

/* [next] came from a *_take call on p->dict: it replaces the dictionary. */
static pl_term dict_set(pl_proc *p, pl_term next)
{
    if (next == PL_NONE) {
        return pl_bif_nomem(p);
    }
    p->dict = next;
    return PL_TRUE;
}

PL_BIF(erlang_put_2)
{
    pl_term old = pl_map_get(p->e, p->dict, args[0]);
    pl_term ret = old == PL_NONE ? PL_A(undefined) : pl_retain(old);
    if (dict_set(p, pl_map_put_take(p->e, p->dict, pl_retain(args[0]), pl_retain(args[1]))) == PL_NONE) {
        pl_release(p->e, ret);
        return PL_NONE;
    }
    return ret;
}

/* Process.put/get/delete say nil where :erlang says :undefined. */
static pl_term undefined_to_nil(pl_term t) { return t == PL_A(undefined) ? PL_ATOM_NIL : t; }

PL_BIF(process_put_2) { return undefined_to_nil(pl_bif_erlang_put_2(p, args)); }
PL_BIF(process_delete_1) { return undefined_to_nil(pl_bif_erlang_erase_1(p, args)); }

PL_BIF(erlang_get_1)
{
    pl_term v = pl_map_get(p->e, p->dict, args[0]);
    return v == PL_NONE ? PL_A(undefined) : pl_retain(v);
}

PL_BIF(process_get_1) { return undefined_to_nil(pl_bif_erlang_get_1(p, args)); }

PL_BIF(process_get_2)
{
    pl_term v = pl_map_get(p->e, p->dict, args[0]);
    return pl_retain(v == PL_NONE ? args[1] : v);
}

PL_BIF(erlang_get_0)
{
    pl_engine *e = p->e;
    pl_term out = PL_NIL;
    for (uint64_t i = pl_map_size(p->dict); i > 0 && out != PL_NONE; i--) {
        out = pl_cons_new(e, pl_tuple2(e, pl_retain(pl_map_key(p->dict, i - 1)),
                                       pl_retain(pl_map_val(p->dict, i - 1))), out);
    }
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

PL_BIF(erlang_get_keys_0)
{
    pl_engine *e = p->e;
    pl_term out = PL_NIL;
    for (uint64_t i = pl_map_size(p->dict); i > 0 && out != PL_NONE; i--) {
        out = pl_cons_new(e, pl_retain(pl_map_key(p->dict, i - 1)), out);
    }
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

PL_BIF(erlang_get_keys_1)
{
    pl_engine *e = p->e;
    pl_term out = PL_NIL;
    for (uint64_t i = pl_map_size(p->dict); i > 0 && out != PL_NONE; i--) {
        if (pl_exact_eq(pl_map_val(p->dict, i - 1), args[0])) {
            out = pl_cons_new(e, pl_retain(pl_map_key(p->dict, i - 1)), out);
        }
    }
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

PL_BIF(erlang_erase_1)
{
    pl_term old = pl_map_get(p->e, p->dict, args[0]);
    pl_term ret = old == PL_NONE ? PL_A(undefined) : pl_retain(old);
    dict_set(p, pl_map_remove_take(p->e, p->dict, args[0]));
    return ret;
}

/* ---- Timers ---- */

/* A timer that delivers [msg] to [dest] after [time] ms; [wrap] makes the
 * message {:timeout, ref, msg} (erlang:start_timer). */
static pl_term timer(pl_proc *p, pl_term dest, pl_term msg, pl_term time, bool wrap);

static pl_term send_after(pl_proc *p, pl_term dest, pl_term msg, pl_term time)
{
    return timer(p, dest, msg, time, false);
}

static pl_term timer(pl_proc *p, pl_term dest, pl_term msg, pl_term time, bool wrap)
{
    pl_engine *e = p->e;
    int64_t ms;
    if (!pl_get_int64(time, &ms) || ms < 0) {
        return pl_bif_badarg(p);
    }
    if (!pl_is_pid(dest) && !pl_is_atom(dest)) {
        return pl_bif_badarg(p);
    }
    pl_term ref = pl_ref(e->next_ref++);
    pl_term payload = wrap ? pl_tuple3(e, PL_A(timeout), ref, pl_retain(msg)) : pl_retain(msg);
    pl_timer tm = { .deadline = pl_engine_now(e) + (uint64_t)ms * 1000000u, .kind = PL_TIMER_SEND,
                    .owner = p->serial, .dest = dest, .msg = payload, .ref = ref };
    if (!pl_timers_add(e, &e->sched->timers, tm)) {
        return pl_bif_nomem(p);
    }
    pl_trace_emit(e, PL_EV_TIMER_SET, p->serial, dest, msg);
    return ref;
}

PL_BIF(erlang_send_after_3) { return send_after(p, args[1], args[2], args[0]); }
PL_BIF(erlang_send_after_4) { return send_after(p, args[1], args[2], args[0]); }
PL_BIF(erlang_start_timer_3) { return timer(p, args[1], args[2], args[0], true); }
PL_BIF(erlang_start_timer_4) { return timer(p, args[1], args[2], args[0], true); }
PL_BIF(process_send_after_3) { return send_after(p, args[0], args[1], args[2]); }
PL_BIF(process_send_after_4) { return send_after(p, args[0], args[1], args[2]); }

static pl_term cancel(pl_proc *p, pl_term ref)
{
    pl_engine *e = p->e;
    uint64_t left;
    if (!pl_is_ref(ref)) {
        return pl_bif_badarg(p);
    }
    if (!pl_timers_cancel(e, &e->sched->timers, ref, pl_engine_now(e), &left)) {
        return PL_FALSE;
    }
    pl_trace_emit(e, PL_EV_TIMER_CANCEL, p->serial, PL_NONE, ref);
    return pl_int64(e, (int64_t)((left + 999999) / 1000000));
}

PL_BIF(erlang_cancel_timer_1) { return cancel(p, args[0]); }

PL_BIF(process_cancel_timer_2)
{
    pl_term r = cancel(p, args[0]);
    for (pl_term l = args[1]; r != PL_NONE && pl_is_cons(l); l = pl_tail(l)) {
        pl_term kv = pl_head(l);
        if (pl_is_tuple(kv) && pl_tuple_arity(kv) == 2 &&
            pl_tuple_get(kv, 0) == pl_bif_atom(p->e, "info") && pl_tuple_get(kv, 1) == PL_FALSE) {
            pl_release(p->e, r);
            return PL_A(ok);
        }
    }
    return r;
}

PL_BIF(erlang_read_timer_1)
{
    pl_engine *e = p->e;
    uint64_t left;
    if (!pl_is_ref(args[0])) {
        return pl_bif_badarg(p);
    }
    if (!pl_timers_read(&e->sched->timers, args[0], pl_engine_now(e), &left)) {
        return PL_FALSE;
    }
    return pl_int64(e, (int64_t)((left + 999999) / 1000000));
}
