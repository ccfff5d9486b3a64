/* Source text back from the AST, for what the UI shows of a waiting receive:
 * its clauses' patterns and guards ("{:ping, from} when is_pid(from)"). A
 * small Macro.to_string for the forms patterns and guards use; anything else
 * reads "...". Iterative enough: nesting past a depth limit also reads "...". */
#include <stdio.h>
#include <string.h>
#include "compile_int.h"
#include "../inspect.h"

enum { MAX_DEPTH = 24 };

typedef struct out {
    char *buf;
    size_t cap, len;
} out;

static void put(out *o, const char *s, size_t n)
{
    if (o->len + n >= o->cap) {
        n = o->cap - 1 - o->len;
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = 0;
}

static void puts_(out *o, const char *s) { put(o, s, strlen(s)); }

static void literal(cunit *u, out *o, pl_term t)
{
    pl_inspect_opts opts;
    pl_inspect_opts_default(&opts);
    opts.limit = 8;
    opts.printable_limit = 40;
    pl_term s = pl_inspect(u->e, t, &opts);
    if (s == PL_NONE) {
        puts_(o, "...");
        return;
    }
    put(o, (const char *)pl_bin_of(s)->data, pl_bin_of(s)->len);
    pl_release(u->e, s);
}

static void ast(cunit *u, out *o, pl_term t, int depth);

static void list_items(cunit *u, out *o, pl_term items, int depth)
{
    for (pl_term l = items; pl_is_cons(l); l = pl_tail(l)) {
        ast(u, o, pl_head(l), depth);
        if (pl_is_cons(pl_tail(l))) {
            puts_(o, ", ");
        }
    }
}

static const char *const BINOPS[] = {
    "=", "<>", "when", "and", "or", "&&", "||", "==", "!=", "===", "!==", "<", ">", "<=", ">=",
    "+", "-", "*", "/", "++", "--", "|", "in", "..", NULL,
};

static bool binop(const char *name)
{
    for (int i = 0; BINOPS[i]; i++) {
        if (strcmp(BINOPS[i], name) == 0) {
            return true;
        }
    }
    return false;
}

/* %{a: 1, "b" => 2}: the pairs of a map or struct pattern. */
static void map_pairs(cunit *u, out *o, pl_term pairs, int depth)
{
    for (pl_term l = pairs; pl_is_cons(l); l = pl_tail(l)) {
        pl_term kv = pl_head(l);
        if (pl_is_tuple(kv) && pl_tuple_arity(kv) == 2 && pl_is_atom(pl_tuple_get(kv, 0))) {
            puts_(o, pl_atom_name(&u->e->atoms, pl_tuple_get(kv, 0)));
            puts_(o, ": ");
            ast(u, o, pl_tuple_get(kv, 1), depth);
        } else if (pl_is_tuple(kv) && pl_tuple_arity(kv) == 2) {
            ast(u, o, pl_tuple_get(kv, 0), depth);
            puts_(o, " => ");
            ast(u, o, pl_tuple_get(kv, 1), depth);
        } else {
            puts_(o, "...");
        }
        if (pl_is_cons(pl_tail(l))) {
            puts_(o, ", ");
        }
    }
}

/* {name, meta, args} forms. */
static void call(cunit *u, out *o, pl_term t, int depth)
{
    pl_term head = pl_tuple_get(t, 0), args = pl_tuple_get(t, 2);
    const pl_atom_table *at = &u->e->atoms;
    if (pl_is_atom(head) && pl_is_atom(args)) { /* a variable */
        puts_(o, pl_atom_name(at, head));
        return;
    }
    if (!pl_is_atom(head)) { /* Mod.fun(args) */
        pl_term dargs;
        if (c_is_call(u, head, u->a.a_dot, NULL, &dargs) && c_list_len(dargs) == 2) {
            ast(u, o, c_nth(dargs, 0), depth);
            puts_(o, ".");
            ast(u, o, c_nth(dargs, 1), depth);
            puts_(o, "(");
            list_items(u, o, args, depth);
            puts_(o, ")");
        } else {
            puts_(o, "...");
        }
        return;
    }
    const char *name = pl_atom_name(at, head);
    uint32_t n = c_list_len(args);
    if (strcmp(name, "__aliases__") == 0) {
        for (pl_term l = args; pl_is_cons(l); l = pl_tail(l)) {
            puts_(o, pl_is_atom(pl_head(l)) ? pl_atom_name(at, pl_head(l)) : "?");
            if (pl_is_cons(pl_tail(l))) {
                puts_(o, ".");
            }
        }
    } else if (strcmp(name, "{}") == 0) {
        puts_(o, "{");
        list_items(u, o, args, depth);
        puts_(o, "}");
    } else if (strcmp(name, "%{}") == 0) {
        puts_(o, "%{");
        map_pairs(u, o, args, depth);
        puts_(o, "}");
    } else if (strcmp(name, "%") == 0 && n == 2) {
        puts_(o, "%");
        ast(u, o, c_nth(args, 0), depth);
        pl_term inner = c_nth(args, 1);
        puts_(o, "{");
        if (pl_is_tuple(inner) && pl_tuple_arity(inner) == 3) {
            map_pairs(u, o, pl_tuple_get(inner, 2), depth);
        }
        puts_(o, "}");
    } else if (strcmp(name, "<<>>") == 0) {
        puts_(o, "<<...>>");
    } else if ((strcmp(name, "^") == 0 || strcmp(name, "not") == 0 || strcmp(name, "-") == 0) &&
               n == 1) {
        puts_(o, name);
        puts_(o, name[0] == 'n' ? " " : "");
        ast(u, o, c_nth(args, 0), depth);
    } else if (n == 2 && binop(name)) {
        ast(u, o, c_nth(args, 0), depth);
        puts_(o, " ");
        puts_(o, name);
        puts_(o, " ");
        ast(u, o, c_nth(args, 1), depth);
    } else {
        puts_(o, name);
        puts_(o, "(");
        list_items(u, o, args, depth);
        puts_(o, ")");
    }
}

static void ast(cunit *u, out *o, pl_term t, int depth)
{
    if (++depth > MAX_DEPTH || o->len + 1 >= o->cap) {
        puts_(o, "...");
        return;
    }
    if (pl_is_tuple(t) && pl_tuple_arity(t) == 3) {
        call(u, o, t, depth);
    } else if (pl_is_tuple(t) && pl_tuple_arity(t) == 2) {
        puts_(o, "{");
        ast(u, o, pl_tuple_get(t, 0), depth);
        puts_(o, ", ");
        ast(u, o, pl_tuple_get(t, 1), depth);
        puts_(o, "}");
    } else if (pl_is_list(t)) {
        puts_(o, "[");
        for (pl_term l = t; pl_is_cons(l); l = pl_tail(l)) {
            pl_term h = pl_head(l), bar;
            if (!pl_is_cons(pl_tail(l)) && c_is_call(u, h, u->a.a_pipe, NULL, &bar)) {
                ast(u, o, c_nth(bar, 0), depth);
                puts_(o, " | ");
                ast(u, o, c_nth(bar, 1), depth);
            } else {
                ast(u, o, h, depth);
            }
            if (pl_is_cons(pl_tail(l))) {
                puts_(o, ", ");
            }
        }
        puts_(o, "]");
    } else {
        literal(u, o, t);
    }
}

pl_term c_clause_text(cfn *f, pl_term clauses)
{
    cunit *u = f->u;
    pl_term texts = PL_NIL, *tail = &texts;
    char buf[160];
    for (pl_term l = clauses; pl_is_cons(l); l = pl_tail(l)) {
        pl_term cargs;
        if (!c_is_call(u, pl_head(l), u->a.a_arrow, NULL, &cargs)) {
            continue;
        }
        out o = { buf, sizeof buf, 0 };
        buf[0] = 0;
        ast(u, &o, c_nth(c_nth(cargs, 0), 0), 0);
        pl_term s = pl_bin_new(u->e, buf, o.len);
        pl_term cell = s == PL_NONE ? PL_NONE : pl_cons_new(u->e, s, PL_NIL);
        if (cell == PL_NONE) {
            break;
        }
        *tail = cell;
        tail = &pl_cons_of(cell)->tail;
    }
    return texts;
}
