defmodule L do
  use GenServer
  def start_link({name, parent, mode}), do: GenServer.start_link(__MODULE__, {name, parent, mode})
  def init({name, parent, mode}) do
    if mode != :plain, do: Process.flag(:trap_exit, true)
    send(parent, {:started, name})
    {:ok, {name, parent, mode}}
  end
  def terminate(reason, {name, parent, :slow}) do
    send(parent, {:terminating, name, reason})
    Process.sleep(10_000)
  end
  def terminate(reason, {name, parent, _}), do: send(parent, {:terminating, name, reason})
end
defmodule Col do
  def all(acc \\ []) do
    receive do
      m -> all([m | acc])
    after 300 -> Enum.reverse(acc)
    end
  end
end

me = self()
{:ok, sup} = Supervisor.start_link([Supervisor.child_spec({L, {:a, me, :plain}}, id: :a)], strategy: :one_for_one, name: :the_sup)
IO.inspect(Process.whereis(:the_sup) == sup)
:ok = :sys.suspend(:the_sup)
:ok = :sys.resume(:the_sup)
IO.inspect(length(Supervisor.which_children(:the_sup)))
IO.inspect(Supervisor.count_children(:the_sup))
{:dictionary, d} = Process.info(sup, :dictionary)
IO.inspect(d[:"$initial_call"])
IO.inspect(Supervisor.stop(:the_sup, :normal))
IO.inspect(Process.whereis(:the_sup))
