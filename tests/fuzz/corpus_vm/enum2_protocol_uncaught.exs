n = length([1])
Enum.map(n, fn x -> x end)
