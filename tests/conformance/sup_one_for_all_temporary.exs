defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end
{:ok, sup} = Supervisor.start_link([
  Supervisor.child_spec({W, 1}, id: :a),
  Supervisor.child_spec({W, 2}, id: :tmp, restart: :temporary),
  Supervisor.child_spec({W, 3}, id: :tr, restart: :transient)
], strategy: :one_for_all)
[{:tr, _, _, _}, {:tmp, _, _, _}, {:a, a, _, _}] = Supervisor.which_children(sup)
Process.exit(a, :kill)
Process.sleep(50)
IO.inspect(Enum.map(Supervisor.which_children(sup), fn {id, p, _, _} -> {id, is_pid(p)} end))
IO.inspect(Supervisor.count_children(sup))
