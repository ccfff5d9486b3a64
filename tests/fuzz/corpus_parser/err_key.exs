m = Map.new([a: 1, b: 2])
IO.inspect(m.a)
k = String.to_atom("c")
IO.inspect(Map.fetch!(m, k))
