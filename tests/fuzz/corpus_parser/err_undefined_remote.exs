defmodule M do
  def f(x), do: x
end
M.nope_fn()
