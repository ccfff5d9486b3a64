/* Shared by the :ets BIF files: finding a table with the caller's access rights
 * checked, and the error_info texts OTP 25 gives. */
#ifndef PL_BIF_ETS_H
#define PL_BIF_ETS_H

#include "bif.h"
#include "../ets.h"

typedef enum pl_bif_ets_need { PL_ETS_NEED_READ, PL_ETS_NEED_WRITE } pl_bif_ets_need;

/* The table [id] names when [p] may [need] it; otherwise NULL with badarg raised
 * on argument 1, explained as OTP explains it. */
pl_ets_table *pl_bif_ets_table(pl_proc *p, pl_term id, pl_bif_ets_need need);
/* True when [obj] is a tuple big enough to hold the table's key. */
static inline bool pl_bif_ets_fits(const pl_ets_table *t, pl_term obj)
{
    return pl_is_tuple(obj) && pl_tuple_arity(obj) >= pl_ets_keypos(t);
}

#define PL_ETS_ENOKEY "not a key that exists in the table"
#define PL_ETS_ETYPE "the table identifier refers to an ETS table of a type not supported by this operation"

#endif
