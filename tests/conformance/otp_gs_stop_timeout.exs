defmodule Slow do
  use GenServer
  def init(_), do: {:ok, nil}
  def terminate(_, _), do: Process.sleep(500)
end

defmodule X do
  def run do
    {:ok, pid} = GenServer.start(Slow, nil)
    try do
      GenServer.stop(pid, :normal, 50)
    catch
      :exit, {:timeout, {GenServer, :stop, [p, :normal, 50]}} -> IO.inspect({:stop_timeout, p == pid})
    end
  end
end

X.run()
