# A linked child exiting with :normal does not take the main process down.
defmodule ProcMainLinkedNormal do
  def run do
    pid = spawn_link(fn -> exit(:normal) end)
    ref = Process.monitor(pid)
    receive do
      {:DOWN, ^ref, _, _, r} -> IO.inspect(r)
    end
    Process.sleep(50)
    IO.puts("main survives a normal exit of a linked child")
  end
end

ProcMainLinkedNormal.run()
