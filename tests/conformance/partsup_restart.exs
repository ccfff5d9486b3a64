defmodule Part do
  use GenServer
  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
  def init(p), do: {:ok, p}
  def handle_call(:which, _from, p), do: {:reply, p, p}
end

{:ok, _} =
  PartitionSupervisor.start_link(
    child_spec: Part.child_spec(:x),
    name: RP,
    partitions: 2,
    with_arguments: fn [_], p -> [p] end
  )

old = GenServer.whereis({:via, PartitionSupervisor, {RP, 1}})
ref = Process.monitor(old)
Process.exit(old, :kill)
receive do
  {:DOWN, ^ref, _, _, reason} -> IO.inspect(reason)
end
Process.sleep(50)
new = GenServer.whereis({:via, PartitionSupervisor, {RP, 1}})
IO.inspect({is_pid(new), new == old, Process.alive?(new)})
IO.inspect(GenServer.call({:via, PartitionSupervisor, {RP, 1}}, :which))
{_, p1, _, _} = List.keyfind(PartitionSupervisor.which_children(RP), 1, 0)
IO.inspect(p1 == new)
IO.inspect(PartitionSupervisor.count_children(RP))
IO.inspect(GenServer.call({:via, PartitionSupervisor, {RP, 0}}, :which))
