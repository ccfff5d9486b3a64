{:ok, _} =
  PartitionSupervisor.start_link(child_spec: DynamicSupervisor, name: DSups, partitions: 3)

IO.inspect(PartitionSupervisor.partitions(DSups))

pids =
  for i <- 1..6 do
    {:ok, pid} =
      DynamicSupervisor.start_child(
        {:via, PartitionSupervisor, {DSups, i}},
        {Agent, fn -> i * 10 end}
      )
    pid
  end

IO.inspect(Enum.map(pids, &Agent.get(&1, fn s -> s end)))

for {id, sup, type, mods} <- Enum.sort(PartitionSupervisor.which_children(DSups)) do
  IO.inspect({id, type, mods, DynamicSupervisor.count_children(sup)})
end

for k <- 0..2 do
  IO.inspect(DynamicSupervisor.count_children({:via, PartitionSupervisor, {DSups, k}}))
end

IO.inspect(PartitionSupervisor.count_children(DSups))
