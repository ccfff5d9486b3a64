/* A binary min-heap of timers keyed by (deadline, seq). Cancellation searches
 * the heap: there are few timers compared with messages. */
#include <stdlib.h>
#include "engine.h"
#include "timer.h"

static bool before(const pl_timer *a, const pl_timer *b)
{
    return a->deadline < b->deadline || (a->deadline == b->deadline && a->seq < b->seq);
}

static void swap(pl_timer *a, pl_timer *b)
{
    pl_timer t = *a;
    *a = *b;
    *b = t;
}

static void sift_up(pl_timers *t, uint32_t i)
{
    while (i > 0 && before(&t->heap[i], &t->heap[(i - 1) / 2])) {
        swap(&t->heap[i], &t->heap[(i - 1) / 2]);
        i = (i - 1) / 2;
    }
}

static void sift_down(pl_timers *t, uint32_t i)
{
    for (;;) {
        uint32_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < t->len && before(&t->heap[l], &t->heap[m])) {
            m = l;
        }
        if (r < t->len && before(&t->heap[r], &t->heap[m])) {
            m = r;
        }
        if (m == i) {
            return;
        }
        swap(&t->heap[i], &t->heap[m]);
        i = m;
    }
}

void pl_timers_init(pl_timers *t)
{
    t->heap = NULL;
    t->len = t->cap = 0;
    t->next_seq = 0;
}

void pl_timers_destroy(pl_engine *e, pl_timers *t)
{
    for (uint32_t i = 0; i < t->len; i++) {
        pl_release(e, t->heap[i].msg);
        pl_release(e, t->heap[i].dest);
    }
    free(t->heap);
    pl_timers_init(t);
}

bool pl_timers_add(pl_engine *e, pl_timers *t, pl_timer tm)
{
    if (t->len == t->cap) {
        uint32_t cap = t->cap ? t->cap * 2 : 64;
        pl_timer *h = realloc(t->heap, cap * sizeof *h);
        if (!h) {
            pl_release(e, tm.msg);
            pl_release(e, tm.dest);
            return false;
        }
        t->heap = h;
        t->cap = cap;
    }
    tm.seq = t->next_seq++;
    t->heap[t->len++] = tm;
    sift_up(t, t->len - 1);
    return true;
}

static pl_timer remove_at(pl_timers *t, uint32_t i)
{
    pl_timer out = t->heap[i];
    t->heap[i] = t->heap[--t->len];
    if (i < t->len) {
        sift_down(t, i);
        sift_up(t, i);
    }
    return out;
}

pl_timer pl_timers_pop(pl_timers *t) { return remove_at(t, 0); }

static int64_t find_ref(const pl_timers *t, pl_term ref)
{
    for (uint32_t i = 0; i < t->len; i++) {
        if (t->heap[i].ref == ref) {
            return i;
        }
    }
    return -1;
}

bool pl_timers_read(const pl_timers *t, pl_term ref, uint64_t now, uint64_t *left)
{
    int64_t i = find_ref(t, ref);
    if (i < 0) {
        return false;
    }
    uint64_t d = t->heap[i].deadline;
    *left = d > now ? d - now : 0;
    return true;
}

bool pl_timers_cancel(pl_engine *e, pl_timers *t, pl_term ref, uint64_t now, uint64_t *left)
{
    int64_t i = find_ref(t, ref);
    if (i < 0) {
        return false;
    }
    pl_timer tm = remove_at(t, (uint32_t)i);
    *left = tm.deadline > now ? tm.deadline - now : 0;
    pl_release(e, tm.msg);
    pl_release(e, tm.dest);
    return true;
}
