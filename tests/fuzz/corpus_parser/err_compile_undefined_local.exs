defmodule M do
  def f, do: g()
end
