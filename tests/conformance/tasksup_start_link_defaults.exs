# :restart and :shutdown given to start_link (deprecated, with a warning on
# stderr) become the defaults of start_child; async tasks stay temporary.
{:ok, sup} = Task.Supervisor.start_link(restart: :transient, shutdown: 300)
IO.inspect(elem(Process.info(sup, :dictionary), 1)[Task.Supervisor])
{:ok, p} = Task.Supervisor.start_child(sup, fn -> Process.sleep(:infinity) end)
{:ok, q} = Task.Supervisor.start_child(sup, fn -> Process.sleep(:infinity) end, restart: :temporary)
t = Task.Supervisor.async(sup, fn -> receive do :go -> 1 end end)
t2 = Task.Supervisor.async_nolink(sup, fn -> receive do :go -> 2 end end, shutdown: :brutal_kill)
children = :sys.get_state(sup).children
show = fn pid -> {_, restart, shutdown, _, _} = children[pid]; {restart, shutdown} end
IO.inspect(Enum.map([p, q, t.pid, t2.pid], show))

{:ok, sup2} = Task.Supervisor.start_link(shutdown: :brutal_kill)
IO.inspect(elem(Process.info(sup2, :dictionary), 1)[Task.Supervisor])
{:ok, r} = Task.Supervisor.start_child(sup2, fn -> Process.sleep(:infinity) end)
IO.inspect(:sys.get_state(sup2).children[r] |> Tuple.delete_at(0))

{:ok, sup3} = Task.Supervisor.start_link(max_children: 1)
IO.inspect(elem(Process.info(sup3, :dictionary), 1)[Task.Supervisor])
{:ok, _} = Task.Supervisor.start_child(sup3, fn -> Process.sleep(:infinity) end)
IO.inspect(Task.Supervisor.start_child(sup3, fn -> :ok end))
send(t.pid, :go)
IO.inspect(Task.await(t))
send(t2.pid, :go)
IO.inspect(Task.await(t2))
