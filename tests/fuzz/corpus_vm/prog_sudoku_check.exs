defmodule Sudoku do
  def valid?(rows) do
    cols = rows |> List.zip() |> Enum.map(&Tuple.to_list/1)
    boxes = for br <- 0..2, bc <- 0..2 do
      for r <- 0..2, c <- 0..2, do: rows |> Enum.at(br * 3 + r) |> Enum.at(bc * 3 + c)
    end
    Enum.all?(rows ++ cols ++ boxes, &group_ok?/1)
  end
  defp group_ok?(g), do: Enum.sort(g) == Enum.to_list(1..9)
  def errors(rows) do
    for {row, i} <- Enum.with_index(rows), dups = row -- Enum.uniq(row), dups != [], do: {:row, i, Enum.uniq(dups)}
  end
end
good = [
  [5, 3, 4, 6, 7, 8, 9, 1, 2], [6, 7, 2, 1, 9, 5, 3, 4, 8], [1, 9, 8, 3, 4, 2, 5, 6, 7],
  [8, 5, 9, 7, 6, 1, 4, 2, 3], [4, 2, 6, 8, 5, 3, 7, 9, 1], [7, 1, 3, 9, 2, 4, 8, 5, 6],
  [9, 6, 1, 5, 3, 7, 2, 8, 4], [2, 8, 7, 4, 1, 9, 6, 3, 5], [3, 4, 5, 2, 8, 6, 1, 7, 9]
]
IO.inspect(Sudoku.valid?(good))
bad = List.replace_at(good, 0, [5, 3, 4, 6, 7, 8, 9, 1, 5])
IO.inspect(Sudoku.valid?(bad))
IO.inspect(Sudoku.errors(bad))
IO.inspect(Sudoku.errors(good))
swapped = Enum.map(good, fn [a, b | rest] -> [b, a | rest] end)
IO.inspect(Sudoku.valid?(swapped))
Enum.each(Enum.take(good, 3), fn r -> IO.puts(Enum.join(r, " ")) end)
