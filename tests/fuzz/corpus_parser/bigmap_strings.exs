m = Map.new(1..35, fn i -> {"k#{i}", i} end)
IO.inspect(m, limit: :infinity)
IO.inspect(Enum.map(m, fn {k, _} -> k end) |> Enum.join(","))
IO.inspect(Map.delete(m, "k1") |> map_size())
