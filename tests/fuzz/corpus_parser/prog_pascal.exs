defmodule Pascal do
  def rows(n), do: Enum.scan(1..n, [1], fn _, prev -> next(prev) end) |> then(&[[1] | Enum.take(&1, n - 1)])
  def next(row), do: Enum.zip_with([0 | row], row ++ [0], &+/2)
end
rows = Pascal.rows(10)
width = rows |> List.last() |> Enum.join(" ") |> String.length()
for r <- rows do
  line = Enum.join(r, " ")
  pad = div(width - String.length(line), 2)
  IO.puts(String.duplicate(" ", pad) <> line)
end
IO.inspect(Enum.at(Pascal.rows(31), 30) |> Enum.max())
IO.inspect(Enum.map(Pascal.rows(8), &Enum.sum/1))
