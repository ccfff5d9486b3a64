/* Running code to completion outside the scheduler: the embedded library at
 * engine start, and scripts for `proclab run`. */
#ifndef PL_RUN_H
#define PL_RUN_H

#include "proclab.h"

/* Compiles and runs every engine/lib source embedded in the binary. */
pl_status pl_run_load_lib(pl_engine *e);

#endif
