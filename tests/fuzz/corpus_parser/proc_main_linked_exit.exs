# The main process is killed through a link; stderr's first line contains a pid,
# so only stdout and the status are recorded.
defmodule ProcMainLinkedExit do
  def run do
    IO.puts("before")
    spawn_link(fn -> exit(:child_reason) end)
    Process.sleep(500)
    IO.puts("not reached")
  end
end

ProcMainLinkedExit.run()
