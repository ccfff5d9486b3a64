{:ok, sup} = Task.Supervisor.start_link()
parent = self()
{:ok, pid} = Task.Supervisor.start_child(sup, fn ->
  send(parent, {:started, self()})
  receive do
    :stop -> exit({:shutdown, :stop})
  end
end, restart: :transient)
receive do
  {:started, ^pid} -> IO.puts("started")
end
Process.exit(pid, :kill)
new =
  receive do
    {:started, p} -> p
  after
    1000 -> nil
  end
IO.inspect(is_pid(new) and new != pid)
IO.inspect(Task.Supervisor.children(sup) == [new])
ref = Process.monitor(new)
send(new, :stop)
receive do
  {:DOWN, ^ref, _, _, reason} -> IO.inspect(reason)
end
Process.sleep(20)
IO.inspect(Task.Supervisor.children(sup))
receive do
  {:started, _} -> IO.puts("restarted again?")
after
  50 -> IO.puts("not restarted")
end
