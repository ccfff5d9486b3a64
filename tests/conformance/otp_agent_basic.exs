defmodule X do
  def run do
    {:ok, a} = Agent.start_link(fn -> 0 end)
    IO.inspect(Agent.get(a, fn s -> s end))
    IO.inspect(Agent.update(a, fn s -> s + 5 end))
    IO.inspect(Agent.get_and_update(a, fn s -> {s, s * 2} end))
    IO.inspect(Agent.cast(a, fn s -> s + 1 end))
    IO.inspect(Agent.get(a, & &1))
    IO.inspect(Agent.stop(a))
    IO.inspect(Process.alive?(a))
  end
end

X.run()
