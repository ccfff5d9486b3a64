[a, b, c] = [1, 2, 3]
IO.inspect({a, b, c})
[h | t] = [:x, :y, :z]
IO.inspect(h)
IO.inspect(t)
[h2 | t2] = [1]
IO.inspect({h2, t2})
[first, second | rest] = Enum.to_list(1..6)
IO.inspect({first, second, rest})
[_ | [x | _]] = [10, 20, 30]
IO.inspect(x)
[[a1, b1], [c1, d1]] = [[1, 2], [3, 4]]
IO.inspect(a1 * d1 - b1 * c1)
[p | q] = [1 | 2]
IO.inspect({p, q})
'he' ++ rest = 'hello'
IO.inspect(rest)
[{:k, val} | _] = [k: 1, j: 2]
IO.inspect(val)
f = fn
  [] -> :empty
  [_] -> :one
  [_, _] -> :two
  [_ | _] -> :many
end
IO.inspect(Enum.map([[], [1], [1, 2], [1, 2, 3]], f))
[] = []
IO.puts("ok")
