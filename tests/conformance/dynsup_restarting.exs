# A restart that fails leaves the child :restarting (under its old pid) and is
# retried until it starts, is ignored, or the supervisor gives up.
defmodule Flaky do
  def start_link(tag) do
    case Agent.get(:mode, & &1) do
      :fail -> {:error, :not_now}
      :ignore -> :ignore
      :ok -> Agent.start_link(fn -> tag end)
    end
  end
end

{:ok, _} = Agent.start(fn -> :ok end, name: :mode)
{:ok, sup} = DynamicSupervisor.start_link(max_restarts: 1_000_000, max_seconds: 60)
{:ok, a} = DynamicSupervisor.start_child(sup, %{id: :a, start: {Flaky, :start_link, [:a]}})
{:ok, b} = DynamicSupervisor.start_child(sup, %{id: :b, start: {Flaky, :start_link, [:b]}, type: :supervisor})

Agent.update(:mode, fn _ -> :fail end)
ref = Process.monitor(a)
Process.exit(a, :kill)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
Process.sleep(10)
kids = DynamicSupervisor.which_children(sup)
IO.inspect(Enum.sort(for {id, pid, type, mods} <- kids, do: {id, if(is_pid(pid), do: :pid, else: pid), type, mods}))
IO.inspect(DynamicSupervisor.count_children(sup))
{_, entry} = Enum.find(:sys.get_state(sup).children, fn {pid, _} -> pid == a end)
IO.inspect(entry)
IO.inspect(Process.alive?(sup))

# it starts again once its start function works
Agent.update(:mode, fn _ -> :ok end)
Process.sleep(10)
kids = DynamicSupervisor.which_children(sup)
IO.inspect(length(kids))
IO.inspect(Enum.all?(kids, fn {_, pid, _, _} -> is_pid(pid) and pid != a end))
IO.inspect(DynamicSupervisor.count_children(sup))

# a restarting child can be terminated by its old pid
Agent.update(:mode, fn _ -> :fail end)
ref = Process.monitor(b)
Process.exit(b, :kill)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
Process.sleep(10)
IO.inspect(DynamicSupervisor.count_children(sup))
IO.inspect(DynamicSupervisor.terminate_child(sup, b))
IO.inspect(DynamicSupervisor.terminate_child(sup, b))
IO.inspect(DynamicSupervisor.count_children(sup))

# a restart that returns :ignore forgets the child
[{_, a2, _, _}] = DynamicSupervisor.which_children(sup)
Agent.update(:mode, fn _ -> :ignore end)
ref = Process.monitor(a2)
Process.exit(a2, :kill)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
Process.sleep(10)
IO.inspect(DynamicSupervisor.which_children(sup))
