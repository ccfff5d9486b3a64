# A permanent task that keeps dying is restarted until the restart intensity
# is reached; then the Task.Supervisor shuts down and takes its tasks with it.
{:ok, _} = Agent.start(fn -> 0 end, name: :runs)
Process.flag(:trap_exit, true)
{:ok, sup} = Task.Supervisor.start_link(max_restarts: 2, max_seconds: 10)
{:ok, other} = Task.Supervisor.start_child(sup, fn -> Process.sleep(:infinity) end)
ref = Process.monitor(other)
{:ok, _} =
  Task.Supervisor.start_child(
    sup,
    fn ->
      Agent.update(:runs, &(&1 + 1))
      receive do
        :die -> Process.exit(self(), :kill)
      end
    end,
    restart: :permanent
  )

for _ <- 1..3 do
  Process.sleep(20)
  for pid <- Task.Supervisor.children(sup), pid != other, do: send(pid, :die)
end

receive do
  {:EXIT, ^sup, r} -> IO.inspect({:sup_exit, r})
after 1000 -> IO.puts("still alive")
end
receive do
  {:DOWN, ^ref, _, _, r} -> IO.inspect({:other, r})
after 1000 -> IO.puts("other alive")
end
IO.inspect(Agent.get(:runs, & &1))

# options given to start_child are stored as given; a transient task that ends normally is gone
{:ok, sup2} = Task.Supervisor.start_link()
{:ok, t} = Task.Supervisor.start_child(sup2, fn -> receive do :go -> :ok end end, restart: :transient, shutdown: 1)
IO.inspect(:sys.get_state(sup2).children[t] |> Tuple.delete_at(0))
send(t, :go)
Process.sleep(20)
IO.inspect(Task.Supervisor.children(sup2))
