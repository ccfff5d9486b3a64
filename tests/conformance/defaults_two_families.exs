defmodule D do
  def f(a, b \\ 1), do: {:f2, a, b}
  defp f(a, b, c, d, e), do: {:f5, a, b, c, d, e}
  def g, do: f(0, 0, 0, 0, 0)

  def h(a \\ :x), do: {:h1, a}
  def h(a, b, c \\ :y), do: {:h3, a, b, c}
end

IO.inspect(D.f(9))
IO.inspect(D.f(9, 8))
IO.inspect(D.g())
IO.inspect(D.h())
IO.inspect(D.h(1))
IO.inspect(D.h(1, 2))
IO.inspect(D.h(1, 2, 3))
