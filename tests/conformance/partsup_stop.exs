defmodule Part do
  use GenServer
  def start_link(p), do: GenServer.start_link(__MODULE__, p)
  def init(p) do
    Process.flag(:trap_exit, true)
    {:ok, p}
  end
  def terminate(reason, p) do
    send(:main, {:terminated, p, reason})
  end
end

Process.register(self(), :main)
Process.flag(:trap_exit, true)

{:ok, sup} =
  PartitionSupervisor.start_link(
    child_spec: Part.child_spec(0),
    name: S1,
    partitions: 3,
    with_arguments: fn [_], p -> [p] end
  )

IO.inspect(PartitionSupervisor.stop(S1, :shutdown))
for _ <- 1..3 do
  receive do
    {:terminated, p, r} -> IO.inspect({:terminated, p, r})
  end
end
receive do
  {:EXIT, ^sup, r} -> IO.inspect({:exit, r})
end

{:ok, _} = PartitionSupervisor.start_link(child_spec: Part.child_spec(0), name: S2, partitions: 1)
IO.inspect(PartitionSupervisor.stop(S2, :normal, 5000))
receive do
  {:terminated, p, r} -> IO.inspect({:terminated, p, r})
end

r =
  try do
    PartitionSupervisor.stop(S2)
  catch
    :exit, r -> r
  end
IO.inspect(r)

r =
  try do
    PartitionSupervisor.partitions(S2)
  catch
    :exit, r -> r
  end
IO.inspect(r)

r =
  try do
    DynamicSupervisor.start_child({:via, PartitionSupervisor, {S2, 1}}, {Agent, fn -> 1 end})
  catch
    :exit, r -> r
  end
IO.inspect(r)

r =
  try do
    PartitionSupervisor.count_children({:via, Registry, {R, 1}})
  rescue
    e -> e.__struct__
  end
IO.inspect(r)
