defmodule Consts do
  @moduledoc "Constants module"
  @pi 3.14159
  @names [:a, :b, :c]
  @limit 5
  @doc "Area of circle"
  def area(r), do: @pi * r * r
  def names, do: @names
  @limit 10
  def limit, do: @limit
  @map %{x: 1}
  def map_x, do: @map.x
  @computed Enum.sum(1..10)
  def computed, do: @computed
  @doc false
  def hidden, do: :hidden
  @greeting "hi"
  def greet(name), do: "#{@greeting} #{name}"
end
IO.inspect(Consts.area(2))
IO.inspect(Consts.names())
IO.inspect(Consts.limit())
IO.inspect(Consts.map_x())
IO.inspect(Consts.computed())
IO.inspect(Consts.hidden())
IO.inspect(Consts.greet("Zed"))
IO.inspect(Consts.__info__(:functions))
