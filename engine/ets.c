/* ETS table storage: the table list under the engine, hash tables for set/bag,
 * skip lists for ordered_set, and the :persistent_term map. No process or error
 * handling here: bif/bif_ets*.c checks arguments and access rights. */
#include <stdlib.h>
#include "ets_int.h"
#include "engine.h"
#include "map.h"
#include "term_order.h"

#define NO_IX PL_ETS_NO_IX
#define SL_MAX PL_ETS_SL_MAX

typedef pl_ets_node sl_node;

struct pl_ets_state {
    pl_ets_table **tables;       // in creation order
    uint32_t n, cap;
    pl_term pterms;              // :persistent_term, a map (owned) or PL_NONE
};

static struct pl_ets_state *state(pl_engine *e)
{
    if (!e->ets) {
        e->ets = calloc(1, sizeof *e->ets);
        if (e->ets) {
            e->ets->pterms = PL_NONE;
        }
    }
    return e->ets;
}

uint32_t pl_ets_keypos(const pl_ets_table *t) { return t->o.keypos; }
uint64_t pl_ets_owner(const pl_ets_table *t) { return t->owner; }
pl_ets_access pl_ets_access_of(const pl_ets_table *t) { return t->o.access; }
pl_ets_type pl_ets_type_of(const pl_ets_table *t) { return t->o.type; }
pl_term pl_ets_id(const pl_ets_table *t) { return t->id; }
pl_term pl_ets_name(const pl_ets_table *t) { return t->name; }
bool pl_ets_named(const pl_ets_table *t) { return t->o.named; }

pl_ets_table *pl_ets_nth(const pl_engine *e, uint32_t i)
{
    return e->ets && i < e->ets->n ? e->ets->tables[i] : NULL;
}

static bool is_hash(const pl_ets_table *t) { return t->o.type != PL_ETS_ORDERED_SET; }

/* ---- Tables ---- */

pl_ets_table *pl_ets_new(pl_engine *e, pl_term name, const pl_ets_opts *o, uint64_t owner)
{
    struct pl_ets_state *s = state(e);
    if (!s) {
        return NULL;
    }
    if (s->n == s->cap) {
        uint32_t cap = s->cap ? s->cap * 2 : 8;
        pl_ets_table **nt = realloc(s->tables, cap * sizeof *nt);
        if (!nt) {
            return NULL;
        }
        s->tables = nt;
        s->cap = cap;
    }
    pl_ets_table *t = calloc(1, sizeof *t);
    if (!t) {
        return NULL;
    }
    t->o = *o;
    t->name = name;
    t->owner = owner;
    t->rng = 0x9e3779b97f4a7c15ull;
    t->level = 1;
    if (o->type != PL_ETS_ORDERED_SET && !pl_ets_hash_init(t)) {
        free(t);
        return NULL;
    }
    if (o->type == PL_ETS_ORDERED_SET) {
        t->head = calloc(1, sizeof(sl_node) + SL_MAX * sizeof(sl_node *));
        if (!t->head) {
            free(t);
            return NULL;
        }
        t->head->obj = PL_NONE;
        t->head->level = SL_MAX;
    }
    t->id = pl_ref(e->next_ref++);
    s->tables[s->n++] = t;
    return t;
}

pl_ets_table *pl_ets_find(const pl_engine *e, pl_term id)
{
    const struct pl_ets_state *s = e->ets;
    if (!s || !(pl_is_ref(id) || pl_is_atom(id))) {
        return NULL;
    }
    for (uint32_t i = 0; i < s->n; i++) {
        pl_ets_table *t = s->tables[i];
        if (t->id == id || (t->o.named && t->name == id)) {
            return t;
        }
    }
    return NULL;
}

/* Releases every object; [reuse] leaves an empty table behind (else nothing). */
static void free_objects(pl_engine *e, pl_ets_table *t, bool reuse)
{
    if (is_hash(t)) {
        if (reuse) {
            pl_ets_hash_clear(e, t);
        } else {
            pl_ets_hash_free(e, t);
        }
    } else {
        sl_node *x = t->head->next[0];
        while (x) {
            sl_node *next = x->next[0];
            pl_release(e, x->obj);
            pl_alloc_put(&e->alloc, x, sizeof(sl_node) + x->level * sizeof(sl_node *));
            x = next;
        }
        for (uint32_t i = 0; i < SL_MAX; i++) {
            t->head->next[i] = NULL;
        }
        t->level = 1;
    }
    t->size = 0;
}

void pl_ets_delete_table(pl_engine *e, pl_ets_table *t)
{
    struct pl_ets_state *s = e->ets;
    for (uint32_t i = 0; s && i < s->n; i++) {
        if (s->tables[i] == t) {
            memmove(&s->tables[i], &s->tables[i + 1], (s->n - i - 1) * sizeof *s->tables);
            s->n--;
            break;
        }
    }
    free_objects(e, t, false);
    free(t->head);
    free(t);
}

void pl_ets_owner_died(pl_engine *e, uint64_t owner)
{
    struct pl_ets_state *s = e->ets;
    for (uint32_t i = 0; s && i < s->n;) {
        if (s->tables[i]->owner == owner) {
            pl_ets_delete_table(e, s->tables[i]);
        } else {
            i++;
        }
    }
}

void pl_ets_destroy(pl_engine *e)
{
    struct pl_ets_state *s = e->ets;
    if (!s) {
        return;
    }
    while (s->n > 0) {
        pl_ets_delete_table(e, s->tables[s->n - 1]);
    }
    if (s->pterms != PL_NONE) {
        pl_release(e, s->pterms);
    }
    free(s->tables);
    free(s);
    e->ets = NULL;
}

void pl_ets_get_info(const pl_ets_table *t, pl_ets_info *out)
{
    out->id = t->id;
    out->name = t->name;
    out->owner = t->owner;
    out->opts = t->o;
    out->size = t->size;
    out->words = 0;
}

uint64_t pl_ets_memory(const pl_ets_table *t)
{
    uint64_t words = 308 + (is_hash(t) && t->bcap > 256 ? t->bcap + 259u : 0);
    pl_ets_iter it;
    pl_ets_iter_init(&it, t);
    for (pl_term obj; (obj = pl_ets_iter_next(&it)) != PL_NONE;) {
        words += pl_tuple_arity(obj) + 5;
    }
    pl_ets_iter_done(&it);
    return words;
}

/* ---- Skip lists ---- */

static uint32_t sl_random_level(pl_ets_table *t)
{
    uint64_t x = t->rng;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    t->rng = x;
    uint32_t level = 1;
    while (level < SL_MAX && (x & 3) == 0) {
        level++;
        x >>= 2;
    }
    return level;
}

static int sl_cmp(const pl_engine *e, const pl_ets_table *t, const sl_node *x, pl_term key)
{
    pl_term k = pl_ets_key(t, x->obj);
    if (pl_is_small(k) && pl_is_small(key)) { /* the common key; pl_compare is general */
        int64_t a = pl_small_value(k), b = pl_small_value(key);
        return (a > b) - (a < b);
    }
    return k == key ? 0 : pl_compare(e, k, key);
}

/* The last node whose key is < [key] (or <= with [inclusive]) on every level. */
static sl_node *sl_descend(const pl_engine *e, const pl_ets_table *t, pl_term key, bool inclusive,
                           sl_node **update)
{
    sl_node *x = t->head;
    for (uint32_t lv = t->level; lv > 0; lv--) {
        for (sl_node *n = x->next[lv - 1]; n; n = x->next[lv - 1]) {
            int c = sl_cmp(e, t, n, key);
            if (c > 0 || (c == 0 && !inclusive)) {
                break;
            }
            x = n;
        }
        if (update) {
            update[lv - 1] = x;
        }
    }
    return x;
}

static sl_node *sl_find(const pl_engine *e, const pl_ets_table *t, pl_term key)
{
    sl_node *x = sl_descend(e, t, key, false, NULL)->next[0];
    return x && sl_cmp(e, t, x, key) == 0 ? x : NULL;
}

static bool sl_insert(pl_engine *e, pl_ets_table *t, pl_term obj)
{
    sl_node *update[SL_MAX];
    pl_term key = pl_ets_key(t, obj);
    sl_node *x = sl_descend(e, t, key, false, update)->next[0];
    if (x && sl_cmp(e, t, x, key) == 0) {
        pl_release(e, x->obj);
        x->obj = pl_retain(obj);
        return true;
    }
    uint32_t level = sl_random_level(t);
    sl_node *n = pl_alloc_get(&e->alloc, sizeof(sl_node) + level * sizeof(sl_node *));
    if (!n) {
        return false;
    }
    for (uint32_t lv = t->level; lv < level; lv++) {
        update[lv] = t->head;
    }
    if (level > t->level) {
        t->level = level;
    }
    n->obj = pl_retain(obj);
    n->level = level;
    for (uint32_t lv = 0; lv < level; lv++) {
        n->next[lv] = update[lv]->next[lv];
        update[lv]->next[lv] = n;
    }
    t->size++;
    return true;
}

static uint64_t sl_delete(pl_engine *e, pl_ets_table *t, pl_term key, pl_term obj)
{
    sl_node *update[SL_MAX];
    sl_node *x = sl_descend(e, t, key, false, update)->next[0];
    if (!x || sl_cmp(e, t, x, key) != 0 || (obj != PL_NONE && !pl_exact_eq(x->obj, obj))) {
        return 0;
    }
    for (uint32_t lv = 0; lv < x->level; lv++) {
        if (update[lv]->next[lv] == x) {
            update[lv]->next[lv] = x->next[lv];
        }
    }
    while (t->level > 1 && !t->head->next[t->level - 1]) {
        t->level--;
    }
    pl_release(e, x->obj);
    pl_alloc_put(&e->alloc, x, sizeof(sl_node) + x->level * sizeof(sl_node *));
    t->size--;
    return 1;
}

/* ---- Objects ---- */

bool pl_ets_insert(pl_engine *e, pl_ets_table *t, pl_term obj)
{
    return is_hash(t) ? pl_ets_hash_insert(e, t, obj) : sl_insert(e, t, obj);
}

pl_term pl_ets_lookup_first(const pl_engine *e, const pl_ets_table *t, pl_term key)
{
    if (is_hash(t)) {
        uint32_t i = pl_ets_hash_find(e, t, key);
        return i == NO_IX ? PL_NONE : t->objs[i].obj;
    }
    sl_node *x = sl_find(e, t, key);
    return x ? x->obj : PL_NONE;
}

pl_term *pl_ets_object_slot(const pl_engine *e, pl_ets_table *t, pl_term key)
{
    if (is_hash(t)) {
        /* Counters hit one key over and over: try the last slot first. */
        uint32_t m = t->memo_ix;
        if (t->o.type == PL_ETS_SET && m < t->n && t->objs[m].obj != PL_NONE &&
            pl_ets_key(t, t->objs[m].obj) == key) {
            return &t->objs[m].obj;
        }
        uint32_t i = pl_ets_hash_find(e, t, key);
        if (i == NO_IX) {
            return NULL;
        }
        t->memo_ix = i;
        return &t->objs[i].obj;
    }
    sl_node *x = sl_find(e, t, key);
    return x ? &x->obj : NULL;
}

pl_term pl_ets_lookup(pl_engine *e, const pl_ets_table *t, pl_term key)
{
    if (t->o.type == PL_ETS_SET || t->o.type == PL_ETS_ORDERED_SET) {
        pl_term obj = pl_ets_lookup_first(e, t, key);
        return obj == PL_NONE ? PL_NIL : pl_cons_new(e, pl_retain(obj), PL_NIL);
    }
    uint32_t first = pl_ets_hash_find(e, t, key);
    if (first == NO_IX) {
        return PL_NIL;
    }
    /* A key's objects are adjacent in its chain: collect, then build the list. */
    size_t n = 0, cap = 8;
    pl_term *items = malloc(cap * sizeof *items);
    for (uint32_t i = first; i != NO_IX && items; i = t->objs[i].chain) {
        const pl_ets_hobj *o = &t->objs[i];
        if (o->hash != t->objs[first].hash || !pl_exact_eq(pl_ets_key(t, o->obj), key)) {
            break;
        }
        if (n == cap) {
            pl_term *ni = realloc(items, (cap *= 2) * sizeof *items);
            if (!ni) {
                free(items);
                return PL_NONE;
            }
            items = ni;
        }
        items[n++] = o->obj;
    }
    pl_term out = items ? pl_list_from_array(e, items, n) : PL_NONE;
    free(items);
    return out;
}

uint64_t pl_ets_delete_key(pl_engine *e, pl_ets_table *t, pl_term key)
{
    return is_hash(t) ? pl_ets_hash_delete(e, t, key, PL_NONE) : sl_delete(e, t, key, PL_NONE);
}

void pl_ets_delete_object(pl_engine *e, pl_ets_table *t, pl_term obj)
{
    pl_term key = pl_ets_key(t, obj);
    if (is_hash(t)) {
        pl_ets_hash_delete(e, t, key, obj);
    } else {
        sl_delete(e, t, key, obj);
    }
}

void pl_ets_delete_all(pl_engine *e, pl_ets_table *t) { free_objects(e, t, true); }

/* ---- Walking ---- */

/* Hash tables list their objects as OTP's select does: key groups in the
 * reverse of walk order, each group's objects in order. */
static void materialize(pl_ets_iter *it, const pl_ets_table *t)
{
    it->items = t->size ? malloc(t->size * sizeof *it->items) : NULL;
    it->nitems = 0;
    if (!it->items) {
        return;
    }
    uint64_t n = t->size, end = t->size;
    uint32_t i = pl_ets_hash_first(t);
    while (i != NO_IX) {
        uint32_t next = pl_ets_hash_next_group(t, i);
        uint64_t len = 0;
        for (uint32_t j = i; j != next; j = pl_ets_hash_next(t, j)) {
            len++;
        }
        end -= len;
        uint64_t k = end;
        for (uint32_t j = i; j != next; j = pl_ets_hash_next(t, j)) {
            it->items[k++] = t->objs[j].obj;
        }
        i = next;
    }
    it->nitems = n;
}

bool pl_ets_iter_init(pl_ets_iter *it, const pl_ets_table *t)
{
    it->t = t;
    it->index = 0;
    it->items = NULL;
    it->nitems = 0;
    it->node = NULL;
    if (is_hash(t)) {
        materialize(it, t);
        return it->items || t->size == 0;
    }
    it->node = t->head->next[0];
    return true;
}

void pl_ets_iter_done(pl_ets_iter *it)
{
    free(it->items);
    it->items = NULL;
}

pl_term pl_ets_iter_next(pl_ets_iter *it)
{
    if (!is_hash(it->t)) {
        sl_node *x = it->node;
        if (!x) {
            return PL_NONE;
        }
        it->node = x->next[0];
        return x->obj;
    }
    return it->index < it->nitems ? it->items[it->index++] : PL_NONE;
}

pl_term pl_ets_first_key(const pl_ets_table *t)
{
    if (!is_hash(t)) {
        sl_node *x = t->head->next[0];
        return x ? pl_ets_key(t, x->obj) : PL_NONE;
    }
    uint32_t g = pl_ets_hash_first(t);
    return g == NO_IX ? PL_NONE : pl_ets_key(t, t->objs[g].obj);
}

pl_term pl_ets_last_key(const pl_ets_table *t)
{
    if (is_hash(t)) {
        /* last/1 is first/1 for tables that are not ordered_set, as in OTP */
        return pl_ets_first_key(t);
    }
    const sl_node *x = t->head;
    for (uint32_t lv = t->level; lv > 0; lv--) {
        while (x->next[lv - 1]) {
            x = x->next[lv - 1];
        }
    }
    return x == t->head ? PL_NONE : pl_ets_key(t, x->obj);
}

pl_term pl_ets_next_key(const pl_engine *e, const pl_ets_table *t, pl_term key, bool *missing)
{
    *missing = false;
    if (!is_hash(t)) {
        const sl_node *x = sl_descend(e, t, key, true, NULL)->next[0];
        return x ? pl_ets_key(t, x->obj) : PL_NONE;
    }
    uint32_t i = pl_ets_hash_find(e, t, key);
    if (i == NO_IX) {
        *missing = true;
        return PL_NONE;
    }
    uint32_t g = pl_ets_hash_next_group(t, i);
    return g == NO_IX ? PL_NONE : pl_ets_key(t, t->objs[g].obj);
}

pl_term pl_ets_prev_key(const pl_engine *e, const pl_ets_table *t, pl_term key, bool *missing)
{
    if (is_hash(t)) {
        return pl_ets_next_key(e, t, key, missing); /* as OTP: prev is next there */
    }
    *missing = false;
    const sl_node *x = sl_descend(e, t, key, false, NULL);
    return x == t->head ? PL_NONE : pl_ets_key(t, x->obj);
}

/* ---- :persistent_term ---- */

pl_term pl_pterm_get(const pl_engine *e, pl_term key)
{
    if (!e->ets || e->ets->pterms == PL_NONE) {
        return PL_NONE;
    }
    return pl_map_get(e, e->ets->pterms, key);
}

bool pl_pterm_put(pl_engine *e, pl_term key, pl_term val)
{
    struct pl_ets_state *s = state(e);
    if (!s) {
        return false;
    }
    if (s->pterms == PL_NONE && (s->pterms = pl_map_empty(e)) == PL_NONE) {
        return false;
    }
    pl_term m = pl_map_put(e, s->pterms, pl_retain(key), pl_retain(val));
    if (m == PL_NONE) {
        return false;
    }
    pl_release(e, s->pterms);
    s->pterms = m;
    return true;
}

bool pl_pterm_erase(pl_engine *e, pl_term key)
{
    struct pl_ets_state *s = e->ets;
    if (!s || s->pterms == PL_NONE || pl_map_find(e, s->pterms, key) < 0) {
        return false;
    }
    pl_term m = pl_map_remove(e, s->pterms, key);
    if (m == PL_NONE) {
        return false;
    }
    pl_release(e, s->pterms);
    s->pterms = m;
    return true;
}

pl_term pl_pterm_list(pl_engine *e)
{
    struct pl_ets_state *s = e->ets;
    pl_term out = PL_NIL;
    uint64_t n = s && s->pterms != PL_NONE ? pl_map_size(s->pterms) : 0;
    for (uint64_t i = n; i > 0 && out != PL_NONE; i--) {
        pl_term kv = pl_tuple2(e, pl_retain(pl_map_key(s->pterms, i - 1)),
                               pl_retain(pl_map_val(s->pterms, i - 1)));
        out = kv == PL_NONE ? (pl_release(e, out), PL_NONE) : pl_cons_new(e, kv, out);
    }
    return out;
}
