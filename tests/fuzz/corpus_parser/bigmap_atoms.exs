m = Map.new(1..40, fn i -> {String.to_atom("key#{i}"), i} end)
IO.inspect(m)
IO.inspect(map_size(m))
IO.inspect(Map.keys(m))
