# Differential oracle for pl_phash2: prints one line per term,
#   <hex of term_to_binary(term, minor_version: 2)> <phash2/1> <phash2/2 for each range>
# Run with real elixir (OTP 25); tests/phash/run.sh feeds the output to diff.c.
defmodule PhashGen do
  import Bitwise
  @ranges [1, 2, 3, 4, 7, 8, 10, 1000, 65_536, 2_147_483_648, 4_294_967_295, 4_294_967_296]
  def ranges, do: @ranges

  def line(t) do
    hex = Base.encode16(:erlang.term_to_binary(t, minor_version: 2), case: :lower)
    hs = [:erlang.phash2(t) | Enum.map(@ranges, &:erlang.phash2(t, &1))]
    Enum.join([hex | Enum.map(hs, &Integer.to_string/1)], " ")
  end

  @atoms [:a, :b, :ok, :error, nil, true, false, :"Elixir.Foo", :héllo, :"日本語",
          :"with space", :zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz, :"ÿ", :"Ā", :"\u0080x"]

  def int do
    case :rand.uniform(9) do
      1 -> :rand.uniform(512) - 256
      2 -> :rand.uniform(1 <<< 28) - (1 <<< 27) - 2
      3 -> Enum.random([1 <<< 27, -(1 <<< 27), (1 <<< 27) - 1, -(1 <<< 27) - 1, 1 <<< 31, -(1 <<< 31)])
      4 -> :rand.uniform(1 <<< 62) * Enum.random([1, -1])
      5 -> Enum.random([1 <<< 59, 1 <<< 60, (1 <<< 60) - 1, -(1 <<< 60), 1 <<< 63, -(1 <<< 63), (1 <<< 64) - 1, 1 <<< 64])
      6 -> (:rand.uniform(1 <<< 100) + (1 <<< 64)) * Enum.random([1, -1])
      7 -> :rand.uniform(1 <<< 300) * Enum.random([1, -1])
      8 -> :rand.uniform(1 <<< 33)
      _ -> :rand.uniform(100)
    end
  end

  def float do
    case :rand.uniform(4) do
      1 -> Enum.random([0.0, -0.0, 1.0, -1.0, 1.5, 1.0e20, -3.25, 1.0e-300, 1.7976931348623157e308, 5.0e-324])
      2 -> :rand.uniform() * 1000 - 500
      3 -> :rand.normal() * 1.0e15
      _ -> (:rand.uniform(1000) - 500) * 1.0
    end
  end

  def bin do
    n = Enum.random([0, 1, 2, 3, 4, 5, 11, 12, 13, 23, 24, 25, 36, 100, :rand.uniform(40)])
    :crypto.strong_rand_bytes(n)
  end

  def charlist do
    n = :rand.uniform(12) - 1
    for _ <- 1..n//1, do: Enum.random([:rand.uniform(256) - 1, :rand.uniform(128), 256, 1000, -1])
  end

  def leaf do
    case :rand.uniform(10) do
      1 -> int()
      2 -> int()
      3 -> float()
      4 -> Enum.random(@atoms)
      5 -> bin()
      6 -> charlist()
      7 -> []
      8 -> {}
      9 -> %{}
      _ -> Enum.random([&Enum.map/2, &:erlang.phash2/1, &Kernel.+/2, :c.pid(0, :rand.uniform(32767), 0),
                        :erlang.list_to_ref('#Ref<0.0.0.#{:rand.uniform(262_143)}>')])
    end
  end

  def term(0), do: leaf()
  def term(d) do
    case :rand.uniform(9) do
      1 -> for _ <- 1..:rand.uniform(5)//1, do: term(d - 1)
      2 -> List.to_tuple(for _ <- 0..:rand.uniform(5)//1, do: term(d - 1))
      3 -> Map.new(for _ <- 1..:rand.uniform(6)//1, do: {term(d - 1), term(d - 1)})
      4 -> improper(d)
      5 -> for _ <- 1..:rand.uniform(4)//1, do: {Enum.random(@atoms), term(d - 1)}
      6 -> Map.new(for i <- 1..(32 + :rand.uniform(40))//1, do: {Enum.random([i, :"k#{i}", "s#{i}", {i}]), term(0)})
      _ -> leaf()
    end
  end

  defp improper(d) do
    Enum.reduce(1..:rand.uniform(3), Enum.random([term(0), 1, :a, "x", 2.5]), fn _, acc ->
      [Enum.random([:rand.uniform(255), term(d - 1)]) | acc]
    end)
  end

  def fixed do
    [0, 1, -1, 2, -2, 255, 256, 1 <<< 27, (1 <<< 27) - 1, -(1 <<< 27), -(1 <<< 27) - 1,
     1 <<< 31, 1 <<< 32, 1 <<< 59, 1 <<< 60, 1 <<< 63, 1 <<< 64, 1 <<< 100, -(1 <<< 64), -(1 <<< 100),
     0.0, -0.0, 1.5, 1.0e20, -3.25, :a, :ok, nil, true, false, :"Elixir.Foo", :héllo,
     "", "a", "ab", "abc", "abcd", "hello", "héllo", String.duplicate("x", 1000),
     String.duplicate("0123456789", 100) <> "!", ~c"", ~c"a", ~c"abc", ~c"abcd", ~c"abcde", ~c"hello", [256],
     [1, 2, 3], [1, :a, "b", 2.0], [:a], [[]], [1 | 2], [:a | :b], [1, 2 | 3], [1, 300 | 4],
     {}, {1}, {1, 2}, {:ok, {1, {2, {3}}}}, %{}, %{a: 1}, %{1 => 2, 3 => 4}, %{"k" => [1, 2], {1} => %{}},
     Map.new(1..33, &{&1, &1 * 2}), Map.new(1..100, &{:"k#{&1}", "v#{&1}"}), [a: 1, b: 2],
     &Enum.map/2, :c.pid(0, 100, 0), :c.pid(0, 0, 0), :c.pid(0, 32767, 3), :erlang.list_to_ref(~c"#Ref<0.0.0.262143>"), :erlang.list_to_ref('#Ref<0.0.0.5>'),
     List.duplicate(7, 100_000), Enum.to_list(1..1000), Enum.map(1..1000, &{&1})]
  end
end

import Bitwise
seed = String.to_integer(Enum.at(System.argv(), 1) || "1")
:rand.seed(:exsss, {20, 25, seed})
count = String.to_integer(List.first(System.argv()) || "3000")
IO.puts(Enum.join(["ranges" | Enum.map(PhashGen.ranges(), &Integer.to_string/1)], " "))
Enum.each(PhashGen.fixed(), &IO.puts(PhashGen.line(&1)))
for _ <- 1..count, do: IO.puts(PhashGen.line(PhashGen.term(:rand.uniform(4))))
