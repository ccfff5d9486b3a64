r = try do
  for <<c <- 42>>, do: c
rescue
  e -> e
end
IO.inspect(r)
IO.inspect(for <<c <- "ok">>, do: c)
for <<c <- [1, 2]>>, do: c
