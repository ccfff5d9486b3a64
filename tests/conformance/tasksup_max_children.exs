{:ok, sup} = Task.Supervisor.start_link(max_children: 1)
{:ok, _pid} = Task.Supervisor.start_child(sup, fn -> Process.sleep(:infinity) end)
IO.inspect(Task.Supervisor.start_child(sup, fn -> :ok end))
r = try do
  Task.Supervisor.async_nolink(sup, fn -> :ok end)
rescue
  e in RuntimeError -> {:raised, String.starts_with?(e.message, "reached the maximum number of tasks")}
end
IO.inspect(r)
IO.inspect(length(Task.Supervisor.children(sup)))
