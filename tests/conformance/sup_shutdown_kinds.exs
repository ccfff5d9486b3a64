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
kids = [
  Supervisor.child_spec({L, {:brutal, me, :trap}}, id: :brutal, shutdown: :brutal_kill),
  Supervisor.child_spec({L, {:slow, me, :slow}}, id: :slow, shutdown: 100),
  Supervisor.child_spec({L, {:inf, me, :trap}}, id: :inf, shutdown: :infinity)
]
{:ok, sup} = Supervisor.start_link(kids, strategy: :one_for_one)
_ = Col.all()
pids = for {id, p, _, _} <- Supervisor.which_children(sup), do: {id, p}
IO.inspect(Supervisor.terminate_child(sup, :slow))
IO.inspect(Col.all())
IO.inspect(Process.alive?(pids[:slow]))
IO.inspect(Supervisor.terminate_child(sup, :brutal))
IO.inspect(Col.all())
IO.inspect(Supervisor.stop(sup))
IO.inspect(Col.all())
