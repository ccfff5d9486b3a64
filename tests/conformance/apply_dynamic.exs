f = &apply/2
IO.inspect f.(fn x -> x end, [1])
g = &apply/3
IO.inspect g.(Enum, :sum, [[1,2]])
IO.inspect Enum.map([[1]], &:erlang.apply(fn x -> x end, &1))
f = &:erlang.apply/2
IO.inspect f.(fn a, b -> a + b end, [1, 2])
IO.inspect :erlang.apply(fn a -> a end, [3])
IO.inspect apply(:erlang, :apply, [fn -> 4 end, []])
