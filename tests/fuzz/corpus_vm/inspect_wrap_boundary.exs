# one-line widths around the 80 column limit
for n <- 74..84 do
  s = String.duplicate("x", n - 4)
  IO.inspect([s])
end
for n <- 76..82 do
  IO.inspect({:a, String.duplicate("y", n - 9)})
end
for n <- 78..82 do
  IO.inspect(%{k: String.duplicate("z", n - 8)})
end
IO.inspect([String.duplicate("a", 30), String.duplicate("b", 30), String.duplicate("c", 12)])
IO.inspect([String.duplicate("a", 30), String.duplicate("b", 30), String.duplicate("c", 13)])
IO.inspect(Enum.to_list(1..26) ++ [100])
IO.inspect(Enum.to_list(1..26) ++ [1000])
