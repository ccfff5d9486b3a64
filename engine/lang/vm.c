/* The dispatch loop. Each case is short; frames, raising and unwinding live in
 * vm_call.c, term building and arithmetic in vm_ops.c. The loop keeps the
 * current frame's registers in locals and writes them back before anything that
 * may grow the stack or leave the loop. */
#include "../engine.h"
#include "../bif/bif.h"
#include "../map.h"
#include "../term_order.h"
#include "vm_call.h"
#include "vm_ops.h"

const char *const pl_op_names[PL_OP__COUNT] = {
#define OP(name, n) #name,
#include "opcodes.def"
#undef OP
};

const uint8_t pl_op_operands[PL_OP__COUNT] = {
#define OP(name, n) n,
#include "opcodes.def"
#undef OP
};

pl_status pl_vm_start(pl_proc *p, pl_func *fn, const pl_term *args, uint32_t argc)
{
    if (!pl_proc_reserve(p, argc)) {
        return PL_ENOMEM;
    }
    for (uint32_t i = 0; i < argc; i++) {
        p->stack[p->sp++] = pl_retain(args[i]);
    }
    return pl_vm_enter(p, fn, argc, PL_NONE) ? PL_OK : PL_ENOMEM;
}

static inline void set_slot(pl_engine *e, pl_term *slot, pl_term v)
{
    pl_term old = *slot;
    *slot = v;
    pl_release(e, old);
}

/* Records why the process ended. [reason] is taken. */
static pl_run_status finish(pl_proc *p, pl_term reason)
{
    /* The scheduler marks the process exited (pl_sched_exit): it sends signals. */
    pl_release(p->e, p->exit_reason);
    p->exit_reason = reason;
    return PL_RUN_EXIT;
}

static pl_run_status die_uncaught(pl_proc *p)
{
    pl_engine *e = p->e;
    /* Free the frames first: when the process ran out of memory, what it held
     * is what lets the exit reason be built. */
    for (uint32_t i = 0; i < p->sp; i++) {
        pl_release(e, p->stack[i]);
    }
    p->sp = 0;
    while (p->nframes > 0) {
        pl_release(e, p->frames[--p->nframes].closure);
    }
    pl_term r = pl_tuple3(e, p->exc_kind, p->exc_reason, p->exc_trace);
    p->exc_kind = p->exc_reason = p->exc_trace = PL_NONE;
    if (r == PL_NONE) {
        r = pl_tuple3(e, PL_A(error), PL_A(system_limit), PL_NIL);
    }
    return finish(p, r == PL_NONE ? PL_A(system_limit) : r);
}

/* ---- Inline call fast paths: the common case needs no reallocation ---- */

/* Is there room for a frame of [target] whose arguments end at [top]? */
static inline bool has_room(const pl_proc *p, const pl_term *top, const pl_func *target)
{
    return p->nframes < p->frames_cap &&
           (size_t)(top - p->stack) + target->nslots + target->max_stack + 4 <= p->stack_cap;
}

static inline pl_frame *push_frame(pl_proc *p, pl_func *target, uint32_t base)
{
    pl_frame *f = &p->frames[p->nframes++];
    f->fn = target;
    f->pc = 0;
    f->base = base;
    f->closure = PL_NONE;
    return f;
}

/* Empties slots [argc, nslots) and returns the operand stack's start. */
static inline pl_term *clear_slots(pl_term *bp, uint32_t argc, uint32_t nslots)
{
    for (uint32_t i = argc; i < nslots; i++) {
        bp[i] = PL_NONE;
    }
    return bp + nslots;
}

/* Dispatch: a jump table of label addresses where the compiler supports it
 * (each handler ends in its own indirect jump, which predicts far better than
 * one shared switch), a plain switch otherwise. */
#if defined(__GNUC__)
#define vmdispatch(o) goto *jump_table[(o)];
#define vmcase(op) L_##op:
#define vmdefault
#define vmbreak goto *jump_table[*pc++]
#else
#define vmdispatch(o) switch (o)
#define vmcase(op) case PL_OP_##op:
#define vmdefault default:
#define vmbreak goto dispatch
#endif
#define SLOT(i) (bp[(i)])
#define SAVE() (p->sp = (uint32_t)(sp - p->stack), fr->pc = (uint32_t)(pc - fn->code), \
                p->budget_left = budget)
#define LOAD()                                     \
    do {                                           \
        fr = &p->frames[p->nframes - 1];           \
        fn = fr->fn;                               \
        pc = fn->code + fr->pc;                    \
        bp = p->stack + fr->base;                  \
        sp = p->stack + p->sp;                     \
        consts = fn->consts;                       \
    } while (0)
#define RAISE() goto raise
#define FAIL_OR_RAISE(label) \
    do {                                           \
        if (label) {                               \
            pl_proc_clear_exc(p);                  \
            pc = fn->code + (label);               \
            vmbreak;                               \
        }                                          \
        RAISE();                                   \
    } while (0)

static pl_run_status run(pl_proc *p, int64_t budget);

/* Runs [p] for up to [budget] reductions, counting them in p->reductions
 * (Process.info's :reductions; the UI's table). */
pl_run_status pl_vm_run(pl_proc *p, int64_t budget)
{
    p->budget_left = budget;
    pl_run_status r = run(p, budget);
    p->reductions += budget - (p->budget_left > 0 ? p->budget_left : 0);
    return r;
}

static pl_run_status run(pl_proc *p, int64_t budget)
{
    pl_engine *e = p->e;
    pl_frame *fr;
    pl_func *fn;
    const uint32_t *pc;
    pl_term *bp, *sp;
    const pl_term *consts;
    e->current = p;
    LOAD();
#if defined(__GNUC__)
    static const void *const jump_table[PL_OP__COUNT] = {
#define OP(name, n) &&L_##name,
#include "opcodes.def"
#undef OP
    };
#endif

#if !defined(__GNUC__)
dispatch:
#endif
    vmdispatch(*pc++) {
    vmcase(NOP) vmbreak;
    vmcase(CONST) *sp++ = pl_retain(consts[pc[0]]); pc += 1; vmbreak;
    vmcase(LOCAL) *sp++ = pl_retain(SLOT(pc[0])); pc += 1; vmbreak;
    vmcase(LOCAL2) {
        sp[0] = pl_retain(SLOT(pc[0]));
        sp[1] = pl_retain(SLOT(pc[1]));
        sp += 2;
        pc += 2;
        vmbreak;
    }
    vmcase(MOVE) *sp++ = SLOT(pc[0]); SLOT(pc[0]) = PL_NONE; pc += 1; vmbreak;
    vmcase(STORE) set_slot(e, &SLOT(pc[0]), *--sp); pc += 1; vmbreak;
    vmcase(POP) pl_release(e, *--sp); vmbreak;
    vmcase(DUP) *sp = pl_retain(sp[-1]); sp++; vmbreak;
    vmcase(CLEAR) set_slot(e, &SLOT(pc[0]), PL_NONE); pc += 1; vmbreak;
    vmcase(DROP_TO) {
        pl_term *to = bp + fn->nslots + pc[0];
        while (sp > to) {
            pl_release(e, *--sp);
        }
        pc += 1;
        vmbreak;
    }
    vmcase(TUPLE) {
        uint32_t n = pc[0];
        pl_term t = pl_vm_make_tuple(e, sp - n, n);
        if (t == PL_NONE) {
            pl_bif_nomem(p);
            RAISE();
        }
        sp -= n;
        *sp++ = t;
        pc += 1;
        vmbreak;
    }
    vmcase(LIST) {
        uint32_t n = pc[0];
        pl_term t = pl_vm_make_list(e, sp - n - 1, n);
        if (t == PL_NONE) {
            sp -= n + 1; /* make_list consumed them even when it failed */
            pl_bif_nomem(p);
            RAISE();
        }
        sp -= n + 1;
        *sp++ = t;
        pc += 1;
        vmbreak;
    }
    vmcase(MAP) {
        uint32_t n = pc[0];
        pl_term t = pl_vm_make_map(p, sp - 2 * n, n);
        if (t == PL_NONE) {
            RAISE();
        }
        for (uint32_t i = 0; i < 2 * n; i++) {
            pl_release(e, *--sp);
        }
        *sp++ = t;
        pc += 1;
        vmbreak;
    }
    vmcase(MAP_UPDATE) {
        uint32_t n = pc[0];
        pl_term t = pl_vm_update_map(p, sp - 2 * n - 1, n);
        if (t == PL_NONE) {
            RAISE();
        }
        for (uint32_t i = 0; i < 2 * n + 1; i++) {
            pl_release(e, *--sp);
        }
        *sp++ = t;
        pc += 1;
        vmbreak;
    }
    vmcase(BIN_CONCAT) {
        uint32_t n = pc[0];
        pl_term t = pl_vm_concat(p, sp - n, n);
        if (t == PL_NONE) {
            RAISE();
        }
        for (uint32_t i = 0; i < n; i++) {
            pl_release(e, *--sp);
        }
        *sp++ = t;
        pc += 1;
        vmbreak;
    }
    vmcase(FUN) {
        pl_func *target = fn->mod->funcs[pc[0]];
        uint32_t n = pc[1];
        pl_term f = pl_fun_new(e, target, target->arity, n);
        if (f == PL_NONE) {
            pl_bif_nomem(p);
            RAISE();
        }
        pl_fun_of(f)->mod = fn->mod->name;
        pl_fun_of(f)->name = target->name;
        sp -= n;
        memcpy(pl_fun_of(f)->free, sp, n * sizeof(pl_term));
        *sp++ = f;
        pc += 2;
        vmbreak;
    }

    /* ---- Calls ---- */
    vmcase(CALL) {
        pl_func *target = fn->mod->funcs[pc[0]];
        uint32_t argc = pc[1];
        pc += 2;
        if (has_room(p, sp, target)) {
            fr->pc = (uint32_t)(pc - fn->code);
            bp = sp - argc;
            fr = push_frame(p, target, (uint32_t)(bp - p->stack));
            sp = clear_slots(bp, argc, target->nslots);
            fn = target;
            pc = fn->code;
            consts = fn->consts;
        } else {
            SAVE();
            bool ok = pl_vm_enter(p, target, argc, PL_NONE);
            LOAD();
            if (!ok) {
                RAISE();
            }
        }
        if (--budget <= 0) {
            goto yield;
        }
        vmbreak;
    }
    vmcase(TAIL) {
        pl_func *target = fn->mod->funcs[pc[0]];
        uint32_t argc = pc[1];
        pc += 2;
        /* A call to itself needs no room check: its entry made room for
         * this very frame, and the stack never shrinks. */
        if (fr->closure == PL_NONE && (target == fn || has_room(p, bp + argc, target))) {
            /* Replace this frame: drop its slots, slide the arguments down
             * (a forward copy is safe downwards; few words, no memmove call). */
            pl_term *args = sp - argc;
            for (pl_term *q = bp; q < args; q++) {
                pl_release(e, *q);
            }
            for (uint32_t i = 0; i < argc; i++) {
                bp[i] = args[i];
            }
            sp = clear_slots(bp, argc, target->nslots);
            fr->fn = fn = target;
            pc = fn->code;
            consts = fn->consts;
        } else {
            SAVE();
            bool ok = pl_vm_tail(p, target, argc, PL_NONE);
            LOAD();
            if (!ok) {
                RAISE();
            }
        }
        if (--budget <= 0) {
            goto yield;
        }
        vmbreak;
    }
    vmcase(CALL_EXT)
    vmcase(TAIL_EXT) {
        bool tail = pc[-1] == PL_OP_TAIL_EXT;
        pl_import *imp = &fn->mod->imports[pc[0]];
        uint32_t argc = pc[1];
        pc += 2;
        if (imp->generation != e->modules->generation || (!imp->fn && imp->bif < 0)) {
            if (!pl_code_resolve(e, imp)) {
                SAVE();
                pl_vm_raise_undef(p, imp->mod, imp->name, sp - argc, argc);
                RAISE();
            }
        }
        if (imp->fn) {
            SAVE();
            bool ok = tail ? pl_vm_tail(p, imp->fn, argc, PL_NONE)
                           : pl_vm_enter(p, imp->fn, argc, PL_NONE);
            LOAD();
            if (!ok) {
                RAISE();
            }
            if (--budget <= 0) {
                goto yield;
            }
            vmbreak;
        }
        SAVE();
        pl_term r = pl_bif_at(e, imp->bif)->fn(p, sp - argc);
        if (r == PL_NONE) {
            pl_vm_bif_failed(p, imp->mod, imp->name, sp - argc, argc);
        }
        for (uint32_t i = 0; i < argc; i++) {
            pl_release(e, *--sp);
        }
        if (r == PL_NONE) {
            RAISE();
        }
        *sp++ = r;
        if (tail) {
            goto do_return;
        }
        vmbreak;
    }
    vmcase(BIF) {
        const pl_bif_entry *b = pl_bif_at(e, (int32_t)pc[0]);
        uint32_t argc = pc[1], fail = pc[2];
        pc += 3;
        SAVE();
        pl_term r = b->fn(p, sp - argc);
        if (r == PL_NONE && !fail) {
            pl_vm_bif_failed(p, b->mod, b->name, sp - argc, argc);
        }
        for (uint32_t i = 0; i < argc; i++) {
            pl_release(e, *--sp);
        }
        if (r == PL_NONE) {
            FAIL_OR_RAISE(fail);
        }
        *sp++ = r;
        if (--budget <= 0) {
            goto yield; /* a BIF costs a reduction too (send, spawn, ...) */
        }
        vmbreak;
    }
    vmcase(CALL_FUN)
    vmcase(TAIL_FUN) {
        bool tail = pc[-1] == PL_OP_TAIL_FUN;
        uint32_t argc = pc[0];
        pl_term f = sp[-(int)argc - 1];
        pc += 1;
        /* Fast path: a closure of the right arity, called (not tail) with room. */
        if (!tail && pl_is_fun(f) && pl_fun_of(f)->fn && pl_fun_of(f)->arity == argc &&
            has_room(p, sp, pl_fun_of(f)->fn)) {
            pl_fun *fun = pl_fun_of(f);
            pl_func *target = fun->fn;
            memmove(sp - argc - 1, sp - argc, argc * sizeof(pl_term));
            sp--;
            fr->pc = (uint32_t)(pc - fn->code);
            bp = sp - argc;
            fr = push_frame(p, target, (uint32_t)(bp - p->stack));
            fr->closure = f; /* the frame owns the fun now */
            sp = clear_slots(bp, argc, target->nslots);
            for (uint32_t i = 0; i < fun->nfree; i++) {
                bp[target->free_slots[i]] = pl_retain(fun->free[i]);
            }
            fn = target;
            pc = fn->code;
            consts = fn->consts;
            if (--budget <= 0) {
                goto yield;
            }
            vmbreak;
        }
        SAVE();
        int how = pl_vm_call_fun(p, argc, tail);
        LOAD();
        if (how < 0) {
            RAISE();
        }
        if (how == PL_VM_CALLED_BIF && tail) {
            goto do_return;
        }
        if ((how == PL_VM_ENTERED || how == PL_VM_CALLED_BIF) && --budget <= 0) {
            goto yield;
        }
        vmbreak;
    }
    vmcase(APPLY) {
        bool tail = (pc[0] & 1) != 0, funform = (pc[0] & 2) != 0;
        pc += 1;
        SAVE();
        int how = pl_vm_apply(p, tail, funform);
        LOAD();
        if (how < 0) {
            RAISE();
        }
        if (how == PL_VM_CALLED_BIF && tail) {
            goto do_return;
        }
        if (how == PL_VM_ENTERED && --budget <= 0) {
            goto yield;
        }
        vmbreak;
    }
    vmcase(LOCAL_DOT) {
        pl_term x = SLOT(pc[0]);
        pl_term v = pl_is_map(x) ? pl_map_get_atom(e, x, consts[pc[1]]) : PL_NONE;
        if (v != PL_NONE) {
            *sp++ = pl_retain(v);
            pc += 2;
            vmbreak;
        }
        *sp++ = pl_retain(x); /* no such key, or no map: DOT raises or calls */
        pc += 1;
        goto do_dot;
    }
    vmcase(DOT) {
    do_dot:;
        pl_term x = sp[-1], field = consts[pc[0]];
        pc += 1;
        if (pl_is_map(x)) {
            pl_term v = pl_is_atom(field) ? pl_map_get_atom(e, x, field) : pl_map_get(e, x, field);
            if (v == PL_NONE) {
                SAVE();
                pl_proc_error(p, pl_tuple3(e, PL_A(badkey), field, pl_retain(x)));
                RAISE();
            }
            sp[-1] = pl_retain(v);
            pl_release(e, x);
            vmbreak;
        }
        if (!pl_is_atom(x)) { /* as Elixir 1.14: a KeyError that explains the dot */
            SAVE();
            pl_proc_error(p, pl_tuple3(e, PL_A(badkey), field, pl_retain(x)));
            RAISE();
        }
        *sp++ = field; /* mod.fun with no parentheses: a zero-arity call */
        *sp++ = PL_NIL;
        SAVE();
        int how = pl_vm_apply(p, false, false);
        LOAD();
        if (how < 0) {
            RAISE();
        }
        if (how == PL_VM_ENTERED && --budget <= 0) {
            goto yield;
        }
        vmbreak;
    }
    vmcase(RET) {
    do_return:;
        pl_term r = *--sp;
        if (p->nframes > 1) {
            for (pl_term *q = bp; q < sp; q++) {
                pl_release(e, *q);
            }
            pl_release(e, fr->closure);
            sp = bp;
            *sp++ = r;
            p->nframes--;
            fr = &p->frames[p->nframes - 1];
            fn = fr->fn;
            pc = fn->code + fr->pc;
            bp = p->stack + fr->base;
            consts = fn->consts;
            vmbreak;
        }
        SAVE();
        if (!pl_vm_return(p, r)) {
            pl_term v = p->stack[--p->sp];
            return finish(p, pl_tuple2(e, PL_A(normal), v));
        }
        LOAD();
        vmbreak;
    }

    /* ---- Control ---- */
    vmcase(JUMP) {
        /* A backward jump closes a loop (for, receive): it costs a reduction. */
        const uint32_t *to = fn->code + pc[0];
        bool back = to < pc;
        pc = to;
        if (back && --budget <= 0) {
            goto yield;
        }
        vmbreak;
    }
    vmcase(JUMP_FALSY) {
        pl_term v = *--sp;
        pl_release(e, v);
        pc = pl_truthy(v) ? pc + 1 : fn->code + pc[0];
        vmbreak;
    }
    vmcase(JUMP_TRUTHY) {
        pl_term v = *--sp;
        pl_release(e, v);
        pc = pl_truthy(v) ? fn->code + pc[0] : pc + 1;
        vmbreak;
    }
    vmcase(JUMP_NOT_TRUE) {
        pl_term v = *--sp;
        pl_release(e, v);
        pc = v == PL_TRUE ? pc + 1 : fn->code + pc[0];
        vmbreak;
    }
    vmcase(BOOL_CHECK) {
        if (!pl_is_bool(sp[-1])) {
            if (pc[0]) {
                pl_release(e, *--sp);
                pc = fn->code + pc[0];
                vmbreak;
            }
            SAVE();
            pl_vm_raise_badbool(p, sp[-1]);
            RAISE();
        }
        pc += 1;
        vmbreak;
    }

    /* ---- Pattern matching ---- */
    vmcase(IS_TUPLE) {
        pl_term v = SLOT(pc[0]);
        pc = pl_is_tuple(v) && pl_tuple_arity(v) == pc[1] ? pc + 3 : fn->code + pc[2];
        vmbreak;
    }
    vmcase(IS_CONS) pc = pl_is_cons(SLOT(pc[0])) ? pc + 2 : fn->code + pc[1]; vmbreak;
    vmcase(IS_MAP) pc = pl_is_map(SLOT(pc[0])) ? pc + 2 : fn->code + pc[1]; vmbreak;
    vmcase(IS_BIN) pc = pl_is_bin(SLOT(pc[0])) ? pc + 2 : fn->code + pc[1]; vmbreak;
    vmcase(EQ_CONST) {
        pl_term a = SLOT(pc[0]), b = consts[pc[1]];
        /* Immediates are equal only when identical; boxes need a walk. */
        bool eq = a == b || (pl_is_boxed(a) && pl_is_boxed(b) && pl_exact_eq(a, b));
        pc = eq ? pc + 3 : fn->code + pc[2];
        vmbreak;
    }
    vmcase(EQ_LOCAL) {
        pc = pl_exact_eq(SLOT(pc[0]), SLOT(pc[1])) ? pc + 3 : fn->code + pc[2];
        vmbreak;
    }
    vmcase(ELEM) {
        set_slot(e, &SLOT(pc[2]), pl_retain(pl_tuple_get(SLOT(pc[0]), pc[1])));
        pc += 3;
        vmbreak;
    }
    vmcase(HEAD) set_slot(e, &SLOT(pc[1]), pl_retain(pl_head(SLOT(pc[0])))); pc += 2; vmbreak;
    vmcase(TAIL_OF) set_slot(e, &SLOT(pc[1]), pl_retain(pl_tail(SLOT(pc[0])))); pc += 2; vmbreak;
    vmcase(MAP_GET) {
        pl_term m = SLOT(pc[0]), k = SLOT(pc[1]);
        pl_term v = !pl_is_map(m) ? PL_NONE
                    : pl_is_atom(k) ? pl_map_get_atom(e, m, k) : pl_map_get(e, m, k);
        if (v == PL_NONE) {
            pc = fn->code + pc[3];
            vmbreak;
        }
        set_slot(e, &SLOT(pc[2]), pl_retain(v));
        pc += 4;
        vmbreak;
    }
    vmcase(BIN_PREFIX) {
        SAVE();
        int ok = pl_vm_bin_prefix(p, bp, pc, consts);
        if (ok < 0) {
            RAISE();
        }
        pc = ok ? pc + 4 : fn->code + pc[3];
        vmbreak;
    }
    vmcase(BIN_GET) {
        SAVE();
        int ok = pl_vm_bin_get(p, bp, pc);
        if (ok < 0) {
            RAISE();
        }
        pc = ok ? pc + 5 : fn->code + pc[4];
        vmbreak;
    }

    /* ---- Receive ---- */
    vmcase(RECV_START) {
        pl_mailbox_start(&p->mailbox, pc[0] ? SLOT(pc[0] - 1) : PL_NONE);
        pc += 1;
        vmbreak;
    }
    vmcase(RECV_PEEK) {
        pl_term m = pl_mailbox_peek(&p->mailbox);
        if (m == PL_NONE) {
            pc = fn->code + pc[1];
            vmbreak;
        }
        set_slot(e, &SLOT(pc[0]), pl_retain(m));
        pc += 2;
        vmbreak;
    }
    vmcase(RECV_NEXT) {
        pl_mailbox_next(&p->mailbox);
        pc = fn->code + pc[0];
        vmbreak;
    }
    vmcase(RECV_TAKE) {
        pl_release(e, pl_vm_received(p));
        vmbreak;
    }
    vmcase(RECV_WAIT) {
        if (pl_mailbox_peek(&p->mailbox) != PL_NONE) {
            pc = fn->code + pc[1]; /* a message arrived while we waited */
            vmbreak;
        }
        int w = pl_vm_wait(p, pc[0] ? SLOT(pc[0] - 1) : PL_A(infinity));
        if (w < 0) {
            SAVE();
            RAISE();
        }
        if (w == 0) {
            pc += 3; /* timed out: run the after clause */
            vmbreak;
        }
        pc -= 1; /* resume at this RECV_WAIT */
        SAVE();
        return PL_RUN_WAIT;
    }

    /* ---- Errors ---- */
    vmcase(BADMATCH) {
        pl_proc_error(p, pl_tuple2(e, PL_A(badmatch), pl_retain(SLOT(pc[0]))));
        pc += 1;
        SAVE();
        RAISE();
    }
    vmcase(CASE_CLAUSE) {
        pl_proc_error(p, pl_tuple2(e, PL_A(case_clause), pl_retain(SLOT(pc[0]))));
        pc += 1;
        SAVE();
        RAISE();
    }
    vmcase(RAISE_TERM) {
        pl_proc_error(p, pl_tuple2(e, consts[pc[0]], pl_retain(SLOT(pc[1]))));
        pc += 2;
        SAVE();
        RAISE();
    }
    vmcase(FUNC_CLAUSE) {
        SAVE();
        pl_vm_raise_function_clause(p);
        RAISE();
    }
    vmcase(COND_CLAUSE) {
        SAVE();
        pl_vm_raise_cond_clause(p);
        RAISE();
    }

    /* ---- Exceptions ---- */
    vmcase(TRY) {
        SAVE();
        if (!pl_vm_push_handler(p, pc[0])) {
            RAISE();
        }
        pc += 1;
        vmbreak;
    }
    vmcase(END_TRY) p->nhandlers--; vmbreak;
    vmcase(CATCH_INTO) {
        uint32_t s = pc[0];
        set_slot(e, &SLOT(s), p->exc_kind);
        set_slot(e, &SLOT(s + 1), p->exc_reason);
        set_slot(e, &SLOT(s + 2), p->exc_trace);
        p->exc_kind = p->exc_reason = p->exc_trace = PL_NONE;
        pc += 1;
        vmbreak;
    }
    vmcase(RERAISE) {
        uint32_t s = pc[0];
        pl_proc_clear_exc(p);
        p->exc_kind = SLOT(s);
        p->exc_reason = pl_retain(SLOT(s + 1));
        p->exc_trace = pl_retain(SLOT(s + 2));
        pc += 1;
        SAVE();
        RAISE();
    }

    /* ---- Modules ---- */
    vmcase(DEFMODULE) {
        pl_term name = consts[pc[0]];
        pc += 1;
        SAVE();
        if (!pl_vm_defmodule(p, name)) {
            LOAD();
            RAISE();
        }
        LOAD();
        vmbreak;
    }
    vmcase(ATTR_GET) *sp++ = pl_retain(fn->mod->attrs[pc[0]]); pc += 1; vmbreak;
    vmcase(ATTR_SET) set_slot(e, &fn->mod->attrs[pc[0]], *--sp); pc += 1; vmbreak;

    /* ---- Arithmetic and comparison fast paths ---- */
    vmcase(ADD)
    vmcase(SUB)
    vmcase(MUL)
    vmcase(IDIV)
    vmcase(IREM)
    vmcase(LT)
    vmcase(GT)
    vmcase(LE)
    vmcase(GE)
    vmcase(EQ)
    vmcase(NE)
    vmcase(SEQ)
    vmcase(SNE) {
        uint32_t op = pc[-1], fail = pc[0];
        pl_term a = sp[-2], b = sp[-1], r;
        int same;
        if (pl_is_small(a) && pl_is_small(b)) {
            r = pl_vm_small_inline(op, pl_small_value(a), pl_small_value(b));
            if (r == PL_NONE) {
                r = pl_vm_small_op(e, op, a, b);
            }
        } else if (op >= PL_OP_EQ && op <= PL_OP_SNE && (same = pl_vm_eq_inline(op, a, b)) >= 0) {
            r = pl_bool(same == (op == PL_OP_EQ || op == PL_OP_SEQ));
            pl_release(e, a); /* the operands may be boxes (popped below) */
            pl_release(e, b);
        } else {
            r = PL_NONE;
        }
        if (r == PL_NONE) {
            SAVE();
            r = pl_vm_generic_op(p, op, a, b);
            if (r == PL_NONE && !fail) {
                pl_vm_bif_failed(p, PL_A(erlang), pl_vm_op_name(e, op), sp - 2, 2);
            }
            pl_release(e, a);
            pl_release(e, b);
        }
        pc += 1;
        sp -= 2;
        if (r == PL_NONE) {
            FAIL_OR_RAISE(fail);
        }
        *sp++ = r;
        vmbreak;
    }
    vmdefault
        goto bad_opcode;
    }
bad_opcode:
    /* An unknown opcode is a compiler bug, not a user error: end the process. */
    SAVE();
    pl_proc_error(p, pl_cstr(e, "internal error: bad opcode"));

raise:
    SAVE();
    if (!pl_vm_unwind(p)) {
        return die_uncaught(p);
    }
    LOAD();
    vmbreak;

yield:
    SAVE();
    return PL_RUN_YIELD;
}
