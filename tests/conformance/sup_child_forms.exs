defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

defmodule S2 do
  use Supervisor, restart: :transient
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)
  def init(_), do: Supervisor.init([], strategy: :one_for_one)
end
{:ok, sup} = Supervisor.start_link([W, {S2, :x}, Supervisor.child_spec({W, 5}, id: :five, shutdown: :brutal_kill)], strategy: :one_for_one)
IO.inspect(Enum.map(Supervisor.which_children(sup), fn {id, p, t, m} -> {id, is_pid(p), t, m} end))
IO.inspect(Supervisor.count_children(sup))
IO.inspect(S2.child_spec(:y))
IO.inspect(Supervisor.start_child(sup, {W, 9}) |> elem(0))
{:ok, p} = Supervisor.start_child(sup, Supervisor.child_spec({W, 9}, id: :nine, restart: :temporary))
IO.inspect(Supervisor.terminate_child(sup, p))
IO.inspect(Supervisor.restart_child(sup, :nine))
IO.inspect(Supervisor.count_children(sup))
