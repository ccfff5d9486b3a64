defmodule M do
  def init(n), do: n
  def get(s, extra), do: s + extra
  def add(s, k), do: s + k
  def pop(s), do: {s, 0}
end

defmodule X do
  def run do
    {:ok, a} = Agent.start_link(M, :init, [3])
    IO.inspect(Agent.get(a, M, :get, [10]))
    IO.inspect(Agent.update(a, M, :add, [4]))
    IO.inspect(Agent.get_and_update(a, M, :pop, []))
    Agent.cast(a, M, :add, [100])
    IO.inspect(Agent.get(a, & &1))
    {:dictionary, d} = Process.info(a, :dictionary)
    IO.inspect(Keyword.get(d, :"$initial_call"))
  end
end

X.run()
