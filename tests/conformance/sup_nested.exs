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

defmodule Inner do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)
  def init(_), do: Supervisor.init([Supervisor.child_spec({W, :in}, id: :w)], strategy: :one_for_one)
end
{:ok, sup} = Supervisor.start_link([Inner, Supervisor.child_spec({W, :out}, id: :w2)], strategy: :one_for_one)
IO.inspect(Enum.map(Supervisor.which_children(sup), fn {id, p, t, m} -> {id, is_pid(p), t, m} end))
IO.inspect(Supervisor.count_children(sup))
inner = H.pids(sup)[Inner]
IO.inspect(Supervisor.count_children(inner))
w = H.pids(inner)[:w]
Supervisor.stop(sup)
IO.inspect({Process.alive?(inner), Process.alive?(w)})
