show = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
m = Map.new([{:a, 1}])
show.(fn -> Map.fetch!(m, :b) end)
show.(fn -> Map.update!(m, :b, fn x -> x end) end)
show.(fn -> Map.replace!(m, :b, 1) end)
show.(fn -> Map.pop!(m, :b) end)
show.(fn -> Map.get_and_update!(m, :b, fn x -> {x, x} end) end)
show.(fn -> Map.get(:not_map, :a) end)
show.(fn -> Map.put(List.wrap(nil), :a, 1) end)
show.(fn -> Map.keys(nil) end)
show.(fn -> Map.merge(%{}, [a: 1]) end)
show.(fn -> Map.get_and_update(m, :a, fn _ -> :bad end) end)
show.(fn -> :maps.get(:zz, m) end)
show.(fn -> Keyword.fetch!([a: 1], :b) end)
show.(fn -> Keyword.merge([a: 1], [{"b", 2}]) end)
show.(fn -> Access.get([1, 2], 0) end)
show.(fn -> get_in(%{a: nil}, [:a, :b]) end)
show.(fn -> put_in(%{a: nil}, [:a, :b], 1) end)
show.(fn -> pop_in(nil, [:a]) end)
show.(fn -> get_in([%{a: 1}], [Access.all(), Access.key!(:b)]) end)
show.(fn -> get_in(%{a: 1}, [Access.at(0)]) end)
show.(fn -> update_in({1, 2}, [Access.elem(5)], fn x -> x end) end)
Map.fetch!(m, :zz)
