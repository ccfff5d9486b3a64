defmodule X do
  def run do
    t = Task.async(fn -> :result end)
    ref = t.ref
    receive do
      {^ref, r} -> IO.inspect({:reply_msg, r})
    end
    receive do
      {:DOWN, ^ref, :process, pid, reason} -> IO.inspect({:down, pid == t.pid, reason})
    after
      100 -> IO.puts("no DOWN")
    end
    Process.demonitor(ref, [:flush])
  end
end

X.run()
