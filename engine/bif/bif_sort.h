/* A port of OTP 25's lists:sort/1 and lists:usort/1 (lib/stdlib/src/lists.erl).
 * The BEAM's sort is not stable for terms that compare equal but differ (1 and
 * 1.0); porting its exact run-splitting and merge order reproduces the BEAM's
 * output for them. Does not own the :lists BIFs themselves (bif_lists.c). */
#ifndef PL_BIF_SORT_H
#define PL_BIF_SORT_H

#include "bif.h"

/* @brief lists:sort/1 of the proper list [list] (borrowed; the caller checked
 * it is proper). Returns a new reference, or PL_NONE with system_limit raised
 * when memory ran out. Iterative: no C recursion on the list's length. */
pl_term pl_lists_sort(pl_proc *p, pl_term list);

/* @brief lists:usort/1: sorted with == duplicates removed, keeping the element
 * the BEAM keeps. Same contract as pl_lists_sort. */
pl_term pl_lists_usort(pl_proc *p, pl_term list);

#endif
