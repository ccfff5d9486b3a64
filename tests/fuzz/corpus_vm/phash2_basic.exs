for t <- [0, 1, 2, 42, -1, -42, 1000000, 255, 256, 65536] do
  IO.puts("#{inspect(t)} -> #{:erlang.phash2(t)}")
end
for t <- [:a, :b, :ok, :error, nil, true, false, :"", :hello_world, Foo] do
  IO.puts("#{inspect(t)} -> #{:erlang.phash2(t)}")
end
