defmodule TTT do
  @lines [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]]
  def winner(board) do
    cells = board |> String.graphemes() |> List.to_tuple()
    Enum.find_value(@lines, fn [a, b, c] ->
      x = elem(cells, a)
      if x != "." and x == elem(cells, b) and x == elem(cells, c), do: x
    end) || if(String.contains?(board, "."), do: :in_progress, else: :draw)
  end
  def render(board) do
    board |> String.graphemes() |> Enum.chunk_every(3) |> Enum.map(&Enum.join(&1, "|")) |> Enum.join("\n-+-+-\n")
  end
  def play(moves) do
    Enum.reduce_while(Enum.with_index(moves), String.duplicate(".", 9), fn {pos, i}, b ->
      mark = if rem(i, 2) == 0, do: "X", else: "O"
      b2 = String.slice(b, 0, pos) <> mark <> String.slice(b, pos + 1, 9)
      case winner(b2) do
        :in_progress -> {:cont, b2}
        _ -> {:halt, b2}
      end
    end)
  end
end
for b <- ["XXX......", "XO.XO.X..", "XOXOXOOXO", "XO.......", "..O.O.O.."] do
  IO.inspect({b, TTT.winner(b)})
end
final = TTT.play([4, 0, 2, 6, 3, 5, 1, 7, 8])
IO.puts(TTT.render(final))
IO.inspect(TTT.winner(final))
final2 = TTT.play([0, 3, 1, 4, 2, 5])
IO.puts(TTT.render(final2))
IO.inspect(TTT.winner(final2))
