# Prints Code.string_to_quoted!(src, columns: true) for each file given, in the
# canonical text form tests/parser/dump.c prints for pl_parse.
defmodule Dump do
  def d(t) when is_integer(t), do: Integer.to_string(t)
  def d(t) when is_float(t) do
    <<bits::64>> = <<t::float>>
    "f" <> String.downcase(Integer.to_string(bits, 16))
  end
  def d(t) when is_atom(t), do: ":\"" <> esc(Atom.to_string(t)) <> "\""
  def d(t) when is_binary(t), do: "\"" <> esc(t) <> "\""
  def d(t) when is_tuple(t), do: "{" <> Enum.map_join(Tuple.to_list(t), ", ", &d/1) <> "}"
  def d(t) when is_list(t), do: "[" <> l(t, true) <> "]"
  defp l([], _), do: ""
  defp l([h | tl], first), do: (if first, do: "", else: ", ") <> d(h) <> l(tl, false)
  defp l(tail, _), do: " | " <> d(tail)
  def esc(s) do
    for <<c <- s>>, into: "" do
      if c >= 32 and c < 127 and c != ?" and c != ?\\, do: <<c>>,
        else: "\\x" <> String.pad_leading(Integer.to_string(c, 16), 2, "0")
    end
  end
end

for f <- System.argv() do
  IO.puts("== " <> f)
  src = File.read!(f)
  try do
    IO.puts(Dump.d(Code.string_to_quoted!(src, columns: true, file: f)))
  rescue
    e in [SyntaxError, TokenMissingError] ->
      kind = e.__struct__ |> Module.split() |> List.last()
      IO.puts("ERR #{kind} #{e.line}:#{e.column} #{binary_part(e.description, 0, min(byte_size(e.description), 255))}")
    e in UnicodeConversionError ->
      IO.puts("ERR UnicodeConversionError 0:0 #{binary_part(e.message, 0, min(byte_size(e.message), 255))}")
    e ->
      IO.puts("ERR #{inspect(e.__struct__)}")
  end
end
