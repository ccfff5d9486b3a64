defmodule Part do
  use GenServer
  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
  def init(opts), do: {:ok, Keyword.get(opts, :partition, :none)}
  def handle_call(:which, _from, p), do: {:reply, p, p}
  def handle_cast({:ping, to}, p) do
    send(to, {:pong, p})
    {:noreply, p}
  end
  def handle_info({:hello, to}, p) do
    send(to, {:hi, p})
    {:noreply, p}
  end
end

{:ok, sup} =
  PartitionSupervisor.start_link(
    child_spec: Part.child_spec([]),
    name: MyParts,
    partitions: 4,
    with_arguments: fn [opts], partition -> [Keyword.put(opts, :partition, partition)] end
  )

IO.inspect(is_pid(sup))
IO.inspect(Process.whereis(MyParts) == sup)
IO.inspect(PartitionSupervisor.partitions(MyParts))

for key <- [0, 1, 2, 3, 4, 5, -1, -6, 100, 1001] do
  IO.inspect({key, GenServer.call({:via, PartitionSupervisor, {MyParts, key}}, :which)})
end

for key <- [:a, :b, "hello", {1, 2}, [1, 2, 3], 1.5, self() == self()] do
  IO.inspect({key, GenServer.call({:via, PartitionSupervisor, {MyParts, key}}, :which)})
end

GenServer.cast({:via, PartitionSupervisor, {MyParts, 7}}, {:ping, self()})
receive do
  {:pong, p} -> IO.inspect({:pong, p})
end

PartitionSupervisor.send({MyParts, :zzz}, {:hello, self()})
receive do
  {:hi, p} -> IO.inspect({:hi, p})
end

PartitionSupervisor.send({MyParts, 2}, {:hello, self()})
receive do
  {:hi, p} -> IO.inspect({:send, p})
end

pid = GenServer.whereis({:via, PartitionSupervisor, {MyParts, 3}})
IO.inspect(is_pid(pid))
IO.inspect(PartitionSupervisor.whereis_name({MyParts, 3}) == pid)
IO.inspect(GenServer.call(pid, :which))
