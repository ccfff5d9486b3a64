result = (
  a = 1
  b = 2
  a + b
)
IO.inspect(result)
defmodule D do
  def f(x), do: x + 1
  def g(x) do
    y = x * 2
    y + 1
  end
  def h(x),
    do: x - 1
end
IO.inspect({D.f(1), D.g(1), D.h(1)})
value = if true, do: (
  x = 10
  x * 2
)
IO.inspect(value)
IO.inspect(case 1, do: (1 -> :one; _ -> :other))
fun = fn -> (IO.puts("side effect"); :ret) end
IO.inspect(fun.())
IO.inspect((fn x -> x end).(:immediate))
IO.inspect(if(true, [do: 1, else: 2]))
r = for x <- [1, 2] do
  y = x + 1
  y * y
end
IO.inspect(r)
