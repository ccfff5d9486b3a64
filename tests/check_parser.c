/* Parser: pl_parse against quoted forms that Elixir 1.14's
 * Code.string_to_quoted!(src, columns: true) returned for the same sources, plus
 * limits (depth, size, allocation failure) and Elixir's error wording. The wide
 * corpus comparison with the real elixir lives in tests/parser/run.sh. */
#include <stdio.h>
#include <stdlib.h>
#include "helpers.h"
#include "lang/parser.h"

static pl_engine *e;
static size_t baseline; /* what the engine itself holds before any parse */
static void setup(void)
{
    e = pl_test_engine();
    baseline = e->alloc.bytes_in_use;
}
static void teardown(void)
{
    ck_assert_uint_eq(e->alloc.bytes_in_use, baseline); /* the AST and every scratch buffer went back */
    pl_engine_free(e);
}

/* ---- A canonical printer (tests/parser/dump.c's format, atoms bare when simple) ---- */

typedef struct sbuf {
    char *s;
    size_t len, cap;
} sbuf;

static void put(sbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->s = realloc(b->s, b->cap);
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

static void puts_(sbuf *b, const char *s) { put(b, s, strlen(s)); }

static void put_escaped(sbuf *b, const unsigned char *s, size_t n)
{
    char tmp[8];
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 32 && s[i] < 127 && s[i] != '"' && s[i] != '\\') {
            put(b, (const char *)&s[i], 1);
        } else {
            snprintf(tmp, sizeof tmp, "\\x%02X", s[i]);
            puts_(b, tmp);
        }
    }
}

static bool simple_atom(const char *s, size_t n)
{
    if (n == 0 || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z') || s[0] == '_')) {
        return false;
    }
    for (size_t i = 1; i < n; i++) {
        bool ok = (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')
            || s[i] == '_' || ((s[i] == '?' || s[i] == '!') && i == n - 1);
        if (!ok) {
            return false;
        }
    }
    return true;
}

static void print_term(sbuf *b, pl_term t)
{
    char tmp[64];
    if (pl_is_small(t)) {
        snprintf(tmp, sizeof tmp, "%lld", (long long)pl_small_value(t));
        puts_(b, tmp);
    } else if (pl_is_big(t)) {
        char *s = mpz_get_str(NULL, 10, pl_big_value(t));
        puts_(b, s);
        free(s);
    } else if (pl_is_float(t)) {
        double d = pl_float_value(t);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        snprintf(tmp, sizeof tmp, "f%llx", (unsigned long long)bits);
        puts_(b, tmp);
    } else if (pl_is_atom(t)) {
        const char *s = pl_atom_name(&e->atoms, t);
        size_t n = pl_atom_len(&e->atoms, t);
        puts_(b, simple_atom(s, n) ? ":" : ":\"");
        put_escaped(b, (const unsigned char *)s, n);
        puts_(b, simple_atom(s, n) ? "" : "\"");
    } else if (pl_is_bin(t)) {
        puts_(b, "\"");
        put_escaped(b, pl_bin_of(t)->data, pl_bin_of(t)->len);
        puts_(b, "\"");
    } else if (pl_is_tuple(t)) {
        puts_(b, "{");
        for (uint64_t i = 0; i < pl_tuple_arity(t); i++) {
            puts_(b, i ? ", " : "");
            print_term(b, pl_tuple_get(t, i));
        }
        puts_(b, "}");
    } else if (pl_is_list(t)) {
        puts_(b, "[");
        for (bool first = true; pl_is_cons(t); t = pl_tail(t), first = false) {
            puts_(b, first ? "" : ", ");
            print_term(b, pl_head(t));
        }
        if (!pl_is_nil(t)) {
            puts_(b, " | ");
            print_term(b, t);
        }
        puts_(b, "]");
    } else {
        puts_(b, "?");
    }
}

/* Parses [src] and compares the printed AST with [want]. */
static void assert_parses(const char *src, const char *want)
{
    pl_parse_error err;
    pl_term ast = pl_parse(e, "t.exs", src, strlen(src), &err);
    ck_assert_msg(ast != PL_NONE, "%s: %s %d:%d %s", src, err.kind, err.line, err.column, err.message);
    sbuf b = { 0 };
    print_term(&b, ast);
    ck_assert_str_eq(b.s, want);
    free(b.s);
    pl_release(e, ast);
}

static void assert_error(const char *src, const char *kind, int line, int column, const char *message)
{
    pl_parse_error err;
    pl_term ast = pl_parse(e, "t.exs", src, strlen(src), &err);
    ck_assert_msg(ast == PL_NONE, "%s parsed", src);
    ck_assert_str_eq(err.kind, kind);
    ck_assert_int_eq(err.line, line);
    ck_assert_int_eq(err.column, column);
    ck_assert_msg(strncmp(err.message, message, strlen(message)) == 0, "%s: got \"%s\"", src, err.message);
}

/* ---- Core: the quoted forms ---- */

static const struct { const char *src, *want; } cases[] = {
    { "1 + 2 * 3",
      "{:\"+\", [{:line, 1}, {:column, 3}], [1, {:\"*\", [{:line, 1}, {:column, 7}], [2, 3]}]}" },
    { "a |> b(1) |> c",
      "{:\"|>\", [{:line, 1}, {:column, 11}], [{:\"|>\", [{:line, 1}, {:column, 3}], [{:a, [{:line, 1}, {:column, 1}], :nil}, {:b, [{:line, 1}, {:column, 6}], [1]}]}, {:c, [{:line, 1}, {:column, 14}], :nil}]}" },
    { "x = if a do\n  b\nelse\n  c\nend",
      "{:\"=\", [{:line, 1}, {:column, 3}], [{:x, [{:line, 1}, {:column, 1}], :nil}, {:if, [{:line, 1}, {:column, 5}], [{:a, [{:line, 1}, {:column, 8}], :nil}, [{:do, {:b, [{:line, 2}, {:column, 3}], :nil}}, {:else, {:c, [{:line, 4}, {:column, 3}], :nil}}]]}]}" },
    { "IO.puts \"hi #{name}!\"",
      "{{:\".\", [{:line, 1}, {:column, 3}], [{:__aliases__, [{:line, 1}, {:column, 1}], [:IO]}, :puts]}, [{:line, 1}, {:column, 4}], [{:\"<<>>\", [{:line, 1}, {:column, 9}], [\"hi \", {:\"::\", [{:line, 1}, {:column, 13}], [{{:\".\", [{:line, 1}, {:column, 13}], [:\"Elixir.Kernel\", :to_string]}, [{:line, 1}, {:column, 13}], [{:name, [{:line, 1}, {:column, 15}], :nil}]}, {:binary, [{:line, 1}, {:column, 13}], :nil}]}, \"!\"]}]}" },
    { "%{m | a: 1}",
      "{:\"%{}\", [{:line, 1}, {:column, 2}], [{:\"|\", [{:line, 1}, {:column, 5}], [{:m, [{:line, 1}, {:column, 3}], :nil}, [{:a, 1}]]}]}" },
    { "fn\n  0 -> :zero\n  n when n > 0 -> :pos\nend",
      "{:fn, [{:line, 1}, {:column, 1}], [{:\"->\", [{:line, 2}, {:column, 5}], [[0], :zero]}, {:\"->\", [{:line, 3}, {:column, 16}], [[{:when, [{:line, 3}, {:column, 5}], [{:n, [{:line, 3}, {:column, 3}], :nil}, {:\">\", [{:line, 3}, {:column, 12}], [{:n, [{:line, 3}, {:column, 10}], :nil}, 0]}]}], :pos]}]}" },
    { "&Mod.fun/2",
      "{:\"&\", [{:line, 1}, {:column, 1}], [{:\"/\", [{:line, 1}, {:column, 9}], [{{:\".\", [{:line, 1}, {:column, 5}], [{:__aliases__, [{:line, 1}, {:column, 2}], [:Mod]}, :fun]}, [{:no_parens, :true}, {:line, 1}, {:column, 6}], []}, 2]}]}" },
    { "map.key",
      "{{:\".\", [{:line, 1}, {:column, 4}], [{:map, [{:line, 1}, {:column, 1}], :nil}, :key]}, [{:no_parens, :true}, {:line, 1}, {:column, 5}], []}" },
    { "foo bar a, b",
      "{:foo, [{:line, 1}, {:column, 1}], [{:bar, [{:line, 1}, {:column, 5}], [{:a, [{:line, 1}, {:column, 9}], :nil}, {:b, [{:line, 1}, {:column, 12}], :nil}]}]}" },
    { "case x do\n  {:ok, v} -> v\n  _ -> nil\nend",
      "{:case, [{:line, 1}, {:column, 1}], [{:x, [{:line, 1}, {:column, 6}], :nil}, [{:do, [{:\"->\", [{:line, 2}, {:column, 12}], [[{:ok, {:v, [{:line, 2}, {:column, 9}], :nil}}], {:v, [{:line, 2}, {:column, 15}], :nil}]}, {:\"->\", [{:line, 3}, {:column, 5}], [[{:_, [{:line, 3}, {:column, 3}], :nil}], :nil]}]}]]}" },
    { "1..10//2",
      "{:\"..//\", [{:line, 1}, {:column, 2}], [1, 10, 2]}" },
    { "x not in y",
      "{:__block__, [], [{:not, [{:line, 1}, {:column, 3}], [{:in, [{:line, 1}, {:column, 3}], [{:x, [{:line, 1}, {:column, 1}], :nil}, {:y, [{:line, 1}, {:column, 10}], :nil}]}]}]}" },
    { "'a#{b}'",
      "{{:\".\", [{:line, 1}, {:column, 1}], [:\"Elixir.List\", :to_charlist]}, [{:line, 1}, {:column, 1}], [[\"a\", {{:\".\", [{:line, 1}, {:column, 3}], [:\"Elixir.Kernel\", :to_string]}, [{:line, 1}, {:column, 3}], [{:b, [{:line, 1}, {:column, 5}], :nil}]}]]}" },
    { "~r/a+/i",
      "{:sigil_r, [{:delimiter, \"/\"}, {:line, 1}, {:column, 1}], [{:\"<<>>\", [{:line, 1}, {:column, 1}], [\"a+\"]}, [105]]}" },
    { "[1, 2 | t]",
      "[1, {:\"|\", [{:line, 1}, {:column, 7}], [2, {:t, [{:line, 1}, {:column, 9}], :nil}]}]" },
    { "defp f(a \\\\ 1), do: a",
      "{:defp, [{:line, 1}, {:column, 1}], [{:f, [{:line, 1}, {:column, 6}], [{:\"\\x5C\\x5C\", [{:line, 1}, {:column, 10}], [{:a, [{:line, 1}, {:column, 8}], :nil}, 1]}]}, [{:do, {:a, [{:line, 1}, {:column, 21}], :nil}}]]}" },
    { "123456789012345678901234567890",
      "123456789012345678901234567890" },
    { "\"\"\"\n  a\n   b\n  \"\"\"",
      "\"a\\x0A b\\x0A\"" },
    { "!a",
      "{:__block__, [], [{:\"!\", [{:line, 1}, {:column, 1}], [{:a, [{:line, 1}, {:column, 2}], :nil}]}]}" },
    { "a[:k]",
      "{{:\".\", [{:line, 1}, {:column, 2}], [:\"Elixir.Access\", :get]}, [{:line, 1}, {:column, 2}], [{:a, [{:line, 1}, {:column, 1}], :nil}, :k]}" },
    { "if a do\nend",
      "{:if, [{:line, 1}, {:column, 1}], [{:a, [{:line, 1}, {:column, 4}], :nil}, [{:do, {:__block__, [], []}}]]}" },
    { "(a; b)",
      "{:__block__, [{:line, 1}, {:column, 1}], [{:a, [{:line, 1}, {:column, 2}], :nil}, {:b, [{:line, 1}, {:column, 5}], :nil}]}" },
};

START_TEST(quoted_forms_match_elixir)
{
    assert_parses(cases[_i].src, cases[_i].want);
}
END_TEST

START_TEST(empty_and_comment_only_sources)
{
    assert_parses("", "{:__block__, [], []}");
    assert_parses("# only a comment\n", "{:__block__, [{:line, 1}, {:column, 1}], []}");
    assert_parses("a; b", "{:__block__, [], [{:a, [{:line, 1}, {:column, 1}], :nil}, {:b, [{:line, 1}, {:column, 4}], :nil}]}");
}
END_TEST

START_TEST(operators_bind_as_in_elixir)
{
    assert_parses("-2 ** 2", "{:\"**\", [{:line, 1}, {:column, 4}], [{:\"-\", [{:line, 1}, {:column, 1}], [2]}, 2]}");
    assert_parses("&1 + 1", "{:\"+\", [{:line, 1}, {:column, 4}], [{:\"&\", [{:line, 1}, {:column, 1}], [1]}, 1]}");
    assert_parses("foo -1", "{:foo, [{:ambiguous_op, :nil}, {:line, 1}, {:column, 1}], [{:\"-\", [{:line, 1}, {:column, 5}], [1]}]}");
    assert_parses("a\n|> b", "{:\"|>\", [{:line, 2}, {:column, 1}], [{:a, [{:line, 1}, {:column, 1}], :nil}, {:b, [{:line, 2}, {:column, 4}], :nil}]}");
    assert_parses("@foo.bar", "{{:\".\", [{:line, 1}, {:column, 5}], [{:\"@\", [{:line, 1}, {:column, 1}], [{:foo, [{:line, 1}, {:column, 2}], :nil}]}, :bar]}, [{:no_parens, :true}, {:line, 1}, {:column, 6}], []}");
}
END_TEST

/* ---- Limits ---- */

static char *repeat(const char *open, size_t n, const char *mid, const char *close)
{
    size_t lo = strlen(open), lm = strlen(mid), lc = strlen(close);
    char *s = malloc(n * (lo + lc) + lm + 1);
    char *w = s;
    for (size_t i = 0; i < n; i++, w += lo) {
        memcpy(w, open, lo);
    }
    memcpy(w, mid, lm);
    w += lm;
    for (size_t i = 0; i < n; i++, w += lc) {
        memcpy(w, close, lc);
    }
    *w = 0;
    return s;
}

START_TEST(deep_nesting_is_an_error_not_a_crash)
{
    const char *opens[] = { "[", "(", "{", "%{a: ", "!", "@", "fn -> ", "\"#{", "a = ", "f(", "x.(" };
    const char *closes[] = { "]", ")", "}", "}", "", "", " end", "}\"", "", ")", ")" };
    for (size_t k = 0; k < sizeof opens / sizeof opens[0]; k++) {
        char *src = repeat(opens[k], 100000, "1", closes[k]);
        pl_parse_error err;
        pl_term ast = pl_parse(e, "t.exs", src, strlen(src), &err);
        ck_assert_msg(ast == PL_NONE, "nesting %s parsed", opens[k]);
        ck_assert_str_eq(err.kind, "SyntaxError");
        free(src);
    }
}
END_TEST

START_TEST(moderate_nesting_parses)
{
    char *src = repeat("[", 200, "1", "]");
    pl_parse_error err;
    pl_term ast = pl_parse(e, "t.exs", src, strlen(src), &err);
    ck_assert_msg(ast != PL_NONE, "%s", err.message);
    pl_release(e, ast);
    free(src);
}
END_TEST

START_TEST(long_inputs_parse)
{
    size_t n = 100000;
    char *src = malloc(n * 3 + 4);
    char *w = src;
    *w++ = '[';
    for (size_t i = 0; i < n; i++) {
        memcpy(w, "1, ", 3);
        w += 3;
    }
    memcpy(w, "2]", 3);
    pl_parse_error err;
    pl_term ast = pl_parse(e, "t.exs", src, strlen(src), &err);
    ck_assert(ast != PL_NONE);
    ck_assert_int_eq(pl_list_length(ast), (int64_t)n + 1);
    pl_release(e, ast);
    for (size_t i = 0; i < n; i++) {
        memcpy(src + 3 * i, "a\n ", 3);
    }
    src[3 * n] = 0;
    ast = pl_parse(e, "t.exs", src, strlen(src), &err);
    ck_assert(ast != PL_NONE);
    pl_release(e, ast);
    free(src);
}
END_TEST

static const char program[] =
    "defmodule Counter do\n"
    "  use GenServer\n"
    "  def start_link(n \\\\ 0), do: GenServer.start_link(__MODULE__, n, name: __MODULE__)\n"
    "  def init(n) when is_integer(n), do: {:ok, %{count: n, log: []}}\n"
    "  def handle_call(:get, _from, %{count: c} = s), do: {:reply, c, s}\n"
    "  def handle_cast({:add, k}, s) do\n"
    "    s = %{s | count: s.count + k}\n"
    "    {:noreply, Map.update!(s, :log, &[\"added #{k}\" | &1])}\n"
    "  end\n"
    "end\n"
    "for x <- 1..3, into: %{}, do: {x, ~w(a b)a}\n"
    "case 'c#{1}' do\n  [_ | _] -> :ok\n  _ -> raise \"\"\"\n    no\n    \"\"\"\nend\n";

START_TEST(allocation_failure_at_every_step_is_clean)
{
    pl_parse_error err;
    pl_term ok = pl_parse(e, "t.exs", program, strlen(program), &err);
    ck_assert_msg(ok != PL_NONE, "%s", err.message);
    pl_release(e, ok);
    for (long n = 0; n < 4000; n++) {
        e->alloc.fail_after = n;
        pl_term ast = pl_parse(e, "t.exs", program, strlen(program), &err);
        e->alloc.fail_after = -1;
        if (ast != PL_NONE) {
            pl_release(e, ast);
            break;
        }
        ck_assert_msg(strcmp(err.kind, "SystemLimitError") == 0, "n=%ld: %s", n, err.message);
        ck_assert_msg(e->alloc.bytes_in_use == baseline, "n=%ld leaks %zu bytes (%s)", n,
            e->alloc.bytes_in_use - baseline, err.message);
    }
}
END_TEST

/* ---- Errors ---- */

START_TEST(errors_match_elixir_wording)
{
    assert_error("defmodule A do\n  def f do\n    1\nend\n", "TokenMissingError", 5, 1, "missing terminator: end (for \"do\" starting at line 1)");
    assert_error("foo(1))", "SyntaxError", 1, 7, "unexpected token: )");
    assert_error("[1, 2)", "SyntaxError", 1, 6, "unexpected token: ). The \"[\" at line 1 is missing terminator \"]\"");
    assert_error("x = }", "SyntaxError", 1, 5, "unexpected token: }");
    assert_error("if a do\n  b\nend\nend", "SyntaxError", 4, 1, "unexpected reserved word: end");
    assert_error("\"unterminated\n", "TokenMissingError", 2, 1, "missing terminator: \" (for string starting at line 1)");
    assert_error("x = $", "SyntaxError", 1, 5, "unexpected token: \"$\" (column 5, code point U+0024)");
    assert_error("1abc", "SyntaxError", 1, 1, "invalid character \"a\" after number 1. If you intended");
    assert_error("1 +", "TokenMissingError", 1, 3, "syntax error: expression is incomplete");
    assert_error("foo(1 2)", "SyntaxError", 1, 7, "syntax error before: \"2\"");
    assert_error("x = \"a#{b\"", "TokenMissingError", 1, 11, "missing terminator: \" (for string starting at line 1)");
    assert_error("\"\"\"\nunterminated\n", "TokenMissingError", 3, 1, "missing terminator: \"\"\" (for heredoc starting at line 1)");
    assert_error("\"\\x\"", "SyntaxError", 1, 2, "invalid hex escape character, expected \\xHH where H is a hexadecimal digit. Syntax error after: \\x");
    assert_error("foo a, bar b, c", "SyntaxError", 1, 8, "unexpected comma. Parentheses are required to solve ambiguity in nested calls.");
    assert_error("fn x end", "SyntaxError", 1, 1, "expected anonymous functions to be defined with -> inside: 'fn'");
    assert_error("foo(a, )", "SyntaxError", 1, 8, "syntax error before: ')'");
}
END_TEST

/* Any bytes at all: no crash, no hang, no leak (the teardown checks the bytes). */
START_TEST(arbitrary_bytes_never_crash)
{
    static const char alphabet[] = "abAB_1 0.x\n\t;,:\"'#{}[]()<>%&|=+-*/\\~^@!?do end fn->\x00\xff\xc3\xa9";
    uint64_t seed = 0x9e3779b97f4a7c15u;
    char src[96];
    for (int round = 0; round < 20000; round++) {
        size_t n = (size_t)(round % 95) + 1;
        for (size_t i = 0; i < n; i++) {
            seed = seed * 6364136223846793005u + 1442695040888963407u;
            src[i] = alphabet[(seed >> 33) % (sizeof alphabet - 1)];
        }
        pl_parse_error err;
        pl_term ast = pl_parse(e, "t.exs", src, n, &err);
        if (ast == PL_NONE) {
            ck_assert(err.line >= 0 && err.kind[0] != 0);
        }
        pl_release(e, ast);
    }
}
END_TEST

Suite *parser_suite(void)
{
    Suite *s = suite_create("parser");
    TCase *core = tcase_create("Core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_loop_test(core, quoted_forms_match_elixir, 0, (int)(sizeof cases / sizeof cases[0]));
    tcase_add_test(core, empty_and_comment_only_sources);
    tcase_add_test(core, operators_bind_as_in_elixir);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("Limits");
    tcase_add_checked_fixture(limits, setup, teardown);
    tcase_set_timeout(limits, 60);
    tcase_add_test(limits, deep_nesting_is_an_error_not_a_crash);
    tcase_add_test(limits, moderate_nesting_parses);
    tcase_add_test(limits, long_inputs_parse);
    tcase_add_test(limits, allocation_failure_at_every_step_is_clean);
    suite_add_tcase(s, limits);
    TCase *errors = tcase_create("Errors");
    tcase_add_checked_fixture(errors, setup, teardown);
    tcase_set_timeout(errors, 60);
    tcase_add_test(errors, errors_match_elixir_wording);
    tcase_add_test(errors, arbitrary_bytes_never_crash);
    suite_add_tcase(s, errors);
    return s;
}
