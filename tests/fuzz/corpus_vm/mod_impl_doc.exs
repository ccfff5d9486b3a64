defmodule Shape do
  @callback area(term) :: number
end
defmodule Square do
  @moduledoc """
  A square.
  """
  @behaviour Shape
  @impl true
  def area(s), do: s * s
  @doc "perimeter"
  @spec perimeter(number) :: number
  def perimeter(s), do: 4 * s
end
defmodule Circle do
  @behaviour Shape
  @impl Shape
  def area(r), do: r * r * 3
end
IO.inspect(Square.area(3))
IO.inspect(Square.perimeter(3))
IO.inspect(Circle.area(2))
IO.inspect(Enum.map([Square, Circle], fn m -> m.area(1) end))
mod = Square
IO.inspect(mod.area(5))
IO.inspect(apply(mod, :perimeter, [2]))
