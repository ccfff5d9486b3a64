defmodule Picky do
  def start_link(p) do
    case p do
      2 -> {:error, :no_two}
      _ -> Agent.start_link(fn -> p end)
    end
  end
end

defmodule Info do
  def start_link(p) do
    {:ok, pid} = Agent.start_link(fn -> p end)
    {:ok, pid, {:info, p}}
  end
end

Process.flag(:trap_exit, true)

r =
  PartitionSupervisor.start_link(
    child_spec: %{id: :picky, start: {Picky, :start_link, [0]}},
    name: PF,
    partitions: 4,
    with_arguments: fn [_], p -> [p] end
  )

IO.inspect(r)
IO.inspect(Process.whereis(PF))

{:ok, _} =
  PartitionSupervisor.start_link(
    child_spec: %{id: :picky, start: {Picky, :start_link, [0]}},
    name: PF,
    partitions: 2,
    with_arguments: fn [_], p -> [p] end
  )
IO.inspect(PartitionSupervisor.count_children(PF))
IO.inspect(Agent.get({:via, PartitionSupervisor, {PF, 3}}, & &1))

{:ok, _} =
  PartitionSupervisor.start_link(
    child_spec: %{id: :info, start: {Info, :start_link, [0]}, restart: :temporary},
    name: PI,
    partitions: 3,
    with_arguments: fn [_], p -> [p + 100] end
  )
IO.inspect(Enum.map(0..2, fn k -> Agent.get({:via, PartitionSupervisor, {PI, k}}, & &1) end))
children = Enum.sort(PartitionSupervisor.which_children(PI))
IO.inspect(Enum.map(children, fn {id, pid, type, mods} -> {id, is_pid(pid), type, mods} end))
