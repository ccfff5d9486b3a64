defmodule SlowInit do
  use GenServer
  def init(ms) do
    Process.sleep(ms)
    {:ok, ms}
  end
end

defmodule X do
  def run do
    IO.inspect(GenServer.start(SlowInit, 300, timeout: 50))
    Process.flag(:trap_exit, true)
    IO.inspect(GenServer.start_link(SlowInit, 300, timeout: 50))
    IO.inspect(GenServer.start(SlowInit, 0, timeout: 1000) |> elem(0))
  end
end

X.run()
