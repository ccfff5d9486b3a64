/* Process.info's figures, also read by the UI's snapshots (view.c). */
#ifndef PL_BIF_PINFO_H
#define PL_BIF_PINFO_H

#include "../proc.h"

/* Bytes a process holds: its stacks, its mailbox and its dictionary. */
size_t pl_pinfo_memory(const pl_proc *p);
/* Process.info/1's keyword list for [q] (new), or PL_NONE out of memory. */
pl_term pl_pinfo_all(pl_engine *e, const pl_proc *q);

#endif
