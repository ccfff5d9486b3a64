defmodule Ig do
  use GenServer
  def init(_), do: :ignore
end

defmodule X do
  def run do
    IO.inspect(GenServer.start(Ig, :x))
    IO.inspect(GenServer.start_link(Ig, :x))
    IO.inspect(GenServer.start(Ig, :x, name: :ig))
    IO.inspect(Process.whereis(:ig))
  end
end

X.run()
