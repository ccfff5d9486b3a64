defmodule Point do
  defstruct x: 0, y: 0
end
defmodule Line do
  defstruct [:from, :to]
end
defmodule Geo do
  def len(%Line{from: %Point{x: x1, y: y1}, to: %Point{x: x2, y: y2}}) do
    :math.sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1))
  end
  def kind(%Point{}), do: :point
  def kind(%Line{}), do: :line
  def kind(%{}), do: :plain_map
  def origin?(%Point{x: 0, y: 0}), do: true
  def origin?(%Point{}), do: false
  def name(%mod{}), do: mod
  def run do
    l = %Line{from: %Point{}, to: %Point{x: 3, y: 4}}
    IO.inspect(l)
    IO.inspect(len(l))
    IO.inspect(Enum.map([%Point{}, l, %{x: 0, y: 0}], &kind/1))
    IO.inspect({origin?(%Point{}), origin?(%Point{x: 1})})
    IO.inspect(name(%Point{}))
    %Point{x: x} = %Point{x: 7}
    IO.inspect(x)
    IO.inspect(%Line{})
    p = %Point{x: 1, y: 2}
    %{x: px} = p
    IO.inspect(px)
  end
end
Geo.run()
