r = try do
  throw(:ball)
catch
  x -> {:caught, x}
end
IO.inspect(r)
r2 = try do
  throw({:complex, [1, 2]})
catch
  :throw, v -> {:thrown, v}
end
IO.inspect(r2)
r3 = try do
  exit(:shutdown)
catch
  :exit, reason -> {:exited, reason}
end
IO.inspect(r3)
r4 = try do
  :erlang.error(:badarg)
catch
  kind, reason -> {kind, reason}
end
IO.inspect(r4)
r5 = try do
  raise "boom"
catch
  kind, reason -> {kind, reason}
end
IO.inspect(r5)
find_first = fn list, pred ->
  try do
    Enum.each(list, fn x -> if pred.(x), do: throw({:found, x}) end)
    :not_found
  catch
    {:found, x} -> x
  end
end
IO.inspect(find_first.([1, 3, 6, 7], &(rem(&1, 2) == 0)))
IO.inspect(find_first.([1, 3], &(rem(&1, 2) == 0)))
r6 = try do
  exit({:custom, 1})
rescue
  _ -> :not_rescued_here
catch
  :exit, r -> {:caught_exit, r}
end
IO.inspect(r6)
r7 = catch_fn = fn -> try do: throw(1), catch: (v -> v + 1) end
IO.inspect(r7.())
IO.inspect(is_function(catch_fn))
