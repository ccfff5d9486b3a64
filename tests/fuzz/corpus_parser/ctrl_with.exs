parse = fn s ->
  with {n, ""} <- Integer.parse(s),
       true <- n > 0 do
    {:ok, n}
  end
end
IO.inspect(parse.("42"))
IO.inspect(parse.("x"))
IO.inspect(parse.("-3"))
IO.inspect(parse.("4x"))
f = fn m ->
  with {:ok, a} <- Map.fetch(m, :a),
       {:ok, b} <- Map.fetch(m, :b),
       sum = a + b,
       true <- sum < 100 do
    sum
  else
    :error -> :missing_key
    false -> :too_big
  end
end
IO.inspect(f.(%{a: 1, b: 2}))
IO.inspect(f.(%{a: 1}))
IO.inspect(f.(%{a: 99, b: 2}))
g = fn x ->
  with {:ok, v} when v > 10 <- x do
    v
  else
    {:ok, small} -> {:small, small}
    other -> {:error, other}
  end
end
IO.inspect(g.({:ok, 20}))
IO.inspect(g.({:ok, 2}))
IO.inspect(g.(:nope))
IO.inspect(with x <- 5, y <- x * 2, do: x + y)
IO.inspect(with [h | _] <- [], do: h)
