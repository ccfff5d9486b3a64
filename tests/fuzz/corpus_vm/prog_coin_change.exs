defmodule Coins do
  def ways(amount, coins) do
    Enum.reduce(coins, Map.new(0..amount, &{&1, if(&1 == 0, do: 1, else: 0)}), fn c, table ->
      Enum.reduce(c..amount//1, table, fn a, t -> Map.put(t, a, t[a] + t[a - c]) end)
    end)
    |> Map.fetch!(amount)
  end
  def min_coins(amount, coins) do
    table =
      Enum.reduce(1..amount//1, %{0 => []}, fn a, t ->
        best =
          coins
          |> Enum.filter(&(&1 <= a and Map.has_key?(t, a - &1)))
          |> Enum.map(&[&1 | t[a - &1]])
          |> Enum.min_by(&length/1, fn -> nil end)
        if best, do: Map.put(t, a, best), else: t
      end)
    case Map.fetch(table, amount) do
      {:ok, list} -> {:ok, Enum.sort(list, :desc)}
      :error -> :impossible
    end
  end
end
IO.inspect(Coins.ways(10, [1, 2, 5]))
IO.inspect(Coins.ways(100, [1, 5, 10, 25, 50]))
IO.inspect(Coins.ways(0, [1]))
IO.inspect(Coins.min_coins(63, [1, 5, 10, 21, 25]))
IO.inspect(Coins.min_coins(7, [2, 4]))
IO.inspect(Coins.min_coins(11, [1, 2, 5]))
IO.inspect(Coins.ways(300, [1, 2, 5, 10, 20, 50, 100, 200]))
