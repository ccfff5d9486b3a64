/* Per-engine allocator: size-class free lists in front of malloc. Blocks keep no
 * header; callers pass the size back on free (every box knows its own size). */
#include <stdlib.h>
#include "alloc.h"

typedef struct free_block {
    struct free_block *next;
} free_block;

static size_t class_of(size_t size) { return (size + 7) / 8 - 1; }

void pl_alloc_init(pl_alloc *a)
{
    for (int i = 0; i < PL_ALLOC_CLASSES; i++) {
        a->free_list[i] = NULL;
    }
    a->bytes_in_use = 0;
    a->bytes_limit = 0;
    a->fail_after = -1;
}

void pl_alloc_destroy(pl_alloc *a)
{
    for (int i = 0; i < PL_ALLOC_CLASSES; i++) {
        free_block *b = a->free_list[i];
        while (b) {
            free_block *next = b->next;
            free(b);
            b = next;
        }
        a->free_list[i] = NULL;
    }
}

void *pl_alloc_get(pl_alloc *a, size_t size)
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
    a->bytes_in_use += size;
    size_t c = class_of(size);
    if (c < PL_ALLOC_CLASSES && a->free_list[c]) {
        free_block *b = a->free_list[c];
        a->free_list[c] = b->next;
        return b;
    }
    void *p = malloc(c < PL_ALLOC_CLASSES ? (c + 1) * 8 : size);
    if (!p) {
        a->bytes_in_use -= size;
    }
    return p;
}

void pl_alloc_put(pl_alloc *a, void *ptr, size_t size)
{
    if (!ptr) {
        return;
    }
    if (size == 0) {
        size = 8;
    }
    a->bytes_in_use -= size;
    size_t c = class_of(size);
    if (c < PL_ALLOC_CLASSES) {
        free_block *b = ptr;
        b->next = a->free_list[c];
        a->free_list[c] = b;
    } else {
        free(ptr);
    }
}
