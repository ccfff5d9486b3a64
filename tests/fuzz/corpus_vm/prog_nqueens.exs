defmodule Queens do
  def solve(n), do: place(n, 0, [])
  defp place(n, row, qs) when row == n, do: [Enum.reverse(qs)]
  defp place(n, row, qs) do
    for col <- 0..(n - 1), safe?(col, qs), sol <- place(n, row + 1, [col | qs]), do: sol
  end
  defp safe?(col, qs) do
    qs
    |> Enum.with_index(1)
    |> Enum.all?(fn {c, d} -> c != col and abs(c - col) != d end)
  end
  def board(sol) do
    n = length(sol)
    Enum.map(sol, fn c -> String.duplicate(". ", c) <> "Q " <> String.duplicate(". ", n - c - 1) end)
    |> Enum.map(&String.trim_trailing/1)
  end
end
for n <- 1..8, do: IO.puts("#{n}: #{length(Queens.solve(n))}")
[first | _] = Queens.solve(6)
IO.inspect(first)
Enum.each(Queens.board(first), &IO.puts/1)
IO.inspect(hd(Queens.solve(8)))
