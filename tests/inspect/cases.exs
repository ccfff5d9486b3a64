# Differential inspect cases, recorded from real Elixir 1.14: each line is
#   <term as hex ETF> TAB <limit plimit width pretty charlists binaries base nostructs> TAB <hex of output>
# and "S TAB <hex ETF of {Module, [{field, default}]}>" for the structs the terms use.
# Usage: tests/inspect/run.sh records these and replays every line through pl_inspect.
defmodule User do
  defstruct name: nil, age: 0, email: nil, tags: []
end

defmodule Point do
  defstruct [:x, :y]
end

defmodule Empty do
  defstruct []
end

defmodule MyErr do
  defexception [:message, :code]
end

defmodule Cases do
  def hex(bin), do: Base.encode16(bin, case: :lower)

  def opt_text(o) do
    lim = fn :infinity -> -1; n -> n end
    cl = %{infer: 0, as_lists: 1, as_charlists: 2}
    bn = %{infer: 0, as_binaries: 1, as_strings: 2}
    Enum.join([
      lim.(Keyword.get(o, :limit, 50)), lim.(Keyword.get(o, :printable_limit, 4096)),
      lim.(Keyword.get(o, :width, 80)), if(Keyword.get(o, :pretty, false), do: 1, else: 0),
      cl[Keyword.get(o, :charlists, :infer)], bn[Keyword.get(o, :binaries, :infer)],
      %{decimal: 10, binary: 2, octal: 8, hex: 16}[Keyword.get(o, :base, :decimal)],
      if(Keyword.get(o, :structs, true), do: 0, else: 1)
    ], " ")
  end

  @variants [
    [],
    [pretty: true],
    [pretty: true, width: 30],
    [pretty: true, width: 10],
    [pretty: true, width: 0],
    [limit: 3],
    [limit: 5, pretty: true, width: 20],
    [limit: 1, pretty: true, width: 15],
    [limit: 0],
    [printable_limit: 5],
    [printable_limit: 0, pretty: true],
    [charlists: :as_lists],
    [charlists: :as_charlists],
    [binaries: :as_binaries],
    [binaries: :as_strings, pretty: true, width: 12],
    [limit: :infinity, printable_limit: :infinity, pretty: true, width: 40],
    [base: :hex],
    [base: :binary, pretty: true, width: 20],
    [base: :octal, limit: 4],
    [structs: false, pretty: true, width: 30]
  ]

  def emit(term) do
    etf = hex(:erlang.term_to_binary(term))
    for o <- @variants do
      try do
        IO.puts("#{etf}\t#{opt_text(o)}\t#{hex(inspect(term, o))}")
      rescue
        _ -> :skip
      end
    end
  end

  def emit_struct(mod) do
    fields = for %{field: f} <- mod.__info__(:struct), do: {f, Map.get(mod.__struct__(), f)}
    IO.puts("S\t#{hex(:erlang.term_to_binary({mod, fields}))}")
  end
end

for m <- [User, Point, Empty, MyErr], do: Cases.emit_struct(m)

long = String.duplicate("lorem ipsum dolor ", 6)
kw20 = for i <- 1..20, do: {String.to_atom("key#{i}"), i * 1000}
terms = [
  # numbers
  0, 1, -1, 42, 1_000_000, -987_654_321, 2 ** 64, -(2 ** 100), 2 ** 62, -(2 ** 63),
  0.0, -0.0, 0.1, 1.5, -2.25, 1.0e10, 1.0e15, 1.0e16, 1.0e20, 3.0e-5, 123456789.0, 1.0e-10,
  # atoms
  :foo, :"foo bar", :+, :-, :"::", :"Elixir.Foo", :"Elixir.Foo.Bar", Elixir, :"Elixir.Elixir",
  :"Elixir.foo", :Foo, :"", :"//", :"..//", :%{}, :%, :{}, :<<>>, :..., :.., :., :->, :when,
  :"^^^", :"~~~", :"<|>", :foo?, :bar!, :"foo?b", :"123", :_, :_foo, :héllo, :"Ña", :"a-b",
  nil, true, false, :"\n", :"a\"b", :foo@bar, :"@foo", :"\\\\", :"#{1}", :"µ", :erlang, :ok,
  :&, :!, :^, :not, :@, :<-, :|, :=, :||, :and, :or, :in, :++, :<>, :**, :"#\{x}",
  # strings and binaries
  "", "hello", "hello world", "a\nb\tc", "quote\"d", "\e[31m", "\#{x}", "#", "#{}", "\\",
  "olá mundo", "日本語", "emoji 🎉", "\u00a0", "\uFEFF", "\u2028", <<0>>, <<1, 2, 3>>,
  <<255>>, "abc" <> <<200>>, <<0xC0, 0x80>>, <<0xED, 0xA0, 0x80>>, "\x7f", "\a\b\v\f\r",
  String.duplicate("x", 100), long, :binary.copy(<<1>>, 60), "a\0b", <<"é", 255>>,
  # lists and charlists
  [], [1], [1, 2, 3], 'abc', 'hello world', [7, 8, 9], [0], 'ab\ncd', 'it\'s', '#{}x',
  [?a, 128], [?a, 300], [1 | 2], [1, 2 | 3], [:a | :b], ['a' | 'b'], [[1], [2, [3]]],
  Enum.to_list(1..40), Enum.to_list(1..100), Enum.to_list(1..60) |> Enum.map(&(&1 * 1000)),
  [a: 1, b: 2], [a: 1, "b c": 2], [{:a, 1}, {:b, 2} | 3], [{:"Elixir.Foo", 1}], [{1, 2}],
  kw20, [a: [b: [c: [d: 1]]]], [nil: 1, true: 2], [{:a, 1, 2}], [{"a", 1}],
  for(i <- 1..12, do: {i, "value number #{i}"}),
  for(i <- 1..8, do: [i, i * 2, i * 3]),
  List.duplicate(long, 3), [long], [[[[[[[[[[1]]]]]]]]]],
  [1, [2, [3, [4, [5, [6, [7, [8, [9, [10]]]]]]]]]],
  # tuples
  {}, {1}, {1, 2}, {:ok, "value"}, {:error, :enoent}, {1, {2, {3, {4}}}},
  List.to_tuple(Enum.to_list(1..30)), {:a, [1, 2, 3], %{b: 2}}, {long, long},
  {:reply, {:ok, [a: 1, b: 2]}, %{state: "running", count: 10}},
  # maps
  %{}, %{a: 1}, %{a: 1, b: 2}, %{"a" => 1}, %{1 => 2, :a => 3}, %{:a => 1, "b" => 2},
  %{:"Elixir.Foo" => 1, :a => 2}, %{[1] => 1, 2.0 => 2, 3 => 3}, %{{1, 2} => [3]},
  %{a: %{b: %{c: %{d: long}}}}, %{name: long, other: long, list: [1, 2, 3]},
  Map.new(1..10, fn i -> {"key#{i}", List.duplicate(i, i)} end),
  Map.new(1..20, fn i -> {:"k#{i}", i} end), %{"a b": 1, "c-d": 2, +: 3},
  %{__struct__: Foo, a: 1}, %{__struct__: "notatom", a: 1},
  # structs
  struct(User, name: "José", age: 30), struct(User, name: long, tags: [:a, :b]),
  struct(Point, x: 1, y: 2), struct(Empty), struct(MyErr, message: "bad", code: 1),
  Map.put(struct(Point, x: 1, y: 2), :z, 3), Map.delete(struct(Point, x: 1), :y),
  %RuntimeError{message: "boom"}, %ArgumentError{message: "bad arg"},
  %KeyError{key: :a, term: %{b: 1}}, %MatchError{term: {:error, :x}},
  %FunctionClauseError{module: Foo, function: :bar, arity: 1},
  [struct(Point, x: 1, y: 2), struct(Point, x: 3, y: 4)],
  %{point: struct(Point, x: 1, y: 2), user: struct(User, name: "Ann")},
  # ranges
  1..10, 1..10//2, 10..1//-1, 1..0//1, 5..5, -3..-1, 0..-5//-2, [1..2, 3..4],
  %{__struct__: Range, first: 1, last: 2, step: 1, x: 1}, {1..100//7},
  # mixtures that wrap
  [ok: {:a, "long string value here"}, error: [1, 2, 3], map: %{x: 1, y: [a: 1]}],
  %{list: Enum.to_list(1..30), tuple: List.to_tuple(Enum.to_list(1..15)), str: long},
  [%{id: 1, name: "first item"}, %{id: 2, name: "second item"}, %{id: 3, name: "third"}],
  {[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12], [13, 14, 15], [16, 17, 18]},
  [{:a, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]}],
  [1, "two", :three, 4.0, {5}, [6], %{seven: 7}, 'eight', <<9>>, nil],
  [["aaaaaaaaaa", "bbbbbbbbbb"], ["cccccccccc", "dddddddddd"], ["eeeeeeeeee"]],
  Enum.map(1..5, fn i -> %{id: i, tags: [:x, :y], meta: %{n: i}} end),
  [a: 1, b: "this is a long string that forces wrapping", c: [1, 2, 3], d: {:x, :y}],
  # printable_limit defaults and long data
  String.duplicate("a", 5000), String.duplicate("a", 4100) <> <<0>>, List.duplicate(?a, 5000),
  List.duplicate(?a, 4097) ++ [0], :binary.copy(<<200>>, 120), Enum.to_list(1..120),
  List.duplicate("olá mundo ", 12), Enum.map(1..9, &{&1, String.duplicate("é", &1 * 3)}),
  Enum.map(1..6, fn i -> Enum.to_list(1..(i * 4)) end)
]

for t <- terms, do: Cases.emit(t)

# Random nested terms, to shake out wrapping differences (fixed seed; map keys
# avoid floats because map key order is map.c's business, not inspect's).
defmodule Gen do
  @words ~w(alpha beta gamma delta epsilon zeta eta theta iota kappa lambda)
  def term(0), do: leaf()
  def term(d) do
    case :rand.uniform(9) do
      1 -> Enum.map(1..:rand.uniform(8), fn _ -> term(d - 1) end)
      2 -> for _ <- 1..:rand.uniform(6), do: {key(), term(d - 1)}
      3 -> List.to_tuple(Enum.map(1..:rand.uniform(5), fn _ -> term(d - 1) end))
      4 -> Map.new(1..:rand.uniform(6), fn _ -> {key(), term(d - 1)} end)
      5 -> Map.new(1..:rand.uniform(4), fn _ -> {Enum.random(@words), term(d - 1)} end)
      6 -> Enum.to_list(1..:rand.uniform(30))
      7 -> [term(d - 1) | term(d - 1)]
      _ -> leaf()
    end
  end
  def key, do: String.to_atom(Enum.random(@words) <> Enum.random(["", "_x", "?", "!"]))
  def leaf do
    case :rand.uniform(8) do
      1 -> :rand.uniform(100_000)
      2 -> :rand.uniform() * 1000
      3 -> Enum.map_join(1..:rand.uniform(4), " ", fn _ -> Enum.random(@words) end)
      4 -> key()
      5 -> Enum.random([nil, true, false, 'chars', [], {}, %{}, "", <<1, 2>>])
      6 -> Enum.random(@words) |> String.to_charlist()
      7 -> -:rand.uniform(1000)
      _ -> 1..:rand.uniform(20)
    end
  end
end

:rand.seed(:exsss, {1, 2, 3})
for _ <- 1..400, do: Cases.emit(Gen.term(4))
