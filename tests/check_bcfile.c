/* bcfile: terms and compiled modules as bytes, the precompiled library image, and
 * damaged images (refused cleanly: no crash, no module added, no memory kept). */
#include "helpers.h"
#include "inspect.h"
#include "map.h"
#include "term_order.h"
#include "run.h"
#include "lang/bcfile.h"

static pl_engine *e;

static void setup(void)
{
    e = pl_test_engine();
}

static void teardown(void)
{
    pl_engine_free(e);
}

static void capture(void *ud, int stream, const char *s, size_t len)
{
    pl_test_output *o = ud;
    char *buf = stream == PL_OUT_STDERR ? o->err : o->out;
    size_t *n = stream == PL_OUT_STDERR ? &o->err_len : &o->out_len;
    size_t room = sizeof o->out - 1 - *n, k = len < room ? len : room;
    memcpy(buf + *n, s, k);
    *n += k;
    buf[*n] = '\0';
}

/* A bare engine printing into [out], with some atoms interned first so that its
 * atom indices differ from those of the engine a blob came from. */
static pl_engine *other_engine(pl_test_output *out)
{
    memset(out, 0, sizeof *out);
    pl_engine_config cfg = { .seed = 42, .bare = true, .output = capture, .output_ud = out };
    pl_engine *o = pl_engine_new(&cfg);
    ck_assert_ptr_nonnull(o);
    pl_test_atom(o, "shifts");
    pl_test_atom(o, "the");
    pl_test_atom(o, "atom_indices");
    return o;
}

/* Encodes [t] in [e], decodes it in [to], encodes it again there: the bytes must
 * match, since atoms go by name and map keys sort by name. Returns the copy. */
static pl_term round_trip(pl_engine *to, pl_term t)
{
    uint8_t *a, *b;
    size_t alen, blen;
    pl_term copy;
    ck_assert_int_eq(pl_bcfile_encode_term(e, t, &a, &alen), PL_BC_OK);
    ck_assert_int_eq(pl_bcfile_decode_term(to, a, alen, &copy), PL_BC_OK);
    ck_assert_int_eq(pl_bcfile_encode_term(to, copy, &b, &blen), PL_BC_OK);
    ck_assert_uint_eq(alen, blen);
    ck_assert_int_eq(memcmp(a, b, alen), 0);
    free(a);
    free(b);
    return copy;
}

static pl_term mpz_term(const char *digits)
{
    mpz_t z;
    mpz_init_set_str(z, digits, 10);
    pl_term t = pl_big_from_mpz(e, z);
    mpz_clear(z);
    return t;
}

/* {1, -7, big, -big, 1.5, -0.0, "a\0b", <<>>, :ok, [1 | :tail], [x: {}], %{...}, &Enum.map/2} */
static pl_term sample(void)
{
    pl_term keys[3] = { pl_test_atom(e, "zeta"), pl_small(3), pl_cstr(e, "key") };
    pl_term vals[3] = { pl_float_new(e, 1e300), PL_NIL, pl_test_atom(e, "alpha") };
    pl_term items[] = {
        pl_small(1), pl_small(PL_SMALL_MIN), mpz_term("123456789012345678901234567890"),
        mpz_term("-98765432109876543210987654321"), pl_float_new(e, 1.5), pl_float_new(e, -0.0),
        pl_bin_new(e, "a\0b", 3), pl_bin_new(e, "", 0), PL_A(ok),
        pl_cons_new(e, pl_small(1), pl_test_atom(e, "tail")),
        pl_cons_new(e, pl_tuple2(e, pl_test_atom(e, "x"), pl_tuple_new(e, 0)), PL_NIL),
        pl_map_from_arrays(e, keys, vals, 3),
        pl_fun_ext(e, pl_test_atom(e, "Elixir.Enum"), pl_test_atom(e, "map"), 2),
    };
    size_t n = sizeof items / sizeof items[0];
    pl_term t = pl_tuple_new(e, n);
    for (size_t i = 0; i < n; i++) {
        pl_tuple_of(t)->el[i] = items[i];
    }
    for (size_t i = 0; i < 3; i++) {
        pl_release(e, keys[i]);
        pl_release(e, vals[i]);
    }
    return t;
}

static void expect_inspect(pl_engine *en, pl_term t, const char *want)
{
    pl_inspect_opts o;
    pl_inspect_opts_default(&o);
    o.limit = -1;
    o.width = -1;
    pl_term s = pl_inspect(en, t, &o);
    ck_assert(pl_is_bin(s));
    char got[512] = "";
    size_t n = pl_bin_of(s)->len < sizeof got - 1 ? pl_bin_of(s)->len : sizeof got - 1;
    memcpy(got, pl_bin_of(s)->data, n);
    pl_release(en, s);
    ck_assert_str_eq(got, want);
}

/* ---- Core ---- */

START_TEST(terms_round_trip_by_atom_name)
{
    static const char want[] =
        "{1, -4611686018427387904, 123456789012345678901234567890, "
        "-98765432109876543210987654321, 1.5, -0.0, <<97, 0, 98>>, \"\", :ok, [1 | :tail], "
        "[x: {}], %{3 => [], :zeta => 1.0e300, \"key\" => :alpha}, &Enum.map/2}";
    pl_test_output out;
    pl_engine *o = other_engine(&out);
    pl_term t = sample();
    expect_inspect(e, t, want);
    pl_term copy = round_trip(o, t);
    expect_inspect(o, copy, want);
    ck_assert_uint_eq(pl_phash2(e, t, 0), pl_phash2(o, copy, 0));
    pl_release(e, t);
    pl_release(o, copy);
    pl_engine_free(o);
}
END_TEST

START_TEST(module_round_trips_into_a_fresh_engine)
{
    static const char defs[] =
        "defmodule Greeter do\n"
        "  @greeting \"hello\"\n"
        "  @big 123456789012345678901234567890\n"
        "  defstruct name: \"world\", tags: [:a, {:b, 1.5}]\n"
        "  def hello(%{name: n}), do: @greeting <> \", \" <> n\n"
        "  def big, do: @big * 2\n"
        "  def adder(x), do: fn y -> x + y end\n"
        "  def ext, do: &Greeter.big/0\n"
        "  defp secret, do: :hidden\n"
        "  def open, do: secret()\n"
        "end\n";
    static const char use[] =
        "IO.puts(Greeter.hello(%Greeter{}))\n"
        "IO.inspect(Greeter.big())\n"
        "IO.inspect(Greeter.adder(40).(2))\n"
        "IO.inspect(Greeter.ext().())\n"
        "IO.inspect({Greeter.open(), %Greeter{name: \"x\"}})\n";
    pl_test_output out1, out2;
    pl_engine *src = other_engine(&out1);
    ck_assert_int_eq(pl_test_run(src, &out1, defs), 0);
    ck_assert_int_eq(pl_test_run(src, &out1, use), 0);
    uint8_t *img;
    size_t len;
    ck_assert_int_eq(pl_bcfile_save(src, &img, &len), PL_BC_OK);
    pl_engine *dst = other_engine(&out2);
    ck_assert_int_eq(pl_bcfile_load(dst, img, len), PL_BC_OK);
    ck_assert_int_eq(pl_test_run(dst, &out2, use), 0);
    ck_assert_str_eq(out2.out, out1.out);
    ck_assert_str_eq(out2.err, "");
    free(img);
    pl_engine_free(src);
    pl_engine_free(dst);
}
END_TEST

/* The image linked into this binary loads, and behaves as the sources do. */
START_TEST(library_image_matches_the_sources)
{
    static const char script[] =
        "IO.inspect(Enum.map([1, 2, 3], &(&1 * 2)))\n"
        "IO.inspect(%ArgumentError{})\n"
        "IO.inspect(self())\n"
        "IO.inspect(make_ref() |> is_reference())\n"
        "raise ArgumentError, \"boom\"\n";
    pl_test_output out1, out2;
    pl_engine *from_src = other_engine(&out1);
    pl_engine *from_img = other_engine(&out2);
    ck_assert_int_eq(pl_run_load_lib_source(from_src), PL_OK);
    ck_assert_int_eq(pl_bcfile_load(from_img, pl_lib_blob, pl_lib_blob_len), PL_BC_OK);
    ck_assert_int_eq(pl_test_run(from_src, &out1, script), 1);
    ck_assert_int_eq(pl_test_run(from_img, &out2, script), 1);
    ck_assert_str_eq(out2.out, out1.out);
    ck_assert_str_eq(out2.err, out1.err);
    ck_assert_uint_eq(from_img->atoms.count, from_src->atoms.count);
    for (uint32_t i = 0; i < from_src->atoms.count; i++) { /* the same index for each name */
        ck_assert_str_eq(pl_atom_name(&from_img->atoms, pl_atom(i)),
                         pl_atom_name(&from_src->atoms, pl_atom(i)));
    }
    pl_engine_free(from_src);
    pl_engine_free(from_img);
}
END_TEST

/* ---- Limits ---- */

START_TEST(million_element_list)
{
    pl_term list = PL_NIL;
    for (int64_t i = 0; i < 1000000; i++) {
        list = pl_cons_new(e, i % 7 ? pl_small(i) : PL_A(ok), list);
    }
    pl_term copy = round_trip(e, list);
    ck_assert_int_eq(pl_list_length(copy), 1000000);
    ck_assert(pl_head(copy) == PL_A(ok) && pl_head(pl_tail(copy)) == pl_small(999998));
    pl_release(e, copy);
    pl_release(e, list);
}
END_TEST

START_TEST(deep_map_and_deep_list)
{
    pl_term k = pl_test_atom(e, "k"), v = pl_cstr(e, "leaf");
    for (int i = 0; i < 200000; i++) {
        pl_term m = pl_map_from_arrays(e, &k, &v, 1);
        pl_release(e, v);
        v = i % 3 ? m : pl_cons_new(e, m, PL_NIL);
    }
    size_t base = e->alloc.bytes_in_use;
    pl_term copy = round_trip(e, v);
    pl_release(e, copy);
    ck_assert_uint_eq(e->alloc.bytes_in_use, base);
    pl_release(e, v);
}
END_TEST

/* Every allocation that can fail while loading does so cleanly. */
START_TEST(allocation_failures_while_loading)
{
    static const char defs[] =
        "defmodule M do\n  @a {:x, [1, 2.5, \"s\"]}\n  defstruct [:f]\n"
        "  def f, do: {@a, %{k: 1}, 99999999999999999999}\nend\n";
    pl_test_output out;
    pl_engine *src = other_engine(&out);
    ck_assert_int_eq(pl_test_run(src, &out, defs), 0);
    uint8_t *img;
    size_t len;
    ck_assert_int_eq(pl_bcfile_save(src, &img, &len), PL_BC_OK);
    pl_bcfile_status st = PL_BC_NOMEM;
    for (long n = 0; st == PL_BC_NOMEM; n++) {
        size_t base = e->alloc.bytes_in_use;
        uint32_t mods = e->modules->count;
        e->alloc.fail_after = n;
        st = pl_bcfile_load(e, img, len);
        e->alloc.fail_after = -1;
        if (st != PL_BC_OK) {
            ck_assert_int_eq(st, PL_BC_NOMEM);
            ck_assert_uint_eq(e->alloc.bytes_in_use, base);
            ck_assert_uint_eq(e->modules->count, mods);
        }
    }
    ck_assert(pl_code_module(e, pl_test_atom(e, "Elixir.M")) != NULL);
    free(img);
    pl_engine_free(src);
}
END_TEST

/* ---- Errors ---- */

START_TEST(closures_pids_and_refs_have_no_byte_form)
{
    uint8_t *buf = NULL;
    size_t len;
    pl_term pid = pl_tuple2(e, PL_A(ok), pl_pid(3));
    ck_assert_int_eq(pl_bcfile_encode_term(e, pid, &buf, &len), PL_BC_UNSUPPORTED);
    ck_assert_int_eq(pl_bcfile_encode_term(e, pl_ref(1), &buf, &len), PL_BC_UNSUPPORTED);
    pl_term fun = pl_fun_new(e, NULL, 0, 0);
    pl_fun_of(fun)->fn = (pl_func *)(uintptr_t)8; /* any compiled function: never read */
    ck_assert_int_eq(pl_bcfile_encode_term(e, fun, &buf, &len), PL_BC_UNSUPPORTED);
    pl_fun_of(fun)->fn = NULL;
    ck_assert_ptr_null(buf);
    pl_release(e, fun);
    pl_release(e, pid);
}
END_TEST

START_TEST(truncated_terms_are_refused)
{
    pl_term t = sample();
    uint8_t *buf;
    size_t len;
    ck_assert_int_eq(pl_bcfile_encode_term(e, t, &buf, &len), PL_BC_OK);
    size_t base = e->alloc.bytes_in_use;
    for (size_t n = 0; n < len; n++) {
        pl_term out = PL_NONE;
        ck_assert_int_eq(pl_bcfile_decode_term(e, buf, n, &out), PL_BC_CORRUPT);
        ck_assert_uint_eq(e->alloc.bytes_in_use, base);
    }
    free(buf);
    pl_release(e, t);
}
END_TEST

static uint8_t *module_image(size_t *len)
{
    static const char defs[] =
        "defmodule Small do\n  @tag [:x, {1, \"two\"}]\n  defstruct [:a, b: 2]\n"
        "  def f(x) when is_integer(x), do: {@tag, x + 1, fn y -> y * x end}\n"
        "  def g, do: &Small.f/1\nend\n";
    pl_test_output out;
    pl_engine *src = other_engine(&out);
    ck_assert_int_eq(pl_test_run(src, &out, defs), 0);
    uint8_t *img;
    ck_assert_int_eq(pl_bcfile_save(src, &img, len), PL_BC_OK);
    pl_engine_free(src);
    return img;
}

/* Stores a checksum that fits [img]'s (damaged) payload, so the parser sees it. */
static void reseal(uint8_t *img, size_t len)
{
    uint64_t sum = pl_bcfile_checksum(img + 13, len - 13);
    for (int i = 0; i < 8; i++) {
        img[5 + i] = (uint8_t)(sum >> (8 * i));
    }
}

/* Loads [img] into the fixture engine; a refusal must leave no trace. */
static pl_bcfile_status load_cleanly(const uint8_t *img, size_t len)
{
    size_t base = e->alloc.bytes_in_use;
    uint32_t mods = e->modules->count;
    pl_bcfile_status st = pl_bcfile_load(e, img, len);
    if (st != PL_BC_OK) {
        ck_assert_uint_eq(e->alloc.bytes_in_use, base);
        ck_assert_uint_eq(e->modules->count, mods);
    }
    return st;
}

/* Positions worth damaging: every byte of the modules at the end, and a sample
 * of the header and atom table before them (each load reads all of it). */
static size_t next_pos(size_t i, size_t len)
{
    return i + 2048 >= len ? i + 1 : i + 17;
}

START_TEST(truncated_images_are_refused)
{
    size_t len;
    uint8_t *img = module_image(&len);
    uint8_t *copy = malloc(len);
    for (size_t n = 0; n < len; n = next_pos(n, len)) {
        memcpy(copy, img, n);
        if (n >= 13) {
            reseal(copy, n);
        }
        ck_assert_int_eq(load_cleanly(copy, n), PL_BC_CORRUPT);
    }
    ck_assert_int_eq(load_cleanly(img, len), PL_BC_OK);
    free(copy);
    free(img);
}
END_TEST

START_TEST(damaged_images_are_refused_or_harmless)
{
    size_t len;
    uint8_t *img = module_image(&len);
    uint8_t *copy = malloc(len);
    memcpy(copy, img, len);
    copy[len - 1] ^= 1;
    ck_assert_int_eq(load_cleanly(copy, len), PL_BC_CORRUPT); /* the checksum */
    for (size_t i = 13; i < len; i = next_pos(i, len)) {
        for (int flip = 1; flip < 256; flip <<= 1) {
            memcpy(copy, img, len);
            copy[i] ^= (uint8_t)flip;
            reseal(copy, len);
            if (load_cleanly(copy, len) == PL_BC_OK) { /* a harmless change: start afresh */
                pl_engine_free(e);
                e = pl_test_engine();
            }
        }
    }
    free(copy);
    free(img);
}
END_TEST

START_TEST(images_of_another_build_are_stale)
{
    size_t len;
    uint8_t *img = module_image(&len);
    uint8_t *copy = malloc(len);
    memcpy(copy, img, len);
    copy[4]++; /* format version */
    ck_assert_int_eq(load_cleanly(copy, len), PL_BC_STALE);
    memcpy(copy, img, len);
    copy[13] ^= 1; /* BIF count (a varint: its low bit) */
    reseal(copy, len);
    ck_assert_int_eq(load_cleanly(copy, len), PL_BC_STALE);
    size_t fp = 14; /* the BIF and instruction-set fingerprints follow the count */
    while (img[fp - 1] & 0x80) {
        fp++;
    }
    for (size_t i = 0; i < 16; i++) {
        memcpy(copy, img, len);
        copy[fp + i] ^= 0x40;
        reseal(copy, len);
        ck_assert_int_eq(load_cleanly(copy, len), PL_BC_STALE);
    }
    free(copy);
    free(img);
}
END_TEST

Suite *bcfile_suite(void)
{
    Suite *s = suite_create("bcfile");
    TCase *core = tcase_create("Core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_test(core, terms_round_trip_by_atom_name);
    tcase_add_test(core, module_round_trips_into_a_fresh_engine);
    tcase_add_test(core, library_image_matches_the_sources);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("Limits");
    tcase_add_checked_fixture(limits, setup, teardown);
    tcase_set_timeout(limits, 60);
    tcase_add_test(limits, million_element_list);
    tcase_add_test(limits, deep_map_and_deep_list);
    tcase_add_test(limits, allocation_failures_while_loading);
    suite_add_tcase(s, limits);
    TCase *errors = tcase_create("Errors");
    tcase_add_checked_fixture(errors, setup, teardown);
    tcase_set_timeout(errors, 60);
    tcase_add_test(errors, closures_pids_and_refs_have_no_byte_form);
    tcase_add_test(errors, truncated_terms_are_refused);
    tcase_add_test(errors, truncated_images_are_refused);
    tcase_add_test(errors, damaged_images_are_refused_or_harmless);
    tcase_add_test(errors, images_of_another_build_are_stale);
    suite_add_tcase(s, errors);
    return s;
}
