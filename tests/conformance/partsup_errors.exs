defmodule Part do
  use GenServer
  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
  def init(opts), do: {:ok, opts}
end

try_it = fn label, f ->
  try do
    IO.inspect({label, f.()})
  rescue
    e -> IO.inspect({label, :raised, e.__struct__, Exception.message(e)})
  catch
    :exit, r -> IO.inspect({label, :exit, r})
  end
end

try_it.(:no_name, fn -> PartitionSupervisor.start_link(child_spec: Part) end)
try_it.(:no_spec, fn -> PartitionSupervisor.start_link(name: E1) end)
try_it.(:zero, fn -> PartitionSupervisor.start_link(name: E2, child_spec: Part, partitions: 0) end)
try_it.(:neg, fn -> PartitionSupervisor.start_link(name: E2, child_spec: Part, partitions: -3) end)
try_it.(:atom, fn -> PartitionSupervisor.start_link(name: E2, child_spec: Part, partitions: :many) end)
try_it.(:with_args_arity, fn ->
  PartitionSupervisor.start_link(name: E2, child_spec: Part, partitions: 2, with_arguments: 3)
end)
try_it.(:with_args_ret, fn ->
  PartitionSupervisor.start_link(name: E2, child_spec: Part, partitions: 2, with_arguments: fn _, p -> p end)
end)
try_it.(:partitions_unknown, fn -> PartitionSupervisor.partitions(NoSuchSup) end)
try_it.(:whereis_unknown, fn -> PartitionSupervisor.whereis_name({NoSuchSup, 1}) end)
try_it.(:call_unknown, fn -> GenServer.call({:via, PartitionSupervisor, {NoSuchSup, 1}}, :x) end)
try_it.(:register, fn -> PartitionSupervisor.register_name({E3, 1}, self()) end)
try_it.(:via_start, fn ->
  GenServer.start({Part, [], []} |> elem(0), [], name: {:via, PartitionSupervisor, {E3, 1}})
end)
IO.inspect(Process.whereis(E2))
