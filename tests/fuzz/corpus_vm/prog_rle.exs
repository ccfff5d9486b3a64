defmodule RLE do
  def encode(s) do
    s
    |> String.graphemes()
    |> Enum.chunk_by(& &1)
    |> Enum.map_join(fn [c | _] = run -> "#{length(run)}#{c}" end)
  end
  def decode(s), do: decode(s, "", "")
  defp decode("", _num, acc), do: acc
  defp decode(<<d, rest::binary>>, num, acc) when d in ?0..?9, do: decode(rest, num <> <<d>>, acc)
  defp decode(<<c::utf8, rest::binary>>, num, acc),
    do: decode(rest, "", acc <> String.duplicate(<<c::utf8>>, String.to_integer(num)))
  def encode_list(list) do
    list
    |> Enum.reduce([], fn
      x, [{x, n} | rest] -> [{x, n + 1} | rest]
      x, acc -> [{x, 1} | acc]
    end)
    |> Enum.reverse()
  end
end
for s <- ["AAABBBCCCD", "abc", "", "zzzzzzzzzzzz", "aabbaa"] do
  e = RLE.encode(s)
  IO.puts("#{inspect(s)} -> #{inspect(e)} -> #{inspect(RLE.decode(e))}")
end
IO.inspect(RLE.encode_list([1, 1, 2, 3, 3, 3, 1]))
IO.inspect(RLE.encode_list([]))
IO.inspect(RLE.encode_list(String.to_charlist("aaab")))
