/* Binaries: <<...>> construction and binary patterns. A segment's type
 * (integer/float/binary/utf8, signedness, endianness, size) is packed into one
 * word (binseg.h) that the VM's BIN_GET and the __seg__ BIF decode. */
#include "../atom.h"
#include "binseg.h"
#include "compile_int.h"

/* Reads a segment's type AST (little-signed-16, binary-size(n), float, utf8,
 * a bare size 16, ...). [size] receives a non-literal size expression. */
static uint32_t seg_spec(cfn *f, pl_term type, pl_term *size)
{
    cunit *u = f->u;
    uint32_t spec = PL_SEG_INTEGER;
    pl_term parts[8];
    uint32_t n = 0;
    parts[n++] = type;
    *size = PL_NONE;
    for (uint32_t i = 0; i < n; i++) {
        pl_term t = parts[i], args;
        if (c_is_call(u, t, u->a.a_minus, NULL, &args) && c_list_len(args) == 2 && n + 2 <= 8) {
            parts[n++] = c_nth(args, 0);
            parts[n++] = c_nth(args, 1);
            continue;
        }
        if (pl_is_small(t)) {
            spec = (spec & 0xFFu) | PL_SEG_SIZED | ((uint32_t)pl_small_value(t) << 8);
            continue;
        }
        if (c_is_call(u, t, u->a.a_size, NULL, &args)) {
            pl_term sz = c_nth(args, 0);
            if (pl_is_small(sz)) {
                spec = (spec & 0xFFu) | PL_SEG_SIZED | ((uint32_t)pl_small_value(sz) << 8);
            } else {
                *size = sz;
            }
            continue;
        }
        const char *name = pl_is_tuple(t) && pl_tuple_arity(t) == 3 && pl_is_atom(pl_tuple_get(t, 0))
                               ? pl_atom_name(&u->e->atoms, pl_tuple_get(t, 0)) : "";
        uint32_t keep = spec & ~0xFu;
        if (!strcmp(name, "integer")) {
            spec = keep | PL_SEG_INTEGER;
        } else if (!strcmp(name, "float")) {
            spec = keep | PL_SEG_FLOAT;
        } else if (!strcmp(name, "binary") || !strcmp(name, "bytes") || !strcmp(name, "bits") ||
                   !strcmp(name, "bitstring")) {
            spec = keep | PL_SEG_BINARY;
        } else if (!strcmp(name, "utf8")) {
            spec = keep | PL_SEG_UTF8;
        } else if (!strcmp(name, "signed")) {
            spec |= PL_SEG_SIGNED;
        } else if (!strcmp(name, "little")) {
            spec |= PL_SEG_LITTLE;
        } else if (strcmp(name, "unsigned") != 0 && strcmp(name, "big") != 0) {
            c_error(f, c_meta(t), "unknown bitstring specifier: %s", name);
        }
    }
    return spec;
}

/* ---- Construction ---- */

static void c_segment(cfn *f, pl_term seg)
{
    cunit *u = f->u;
    pl_term targs, size = PL_NONE;
    if (pl_is_bin(seg)) {
        c_push_const(f, pl_retain(seg));
        return;
    }
    uint32_t spec = PL_SEG_INTEGER;
    pl_term val = seg;
    if (c_is_call(u, seg, u->a.a_type, NULL, &targs)) {
        val = c_nth(targs, 0);
        spec = seg_spec(f, c_nth(targs, 1), &size);
    }
    c_expr(f, val, false);
    if (pl_seg_type(spec) == PL_SEG_BINARY && !(spec & PL_SEG_SIZED) && size == PL_NONE) {
        return; /* BIN_CONCAT checks that it is a binary */
    }
    c_push_const(f, pl_small(spec));
    c_expr(f, size != PL_NONE ? size : PL_ATOM_NIL, false);
    c_call_bif(f, "Elixir.Kernel", "__seg__", 3);
}

void c_binary(cfn *f, pl_term segs, bool tail)
{
    uint32_t n = 0;
    for (; pl_is_cons(segs); segs = pl_tail(segs)) {
        c_segment(f, pl_head(segs));
        n++;
    }
    c_emit(f, PL_OP_BIN_CONCAT, 1 - (int)n);
    c_word(f, n);
    c_finish(f, tail);
}

/* ---- Patterns ---- */

void c_pat_binary(cfn *f, pl_term segs, uint32_t slot, uint32_t fail)
{
    cunit *u = f->u;
    uint32_t cur = slot;
    bool rest_taken = false;
    for (; pl_is_cons(segs) && !c_failed(f); segs = pl_tail(segs)) {
        pl_term seg = pl_head(segs), targs, val = seg, size = PL_NONE;
        uint32_t spec = PL_SEG_INTEGER;
        if (c_is_call(u, seg, u->a.a_type, NULL, &targs)) {
            val = c_nth(targs, 0);
            spec = seg_spec(f, c_nth(targs, 1), &size);
        }
        if (pl_is_bin(val)) { /* "abc" or "abc"::binary: a literal prefix */
            uint32_t next = c_new_slot(f);
            c_emit(f, PL_OP_BIN_PREFIX, 0);
            c_word(f, cur);
            c_word(f, c_const(f, pl_retain(val)));
            c_word(f, next);
            c_label_ref(f, fail);
            cur = next;
            continue;
        }
        uint32_t size_slot = 0;
        if (size != PL_NONE) {
            size_slot = c_new_slot(f) + 1;
            c_expr(f, size, false);
            c_emit(f, PL_OP_STORE, -1);
            c_word(f, size_slot - 1);
        }
        bool rest = pl_seg_type(spec) == PL_SEG_BINARY && !(spec & PL_SEG_SIZED) && !size_slot;
        uint32_t dst = c_new_slot(f);
        c_new_slot(f); /* dst + 1: the rest */
        c_emit(f, PL_OP_BIN_GET, 0);
        c_word(f, cur);
        c_word(f, spec);
        c_word(f, size_slot);
        c_word(f, dst);
        c_label_ref(f, fail);
        c_pattern(f, val, dst, fail);
        cur = dst + 1;
        rest_taken = rest;
    }
    if (!rest_taken) {
        pl_term empty = pl_bin_new(u->e, "", 0);
        c_emit(f, PL_OP_EQ_CONST, 0);
        c_word(f, cur);
        c_word(f, c_const(f, empty));
        c_label_ref(f, fail);
    }
}
