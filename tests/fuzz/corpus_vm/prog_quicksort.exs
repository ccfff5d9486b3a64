defmodule QS do
  def sort([]), do: []
  def sort([p | rest]) do
    {smaller, larger} = Enum.split_with(rest, &(&1 < p))
    sort(smaller) ++ [p] ++ sort(larger)
  end
  def sort_by([], _f), do: []
  def sort_by([p | rest], f) do
    left = for x <- rest, f.(x) < f.(p), do: x
    right = for x <- rest, f.(x) >= f.(p), do: x
    sort_by(left, f) ++ [p | sort_by(right, f)]
  end
end
IO.inspect(QS.sort([5, 3, 8, 1, 9, 2, 7]))
IO.inspect(QS.sort([]))
IO.inspect(QS.sort([1]))
IO.inspect(QS.sort([3, 3, 1, 1, 2]))
IO.inspect(QS.sort(["pear", "apple", "fig"]))
IO.inspect(QS.sort([3.5, -1, 2, 0.0]))
IO.inspect(QS.sort_by(["ccc", "a", "bb", "dddd"], &String.length/1))
list = Enum.map(1..200, fn i -> rem(i * 7919, 211) end)
IO.inspect(QS.sort(list) == Enum.sort(list))
IO.inspect(Enum.take(QS.sort(list), 10))
IO.inspect(QS.sort([:b, 1, "a", {1}, :a]))
