defmodule Selfie do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:me, _from, s) do
    r =
      try do
        GenServer.call(self(), :x)
      catch
        :exit, {r, {GenServer, :call, [_, :x, 5000]}} -> r
      end
    {:reply, r, s}
  end
end

defmodule X do
  def run do
    {:ok, pid} = GenServer.start(Selfie, nil)
    IO.inspect(GenServer.call(pid, :me))
  end
end

X.run()
