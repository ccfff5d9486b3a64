/* The bytecode interpreter. pl_vm_run runs one process for a budget of
 * reductions and returns why it stopped; it never recurses in C for an Elixir
 * call, so a process can stop at any depth and resume later. */
#ifndef PL_VM_H
#define PL_VM_H

#include "../proc.h"
#include "code.h"

enum {
#define OP(name, n) PL_OP_##name,
#include "opcodes.def"
#undef OP
    PL_OP__COUNT
};

extern const char *const pl_op_names[PL_OP__COUNT];
extern const uint8_t pl_op_operands[PL_OP__COUNT];

typedef enum pl_run_status {
    PL_RUN_YIELD,   /* the budget ran out; call again */
    PL_RUN_WAIT,    /* waiting in receive */
    PL_RUN_EXIT,    /* the process ended: p->exit_reason says how */
} pl_run_status;

/* Prepares [p] to call [fn] with [argc] arguments (borrowed). */
pl_status pl_vm_start(pl_proc *p, pl_func *fn, const pl_term *args, uint32_t argc);
pl_run_status pl_vm_run(pl_proc *p, int64_t budget);

/* When a process ended by an uncaught exception, exit_reason is
 * {kind, reason, stacktrace}; a normal return leaves {:normal, value}. */

#endif
