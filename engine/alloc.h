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
/* Returns NULL when out of memory or when the test hook says so. */
void *pl_alloc_get(pl_alloc *a, size_t size);
/* [size] must be the size given to pl_alloc_get. */
void pl_alloc_put(pl_alloc *a, void *ptr, size_t size);

#endif
