/* Per-engine allocator: size-class free lists carved from 64 KiB slabs, in front
 * of malloc. Blocks keep no header; callers pass the size back on free (every box
 * knows its own size). Slabs make a million small allocations cost a few dozen
 * mallocs, and tearing an engine down cheap. Sanitizer builds use plain
 * malloc/free per block so ASan sees every use after free. */
#include <stdlib.h>
#include "alloc.h"

#define SLAB_BYTES (64 * 1024)

/* A free block's first word links the list; void * as in alloc.h's inline
 * paths, which read and write it through (void **). */
typedef struct free_block {
    void *next;
} free_block;

typedef struct slab {
    struct slab *next;
    max_align_t align[];
} slab;

static size_t class_of(size_t size) { return (size + 7) / 8 - 1; }

void pl_alloc_init(pl_alloc *a)
{
    for (int i = 0; i < PL_ALLOC_CLASSES; i++) {
        a->free_list[i] = NULL;
    }
    a->slabs = NULL;
    a->bytes_in_use = 0;
    a->bytes_limit = 0;
    a->fail_after = -1;
}

void pl_alloc_destroy(pl_alloc *a)
{
#ifdef PL_SAN
    for (int i = 0; i < PL_ALLOC_CLASSES; i++) {
        free_block *b = a->free_list[i];
        while (b) {
            free_block *next = b->next;
            free(b);
            b = next;
        }
        a->free_list[i] = NULL;
    }
#endif
    slab *s = a->slabs;
    while (s) {
        slab *next = s->next;
        free(s);
        s = next;
    }
    a->slabs = NULL;
    for (int i = 0; i < PL_ALLOC_CLASSES; i++) {
        a->free_list[i] = NULL;
    }
}

#ifndef PL_SAN
/* Carves a new slab into blocks of class [c] and threads them on its list. */
static bool refill(pl_alloc *a, size_t c)
{
    size_t block = (c + 1) * 8;
    slab *s = malloc(SLAB_BYTES);
    if (!s) {
        return false;
    }
    s->next = a->slabs;
    a->slabs = s;
    char *p = (char *)s->align, *end = (char *)s + SLAB_BYTES;
    for (; p + block <= end; p += block) {
        free_block *b = (free_block *)p;
        b->next = a->free_list[c];
        a->free_list[c] = b;
    }
    return true;
}
#endif

void *pl_alloc_get_slow(pl_alloc *a, size_t size)
{
    if (size == 0) {
        size = 8;
    }
    if (a->fail_after >= 0 && a->fail_after-- == 0) {
        return NULL;
    }
    if (a->bytes_limit && a->bytes_in_use + size > a->bytes_limit) {
        return NULL;
    }
    size_t c = class_of(size);
#ifdef PL_SAN
    void *p = malloc(c < PL_ALLOC_CLASSES ? (c + 1) * 8 : size);
#else
    void *p = NULL;
    if (c < PL_ALLOC_CLASSES && (a->free_list[c] || refill(a, c))) {
        free_block *b = a->free_list[c];
        a->free_list[c] = b->next;
        p = b;
    } else if (c >= PL_ALLOC_CLASSES) {
        p = malloc(size);
    }
#endif
    if (p) {
        a->bytes_in_use += size;
    }
    return p;
}

void pl_alloc_put_slow(pl_alloc *a, void *ptr, size_t size)
{
    if (!ptr) {
        return;
    }
    if (size == 0) {
        size = 8;
    }
    a->bytes_in_use -= size;
    size_t c = class_of(size);
#ifdef PL_SAN
    (void)c;
    free(ptr);
#else
    if (c < PL_ALLOC_CLASSES) {
        free_block *b = ptr;
        b->next = a->free_list[c];
        a->free_list[c] = b;
    } else {
        free(ptr);
    }
#endif
}
