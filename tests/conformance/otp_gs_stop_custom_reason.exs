defmodule Term do
  use GenServer
  def init(parent), do: {:ok, parent}
end

defmodule X do
  def run do
    {:ok, pid} = GenServer.start(Term, self())
    ref = Process.monitor(pid)
    IO.inspect(GenServer.stop(pid, :boom))
    receive do
      {:DOWN, ^ref, :process, _, r} -> IO.inspect({:down, r})
    end
  end
end

X.run()
