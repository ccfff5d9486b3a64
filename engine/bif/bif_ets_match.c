/* :ets patterns and match specifications: match_object, match, match_delete,
 * select, select_count, select_delete. Patterns are matched with an explicit
 * stack (objects are user-sized); match-spec guards and bodies are evaluated by
 * a recursion bounded at MS_DEPTH (they are code, written by hand). */
#include "bif_ets.h"
#include "../map.h"
#include "../term_order.h"

#define MS_DEPTH 64

typedef struct matcher {
    pl_engine *e;
    pl_term *binds;              // binds[i]: what '$i' is bound to, or PL_NONE (borrowed)
    uint32_t nbinds;
    pl_term *stack;              // pairs (pattern, object) still to match
    size_t sp, cap;
    bool failed;                 // out of memory, or a spec we do not understand
} matcher;

/* '$N' gives N, '_' gives -2, anything else -1. */
static int64_t var_of(pl_engine *e, pl_term a)
{
    if (!pl_is_atom(a)) {
        return -1;
    }
    const char *s = pl_atom_name(&e->atoms, a);
    if (s[0] == '_' && s[1] == 0) {
        return -2;
    }
    if (s[0] != '$' || s[1] < '0' || s[1] > '9') {
        return -1;
    }
    int64_t n = 0;
    for (const char *c = s + 1; *c; c++) {
        if (*c < '0' || *c > '9' || n > 100000000) {
            return -1;
        }
        n = n * 10 + (*c - '0');
    }
    return n;
}

static bool push(matcher *m, pl_term pat, pl_term obj)
{
    if (m->sp + 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 32;
        pl_term *ns = realloc(m->stack, cap * sizeof *ns);
        if (!ns) {
            m->failed = true;
            return false;
        }
        m->stack = ns;
        m->cap = cap;
    }
    m->stack[m->sp++] = pat;
    m->stack[m->sp++] = obj;
    return true;
}

static bool bind(matcher *m, int64_t v, pl_term obj)
{
    if ((uint64_t)v >= m->nbinds) {
        uint32_t n = (uint32_t)v + 8;
        pl_term *nb = realloc(m->binds, n * sizeof *nb);
        if (!nb) {
            m->failed = true;
            return false;
        }
        for (uint32_t i = m->nbinds; i < n; i++) {
            nb[i] = PL_NONE;
        }
        m->binds = nb;
        m->nbinds = n;
    }
    if (m->binds[v] != PL_NONE) {
        return pl_exact_eq(m->binds[v], obj);
    }
    m->binds[v] = obj;
    return true;
}

/* Matches [obj] against [pat]; bindings stay in m->binds (cleared first). */
static bool match(matcher *m, pl_term pat, pl_term obj)
{
    for (uint32_t i = 0; i < m->nbinds; i++) {
        m->binds[i] = PL_NONE;
    }
    m->sp = 0;
    if (!push(m, pat, obj)) {
        return false;
    }
    while (m->sp > 0) {
        obj = m->stack[--m->sp];
        pat = m->stack[--m->sp];
        int64_t v = var_of(m->e, pat);
        if (v == -2) {
            continue;
        }
        if (v >= 0) {
            if (!bind(m, v, obj)) {
                return false;
            }
        } else if (pl_is_tuple(pat)) {
            if (!pl_is_tuple(obj) || pl_tuple_arity(obj) != pl_tuple_arity(pat)) {
                return false;
            }
            for (uint64_t i = pl_tuple_arity(pat); i > 0; i--) {
                if (!push(m, pl_tuple_get(pat, i - 1), pl_tuple_get(obj, i - 1))) {
                    return false;
                }
            }
        } else if (pl_is_cons(pat)) {
            if (!pl_is_cons(obj) || !push(m, pl_tail(pat), pl_tail(obj)) ||
                !push(m, pl_head(pat), pl_head(obj))) {
                return false;
            }
        } else if (pl_is_map(pat)) {
            if (!pl_is_map(obj)) {
                return false;
            }
            for (uint64_t i = 0; i < pl_map_size(pat); i++) {
                pl_term ov = pl_map_get(m->e, obj, pl_map_key(pat, i));
                if (ov == PL_NONE || !push(m, pl_map_val(pat, i), ov)) {
                    return false;
                }
            }
        } else if (!pl_exact_eq(pat, obj)) {
            return false;
        }
    }
    return true;
}

/* True when [pat] holds no variable and no '_' (iterative walk). */
static bool ground(matcher *m, pl_term pat)
{
    m->sp = 0;
    if (!push(m, pat, PL_NIL)) {
        return false;
    }
    while (m->sp > 0) {
        m->sp--;
        pl_term t = m->stack[--m->sp];
        if (var_of(m->e, t) != -1) {
            return false;
        }
        if (pl_is_tuple(t)) {
            for (uint64_t i = 0; i < pl_tuple_arity(t); i++) {
                if (!push(m, pl_tuple_get(t, i), PL_NIL)) {
                    return false;
                }
            }
        } else if (pl_is_cons(t)) {
            if (!push(m, pl_head(t), PL_NIL) || !push(m, pl_tail(t), PL_NIL)) {
                return false;
            }
        } else if (pl_is_map(t)) {
            for (uint64_t i = 0; i < pl_map_size(t); i++) {
                if (!push(m, pl_map_val(t, i), PL_NIL)) {
                    return false;
                }
            }
        }
    }
    return true;
}

/* ---- Match-spec expressions ---- */

static pl_term eval(matcher *m, pl_term x, pl_term obj, int depth);

/* '$$': the bound variables in number order, as a new list. */
static pl_term all_binds(matcher *m)
{
    pl_term out = PL_NIL;
    for (uint32_t i = m->nbinds; i > 0 && out != PL_NONE; i--) {
        if (m->binds[i - 1] != PL_NONE) {
            out = pl_cons_new(m->e, pl_retain(m->binds[i - 1]), out);
        }
    }
    return out;
}

static pl_term eval_list(matcher *m, pl_term l, pl_term obj, int depth)
{
    if (pl_is_cons(l)) {
        pl_term h = eval(m, pl_head(l), obj, depth + 1);
        pl_term t = h == PL_NONE ? PL_NONE : eval_list(m, pl_tail(l), obj, depth + 1);
        if (t == PL_NONE) {
            pl_release(m->e, h);
            return PL_NONE;
        }
        return pl_cons_new(m->e, h, t);
    }
    return eval(m, l, obj, depth + 1);
}

static pl_term eval_tuple(matcher *m, pl_term tup, uint64_t from, pl_term obj, int depth)
{
    uint64_t n = pl_tuple_arity(tup) - from;
    pl_term out = pl_tuple_new(m->e, n);
    for (uint64_t i = 0; out != PL_NONE && i < n; i++) {
        pl_term v = eval(m, pl_tuple_get(tup, from + i), obj, depth + 1);
        if (v == PL_NONE) {
            pl_release(m->e, out);
            return PL_NONE;
        }
        pl_tuple_of(out)->el[i] = v;
    }
    return out;
}

static bool is_op(pl_engine *e, pl_term op, const char *name)
{
    return !strcmp(pl_atom_name(&e->atoms, op), name);
}

/* A guard function {op, args...}: comparisons, boolean operators, type tests,
 * a little arithmetic. PL_NONE (and m->failed) for anything else. */
static pl_term eval_call(matcher *m, pl_term call, pl_term obj, int depth)
{
    pl_engine *e = m->e;
    pl_term op = pl_tuple_get(call, 0);
    uint64_t argc = pl_tuple_arity(call) - 1;
    pl_term a = argc >= 1 ? eval(m, pl_tuple_get(call, 1), obj, depth + 1) : PL_NONE;
    pl_term b = argc >= 2 && a != PL_NONE ? eval(m, pl_tuple_get(call, 2), obj, depth + 1) : PL_NONE;
    pl_term r = PL_NONE;
    if ((argc >= 1 && a == PL_NONE) || (argc >= 2 && b == PL_NONE) || argc > 2) {
        goto out;
    }
    if (argc == 2) {
        static const char *const cmp[] = { ">", ">=", "<", "=<", "==", "/=", "=:=", "=/=" };
        for (int i = 0; i < 8; i++) {
            if (is_op(e, op, cmp[i])) {
                int c = pl_compare(e, a, b);
                bool ex = pl_exact_eq(a, b);
                bool res[] = { c > 0, c >= 0, c < 0, c <= 0, c == 0, c != 0, ex, !ex };
                r = pl_bool(res[i]);
                goto out;
            }
        }
        if (is_op(e, op, "andalso") || is_op(e, op, "and")) {
            r = pl_bool(a == PL_TRUE && b == PL_TRUE);
        } else if (is_op(e, op, "orelse") || is_op(e, op, "or")) {
            r = pl_bool(a == PL_TRUE || b == PL_TRUE);
        } else if (is_op(e, op, "xor")) {
            r = pl_bool((a == PL_TRUE) != (b == PL_TRUE));
        } else if ((is_op(e, op, "+") || is_op(e, op, "-")) && pl_is_small(a) && pl_is_small(b)) {
            r = pl_int64(e, pl_small_value(a) + (is_op(e, op, "+") ? 1 : -1) * pl_small_value(b));
        } else if (is_op(e, op, "element") && pl_is_small(a) && pl_is_tuple(b) &&
                   pl_small_value(a) >= 1 && (uint64_t)pl_small_value(a) <= pl_tuple_arity(b)) {
            r = pl_retain(pl_tuple_get(b, (uint64_t)pl_small_value(a) - 1));
        }
    } else if (argc == 1) {
        if (is_op(e, op, "not")) {
            r = a == PL_TRUE ? PL_FALSE : a == PL_FALSE ? PL_TRUE : PL_NONE;
        } else if (is_op(e, op, "is_integer")) r = pl_bool(pl_is_integer(a));
        else if (is_op(e, op, "is_atom")) r = pl_bool(pl_is_atom(a));
        else if (is_op(e, op, "is_tuple")) r = pl_bool(pl_is_tuple(a));
        else if (is_op(e, op, "is_list")) r = pl_bool(pl_is_list(a));
        else if (is_op(e, op, "is_binary")) r = pl_bool(pl_is_bin(a));
        else if (is_op(e, op, "is_number")) r = pl_bool(pl_is_number(a));
        else if (is_op(e, op, "is_float")) r = pl_bool(pl_is_float(a));
        else if (is_op(e, op, "is_pid")) r = pl_bool(pl_is_pid(a));
        else if (is_op(e, op, "is_map")) r = pl_bool(pl_is_map(a));
        else if (is_op(e, op, "tuple_size") && pl_is_tuple(a)) r = pl_small((int64_t)pl_tuple_arity(a));
        else if (is_op(e, op, "hd") && pl_is_cons(a)) r = pl_retain(pl_head(a));
        else if (is_op(e, op, "tl") && pl_is_cons(a)) r = pl_retain(pl_tail(a));
        else if (is_op(e, op, "length") && pl_list_length(a) >= 0) r = pl_small(pl_list_length(a));
    }
out:
    pl_release(e, a);
    pl_release(e, b);
    return r;
}

/* Evaluates a match-spec expression to a new reference; PL_NONE when it fails
 * (a guard that fails is false; the caller decides). */
static pl_term eval(matcher *m, pl_term x, pl_term obj, int depth)
{
    if (depth > MS_DEPTH) {
        return PL_NONE;
    }
    if (pl_is_atom(x)) {
        const char *s = pl_atom_name(&m->e->atoms, x);
        if (!strcmp(s, "$_")) {
            return pl_retain(obj);
        }
        if (!strcmp(s, "$$")) {
            return all_binds(m);
        }
        int64_t v = var_of(m->e, x);
        if (v >= 0) {
            if ((uint64_t)v >= m->nbinds || m->binds[v] == PL_NONE) {
                m->failed = true;
                return PL_NONE;
            }
            return pl_retain(m->binds[v]);
        }
        return x;
    }
    if (pl_is_cons(x)) {
        return eval_list(m, x, obj, depth);
    }
    if (pl_is_tuple(x) && pl_tuple_arity(x) >= 1) {
        pl_term f = pl_tuple_get(x, 0);
        if (pl_tuple_arity(x) == 1 && pl_is_tuple(f)) {
            return eval_tuple(m, f, 0, obj, depth);
        }
        if (pl_tuple_arity(x) == 2 && f == pl_bif_atom(m->e, "const")) {
            return pl_retain(pl_tuple_get(x, 1));
        }
        if (pl_is_atom(f)) {
            return eval_call(m, x, obj, depth);
        }
        m->failed = true;
        return PL_NONE;
    }
    return pl_retain(x);
}

/* ---- Walking a table with a pattern ---- */

typedef enum walk_kind { W_OBJECT, W_BINDS, W_SELECT, W_COUNT, W_DELETE } walk_kind;

/* Whether one match-spec clause {head, guards, body} accepts [obj]; its
 * result (new reference) in [*out]. */
static bool run_clause(matcher *m, pl_term clause, pl_term obj, pl_term *out)
{
    if (!match(m, pl_tuple_get(clause, 0), obj)) {
        return false;
    }
    for (pl_term g = pl_tuple_get(clause, 1); pl_is_cons(g); g = pl_tail(g)) {
        pl_term v = eval(m, pl_head(g), obj, 0);
        pl_release(m->e, v);
        if (v != PL_TRUE) {
            return false;
        }
    }
    pl_term r = PL_NONE;
    for (pl_term b = pl_tuple_get(clause, 2); pl_is_cons(b); b = pl_tail(b)) {
        pl_release(m->e, r);
        r = eval(m, pl_head(b), obj, 0);
        if (r == PL_NONE) {
            m->failed = true;
            return false;
        }
    }
    *out = r;
    return r != PL_NONE;
}

static bool valid_spec(pl_term spec)
{
    if (pl_list_length(spec) < 0) {
        return false;
    }
    for (pl_term l = spec; pl_is_cons(l); l = pl_tail(l)) {
        pl_term c = pl_head(l);
        if (!pl_is_tuple(c) || pl_tuple_arity(c) != 3 || pl_list_length(pl_tuple_get(c, 1)) < 0 ||
            pl_list_length(pl_tuple_get(c, 2)) <= 0) {
            return false;
        }
    }
    return true;
}

typedef struct results {
    pl_term *items;              // owned
    size_t n, cap;
} results;

static bool add(results *r, pl_term t)
{
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 16;
        pl_term *ni = realloc(r->items, cap * sizeof *ni);
        if (!ni) {
            return false;
        }
        r->items = ni;
        r->cap = cap;
    }
    r->items[r->n++] = t;
    return true;
}

/* One object through the pattern (W_OBJECT, W_BINDS) or the spec. */
static bool visit(matcher *m, walk_kind k, pl_term pat, pl_term obj, results *r, uint64_t *count)
{
    pl_term out = PL_NONE;
    if (k == W_OBJECT || k == W_BINDS) {
        if (!match(m, pat, obj)) {
            return !m->failed;
        }
        out = k == W_OBJECT ? pl_retain(obj) : all_binds(m);
    } else {
        for (pl_term l = pat; pl_is_cons(l) && out == PL_NONE && !m->failed; l = pl_tail(l)) {
            run_clause(m, pl_head(l), obj, &out);
        }
        if (out == PL_NONE) {
            return !m->failed;
        }
        if (k != W_SELECT) {
            bool yes = out == PL_TRUE;
            pl_release(m->e, out);
            *count += yes;
            if (!yes || k == W_COUNT || add(r, pl_retain(obj))) {
                return true;
            }
            pl_release(m->e, obj);
            m->failed = true;
            return false;
        }
    }
    if (out == PL_NONE || !add(r, out)) {
        pl_release(m->e, out);
        m->failed = true;
        return false;
    }
    return true;
}

/* The key a pattern (or every clause head of a spec) pins down, or PL_NONE. */
static pl_term bound_key(matcher *m, const pl_ets_table *t, pl_term head)
{
    if (!pl_bif_ets_fits(t, head)) {
        return PL_NONE;
    }
    pl_term key = pl_ets_key(t, head);
    return ground(m, key) ? key : PL_NONE;
}

static pl_term walk(pl_proc *p, const pl_term *args, walk_kind k, pl_bif_ets_need need)
{
    pl_engine *e = p->e;
    pl_ets_table *t = pl_bif_ets_table(p, args[0], need);
    if (!t) {
        return PL_NONE;
    }
    bool spec = k == W_SELECT || k == W_COUNT || k == W_DELETE;
    if (spec && !valid_spec(args[1])) {
        return pl_bif_badarg_at(p, 2, "not a valid match specification");
    }
    matcher m = { e, NULL, 0, NULL, 0, 0, false };
    results r = { NULL, 0, 0 };
    uint64_t count = 0;
    pl_term key = PL_NONE;
    if (!spec) {
        key = bound_key(&m, t, args[1]);
    } else if (pl_is_cons(args[1]) && pl_tail(args[1]) == PL_NIL) {
        key = bound_key(&m, t, pl_tuple_get(pl_head(args[1]), 0));
    }
    if (key != PL_NONE) {
        pl_term objs = pl_ets_lookup(e, t, key);
        for (pl_term l = objs; pl_is_cons(l) && visit(&m, k, args[1], pl_head(l), &r, &count);) {
            l = pl_tail(l);
        }
        pl_release(e, objs);
    } else {
        pl_ets_iter it;
        m.failed = !pl_ets_iter_init(&it, t);
        for (pl_term obj; !m.failed && (obj = pl_ets_iter_next(&it)) != PL_NONE;) {
            if (!visit(&m, k, args[1], obj, &r, &count)) {
                break;
            }
        }
        pl_ets_iter_done(&it);
    }
    pl_term out = PL_NONE;
    if (!m.failed) {
        if (k == W_DELETE || (k == W_OBJECT && need == PL_ETS_NEED_WRITE)) {
            for (size_t i = 0; i < r.n; i++) {
                pl_ets_delete_object(e, t, r.items[i]);
            }
            out = k == W_DELETE ? pl_int64(e, (int64_t)count) : PL_TRUE;
        } else {
            out = k == W_COUNT ? pl_int64(e, (int64_t)count) : pl_list_from_array(e, r.items, r.n);
        }
    }
    for (size_t i = 0; i < r.n; i++) {
        pl_release(e, r.items[i]);
    }
    free(r.items);
    free(m.binds);
    free(m.stack);
    if (m.failed && spec) {
        return pl_bif_badarg_at(p, 2, "not a valid match specification");
    }
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

PL_BIF(ets_match_object_2) { return walk(p, args, W_OBJECT, PL_ETS_NEED_READ); }
PL_BIF(ets_match_2) { return walk(p, args, W_BINDS, PL_ETS_NEED_READ); }
PL_BIF(ets_match_delete_2) { return walk(p, args, W_OBJECT, PL_ETS_NEED_WRITE); }
PL_BIF(ets_select_2) { return walk(p, args, W_SELECT, PL_ETS_NEED_READ); }
PL_BIF(ets_select_count_2) { return walk(p, args, W_COUNT, PL_ETS_NEED_READ); }
PL_BIF(ets_select_delete_2) { return walk(p, args, W_DELETE, PL_ETS_NEED_WRITE); }
