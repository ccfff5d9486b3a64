for t <- [0, 1, 42, -7, :a, :shard_key, "user:1", "user:2", "user:3", {:user, 1}, [1, 2], %{id: 5}, 3.14, Integer.pow(2, 70)] do
  IO.puts("#{inspect(t)} -> #{:erlang.phash2(t, 4)} #{:erlang.phash2(t, 16)} #{:erlang.phash2(t, 1000)} #{:erlang.phash2(t, 1)}")
end
shards = Enum.group_by(1..20, fn i -> :erlang.phash2("key#{i}", 3) end)
IO.inspect(shards)
IO.inspect(Enum.map(1..10, &:erlang.phash2(&1, 8)))
IO.inspect(:erlang.phash2({:a, 1}, 4294967296))
