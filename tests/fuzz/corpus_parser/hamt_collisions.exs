# Pairs of integers whose 32-bit internal hashes are equal, so the HAMT must
# rehash them with a salt below level 8.
pairs = [{1992127, 2407653}, {1834800, 2959648}, {584756, 2843805}, {1965948, 2520257},
  {1480032, 2224647}, {1067020, 1376086}, {351613, 1206153}, {334939, 1358576}]
base = Map.new(1..40, fn i -> {i, i} end)
m = Enum.reduce(pairs, base, fn {a, b}, acc -> acc |> Map.put(a, :a) |> Map.put(b, :b) end)
IO.inspect(Map.keys(m), limit: :infinity)
IO.inspect(Enum.map(pairs, fn {a, b} -> {Map.get(m, a), Map.get(m, b)} end))
m2 = Enum.reduce(pairs, m, fn {a, _}, acc -> Map.delete(acc, a) end)
IO.inspect(Map.keys(m2), limit: :infinity)
m3 = Map.new(Enum.flat_map(pairs, fn {a, b} -> [{b, 1}, {a, 2}] end) ++ Enum.map(1..30, &{&1, 0}))
IO.inspect(Map.to_list(m3), limit: :infinity)
IO.inspect(m3 == Enum.reduce(Map.to_list(m3), %{}, fn {k, v}, acc -> Map.put(acc, k, v) end))
only = Map.new(Enum.flat_map(pairs, fn {a, b} -> [{a, 0}, {b, 0}] end) ++ Enum.map(100..120, &{&1, 0}))
IO.inspect(Map.keys(only), limit: :infinity)
IO.inspect(Map.keys(Map.delete(only, 1992127)), limit: :infinity)
