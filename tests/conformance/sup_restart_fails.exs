defmodule Flaky do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg) do
    n = Agent.get_and_update(:count, fn n -> {n, n + 1} end)
    if n == 0, do: {:ok, arg}, else: {:stop, :no_more}
  end
end
{:ok, _} = Agent.start(fn -> 0 end, name: :count)
Process.flag(:trap_exit, true)
{:ok, sup} = Supervisor.start_link([{Flaky, 1}], strategy: :one_for_one, max_restarts: 3)
[{Flaky, pid, _, _}] = Supervisor.which_children(sup)
Process.exit(pid, :kill)
receive do
  {:EXIT, ^sup, r} -> IO.inspect({:sup_exit, r})
after 2000 -> IO.puts("no exit")
end
IO.inspect(Agent.get(:count, & &1))
