defmodule X do
  def run do
    IO.inspect(GenServer.cast(:nobody, :hello))
    pid = spawn(fn -> :ok end)
    Process.sleep(10)
    IO.inspect(GenServer.cast(pid, :hello))
    IO.inspect(GenServer.cast({:via, Nope, :x}, :hello))
  end
end

X.run()
