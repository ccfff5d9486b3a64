defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def start_link(extra, arg), do: GenServer.start_link(__MODULE__, {extra, arg})
  def init({:fail, r}), do: {:stop, r}
  def init(:ignore), do: :ignore
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_cast({:stop, r}, s), do: {:stop, r, s}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, max_restarts: 2)
{:ok, a} = DynamicSupervisor.start_child(sup, {W, :a})
{:ok, t} = DynamicSupervisor.start_child(sup, Supervisor.child_spec({W, :t}, restart: :temporary))
{:ok, tr} = DynamicSupervisor.start_child(sup, Supervisor.child_spec({W, :tr}, restart: :transient))
ref = Process.monitor(a); Process.exit(a, :kill); receive do {:DOWN, ^ref, _, _, _} -> :ok end
ref = Process.monitor(t); Process.exit(t, :kill); receive do {:DOWN, ^ref, _, _, _} -> :ok end
ref = Process.monitor(tr); GenServer.cast(tr, {:stop, :normal}); receive do {:DOWN, ^ref, _, _, _} -> :ok end
Process.sleep(20)
kids = DynamicSupervisor.which_children(sup)
IO.inspect(length(kids))
[{_, a2, _, _}] = kids
IO.inspect({a2 == a, GenServer.call(a2, :get)})
Process.flag(:trap_exit, true)
Process.exit(a2, :kill)
Process.sleep(20)
[{_, a3, _, _}] = DynamicSupervisor.which_children(sup)
Process.exit(a3, :kill)
receive do
  {:EXIT, ^sup, r} -> IO.inspect({:sup_exit, r})
after 1000 -> IO.puts("no exit")
end
