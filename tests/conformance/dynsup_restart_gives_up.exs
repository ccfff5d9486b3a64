# Failed restarts count towards max_restarts: the supervisor shuts down.
defmodule Flaky do
  def start_link(tag) do
    n = Agent.get_and_update(:count, fn n -> {n, n + 1} end)
    if n == 0, do: Agent.start_link(fn -> tag end), else: {:error, {:attempt, n}}
  end
end

{:ok, _} = Agent.start(fn -> 0 end, name: :count)
Process.flag(:trap_exit, true)
{:ok, sup} = DynamicSupervisor.start_link(max_restarts: 3)
{:ok, other} = DynamicSupervisor.start_child(sup, %{id: :o, start: {Agent, :start_link, [fn -> :o end]}, shutdown: :brutal_kill})
{:ok, a} = DynamicSupervisor.start_child(sup, %{id: :a, start: {Flaky, :start_link, [:a]}})
ref = Process.monitor(other)
Process.exit(a, :kill)
receive do
  {:EXIT, ^sup, r} -> IO.inspect({:sup_exit, r})
after 2000 -> IO.puts("no exit")
end
receive do
  {:DOWN, ^ref, _, _, r} -> IO.inspect({:other, r})
after 2000 -> IO.puts("other alive")
end
IO.inspect(Agent.get(:count, & &1))
