fact = fn
  f, 0 -> 1
  f, n -> n * f.(f, n - 1)
end
IO.inspect(fact.(fact, 20))
fib = fn f, n -> if n < 2, do: n, else: f.(f, n - 1) + f.(f, n - 2) end
IO.inspect(Enum.map(0..15, &fib.(fib, &1)))
y = fn f -> (fn x -> x.(x) end).(fn x -> f.(fn v -> x.(x).(v) end) end) end
len = y.(fn self -> fn [] -> 0; [_ | t] -> 1 + self.(t) end end)
IO.inspect(len.([1, 2, 3, 4, 5]))
count = fn c, n, acc -> if n == 0, do: acc, else: c.(c, n - 1, acc + 1) end
IO.inspect(count.(count, 500_000, 0))
