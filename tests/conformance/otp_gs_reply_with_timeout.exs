defmodule RT do
  use GenServer
  def init(p), do: {:ok, p}
  def handle_call(:go, _from, p), do: {:reply, :went, p, 20}
  def handle_info(:timeout, p) do
    send(p, :server_timed_out)
    {:noreply, p}
  end
end

defmodule X do
  def run do
    {:ok, pid} = GenServer.start_link(RT, self())
    IO.inspect(GenServer.call(pid, :go))
    receive do
      m -> IO.inspect(m)
    after
      1000 -> IO.puts("none")
    end
  end
end

X.run()
