/* Per-engine memory: size-class free lists for small blocks, byte accounting, and a
 * fail-after-N hook so tests can prove every allocation failure is handled. */
#ifndef PL_ALLOC_H
#define PL_ALLOC_H

#include "types.h"

#define PL_ALLOC_CLASSES 32 /* blocks of 8, 16, ... 256 bytes are recycled */

typedef struct pl_alloc {
    void *free_list[PL_ALLOC_CLASSES];
    void *slabs;            /* every slab the small blocks are carved from */
    size_t bytes_in_use;
    size_t bytes_limit;     /* 0 = no limit */
    long fail_after;        /* -1 = never; else the allocation that fails */
} pl_alloc;

void pl_alloc_init(pl_alloc *a);
void pl_alloc_destroy(pl_alloc *a);
/* The out-of-line paths of the two below: a refill, a big block, the limit
 * and the failure hook. */
void *pl_alloc_get_slow(pl_alloc *a, size_t size);
void pl_alloc_put_slow(pl_alloc *a, void *ptr, size_t size);

/* Returns NULL when out of memory or when the test hook says so. Inline: every
 * term built or freed comes here, and the common case is a list pop. */
static inline void *pl_alloc_get(pl_alloc *a, size_t size)
{
#ifndef PL_SAN
    size_t c = (size + 7) / 8 - 1; /* size 0 wraps around to the slow path */
    if (c < PL_ALLOC_CLASSES && a->free_list[c] && a->fail_after < 0 &&
        (!a->bytes_limit || a->bytes_in_use + size <= a->bytes_limit)) {
        void *b = a->free_list[c];
        a->free_list[c] = *(void **)b;
        a->bytes_in_use += size;
        return b;
    }
#endif
    return pl_alloc_get_slow(a, size);
}

/* [size] must be the size given to pl_alloc_get. */
static inline void pl_alloc_put(pl_alloc *a, void *ptr, size_t size)
{
#ifndef PL_SAN
    size_t c = (size + 7) / 8 - 1;
    if (ptr && c < PL_ALLOC_CLASSES) {
        a->bytes_in_use -= size;
        *(void **)ptr = a->free_list[c];
        a->free_list[c] = ptr;
        return;
    }
#endif
    pl_alloc_put_slow(a, ptr, size);
}

#endif
