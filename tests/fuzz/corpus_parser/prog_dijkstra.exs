defmodule Graph do
  def shortest(graph, source) do
    loop(graph, %{source => 0}, %{}, %{source => nil})
  end
  defp loop(graph, frontier, done, prev) when map_size(frontier) == 0, do: {done, prev}
  defp loop(graph, frontier, done, prev) do
    {node, dist} = Enum.min_by(frontier, fn {n, d} -> {d, n} end)
    frontier = Map.delete(frontier, node)
    done = Map.put(done, node, dist)
    {frontier, prev} =
      graph
      |> Map.get(node, [])
      |> Enum.reject(fn {n, _} -> Map.has_key?(done, n) end)
      |> Enum.reduce({frontier, prev}, fn {n, w}, {f, p} ->
        nd = dist + w
        if nd < Map.get(f, n, :infinity), do: {Map.put(f, n, nd), Map.put(p, n, node)}, else: {f, p}
      end)
    loop(graph, frontier, done, prev)
  end
  def path(prev, target), do: path(prev, target, [])
  defp path(_prev, nil, acc), do: acc
  defp path(prev, t, acc), do: path(prev, Map.get(prev, t), [t | acc])
end
g = %{
  a: [b: 7, c: 9, f: 14],
  b: [a: 7, c: 10, d: 15],
  c: [a: 9, b: 10, d: 11, f: 2],
  d: [b: 15, c: 11, e: 6],
  e: [d: 6, f: 9],
  f: [a: 14, c: 2, e: 9],
  z: []
}
{dist, prev} = Graph.shortest(g, :a)
IO.inspect(dist)
IO.inspect(Graph.path(prev, :e))
IO.inspect(Graph.path(prev, :d))
IO.inspect(Map.has_key?(dist, :z))
IO.inspect(1 < :infinity)
