/* Helpers shared by the Enum/List/Map built-ins (bif_enum*.c, bif_list*.c,
 * bif_map.c). Terms are borrowed unless a comment says otherwise. */
#ifndef PL_BIF_ENUM_H
#define PL_BIF_ENUM_H

#include "bif.h"

/* Reads a %Range{}; false when [t] is not one with integer bounds. */
bool pl_enum_range(const pl_engine *e, pl_term t, int64_t *first, int64_t *last, int64_t *step);
int64_t pl_enum_range_size(int64_t first, int64_t last, int64_t step);
/* Enumerable to list (new reference), or PL_NONE with Protocol.UndefinedError raised. */
pl_term pl_enum_list(pl_proc *p, pl_term t);
/* [r], or system_limit raised when [r] is PL_NONE (allocation failed). */
pl_term pl_enum_ok(pl_proc *p, pl_term r);
/* Raises the exception [module] (a full atom name) with [msg], or its default. */
pl_term pl_enum_raise(pl_proc *p, const char *module, const char *msg);
/* Raises ArgumentError with message [prefix] <> inspect(t). */
pl_term pl_enum_argerr(pl_proc *p, const char *prefix, pl_term t);
/* A proper list as a malloc'd array of borrowed terms (free it); false if improper or OOM. */
bool pl_enum_array(pl_term list, pl_term **out, size_t *n);
/* Stable merge sort in place ([tmp] holds n terms); [key] >= 0 compares tuple elements. */
void pl_enum_sort(const pl_engine *e, pl_term *a, pl_term *tmp, size_t n, bool desc, int64_t key);
/* A sorted copy of a proper [list] (new reference or PL_NONE raised). */
pl_term pl_enum_sorted(pl_proc *p, pl_term list, bool desc, int64_t key);

#endif
