IO.inspect(Enum.reduce_while(1..10, 0, fn x, acc -> if x > 5, do: {:halt, acc}, else: {:cont, acc + x} end))
IO.inspect(Enum.reduce_while([], :init, fn _, acc -> {:cont, acc} end))
IO.inspect(Enum.reduce_while([1, 2, 3], [], fn x, acc -> {:cont, [x | acc]} end))
find_pair = fn list, target ->
  Enum.reduce_while(list, %{}, fn x, seen ->
    if Map.has_key?(seen, target - x), do: {:halt, {target - x, x}}, else: {:cont, Map.put(seen, x, true)}
  end)
end
IO.inspect(find_pair.([2, 7, 11, 15], 9))
IO.inspect(find_pair.([1, 2], 10))
IO.inspect(Enum.reduce_while(Enum.map(0..19, &Integer.pow(2, &1)), 0, fn x, acc ->
  if acc + x > 1000, do: {:halt, {acc, x}}, else: {:cont, acc + x}
end))
IO.inspect(Enum.reduce(1..5, {0, 1}, fn x, {s, p} -> {s + x, p * x} end))
IO.inspect(Enum.reduce([[1, 2], [3], []], [], &(&2 ++ &1)))
IO.inspect(Enum.reduce(%{a: 1, b: 2}, [], fn {k, v}, acc -> [{v, k} | acc] end))
