x = 10
add_x = fn y -> x + y end
x = 20
IO.inspect(add_x.(1))
IO.inspect(x)
make_counter = fn start -> fn inc -> start + inc end end
c = make_counter.(100)
IO.inspect(c.(5))
adders = for i <- 1..3, do: fn n -> n + i end
IO.inspect(Enum.map(adders, fn f -> f.(10) end))
compose = fn f, g -> fn v -> g.(f.(v)) end end
inc_then_double = compose.(&(&1 + 1), &(&1 * 2))
IO.inspect(inc_then_double.(5))
list = [1, 2, 3]
sum_with = fn extra -> Enum.sum(list) + extra end
IO.inspect(sum_with.(4))
curry = fn a -> fn b -> fn c -> a * 100 + b * 10 + c end end end
IO.inspect(curry.(1).(2).(3))
m = %{k: :v}
getter = fn key -> Map.get(m, key, :none) end
IO.inspect({getter.(:k), getter.(:z)})
