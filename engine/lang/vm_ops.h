/* The VM's out-of-line operations: building terms from stack values, calling
 * funs and apply, binary matching, raising the built-in errors (vm_ops.c). */
#ifndef PL_VM_OPS_H
#define PL_VM_OPS_H

#include "vm.h"

enum { PL_VM_ENTERED = 1, PL_VM_CALLED_BIF = 2 };

/* Take the [n] values at [vals]. */
pl_term pl_vm_make_tuple(pl_engine *e, pl_term *vals, uint32_t n);
/* Take [n] values and the tail after them; they are consumed even on failure. */
pl_term pl_vm_make_list(pl_engine *e, pl_term *vals, uint32_t n);
/* Borrow their inputs; PL_NONE with the exception set on failure. */
pl_term pl_vm_make_map(pl_proc *p, const pl_term *kv, uint32_t n);
pl_term pl_vm_update_map(pl_proc *p, const pl_term *map_kv, uint32_t n);
pl_term pl_vm_concat(pl_proc *p, const pl_term *bins, uint32_t n);

/* Calls the fun below the top [argc] values; -1 when it raised. */
int pl_vm_call_fun(pl_proc *p, uint32_t argc, bool tail);
/* apply(module, name, args) with the three on the stack, or apply(fun, args)
 * with two when [funform]; -1 when it raised. */
int pl_vm_apply(pl_proc *p, bool tail, bool funform);
/* Runs defmodule: loads [name] and enters its body. */
bool pl_vm_defmodule(pl_proc *p, pl_term name);
bool pl_vm_push_handler(pl_proc *p, uint32_t label);
/* BIN_PREFIX and BIN_GET (vm_bin.c): 1 matched, 0 no match, -1 raised. */
int pl_vm_bin_prefix(pl_proc *p, pl_term *slots, const uint32_t *operands, const pl_term *consts);
int pl_vm_bin_get(pl_proc *p, pl_term *slots, const uint32_t *operands);

/* The :erlang name of a fast-path opcode (+, -, <, ...). */
pl_term pl_vm_op_name(pl_engine *e, uint32_t op);
/* RECV_TAKE: removes the matched message (returned, taken) and ends the receive. */
pl_term pl_vm_received(pl_proc *p);
/* RECV_WAIT with [timeout] (ms or :infinity): 1 = suspend, 0 = timed out
 * (run the after clause), -1 = bad timeout value (raised). */
int pl_vm_wait(pl_proc *p, pl_term timeout);
/* The small-integer cases of the arithmetic and comparison ops that need no
 * call: PL_NONE leaves the rest (overflow, mul, div, rem) to pl_vm_small_op.
 * Inline: the dispatch loop runs these on every arithmetic and comparison op. */
static inline pl_term pl_vm_small_inline(uint32_t op, int64_t x, int64_t y)
{
    switch (op) {
    case PL_OP_ADD: return pl_fits_small(x + y) ? pl_small(x + y) : PL_NONE;
    case PL_OP_SUB: return pl_fits_small(x - y) ? pl_small(x - y) : PL_NONE;
    case PL_OP_LT: return pl_bool(x < y);
    case PL_OP_GT: return pl_bool(x > y);
    case PL_OP_LE: return pl_bool(x <= y);
    case PL_OP_GE: return pl_bool(x >= y);
    case PL_OP_EQ:
    case PL_OP_SEQ: return pl_bool(x == y);
    case PL_OP_NE:
    case PL_OP_SNE: return pl_bool(x != y);
    default: return PL_NONE;
    }
}

/* ==, !=, ===, !== without a term comparison when the words decide: 1 equal,
 * 0 not, -1 ask term_order. The same word is equal; an immediate differs from
 * every other word, except that under == a small integer may equal a float. */
static inline int pl_vm_eq_inline(uint32_t op, pl_term a, pl_term b)
{
    if (a == b) {
        return 1;
    }
    bool imm_a = !pl_is_boxed(a), imm_b = !pl_is_boxed(b);
    if (op == PL_OP_SEQ || op == PL_OP_SNE) {
        return imm_a || imm_b ? 0 : -1;
    }
    return (imm_a && (imm_b || !pl_is_small(a))) || (imm_b && !pl_is_small(b)) ? 0 : -1;
}

/* The small-integer cases pl_vm_small_inline left (+/- past the small range,
 * *, div, rem); PL_NONE sends overflow and division by zero to the generic op. */
pl_term pl_vm_small_op(pl_engine *e, uint32_t op, pl_term a, pl_term b);
/* Borrowed operands; PL_NONE with the exception set. */
pl_term pl_vm_generic_op(pl_proc *p, uint32_t op, pl_term a, pl_term b);

void pl_vm_raise_undef(pl_proc *p, pl_term mod, pl_term name, const pl_term *args, uint32_t argc);
void pl_vm_raise_function_clause(pl_proc *p);
void pl_vm_raise_cond_clause(pl_proc *p);
void pl_vm_raise_badbool(pl_proc *p, pl_term v);

#endif
