/* Snapshots of the engine for the UI (proclab.h "Looking at processes"): plain
 * structs and text, so that the UI never touches a pl_proc. Labels say what a
 * process is the way a learner names it: "GenServer Counter", "supervisor". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "engine.h"
#include "inspect.h"
#include "map.h"
#include "proc.h"
#include "sched.h"
#include "signal.h"
#include "bif/bif.h"
#include "bif/bif_pinfo.h"
#include "shell.h"
#include "lang/code.h"
#include "lang/vm.h"

/* ---- Names ---- */

/* A label being written into a fixed buffer; what does not fit is cut (the
 * intent for labels). Hand-rolled because snapshots of 10 000 processes are
 * made every frame and vsnprintf was most of their cost. */
typedef struct label {
    char *buf;
    size_t cap, len;
} label;

static void add(label *t, const char *s, size_t n)
{
    if (n > t->cap - 1 - t->len) {
        n = t->cap - 1 - t->len;
    }
    memcpy(t->buf + t->len, s, n);
    t->len += n;
    t->buf[t->len] = 0;
}

static void adds(label *t, const char *s) { add(t, s, strlen(s)); }

static void addi(label *t, int64_t v)
{
    char digits[24];
    int n = 0;
    uint64_t u = v < 0 ? (uint64_t)-v : (uint64_t)v;
    do {
        digits[sizeof digits - 1 - n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) {
        digits[sizeof digits - 1 - n++] = '-';
    }
    add(t, digits + sizeof digits - n, (size_t)n);
}

static label start(char *buf, size_t cap)
{
    buf[0] = 0;
    return (label){ buf, cap, 0 };
}

/* "Counter" for :"Elixir.Counter", ":gen_server" for :gen_server. */
static void module_text(pl_engine *e, pl_term mod, label *t)
{
    const char *s = pl_is_atom(mod) ? pl_atom_name(&e->atoms, mod) : "elixir_compiler_0";
    if (strncmp(s, "Elixir.", 7) == 0) {
        adds(t, s + 7);
    } else {
        add(t, ":", 1);
        adds(t, s);
    }
}

/* What a snapshot compares against, interned once per snapshot rather than
 * once per process (10 000 processes are snapshotted every frame). */
typedef struct snap {
    pl_engine *e;
    pl_term compiler0, initial_call, callers, supervisor, gen_server, init;
} snap;

static snap snap_of(pl_engine *e)
{
    return (snap){ e, pl_bif_atom(e, "elixir_compiler_0"), pl_bif_atom(e, "$initial_call"),
                   pl_bif_atom(e, "$callers"), pl_bif_atom(e, "supervisor"),
                   pl_bif_atom(e, "gen_server"), pl_bif_atom(e, "init") };
}

/* "Counter.loop/1"; an anonymous function "-run/1-fun-0-" reads "fn in Counter.run/1"
 * (just "fn" at a script's or the prompt's top level; a retired module, an
 * earlier prompt input's, has lost its name). */
static void function_text(const snap *sn, pl_term mod, pl_term name, int64_t arity, char *buf,
                          size_t cap)
{
    pl_engine *e = sn->e;
    label t = start(buf, cap);
    const char *n = pl_atom_name(&e->atoms, name);
    if (n[0] == '-') {
        const char *end = strstr(n, "-fun-");
        adds(&t, "fn");
        if (end && end > n + 1 && pl_is_atom(mod) && mod != sn->compiler0) {
            adds(&t, " in ");
            module_text(e, mod, &t);
            add(&t, ".", 1);
            add(&t, n + 1, (size_t)(end - n - 1));
        }
        return;
    }
    module_text(e, mod, &t);
    add(&t, ".", 1);
    adds(&t, n);
    add(&t, "/", 1);
    addi(&t, arity);
}

static bool mfa_of(pl_term t, pl_term *m, pl_term *f, int64_t *a)
{
    if (!pl_is_tuple(t) || pl_tuple_arity(t) != 3 || !pl_is_atom(pl_tuple_get(t, 0)) ||
        !pl_is_atom(pl_tuple_get(t, 1)) || !pl_is_small(pl_tuple_get(t, 2))) {
        return false;
    }
    *m = pl_tuple_get(t, 0);
    *f = pl_tuple_get(t, 1);
    *a = pl_small_value(pl_tuple_get(t, 2));
    return true;
}

/* Whether a function of [mod] is anywhere on [p]'s stack (a GenServer's loop
 * stays at the bottom while its callbacks run above it). */
static bool runs_in(const pl_proc *p, pl_term mod)
{
    for (uint32_t i = 0; i < p->nframes; i++) {
        if (p->frames[i].fn->mod->name == mod) {
            return true;
        }
    }
    return false;
}

/* What the process is: proc_lib's $initial_call tells OTP processes apart
 * ({:supervisor, Mod, 1} for supervisors, {Mod, :init, 1} for the rest). */
static void label_of(const snap *sn, const pl_proc *p, pl_proc_view *v)
{
    pl_engine *e = sn->e;
    pl_term m, f, ic = PL_NONE;
    int64_t a;
    if (p->dict != PL_NONE) {
        ic = pl_map_get(e, p->dict, sn->initial_call);
    }
    if (ic != PL_NONE && mfa_of(ic, &m, &f, &a)) {
        label t = start(v->label, sizeof v->label);
        if (m == sn->supervisor) {
            v->supervisor = true;
            adds(&t, "supervisor");
            const char *cb = pl_atom_name(&e->atoms, f);
            if (!strstr(cb, ".Default") && strcmp(cb, "Elixir.PartitionSupervisor") != 0) {
                add(&t, " ", 1);
                module_text(e, f, &t);
            }
            return;
        }
        bool server = runs_in(p, sn->gen_server);
        if (server && f == sn->init && a == 1) {
            adds(&t, "GenServer ");
            module_text(e, m, &t);
            return;
        }
        if (server) { /* a gen_server started from a function: Agent's way */
            adds(&t, "Agent");
            return;
        }
        if (pl_map_get(e, p->dict, sn->callers) != PL_NONE) {
            adds(&t, "Task ");
            char fn[48];
            function_text(sn, m, f, a, fn, sizeof fn);
            adds(&t, fn);
            return;
        }
        function_text(sn, m, f, a, v->label, sizeof v->label);
        return;
    }
    if (mfa_of(p->initial_call, &m, &f, &a)) {
        function_text(sn, m, f, a, v->label, sizeof v->label);
    }
}

static void fill(const snap *sn, const pl_proc *p, pl_proc_view *v)
{
    pl_engine *e = sn->e;
    memset(v, 0, sizeof *v);
    v->pid = p->serial;
    v->parent = p->parent;
    v->state = p == e->current ? PL_VIEW_RUNNING
             : p->status == PL_PROC_EXITED ? PL_VIEW_EXITED
             : p->status == PL_PROC_WAITING ? PL_VIEW_WAITING
                                            : PL_VIEW_RUNNABLE;
    v->trap_exit = p->trap_exit;
    v->mailbox_len = (uint32_t)pl_mailbox_len(&p->mailbox);
    v->links = p->nlinks;
    v->monitors = p->monitors.live;
    v->reductions = (uint64_t)p->reductions;
    v->memory = pl_pinfo_memory(p);
    v->shell = e->shell && pl_shell_pid(e) == p->serial;
    if (p->name != PL_NONE) {
        const char *n = pl_atom_name(&e->atoms, p->name);
        label t = start(v->name, sizeof v->name);
        adds(&t, strncmp(n, "Elixir.", 7) == 0 ? n + 7 : n);
    }
    if (v->shell) {
        label t = start(v->label, sizeof v->label);
        adds(&t, "iex shell");
    } else {
        label_of(sn, p, v);
    }
    if (p->nframes) {
        const pl_func *fn = p->frames[p->nframes - 1].fn;
        function_text(sn, fn->mod->name, fn->name, fn->arity, v->current, sizeof v->current);
    }
}

static int by_pid(const void *a, const void *b)
{
    uint64_t x = ((const pl_proc_view *)a)->pid, y = ((const pl_proc_view *)b)->pid;
    return x < y ? -1 : x > y;
}

size_t pl_view_procs(pl_engine *e, pl_proc_view *out, size_t cap)
{
    pl_sched *s = e->sched;
    snap sn = snap_of(e);
    size_t n = 0, total = 0;
    for (uint32_t i = 0; i < s->cap; i++) {
        const pl_proc *p = s->table[i];
        if (p && p->status != PL_PROC_EXITED) {
            if (n < cap) {
                fill(&sn, p, &out[n++]);
            }
            total++;
        }
    }
    if (n > 1) {
        qsort(out, n, sizeof *out, by_pid);
    }
    return total;
}

static const pl_proc *live(pl_engine *e, uint64_t pid)
{
    const pl_proc *p = pid ? pl_sched_find_serial(e, pid) : NULL;
    return p && p->status != PL_PROC_EXITED ? p : NULL;
}

bool pl_view_proc(pl_engine *e, uint64_t pid, pl_proc_view *out)
{
    const pl_proc *p = live(e, pid);
    if (p) {
        snap sn = snap_of(e);
        fill(&sn, p, out);
    }
    return p != NULL;
}

/* ---- Text ---- */

/* Copies a binary into [buf] as a C string; returns its full length. */
static size_t bin_text(pl_engine *e, pl_term bin, char *buf, size_t cap)
{
    if (bin == PL_NONE) {
        if (cap) {
            buf[0] = 0;
        }
        return 0;
    }
    const pl_bin *b = pl_bin_of(bin);
    size_t n = b->len < cap ? b->len : (cap ? cap - 1 : 0);
    if (cap) {
        if (n) {
            memcpy(buf, b->data, n);
        }
        buf[n] = 0;
    }
    size_t len = b->len;
    pl_release(e, bin);
    return len;
}

size_t pl_view_term(pl_engine *e, pl_term t, int limit, char *buf, size_t cap)
{
    pl_inspect_opts o;
    pl_inspect_opts_default(&o);
    o.limit = limit;
    o.printable_limit = 200;
    o.width = -1;
    return bin_text(e, pl_inspect(e, t, &o), buf, cap);
}

/* The patterns the compiler kept as text with a RECV_WAIT (at [pc] when the
 * process waits there), joined with " | ". */
static void receive_patterns(pl_engine *e, const pl_func *f, uint32_t pc, pl_mailbox_view *out)
{
    label t = start(out->patterns, sizeof out->patterns);
    if (pc + 3 >= f->code_len || f->code[pc] != PL_OP_RECV_WAIT || f->code[pc + 3] >= f->nconsts) {
        return;
    }
    (void)e;
    for (pl_term l = f->consts[f->code[pc + 3]]; pl_is_cons(l); l = pl_tail(l)) {
        if (pl_is_bin(pl_head(l))) {
            const pl_bin *b = pl_bin_of(pl_head(l));
            add(&t, (const char *)b->data, b->len);
        }
        if (pl_is_cons(pl_tail(l))) {
            adds(&t, " | ");
        }
    }
}

bool pl_view_mailbox(pl_engine *e, uint64_t pid, size_t max, int width, pl_view_msg_fn fn,
                     void *ud, pl_mailbox_view *out)
{
    const pl_proc *p = live(e, pid);
    memset(out, 0, sizeof *out);
    if (!p) {
        return false;
    }
    out->len = pl_mailbox_len(&p->mailbox);
    out->in_receive = p->in_receive;
    /* messages before the save pointer were tried by this receive and kept */
    size_t scanned = 0;
    for (pl_msg *const *at = &p->mailbox.head; *at && at != p->mailbox.save; at = &(*at)->next) {
        scanned++;
    }
    out->scanned = out->in_receive ? scanned : 0;
    if (out->in_receive && p->nframes) {
        const pl_frame *fr = &p->frames[p->nframes - 1];
        const pl_func *f = fr->fn;
        uint32_t pc = fr->pc ? fr->pc - 1 : 0;
        out->receive_line = f->lines && pc < f->code_len ? (int)f->lines[pc] : 0;
        receive_patterns(e, f, fr->pc, out);
        label t = start(out->receive_file, sizeof out->receive_file);
        module_text(e, f->mod->name, &t);
    }
    /* the caller sees [out] complete while it is called back */
    size_t i = 0;
    char *text = max ? malloc((size_t)width + 8) : NULL;
    for (const pl_msg *m = p->mailbox.head; m && text && i < max; m = m->next, i++) {
        size_t n = pl_view_term(e, m->term, 12, text, (size_t)width + 1);
        fn(ud, i, text, n < (size_t)width ? n : (size_t)width);
    }
    free(text);
    return true;
}

size_t pl_view_info(pl_engine *e, uint64_t pid, int width, char *buf, size_t cap)
{
    const pl_proc *p = live(e, pid);
    pl_term info = p ? pl_pinfo_all(e, p) : PL_NONE;
    if (info == PL_NONE) {
        if (cap) {
            buf[0] = 0;
        }
        return 0;
    }
    pl_inspect_opts o;
    pl_inspect_opts_default(&o);
    o.pretty = true;
    o.width = width;
    pl_term text = pl_inspect(e, info, &o);
    pl_release(e, info);
    return bin_text(e, text, buf, cap);
}

/* ---- Events ---- */

bool pl_view_pid(pl_term t, uint64_t *pid)
{
    if (!pl_is_pid(t)) {
        return false;
    }
    *pid = pl_pid_serial(t);
    return true;
}

bool pl_view_elem(pl_term t, uint32_t i, pl_term *out)
{
    if (!pl_is_tuple(t) || i >= pl_tuple_arity(t)) {
        return false;
    }
    *out = pl_tuple_get(t, i);
    return true;
}

const char *pl_view_lib(pl_engine *e, const pl_event *ev, pl_term *payload)
{
    pl_term tag;
    if (ev->kind != PL_EV_LIB || !pl_view_elem(ev->data, 0, &tag) || !pl_is_atom(tag) ||
        !pl_view_elem(ev->data, 1, payload)) {
        return NULL;
    }
    return pl_atom_name(&e->atoms, tag);
}

/* [:alias | ref] in a call's `from`, or a reply's tag */
static bool alias_tag(pl_engine *e, pl_term t, pl_term *ref)
{
    if (!pl_is_cons(t) || pl_head(t) != pl_bif_atom(e, "alias") || !pl_is_ref(pl_tail(t))) {
        return false;
    }
    *ref = pl_tail(t);
    return true;
}

pl_otp_kind pl_view_otp(pl_engine *e, const pl_event *ev, pl_term *ref)
{
    pl_term m = ev->data, tag, from, alias;
    *ref = PL_NONE;
    if (ev->kind != PL_EV_SEND || !pl_view_elem(m, 0, &tag)) {
        return PL_OTP_NONE;
    }
    if (tag == pl_bif_atom(e, "$gen_cast")) {
        return PL_OTP_CAST;
    }
    if (tag == pl_bif_atom(e, "$gen_call") && pl_tuple_arity(m) == 3 && pl_view_elem(m, 1, &from) &&
        pl_view_elem(from, 1, &alias)) {
        if (!alias_tag(e, alias, ref) && pl_is_ref(alias)) {
            *ref = alias;
        }
        return PL_OTP_CALL;
    }
    if (pl_tuple_arity(m) == 2 && alias_tag(e, tag, ref)) {
        return PL_OTP_REPLY;
    }
    return PL_OTP_NONE;
}

bool pl_exit_signal(pl_engine *e, uint64_t pid, const char *reason)
{
    if (!live(e, pid)) {
        return false;
    }
    pl_signal_exit_host(e, pid, pl_atom_intern(&e->atoms, reason, strlen(reason)));
    return true;
}
