defmodule GF do
  def f(x) when length(x) > 2, do: :long_list
  def f(x) when map_size(x) > 0, do: :nonempty_map
  def f(x) when tuple_size(x) == 2, do: :pair
  def f(x) when elem(x, 0) == :tag, do: :tagged
  def f(x) when hd(x) == :h, do: :head_h
  def f(x) when x + 1 > 5, do: :bigger
  def f(_), do: :fallback

  def g(x) when is_integer(x) or length(x) > 0, do: :yes
  def g(_), do: :no

  def h(x) when div(x, 0) == 1, do: :impossible
  def h(_), do: :div_failed
end
IO.inspect(GF.f([1, 2, 3]))
IO.inspect(GF.f(%{a: 1}))
IO.inspect(GF.f({1, 2}))
IO.inspect(GF.f({:tag, 1, 2}))
IO.inspect(GF.f([:h]))
IO.inspect(GF.f(10))
IO.inspect(GF.f(:atom))
IO.inspect(GF.f("str"))
IO.inspect(GF.f(%{}))
IO.inspect(GF.g(5))
IO.inspect(GF.g([1]))
IO.inspect(GF.g(:x))
IO.inspect(GF.h(5))
