/* Hashmaps: the persistent HAMT behind maps of more than 32 keys, shaped as
 * erl_map.c shapes it, so that walking it gives the BEAM's order. An update
 * copies the nodes on one root-to-leaf path and shares the rest. No function
 * here recurses deeper than PL_HAMT_MAX_LEVEL, whatever the map's size. */
#include <stdlib.h>
#include "engine.h"
#include "map.h"
#include "map_int.h"
#include "term_order.h"

/* ---- Nodes ---- */

static size_t node_bytes(unsigned entries) { return sizeof(hamt_node) + 2 * entries * sizeof(pl_term); }

size_t pl_map_box_bytes(const pl_box *b)
{
    switch (b->flags) {
    case PL_MAP_F_HAMT: return sizeof(pl_hamt);
    case PL_MAP_F_NODE:
    case PL_MAP_F_COLL: return node_bytes(hamt_entries((const hamt_node *)b));
    default: return sizeof(pl_map) + 2 * ((const pl_map *)b)->size * sizeof(pl_term);
    }
}

static hamt_node *node_alloc(pl_engine *e, unsigned flags, unsigned spare, unsigned entries)
{
    hamt_node *n = pl_alloc_get(&e->alloc, node_bytes(entries));
    if (n) {
        n->h.rc = 1;
        n->h.kind = PL_K_MAP;
        n->h.flags = (uint8_t)flags;
        n->h.spare = (uint16_t)spare;
        n->count = 0;
    }
    return n;
}

static inline bool is_child(const pl_term *ent) { return ent[0] == PL_NONE; }
static inline hamt_node *child_of(const pl_term *ent) { return (hamt_node *)pl_box_of(ent[1]); }
static inline uint64_t entry_count(const pl_term *ent)
{
    return is_child(ent) ? child_of(ent)->count : 1;
}

static void release_node(pl_engine *e, hamt_node *n) { pl_release(e, pl_from_box(n)); }

/* A copy of bitmap node [old] whose slot [bit] holds ([k], [v]) (both taken),
 * or is empty when both are PL_NONE. Other entries are shared (retained). */
static hamt_node *node_with(pl_engine *e, const hamt_node *old, unsigned bit, pl_term k, pl_term v,
                            int64_t delta)
{
    unsigned bm = old->h.spare;
    bool removing = k == PL_NONE && v == PL_NONE;
    unsigned nbm = removing ? bm & ~bit : bm | bit;
    unsigned cnt = hamt_popcount(bm), ncnt = hamt_popcount(nbm);
    hamt_node *n = node_alloc(e, PL_MAP_F_NODE, nbm, ncnt);
    if (!n) {
        pl_release(e, k);
        pl_release(e, v);
        return NULL;
    }
    n->count = (uint64_t)((int64_t)old->count + delta);
    unsigned pos = hamt_popcount(bm & (bit - 1));
    unsigned skip = (bm & bit) ? 1 : 0; /* the old entry at [pos] is replaced or dropped */
    for (unsigned i = 0; i < 2 * pos; i++) {
        n->e[i] = pl_retain(old->e[i]);
    }
    unsigned at = pos;
    if (!removing) {
        n->e[2 * pos] = k;
        n->e[2 * pos + 1] = v;
        at++;
    }
    for (unsigned i = 2 * (pos + skip), j = 2 * at; i < 2 * cnt; i++, j++) {
        n->e[j] = pl_retain(old->e[i]);
    }
    return n;
}

/* ---- Hash slices ---- */

/* One key's hash path: the nibble at level L is bits 4*(L%8).. of
 * make_internal_hash(key, L/8) (erl_map.h hashmap_restore_hash). */
typedef struct hkey {
    const pl_engine *e;
    pl_term key;
    uint32_t hx;
    unsigned depth; /* of [hx]: make_map_hash(key, depth) */
} hkey;

static hkey hkey_of(const pl_engine *e, pl_term key)
{
    return (hkey){ e, key, pl_map_hash(e, key, 0), 0 };
}

static unsigned slot_at(hkey *k, unsigned lvl)
{
    if (lvl / 8 != k->depth) {
        k->depth = lvl / 8;
        k->hx = pl_map_hash(k->e, k->key, k->depth);
    }
    return (k->hx >> (4 * (lvl % 8))) & 0xf;
}

static inline unsigned pos_of(unsigned bm, unsigned bit)
{
    return hamt_popcount(bm & (bit - 1));
}

static bool key_eq(const pl_engine *e, pl_term a, pl_term b)
{
    if (a == b) {
        return true;
    }
    if (!pl_is_boxed(a) || !pl_is_boxed(b)) {
        return false;
    }
    return pl_compare_exact(e, a, b) == 0;
}

/* ---- Lookup ---- */

const pl_term *pl_hamt_lookup(const pl_engine *e, pl_term m, pl_term key, uint64_t *index)
{
    /* [index] may be NULL: the rank costs a scan of each node on the way. */
    const hamt_node *n = pl_hamt_of(m)->root;
    hkey k = hkey_of(e, key);
    uint64_t rank = 0; /* leaves before this one in to_list (descending) order */
    for (unsigned lvl = 0;; lvl++) {
        if (n->h.flags == PL_MAP_F_COLL) {
            for (unsigned j = 0; j < n->h.spare; j++) {
                if (key_eq(e, n->e[2 * j], key)) {
                    if (index) {
                        *index = rank + j;
                    }
                    return &n->e[2 * j];
                }
            }
            return NULL;
        }
        unsigned bm = n->h.spare, bit = 1u << slot_at(&k, lvl);
        if (!(bm & bit)) {
            return NULL;
        }
        unsigned pos = pos_of(bm, bit), cnt = hamt_popcount(bm);
        for (unsigned j = pos + 1; index && j < cnt; j++) {
            rank += entry_count(&n->e[2 * j]);
        }
        const pl_term *ent = &n->e[2 * pos];
        if (!is_child(ent)) {
            if (index) {
                *index = rank;
            }
            return key_eq(e, ent[0], key) ? ent : NULL;
        }
        n = child_of(ent);
    }
}

const pl_term *pl_hamt_at(pl_term m, uint64_t index)
{
    const hamt_node *n = pl_hamt_of(m)->root;
    for (;;) {
        if (n->h.flags == PL_MAP_F_COLL) {
            return &n->e[2 * index];
        }
        for (unsigned j = hamt_entries(n); j-- > 0;) {
            const pl_term *ent = &n->e[2 * j];
            uint64_t c = entry_count(ent);
            if (index < c) {
                if (!is_child(ent)) {
                    return ent;
                }
                n = child_of(ent);
                break;
            }
            index -= c;
        }
    }
}

/* ---- Building ---- */

static pl_term hamt_box(pl_engine *e, hamt_node *root)
{
    pl_hamt *m = pl_alloc_get(&e->alloc, sizeof(pl_hamt));
    if (!m) {
        release_node(e, root);
        return PL_NONE;
    }
    m->h.rc = 1;
    m->h.kind = PL_K_MAP;
    m->h.flags = PL_MAP_F_HAMT;
    m->h.spare = 0;
    m->size = root->count;
    m->root = root;
    m->flat = NULL;
    m->memo_leaf = NULL;
    m->memo_index = 0;
    m->misses = 0;
    return pl_from_box(m);
}

typedef struct item {
    pl_term k, v;
    uint32_t hx;
    unsigned depth; /* of [hx]: make_map_hash(key, depth) */
} item;

static unsigned item_slot(const pl_engine *e, item *it, unsigned lvl)
{
    if (lvl / 8 != it->depth) {
        it->depth = lvl / 8;
        it->hx = pl_map_hash(e, it->k, it->depth);
    }
    return (it->hx >> (4 * (lvl % 8))) & 0xf;
}

/* The node for [n] >= 1 items sharing the hash path above [lvl] (which the
 * caller made deep enough to part them, or PL_HAMT_MAX_LEVEL). [tmp] is
 * scratch of [n] items. Recursion is bounded by PL_HAMT_MAX_LEVEL. */
static hamt_node *build_node(pl_engine *e, item *items, item *tmp, size_t n, unsigned lvl)
{
    if (lvl >= PL_HAMT_MAX_LEVEL) {
        if (n > 0xffff) {
            return NULL;
        }
        hamt_node *c = node_alloc(e, PL_MAP_F_COLL, (unsigned)n, (unsigned)n);
        if (c) {
            for (size_t i = 0; i < n; i++) {
                c->e[2 * i] = pl_retain(items[i].k);
                c->e[2 * i + 1] = pl_retain(items[i].v);
            }
            c->count = n;
        }
        return c;
    }
    size_t start[17] = { 0 };
    for (size_t i = 0; i < n; i++) {
        start[item_slot(e, &items[i], lvl) + 1]++;
    }
    unsigned bm = 0;
    for (unsigned s = 0; s < 16; s++) {
        if (start[s + 1]) {
            bm |= 1u << s;
        }
        start[s + 1] += start[s];
    }
    size_t fill[16];
    memcpy(fill, start, sizeof fill);
    for (size_t i = 0; i < n; i++) {
        tmp[fill[(items[i].hx >> (4 * (lvl % 8))) & 0xf]++] = items[i];
    }
    memcpy(items, tmp, n * sizeof *items);
    hamt_node *node = node_alloc(e, PL_MAP_F_NODE, bm, hamt_popcount(bm));
    if (!node) {
        return NULL;
    }
    node->count = n;
    unsigned j = 0;
    for (unsigned s = 0; s < 16; s++) {
        size_t lo = start[s], len = start[s + 1] - lo;
        if (len == 0) {
            continue;
        }
        if (len == 1) {
            node->e[2 * j] = pl_retain(items[lo].k);
            node->e[2 * j + 1] = pl_retain(items[lo].v);
        } else {
            hamt_node *c = build_node(e, items + lo, tmp + lo, len, lvl + 1);
            if (!c) {
                for (unsigned i = 0; i < j; i++) {
                    pl_release(e, node->e[2 * i]);
                    pl_release(e, node->e[2 * i + 1]);
                }
                pl_alloc_put(&e->alloc, node, node_bytes(hamt_popcount(bm)));
                return NULL;
            }
            node->e[2 * j] = PL_NONE;
            node->e[2 * j + 1] = pl_from_box(c);
        }
        j++;
    }
    return node;
}

pl_term pl_hamt_build(pl_engine *e, const pl_term *keys, const pl_term *vals, size_t n)
{
    item *items = malloc(2 * n * sizeof *items);
    if (!items) {
        return PL_NONE;
    }
    for (size_t i = 0; i < n; i++) {
        items[i] = (item){ keys[i], vals[i], pl_map_hash(e, keys[i], 0), 0 };
    }
    hamt_node *root = build_node(e, items, items + n, n, 0);
    free(items);
    return root ? hamt_box(e, root) : PL_NONE;
}

/* ---- Put ---- */

typedef struct step {
    hamt_node *node;
    unsigned bit;
} step;

/* The subtree below level [lvl] - 1 holding leaf [old] (borrowed) and the new
 * leaf ([k], [v], taken): single-child nodes down to where their paths part. */
static hamt_node *split(pl_engine *e, const pl_term *old, hkey *k, pl_term v, unsigned lvl)
{
    hkey c = { e, old[0], 0, ~0u };
    unsigned shared[PL_HAMT_MAX_LEVEL];
    unsigned d = lvl, a = 0, b = 0;
    for (; d < PL_HAMT_MAX_LEVEL; d++) {
        a = slot_at(k, d);
        b = slot_at(&c, d);
        if (a != b) {
            break;
        }
        shared[d - lvl] = a;
    }
    hamt_node *n;
    if (d == PL_HAMT_MAX_LEVEL) {
        n = node_alloc(e, PL_MAP_F_COLL, 2, 2);
        if (n) {
            n->e[0] = pl_retain(old[0]);
            n->e[1] = pl_retain(old[1]);
            n->e[2] = k->key;
            n->e[3] = v;
        }
    } else {
        n = node_alloc(e, PL_MAP_F_NODE, (1u << a) | (1u << b), 2);
        if (n) {
            unsigned mine = a < b ? 0 : 2, theirs = 2 - mine;
            n->e[mine] = k->key;
            n->e[mine + 1] = v;
            n->e[theirs] = pl_retain(old[0]);
            n->e[theirs + 1] = pl_retain(old[1]);
        }
    }
    if (!n) {
        pl_release(e, k->key);
        pl_release(e, v);
        return NULL;
    }
    n->count = 2;
    while (d-- > lvl) {
        hamt_node *up = node_alloc(e, PL_MAP_F_NODE, 1u << shared[d - lvl], 1);
        if (!up) {
            release_node(e, n);
            return NULL;
        }
        up->count = 2;
        up->e[0] = PL_NONE;
        up->e[1] = pl_from_box(n);
        n = up;
    }
    return n;
}

/* A copy of collision node [old] with [k] => [v] (taken) replaced or added. */
static hamt_node *coll_put(pl_engine *e, const hamt_node *old, pl_term k, pl_term v, bool *added)
{
    unsigned cnt = old->h.spare, at = cnt;
    for (unsigned j = 0; j < cnt; j++) {
        if (key_eq(e, old->e[2 * j], k)) {
            at = j;
        }
    }
    *added = at == cnt;
    unsigned total = cnt + *added;
    hamt_node *n = total <= 0xffff ? node_alloc(e, PL_MAP_F_COLL, total, total) : NULL;
    if (!n) {
        pl_release(e, k);
        pl_release(e, v);
        return NULL;
    }
    n->count = total;
    for (unsigned j = 0; j < cnt; j++) {
        n->e[2 * j] = pl_retain(old->e[2 * j]);
        n->e[2 * j + 1] = pl_retain(old->e[2 * j + 1]);
    }
    if (at < cnt) {
        pl_release(e, n->e[2 * at]);
        pl_release(e, n->e[2 * at + 1]);
    }
    n->e[2 * at] = k;
    n->e[2 * at + 1] = v;
    return n;
}

/* Copies the path [path][0..depth) bottom-up around the new subtree [sub]. */
static pl_term rebuild(pl_engine *e, const step *path, unsigned depth, hamt_node *sub, int64_t delta)
{
    while (sub && depth-- > 0) {
        sub = node_with(e, path[depth].node, path[depth].bit, PL_NONE, pl_from_box(sub), delta);
    }
    return sub ? hamt_box(e, sub) : PL_NONE;
}

pl_term pl_hamt_put(pl_engine *e, pl_term m, pl_term key, pl_term val)
{
    step path[PL_HAMT_MAX_LEVEL + 1];
    hamt_node *n = pl_hamt_of(m)->root;
    hkey k = hkey_of(e, key);
    for (unsigned lvl = 0;; lvl++) {
        if (n->h.flags == PL_MAP_F_COLL) {
            bool added;
            hamt_node *sub = coll_put(e, n, key, val, &added);
            return rebuild(e, path, lvl, sub, added);
        }
        unsigned bm = n->h.spare, bit = 1u << slot_at(&k, lvl);
        if (!(bm & bit)) {
            return rebuild(e, path, lvl, node_with(e, n, bit, key, val, 1), 1);
        }
        const pl_term *ent = &n->e[2 * pos_of(bm, bit)];
        if (is_child(ent)) {
            path[lvl] = (step){ n, bit };
            n = child_of(ent);
            continue;
        }
        if (key_eq(e, ent[0], key)) {
            return rebuild(e, path, lvl, node_with(e, n, bit, key, val, 0), 0);
        }
        hamt_node *sub = split(e, ent, &k, val, lvl + 1);
        if (!sub) {
            return PL_NONE;
        }
        return rebuild(e, path, lvl, node_with(e, n, bit, PL_NONE, pl_from_box(sub), 1), 1);
    }
}

/* ---- Remove ---- */

/* What replaces a node once a leaf is gone below it (erl_map.c hashmap_delete):
 * nothing, a lone leaf that moves up (borrowed), or a new node. */
typedef struct shrunk {
    hamt_node *node;
    const pl_term *leaf;
} shrunk;

/* The node [n] without the entry at [bit] (or the collision leaf [j]). */
static shrunk drop_entry(pl_engine *e, const hamt_node *n, unsigned bit, unsigned j, bool *oom)
{
    unsigned cnt = hamt_entries(n);
    if (n->h.flags == PL_MAP_F_COLL) {
        if (cnt == 2) {
            return (shrunk){ NULL, &n->e[2 * (1 - j)] };
        }
        hamt_node *c = node_alloc(e, PL_MAP_F_COLL, cnt - 1, cnt - 1);
        if (!c) {
            *oom = true;
            return (shrunk){ NULL, NULL };
        }
        c->count = cnt - 1;
        for (unsigned i = 0, d = 0; i < cnt; i++) {
            if (i != j) {
                c->e[2 * d] = pl_retain(n->e[2 * i]);
                c->e[2 * d + 1] = pl_retain(n->e[2 * i + 1]);
                d++;
            }
        }
        return (shrunk){ c, NULL };
    }
    if (cnt == 1) {
        return (shrunk){ NULL, NULL };
    }
    if (cnt == 2) {
        const pl_term *other = &n->e[pos_of(n->h.spare, bit) == 0 ? 2 : 0];
        if (!is_child(other)) {
            return (shrunk){ NULL, other };
        }
    }
    hamt_node *c = node_with(e, n, bit, PL_NONE, PL_NONE, -1);
    *oom = c == NULL;
    return (shrunk){ c, NULL };
}

/* The flatmap of the leaves of [m] but [gone], in term order. */
static pl_term to_flat(pl_engine *e, pl_term m, const pl_term *gone)
{
    uint64_t n = pl_map_size(m);
    pl_term *k = malloc(2 * n * sizeof *k);
    if (!k) {
        return PL_NONE;
    }
    size_t c = 0;
    for (uint64_t i = 0; i < n; i++) {
        const pl_term *leaf = pl_hamt_at(m, i);
        if (leaf != gone) {
            k[c] = leaf[0];
            k[n + c++] = leaf[1];
        }
    }
    pl_term r = pl_map_from_arrays(e, k, k + n, c);
    free(k);
    return r;
}

pl_term pl_hamt_remove(pl_engine *e, pl_term m, pl_term key)
{
    step path[PL_HAMT_MAX_LEVEL + 1];
    const hamt_node *n = pl_hamt_of(m)->root;
    hkey k = hkey_of(e, key);
    unsigned lvl = 0, bit = 0, j = 0;
    const pl_term *leaf = NULL;
    for (;; lvl++) {
        if (n->h.flags == PL_MAP_F_COLL) {
            for (j = 0; j < n->h.spare && !key_eq(e, n->e[2 * j], key); j++) {
            }
            leaf = j < n->h.spare ? &n->e[2 * j] : NULL;
            break;
        }
        bit = 1u << slot_at(&k, lvl);
        if (!(n->h.spare & bit)) {
            break;
        }
        const pl_term *ent = &n->e[2 * pos_of(n->h.spare, bit)];
        if (!is_child(ent)) {
            leaf = key_eq(e, ent[0], key) ? ent : NULL;
            break;
        }
        path[lvl] = (step){ (hamt_node *)n, bit };
        n = child_of(ent);
    }
    if (!leaf) {
        return pl_retain(m);
    }
    if (pl_map_size(m) - 1 <= PL_MAP_FLAT_MAX) {
        return to_flat(e, m, leaf);
    }
    bool oom = false;
    shrunk r = drop_entry(e, n, bit, j, &oom);
    /* Up the path: a lone leaf keeps rising through nodes it would be alone in;
     * the root always stays a node. */
    while (!oom && lvl-- > 0) {
        const hamt_node *up = path[lvl].node;
        unsigned ubit = path[lvl].bit;
        if (r.leaf && (lvl == 0 || hamt_popcount(up->h.spare) > 1)) {
            r = (shrunk){ node_with(e, up, ubit, pl_retain(r.leaf[0]), pl_retain(r.leaf[1]), -1),
                          NULL };
        } else if (r.node) {
            r = (shrunk){ node_with(e, up, ubit, PL_NONE, pl_from_box(r.node), -1), NULL };
        } else if (!r.leaf) {
            r = drop_entry(e, up, ubit, 0, &oom);
            continue;
        }
        oom = r.leaf == NULL && r.node == NULL;
    }
    if (oom) {
        return PL_NONE;
    }
    return hamt_box(e, r.node);
}
