/* Frame management for the VM: calls, tail calls, returns and exception
 * unwinding. Frames live in p->frames; locals and operands in p->stack. */
#include <stdio.h>
#include "../engine.h"
#include "../bif/bif.h"
#include "vm_call.h"

/* ---- Entering and leaving functions ---- */

static bool over_limit(pl_proc *p, pl_term closure)
{
    pl_release(p->e, closure);
    pl_proc_error(p, PL_A(system_limit));
    return false;
}

/* Empties the slots above the arguments and copies a closure's captured values. */
static void init_slots(pl_proc *p, pl_func *fn, uint32_t base, uint32_t argc, pl_term closure)
{
    pl_term *slots = p->stack + base;
    for (uint32_t i = argc; i < fn->nslots; i++) {
        slots[i] = PL_NONE;
    }
    if (closure != PL_NONE) {
        const pl_fun *f = pl_fun_of(closure);
        for (uint32_t i = 0; i < f->nfree; i++) {
            slots[fn->free_slots[i]] = pl_retain(f->free[i]);
        }
    }
    p->sp = base + fn->nslots;
}

bool pl_vm_enter(pl_proc *p, pl_func *fn, uint32_t argc, pl_term closure)
{
    if (!pl_proc_reserve_frame(p) || !pl_proc_reserve(p, fn->nslots + fn->max_stack + 4)) {
        return over_limit(p, closure);
    }
    uint32_t base = p->sp - argc;
    p->frames[p->nframes++] = (pl_frame){ fn, 0, base, closure };
    init_slots(p, fn, base, argc, closure);
    return true;
}

bool pl_vm_tail(pl_proc *p, pl_func *fn, uint32_t argc, pl_term closure)
{
    pl_frame *f = &p->frames[p->nframes - 1];
    uint32_t args = p->sp - argc;
    for (uint32_t i = f->base; i < args; i++) {
        pl_release(p->e, p->stack[i]);
    }
    memmove(p->stack + f->base, p->stack + args, argc * sizeof(pl_term));
    p->sp = f->base + argc;
    pl_release(p->e, f->closure);
    f->fn = fn;
    f->pc = 0;
    f->closure = closure;
    if (!pl_proc_reserve(p, fn->nslots + fn->max_stack + 4)) {
        f->closure = PL_NONE;
        return over_limit(p, closure);
    }
    init_slots(p, fn, f->base, argc, closure);
    return true;
}

bool pl_vm_return(pl_proc *p, pl_term result)
{
    pl_frame *f = &p->frames[p->nframes - 1];
    for (uint32_t i = f->base; i < p->sp; i++) {
        pl_release(p->e, p->stack[i]);
    }
    p->sp = f->base;
    pl_release(p->e, f->closure);
    p->nframes--;
    p->stack[p->sp++] = result;
    return p->nframes > 0;
}

/* ---- Exceptions ---- */

uint32_t pl_vm_line(const pl_proc *p, const pl_frame *f)
{
    (void)p;
    if (!f->fn->lines || f->fn->code_len == 0) {
        return 0;
    }
    uint32_t pc = f->pc ? f->pc - 1 : 0;
    return f->fn->lines[pc < f->fn->code_len ? pc : f->fn->code_len - 1];
}

static pl_term frame_entry(pl_proc *p, const pl_frame *f, pl_term args)
{
    pl_engine *e = p->e;
    pl_term info = PL_NIL;
    uint32_t line = pl_vm_line(p, f);
    if (line) {
        info = pl_cons_new(e, pl_tuple2(e, PL_A(line), pl_small(line)), PL_NIL);
    }
    pl_term what = args != PL_NONE ? args : pl_small(f->fn->arity);
    pl_term t = pl_tuple_new(e, 4);
    if (t == PL_NONE) {
        pl_release(e, what);
        pl_release(e, info);
        return PL_NONE;
    }
    pl_tuple *tp = pl_tuple_of(t);
    tp->el[0] = f->fn->mod->name;
    tp->el[1] = f->fn->name;
    tp->el[2] = what;
    tp->el[3] = info;
    return t;
}

pl_term pl_vm_stacktrace(pl_proc *p, pl_term args)
{
    pl_term entries[20] = { 0 };
    uint32_t n = 0;
    for (uint32_t i = p->nframes; i > 0 && n < 20; i--) {
        pl_term t = frame_entry(p, &p->frames[i - 1], n == 0 ? args : PL_NONE);
        if (t == PL_NONE) {
            break;
        }
        entries[n++] = t;
    }
    pl_term list = pl_list_from_array(p->e, entries, n);
    for (uint32_t i = 0; i < n; i++) {
        pl_release(p->e, entries[i]);
    }
    return list == PL_NONE ? PL_NIL : list;
}

static const char *ordinal(uint32_t n)
{
    static const char *const names[] = { "1st", "2nd", "3rd", "4th", "5th", "6th" };
    return n >= 1 && n <= 6 ? names[n - 1] : "nth";
}

void pl_vm_bif_failed(pl_proc *p, pl_term mod, pl_term name, const pl_term *args, uint32_t argc)
{
    pl_engine *e = p->e;
    if (p->exc_trace != PL_NONE) {
        return;
    }
    pl_term info = PL_NIL;
    if (p->exc_detail) {
        char buf[256];
        snprintf(buf, sizeof buf, "\n\n  * %s argument: %s\n", ordinal(p->exc_argno), p->exc_detail);
        info = pl_cons_new(e, pl_tuple2(e, pl_atom_intern(&e->atoms, "error_info", 10), pl_cstr(e, buf)),
                           PL_NIL);
        p->exc_detail = NULL;
    }
    pl_term top = pl_tuple_new(e, 4);
    pl_term list = pl_list_from_array(e, args, argc);
    if (top == PL_NONE || list == PL_NONE || info == PL_NONE) {
        pl_release(e, top);
        pl_release(e, list);
        pl_release(e, info);
        return;
    }
    pl_tuple *t = pl_tuple_of(top);
    t->el[0] = mod;
    t->el[1] = name;
    t->el[2] = list;
    t->el[3] = info;
    p->exc_trace = pl_cons_new(e, top, pl_vm_stacktrace(p, PL_NONE));
}

bool pl_vm_unwind(pl_proc *p)
{
    if (p->exc_trace == PL_NONE) {
        p->exc_trace = pl_vm_stacktrace(p, PL_NONE);
    }
    if (p->nhandlers == 0 || p->exc_kind == PL_A(kill)) {
        return false; /* a kill signal is not an exception: nothing catches it */
    }
    pl_handler h = p->handlers[--p->nhandlers];
    while (p->nframes - 1 > h.frame) {
        pl_release(p->e, p->frames[--p->nframes].closure);
    }
    for (uint32_t i = h.sp; i < p->sp; i++) {
        pl_release(p->e, p->stack[i]);
    }
    p->sp = h.sp;
    p->frames[p->nframes - 1].pc = h.pc;
    return true;
}
