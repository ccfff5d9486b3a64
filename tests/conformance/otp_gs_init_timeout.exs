defmodule T do
  use GenServer
  def init(parent), do: {:ok, {parent, 0}, 30}
  def handle_info(:timeout, {parent, n}) do
    send(parent, {:timeout_seen, n})
    {:noreply, {parent, n + 1}}
  end
  def handle_call(:get, _from, {_, n} = s), do: {:reply, n, s, 30}
end

defmodule X do
  def run do
    {:ok, pid} = GenServer.start_link(T, self())
    receive do
      m -> IO.inspect(m)
    after
      1000 -> IO.puts("no timeout message")
    end
    IO.inspect(GenServer.call(pid, :get))
  end
end

X.run()
