l = Enum.to_list(1..7)
IO.inspect(Enum.chunk_every(l, 2))
IO.inspect(Enum.chunk_every(l, 3, 1))
IO.inspect(Enum.chunk_every(l, 3, 2))
IO.inspect(Enum.chunk_every(l, 2, 3))
IO.inspect(Enum.chunk_every(l, 3, 1, :discard))
IO.inspect(Enum.chunk_every(l, 3, 3, []))
IO.inspect(Enum.chunk_every(l, 3, 3, [:x]))
IO.inspect(Enum.chunk_every(l, 3, 4, [:x, :y]))
IO.inspect(Enum.chunk_every([1, 2, 3, 4], 2, 1))
IO.inspect(Enum.chunk_every(%{a: 1, b: 2, c: 3}, 2))
IO.inspect(Enum.chunk_by([1, 2, 2, 3, 4, 4, 6, 7, 7], fn x -> rem(x, 2) == 1 end))
IO.inspect(Enum.chunk_by([], fn x -> x end))
IO.inspect(Enum.chunk_while(1..10, [], fn x, acc ->
  if rem(x, 3) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]}
end, fn
  [] -> {:cont, []}
  acc -> {:cont, Enum.reverse(acc), []}
end))
IO.inspect(Enum.chunk_while([1, 2, 3, 4], 0, fn x, acc ->
  if x > 2, do: {:halt, acc}, else: {:cont, [x], acc + x}
end, fn acc -> {:cont, [acc], acc} end))
IO.inspect(Enum.slide([:a, :b, :c, :d, :e, :f], 1, 4))
IO.inspect(Enum.slide([:a, :b, :c, :d, :e, :f], 3..4, 0))
IO.inspect(Enum.slide([:a, :b, :c, :d, :e, :f], -1, 0))
IO.inspect(Enum.intersperse([1, 2, 3], :x))
IO.inspect(Enum.intersperse([], :x))
IO.inspect(Enum.take_every(1..10, 4))
IO.inspect(Enum.take_every([1, 2, 3], 0))
IO.inspect(Enum.reverse_slice([1, 2, 3, 4, 5, 6], 2, 3))
IO.inspect(Enum.zip([[1, 2, 3], [:a, :b], ["x", "y", "z"]]))
IO.inspect(Enum.zip([]))
IO.inspect(Enum.unzip(%{a: 1, b: 2}))
IO.inspect(Enum.with_index(%{a: 1}, 10))
