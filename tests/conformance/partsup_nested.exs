defmodule Counter do
  use Agent
  def start_link(p), do: Agent.start_link(fn -> {p, 0} end)
end

children = [
  {PartitionSupervisor,
   child_spec: Counter.child_spec(0),
   name: Counters,
   partitions: 5,
   with_arguments: fn [_], p -> [p] end}
]

{:ok, top} = Supervisor.start_link(children, strategy: :one_for_one)
[{id, pid, type, mods}] = Supervisor.which_children(top)
IO.inspect({id, is_pid(pid), type, mods})
IO.inspect(pid == Process.whereis(Counters))

for k <- [:a, :b, :c, :d, :e, :f, :g, 3, 8, 13] do
  Agent.update({:via, PartitionSupervisor, {Counters, k}}, fn {p, n} -> {p, n + 1} end)
end

for p <- 0..4 do
  IO.inspect(Agent.get({:via, PartitionSupervisor, {Counters, p}}, & &1))
end

IO.inspect(Supervisor.stop(top))
IO.inspect(Process.whereis(Counters))
