check = fn x ->
  case x do
    0 -> "zero"
    n when n < 0 -> "negative"
    n when is_integer(n) -> "positive int"
    {:ok, v} -> "ok: #{inspect(v)}"
    [_ | _] = l -> "list of #{length(l)}"
    _ -> "something else"
  end
end
for v <- [0, -5, 7, {:ok, [1]}, [1, 2], :z], do: IO.puts(check.(v))
r = case :b do
  :a -> 1
  :b -> 2
end
IO.inspect(r)
nested = case {1, 2} do
  {a, b} ->
    case a + b do
      3 -> :three
      _ -> :other
    end
end
IO.inspect(nested)
x = 5
case 10 do
  x -> IO.inspect(x, label: "shadowed inside")
end
IO.inspect(x, label: "outside")
