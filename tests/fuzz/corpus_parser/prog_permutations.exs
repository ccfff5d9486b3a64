defmodule Comb do
  def permutations([]), do: [[]]
  def permutations(list), do: for(x <- list, rest <- permutations(list -- [x]), do: [x | rest])
  def combinations(_, 0), do: [[]]
  def combinations([], _), do: []
  def combinations([h | t], k), do: Enum.map(combinations(t, k - 1), &[h | &1]) ++ combinations(t, k)
  def powerset([]), do: [[]]
  def powerset([h | t]) do
    ps = powerset(t)
    ps ++ Enum.map(ps, &[h | &1])
  end
end
IO.inspect(Comb.permutations([1, 2, 3]))
IO.inspect(length(Comb.permutations(Enum.to_list(1..6))))
IO.inspect(Comb.combinations([:a, :b, :c, :d], 2))
IO.inspect(length(Comb.combinations(Enum.to_list(1..10), 3)))
IO.inspect(Comb.powerset([1, 2, 3]))
IO.inspect(Comb.permutations('abc') |> Enum.map(&List.to_string/1))
IO.inspect(Comb.combinations([1, 2], 5))
