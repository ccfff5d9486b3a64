defmodule R do
  use GenServer
  def init(:x), do: raise("init failed")
  def init(:throw), do: throw({:ok, :thrown_state})
  def init(:exit), do: exit(:init_exit)
end

defmodule X do
  def run do
    {:error, {e, stack}} = GenServer.start(R, :x)
    IO.inspect(e)
    IO.inspect(is_list(stack))
    {:ok, pid} = GenServer.start(R, :throw)
    IO.inspect(:sys.get_state(pid))
    {:error, reason} = GenServer.start(R, :exit)
    IO.inspect(reason)
  end
end

X.run()
