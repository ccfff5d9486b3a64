{:ok, sup} = Task.Supervisor.start_link()
parent = self()
{:ok, pid} = Task.Supervisor.start_child(sup, fn ->
  send(parent, {:callers, Process.get(:"$callers")})
  receive do
    :go -> send(parent, :done)
  end
end)
IO.inspect(is_pid(pid))
receive do
  {:callers, c} -> IO.inspect(c == [parent])
end
IO.inspect(Task.Supervisor.children(sup) == [pid])
{:links, links} = Process.info(self(), :links)
IO.inspect(pid in links)
ref = Process.monitor(pid)
send(pid, :go)
receive do
  :done -> IO.puts("done")
end
receive do
  {:DOWN, ^ref, _, _, reason} -> IO.inspect(reason)
end
IO.inspect(Task.Supervisor.children(sup))
