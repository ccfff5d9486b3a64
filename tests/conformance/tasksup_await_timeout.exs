{:ok, sup} = Task.Supervisor.start_link()
t = Task.Supervisor.async_nolink(sup, fn -> Process.sleep(:infinity) end)
r = try do
  Task.await(t, 50)
catch
  :exit, {reason, {Task, :await, [_, to]}} -> {:caught, reason, to}
end
IO.inspect(r)
IO.inspect(Task.yield(t, 20))
IO.inspect(length(Task.Supervisor.children(sup)))
IO.inspect(Task.shutdown(t, :brutal_kill))
Process.sleep(20)
IO.inspect(Task.Supervisor.children(sup))
t = Task.Supervisor.async_nolink(sup, fn -> Process.sleep(30); :late end)
IO.inspect(Task.yield(t, 5))
IO.inspect(Task.yield(t, 1000))
