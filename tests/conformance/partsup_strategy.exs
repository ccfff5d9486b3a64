defmodule Part do
  use GenServer
  def start_link(p), do: GenServer.start_link(__MODULE__, p)
  def init(p), do: {:ok, p}
end

{:ok, sup} =
  PartitionSupervisor.start_link(
    child_spec: Part.child_spec(0),
    name: OFA,
    partitions: 3,
    strategy: :one_for_all,
    max_restarts: 1,
    max_seconds: 5,
    with_arguments: fn [_], p -> [p] end
  )

Process.flag(:trap_exit, true)
before = Enum.map(0..2, &GenServer.whereis({:via, PartitionSupervisor, {OFA, &1}}))
ref = Process.monitor(Enum.at(before, 0))
Process.exit(Enum.at(before, 0), :kill)
receive do
  {:DOWN, ^ref, _, _, r} -> IO.inspect(r)
end
Process.sleep(50)
after_ = Enum.map(0..2, &GenServer.whereis({:via, PartitionSupervisor, {OFA, &1}}))
IO.inspect(Enum.zip(before, after_) |> Enum.map(fn {a, b} -> a == b end))
IO.inspect(Enum.map(before, &Process.alive?/1))

# second crash within max_seconds exceeds max_restarts: 1
ref2 = Process.monitor(sup)
Process.exit(Enum.at(after_, 1), :kill)
receive do
  {:DOWN, ^ref2, _, _, r} -> IO.inspect({:sup_down, r})
end
receive do
  {:EXIT, ^sup, r} -> IO.inspect({:exit, r})
end
IO.inspect(Process.whereis(OFA))
