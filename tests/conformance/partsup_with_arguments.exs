# :with_arguments rewrites each partition's start arguments; the default keeps them.
defmodule Part do
  use Agent
  def start_link(arg), do: Agent.start_link(fn -> arg end)
end

{:ok, _} = PartitionSupervisor.start_link(name: :plain, partitions: 2, child_spec: {Part, :same})
IO.inspect(for p <- 0..1, do: Agent.get({:via, PartitionSupervisor, {:plain, p}}, & &1))

{:ok, _} =
  PartitionSupervisor.start_link(
    name: :keyed,
    partitions: 4,
    child_spec: {Part, %{}},
    with_arguments: fn [map], partition -> [Map.put(map, :partition, partition)] end
  )
IO.inspect(for p <- 0..3, do: Agent.get({:via, PartitionSupervisor, {:keyed, p}}, & &1))
IO.inspect(Agent.get({:via, PartitionSupervisor, {:keyed, :some_key}}, & &1) |> is_map())
IO.inspect(:erlang.phash2(:some_key, 4))
IO.inspect(Agent.get({:via, PartitionSupervisor, {:keyed, :some_key}}, & &1))
IO.inspect(PartitionSupervisor.which_children(:keyed) |> Enum.map(fn {id, _, type, mods} -> {id, type, mods} end))
IO.inspect(PartitionSupervisor.count_children(:keyed))

# the function's result must be a list
Process.flag(:trap_exit, true)
try do
  PartitionSupervisor.start_link(name: :bad, child_spec: {Part, 1}, with_arguments: fn args, p -> {args, p} end)
rescue
  e -> IO.inspect({e.__struct__, Exception.message(e)})
end
try do
  PartitionSupervisor.start_link(name: :bad, child_spec: {Part, 1}, with_arguments: fn args -> args end)
rescue
  e -> IO.inspect({e.__struct__, String.slice(Exception.message(e), 0, 60)})
end
IO.inspect(Process.whereis(:bad))
