defmodule Part do
  use GenServer
  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
  def init(opts), do: {:ok, opts}
end

{:ok, _sup} =
  PartitionSupervisor.start_link(child_spec: {Part, [1]}, name: Kids, partitions: 3)

children = PartitionSupervisor.which_children(Kids)
IO.inspect(length(children))
for {id, pid, type, mods} <- Enum.sort(children) do
  IO.inspect({id, is_pid(pid), type, mods})
end
IO.inspect(PartitionSupervisor.count_children(Kids))
IO.inspect(Supervisor.count_children(Kids))

# the children's pids are those the via lookup returns
for {id, pid, _, _} <- children do
  IO.inspect({id, GenServer.whereis({:via, PartitionSupervisor, {Kids, id}}) == pid})
end

# which partition each key lands in (children report nothing, compare pids)
by_pid = Map.new(children, fn {id, pid, _, _} -> {pid, id} end)
for key <- [:x, :y, :z, "a", "b", {:k, 1}, 10, -10, 11] do
  IO.inspect({key, by_pid[GenServer.whereis({:via, PartitionSupervisor, {Kids, key}})]})
end

IO.inspect(PartitionSupervisor.stop(Kids))
IO.inspect(Process.whereis(Kids))
