defmodule Life do
  def parse(rows) do
    for {row, y} <- Enum.with_index(rows), {c, x} <- Enum.with_index(String.graphemes(row)), c == "#", into: %{}, do: {{x, y}, true}
  end
  def neighbors({x, y}), do: for(dx <- -1..1, dy <- -1..1, {dx, dy} != {0, 0}, do: {x + dx, y + dy})
  def step(live) do
    live
    |> Map.keys()
    |> Enum.flat_map(&neighbors/1)
    |> Enum.frequencies()
    |> Enum.filter(fn {cell, n} -> n == 3 or (n == 2 and Map.has_key?(live, cell)) end)
    |> Map.new(fn {cell, _} -> {cell, true} end)
  end
  def render(live, w, h) do
    for y <- 0..(h - 1) do
      for(x <- 0..(w - 1), into: "", do: if(Map.has_key?(live, {x, y}), do: "#", else: "."))
    end
  end
end
glider = Life.parse([".#......", "..#.....", "###.....", "........", "........", "........"])
Enum.reduce(0..4, glider, fn gen, world ->
  IO.puts("gen #{gen}:")
  Enum.each(Life.render(world, 8, 6), &IO.puts/1)
  Life.step(world)
end)
blinker = Life.parse(["...", "###", "..."])
IO.inspect(Life.step(blinker) |> Map.keys() |> Enum.sort())
IO.inspect(Life.step(Life.step(blinker)) == blinker)
