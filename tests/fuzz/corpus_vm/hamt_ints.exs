digest = fn list ->
  list
  |> Enum.with_index()
  |> Enum.reduce(0, fn {k, i}, acc -> rem(acc * 31 + :erlang.phash2(k) * (i + 1), 1_000_000_007) end)
end
m33 = Map.new(1..33, fn i -> {i, i * 2} end)
IO.inspect(m33)
m100 = Map.new(-50..49, fn i -> {i, -i} end)
IO.inspect(m100, limit: :infinity)
m1000 = Map.new(1..1000, fn i -> {i * 7919, i} end)
IO.inspect(Map.keys(m1000), limit: :infinity)
m10k = Enum.reduce(1..10_000, %{}, fn i, acc -> Map.put(acc, i, i) end)
keys = Map.keys(m10k)
IO.inspect(Enum.take(keys, 60))
IO.inspect(Enum.take(keys, -60))
IO.inspect(digest.(keys))
IO.inspect(map_size(m10k))
IO.inspect(m10k == Map.new(1..10_000, fn i -> {i, i} end))
IO.inspect(Enum.sum(Map.values(m10k)))
wide = Map.new([576460752303423487, 576460752303423488, -576460752303423488, -576460752303423489,
  4611686018427387904, -4611686018427387904, 1267650600228229401496703205376 | Enum.to_list(1..30)], fn k -> {k, 0} end)
IO.inspect(Map.keys(wide), limit: :infinity)
