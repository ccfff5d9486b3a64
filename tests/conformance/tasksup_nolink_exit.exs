{:ok, sup} = Task.Supervisor.start_link()
t = Task.Supervisor.async_nolink(sup, fn -> exit({:shutdown, :bye}) end)
IO.inspect(Task.yield(t, 1000))
t = Task.Supervisor.async_nolink(sup, fn -> exit(:shutdown) end)
IO.inspect(Task.yield(t, 1000))
t = Task.Supervisor.async_nolink(sup, fn -> Process.sleep(:infinity) end)
Process.exit(t.pid, :kill)
IO.inspect(Task.yield(t, 1000))
t = Task.Supervisor.async_nolink(sup, fn -> exit({:shutdown, 1}) end)
r = try do
  Task.await(t, 1000)
catch
  :exit, reason -> {:caught, elem(reason, 0)}
end
IO.inspect(r)
IO.inspect(Process.alive?(sup))
Process.sleep(20)
IO.inspect(Task.Supervisor.children(sup))
