defmodule Maze do
  def parse(lines) do
    for {line, y} <- Enum.with_index(lines), {ch, x} <- Enum.with_index(String.graphemes(line)), into: %{}, do: {{x, y}, ch}
  end
  def find(grid, ch), do: grid |> Enum.find(fn {_, c} -> c == ch end) |> elem(0)
  def bfs(grid, start, goal), do: bfs(grid, goal, [start], %{start => nil})
  defp bfs(_grid, _goal, [], _prev), do: :no_path
  defp bfs(grid, goal, [cur | queue], prev) do
    if cur == goal do
      {:ok, path(prev, goal, [])}
    else
      {x, y} = cur
      nexts = for n <- [{x + 1, y}, {x - 1, y}, {x, y + 1}, {x, y - 1}], Map.get(grid, n, "#") != "#", not Map.has_key?(prev, n), do: n
      prev = Enum.reduce(nexts, prev, &Map.put(&2, &1, cur))
      bfs(grid, goal, queue ++ nexts, prev)
    end
  end
  defp path(_prev, nil, acc), do: acc
  defp path(prev, p, acc), do: path(prev, prev[p], [p | acc])
end
lines = [
  "##########",
  "#S.....#.#",
  "#.##.#.#.#",
  "#.#..#...#",
  "#.#.####.#",
  "#...#...E#",
  "##########"
]
grid = Maze.parse(lines)
s = Maze.find(grid, "S")
e = Maze.find(grid, "E")
IO.inspect({s, e})
{:ok, path} = Maze.bfs(grid, s, e)
IO.inspect(length(path) - 1)
onpath = Map.new(path, &{&1, true})
for {line, y} <- Enum.with_index(lines) do
  IO.puts(for {ch, x} <- Enum.with_index(String.graphemes(line)), into: "", do: (if ch == "." and onpath[{x, y}], do: "o", else: ch))
end
blocked = Map.put(grid, {8, 4}, "#") |> Map.put({7, 3}, "#")
IO.inspect(Maze.bfs(blocked, s, e))
