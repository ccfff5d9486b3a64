defmodule ProcMainExitTuple do
  def run do
    spawn(fn -> Process.sleep(10_000) end)
    IO.puts("exit with a shutdown tuple")
    exit({:shutdown, :done})
  end
end

ProcMainExitTuple.run()
IO.puts("not reached")
