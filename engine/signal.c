/* Signals: message delivery, links, monitors, exit signals and names. Every
 * signal is handled at the moment it is sent (one thread), which preserves the
 * BEAM's ordering guarantee between any pair of processes. */
#include <stdlib.h>
#include "engine.h"
#include "ets.h"
#include "map.h"
#include "sched.h"
#include "signal.h"
#include "trace.h"
#include "lang/code.h"
#include "lang/vm.h"

/* An active process alias. The table is probed linearly from the hash of the
 * ref's serial; [key] is that serial + 1, 0 marks an empty slot. */
typedef struct alias_entry {
    uint64_t key;
    uint64_t owner;      // serial of the process the alias delivers to
    int mode;            // PL_ALIAS_*
} alias_entry;

struct pl_names {
    pl_term by_name;     // %{name => pid}
    // Active process aliases by ref: every GenServer.call makes and drops
    // one, so a hash table rather than a map rebuilt on each change.
    alias_entry *aliases;
    uint32_t naliases, aliases_cap; // cap: 0 or a power of two
};

/* ---- The alias table ---- */

static uint32_t alias_home(const struct pl_names *n, uint64_t key)
{
    return (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & (n->aliases_cap - 1);
}

static alias_entry *alias_find(const struct pl_names *n, pl_term ref)
{
    uint64_t key = pl_ref_serial(ref) + 1;
    for (uint32_t i = n->aliases_cap ? alias_home(n, key) : 0; n->aliases_cap && n->aliases[i].key;
         i = (i + 1) & (n->aliases_cap - 1)) {
        if (n->aliases[i].key == key) {
            return &n->aliases[i];
        }
    }
    return NULL;
}

static void alias_place(struct pl_names *n, alias_entry a)
{
    uint32_t i = alias_home(n, a.key);
    while (n->aliases[i].key) {
        i = (i + 1) & (n->aliases_cap - 1);
    }
    n->aliases[i] = a;
}

static bool alias_put(struct pl_names *n, pl_term ref, uint64_t owner, int mode)
{
    alias_entry *found = alias_find(n, ref);
    if (found) {
        found->owner = owner;
        found->mode = mode;
        return true;
    }
    if ((n->naliases + 1) * 2 > n->aliases_cap) {
        uint32_t cap = n->aliases_cap ? n->aliases_cap * 2 : 16;
        alias_entry *old = n->aliases, *t = calloc(cap, sizeof *t);
        if (!t) {
            return false;
        }
        uint32_t old_cap = n->aliases_cap;
        n->aliases = t;
        n->aliases_cap = cap;
        for (uint32_t i = 0; i < old_cap; i++) {
            if (old[i].key) {
                alias_place(n, old[i]);
            }
        }
        free(old);
    }
    alias_place(n, (alias_entry){ pl_ref_serial(ref) + 1, owner, mode });
    n->naliases++;
    return true;
}

/* Removes [gone] from the table, shifting back the entries probed past it. */
static void alias_delete(struct pl_names *n, alias_entry *gone)
{
    uint32_t mask = n->aliases_cap - 1, hole = (uint32_t)(gone - n->aliases);
    n->naliases--;
    for (uint32_t i = (hole + 1) & mask; n->aliases[i].key; i = (i + 1) & mask) {
        uint32_t home = alias_home(n, n->aliases[i].key);
        /* Entry i may fill the hole unless its home lies cyclically in (hole, i]. */
        if (((i - home) & mask) >= ((i - hole) & mask)) {
            n->aliases[hole] = n->aliases[i];
            hole = i;
        }
    }
    n->aliases[hole].key = 0;
}

/* The alias mode of [ref], or -1 when it is no alias. */
static int alias_mode(const pl_engine *e, pl_term ref)
{
    const alias_entry *a = e->names ? alias_find(e->names, ref) : NULL;
    return a ? a->mode : -1;
}

static struct pl_names *names(pl_engine *e)
{
    if (!e->names) {
        e->names = calloc(1, sizeof *e->names);
        if (e->names) {
            e->names->by_name = pl_map_empty(e);
        }
    }
    return e->names;
}

void pl_names_destroy(pl_engine *e)
{
    if (e->names) {
        pl_release(e, e->names->by_name);
        free(e->names->aliases);
        free(e->names);
        e->names = NULL;
    }
}

/* ---- Messages ---- */

static pl_proc *resolve(pl_engine *e, pl_term dest, bool *unknown_name)
{
    *unknown_name = false;
    if (pl_is_pid(dest)) {
        return pl_sched_find(e, dest);
    }
    bool remote_form = false;
    if (pl_is_tuple(dest) && pl_tuple_arity(dest) == 2) {
        dest = pl_tuple_get(dest, 0); /* {name, node}: an unknown name is not an error */
        remote_form = true;
    }
    struct pl_names *n = names(e);
    if (pl_is_atom(dest)) {
        pl_term pid = n ? pl_map_get(e, n->by_name, dest) : PL_NONE;
        *unknown_name = pid == PL_NONE && !remote_form;
        return pid == PL_NONE ? NULL : pl_sched_find(e, pid);
    }
    if (pl_is_ref(dest) && n) {
        const alias_entry *a = alias_find(n, dest);
        return a ? pl_sched_find(e, pl_pid(a->owner)) : NULL;
    }
    *unknown_name = true;
    return NULL;
}

static void deliver(pl_engine *e, pl_proc *to, pl_term msg)
{
    if (pl_mailbox_push(e, &to->mailbox, msg) && to->status == PL_PROC_WAITING) {
        pl_sched_wake(e, to);
    }
}

/* After a message went through alias [ref]: one-shot aliases (:reply) end. */
static void alias_used(pl_engine *e, pl_proc *owner, pl_term ref)
{
    int mode = alias_mode(e, ref);
    if (mode == PL_ALIAS_REPLY || mode == PL_ALIAS_REPLY_DEMONITOR) {
        if (mode == PL_ALIAS_REPLY_DEMONITOR) {
            pl_signal_demonitor(e, owner, ref, false);
        }
        pl_signal_unalias(e, owner, ref);
    }
}

bool pl_signal_send(pl_engine *e, uint64_t from, pl_term dest, pl_term msg)
{
    bool unknown;
    pl_proc *to = resolve(e, dest, &unknown);
    pl_trace_emit(e, PL_EV_SEND, from, to ? pl_pid(to->serial) : dest, msg);
    if (!to) {
        pl_release(e, msg);
        return !unknown;
    }
    deliver(e, to, msg);
    if (pl_is_ref(dest)) {
        alias_used(e, to, dest);
    }
    return true;
}

/* {:EXIT, from, reason} to a trapping process. */
static void exit_message(pl_engine *e, pl_proc *to, uint64_t from, pl_term reason)
{
    pl_term msg = pl_tuple3(e, PL_A(EXIT), pl_pid(from), pl_retain(reason));
    if (msg != PL_NONE) {
        deliver(e, to, msg);
    }
}

/* ---- Links ---- */

static bool has_link(const pl_proc *p, uint64_t other)
{
    for (uint32_t i = 0; i < p->nlinks; i++) {
        if (p->links[i] == other) {
            return true;
        }
    }
    return false;
}

static bool add_link(pl_proc *p, uint64_t other)
{
    if (has_link(p, other)) {
        return true;
    }
    if (p->nlinks == p->links_cap) {
        uint32_t cap = p->links_cap ? p->links_cap * 2 : 4;
        uint64_t *l = realloc(p->links, cap * sizeof *l);
        if (!l) {
            return false;
        }
        p->links = l;
        p->links_cap = cap;
    }
    p->links[p->nlinks++] = other;
    return true;
}

static void drop_link(pl_proc *p, uint64_t other)
{
    for (uint32_t i = 0; i < p->nlinks; i++) {
        if (p->links[i] == other) {
            memmove(p->links + i, p->links + i + 1, (p->nlinks - i - 1) * sizeof *p->links);
            p->nlinks--;
            return;
        }
    }
}

bool pl_signal_link(pl_engine *e, pl_proc *p, pl_term target)
{
    pl_proc *t = pl_sched_find(e, target);
    if (t == p) {
        return true;
    }
    if (!t) {
        if (!p->trap_exit) {
            return false;
        }
        exit_message(e, p, pl_pid_serial(target), PL_A(noproc));
        return true;
    }
    if (add_link(p, t->serial) && add_link(t, p->serial)) {
        pl_trace_emit(e, PL_EV_LINK, p->serial, target, PL_NONE);
    }
    return true;
}

void pl_signal_unlink(pl_engine *e, pl_proc *p, pl_term target)
{
    if (!pl_is_pid(target)) {
        return;
    }
    drop_link(p, pl_pid_serial(target));
    pl_proc *t = pl_sched_find(e, target);
    if (t) {
        drop_link(t, p->serial);
    }
    pl_trace_emit(e, PL_EV_UNLINK, p->serial, target, PL_NONE);
}

/* ---- Monitors ---- */

/* Monitor lists are appended in ref order, so a ref is found by binary search;
 * removal marks the entry dead and the list is compacted when half is dead:
 * 100 000 monitors come and go in linear time. */
static bool add_monitor(pl_monitors *l, pl_monitor m)
{
    if (l->n == l->cap) {
        uint32_t c = l->cap ? l->cap * 2 : 4;
        pl_monitor *a = realloc(l->items, c * sizeof *a);
        if (!a) {
            return false;
        }
        l->items = a;
        l->cap = c;
    }
    m.dead = false;
    l->items[l->n++] = m;
    l->live++;
    return true;
}

static void compact(pl_monitors *l)
{
    uint32_t k = 0;
    for (uint32_t i = 0; i < l->n; i++) {
        if (!l->items[i].dead) {
            l->items[k++] = l->items[i];
        }
    }
    l->n = k;
}

static bool drop_monitor(pl_monitors *l, pl_term ref, pl_monitor *out)
{
    uint64_t key = pl_ref_serial(ref);
    uint32_t lo = 0, hi = l->n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (pl_ref_serial(l->items[mid].ref) < key) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == l->n || l->items[lo].ref != ref || l->items[lo].dead) {
        return false;
    }
    if (out) {
        *out = l->items[lo];
    }
    l->items[lo].dead = true;
    l->live--;
    if (l->live < l->n / 2) {
        compact(l);
    }
    return true;
}

static pl_term down_message(pl_engine *e, pl_term ref, pl_term who, pl_term reason)
{
    pl_term t = pl_tuple_new(e, 5);
    if (t != PL_NONE) {
        pl_tuple *tp = pl_tuple_of(t);
        tp->el[0] = PL_A(DOWN);
        tp->el[1] = ref;
        tp->el[2] = PL_A(process);
        tp->el[3] = pl_retain(who);
        tp->el[4] = pl_retain(reason);
    }
    return t;
}

/* How a monitored process is named in :DOWN: its pid, or {name, node}. */
static pl_term down_who(pl_engine *e, pl_term name, uint64_t serial)
{
    if (name == PL_NONE) {
        return pl_pid(serial);
    }
    return pl_tuple2(e, name, pl_atom_intern(&e->atoms, "nonode@nohost", 13));
}

pl_term pl_signal_monitor(pl_engine *e, pl_proc *p, pl_term target)
{
    pl_term ref = pl_ref(e->next_ref++);
    pl_term name = pl_is_atom(target) ? target : PL_NONE;
    bool unknown;
    pl_proc *t = resolve(e, target, &unknown);
    pl_mailbox_mark(&p->mailbox, ref);
    pl_trace_emit(e, PL_EV_MONITOR, p->serial, target, ref);
    if (!t) {
        pl_term who = down_who(e, name, pl_is_pid(target) ? pl_pid_serial(target) : 0);
        pl_term msg = down_message(e, ref, who, PL_A(noproc));
        pl_release(e, who);
        if (msg != PL_NONE) {
            deliver(e, p, msg);
        }
        return ref;
    }
    add_monitor(&p->monitors, (pl_monitor){ ref, t->serial, name, false });
    add_monitor(&t->monitored_by, (pl_monitor){ ref, p->serial, name, false });
    return ref;
}

static bool is_down_for(pl_term msg, void *ud)
{
    pl_term ref = *(pl_term *)ud;
    return pl_is_tuple(msg) && pl_tuple_arity(msg) == 5 && pl_tuple_get(msg, 0) == PL_A(DOWN) &&
           pl_tuple_get(msg, 1) == ref;
}

bool pl_signal_demonitor(pl_engine *e, pl_proc *p, pl_term ref, bool flush)
{
    pl_monitor m;
    bool found = drop_monitor(&p->monitors, ref, &m);
    if (found) {
        pl_proc *t = pl_sched_find_serial(e, m.other);
        if (t) {
            drop_monitor(&t->monitored_by, ref, NULL);
        }
        pl_trace_emit(e, PL_EV_DEMONITOR, p->serial, pl_pid(m.other), ref);
    }
    if (flush) {
        pl_mailbox_remove_first(e, &p->mailbox, is_down_for, &ref);
    }
    int mode = alias_mode(e, ref);
    if (mode >= 0 && mode != PL_ALIAS_EXPLICIT) {
        pl_signal_unalias(e, p, ref); /* a monitor alias ends with its monitor */
    }
    return found;
}

/* ---- Exit signals ---- */

/* Kills [t] with [reason] (taken). The running process cannot be torn down
 * under the VM: it is marked and dies when its BIF returns. */
static void kill(pl_engine *e, pl_proc *t, pl_term reason, uint64_t from)
{
    t->killed_by = from;
    if (t == e->current) {
        if (t->pending_exit == PL_NONE) {
            t->pending_exit = reason;
        } else {
            pl_release(e, reason);
        }
        return;
    }
    pl_sched_exit(e, t, reason);
}

/* An exit signal [reason] from [from] reaching [t]; [untrappable] for
 * Process.exit(t, :kill). */
static void exit_signal(pl_engine *e, uint64_t from, pl_proc *t, pl_term reason, bool untrappable,
                        bool from_link)
{
    pl_trace_emit(e, PL_EV_EXIT_SIGNAL, from, pl_pid(t->serial), reason);
    if (untrappable) {
        kill(e, t, PL_A(killed), from);
    } else if (t->trap_exit) {
        exit_message(e, t, from, reason);
    } else if (reason != PL_A(normal)) {
        kill(e, t, pl_retain(reason), from);
    } else if (!from_link && from == t->serial) {
        kill(e, t, PL_A(normal), from); /* Process.exit(self(), :normal) */
    }
}

bool pl_signal_exit(pl_engine *e, pl_proc *from, pl_term target, pl_term reason)
{
    pl_proc *t = pl_sched_find(e, target);
    if (t) {
        exit_signal(e, from->serial, t, reason, reason == PL_A(kill), false);
    }
    pl_release(e, reason);
    return from->pending_exit != PL_NONE;
}

void pl_signal_exit_host(pl_engine *e, uint64_t target, pl_term reason)
{
    pl_proc *t = pl_sched_find_serial(e, target);
    if (t && t->status != PL_PROC_EXITED) {
        exit_signal(e, 0, t, reason, reason == PL_A(kill), false);
    }
    pl_release(e, reason);
}

void pl_signal_died(pl_engine *e, pl_proc *p, pl_term reason)
{
    struct pl_names *n = names(e);
    if (p->name != PL_NONE && n) {
        pl_names_unregister(e, p->name);
    }
    pl_ets_owner_died(e, p->serial); /* before links and monitors hear of it, as on the BEAM */
    for (uint32_t i = 0; i < p->naliases && n; i++) {
        alias_entry *a = alias_find(n, pl_ref(p->aliases[i]));
        if (a) {
            alias_delete(n, a);
        }
    }
    for (uint32_t i = 0; i < p->monitors.n; i++) {
        pl_proc *t = p->monitors.items[i].dead ? NULL
                                               : pl_sched_find_serial(e, p->monitors.items[i].other);
        if (t) {
            drop_monitor(&t->monitored_by, p->monitors.items[i].ref, NULL);
        }
    }
    p->monitors.n = p->monitors.live = 0;
    for (uint32_t i = 0; i < p->monitored_by.n; i++) {
        pl_monitor m = p->monitored_by.items[i];
        pl_proc *w = m.dead ? NULL : pl_sched_find_serial(e, m.other);
        if (!w) {
            continue;
        }
        drop_monitor(&w->monitors, m.ref, NULL);
        pl_term who = down_who(e, m.name, p->serial);
        pl_term msg = down_message(e, m.ref, who, reason);
        pl_release(e, who);
        pl_trace_emit(e, PL_EV_DOWN, p->serial, pl_pid(w->serial), reason);
        if (msg != PL_NONE) {
            deliver(e, w, msg);
        }
        int mode = alias_mode(e, m.ref);
        if (mode >= 0 && mode != PL_ALIAS_EXPLICIT) {
            pl_signal_unalias(e, w, m.ref); /* a monitor alias ends with its monitor */
        }
    }
    p->monitored_by.n = p->monitored_by.live = 0;
    /* Links last, in link order; each partner may die in turn (pl_sched_exit
     * queues that, so a long chain never recurses in C). */
    uint32_t nlinks = p->nlinks;
    p->nlinks = 0;
    for (uint32_t i = 0; i < nlinks; i++) {
        pl_proc *l = pl_sched_find_serial(e, p->links[i]);
        if (l) {
            drop_link(l, p->serial);
            exit_signal(e, p->serial, l, reason, false, true);
        }
    }
}

/* ---- Names ---- */

pl_reg_result pl_names_register(pl_engine *e, pl_term name, pl_proc *p)
{
    struct pl_names *n = names(e);
    if (!n) {
        return PL_REG_DEAD;
    }
    if (p->status == PL_PROC_EXITED) {
        return PL_REG_DEAD;
    }
    if (pl_map_get(e, n->by_name, name) != PL_NONE) {
        return PL_REG_TAKEN;
    }
    if (p->name != PL_NONE) {
        return PL_REG_HAS_NAME;
    }
    pl_term next = pl_map_put(e, n->by_name, name, pl_pid(p->serial));
    if (next == PL_NONE) {
        return PL_REG_DEAD;
    }
    pl_release(e, n->by_name);
    n->by_name = next;
    p->name = name;
    pl_trace_emit(e, PL_EV_REGISTER, p->serial, name, PL_NONE);
    return PL_REG_OK;
}

bool pl_names_unregister(pl_engine *e, pl_term name)
{
    struct pl_names *n = names(e);
    pl_term pid = n ? pl_map_get(e, n->by_name, name) : PL_NONE;
    if (pid == PL_NONE) {
        return false;
    }
    pl_proc *p = pl_sched_find_serial(e, pl_pid_serial(pid));
    uint64_t serial = pl_pid_serial(pid);
    pl_term next = pl_map_remove(e, n->by_name, name);
    pl_release(e, n->by_name);
    n->by_name = next;
    if (p) {
        p->name = PL_NONE;
    } else {
        /* exiting: pl_sched_find no longer sees it, but its name goes too */
    }
    pl_trace_emit(e, PL_EV_UNREGISTER, serial, name, PL_NONE);
    return true;
}

uint64_t pl_names_whereis(const pl_engine *e, pl_term name)
{
    if (!e->names) {
        return 0;
    }
    pl_term pid = pl_map_get(e, e->names->by_name, name);
    return pid == PL_NONE ? 0 : pl_pid_serial(pid);
}

pl_term pl_names_list(pl_engine *e)
{
    struct pl_names *n = names(e);
    pl_term out = PL_NIL;
    for (uint64_t i = n ? pl_map_size(n->by_name) : 0; i > 0 && out != PL_NONE; i--) {
        out = pl_cons_new(e, pl_map_key(n->by_name, i - 1), out);
    }
    return out;
}

/* ---- Aliases ---- */

pl_term pl_signal_alias(pl_engine *e, pl_proc *p, int mode)
{
    pl_term ref = pl_ref(e->next_ref++);
    pl_mailbox_mark(&p->mailbox, ref);
    pl_signal_alias_ref(e, p, ref, mode);
    return ref;
}

void pl_signal_alias_ref(pl_engine *e, pl_proc *p, pl_term ref, int mode)
{
    struct pl_names *n = names(e);
    if (!n) {
        return;
    }
    if (p->naliases == p->aliases_cap) {
        uint32_t cap = p->aliases_cap ? p->aliases_cap * 2 : 4;
        uint64_t *a = realloc(p->aliases, cap * sizeof *a);
        if (!a) {
            return;
        }
        p->aliases = a;
        p->aliases_cap = cap;
    }
    if (alias_put(n, ref, p->serial, mode)) {
        p->aliases[p->naliases++] = pl_ref_serial(ref);
    }
}

bool pl_signal_unalias(pl_engine *e, pl_proc *p, pl_term ref)
{
    struct pl_names *n = names(e);
    for (uint32_t i = 0; n && i < p->naliases; i++) {
        if (p->aliases[i] == pl_ref_serial(ref)) {
            memmove(p->aliases + i, p->aliases + i + 1, (p->naliases - i - 1) * sizeof *p->aliases);
            p->naliases--;
            alias_entry *a = alias_find(n, ref);
            if (a) {
                alias_delete(n, a);
            }
            return true;
        }
    }
    return false;
}

/* ---- Crash reports ---- */

void pl_signal_report_crash(pl_engine *e, pl_proc *p, pl_term how)
{
    pl_module *k = pl_code_module(e, PL_A(E_Kernel));
    pl_func *fn = k ? pl_code_find(k, pl_atom_intern(&e->atoms, "__report_crash__", 16), 4) : NULL;
    bool limit;
    pl_proc *r = fn ? pl_sched_new_proc(e, p->serial, &limit) : NULL;
    if (!r) {
        return;
    }
    pl_term args[4] = { pl_pid(p->serial), pl_tuple_get(how, 0), pl_tuple_get(how, 1),
                        pl_tuple_get(how, 2) };
    if (pl_vm_start(r, fn, args, 4) == PL_OK) {
        pl_sched_wake(e, r);
    } else {
        pl_sched_exit(e, r, PL_A(normal));
    }
}
