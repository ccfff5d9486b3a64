defmodule ProcMainExitShutdown do
  def run do
    pid = spawn(fn -> receive do :never -> :ok end end)
    IO.inspect(Process.alive?(pid))
    IO.puts("shutting down")
    exit(:shutdown)
  end
end

ProcMainExitShutdown.run()
IO.puts("not reached")
