words = ~w(listen silent enlist google elgoog inlets banana tinsel act cat tac dog god odg zebra)
groups =
  words
  |> Enum.group_by(fn w -> w |> String.graphemes() |> Enum.sort() |> Enum.join() end)
  |> Enum.map(fn {_k, v} -> Enum.sort(v) end)
  |> Enum.filter(&(length(&1) > 1))
  |> Enum.sort_by(&{-length(&1), hd(&1)})
Enum.each(groups, fn g -> IO.puts(Enum.join(g, " ")) end)
IO.inspect(length(groups))
anagram? = fn a, b -> Enum.sort(String.to_charlist(a)) == Enum.sort(String.to_charlist(b)) end
IO.inspect(anagram?.("dormitory", "dirtyroom"))
IO.inspect(anagram?.("hello", "world"))
