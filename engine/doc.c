/* Document algebra: construction and layout, a port of Elixir 1.14's
 * Inspect.Algebra (format/3 and fits?/4) onto index-linked nodes and explicit
 * stacks. The clause order of fits?/4 matters and is kept. */
#include <string.h>
#include "doc.h"
#include "engine.h"

enum { K_NIL, K_LINE, K_TEXT, K_CONS, K_NEST, K_BREAK, K_GROUP };

struct pl_doc_node {
    uint8_t kind;
    uint8_t mode;    // break kind, nest kind or group kind
    uint8_t simple;  // simple?/1, see pl_doc_is_simple
    uint8_t spare;
    uint32_t a;      // text offset, or the (left / nested / grouped) document
    uint32_t b;      // text length, or the right document
    int32_t n;       // nest indent
};

/* ---- Growable arrays in engine memory ---- */

static bool grow(pl_engine *e, void **items, uint32_t *cap, size_t elem, size_t need)
{
    if (need <= *cap) {
        return true;
    }
    size_t ncap = *cap ? (size_t)*cap * 2 : 64;
    while (ncap < need) {
        ncap *= 2;
    }
    if (ncap > UINT32_MAX) {
        return false;
    }
    void *fresh = pl_alloc_get(&e->alloc, ncap * elem);
    if (!fresh) {
        return false;
    }
    if (*items) {
        memcpy(fresh, *items, (size_t)*cap * elem);
        pl_alloc_put(&e->alloc, *items, (size_t)*cap * elem);
    }
    *items = fresh;
    *cap = (uint32_t)ncap;
    return true;
}

void pl_doc_init(pl_doc_builder *b, pl_engine *e)
{
    memset(b, 0, sizeof *b);
    b->e = e;
}

void pl_doc_destroy(pl_doc_builder *b)
{
    if (b->nodes) {
        pl_alloc_put(&b->e->alloc, b->nodes, (size_t)b->cap * sizeof *b->nodes);
    }
    if (b->text) {
        pl_alloc_put(&b->e->alloc, b->text, b->text_cap);
    }
    memset(b, 0, sizeof *b);
}

/* Node 0 is the shared :doc_nil; it is created with the first real node. */
static pl_doc new_node(pl_doc_builder *b, uint8_t kind)
{
    if (b->oom) {
        return PL_DOC_NIL;
    }
    uint32_t need = b->len ? b->len + 1 : 2;
    if (!grow(b->e, (void **)&b->nodes, &b->cap, sizeof *b->nodes, need)) {
        b->oom = true;
        return PL_DOC_NIL;
    }
    if (b->len == 0) {
        b->nodes[0] = (struct pl_doc_node){ .kind = K_NIL, .simple = 1 };
        b->len = 1;
    }
    b->nodes[b->len] = (struct pl_doc_node){ .kind = kind };
    return b->len++;
}

/* ---- Texts ---- */

size_t pl_doc_mark(const pl_doc_builder *b) { return b->text_len; }

bool pl_doc_append(pl_doc_builder *b, const void *s, size_t len)
{
    if (b->oom) {
        return false;
    }
    if (len == 0) {
        return true;
    }
    size_t need = b->text_len + len;
    if (need > UINT32_MAX) {
        b->oom = true;
        return false;
    }
    if (need > b->text_cap) {
        uint32_t cap = (uint32_t)b->text_cap;
        if (!grow(b->e, (void **)&b->text, &cap, 1, need)) {
            b->oom = true;
            return false;
        }
        b->text_cap = cap;
    }
    memcpy(b->text + b->text_len, s, len);
    b->text_len = need;
    return true;
}

pl_doc pl_doc_text_since(pl_doc_builder *b, size_t mark)
{
    pl_doc d = new_node(b, K_TEXT);
    if (d != PL_DOC_NIL) {
        b->nodes[d].a = (uint32_t)mark;
        b->nodes[d].b = (uint32_t)(b->text_len - mark);
        b->nodes[d].simple = 1;
    }
    return d;
}

pl_doc pl_doc_text(pl_doc_builder *b, const char *s, size_t len)
{
    size_t mark = pl_doc_mark(b);
    if (!pl_doc_append(b, s, len)) {
        return PL_DOC_NIL;
    }
    return pl_doc_text_since(b, mark);
}

pl_doc pl_doc_cstr(pl_doc_builder *b, const char *s) { return pl_doc_text(b, s, strlen(s)); }

/* ---- Combinators ---- */

pl_doc pl_doc_concat(pl_doc_builder *b, pl_doc left, pl_doc right)
{
    pl_doc d = new_node(b, K_CONS);
    if (d != PL_DOC_NIL) {
        b->nodes[d].a = left;
        b->nodes[d].b = right;
        b->nodes[d].simple = b->nodes[left].simple && b->nodes[right].simple;
    }
    return d;
}

pl_doc pl_doc_nest(pl_doc_builder *b, pl_doc d, int32_t indent, pl_doc_nest_kind k)
{
    if (indent == 0) {
        return d; /* nest(doc, 0) is doc itself */
    }
    pl_doc n = new_node(b, K_NEST);
    if (n != PL_DOC_NIL) {
        b->nodes[n].a = d;
        b->nodes[n].n = indent;
        b->nodes[n].mode = (uint8_t)k;
    }
    return n;
}

pl_doc pl_doc_break(pl_doc_builder *b, const char *s, pl_doc_break_kind k)
{
    bool space = strcmp(s, " ") == 0;
    bool cacheable = space || s[0] == '\0';
    if (cacheable && b->breaks[k][space] != PL_DOC_NIL) {
        return b->breaks[k][space];
    }
    size_t mark = pl_doc_mark(b);
    if (!pl_doc_append(b, s, strlen(s))) {
        return PL_DOC_NIL;
    }
    pl_doc d = new_node(b, K_BREAK);
    if (d != PL_DOC_NIL) {
        b->nodes[d].a = (uint32_t)mark;
        b->nodes[d].b = (uint32_t)(b->text_len - mark);
        b->nodes[d].mode = (uint8_t)k;
        if (cacheable) {
            b->breaks[k][space] = d;
        }
    }
    return d;
}

pl_doc pl_doc_group(pl_doc_builder *b, pl_doc d, pl_doc_group_kind k)
{
    pl_doc g = new_node(b, K_GROUP);
    if (g != PL_DOC_NIL) {
        b->nodes[g].a = d;
        b->nodes[g].mode = (uint8_t)k;
    }
    return g;
}

pl_doc pl_doc_line(pl_doc_builder *b) { return new_node(b, K_LINE); }

pl_doc pl_doc_glue(pl_doc_builder *b, pl_doc left, const char *sep, pl_doc right)
{
    return pl_doc_concat(b, left, pl_doc_concat(b, pl_doc_break(b, sep, PL_DOC_STRICT), right));
}

pl_doc pl_doc_flex_glue(pl_doc_builder *b, pl_doc left, const char *sep, pl_doc right)
{
    return pl_doc_concat(b, left, pl_doc_concat(b, pl_doc_break(b, sep, PL_DOC_FLEX), right));
}

bool pl_doc_is_simple(const pl_doc_builder *b, pl_doc d)
{
    return b->nodes == NULL || b->nodes[d].simple;
}

pl_doc pl_doc_join(pl_doc_builder *b, pl_doc left, pl_doc right, bool flex, const char *sep)
{
    if (right == PL_DOC_NIL) {
        return left;
    }
    if (left == PL_DOC_NIL) {
        return right;
    }
    pl_doc l = pl_doc_concat(b, left, pl_doc_cstr(b, sep));
    return flex ? pl_doc_flex_glue(b, l, " ", right) : pl_doc_glue(b, l, " ", right);
}

pl_doc pl_doc_container(pl_doc_builder *b, pl_doc left, const pl_doc *docs, size_t n,
                        pl_doc right, const char *sep, bool flex)
{
    if (n == 0) {
        return pl_doc_concat(b, left, right);
    }
    /* fold_doc folds from the right; one shared separator text is enough. */
    pl_doc sep_doc = pl_doc_cstr(b, sep);
    pl_doc acc = docs[n - 1];
    for (size_t i = n - 1; i-- > 0;) {
        if (acc == PL_DOC_NIL) {
            acc = docs[i];
        } else if (docs[i] != PL_DOC_NIL) {
            pl_doc l = pl_doc_concat(b, docs[i], sep_doc);
            acc = flex ? pl_doc_flex_glue(b, l, " ", acc) : pl_doc_glue(b, l, " ", acc);
        }
    }
    if (flex) {
        pl_doc inner = pl_doc_concat(b, left, pl_doc_nest(b, acc, 1, PL_DOC_NEST_ALWAYS));
        return pl_doc_group(b, pl_doc_concat(b, inner, right), PL_DOC_GROUP_SELF);
    }
    pl_doc opened = pl_doc_nest(b, pl_doc_glue(b, left, "", acc), 2, PL_DOC_NEST_ALWAYS);
    return pl_doc_group(b, pl_doc_glue(b, opened, "", right), PL_DOC_GROUP_SELF);
}

/* ---- Layout: format/3 and fits?/4 ---- */

// Entry modes. FLAT_FIT is :flat reached through a group that passed fits?:
// every group inside it fits too (its check would scan a subset of the same
// text with fewer breaks counted), so the check is skipped. That keeps deep
// single-element nestings linear instead of quadratic. TAIL is fits?'s
// {:tail, b?, t} marker, restoring b? when a group's content is done.
enum { M_FLAT, M_BREAK, M_FLAT_FIT, M_TAIL };

typedef struct entry {
    int32_t indent;
    uint32_t mode;
    uint32_t doc;    // for M_TAIL: the saved b?
} entry;

typedef struct stack {
    entry *items;
    uint32_t len, cap;
} stack;

typedef struct layout {
    pl_doc_builder *b;
    int64_t width;   // -1 = :infinity
    int64_t col;     // k: the current column
    int64_t pos;     // bytes written
    char *out;
    stack main, local;
} layout;

static bool push(layout *l, stack *s, int32_t indent, uint32_t mode, uint32_t doc)
{
    if (s->len == s->cap
        && !grow(l->b->e, (void **)&s->items, &s->cap, sizeof(entry), (size_t)s->len + 1)) {
        return false;
    }
    s->items[s->len++] = (entry){ indent, mode, doc };
    return true;
}

static void emit(layout *l, const char *s, size_t len)
{
    if (l->out) {
        memcpy(l->out + l->pos, s, len);
    }
    l->pos += (int64_t)len;
    l->col += (int64_t)len;
}

static void newline(layout *l, int32_t indent)
{
    if (l->out) {
        l->out[l->pos] = '\n';
        memset(l->out + l->pos + 1, ' ', (size_t)indent);
    }
    l->pos += 1 + indent;
    l->col = indent;
}

/* Pushes the children fits?/format push for a cons or a nest; false on OOM. */
static bool push_children(layout *l, stack *s, const entry *en, const struct pl_doc_node *nd,
                          bool breaking)
{
    if (nd->kind == K_CONS) {
        return push(l, s, en->indent, en->mode, nd->b) && push(l, s, en->indent, en->mode, nd->a);
    }
    bool nests = nd->mode == PL_DOC_NEST_ALWAYS || breaking;
    return push(l, s, nests ? en->indent + nd->n : en->indent, en->mode, nd->a);
}

/* fits?(w, k, b?, entries): [rest] entries of the main stack (from its top)
 * follow whatever is on the local stack. -1 means out of memory. */
static int fits(layout *l, int64_t k, bool broke, uint32_t rest)
{
    const struct pl_doc_node *nodes = l->b->nodes;
    for (;;) {
        if (k > l->width && broke) {
            return 0;
        }
        entry en;
        if (l->local.len > 0) {
            en = l->local.items[--l->local.len];
        } else if (rest > 0) {
            en = l->main.items[--rest];
        } else {
            return 1;
        }
        if (en.mode == M_TAIL) {
            broke = en.doc != 0;
            continue;
        }
        const struct pl_doc_node *nd = &nodes[en.doc];
        if (en.mode == M_BREAK && (nd->kind == K_BREAK || nd->kind == K_LINE)) {
            return 1;
        }
        bool ok = true;
        switch (nd->kind) {
        case K_LINE:
            k = en.indent;
            broke = false;
            break;
        case K_TEXT:
            k += nd->b;
            break;
        case K_BREAK:
            k += nd->b;
            broke = true;
            break;
        case K_CONS:
        case K_NEST:
            /* fits? ignores nest(_, _, :break) in every mode */
            ok = push_children(l, &l->local, &en, nd, false);
            break;
        case K_GROUP:
            ok = push(l, &l->local, 0, M_TAIL, broke)
                 && push(l, &l->local, en.indent, en.mode == M_BREAK ? M_FLAT : en.mode, nd->a);
            break;
        default:
            break;
        }
        if (!ok) {
            return -1;
        }
    }
}

static bool is_flat(uint32_t mode) { return mode == M_FLAT || mode == M_FLAT_FIT; }

/* A break: strict ones obey the mode; flex ones measure the rest of the line. */
static bool layout_break(layout *l, const entry *en, const struct pl_doc_node *nd)
{
    const char *s = l->b->text + nd->a;
    if (nd->mode == PL_DOC_STRICT) {
        if (en->mode == M_BREAK) {
            newline(l, en->indent);
        } else {
            emit(l, s, nd->b);
        }
        return true;
    }
    int fit = 1;
    if (l->width >= 0 && !is_flat(en->mode)) {
        l->local.len = 0;
        fit = fits(l, l->col + nd->b, true, l->main.len);
        if (fit < 0) {
            return false;
        }
    }
    if (fit) {
        emit(l, s, nd->b);
    } else {
        newline(l, en->indent);
    }
    return true;
}

static bool layout_group(layout *l, const entry *en, const struct pl_doc_node *nd)
{
    uint32_t mode = M_FLAT_FIT;
    if (en->mode == M_BREAK && nd->mode == PL_DOC_GROUP_INHERIT) {
        mode = M_BREAK;
    } else if (l->width >= 0 && en->mode != M_FLAT_FIT) {
        l->local.len = 0;
        if (!push(l, &l->local, en->indent, M_FLAT, nd->a)) {
            return false;
        }
        int fit = fits(l, l->col, false, 0);
        if (fit < 0) {
            return false;
        }
        mode = fit ? M_FLAT_FIT : M_BREAK;
    }
    return push(l, &l->main, en->indent, mode, nd->a);
}

static bool layout_step(layout *l, entry en)
{
    const struct pl_doc_node *nd = &l->b->nodes[en.doc];
    switch (nd->kind) {
    case K_LINE:
        newline(l, en.indent);
        return true;
    case K_TEXT:
        emit(l, l->b->text + nd->a, nd->b);
        return true;
    case K_CONS:
    case K_NEST:
        return push_children(l, &l->main, &en, nd, en.mode == M_BREAK);
    case K_BREAK:
        return layout_break(l, &en, nd);
    case K_GROUP:
        return layout_group(l, &en, nd);
    default:
        return true;
    }
}

int64_t pl_doc_format(pl_doc_builder *b, pl_doc d, int64_t width, char *out)
{
    if (b->oom) {
        return -1;
    }
    if (b->nodes == NULL) {
        return 0; /* nothing was ever built: the document is :doc_nil */
    }
    layout l = { .b = b, .width = width, .out = out };
    bool ok = push(&l, &l.main, 0, M_FLAT, d);
    while (ok && l.main.len > 0) {
        entry en = l.main.items[--l.main.len];
        ok = layout_step(&l, en);
    }
    if (l.main.items) {
        pl_alloc_put(&b->e->alloc, l.main.items, (size_t)l.main.cap * sizeof(entry));
    }
    if (l.local.items) {
        pl_alloc_put(&b->e->alloc, l.local.items, (size_t)l.local.cap * sizeof(entry));
    }
    return ok ? l.pos : -1;
}
