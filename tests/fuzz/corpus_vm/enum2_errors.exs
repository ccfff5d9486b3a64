show = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
show.(fn -> Enum.reduce([], fn x, acc -> x + acc end) end)
show.(fn -> Enum.min([]) end)
show.(fn -> Enum.max(%{}) end)
show.(fn -> Enum.min_max([]) end)
show.(fn -> Enum.min_by([], fn x -> x end) end)
show.(fn -> Enum.max_by([], fn x -> x end) end)
show.(fn -> Enum.fetch!([1, 2], 2) end)
show.(fn -> Enum.fetch!([1, 2], -3) end)
show.(fn -> Enum.random([]) end)
show.(fn -> Enum.map(:atom, fn x -> x end) end)
show.(fn -> Enum.to_list(123) end)
show.(fn -> Enum.count({1, 2}) end)
show.(fn -> Enum.sum([1, :a]) end)
show.(fn -> Enum.join([1, {2}], ",") end)
show.(fn -> Enum.slice([1, 2, 3], 2..0//-1) end)
show.(fn -> Range.new(1, :b) end)
show.(fn -> Range.new(1, 5, 0) end)
show.(fn -> Enum.at(nil, 0) end)
show.(fn -> Enum.reduce_while([1], 0, fn _, _ -> :bad end) end)
show.(fn -> Enum.zip([1], :x) end)
show.(fn -> Enum.member?(5, 5) end)
Enum.min([])
