defmodule Part do
  use GenServer
  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
  def init(opts), do: {:ok, opts}
end

{:ok, sup} = PartitionSupervisor.start_link(child_spec: Part, name: AS, partitions: 2)
{:error, {:already_started, pid}} = PartitionSupervisor.start_link(child_spec: Part, name: AS, partitions: 5)
IO.inspect(pid == sup)
IO.inspect(PartitionSupervisor.partitions(AS))
IO.inspect(PartitionSupervisor.count_children(AS))
IO.inspect(PartitionSupervisor.child_spec(name: AS, child_spec: Part))
IO.inspect(PartitionSupervisor.child_spec(child_spec: Part))
IO.inspect(PartitionSupervisor.child_spec(name: {:via, Registry, {R, :k}}, child_spec: Part))
