show = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect(e.__struct__); IO.puts(Exception.message(e))
  end
end
show.(fn -> String.to_integer("x12") end)
show.(fn -> String.to_float("1") end)
show.(fn -> :erlang.binary_to_atom(<<255, 0>>, :utf8) end)
show.(fn -> String.to_existing_atom("surely_not_an_existing_atom_xyz") end)
n = -1
show.(fn -> Enum.take([1], n) |> hd() end)
show.(fn -> elem({1}, 5 + n + 1) end)
l = [1, 2]
show.(fn -> length(l ++ 3) end)
show.(fn -> hd(tl(tl(l))) end)
show.(fn -> List.to_tuple(:notalist) end)
show.(fn -> Atom.to_string("str") end)
show.(fn -> Integer.to_string(1.5) end)
show.(fn -> :lists.nth(10, l) end)
show.(fn -> Enum.at(l, 10) end)
show.(fn -> String.duplicate("a", n) end)
show.(fn -> Enum.chunk_every(l, 0) end)
