defmodule Wrap do
  def wrap(text, width) do
    text
    |> String.split()
    |> Enum.reduce([], fn
      word, [] -> [word]
      word, [line | rest] ->
        if String.length(line) + 1 + String.length(word) <= width,
          do: [line <> " " <> word | rest],
          else: [word, line | rest]
    end)
    |> Enum.reverse()
  end
  def justify(line, width) do
    words = String.split(line)
    gaps = length(words) - 1
    if gaps == 0 do
      line
    else
      spaces = width - String.length(Enum.join(words))
      {base, extra} = {div(spaces, gaps), rem(spaces, gaps)}
      words
      |> Enum.with_index()
      |> Enum.map_join(fn {w, i} ->
        cond do
          i == gaps -> w
          i < extra -> w <> String.duplicate(" ", base + 1)
          true -> w <> String.duplicate(" ", base)
        end
      end)
    end
  end
end
text = "Elixir is a dynamic, functional language for building scalable and maintainable applications. It runs on the Erlang VM."
for w <- [20, 35] do
  IO.puts(String.duplicate("-", w))
  lines = Wrap.wrap(text, w)
  Enum.each(lines, &IO.puts/1)
  IO.puts(String.duplicate("=", w))
  Enum.each(lines, fn l -> IO.puts("|" <> Wrap.justify(l, w) <> "|") end)
end
IO.inspect(Wrap.wrap("", 10))
IO.inspect(Wrap.wrap("supercalifragilistic word", 5))
