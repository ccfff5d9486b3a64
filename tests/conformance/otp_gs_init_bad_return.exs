defmodule B do
  use GenServer
  def init(_), do: :oops
end

defmodule X do
  def run do
    IO.inspect(GenServer.start(B, :x))
  end
end

X.run()
