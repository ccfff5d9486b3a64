/* Kernel and :erlang basics: arithmetic, comparison, type tests, tuples and
 * lists, exceptions. */
#include <math.h>
#include "bif.h"
#include "../map.h"
#include "../num.h"
#include "../term_order.h"
#include "../lang/code.h"

/* ---- Arithmetic ---- */

PL_BIF(erlang_add_2) { return pl_num_arith(p, PL_ADD, args[0], args[1]); }
PL_BIF(erlang_sub_2) { return pl_num_arith(p, PL_SUB, args[0], args[1]); }
PL_BIF(erlang_mul_2) { return pl_num_arith(p, PL_MUL, args[0], args[1]); }
PL_BIF(erlang_fdiv_2) { return pl_num_arith(p, PL_FDIV, args[0], args[1]); }
PL_BIF(erlang_neg_1) { return pl_num_neg(p, args[0]); }

PL_BIF(erlang_plus_1)
{
    return pl_is_number(args[0]) ? pl_retain(args[0]) : pl_proc_error(p, PL_A(badarith));
}

static pl_term int_op(pl_proc *p, pl_arith_op op, const pl_term *args)
{
    if (!pl_is_integer(args[0]) || !pl_is_integer(args[1])) {
        return pl_proc_error(p, PL_A(badarith));
    }
    return pl_num_arith(p, op, args[0], args[1]);
}

PL_BIF(erlang_div_2) { return int_op(p, PL_IDIV, args); }
PL_BIF(erlang_rem_2) { return int_op(p, PL_REM, args); }
PL_BIF(erlang_band_2) { return int_op(p, PL_BAND, args); }
PL_BIF(erlang_bor_2) { return int_op(p, PL_BOR, args); }
PL_BIF(erlang_bxor_2) { return int_op(p, PL_BXOR, args); }
PL_BIF(erlang_bsl_2) { return int_op(p, PL_BSL, args); }
PL_BIF(erlang_bsr_2) { return int_op(p, PL_BSR, args); }

PL_BIF(erlang_bnot_1)
{
    if (!pl_is_integer(args[0])) {
        return pl_proc_error(p, PL_A(badarith));
    }
    return pl_num_arith(p, PL_SUB, pl_small(-1), args[0]);
}

PL_BIF(erlang_abs_1)
{
    pl_term x = args[0];
    if (pl_is_float(x)) {
        double d = pl_float_value(x);
        return pl_num_float(p, d < 0 ? -d : d); /* OTP 25 keeps abs(-0.0) as -0.0 */
    }
    if (!pl_is_integer(x)) {
        return pl_bif_badarg(p);
    }
    return pl_compare(p->e, x, pl_small(0)) < 0 ? pl_num_neg(p, x) : pl_retain(x);
}

/* ---- Comparison ---- */

PL_BIF(erlang_eq_2) { return pl_bool(pl_eq(p->e, args[0], args[1])); }
PL_BIF(erlang_ne_2) { return pl_bool(!pl_eq(p->e, args[0], args[1])); }
PL_BIF(erlang_seq_2) { return pl_bool(pl_exact_eq(args[0], args[1])); }
PL_BIF(erlang_sne_2) { return pl_bool(!pl_exact_eq(args[0], args[1])); }
PL_BIF(erlang_lt_2) { return pl_bool(pl_compare(p->e, args[0], args[1]) < 0); }
PL_BIF(erlang_gt_2) { return pl_bool(pl_compare(p->e, args[0], args[1]) > 0); }
PL_BIF(erlang_le_2) { return pl_bool(pl_compare(p->e, args[0], args[1]) <= 0); }
PL_BIF(erlang_ge_2) { return pl_bool(pl_compare(p->e, args[0], args[1]) >= 0); }

PL_BIF(erlang_max_2)
{
    return pl_retain(pl_compare(p->e, args[0], args[1]) < 0 ? args[1] : args[0]);
}

PL_BIF(erlang_min_2)
{
    return pl_retain(pl_compare(p->e, args[0], args[1]) > 0 ? args[1] : args[0]);
}

/* ---- Booleans ---- */

PL_BIF(erlang_not_1)
{
    return pl_is_bool(args[0]) ? pl_bool(args[0] == PL_FALSE) : pl_bif_badarg(p);
}

PL_BIF(erlang_and_2)
{
    if (!pl_is_bool(args[0]) || !pl_is_bool(args[1])) {
        return pl_bif_badarg(p);
    }
    return pl_bool(args[0] == PL_TRUE && args[1] == PL_TRUE);
}

PL_BIF(erlang_or_2)
{
    if (!pl_is_bool(args[0]) || !pl_is_bool(args[1])) {
        return pl_bif_badarg(p);
    }
    return pl_bool(args[0] == PL_TRUE || args[1] == PL_TRUE);
}

PL_BIF(erlang_xor_2)
{
    if (!pl_is_bool(args[0]) || !pl_is_bool(args[1])) {
        return pl_bif_badarg(p);
    }
    return pl_bool(args[0] != args[1]);
}

/* ---- Rounding ---- */

static pl_term from_double(pl_proc *p, double d)
{
    if (d > -9.0e18 && d < 9.0e18) {
        return pl_int64(p->e, (int64_t)d);
    }
    mpz_t z;
    mpz_init_set_d(z, d);
    pl_term r = pl_big_from_mpz(p->e, z);
    mpz_clear(z);
    return r;
}

static pl_term rounding(pl_proc *p, pl_term x, double (*fn)(double))
{
    if (pl_is_integer(x)) {
        return pl_retain(x);
    }
    if (!pl_is_float(x)) {
        return pl_bif_badarg(p);
    }
    return from_double(p, fn(pl_float_value(x)));
}

PL_BIF(erlang_round_1) { return rounding(p, args[0], round); }
PL_BIF(erlang_trunc_1) { return rounding(p, args[0], trunc); }
PL_BIF(erlang_floor_1) { return rounding(p, args[0], floor); }
PL_BIF(erlang_ceil_1) { return rounding(p, args[0], ceil); }

PL_BIF(erlang_float_1)
{
    if (pl_is_float(args[0])) {
        return pl_retain(args[0]);
    }
    if (!pl_is_integer(args[0])) {
        return pl_bif_badarg(p);
    }
    return pl_num_float(p, pl_num_to_double(args[0]));
}

/* ---- Type tests ---- */

PL_BIF(erlang_is_integer_1) { return pl_bool(pl_is_integer(args[0])); }
PL_BIF(erlang_is_float_1) { return pl_bool(pl_is_float(args[0])); }
PL_BIF(erlang_is_number_1) { return pl_bool(pl_is_number(args[0])); }
PL_BIF(erlang_is_atom_1) { return pl_bool(pl_is_atom(args[0])); }
PL_BIF(erlang_is_boolean_1) { return pl_bool(pl_is_bool(args[0])); }
PL_BIF(erlang_is_binary_1) { return pl_bool(pl_is_bin(args[0])); }
PL_BIF(erlang_is_list_1) { return pl_bool(pl_is_list(args[0])); }
PL_BIF(erlang_is_tuple_1) { return pl_bool(pl_is_tuple(args[0])); }
PL_BIF(erlang_is_map_1) { return pl_bool(pl_is_map(args[0])); }
PL_BIF(erlang_is_function_1) { return pl_bool(pl_is_fun(args[0])); }
PL_BIF(erlang_is_pid_1) { return pl_bool(pl_is_pid(args[0])); }
PL_BIF(erlang_is_reference_1) { return pl_bool(pl_is_ref(args[0])); }
PL_BIF(erlang_is_port_1) { return PL_FALSE; }
PL_BIF(kernel_is_nil_1) { return pl_bool(args[0] == PL_ATOM_NIL); }

PL_BIF(erlang_is_function_2)
{
    int64_t n;
    if (!pl_get_int64(args[1], &n) || n < 0) {
        return pl_bif_badarg(p);
    }
    return pl_bool(pl_is_fun(args[0]) && pl_fun_of(args[0])->arity == (uint64_t)n);
}

PL_BIF(erlang_is_map_key_2)
{
    if (!pl_is_map(args[1])) {
        return pl_bif_error(p, pl_tuple2(p->e, PL_A(badmap), pl_retain(args[1])));
    }
    return pl_bool(pl_map_find(p->e, args[1], args[0]) >= 0);
}

/* Kernel.is_map_key(map, key): Elixir's argument order, not :erlang's. */
PL_BIF(kernel_is_map_key_2)
{
    pl_term swapped[2] = { args[1], args[0] };
    return pl_bif_erlang_is_map_key_2(p, swapped);
}

static pl_term struct_name(const pl_engine *e, pl_term t)
{
    if (!pl_is_map(t)) {
        return PL_NONE;
    }
    pl_term n = pl_map_get(e, t, PL_A(__struct__));
    return n != PL_NONE && pl_is_atom(n) ? n : PL_NONE;
}

PL_BIF(kernel_is_struct_1) { return pl_bool(struct_name(p->e, args[0]) != PL_NONE); }

PL_BIF(kernel_is_struct_2)
{
    pl_term n = struct_name(p->e, args[0]);
    return pl_bool(n != PL_NONE && n == args[1]);
}

PL_BIF(kernel_is_exception_1)
{
    return pl_bool(pl_is_map(args[0]) && struct_name(p->e, args[0]) != PL_NONE &&
                   pl_map_get(p->e, args[0], PL_A(__exception__)) == PL_TRUE);
}

/* ---- Tuples ---- */

static bool index_arg(pl_term t, uint64_t max, uint64_t *out)
{
    int64_t i;
    if (!pl_get_int64(t, &i) || i < 1 || (uint64_t)i > max) {
        return false;
    }
    *out = (uint64_t)i;
    return true;
}

PL_BIF(erlang_element_2)
{
    uint64_t i;
    if (!pl_is_tuple(args[1])) {
        return pl_bif_badarg_at(p, 2, "not a tuple");
    }
    if (!index_arg(args[0], pl_tuple_arity(args[1]), &i)) {
        return pl_bif_badarg_at(p, 1, pl_is_integer(args[0]) ? "out of range" : "not an integer");
    }
    return pl_retain(pl_tuple_get(args[1], i - 1));
}

PL_BIF(kernel_elem_2)
{
    pl_term swapped[2] = { pl_is_small(args[1]) ? pl_small(pl_small_value(args[1]) + 1) : args[1],
                           args[0] };
    return pl_bif_erlang_element_2(p, swapped);
}

static pl_term set_element(pl_proc *p, pl_term tuple, uint64_t i, pl_term v)
{
    uint64_t n = pl_tuple_arity(tuple);
    pl_term t = pl_tuple_new(p->e, n);
    if (t == PL_NONE) {
        return pl_bif_nomem(p);
    }
    for (uint64_t k = 0; k < n; k++) {
        pl_tuple_of(t)->el[k] = pl_retain(k == i ? v : pl_tuple_get(tuple, k));
    }
    return t;
}

PL_BIF(erlang_setelement_3)
{
    uint64_t i;
    if (!pl_is_tuple(args[1]) || !index_arg(args[0], pl_tuple_arity(args[1]), &i)) {
        return pl_bif_badarg(p);
    }
    return set_element(p, args[1], i - 1, args[2]);
}

PL_BIF(kernel_put_elem_3)
{
    int64_t i;
    if (!pl_is_tuple(args[0]) || !pl_get_int64(args[1], &i) || i < 0 ||
        (uint64_t)i >= pl_tuple_arity(args[0])) {
        return pl_bif_badarg(p);
    }
    return set_element(p, args[0], (uint64_t)i, args[2]);
}

PL_BIF(erlang_tuple_size_1)
{
    return pl_is_tuple(args[0]) ? pl_small((int64_t)pl_tuple_arity(args[0]))
                                : pl_bif_badarg_at(p, 1, "not a tuple");
}

PL_BIF(erlang_map_size_1)
{
    if (!pl_is_map(args[0])) {
        return pl_bif_error(p, pl_tuple2(p->e, PL_A(badmap), pl_retain(args[0])));
    }
    return pl_small((int64_t)pl_map_size(args[0]));
}

PL_BIF(erlang_byte_size_1)
{
    return pl_is_bin(args[0]) ? pl_small((int64_t)pl_bin_of(args[0])->len)
                              : pl_bif_badarg_at(p, 1, "not a bitstring");
}

PL_BIF(kernel_bit_size_1)
{
    return pl_is_bin(args[0]) ? pl_small((int64_t)pl_bin_of(args[0])->len * 8) : pl_bif_badarg(p);
}

PL_BIF(erlang_binary_part_3)
{
    int64_t start, len;
    if (!pl_is_bin(args[0]) || !pl_get_int64(args[1], &start) || !pl_get_int64(args[2], &len)) {
        return pl_bif_badarg(p);
    }
    if (len < 0) {
        start += len;
        len = -len;
    }
    size_t size = pl_bin_of(args[0])->len;
    if (start < 0 || (uint64_t)start + (uint64_t)len > size) {
        return pl_bif_badarg(p);
    }
    pl_term r = pl_bin_new(p->e, pl_bin_of(args[0])->data + start, (size_t)len);
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

PL_BIF(erlang_tuple_to_list_1)
{
    if (!pl_is_tuple(args[0])) {
        return pl_bif_badarg(p);
    }
    pl_term r = pl_list_from_array(p->e, pl_tuple_of(args[0])->el, pl_tuple_arity(args[0]));
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

PL_BIF(erlang_list_to_tuple_1)
{
    int64_t n = pl_list_length(args[0]);
    if (n < 0) {
        return pl_bif_badarg_at(p, 1, "not a list");
    }
    pl_term t = pl_tuple_new(p->e, (uint64_t)n);
    if (t == PL_NONE) {
        return pl_bif_nomem(p);
    }
    uint64_t i = 0;
    for (pl_term l = args[0]; pl_is_cons(l); l = pl_tail(l)) {
        pl_tuple_of(t)->el[i++] = pl_retain(pl_head(l));
    }
    return t;
}

PL_BIF(erlang_make_tuple_2)
{
    int64_t n;
    if (!pl_get_int64(args[0], &n) || n < 0 || n > (1 << 24)) {
        return pl_bif_badarg(p);
    }
    pl_term t = pl_tuple_new(p->e, (uint64_t)n);
    if (t == PL_NONE) {
        return pl_bif_nomem(p);
    }
    for (int64_t i = 0; i < n; i++) {
        pl_tuple_of(t)->el[i] = pl_retain(args[1]);
    }
    return t;
}

static pl_term insert_at(pl_proc *p, pl_term tuple, uint64_t at, pl_term v, bool del)
{
    uint64_t n = pl_tuple_arity(tuple), m = del ? n - 1 : n + 1;
    pl_term t = pl_tuple_new(p->e, m);
    if (t == PL_NONE) {
        return pl_bif_nomem(p);
    }
    for (uint64_t i = 0, k = 0; i < m; i++) {
        if (!del && i == at) {
            pl_tuple_of(t)->el[i] = pl_retain(v);
            continue;
        }
        if (del && k == at) {
            k++;
        }
        pl_tuple_of(t)->el[i] = pl_retain(pl_tuple_get(tuple, k++));
    }
    return t;
}

PL_BIF(erlang_append_element_2)
{
    if (!pl_is_tuple(args[0])) {
        return pl_bif_badarg(p);
    }
    return insert_at(p, args[0], pl_tuple_arity(args[0]), args[1], false);
}

PL_BIF(erlang_insert_element_3)
{
    uint64_t i;
    if (!pl_is_tuple(args[1]) || !index_arg(args[0], pl_tuple_arity(args[1]) + 1, &i)) {
        return pl_bif_badarg(p);
    }
    return insert_at(p, args[1], i - 1, args[2], false);
}

PL_BIF(erlang_delete_element_2)
{
    uint64_t i;
    if (!pl_is_tuple(args[1]) || !index_arg(args[0], pl_tuple_arity(args[1]), &i)) {
        return pl_bif_badarg(p);
    }
    return insert_at(p, args[1], i - 1, PL_NONE, true);
}

/* ---- Lists ---- */

PL_BIF(erlang_length_1)
{
    int64_t n = pl_list_length(args[0]);
    return n < 0 ? pl_bif_badarg_at(p, 1, "not a list") : pl_small(n);
}

PL_BIF(erlang_hd_1)
{
    return pl_is_cons(args[0]) ? pl_retain(pl_head(args[0]))
                               : pl_bif_badarg_at(p, 1, "not a nonempty list");
}

PL_BIF(erlang_tl_1)
{
    return pl_is_cons(args[0]) ? pl_retain(pl_tail(args[0]))
                               : pl_bif_badarg_at(p, 1, "not a nonempty list");
}

PL_BIF(erlang_append_2)
{
    pl_engine *e = p->e;
    if (pl_list_length(args[0]) < 0) {
        return pl_bif_badarg(p);
    }
    if (args[0] == PL_NIL) {
        return pl_retain(args[1]);
    }
    pl_term rev = pl_list_reverse(e, args[0]);
    if (rev == PL_NONE) {
        return pl_bif_nomem(p);
    }
    pl_term out = pl_retain(args[1]);
    for (pl_term l = rev; pl_is_cons(l) && out != PL_NONE; l = pl_tail(l)) {
        out = pl_cons_new(e, pl_retain(pl_head(l)), out);
    }
    pl_release(e, rev);
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

/* a -- b removes the first occurrence of each element of b (by ==:= ). */
PL_BIF(erlang_subtract_2)
{
    pl_engine *e = p->e;
    int64_t n = pl_list_length(args[0]), m = pl_list_length(args[1]);
    if (n < 0 || m < 0) {
        return pl_bif_badarg(p);
    }
    pl_term *items = malloc((size_t)(n ? n : 1) * sizeof *items);
    bool *gone = calloc((size_t)(n ? n : 1), sizeof *gone);
    if (!items || !gone) {
        free(items);
        free(gone);
        return pl_bif_nomem(p);
    }
    int64_t i = 0;
    for (pl_term l = args[0]; pl_is_cons(l); l = pl_tail(l)) {
        items[i++] = pl_head(l);
    }
    for (pl_term l = args[1]; pl_is_cons(l); l = pl_tail(l)) {
        for (i = 0; i < n; i++) {
            if (!gone[i] && pl_exact_eq(items[i], pl_head(l))) {
                gone[i] = true;
                break;
            }
        }
    }
    pl_term out = PL_NIL;
    for (i = n; i > 0 && out != PL_NONE; i--) {
        if (!gone[i - 1]) {
            out = pl_cons_new(e, pl_retain(items[i - 1]), out);
        }
    }
    free(items);
    free(gone);
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

/* ---- Exceptions ---- */

PL_BIF(erlang_throw_1) { return pl_proc_raise(p, PL_A(throw), pl_retain(args[0])); }
PL_BIF(erlang_exit_1) { return pl_proc_raise(p, PL_A(exit), pl_retain(args[0])); }
PL_BIF(erlang_error_1) { return pl_proc_error(p, pl_retain(args[0])); }
PL_BIF(erlang_error_2) { return pl_proc_error(p, pl_retain(args[0])); }

PL_BIF(erlang_raise_3)
{
    pl_term kind = args[0];
    if (kind != PL_A(error) && kind != PL_A(exit) && kind != PL_A(throw)) {
        return pl_bif_badarg(p);
    }
    pl_proc_raise(p, kind, pl_retain(args[1]));
    p->exc_trace = pl_retain(args[2]);
    return PL_NONE;
}

PL_BIF(kernel_reraise_2)
{
    pl_proc_error(p, pl_retain(args[0]));
    p->exc_trace = pl_retain(args[1]);
    return PL_NONE;
}

PL_BIF(erlang_make_ref_0)
{
    pl_term ref = pl_ref(p->e->next_ref++);
    pl_mailbox_mark(&p->mailbox, ref); /* a receive on ^ref can skip older messages */
    return ref;
}
PL_BIF(erlang_self_0) { return pl_pid(p->serial); }
/* Native time unit is the nanosecond, as on 64-bit Linux BEAMs. */
PL_BIF(erlang_monotonic_time_0) { return pl_int64(p->e, (int64_t)pl_engine_now(p->e)); }

PL_BIF(erlang_node_0) { return pl_bif_atom(p->e, "nonode@nohost"); }

PL_BIF(erlang_phash2_1) { return pl_small(pl_phash2(p->e, args[0], 0)); }

PL_BIF(erlang_phash2_2)
{
    int64_t range;
    if (!pl_get_int64(args[1], &range) || range < 1 || range > 4294967296LL) {
        return pl_bif_badarg(p);
    }
    return pl_small(pl_phash2(p->e, args[0], (uint64_t)range));
}

PL_BIF(erlang_halt_1)
{
    return pl_proc_raise(p, PL_A(exit),
                         pl_tuple2(p->e, pl_bif_atom(p->e, "$halt"), pl_retain(args[0])));
}

PL_BIF(kernel_function_exported_3)
{
    pl_engine *e = p->e;
    int64_t n;
    if (!pl_is_atom(args[0]) || !pl_is_atom(args[1]) || !pl_get_int64(args[2], &n) || n < 0) {
        return pl_bif_badarg(p);
    }
    pl_module *m = pl_code_module(e, args[0]);
    if (m) {
        pl_func *f = pl_code_find(m, args[1], (uint32_t)n);
        return pl_bool(f && !f->is_private);
    }
    return pl_bool(pl_bif_lookup(e, args[0], args[1], (uint32_t)n) >= 0);
}

PL_BIF(code_ensure_loaded_1)
{
    if (!pl_is_atom(args[0])) {
        return pl_bif_badarg(p);
    }
    return pl_bool(pl_code_module(p->e, args[0]) != NULL || pl_bif_has_module(p->e, args[0]));
}

/* left ** right: an integer for integer operands and a non-negative exponent,
 * a float otherwise (2 ** -1 is 0.5). */
PL_BIF(kernel_pow_2)
{
    pl_term b = args[0], x = args[1];
    if (!pl_is_number(b) || !pl_is_number(x)) {
        return pl_proc_error(p, PL_A(badarith));
    }
    int64_t n;
    if (pl_is_integer(b) && pl_is_integer(x) && pl_get_int64(x, &n) && n >= 0) {
        if (n > (1 << 24)) {
            return pl_proc_error(p, PL_A(system_limit));
        }
        mpz_t z;
        mpz_init(z);
        pl_to_mpz(z, b);
        mpz_pow_ui(z, z, (unsigned long)n);
        pl_term r = pl_big_from_mpz(p->e, z);
        mpz_clear(z);
        return r == PL_NONE ? pl_bif_nomem(p) : r;
    }
    return pl_num_float(p, pow(pl_num_to_double(b), pl_num_to_double(x)));
}

/* Mod.__info__(key) for compiled modules: :functions, :module, :macros, :struct. */
PL_BIF(kernel_module_info_2)
{
    pl_engine *e = p->e;
    pl_module *m = pl_is_atom(args[0]) ? pl_code_module(e, args[0]) : NULL;
    const char *key = pl_is_atom(args[1]) ? pl_atom_name(&e->atoms, args[1]) : "";
    if (!m) {
        return pl_bif_badarg(p);
    }
    if (!strcmp(key, "module")) {
        return m->name;
    }
    if (!strcmp(key, "macros")) {
        return PL_NIL;
    }
    if (!strcmp(key, "struct")) {
        return m->struct_fields != PL_NONE ? pl_retain(m->struct_fields) : PL_ATOM_NIL;
    }
    if (strcmp(key, "functions") != 0) {
        return pl_bif_badarg(p);
    }
    pl_term items[1024];
    uint32_t n = 0;
    for (uint32_t i = 0; i < m->nfuncs && n < 1024; i++) {
        pl_func *f = m->funcs[i];
        if (f->is_private || f->is_anon || f->name == pl_bif_atom(e, "__info__") ||
            f->name == pl_bif_atom(e, "__struct__")) {
            continue;
        }
        items[n++] = pl_tuple2(e, f->name, pl_small(f->arity));
    }
    /* sorted, as the BEAM lists a module's exports */
    for (uint32_t i = 1; i < n; i++) {
        for (uint32_t j = i; j > 0 && pl_compare(e, items[j - 1], items[j]) > 0; j--) {
            pl_term t = items[j];
            items[j] = items[j - 1];
            items[j - 1] = t;
        }
    }
    pl_term r = pl_list_from_array(e, items, n);
    for (uint32_t i = 0; i < n; i++) {
        pl_release(e, items[i]);
    }
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

/* ---- :rand, from the engine's seed (deterministic runs) ---- */

PL_BIF(rand_uniform_0)
{
    /* 53 random bits: a float in [0.0, 1.0), as :rand.uniform/0 gives */
    return pl_num_float(p, (double)(pl_rand_next(&p->e->rand) >> 11) * 0x1.0p-53);
}

PL_BIF(rand_uniform_1)
{
    int64_t n;
    if (!pl_get_int64(args[0], &n) || n < 1) {
        return pl_bif_error(p, pl_bif_atom(p->e, "function_clause"));
    }
    return pl_int64(p->e, (int64_t)pl_rand_below(&p->e->rand, (uint64_t)n) + 1);
}

PL_BIF(rand_seed_2)
{
    int64_t s = 0;
    if (pl_is_tuple(args[1])) {
        for (uint64_t i = 0; i < pl_tuple_arity(args[1]); i++) {
            int64_t v;
            if (pl_get_int64(pl_tuple_get(args[1], i), &v)) {
                s = s * 1000003 + v;
            }
        }
    } else if (!pl_get_int64(args[1], &s)) {
        return pl_bif_badarg(p);
    }
    pl_rand_seed(&p->e->rand, (uint64_t)s);
    return pl_tuple2(p->e, args[0], PL_NIL);
}

/* :proclab.trace(tag, data): library code (a supervisor's restart, a call's
 * reply) labels what it does in the trace stream for the UI. */
PL_BIF(proclab_trace_2)
{
    if (!p->e->trace.cap) {
        return PL_A(ok); /* tracing is off: pl_trace_emit would drop the event */
    }
    pl_term data = pl_tuple2(p->e, pl_retain(args[0]), pl_retain(args[1]));
    pl_trace_emit(p->e, PL_EV_LIB, p->serial, PL_NONE, data);
    pl_release(p->e, data);
    return PL_A(ok);
}
