defmodule Stack do
  use Agent
  def start_link(list), do: Agent.start_link(fn -> list end, name: __MODULE__)
  def pop, do: Agent.get_and_update(__MODULE__, fn [h | t] -> {h, t} end)
end

defmodule Tmp do
  use Agent, restart: :transient, id: :tmp
end

defmodule X do
  def run do
    {:ok, pid} = Stack.start_link([1, 2])
    IO.inspect(Stack.pop())
    IO.inspect(Stack.pop())
    IO.inspect(Stack.child_spec([]))
    IO.inspect(Tmp.child_spec(:x))
    IO.inspect(Agent.child_spec(fn -> 1 end) |> Map.keys())
    IO.inspect(is_pid(pid))
  end
end

X.run()
