defmodule H do
  use GenServer
  def init(n), do: {:ok, n, :hibernate}
  def handle_call(:get, _from, n), do: {:reply, n, n, :hibernate}
  def handle_cast(:inc, n), do: {:noreply, n + 1, :hibernate}
end

defmodule X do
  def run do
    {:ok, pid} = GenServer.start_link(H, 7)
    IO.inspect(GenServer.call(pid, :get))
    GenServer.cast(pid, :inc)
    IO.inspect(GenServer.call(pid, :get))
  end
end

X.run()
