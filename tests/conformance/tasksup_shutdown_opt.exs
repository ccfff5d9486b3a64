{:ok, sup} = Task.Supervisor.start_link()
parent = self()
t = Task.Supervisor.async_nolink(sup, fn ->
  Process.flag(:trap_exit, true)
  send(parent, :trapping)
  receive do
    {:EXIT, _, :shutdown} -> send(parent, :got_shutdown)
  end
  Process.sleep(:infinity)
end, shutdown: 50)
receive do
  :trapping -> :ok
end
IO.inspect(Task.Supervisor.terminate_child(sup, t.pid))
receive do
  :got_shutdown -> IO.puts("got shutdown")
after
  500 -> IO.puts("none")
end
IO.inspect(Task.yield(t, 500))
IO.inspect(Task.Supervisor.children(sup))
