defmodule Part do
  use GenServer
  def start_link(p), do: GenServer.start_link(__MODULE__, p)
  def init(p), do: {:ok, p}
  def handle_call(:which, _from, p), do: {:reply, p, p}
end

{:ok, _} = Registry.start_link(keys: :unique, name: MyReg)
name = {:via, Registry, {MyReg, :parts}}

{:ok, sup} =
  PartitionSupervisor.start_link(
    child_spec: Part.child_spec(0),
    name: name,
    partitions: 3,
    with_arguments: fn [_], p -> [p] end
  )

IO.inspect(GenServer.whereis(name) == sup)
IO.inspect(PartitionSupervisor.partitions(name))
IO.inspect(length(PartitionSupervisor.which_children(name)))

for key <- [0, 1, 2, 5, :a, :b, "c"] do
  IO.inspect({key, GenServer.call({:via, PartitionSupervisor, {name, key}}, :which)})
end

IO.inspect(is_pid(Process.whereis(PartitionSupervisor.Registry)))
IO.inspect(Supervisor.count_children(name))
IO.inspect(Supervisor.stop(name))
IO.inspect(GenServer.whereis(name))

r =
  try do
    PartitionSupervisor.partitions(name)
  catch
    :exit, r -> r
  end

IO.inspect(r)
