/* Process creation, teardown and the growth of a process's stacks. */
#include <stdlib.h>
#include "engine.h"
#include "proc.h"
#include "map.h"
#include "lang/code.h"

#define DEFAULT_MEM_LIMIT ((size_t)512 << 20)

/* ---- Buffers. Every spawn grows a stack, frames and handlers from nothing,
 * and the scheduler reaps dead processes hundreds at a time: their buffers
 * wait in the engine, by exact size, for the next spawns. Capacities stay
 * what growth gives, so no memory figure changes. At most SPARE_BYTES are
 * kept; sanitizer builds keep none, so ASan sees every block. ---- */

#define SPARE_BYTES ((size_t)1 << 20)

static int spare_bin(size_t bytes)
{
    return bytes % 32 == 0 && bytes >= 32 && bytes <= 1024 ? (int)(bytes / 32) - 1 : -1;
}

static void *block_get(pl_engine *e, size_t bytes)
{
    int b = spare_bin(bytes);
#ifndef PL_SAN
    if (b >= 0 && e->spare_blocks[b]) {
        void *block = e->spare_blocks[b];
        e->spare_blocks[b] = *(void **)block;
        e->spare_bytes -= bytes;
        return block;
    }
#endif
    (void)b;
    return malloc(bytes);
}

static void block_put(pl_engine *e, void *block, size_t bytes)
{
    int b = spare_bin(bytes);
#ifndef PL_SAN
    if (block && b >= 0 && e->spare_bytes + bytes <= SPARE_BYTES) {
        *(void **)block = e->spare_blocks[b];
        e->spare_blocks[b] = block;
        e->spare_bytes += bytes;
        return;
    }
#endif
    (void)b;
    free(block);
}

/* realloc through the spares: [old] (NULL or [old_bytes] long) grows to [bytes];
 * NULL when out of memory, [old] then untouched. */
static void *block_grow(pl_engine *e, void *old, size_t old_bytes, size_t bytes)
{
    if (spare_bin(old_bytes) < 0 && spare_bin(bytes) < 0) {
        return realloc(old, bytes);
    }
    void *block = block_get(e, bytes);
    if (block && old) {
        memcpy(block, old, old_bytes < bytes ? old_bytes : bytes);
        block_put(e, old, old_bytes);
    }
    return block;
}

void pl_proc_spares_free(pl_engine *e)
{
    for (int b = 0; b < 32; b++) {
        while (e->spare_blocks[b]) {
            void *next = *(void **)e->spare_blocks[b];
            free(e->spare_blocks[b]);
            e->spare_blocks[b] = next;
        }
    }
    e->spare_bytes = 0;
}

pl_proc *pl_proc_new(pl_engine *e)
{
    pl_proc *p = calloc(1, sizeof *p);
    if (!p) {
        return NULL;
    }
    p->e = e;
    p->serial = e->next_pid++;
    p->mem_limit = DEFAULT_MEM_LIMIT;
    p->exc_kind = p->exc_reason = p->exc_trace = PL_NONE;
    p->exit_reason = PL_NONE;
    p->name = PL_NONE;
    p->exit_value = PL_NONE;
    p->pending_exit = PL_NONE;
    p->initial_call = PL_NONE;
    pl_mailbox_init(&p->mailbox);
    p->dict = pl_map_empty(e);
    if (p->dict == PL_NONE) {
        free(p);
        return NULL;
    }
    return p;
}

void pl_proc_clear_exc(pl_proc *p)
{
    pl_release(p->e, p->exc_reason);
    pl_release(p->e, p->exc_trace);
    p->exc_kind = p->exc_reason = p->exc_trace = PL_NONE;
    p->exc_detail = NULL;
}

void pl_proc_free(pl_proc *p)
{
    if (!p) {
        return;
    }
    for (uint32_t i = 0; i < p->sp; i++) {
        pl_release(p->e, p->stack[i]);
    }
    for (uint32_t i = 0; i < p->nframes; i++) {
        pl_release(p->e, p->frames[i].closure);
    }
    pl_proc_clear_exc(p);
    pl_release(p->e, p->exit_reason);
    pl_release(p->e, p->dict);
    pl_release(p->e, p->initial_call);
    pl_release(p->e, p->exit_value);
    pl_release(p->e, p->pending_exit);
    pl_mailbox_clear(p->e, &p->mailbox);
    free(p->links);
    free(p->monitors.items);
    free(p->monitored_by.items);
    free(p->aliases);
    block_put(p->e, p->stack, (size_t)p->stack_cap * sizeof *p->stack);
    block_put(p->e, p->frames, (size_t)p->frames_cap * sizeof *p->frames);
    block_put(p->e, p->handlers, (size_t)p->handlers_cap * sizeof *p->handlers);
    free(p);
}

static size_t mem_used(const pl_proc *p, uint32_t stack_cap, uint32_t frames_cap)
{
    return (size_t)stack_cap * sizeof(pl_term) + (size_t)frames_cap * sizeof(pl_frame);
}

bool pl_proc_reserve(pl_proc *p, uint32_t n)
{
    if ((uint64_t)p->sp + n <= p->stack_cap) {
        return true;
    }
    uint64_t cap = p->stack_cap ? p->stack_cap : 32;
    while (cap < (uint64_t)p->sp + n) {
        cap *= 2;
    }
    if (cap > UINT32_MAX || mem_used(p, (uint32_t)cap, p->frames_cap) > p->mem_limit) {
        return false;
    }
    pl_term *s = block_grow(p->e, p->stack, (size_t)p->stack_cap * sizeof *s, cap * sizeof *s);
    if (!s) {
        return false;
    }
    p->stack = s;
    p->stack_cap = (uint32_t)cap;
    return true;
}

bool pl_proc_reserve_frame(pl_proc *p)
{
    if (p->nframes < p->frames_cap) {
        return true;
    }
    uint64_t cap = p->frames_cap ? (uint64_t)p->frames_cap * 2 : 8;
    if (cap > UINT32_MAX || mem_used(p, p->stack_cap, (uint32_t)cap) > p->mem_limit) {
        return false;
    }
    pl_frame *f = block_grow(p->e, p->frames, (size_t)p->frames_cap * sizeof *f, cap * sizeof *f);
    if (!f) {
        return false;
    }
    p->frames = f;
    p->frames_cap = (uint32_t)cap;
    return true;
}

bool pl_proc_reserve_handler(pl_proc *p)
{
    if (p->nhandlers < p->handlers_cap) {
        return true;
    }
    uint32_t cap = p->handlers_cap ? p->handlers_cap * 2 : 8;
    pl_handler *h = block_grow(p->e, p->handlers, (size_t)p->handlers_cap * sizeof *h,
                               (size_t)cap * sizeof *h);
    if (!h) {
        return false;
    }
    p->handlers = h;
    p->handlers_cap = cap;
    return true;
}

pl_term pl_proc_raise(pl_proc *p, pl_term kind, pl_term reason)
{
    pl_proc_clear_exc(p);
    p->exc_kind = kind;
    p->exc_reason = reason;
    return PL_NONE;
}

pl_term pl_proc_error(pl_proc *p, pl_term reason) { return pl_proc_raise(p, PL_A(error), reason); }

pl_term pl_proc_badarg(pl_proc *p) { return pl_proc_error(p, PL_A(badarg)); }
