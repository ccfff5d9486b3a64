show = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect(e); IO.puts(Exception.message(e))
  end
end
m = %{a: 1}
kw = [a: 1]
show.(fn -> Map.fetch!(m, :b) end)
show.(fn -> m.b end)
show.(fn -> kw[:b] end)
show.(fn -> Keyword.fetch!(kw, :b) end)
show.(fn -> %{m | b: 2} end)
show.(fn -> Map.update!(m, :zz, &(&1 + 1)) end)
show.(fn -> Map.fetch!(%{"s" => 1}, "t") end)
notmap = String.to_atom("atom")
show.(fn -> Map.get(notmap, :a) end)
show.(fn -> notmap.field end)
lst = [1, 2]
show.(fn -> Map.keys(lst) end)
show.(fn -> %{lst | a: 1} end)
