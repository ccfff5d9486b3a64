# Regenerates the expected values in tests/check_phash.c from real elixir:
#   elixir tests/phash/expected.exs
# Each entry pairs the C expression check_phash.c builds with the same term here;
# the output lines are pasted into the test as they are.
import Bitwise

defmodule Expected do
  def emit(group, entries) do
    IO.puts("    /* #{group} */")
    for {c, t} <- entries do
      IO.puts("    expect(#{c}, #{:erlang.phash2(t)}u);")
    end
  end

  def emit_ranges(c, t, ranges) do
    for r <- ranges do
      IO.puts("    expect_range(#{c}, #{r}u, #{:erlang.phash2(t, r)}u);")
    end
  end
end

x1000 = String.duplicate("x", 1000)

Expected.emit("integers", [
  {"pl_small(0)", 0}, {"pl_small(1)", 1}, {"pl_small(-1)", -1}, {"pl_small(255)", 255},
  {"pl_small(256)", 256}, {"pl_small((1 << 27) - 1)", (1 <<< 27) - 1},
  {"pl_small(1 << 27)", 1 <<< 27}, {"pl_small(-(1 << 27))", -(1 <<< 27)},
  {"pl_small(-(1 << 27) - 1)", -(1 <<< 27) - 1}, {"pl_small(INT64_C(1) << 31)", 1 <<< 31},
  {"pl_small(INT64_C(1) << 32)", 1 <<< 32}, {"pl_small(INT64_C(1) << 59)", 1 <<< 59},
  {"pl_small(INT64_C(1) << 60)", 1 <<< 60}, {"pl_small(PL_SMALL_MAX)", (1 <<< 62) - 1},
  {"pl_small(PL_SMALL_MIN)", -(1 <<< 62)}, {~S|big("4611686018427387904")|, 1 <<< 62},
  {~S|big("-4611686018427387905")|, -(1 <<< 62) - 1}, {~S|big("9223372036854775808")|, 1 <<< 63},
  {~S|big("18446744073709551615")|, (1 <<< 64) - 1}, {~S|big("18446744073709551616")|, 1 <<< 64},
  {~S|big("-18446744073709551616")|, -(1 <<< 64)},
  {~S|big("1267650600228229401496703205376")|, 1 <<< 100},
  {~S|big("-1267650600228229401496703205376")|, -(1 <<< 100)}
])

Expected.emit("floats", [
  {"flt(0.0)", 0.0}, {"flt(-0.0)", -0.0}, {"flt(1.0)", 1.0}, {"flt(1.5)", 1.5},
  {"flt(1.0e20)", 1.0e20}, {"flt(-3.25)", -3.25}
])

Expected.emit("atoms", [
  {~S|atom("a")|, :a}, {~S|atom("ok")|, :ok}, {"PL_ATOM_NIL", nil}, {"PL_TRUE", true},
  {"PL_FALSE", false}, {~S|atom("Elixir.Foo")|, Foo}, {~S|atom("h\xc3\xa9llo")|, :héllo},
  {~S|atom("\xe6\x97\xa5\xe6\x9c\xac")|, :日本}
])

Expected.emit("binaries", [
  {~S|bin("")|, ""}, {~S|bin("a")|, "a"}, {~S|bin("abcd")|, "abcd"}, {~S|bin("hello")|, "hello"},
  {~S|bin("h\xc3\xa9llo")|, "héllo"}, {~S|bin("hello world!")|, "hello world!"},
  {~S|bin("hello world!!")|, "hello world!!"}, {"repeat_bin('x', 1000)", x1000}
])

Expected.emit("lists and charlists", [
  {"PL_NIL", []}, {"ints(3, 1, 2, 3)", [1, 2, 3]}, {"ints(3, 'a', 'b', 'c')", ~c"abc"},
  {"ints(5, 'h', 233, 'l', 'l', 'o')", ~c"héllo"}, {"ints(5, 'a', 'b', 'c', 'd', 'e')", ~c"abcde"},
  {"ints(1, 256)", [256]}, {"ints(3, 1000, 1, -1)", [1000, 1, -1]},
  {~S|list(1, atom("a"))|, [:a]}, {~S|list(4, pl_small(1), atom("a"), bin("b"), flt(2.0))|, [1, :a, "b", 2.0]},
  {"list(1, PL_NIL)", [[]]},
  {~S|list(2, tup(2, atom("a"), pl_small(1)), tup(2, atom("b"), pl_small(2)))|, [a: 1, b: 2]}
])

Expected.emit("improper lists", [
  {"improper(pl_small(2), 1, pl_small(1))", [1 | 2]},
  {~S|improper(atom("b"), 1, atom("a"))|, [:a | :b]},
  {"improper(pl_small(3), 2, pl_small(1), pl_small(2))", [1, 2 | 3]},
  {"improper(pl_small(4), 2, pl_small(1), pl_small(300))", [1, 300 | 4]},
  {~S|improper(bin("x"), 1, pl_small(7))|, [7 | "x"]}
])

Expected.emit("tuples", [
  {"tup(0)", {}}, {"tup(1, pl_small(1))", {1}}, {"tup(2, pl_small(1), pl_small(2))", {1, 2}},
  {~S|tup(2, atom("ok"), tup(2, pl_small(1), tup(2, pl_small(2), tup(1, pl_small(3)))))|, {:ok, {1, {2, {3}}}}},
  {~S|tup(3, bin("a"), ints(1, 1), pl_map_empty(e))|, {"a", [1], %{}}}
])

Expected.emit("maps", [
  {"pl_map_empty(e)", %{}}, {~S|map(1, atom("a"), pl_small(1))|, %{a: 1}},
  {"map(2, pl_small(3), pl_small(4), pl_small(1), pl_small(2))", %{1 => 2, 3 => 4}},
  {~S|map(2, bin("k"), ints(2, 1, 2), tup(1, pl_small(1)), pl_map_empty(e))|, %{"k" => [1, 2], {1} => %{}}},
  {~S|map(1, atom("a"), map(1, atom("b"), pl_map_empty(e)))|, %{a: %{b: %{}}}},
  {~S|map(2, pl_small(1), atom("a"), flt(1.0), atom("b"))|, %{1 => :a, 1.0 => :b}},
  {~S|map(1, PL_NIL, atom("x"))|, %{[] => :x}},
  {"int_map(33)", Map.new(1..33, &{&1, &1 * 2})},
  {"int_map(100)", Map.new(1..100, &{&1, &1 * 2})}
])

Expected.emit("funs, pids, refs", [
  {~S|pl_fun_ext(e, atom("Elixir.Enum"), atom("map"), 2)|, &Enum.map/2},
  {~S|pl_fun_ext(e, atom("erlang"), atom("phash2"), 1)|, &:erlang.phash2/1},
  {"pl_pid(0)", :c.pid(0, 0, 0)}, {"pl_pid(100)", :c.pid(0, 100, 0)},
  {"pl_pid(32767)", :c.pid(0, 32767, 0)}, {"pl_ref(5)", :erlang.list_to_ref(~c"#Ref<0.0.0.5>")}
])

IO.puts("    /* ranges */")
Expected.emit_ranges(~S|atom("ok")|, :ok, [1, 2, 4, 8, 10, 1000, 2_147_483_648, 4_294_967_295])
Expected.emit_ranges(~S|bin("hello")|, "hello", [2, 4, 8, 10, 1000, 4_294_967_295])
Expected.emit_ranges("tup(2, pl_small(1), pl_small(2))", {1, 2}, [2, 4, 8, 10, 1000])
IO.puts("    /* full 32-bit hash, phash2(t, 4294967296) */")
for {c, t} <- [{~S|atom("ok")|, :ok}, {"pl_small(0)", 0}, {"PL_NIL", []}, {~S|bin("hello")|, "hello"},
               {~S|big("1267650600228229401496703205376")|, 1 <<< 100}] do
  IO.puts("    expect_full(#{c}, #{:erlang.phash2(t, 4_294_967_296)}u);")
end

IO.puts("    /* limits */")
IO.puts("    million_list #{:erlang.phash2(Enum.to_list(1..1_000_000))}u")
IO.puts("    million_atoms #{:erlang.phash2(List.duplicate(:a, 1_000_000))}u")
IO.puts("    deep_list #{:erlang.phash2(Enum.reduce(1..100_000, [], fn _, acc -> [acc] end))}u")
IO.puts("    deep_tuple #{:erlang.phash2(Enum.reduce(1..100_000, {}, fn _, acc -> {acc} end))}u")
IO.puts("    deep_map #{:erlang.phash2(Enum.reduce(1..10_000, %{}, fn i, acc -> %{i => acc} end))}u")
IO.puts("    big_bin #{:erlang.phash2(String.duplicate("x", 1_000_000))}u")
IO.puts("    big_int #{:erlang.phash2(1 <<< 10_000)}u")
IO.puts("    pid_wrap #{:erlang.phash2(:c.pid(0, 0, 1))}u")
IO.puts("    ref_wrap #{:erlang.phash2(:erlang.list_to_ref(~c"#Ref<0.0.1.0>"))}u")
