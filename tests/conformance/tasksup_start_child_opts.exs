# restart:/shutdown: given to start_child, and the defaults from start_link.
defmodule H do
  def spec(sup) do
    for {pid, {mfa, restart, shutdown, type, mods}} <- :sys.get_state(sup).children do
      {pid, {elem(mfa, 0), elem(mfa, 1), restart, shutdown, type, mods}}
    end
  end
end

parent = self()
wait = fn -> receive do :go -> :ok end end

{:ok, sup} = Task.Supervisor.start_link()
{:ok, p1} = Task.Supervisor.start_child(sup, wait)
{:ok, p2} = Task.Supervisor.start_child(sup, wait, restart: :transient, shutdown: :brutal_kill)
{:ok, p3} = Task.Supervisor.start_child(sup, Process, :sleep, [:infinity], restart: :permanent, shutdown: 10)
{:ok, p4} = Task.Supervisor.start_child(sup, Process, :sleep, [:infinity], shutdown: :infinity)
specs = H.spec(sup)
for p <- [p1, p2, p3, p4], do: IO.inspect(List.keyfind(specs, p, 0) |> elem(1))
IO.inspect(DynamicSupervisor.count_children(sup))

# a permanent task is restarted with the same function
ref = Process.monitor(p3)
Process.exit(p3, :kill)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
Process.sleep(20)
IO.inspect(length(Task.Supervisor.children(sup)))
IO.inspect(p3 in Task.Supervisor.children(sup))

# a transient task that ends normally is not restarted
send(p2, :go)
Process.sleep(20)
IO.inspect(p2 in Task.Supervisor.children(sup))
IO.inspect(length(Task.Supervisor.children(sup)))
_ = parent
