/* The disassembler: every function of a module as text, derived from
 * opcodes.def (names and operand counts), for `proclab run --dump`. */
#include <stdio.h>
#include "../engine.h"
#include "../inspect.h"
#include "vm.h"


static void dump_func(pl_engine *e, const pl_func *fn)
{
    char buf[256];
    snprintf(buf, sizeof buf, "\n%s/%u  (slots %u, stack %u, consts %u)\n",
             pl_atom_name(&e->atoms, fn->name), fn->arity, fn->nslots, fn->max_stack, fn->nconsts);
    pl_engine_puts(e, PL_OUT_STDOUT, buf);
    for (uint32_t pc = 0; pc < fn->code_len;) {
        uint32_t op = fn->code[pc];
        if (op >= PL_OP__COUNT) {
            snprintf(buf, sizeof buf, "  %4u  ??? %u\n", pc, op);
            pl_engine_puts(e, PL_OUT_STDOUT, buf);
            return;
        }
        int n = snprintf(buf, sizeof buf, "  %4u  %-12s", pc, pl_op_names[op]);
        for (uint32_t i = 1; i <= pl_op_operands[op] && pc + i < fn->code_len; i++) {
            n += snprintf(buf + n, sizeof buf - (size_t)n, " %u", fn->code[pc + i]);
        }
        if (op == PL_OP_CONST && pc + 1 < fn->code_len && fn->code[pc + 1] < fn->nconsts) {
            pl_inspect_opts o;
            pl_inspect_opts_default(&o);
            o.limit = 5;
            pl_term s = pl_inspect(e, fn->consts[fn->code[pc + 1]], &o);
            if (s != PL_NONE) {
                n += snprintf(buf + n, sizeof buf - (size_t)n, "    ; %.*s",
                              (int)(pl_bin_of(s)->len > 60 ? 60 : pl_bin_of(s)->len),
                              (const char *)pl_bin_of(s)->data);
                pl_release(e, s);
            }
        }
        snprintf(buf + n, sizeof buf - (size_t)n, "\n");
        pl_engine_puts(e, PL_OUT_STDOUT, buf);
        pc += 1 + pl_op_operands[op];
    }
}

void pl_code_dump_module(pl_engine *e, const pl_module *m)
{
    char buf[160];
    snprintf(buf, sizeof buf, "== module %s\n", pl_atom_name(&e->atoms, m->name));
    pl_engine_puts(e, PL_OUT_STDOUT, buf);
    if (m->body) {
        dump_func(e, m->body);
    }
    for (uint32_t i = 0; i < m->nfuncs; i++) {
        dump_func(e, m->funcs[i]);
    }
}
