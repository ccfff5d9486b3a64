/* Frames: entering, returning, tail calls, raising and unwinding (vm_call.c).
 * Internal to the VM. */
#ifndef PL_VM_CALL_H
#define PL_VM_CALL_H

#include "vm.h"

/* Pushes a frame for [fn]; its [argc] arguments are the top of the stack.
 * Takes [closure]. False (with the exception set) when over the limit. */
bool pl_vm_enter(pl_proc *p, pl_func *fn, uint32_t argc, pl_term closure);
/* Replaces the current frame by a call to [fn] with the top [argc] values. */
bool pl_vm_tail(pl_proc *p, pl_func *fn, uint32_t argc, pl_term closure);
/* Pops the current frame, pushing [result] (taken) for the caller.
 * Returns false when that was the last frame. */
bool pl_vm_return(pl_proc *p, pl_term result);
/* Finds a handler for the pending exception and unwinds to it; false when the
 * process has none (it must exit). */
bool pl_vm_unwind(pl_proc *p);
/* The stack trace of the current frames: [{mod, fun, arity, [line: n]}...].
 * [args] (taken, or PL_NONE) replaces the arity of the top entry. */
pl_term pl_vm_stacktrace(pl_proc *p, pl_term args);
/* After a BIF mod.name(args) failed: puts {mod, name, args, info} on top of the
 * pending exception's stacktrace, as the BEAM does (Elixir's messages use it). */
void pl_vm_bif_failed(pl_proc *p, pl_term mod, pl_term name, const pl_term *args, uint32_t argc);
/* The current line of the innermost frame. */
uint32_t pl_vm_line(const pl_proc *p, const pl_frame *f);

#endif
