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
kids = for n <- [:a, :b, :c], do: Supervisor.child_spec({L, {n, me, :trap}}, id: n)
{:ok, sup} = Supervisor.start_link(kids, strategy: :one_for_one)
IO.inspect(Col.all())
:ok = Supervisor.stop(sup)
IO.inspect(Col.all())
