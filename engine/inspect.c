/* inspect as Elixir 1.14: a port of Inspect.List / .Tuple / .Map / .Any (structs)
 * / .Range onto doc.h, and the entry points. Containers are frames on an explicit
 * stack, finished when their last child's document is done, so no term depth
 * recurses in C. Scalars are in inspect_scalar.c, atom quoting in inspect_atom.c,
 * escaping and UTF-8 in inspect_text.c. */
#include <string.h>
#include "inspect_int.h"
#include "float_fmt.h"
#include "map.h"
#include "term_order.h"
#include "lang/code.h"

void pl_inspect_opts_default(pl_inspect_opts *o)
{
    *o = (pl_inspect_opts){ .limit = 50, .printable_limit = 4096, .width = 80, .base = 10 };
}

/* ---- Frames and the value stack ---- */

typedef enum frame_kind {
    FR_LIST,     // Inspect.List, break: :maybe
    FR_KEYWORD,  // Inspect.List on a keyword list, break: :strict
    FR_TUPLE,    // Inspect.Tuple, break: :flex
    FR_MAP,      // Inspect.Map with "key => value" pairs, break: :strict
    FR_MAP_KW,   // Inspect.Map when every key is a plain atom
    FR_STRUCT,   // Inspect.Any: %Name{field: value}, fields in definition order
    FR_RANGE,    // Inspect.Range: first..last//step
} frame_kind;

/* A container whose children are being inspected; its docs sit on the value
 * stack from [base] up. A pair's second half (a map value, an improper tail) is
 * visited on the step after the first half's document is done. */
struct frame {
    uint8_t kind;
    bool pending;         // [second] is due next, with [second_limit]
    bool improper;        // the last two docs are [left | right]
    bool dots;            // the last doc is "..."
    bool done;
    int64_t limit;        // container_each's counter; -1 = :infinity
    int64_t second_limit;
    pl_term term;         // the container, borrowed
    pl_term cursor;       // list / struct field list: the next cons
    pl_term second;
    uint64_t index;       // tuple / map: the next position; range: the next part
    uint32_t base;
    pl_doc open;          // a struct's "%Name{"
    pl_term owned;        // a field list built here, released with the frame
};

static bool grow_array(ctx *c, void **items, uint32_t *cap, size_t elem)
{
    size_t ncap = *cap ? (size_t)*cap * 2 : 32;
    void *fresh = ncap <= UINT32_MAX ? pl_alloc_get(&c->e->alloc, ncap * elem) : NULL;
    if (!fresh) {
        c->oom = true;
        return false;
    }
    if (*items) {
        memcpy(fresh, *items, (size_t)*cap * elem);
        pl_alloc_put(&c->e->alloc, *items, (size_t)*cap * elem);
    }
    *items = fresh;
    *cap = (uint32_t)ncap;
    return true;
}

static bool push_doc(ctx *c, pl_doc d)
{
    if (c->nvals == c->vcap && !grow_array(c, (void **)&c->vals, &c->vcap, sizeof(pl_doc))) {
        return false;
    }
    c->vals[c->nvals++] = d;
    return true;
}

static bool push_frame(ctx *c, frame_kind kind, pl_term t, int64_t limit)
{
    if (c->nframes == c->fcap && !grow_array(c, (void **)&c->frames, &c->fcap, sizeof(frame))) {
        return false;
    }
    c->frames[c->nframes++] = (frame){
        .kind = (uint8_t)kind, .limit = limit, .term = t, .cursor = t, .base = c->nvals,
    };
    return true;
}

/* ---- Lists: charlists, keyword lists, plain and improper lists ---- */

/* List.ascii_printable?(l, limit): true as soon as [limit] characters passed. */
static bool ascii_printable_list(pl_term l, int64_t limit)
{
    for (int64_t count = limit; count != 0 && l != PL_NIL; count -= count > 0) {
        if (!pl_is_cons(l) || !pl_is_small(pl_head(l))) {
            return false;
        }
        int64_t v = pl_small_value(pl_head(l));
        if (!((v >= 7 && v <= 13) || v == 27 || (v >= 32 && v <= 126))) {
            return false;
        }
        l = pl_tail(l);
    }
    return true;
}

/* 'abc' as IO.chardata_to_string + escape. PL_DOC_NIL (and no OOM) when [l]
 * is not chardata (Elixir would raise; the caller prints a list instead). */
static pl_doc charlist_doc(ctx *c, pl_term l)
{
    pl_doc_builder *b = &c->b;
    size_t start = pl_doc_mark(b);
    if (!pl_inspect_chardata(b, l) || b->oom) {
        b->text_len = start;
        return PL_DOC_NIL;
    }
    /* The raw bytes stay behind in the text buffer; the escaped copy follows. */
    size_t len = pl_doc_mark(b) - start;
    unsigned char *raw = pl_alloc_get(&c->e->alloc, len ? len : 1);
    if (!raw) {
        c->oom = true;
        return PL_DOC_NIL;
    }
    memcpy(raw, b->text + start, len);
    pl_doc d = pl_inspect_quoted(b, raw, len, '\'', c->o->printable_limit, " ++ ...");
    pl_alloc_put(&c->e->alloc, raw, len ? len : 1);
    return d;
}

/* Inspect.List.keyword?/1: every element {atom, _}, no key an alias. */
static bool is_keyword(const pl_engine *e, pl_term l)
{
    for (; pl_is_cons(l); l = pl_tail(l)) {
        pl_term h = pl_head(l);
        if (!pl_is_tuple(h) || pl_tuple_arity(h) != 2 || !pl_is_atom(pl_tuple_get(h, 0))
            || pl_inspect_elixir_prefix(e, pl_tuple_get(h, 0))) {
            return false;
        }
    }
    return l == PL_NIL;
}

static bool visit_list(ctx *c, pl_term t, int64_t limit)
{
    if (t == PL_NIL) {
        return push_doc(c, text(c, "[]"));
    }
    int mode = c->o->charlists;
    if (mode == PL_INSPECT_AS_CHARLISTS
        || (mode == PL_INSPECT_INFER && ascii_printable_list(t, c->o->printable_limit))) {
        pl_doc d = charlist_doc(c, t);
        if (d != PL_DOC_NIL || c->oom || c->b.oom) {
            return push_doc(c, d);
        }
    }
    return push_frame(c, is_keyword(c->e, t) ? FR_KEYWORD : FR_LIST, t, limit);
}

/* ---- Maps, structs and ranges ---- */

/* Field order of the exceptions every Elixir program has, for engines whose
 * code table does not define them (Exception.__info__(:struct) on 1.14). */
static const struct {
    uint32_t module;
    const char *fields;
} builtin_exceptions[] = {
    { PL_AI_E_RuntimeError, "message" },
    { PL_AI_E_ArgumentError, "message" },
    { PL_AI_E_ArithmeticError, "message" },
    { PL_AI_E_MatchError, "term" },
    { PL_AI_E_CaseClauseError, "term" },
    { PL_AI_E_CondClauseError, "" },
    { PL_AI_E_FunctionClauseError, "module function arity kind args clauses" },
    { PL_AI_E_KeyError, "key term message" },
    { PL_AI_E_UndefinedFunctionError, "module function arity reason message" },
    { PL_AI_E_BadMapError, "term" },
    { PL_AI_E_BadFunctionError, "term" },
    { PL_AI_E_BadArityError, "function args" },
    { PL_AI_E_BadStructError, "struct term" },
    { PL_AI_E_ErlangError, "original reason" },
    { PL_AI_E_SystemLimitError, "message" },
    { PL_AI_E_WithClauseError, "term" },
    { PL_AI_E_TryClauseError, "term" },
    { PL_AI_E_Protocol_UndefinedError, "protocol value description" },
};

/* Does [map] have exactly the keys of a builtin exception? Fills [fields] with
 * the field atoms in order; returns their count, or -1 for no. */
static int builtin_struct(const pl_engine *e, pl_term map, pl_term mod, pl_term fields[8])
{
    for (size_t i = 0; i < sizeof builtin_exceptions / sizeof builtin_exceptions[0]; i++) {
        if (pl_atom(builtin_exceptions[i].module) != mod) {
            continue;
        }
        int n = 0;
        for (const char *s = builtin_exceptions[i].fields; *s;) {
            size_t len = strcspn(s, " ");
            fields[n] = pl_atom_lookup(&e->atoms, s, len);
            if (fields[n] == PL_NONE || pl_map_find(e, map, fields[n]) < 0) {
                return -1;
            }
            n++;
            s += len + (s[len] == ' ');
        }
        bool exact = pl_map_find(e, map, PL_A(__exception__)) >= 0;
        return exact && pl_map_size(map) == (uint64_t)n + 2 ? n : -1;
    }
    return -1;
}

static pl_term field_name(pl_term entry)
{
    return pl_is_tuple(entry) && pl_tuple_arity(entry) > 0 ? pl_tuple_get(entry, 0) : entry;
}

/* Inspect.Any compares the struct's keys with Mod.__struct__()'s; when they
 * differ the struct prints as a plain map (with its __struct__ key). */
static bool struct_keys_match(const pl_engine *e, pl_term map, pl_term fields, bool exception)
{
    uint64_t expected = 1;
    bool has_exception = false;
    for (pl_term l = fields; pl_is_cons(l); l = pl_tail(l)) {
        pl_term f = field_name(pl_head(l));
        if (f == PL_A(__struct__)) {
            continue;
        }
        has_exception = has_exception || f == PL_A(__exception__);
        if (pl_map_find(e, map, f) < 0) {
            return false;
        }
        expected++;
    }
    if (exception && !has_exception) {
        if (pl_map_find(e, map, PL_A(__exception__)) < 0) {
            return false;
        }
        expected++;
    }
    return expected == pl_map_size(map);
}

static pl_doc struct_open(ctx *c, pl_term mod)
{
    size_t mark = pl_doc_mark(&c->b);
    pl_doc_append(&c->b, "%", 1);
    pl_inspect_append_atom(&c->b, c->e, mod);
    pl_doc_append(&c->b, "{", 1);
    return pl_doc_text_since(&c->b, mark);
}

/* Inspect.Range: first..last, with //step unless it is 1 counting up. A range
 * without a :step key (built by hand) gets 1 or -1, as Inspect.Range does. */
static bool visit_range(ctx *c, pl_term t, int64_t limit)
{
    pl_term first = pl_map_get(c->e, t, PL_A(first));
    pl_term last = pl_map_get(c->e, t, PL_A(last));
    pl_term step_key = pl_atom_lookup(&c->e->atoms, "step", 4);
    pl_term step = step_key == PL_NONE ? PL_NONE : pl_map_get(c->e, t, step_key);
    if (step == PL_NONE) {
        step = pl_compare(c->e, first, last) <= 0 ? PL_NONE : pl_small(-1);
    } else if (step == pl_small(1) && pl_compare(c->e, last, first) >= 0) {
        step = PL_NONE;
    }
    if (!push_frame(c, FR_RANGE, first, limit)) {
        return false;
    }
    c->frames[c->nframes - 1].second = last;
    c->frames[c->nframes - 1].cursor = step;
    return true;
}

static bool visit_struct(ctx *c, pl_term t, pl_term mod, int64_t limit, bool *handled)
{
    *handled = true;
    if (mod == PL_A(E_Range) && pl_map_find(c->e, t, PL_A(first)) >= 0
        && pl_map_find(c->e, t, PL_A(last)) >= 0) {
        return visit_range(c, t, limit);
    }
    pl_term fields = pl_code_struct_fields(c->e, mod);
    pl_term builtin[8];
    int nbuiltin = fields == PL_NONE ? builtin_struct(c->e, t, mod, builtin) : -1;
    if (fields != PL_NONE) {
        const pl_module *m = pl_code_module(c->e, mod);
        if (!struct_keys_match(c->e, t, fields, m && m->is_exception)) {
            fields = PL_NONE;
        }
    } else if (nbuiltin >= 0) {
        fields = pl_list_from_array(c->e, builtin, (size_t)nbuiltin);
        if (fields == PL_NONE) {
            c->oom = true;
            return false;
        }
    }
    if (fields == PL_NONE) {
        *handled = false;
        return true;
    }
    pl_doc open = struct_open(c, mod);
    bool ok = push_frame(c, FR_STRUCT, t, limit);
    if (ok) {
        c->frames[c->nframes - 1].cursor = fields;
        c->frames[c->nframes - 1].open = open;
        c->frames[c->nframes - 1].owned = nbuiltin >= 0 ? fields : PL_NONE;
    } else if (nbuiltin >= 0) {
        pl_release(c->e, fields);
    }
    return ok;
}

static bool visit_map(ctx *c, pl_term t, int64_t limit)
{
    if (pl_map_size(t) == 0) {
        return push_doc(c, text(c, "%{}"));
    }
    pl_term mod = pl_map_get(c->e, t, PL_A(__struct__));
    if (mod != PL_NONE && pl_is_atom(mod) && !c->o->no_structs) {
        bool handled;
        bool ok = visit_struct(c, t, mod, limit, &handled);
        if (!ok || handled) {
            return ok;
        }
    }
    bool keyword = true;
    for (uint64_t i = 0; i < pl_map_size(t) && keyword; i++) {
        pl_term k = pl_map_key(t, i);
        keyword = pl_is_atom(k) && !pl_inspect_elixir_prefix(c->e, k);
    }
    return push_frame(c, keyword ? FR_MAP_KW : FR_MAP, t, limit);
}

static bool visit(ctx *c, pl_term t, int64_t limit)
{
    if (pl_is_list(t)) {
        return visit_list(c, t, limit);
    }
    if (pl_is_tuple(t)) {
        return pl_tuple_arity(t) == 0 ? push_doc(c, text(c, "{}"))
                                      : push_frame(c, FR_TUPLE, t, limit);
    }
    if (pl_is_map(t)) {
        return visit_map(c, t, limit);
    }
    return push_doc(c, pl_inspect_scalar(c, t, limit));
}

/* ---- Walking the frames: container_each/6 one child at a time ---- */

/* A struct's next printable field (Inspect.Any drops __struct__/__exception__). */
static pl_term struct_next_field(frame *f)
{
    for (; pl_is_cons(f->cursor); f->cursor = pl_tail(f->cursor)) {
        pl_term name = field_name(pl_head(f->cursor));
        if (name != PL_A(__struct__) && name != PL_A(__exception__)) {
            return name;
        }
    }
    return PL_NONE;
}

static bool has_next(frame *f)
{
    switch (f->kind) {
    case FR_LIST:
    case FR_KEYWORD:
        return pl_is_cons(f->cursor);
    case FR_TUPLE:
        return f->index < pl_tuple_arity(f->term);
    case FR_MAP:
    case FR_MAP_KW:
        return f->index < pl_map_size(f->term);
    default:
        return struct_next_field(f) != PL_NONE;
    }
}

/* One element: its child gets the decremented limit, as container_each does. */
static bool step_element(ctx *c, frame *f)
{
    if (f->limit == 0) {
        f->done = f->dots = true;
        return push_doc(c, text(c, "..."));
    }
    int64_t lim = f->limit > 0 ? --f->limit : -1;
    pl_term child, key = PL_NONE;
    if (f->kind == FR_LIST) {
        child = pl_head(f->cursor);
        f->cursor = pl_tail(f->cursor);
        if (!pl_is_list(f->cursor)) { /* [left | right]: both get this limit */
            f->improper = f->done = f->pending = true;
            f->second = f->cursor;
            f->second_limit = lim;
        }
    } else if (f->kind == FR_KEYWORD) {
        key = pl_tuple_get(pl_head(f->cursor), 0);
        child = pl_tuple_get(pl_head(f->cursor), 1);
        f->cursor = pl_tail(f->cursor);
    } else if (f->kind == FR_TUPLE) {
        child = pl_tuple_get(f->term, f->index++);
    } else if (f->kind == FR_MAP) {
        f->pending = true;
        f->second = pl_map_val(f->term, f->index);
        f->second_limit = lim;
        child = pl_map_key(f->term, f->index++);
    } else if (f->kind == FR_MAP_KW) {
        key = pl_map_key(f->term, f->index);
        child = pl_map_val(f->term, f->index++);
    } else {
        key = struct_next_field(f);
        f->cursor = pl_tail(f->cursor);
        child = pl_map_get(c->e, f->term, key);
    }
    if (key != PL_NONE && !push_doc(c, pl_inspect_atom_key(&c->b, c->e, key))) {
        return false;
    }
    return visit(c, child, lim); /* may move c->frames: [f] is dead after this */
}

/* Pairs of docs (key, value) become one element doc each; "..." stays alone. */
static size_t combine_pairs(ctx *c, const frame *f, pl_doc *docs, size_t n)
{
    if (f->kind == FR_LIST || f->kind == FR_TUPLE) {
        return n;
    }
    size_t pairs = (n - f->dots) / 2;
    pl_doc arrow = f->kind == FR_MAP ? text(c, " => ") : PL_DOC_NIL;
    for (size_t i = 0; i < pairs; i++) {
        pl_doc key = docs[2 * i];
        if (arrow != PL_DOC_NIL) {
            key = pl_doc_concat(&c->b, key, arrow);
        }
        docs[i] = pl_doc_concat(&c->b, key, docs[2 * i + 1]);
    }
    if (f->dots) {
        docs[pairs++] = docs[n - 1];
    }
    return pairs;
}

/* A list's break mode is :maybe: flex only when every element doc is simple. */
static bool list_simple(ctx *c, const frame *f, pl_doc *docs, size_t *n)
{
    bool simple = true;
    for (size_t i = 0; i < *n; i++) {
        simple = simple && pl_doc_is_simple(&c->b, docs[i]);
    }
    if (f->improper) {
        docs[*n - 2] = pl_doc_join(&c->b, docs[*n - 2], docs[*n - 1], simple, " |");
        (*n)--;
    }
    return simple;
}

static pl_doc range_doc(ctx *c, const pl_doc *docs, size_t n)
{
    pl_doc_builder *b = &c->b;
    pl_doc tail = docs[1];
    if (n == 3) {
        tail = pl_doc_concat(b, tail, pl_doc_concat(b, text(c, "//"), docs[2]));
    }
    return pl_doc_concat(b, docs[0], pl_doc_concat(b, text(c, ".."), tail));
}

static bool finish(ctx *c)
{
    frame f = c->frames[--c->nframes];
    pl_doc *docs = c->vals ? c->vals + f.base : NULL; /* an empty container may have no vals yet */
    size_t n = c->nvals - f.base;
    pl_doc d;
    if (f.kind == FR_RANGE) {
        d = range_doc(c, docs, n);
    } else {
        static const char *const opens[] = { "[", "[", "{", "%{", "%{" };
        n = combine_pairs(c, &f, docs, n);
        bool flex = f.kind == FR_TUPLE || (f.kind == FR_LIST && list_simple(c, &f, docs, &n));
        pl_doc open = f.kind == FR_STRUCT ? f.open : text(c, opens[f.kind]);
        pl_doc close = text(c, f.kind == FR_LIST || f.kind == FR_KEYWORD ? "]" : "}");
        d = pl_doc_container(&c->b, open, docs, n, close, ",", flex);
    }
    pl_release(c->e, f.owned);
    c->nvals = f.base;
    return push_doc(c, d);
}

static bool step(ctx *c)
{
    frame *f = &c->frames[c->nframes - 1];
    if (f->pending) {
        f->pending = false;
        return visit(c, f->second, f->second_limit);
    }
    if (f->kind == FR_RANGE) {
        /* first, last and step all get the range's own limit */
        pl_term parts[] = { f->term, f->second, f->cursor, PL_NONE };
        pl_term next = parts[f->index < 3 ? f->index : 3];
        f->index++;
        return next == PL_NONE ? finish(c) : visit(c, next, f->limit);
    }
    if (f->done || !has_next(f)) {
        return finish(c);
    }
    return step_element(c, f);
}

/* ---- Entry points ---- */

static void ctx_destroy(ctx *c)
{
    for (uint32_t i = 0; i < c->nframes; i++) {
        pl_release(c->e, c->frames[i].owned);
    }
    if (c->vals) {
        pl_alloc_put(&c->e->alloc, c->vals, (size_t)c->vcap * sizeof(pl_doc));
    }
    if (c->frames) {
        pl_alloc_put(&c->e->alloc, c->frames, (size_t)c->fcap * sizeof(frame));
    }
    pl_doc_destroy(&c->b);
}

/* Lays [d] out and copies it into a new binary; PL_NONE on OOM. */
static pl_term render(pl_doc_builder *b, pl_doc d, int64_t width)
{
    int64_t len = b->oom ? -1 : pl_doc_format(b, d, width, NULL);
    if (len < 0) {
        return PL_NONE;
    }
    pl_term bin = pl_bin_alloc(b->e, (size_t)len);
    if (bin != PL_NONE && pl_doc_format(b, d, width, (char *)pl_bin_of(bin)->data) < 0) {
        pl_release(b->e, bin);
        bin = PL_NONE;
    }
    return bin;
}

pl_term pl_inspect(pl_engine *e, pl_term t, const pl_inspect_opts *o)
{
    ctx c = { .e = e, .o = o };
    pl_doc_init(&c.b, e);
    bool ok = visit(&c, t, o->limit);
    while (ok && c.nframes > 0) {
        ok = step(&c);
    }
    pl_term out = PL_NONE;
    if (ok && !c.oom && c.nvals == 1) {
        pl_doc root = pl_doc_group(&c.b, c.vals[0], PL_DOC_GROUP_SELF);
        out = render(&c.b, root, o->pretty ? o->width : -1);
    }
    ctx_destroy(&c);
    return out;
}

/* ---- String.Chars ---- */

pl_term pl_to_string(pl_engine *e, pl_term t)
{
    char buf[PL_FLOAT_BUF];
    if (pl_is_bin(t)) {
        return pl_retain(t);
    }
    if (pl_is_atom(t)) {
        if (t == PL_ATOM_NIL) {
            return pl_bin_new(e, "", 0);
        }
        return pl_bin_new(e, pl_atom_name(&e->atoms, t), pl_atom_len(&e->atoms, t));
    }
    if (pl_is_float(t)) {
        return pl_bin_new(e, buf, pl_float_format_short(pl_float_value(t), buf));
    }
    if (!pl_is_integer(t) && !pl_is_list(t)) {
        return PL_NONE;
    }
    pl_doc_builder b;
    pl_doc_init(&b, e);
    pl_term out = PL_NONE;
    if (pl_is_integer(t)) {
        ctx c = { .e = e, .o = NULL };
        c.b = b;
        pl_doc d = pl_inspect_integer(&c, t);
        b = c.b;
        out = d == PL_DOC_NIL ? PL_NONE : pl_bin_new(e, b.text, b.text_len);
    } else if (pl_inspect_chardata(&b, t) && !b.oom) {
        out = pl_bin_new(e, b.text ? b.text : "", b.text_len);
    }
    pl_doc_destroy(&b);
    return out;
}
