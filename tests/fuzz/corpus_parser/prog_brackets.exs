defmodule Brackets do
  @pairs %{?) => ?(, ?] => ?[, ?} => ?{}
  def check(str), do: check(String.to_charlist(str), [], 0)
  defp check([], [], _), do: :ok
  defp check([], [{c, pos} | _], _), do: {:error, {:unclosed, <<c>>, pos}}
  defp check([c | rest], stack, pos) when c in '([{', do: check(rest, [{c, pos} | stack], pos + 1)
  defp check([c | rest], stack, pos) when c in ')]}' do
    open = @pairs[c]
    case stack do
      [{^open, _} | s] -> check(rest, s, pos + 1)
      _ -> {:error, {:unexpected, <<c>>, pos}}
    end
  end
  defp check([_ | rest], stack, pos), do: check(rest, stack, pos + 1)
  def max_depth(str) do
    str |> String.graphemes() |> Enum.reduce({0, 0}, fn
      c, {d, m} when c in ["(", "[", "{"] -> {d + 1, max(m, d + 1)}
      c, {d, m} when c in [")", "]", "}"] -> {d - 1, m}
      _, acc -> acc
    end) |> elem(1)
  end
end
for s <- ["()", "([]{})", "(]", "((", "{[()()]}", "", "a(b)c]", "fn(x) { return [x, (y)]; }"] do
  IO.puts("#{String.pad_trailing(inspect(s), 30)} #{inspect(Brackets.check(s))} depth=#{Brackets.max_depth(s)}")
end
