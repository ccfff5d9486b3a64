l = Enum.to_list(1..3)
IO.inspect(Enum.fetch!(l, 2))
Enum.fetch!(l, 3)
