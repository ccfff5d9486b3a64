m = for i <- 1..40, into: %{}, do: {i, rem(i, 7)}
IO.inspect(Map.values(m))
IO.inspect(Enum.sum(Map.values(m)))
shrunk = Map.drop(m, Enum.to_list(1..20))
IO.inspect(map_size(shrunk))
IO.inspect(shrunk)
