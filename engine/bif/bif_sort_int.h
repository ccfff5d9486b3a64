/* Internals shared by the lists:sort/1 and lists:usort/1 ports (bif_sort.c,
 * bif_usort.c): Erlang lists as arrays whose last slot is the head. */
#ifndef PL_BIF_SORT_INT_H
#define PL_BIF_SORT_INT_H

#include "bif.h"

typedef struct pl_sort_ctx {
    const pl_engine *e;
    // set when an allocation failed: the loops stop and the result is dropped
    bool oom;
} pl_sort_ctx;

/* An Erlang list of borrowed terms; v[n - 1] is its head. */
typedef struct pl_sort_seq {
    pl_term *v;
    size_t n, cap;
} pl_sort_seq;

/* A list of lists (runs); v[n - 1] is its head. Owns the runs' arrays. */
typedef struct pl_sort_seqs {
    pl_sort_seq *v;
    size_t n, cap;
} pl_sort_seqs;

/* [t | s]; false (and ctx->oom set) when memory ran out. */
bool pl_sort_seq_push(pl_sort_ctx *c, pl_sort_seq *s, pl_term t);
/* [s | l], taking [s]'s array (freed on failure). */
void pl_sort_seqs_push(pl_sort_ctx *c, pl_sort_seqs *l, pl_sort_seq s);
void pl_sort_seqs_free(pl_sort_seqs *l);
/* lists:reverse(S, []) in place. */
void pl_sort_seq_reverse(pl_sort_seq *s);
/* lists:reverse(T, M): moves [t]'s elements onto [m]. */
void pl_sort_seq_revonto(pl_sort_ctx *c, pl_sort_seq *t, pl_sort_seq *m);
/* The seq as a list term (new reference), or PL_NONE with system_limit raised. */
pl_term pl_sort_seq_to_list(pl_proc *p, const pl_sort_seq *s);

/* Matching [H | T]: the head of a non-empty seq, popped. */
static inline pl_term pl_sort_pop(pl_sort_seq *s) { return s->v[--s->n]; }
/* The head list of a non-empty list of lists, popped (the caller owns it). */
static inline pl_sort_seq pl_sort_take(pl_sort_seqs *l) { return l->v[--l->n]; }
/* Ends a run: Rs = [[Y, X | R] | Rs] and R = []. */
void pl_sort_close_run(pl_sort_ctx *c, pl_term x, pl_term y, pl_sort_seq *r, pl_sort_seqs *rs);

#endif
