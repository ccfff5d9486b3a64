/* Script running: parse, compile, run the main process until it ends, and report
 * an uncaught error the way `elixir` does (first line `** (Kind) message`). */
#include <stdio.h>
#include <stdlib.h>
#include "engine.h"
#include "proc.h"
#include "run.h"
#include "bif/bif.h"
#include "lang/bcfile.h"
#include "lang/compile.h"
#include "lang/parser.h"
#include "lang/vm.h"
#include "inspect.h"
#include "sched.h"

static const struct {
    const char *name, *src;
} LIB[] = {
#include "lib_sources.inc"
    { NULL, NULL },
};

/* Runs [fn] with [args] in a fresh process until it ends; returns the process
 * (the caller frees it) with exit_reason set. */
static pl_proc *run_to_end(pl_engine *e, pl_func *fn, const pl_term *args, uint32_t argc)
{
    pl_proc *p = pl_proc_new(e);
    if (!p) {
        return NULL;
    }
    if (pl_vm_start(p, fn, args, argc) != PL_OK) {
        pl_proc_free(p);
        return NULL;
    }
    int64_t left = e->max_reductions;
    while (pl_vm_run(p, 4000) != PL_RUN_EXIT) {
        if (e->max_reductions && (left -= 4000) <= 0) {
            /* Out of budget: end it as an exit, the way a kill would. */
            pl_proc_raise(p, PL_A(exit), PL_A(killed));
            pl_proc_free(p);
            return NULL;
        }
    }
    return p;
}

void pl_run_syntax_snippet(pl_engine *e, int stream, const char *src, size_t len, int line,
                           int column)
{
    const char *at = src, *end = src + len;
    for (int l = 1; l < line && at < end; l++) {
        const char *nl = memchr(at, '\n', (size_t)(end - at));
        at = nl ? nl + 1 : end;
    }
    if (at >= end || line < 1 || column < 1) {
        return;
    }
    const char *stop = memchr(at, '\n', (size_t)(end - at));
    size_t n = stop ? (size_t)(stop - at) : (size_t)(end - at);
    int digits = snprintf(NULL, 0, "%d", line), pad = (digits > 2 ? digits : 2) + 1;
    char head[64];
    snprintf(head, sizeof head, "%*s|\n%*d | ", pad + 1, "", pad, line);
    pl_engine_puts(e, stream, head);
    pl_engine_write(e, stream, at, n);
    snprintf(head, sizeof head, "\n%*s|%*s^\n", pad + 1, "", column, "");
    pl_engine_puts(e, stream, head);
}

/* Parses and compiles [src]; reports errors like elixir and returns NULL. */
static pl_func *compile_source(pl_engine *e, const char *file, const char *src, size_t len)
{
    pl_parse_error perr;
    pl_term ast = pl_parse(e, file, src, len, &perr);
    char buf[512];
    if (ast == PL_NONE) {
        snprintf(buf, sizeof buf, "** (%s) %s:%d:%d: %s\n", perr.kind, file, perr.line, perr.column,
                 perr.message);
        pl_engine_puts(e, PL_OUT_STDERR, buf);
        pl_run_syntax_snippet(e, PL_OUT_STDERR, src, len, perr.line, perr.column);
        return NULL;
    }
    pl_compile_error cerr;
    pl_func *fn = NULL;
    pl_status st = pl_compile_script(e, file, ast, &fn, &cerr);
    pl_release(e, ast);
    if (st != PL_OK) {
        if (strcmp(cerr.kind, "CompileError") == 0 || !cerr.kind[0]) {
            snprintf(buf, sizeof buf, "** (CompileError) %s:%d: %s\n", file, cerr.line, cerr.message);
        } else { /* errors raised while expanding, like def outside a module */
            snprintf(buf, sizeof buf, "** (%s) %s\n", cerr.kind, cerr.message);
        }
        pl_engine_puts(e, PL_OUT_STDERR, buf);
        return NULL;
    }
    return fn;
}

pl_status pl_run_load_lib_source(pl_engine *e)
{
    for (size_t i = 0; LIB[i].name; i++) {
        pl_func *fn = compile_source(e, LIB[i].name, LIB[i].src, strlen(LIB[i].src));
        if (!fn) {
            return PL_ECOMPILE;
        }
        pl_proc *p = run_to_end(e, fn, NULL, 0);
        bool ok = p && pl_is_tuple(p->exit_reason) && pl_tuple_get(p->exit_reason, 0) == PL_A(normal);
        pl_proc_free(p);
        if (!ok) {
            return PL_ECOMPILE;
        }
    }
    return PL_OK;
}

/* The image tools/plc made from these same sources at build time; compiling
 * them again is only the fallback for an image that is missing or stale. */
pl_status pl_run_load_lib(pl_engine *e)
{
    if (pl_bcfile_load(e, pl_lib_blob, pl_lib_blob_len) == PL_BC_OK) {
        return PL_OK;
    }
    return pl_run_load_lib_source(e);
}

/* exit reasons that end a script quietly with status 0 */
static bool quiet_exit(pl_term reason)
{
    if (reason == PL_A(normal) || reason == PL_A(shutdown)) {
        return true;
    }
    return pl_is_tuple(reason) && pl_tuple_arity(reason) == 2 && pl_tuple_get(reason, 0) == PL_A(shutdown);
}

pl_term pl_run_call(pl_engine *e, const char *mod, const char *fun, const pl_term *args,
                    uint32_t argc)
{
    pl_module *m = pl_code_module(e, pl_bif_atom(e, mod));
    pl_func *fn = m ? pl_code_find(m, pl_bif_atom(e, fun), argc) : NULL;
    pl_proc *p = fn ? run_to_end(e, fn, args, argc) : NULL;
    pl_term r = p ? p->exit_reason : PL_NONE, value = PL_NONE;
    if (r != PL_NONE && pl_is_tuple(r) && pl_tuple_get(r, 0) == PL_A(normal)) {
        value = pl_retain(pl_tuple_get(r, 1));
    }
    pl_proc_free(p);
    return value;
}

/* Formats an uncaught {kind, reason, trace} with Kernel.__format_error__/3 (lib). */
static void report_uncaught(pl_engine *e, pl_term how)
{
    pl_module *k = pl_code_module(e, PL_A(E_Kernel));
    pl_func *fmt = k ? pl_code_find(k, pl_bif_atom(e, "__format_error__"), 3) : NULL;
    pl_term args[3] = { pl_tuple_get(how, 0), pl_tuple_get(how, 1), pl_tuple_get(how, 2) };
    pl_proc *p = fmt ? run_to_end(e, fmt, args, 3) : NULL;
    pl_term r = p ? p->exit_reason : PL_NONE;
    if (r != PL_NONE && pl_tuple_get(r, 0) == PL_A(normal) && pl_is_bin(pl_tuple_get(r, 1))) {
        const pl_bin *b = pl_bin_of(pl_tuple_get(r, 1));
        pl_engine_write(e, PL_OUT_STDERR, (const char *)b->data, b->len);
    } else {
        /* The library could not format it (it may be what is broken): show the
         * raw kind and reason rather than nothing. */
        pl_inspect_opts o;
        pl_inspect_opts_default(&o);
        pl_term s = pl_inspect(e, pl_tuple_get(how, 1), &o);
        pl_engine_puts(e, PL_OUT_STDERR, "** (");
        pl_engine_puts(e, PL_OUT_STDERR, pl_atom_name(&e->atoms, pl_tuple_get(how, 0)));
        pl_engine_puts(e, PL_OUT_STDERR, ") ");
        if (s != PL_NONE) {
            pl_engine_write(e, PL_OUT_STDERR, (const char *)pl_bin_of(s)->data, pl_bin_of(s)->len);
            pl_release(e, s);
        }
        pl_engine_puts(e, PL_OUT_STDERR, "\n");
    }
    pl_proc_free(p);
}

/* Lets engine time reach [deadline]: the virtual clock jumps, the real one is
 * waited for through the host's sleep callback. */
static void advance_to(pl_engine *e, uint64_t deadline)
{
    if (!e->clock) {
        if (deadline > e->virtual_ns) {
            e->virtual_ns = deadline;
        }
        return;
    }
    uint64_t now = pl_engine_now(e);
    if (deadline > now && e->sleep) {
        e->sleep(e->clock_ud, pl_host_wait_ns(e, deadline - now));
    }
}

/* Runs the scheduler until [main] ends. False on deadlock (every process waits
 * and no timer can wake one) or when the reduction budget ran out. */
static bool run_until_exit(pl_engine *e, pl_proc *main)
{
    int64_t spent = 0;
    while (main->status != PL_PROC_EXITED) {
        pl_step_result r = pl_sched_step(e, 0);
        if (r == PL_STEP_RAN) {
            spent += e->sched->slice;
            if (e->max_reductions && spent > e->max_reductions) {
                return false;
            }
        } else if (r == PL_STEP_IDLE) {
            uint64_t deadline;
            if (pl_sched_next_deadline(e, &deadline)) {
                advance_to(e, deadline);
            }
        } else {
            return false;
        }
    }
    return true;
}

/* The main process died of an exit signal: `** (EXIT from #PID<0.N.0>) reason`. */
static void report_exit_from(pl_engine *e, pl_term from, pl_term reason)
{
    pl_inspect_opts o;
    pl_inspect_opts_default(&o);
    /* elixir words the reason with Exception.format_exit/1 (the library's) */
    pl_term who = pl_inspect(e, from, &o);
    pl_term why = pl_run_call(e, "Elixir.Exception", "format_exit", &reason, 1);
    if (why == PL_NONE || !pl_is_bin(why)) {
        pl_release(e, why);
        why = pl_inspect(e, reason, &o);
    }
    pl_engine_puts(e, PL_OUT_STDERR, "** (EXIT from ");
    if (who != PL_NONE) {
        pl_engine_write(e, PL_OUT_STDERR, (const char *)pl_bin_of(who)->data, pl_bin_of(who)->len);
    }
    pl_engine_puts(e, PL_OUT_STDERR, ") ");
    if (why != PL_NONE) {
        pl_engine_write(e, PL_OUT_STDERR, (const char *)pl_bin_of(why)->data, pl_bin_of(why)->len);
    }
    pl_engine_puts(e, PL_OUT_STDERR, "\n");
    pl_release(e, who);
    pl_release(e, why);
}

pl_run_result pl_run_script(pl_engine *e, const char *file, const char *src, size_t len)
{
    pl_run_result res = { PL_OK, 0 };
    pl_func *fn = compile_source(e, file, src, len);
    bool limit;
    pl_proc *p = fn ? pl_sched_new_proc(e, 0, &limit) : NULL;
    if (!p || pl_vm_start(p, fn, NULL, 0) != PL_OK) {
        res.status = fn ? PL_ENOMEM : PL_ESYNTAX;
        res.exit_code = 1;
        return res;
    }
    p->keep = true;
    pl_sched_wake(e, p);
    if (!run_until_exit(e, p)) {
        pl_engine_puts(e, PL_OUT_STDERR,
                  e->max_reductions ? "** (proclab) the script ran out of its reduction budget\n"
                                    : "** (proclab) deadlock: every process is waiting in receive "
                                      "and no timer can wake any of them\n");
        p->keep = false;
        res.status = PL_ERAISED;
        res.exit_code = 1;
        return res;
    }
    pl_term r = p->exit_value;
    if (r != PL_NONE && pl_tuple_get(r, 0) != PL_A(normal)) {
        pl_term kind = pl_tuple_get(r, 0), reason = pl_tuple_get(r, 1);
        int64_t code;
        if (kind == PL_A(exit) && pl_is_tuple(reason) && pl_tuple_arity(reason) == 2 &&
            pl_tuple_get(reason, 0) == pl_bif_atom(e, "$halt") &&
            pl_get_int64(pl_tuple_get(reason, 1), &code)) {
            res.exit_code = (int)code;
        } else if ((kind == PL_A(exit) || kind == PL_A(kill)) && quiet_exit(reason)) {
            res.exit_code = 0;
        } else if (kind == PL_A(EXIT) || kind == PL_A(kill)) {
            pl_term from = kind == PL_A(EXIT) ? pl_tuple_get(r, 2)
                                              : pl_pid(p->killed_by ? p->killed_by : p->serial);
            report_exit_from(e, from, reason);
            res.status = PL_ERAISED;
            res.exit_code = 1;
        } else {
            report_uncaught(e, r);
            res.status = PL_ERAISED;
            res.exit_code = 1;
        }
    }
    p->keep = false;
    pl_sched_reap(e);
    return res;
}

pl_status pl_dump_script(pl_engine *e, const char *file, const char *src, size_t len)
{
    pl_module *last = e->modules->last;
    pl_func *fn = compile_source(e, file, src, len);
    if (!fn) {
        return PL_ECOMPILE;
    }
    for (pl_module *m = last ? last->next : e->modules->first; m; m = m->next) {
        pl_code_dump_module(e, m);
    }
    return PL_OK;
}
