/* The shell: proclab's iex. Its evaluator is an ordinary process running
 * :proclab_shell.start/0 (engine/lib/shell.ex), so it shows in the process
 * tree and `self()`, `receive` and `flush()` work as in iex. This file compiles
 * each input against the bindings so far, hands it to that process, and
 * notices when the process dies (iex then starts a fresh one). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "engine.h"
#include "shell.h"
#include "proc.h"
#include "sched.h"
#include "signal.h"
#include "inspect.h"
#include "run.h"
#include "bif/bif.h"
#include "lang/compile.h"
#include "lang/parser.h"
#include "lang/vm.h"

typedef struct pl_shell {
    uint64_t pid;            // the evaluator process's serial; 0 when none
    pl_proc *proc;           // that process, kept (p->keep) until its death is told
    pl_term names;           // variables bound so far (a list of atoms)
    pl_term values;          // their values: a tuple in the same order
    pl_term pending;         // the names the input being evaluated binds
    pl_term env;             // aliases and imports in force ([{:alias, s, f} | {:import, m}])
    pl_term pending_env;     // those the input being evaluated leaves
    int counter;             // the N of iex(N)>
    int width;               // columns results are laid out for
    bool busy;               // an input is being evaluated
} pl_shell;

/* iex imports IEx.Helpers (flush/0, h/1, i/1, v/0 ...) into every shell. */
static pl_term initial_env(pl_engine *e)
{
    pl_term helpers = pl_bif_atom(e, "Elixir.IEx.Helpers");
    if (!pl_code_module(e, helpers)) {
        return PL_NIL;
    }
    pl_term entry = pl_tuple2(e, pl_bif_atom(e, "import"), helpers);
    pl_term env = entry == PL_NONE ? PL_NONE : pl_cons_new(e, entry, PL_NIL);
    return env == PL_NONE ? PL_NIL : env;
}

static void forget_bindings(pl_engine *e, pl_shell *sh)
{
    pl_release(e, sh->names);
    pl_release(e, sh->values);
    pl_release(e, sh->pending);
    pl_release(e, sh->env);
    pl_release(e, sh->pending_env);
    sh->names = PL_NIL;
    sh->values = pl_tuple_new(e, 0);
    sh->pending = PL_NIL;
    sh->env = initial_env(e);
    sh->pending_env = PL_NIL;
    sh->counter = 1;
    sh->busy = false;
}

/* Spawns the evaluator process; the engine is its parent (pid 0). */
static pl_status spawn_shell(pl_engine *e, pl_shell *sh)
{
    pl_term mod = pl_bif_atom(e, "proclab_shell"), start = pl_bif_atom(e, "start");
    pl_module *m = pl_code_module(e, mod);
    pl_func *fn = m ? pl_code_find(m, start, 0) : NULL;
    bool limit;
    pl_proc *p = fn ? pl_sched_new_proc(e, 0, &limit) : NULL;
    if (!p) {
        return fn ? PL_ENOMEM : PL_ECOMPILE;
    }
    p->initial_call = pl_tuple3(e, mod, start, pl_small(0));
    if (pl_vm_start(p, fn, NULL, 0) != PL_OK) {
        pl_sched_exit(e, p, PL_A(system_limit));
        return PL_ENOMEM;
    }
    /* kept after death so that its exit reason can be told (pl_shell_poll) */
    p->keep = true;
    sh->pid = p->serial;
    sh->proc = p;
    pl_trace_emit(e, PL_EV_SPAWN, 0, pl_pid(p->serial), p->initial_call);
    pl_sched_wake(e, p);
    return PL_OK;
}

pl_status pl_shell_start(pl_engine *e)
{
    if (e->shell) {
        return PL_OK;
    }
    pl_shell *sh = calloc(1, sizeof *sh);
    if (!sh) {
        return PL_ENOMEM;
    }
    e->shell = sh;
    sh->width = 80;
    sh->names = sh->values = sh->pending = sh->env = sh->pending_env = PL_NIL;
    forget_bindings(e, sh);
    pl_status st = spawn_shell(e, sh);
    if (st != PL_OK) {
        pl_shell_destroy(e);
    }
    return st;
}

void pl_shell_destroy(pl_engine *e)
{
    pl_shell *sh = e->shell;
    if (!sh) {
        return;
    }
    pl_release(e, sh->names);
    pl_release(e, sh->values);
    pl_release(e, sh->pending);
    pl_release(e, sh->env);
    pl_release(e, sh->pending_env);
    if (sh->proc) {
        sh->proc->keep = false;
    }
    free(sh);
    e->shell = NULL;
}

/* ---- h/1: `h Enum.map/2` names a function; iex takes it unevaluated ---- */

/* {Enum, :map} for `Enum.map`, {:{}, [], [Enum, :map, 2]} for `Enum.map/2`;
 * PL_NONE when [arg] is neither (then h gets its value, as for `h Enum`). */
static pl_term h_target(pl_engine *e, pl_term arg)
{
    pl_term slash = pl_bif_atom(e, "/"), dot = pl_bif_atom(e, ".");
    pl_term arity = PL_NONE, call = arg;
    if (pl_is_tuple(arg) && pl_tuple_arity(arg) == 3 && pl_tuple_get(arg, 0) == slash &&
        pl_list_length(pl_tuple_get(arg, 2)) == 2) {
        pl_term args = pl_tuple_get(arg, 2);
        call = pl_head(args);
        arity = pl_head(pl_tail(args));
    }
    if (!pl_is_tuple(call) || pl_tuple_arity(call) != 3) {
        return PL_NONE;
    }
    pl_term d = pl_tuple_get(call, 0), args = pl_tuple_get(call, 2);
    bool bare = pl_is_atom(d) && (pl_is_atom(args) || args == PL_NIL);
    if (bare && pl_bif_atom(e, "__aliases__") != d) {
        /* `h spawn`, `h spawn/1`: a bare name is Kernel's, as in iex */
        pl_term kernel = pl_bif_atom(e, "Elixir.Kernel");
        if (arity == PL_NONE) {
            return pl_tuple2(e, kernel, d);
        }
        pl_term items[3] = { kernel, d, arity };
        return pl_tuple3(e, pl_bif_atom(e, "{}"), PL_NIL, pl_list_from_array(e, items, 3));
    }
    if (args != PL_NIL) {
        return PL_NONE;
    }
    if (!pl_is_tuple(d) || pl_tuple_arity(d) != 3 || pl_tuple_get(d, 0) != dot ||
        pl_list_length(pl_tuple_get(d, 2)) != 2) {
        return PL_NONE;
    }
    pl_term mod = pl_head(pl_tuple_get(d, 2)), fun = pl_head(pl_tail(pl_tuple_get(d, 2)));
    if (!pl_is_atom(fun)) {
        return PL_NONE;
    }
    if (arity == PL_NONE) {
        return pl_tuple2(e, pl_retain(mod), fun);
    }
    pl_term items[3] = { mod, fun, arity };
    return pl_tuple3(e, pl_bif_atom(e, "{}"), PL_NIL, pl_list_from_array(e, items, 3));
}

/* Rewrites a whole input `h X.f` / `h X.f/n` into h({X, :f}) / h({X, :f, n});
 * returns [ast] itself (retained) otherwise. */
static pl_term rewrite_h(pl_engine *e, pl_term ast)
{
    if (!pl_is_tuple(ast) || pl_tuple_arity(ast) != 3 ||
        pl_tuple_get(ast, 0) != pl_bif_atom(e, "h") || pl_list_length(pl_tuple_get(ast, 2)) != 1) {
        return pl_retain(ast);
    }
    pl_term target = h_target(e, pl_head(pl_tuple_get(ast, 2)));
    if (target == PL_NONE) {
        return pl_retain(ast);
    }
    pl_term args = pl_cons_new(e, target, PL_NIL);
    return pl_tuple3(e, pl_tuple_get(ast, 0), pl_retain(pl_tuple_get(ast, 1)), args);
}

/* ---- Evaluating ---- */

/* iex numbers an input's lines from its prompt counter (`iex:3: ...`); the
 * parser counts from 1, so the source is moved down by blank lines. */
static char *shift_lines(const char *src, size_t len, int counter, size_t *out_len)
{
    size_t pad = counter > 1 ? (size_t)(counter - 1) : 0;
    char *buf = malloc(pad + len + 1);
    if (buf) {
        memset(buf, '\n', pad);
        memcpy(buf + pad, src, len);
        buf[pad + len] = 0;
        *out_len = pad + len;
    }
    return buf;
}

/* Parses an input; PL_NONE with the result in [*res] when it cannot run. */
static pl_term parse_input(pl_engine *e, pl_shell *sh, const char *src, size_t len,
                           pl_shell_result *res)
{
    size_t n;
    char *text = shift_lines(src, len, sh->counter, &n);
    if (!text) {
        *res = PL_SHELL_ERROR;
        return PL_NONE;
    }
    pl_parse_error perr;
    pl_term ast = pl_parse(e, "iex", text, n, &perr);
    if (ast != PL_NONE || strcmp(perr.kind, "TokenMissingError") == 0) {
        free(text);
        *res = ast != PL_NONE ? PL_SHELL_SENT : PL_SHELL_INCOMPLETE;
        return ast;
    }
    char buf[512];
    snprintf(buf, sizeof buf, "** (%s) iex:%d:%d: %s\n", perr.kind, perr.line, perr.column,
             perr.message);
    pl_engine_puts(e, PL_OUT_STDOUT, buf);
    pl_run_syntax_snippet(e, PL_OUT_STDOUT, text, n, perr.line, perr.column);
    pl_engine_puts(e, PL_OUT_STDOUT, "\n");
    free(text);
    *res = PL_SHELL_ERROR;
    return PL_NONE;
}

/* {:"$proclab_eval", n, fun, args, width}: put straight into the evaluator's mailbox.
 * It is the prompt talking, not a process, so it is not a traced send. */
static bool hand_over(pl_engine *e, pl_shell *sh, pl_func *fn, uint32_t arity)
{
    pl_proc *p = sh->proc;
    if (!p || p->status == PL_PROC_EXITED) {
        return false;
    }
    if (!pl_is_tuple(sh->values)) {
        return false; /* the empty bindings could not even be made */
    }
    pl_term args = pl_list_from_array(e, pl_tuple_of(sh->values)->el, arity);
    pl_term fun = pl_fun_new(e, fn, arity, 0);
    pl_term msg = pl_tuple_new(e, 5);
    if (args == PL_NONE || fun == PL_NONE || msg == PL_NONE) {
        pl_release(e, args);
        pl_release(e, fun);
        pl_release(e, msg);
        return false;
    }
    pl_term *el = pl_tuple_of(msg)->el;
    el[0] = pl_bif_atom(e, "$proclab_eval");
    el[1] = pl_small(sh->counter);
    el[2] = fun;
    el[3] = args;
    el[4] = pl_small(sh->width);
    if (!pl_mailbox_push(e, &p->mailbox, msg)) {
        return false; /* out of memory: the message was released */
    }
    if (p->status == PL_PROC_WAITING) {
        pl_sched_wake(e, p);
    }
    return true;
}

pl_shell_result pl_shell_eval(pl_engine *e, const char *src, size_t len)
{
    pl_shell *sh = e->shell;
    if (!sh) {
        return PL_SHELL_ERROR;
    }
    if (sh->busy) {
        return PL_SHELL_BUSY;
    }
    pl_shell_result res = PL_SHELL_SENT;
    pl_term parsed = parse_input(e, sh, src, len, &res);
    if (parsed == PL_NONE) {
        return res;
    }
    pl_term ast = rewrite_h(e, parsed);
    pl_release(e, parsed);
    pl_compile_error cerr;
    pl_func *fn = NULL;
    pl_term names = PL_NIL, env = PL_NIL;
    pl_status st = ast == PL_NONE ? PL_ENOMEM
                                  : pl_compile_eval(e, "iex", ast, sh->names, sh->env, &fn, &names,
                                                    &env, &cerr);
    pl_release(e, ast);
    if (st != PL_OK) {
        char buf[512];
        if (st == PL_ENOMEM) {
            snprintf(buf, sizeof buf, "** (SystemLimitError) out of memory\n\n");
        } else if (strcmp(cerr.kind, "CompileError") == 0 || !cerr.kind[0]) {
            snprintf(buf, sizeof buf, "** (CompileError) iex:%d: %s\n\n", cerr.line, cerr.message);
        } else {
            snprintf(buf, sizeof buf, "** (%s) %s\n\n", cerr.kind, cerr.message);
        }
        pl_engine_puts(e, PL_OUT_STDOUT, buf);
        return PL_SHELL_ERROR;
    }
    if (!hand_over(e, sh, fn, (uint32_t)pl_list_length(sh->names))) {
        pl_release(e, names);
        pl_release(e, env);
        pl_engine_puts(e, PL_OUT_STDOUT, "** (proclab) the shell process is not running\n\n");
        return PL_SHELL_ERROR;
    }
    pl_release(e, sh->pending);
    pl_release(e, sh->pending_env);
    sh->pending = names;
    sh->pending_env = env;
    sh->busy = true;
    return PL_SHELL_SENT;
}

/* ---- The evaluator's side ---- */

/* :proclab.shell_done(binding | :error), called by the evaluator when an input
 * finished: a tuple holds the values of the input's variables. */
PL_BIF(proclab_shell_done_1)
{
    pl_engine *e = p->e;
    pl_shell *sh = e->shell;
    if (!sh || p->serial != sh->pid || !sh->busy) {
        return pl_bif_badarg(p);
    }
    if (pl_is_tuple(args[0]) && pl_tuple_arity(args[0]) == (uint64_t)pl_list_length(sh->pending)) {
        pl_release(e, sh->names);
        pl_release(e, sh->values);
        pl_release(e, sh->env);
        sh->names = sh->pending;
        sh->values = pl_retain(args[0]);
        sh->env = sh->pending_env;
        sh->pending = sh->pending_env = PL_NIL;
        sh->counter++;
    } else {
        /* a failed input leaves the bindings and aliases as they were */
        pl_release(e, sh->pending);
        pl_release(e, sh->pending_env);
        sh->pending = sh->pending_env = PL_NIL;
    }
    sh->busy = false;
    return PL_A(ok);
}

/* ---- The host's side ---- */

/* The evaluator died: say why as iex does, then start a fresh one (iex's new
 * shell starts over: no bindings, counter 1). */
static pl_shell_state restart(pl_engine *e, pl_shell *sh, pl_proc *dead)
{
    pl_inspect_opts o;
    pl_inspect_opts_default(&o);
    pl_term who = pl_inspect(e, pl_pid(sh->pid), &o);
    /* iex words the reason with Exception.format_exit/1 (the library's) */
    pl_term r = dead ? dead->exit_reason : PL_A(killed);
    pl_term why = pl_run_call(e, "Elixir.Exception", "format_exit", &r, 1);
    if (why == PL_NONE || !pl_is_bin(why)) {
        pl_release(e, why);
        why = pl_inspect(e, r, &o);
    }
    if (who != PL_NONE && why != PL_NONE) {
        pl_engine_puts(e, PL_OUT_STDOUT, "** (EXIT from ");
        pl_engine_write(e, PL_OUT_STDOUT, (const char *)pl_bin_of(who)->data, pl_bin_of(who)->len);
        pl_engine_puts(e, PL_OUT_STDOUT, ") shell process exited with reason: ");
        pl_engine_write(e, PL_OUT_STDOUT, (const char *)pl_bin_of(why)->data, pl_bin_of(why)->len);
        pl_engine_puts(e, PL_OUT_STDOUT, "\n\n");
    }
    pl_release(e, who);
    pl_release(e, why);
    if (dead) {
        dead->keep = false;
    }
    forget_bindings(e, sh);
    sh->pid = 0;
    sh->proc = NULL;
    return spawn_shell(e, sh) == PL_OK ? PL_SHELL_RESTARTED : PL_SHELL_DOWN;
}

pl_shell_state pl_shell_poll(pl_engine *e)
{
    pl_shell *sh = e->shell;
    if (!sh) {
        return PL_SHELL_DOWN;
    }
    if (!sh->pid) {
        return spawn_shell(e, sh) == PL_OK ? PL_SHELL_RESTARTED : PL_SHELL_DOWN;
    }
    if (sh->proc->status == PL_PROC_EXITED) {
        return restart(e, sh, sh->proc);
    }
    return sh->busy ? PL_SHELL_RUNNING : PL_SHELL_IDLE;
}

void pl_shell_interrupt(pl_engine *e)
{
    pl_shell *sh = e->shell;
    if (sh && sh->proc && sh->proc->status != PL_PROC_EXITED) {
        pl_signal_exit_host(e, sh->pid, PL_A(kill));
    }
}

void pl_shell_set_width(pl_engine *e, int columns)
{
    if (e->shell) {
        e->shell->width = columns < 20 ? 20 : columns;
    }
}

int pl_shell_counter(const pl_engine *e) { return e->shell ? e->shell->counter : 1; }

uint64_t pl_shell_pid(const pl_engine *e) { return e->shell ? e->shell->pid : 0; }
