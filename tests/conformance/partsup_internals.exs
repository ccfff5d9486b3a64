# What Elixir 1.14 keeps where: the child start calls (with the name), the
# protected ETS table of an atom-named supervisor, the registry entries of a
# via-named one, and which functions take which names.
defmodule Part do
  use GenServer
  def start_link(a, b), do: GenServer.start_link(__MODULE__, {a, b})
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

{:ok, ps} =
  PartitionSupervisor.start_link(
    name: :ps,
    partitions: 3,
    child_spec: %{id: :p, start: {Part, :start_link, [:arg]}},
    with_arguments: fn [arg], partition -> [arg, partition] end
  )

IO.inspect(:supervisor.get_childspec(ps, 1))
IO.inspect(elem(Process.info(ps, :dictionary), 1) |> Keyword.keys() |> Enum.sort())
IO.inspect(:ets.info(:ps, :protection))
IO.inspect(:ets.info(:ps, :owner) == ps)
IO.inspect(:ets.lookup(:ps, :partitions))
IO.inspect(:ets.lookup(:ps, 2) == [{2, GenServer.whereis({:via, PartitionSupervisor, {:ps, 2}})}])
IO.inspect(GenServer.call({:via, PartitionSupervisor, {:ps, 5}}, :get))
IO.inspect(GenServer.call({:via, PartitionSupervisor, {:ps, -1}}, :get))
try do
  :ets.insert(:ps, {:partitions, 10})
rescue
  e -> IO.inspect(e.__struct__)
end
IO.inspect(PartitionSupervisor.partitions(:ps))

# via-named
{:ok, _} = Registry.start_link(keys: :unique, name: MyReg)
name = {:via, Registry, {MyReg, :vps}}
{:ok, vps} =
  PartitionSupervisor.start_link(
    name: name,
    partitions: 2,
    child_spec: %{id: :p, start: {Part, :start_link, [:v]}},
    with_arguments: fn [arg], partition -> [arg, partition] end
  )
IO.inspect(PartitionSupervisor.partitions(name))
IO.inspect(Registry.lookup(PartitionSupervisor.Registry, vps) |> Enum.map(fn {pid, v} -> {pid == vps, v} end))
IO.inspect(GenServer.call({:via, PartitionSupervisor, {name, 3}}, :get))
IO.inspect(length(PartitionSupervisor.which_children(name)))
for {label, f} <- [count: fn -> PartitionSupervisor.count_children(name) end,
                   stop: fn -> PartitionSupervisor.stop(name) end,
                   count_pid: fn -> PartitionSupervisor.count_children(vps) end] do
  try do
    IO.inspect({label, f.()})
  rescue
    e -> IO.inspect({label, e.__struct__})
  end
end
IO.inspect(Supervisor.count_children(vps))
:ok = Supervisor.stop(vps)
try do
  PartitionSupervisor.partitions(name)
catch
  :exit, r -> IO.inspect(r)
end

# stop/1,2,3 with atom names
IO.inspect(PartitionSupervisor.count_children(:ps))
IO.inspect(PartitionSupervisor.stop(:ps, :normal))
IO.inspect(:ets.info(:ps))
try do
  PartitionSupervisor.partitions(:ps)
catch
  :exit, r -> IO.inspect(r)
end
