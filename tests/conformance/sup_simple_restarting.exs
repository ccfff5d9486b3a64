# simple_one_for_one: a failed restart shows as :restarting and is retried;
# Elixir's Supervisor.start_link/2 still accepts the strategy (with a warning).
defmodule Flaky do
  def start_link(tag) do
    case Agent.get(:mode, & &1) do
      :fail -> {:error, :not_now}
      :ok -> Agent.start_link(fn -> tag end)
    end
  end
end

{:ok, _} = Agent.start(fn -> :ok end, name: :mode)
spec = %{id: :flaky, start: {Flaky, :start_link, []}, type: :supervisor}
{:ok, sup} = Supervisor.start_link([spec], strategy: :simple_one_for_one, max_restarts: 1_000_000, max_seconds: 60)
{:ok, a} = Supervisor.start_child(sup, [:a])
{:ok, b} = Supervisor.start_child(sup, [:b])
IO.inspect(Agent.get(b, & &1))
Agent.update(:mode, fn _ -> :fail end)
ref = Process.monitor(a)
Process.exit(a, :kill)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
Process.sleep(10)
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p) or p, t, m} end) |> Enum.sort())
IO.inspect(Supervisor.count_children(sup))
# the restarting child can be terminated through its old pid
IO.inspect(Supervisor.terminate_child(sup, a))
IO.inspect(Supervisor.count_children(sup))

ref = Process.monitor(b)
Process.exit(b, :kill)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
Process.sleep(10)
IO.inspect(Supervisor.count_children(sup))
Agent.update(:mode, fn _ -> :ok end)
Process.sleep(10)
[{:undefined, b2, :supervisor, [Flaky]}] = Supervisor.which_children(sup)
IO.inspect({b2 != b, Agent.get(b2, & &1)})
IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.terminate_child(sup, :flaky))
