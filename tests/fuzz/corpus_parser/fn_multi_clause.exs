f = fn
  0 -> :zero
  1 -> :one
  n when n < 0 -> :negative
  _ -> :many
end
IO.inspect(Enum.map([0, 1, -1, 5], f))
g = fn
  {:add, a, b} -> a + b
  {:mul, a, b} -> a * b
  {:neg, a} -> -a
end
IO.inspect(g.({:add, 1, 2}))
IO.inspect(g.({:mul, 3, 4}))
IO.inspect(g.({:neg, 5}))
h = fn
  a, b when a > b -> a
  _, b -> b
end
IO.inspect(h.(3, 7))
IO.inspect(h.(9, 7))
IO.inspect(:erlang.fun_info(h)[:arity])
z = fn -> :no_args end
IO.inspect(z.())
IO.inspect(is_function(z, 0))
