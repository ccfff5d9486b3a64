defmodule ProcMainExitNormal do
  def run do
    for _ <- 1..5, do: spawn(fn -> Process.sleep(10_000) end)
    spawn_link(fn -> receive do :never -> :ok end end)
    IO.puts("exiting normally with processes still running")
    exit(:normal)
  end
end

ProcMainExitNormal.run()
IO.puts("not reached")
