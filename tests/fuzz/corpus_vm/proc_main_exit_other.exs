defmodule ProcMainExitOther do
  def run do
    spawn(fn -> Process.sleep(10_000) end)
    IO.puts("before exit")
    exit(:other)
  end
end

ProcMainExitOther.run()
IO.puts("not reached")
