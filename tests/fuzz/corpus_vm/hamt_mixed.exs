keys = [1, 2.0, -3, 4.5, "five", 'six', [7], {8}, {9, 10}, [], {}, "", <<1, 2, 3>>, [1 | 2],
  %{"a" => 1}, %{1 => 2}, 1.0, 0.0, -0.5, 123456789012345678901234567890, "x", "y", [[]], {[]},
  [1, 2, 3], [300, 400], {1.5, "z"}, -1.0e300, 1.0e-300, 42, 43, 44, 45, 46, 47, 48, 49, 50]
m = Map.new(Enum.with_index(keys))
IO.inspect(map_size(m))
IO.inspect(m, limit: :infinity)
IO.inspect(Map.keys(m), limit: :infinity)
IO.inspect(Map.get(m, 1), label: "int 1")
IO.inspect(Map.get(m, 1.0), label: "float 1.0")
IO.inspect(Map.get(m, -0.0), label: "-0.0")
IO.inspect(Map.get(m, %{"a" => 1}), label: "map key")
nested = Map.new(1..40, fn i -> {%{i => i, "x" => [i]}, i} end)
IO.inspect(Map.values(nested), limit: :infinity)
big_keys = Map.new(1..35, fn i -> {Map.new(1..33, fn j -> {j, i} end), i} end)
IO.inspect(Map.values(big_keys), limit: :infinity)
