defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

children = [
  %{id: :a, start: {W, :start_link, [1]}},
  Supervisor.child_spec({W, 2}, id: :b),
  {W, 3}
]

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect(is_pid(sup))
kids = Supervisor.which_children(sup)
IO.inspect(Enum.map(kids, fn {id, pid, type, mods} -> {id, is_pid(pid), type, mods} end))
IO.inspect(Supervisor.count_children(sup))
IO.inspect(Enum.map(kids, fn {_, pid, _, _} -> GenServer.call(pid, :get) end))
IO.inspect(Supervisor.stop(sup))
IO.inspect(Process.alive?(sup))
IO.inspect(Enum.map(kids, fn {_, pid, _, _} -> Process.alive?(pid) end))
