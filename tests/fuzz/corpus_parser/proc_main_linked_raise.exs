# The main process dies because a linked child raised (status 1).
defmodule ProcMainLinkedRaise do
  def run do
    parent = self()
    spawn_link(fn ->
      send(parent, :child_started)
      raise "child boom"
    end)
    receive do
      :child_started -> IO.puts("child started")
    end
    Process.sleep(500)
    IO.puts("not reached")
  end
end

ProcMainLinkedRaise.run()
