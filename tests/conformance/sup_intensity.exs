defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init({:fail, r}), do: {:stop, r}
  def init(:ignore), do: :ignore
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_cast({:stop, r}, s), do: {:stop, r, s}
end

defmodule H do
  def pids(sup), do: for {id, pid, _, _} <- Supervisor.which_children(sup), do: {id, pid}
  def alive(sup), do: for {id, pid, _, _} <- Supervisor.which_children(sup), do: {id, is_pid(pid) and Process.alive?(pid)}
  def kill(pid, r) do
    ref = Process.monitor(pid)
    if r == :boom, do: Process.exit(pid, :kill), else: GenServer.cast(pid, {:stop, r})
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    Process.sleep(20)
  end
end

Process.flag(:trap_exit, true)
{:ok, sup} = Supervisor.start_link([Supervisor.child_spec({W, 1}, id: :a)], strategy: :one_for_one, max_restarts: 2, max_seconds: 5)
H.kill(H.pids(sup)[:a], :boom)
IO.inspect(Process.alive?(sup))
H.kill(H.pids(sup)[:a], :boom)
IO.inspect(Process.alive?(sup))
pid = H.pids(sup)[:a]
H.kill(pid, :boom)
receive do
  {:EXIT, ^sup, reason} -> IO.inspect({:sup_exit, reason})
after 1000 -> IO.puts("no exit")
end
IO.inspect(Process.alive?(sup))
