t = List.to_tuple([1, 2, 3])
i = String.length("abc")
IO.inspect(elem(t, 0))
IO.inspect(elem(t, i))
