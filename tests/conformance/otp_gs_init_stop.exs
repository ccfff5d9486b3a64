defmodule St do
  use GenServer
  def init(r), do: {:stop, r}
end

defmodule X do
  def run do
    IO.inspect(GenServer.start(St, :bad_thing))
    IO.inspect(GenServer.start(St, :normal))
    IO.inspect(GenServer.start(St, {:shutdown, :x}, name: :st))
    IO.inspect(Process.whereis(:st))
  end
end

X.run()
