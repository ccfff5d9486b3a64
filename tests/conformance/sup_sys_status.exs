# What :sys.get_status/1 shows of supervisors: the callback module.
defmodule MySup do
  use Supervisor
  def init(:ok), do: Supervisor.init([], strategy: :one_for_all)
end

show = fn sup ->
  {:status, _, mod, [_pdict, sys_state, _parent, _dbg, misc]} = :sys.get_status(sup)
  IO.inspect({mod, sys_state, Keyword.keys(misc), misc[:supervisor]})
end

{:ok, s} = Supervisor.start_link([], strategy: :one_for_one)
show.(s)
{:ok, m} = Supervisor.start_link(MySup, :ok)
show.(m)
{:ok, d} = DynamicSupervisor.start_link(max_children: 3)
show.(d)
{:status, _, _, [_, _, _, _, misc]} = :sys.get_status(d)
[{'State', state}] = misc |> Keyword.get_values(:data) |> List.last()
IO.inspect(%{state | name: nil})
{:ok, t} = Task.Supervisor.start_link()
show.(t)
{:ok, p} = PartitionSupervisor.start_link(name: :ps, child_spec: Agent.child_spec(fn -> 1 end), partitions: 1)
show.(p)
