l = Enum.filter([1, 2], &(&1 > 5))
IO.inspect(l)
hd(l)
