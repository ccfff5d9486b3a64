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

{:ok, sup} = Supervisor.start_link([Supervisor.child_spec({W, 1}, id: :p)], strategy: :one_for_one)
p = H.pids(sup)[:p]
H.kill(p, :normal)
q = H.pids(sup)[:p]
IO.inspect({is_pid(q), q == p})
