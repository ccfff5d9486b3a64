{:ok, sup} = Task.Supervisor.start_link()
parent = self()
t = Task.Supervisor.async(sup, fn -> Process.get(:"$callers") end)
IO.inspect(Task.await(t) == [parent])
t = Task.Supervisor.async_nolink(sup, fn ->
  inner = Task.Supervisor.async(sup, fn -> Process.get(:"$callers") end)
  {self(), Task.await(inner)}
end)
{mid, callers} = Task.await(t)
IO.inspect(callers == [mid, parent])
res = Task.Supervisor.async_stream(sup, [1], fn _ -> Process.get(:"$callers") end) |> Enum.to_list()
IO.inspect(res == [{:ok, [parent]}])
