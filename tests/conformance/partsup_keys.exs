defmodule Part do
  use GenServer
  def start_link(p), do: GenServer.start_link(__MODULE__, p)
  def init(p), do: {:ok, p}
  def handle_call(:which, _from, p), do: {:reply, p, p}
end

{:ok, _} =
  PartitionSupervisor.start_link(
    child_spec: Part.child_spec(0),
    name: Keys,
    partitions: 7,
    with_arguments: fn [_], p -> [p] end
  )

keys = [
  123_456_789_012_345_678_901_234_567_890,
  -123_456_789_012_345_678_901_234_567_890,
  Bitwise.bsl(1, 64),
  -Bitwise.bsl(1, 70),
  %{a: 1},
  %{"x" => [1, 2]},
  {},
  [],
  "",
  <<1, 2, 3>>,
  :"a long atom name",
  2.0,
  -0.5,
  {:user, 42},
  [a: 1, b: 2],
  nil
]

for key <- keys do
  IO.inspect({key, GenServer.call({:via, PartitionSupervisor, {Keys, key}}, :which)})
end
