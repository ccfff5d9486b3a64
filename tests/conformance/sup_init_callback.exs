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

defmodule MySup do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)
  @impl true
  def init(n) do
    children = [Supervisor.child_spec({W, n}, id: :one), Supervisor.child_spec({W, n + 1}, id: :two)]
    Supervisor.init(children, strategy: :one_for_all)
  end
end
{:ok, sup} = MySup.start_link(10)
IO.inspect(Process.whereis(MySup) == sup)
IO.inspect(Enum.map(Supervisor.which_children(MySup), fn {id, p, _, _} -> {id, GenServer.call(p, :get)} end))
IO.inspect(MySup.child_spec(:z))
IO.inspect(Supervisor.init([{W, 1}], strategy: :one_for_one, max_restarts: 7))
IO.inspect(MySup.start_link(0) == {:error, {:already_started, sup}})
IO.inspect(Supervisor.stop(MySup))
IO.inspect(Process.whereis(MySup))
