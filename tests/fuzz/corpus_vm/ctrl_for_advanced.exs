IO.inspect(for x <- 1..3, y <- 1..3, z <- 1..3, x + y + z == 6, do: {x, y, z})
IO.inspect(for {name, age} <- [{"a", 20}, {"b", 15}], age >= 18, do: name)
IO.inspect(for x <- 1..10, rem(x, 2) == 0, rem(x, 3) == 0, do: x)
IO.inspect(for x <- [1, 2, 3], into: %{}, do: {x, x * x})
IO.inspect(for s <- ~w(a b c), into: %{}, do: {String.to_atom(s), String.upcase(s)})
IO.inspect(for <<b::1 <- <<0b10110000>> >>, do: b)
IO.inspect(for <<r::8, g::8, b::8 <- <<255, 0, 0, 0, 255, 0>> >>, do: {r, g, b})
IO.inspect(for x <- [1, 2, 3], reduce: [] do
  acc -> [x * 10 | acc]
end)
IO.inspect(for {k, v} <- %{b: 2, a: 1}, reduce: "" do
  acc -> acc <> "#{k}=#{v};"
end)
IO.inspect(for x <- 1..4, uniq: true, do: div(x, 2))
IO.inspect(for i <- 1..3, j <- i..3, do: i * j)
IO.inspect(for x <- [nil, 1, false, 2], x, do: x)
IO.inspect(for c <- 'hello', c != ?l, into: "", do: <<c>>)
IO.inspect(for x <- [1, 2], into: %{a: 0}, do: {:a, x})
