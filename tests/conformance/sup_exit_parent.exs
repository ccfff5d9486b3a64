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
parent = spawn(fn ->
  {:ok, sup} = Supervisor.start_link([Supervisor.child_spec({L, {:a, me, :trap}}, id: :a)], strategy: :one_for_one)
  send(me, {:sup, sup})
  receive do :never -> :ok end
end)
sup = receive do {:sup, s} -> s end
_ = Col.all()
ref = Process.monitor(sup)
Process.exit(parent, :shutdown)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect({:down, r}) end
IO.inspect(Col.all())
