defmodule JSON do
  def encode(nil), do: "null"
  def encode(true), do: "true"
  def encode(false), do: "false"
  def encode(n) when is_integer(n), do: Integer.to_string(n)
  def encode(f) when is_float(f), do: Float.to_string(f)
  def encode(a) when is_atom(a), do: encode(Atom.to_string(a))
  def encode(s) when is_binary(s), do: "\"" <> escape(s, "") <> "\""
  def encode(l) when is_list(l), do: "[" <> Enum.map_join(l, ",", &encode/1) <> "]"
  def encode(m) when is_map(m) do
    body =
      m
      |> Enum.sort_by(fn {k, _} -> to_string(k) end)
      |> Enum.map_join(",", fn {k, v} -> encode(to_string(k)) <> ":" <> encode(v) end)
    "{" <> body <> "}"
  end
  defp escape("", acc), do: acc
  defp escape("\"" <> r, acc), do: escape(r, acc <> "\\\"")
  defp escape("\\" <> r, acc), do: escape(r, acc <> "\\\\")
  defp escape("\n" <> r, acc), do: escape(r, acc <> "\\n")
  defp escape(<<c::utf8, r::binary>>, acc), do: escape(r, acc <> <<c::utf8>>)
end
IO.puts(JSON.encode(nil))
IO.puts(JSON.encode([1, 2.5, true, false, nil]))
IO.puts(JSON.encode("he said \"hi\"\nnew line \\ backslash"))
IO.puts(JSON.encode(%{name: "Ann", age: 30, tags: [:a, :b], nested: %{x: [], y: %{}}}))
IO.puts(JSON.encode(%{"b" => 1, "a" => [%{"c" => nil}]}))
IO.puts(JSON.encode([]))
IO.puts(JSON.encode("ünïcödé"))
IO.puts(JSON.encode(Enum.map(1..5, &(&1 * &1))))
IO.puts(JSON.encode(1.0e20))
