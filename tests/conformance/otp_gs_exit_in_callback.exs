defmodule Ex do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_cast(:die, _s), do: exit(:i_quit)
end

defmodule X do
  def run do
    Process.flag(:trap_exit, true)
    {:ok, pid} = GenServer.start_link(Ex, nil)
    GenServer.cast(pid, :die)
    receive do
      {:EXIT, ^pid, r} -> IO.inspect({:exit, r})
    end
  end
end

X.run()
