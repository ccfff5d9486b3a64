{:ok, sup} = Task.Supervisor.start_link()
parent = self()
{owner, oref} = spawn_monitor(fn ->
  t = Task.Supervisor.async_nolink(sup, fn ->
    receive do
      :go -> send(parent, :task_still_ran)
    end
  end)
  send(parent, {:task, t.pid})
  receive do
  end
end)
tpid =
  receive do
    {:task, p} -> p
  end
Process.exit(owner, :kill)
receive do
  {:DOWN, ^oref, _, _, r} -> IO.inspect(r)
end
IO.inspect(Process.alive?(tpid))
send(tpid, :go)
receive do
  :task_still_ran -> IO.puts("task ran")
after
  1000 -> IO.puts("no")
end
Process.sleep(20)
IO.inspect(Task.Supervisor.children(sup))
