# :supervisor with simple_one_for_one: children started with extra arguments.
defmodule W do
  use GenServer
  def start_link(base, extra), do: GenServer.start_link(__MODULE__, {base, extra})
  def init({_, {:fail, r}}), do: {:stop, r}
  def init({_, :ignore}), do: :ignore
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

defmodule Pool do
  def init(restart) do
    flags = %{strategy: :simple_one_for_one, intensity: 5, period: 10}
    spec = %{id: :ignored_id, start: {W, :start_link, [:base]}, restart: restart}
    {:ok, {flags, [spec]}}
  end
end

{:ok, sup} = :supervisor.start_link(Pool, :permanent)
IO.inspect(:supervisor.which_children(sup))
IO.inspect(:supervisor.count_children(sup))
{:ok, a} = :supervisor.start_child(sup, [1])
{:ok, b} = :supervisor.start_child(sup, [2])
IO.inspect(GenServer.call(a, :get))
IO.inspect(GenServer.call(b, :get))
IO.inspect(:supervisor.start_child(sup, [:ignore]))
IO.inspect(:supervisor.start_child(sup, [{:fail, :bad}]))
IO.inspect(:supervisor.start_child(sup, []) |> elem(0))
kids = :supervisor.which_children(sup)
IO.inspect(length(kids))
IO.inspect(Enum.sort(kids) == Enum.sort([{:undefined, a, :worker, [W]}, {:undefined, b, :worker, [W]}]))
IO.inspect(:supervisor.count_children(sup))
IO.inspect(Supervisor.count_children(sup))

# terminate_child takes a pid; ids are refused
IO.inspect(:supervisor.terminate_child(sup, :ignored_id))
IO.inspect(:supervisor.terminate_child(sup, a))
IO.inspect(Process.alive?(a))
IO.inspect(:supervisor.terminate_child(sup, self()))
IO.inspect(:supervisor.terminate_child(sup, a))
IO.inspect(:supervisor.restart_child(sup, b))
IO.inspect(:supervisor.delete_child(sup, b))
IO.inspect(:supervisor.get_childspec(sup, b))
IO.inspect(:supervisor.count_children(sup))

# a permanent dynamic child is restarted with its own arguments
ref = Process.monitor(b)
Process.exit(b, :kill)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
Process.sleep(20)
[{:undefined, b2, :worker, [W]}] = :supervisor.which_children(sup)
IO.inspect({b2 != b, GenServer.call(b2, :get)})

# stopping the supervisor stops the children
ref = Process.monitor(b2)
Process.unlink(sup)
ref_sup = Process.monitor(sup)
Process.exit(sup, :shutdown)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect({:child, r}) end
receive do {:DOWN, ^ref_sup, _, _, r} -> IO.inspect({:sup, r}) end
