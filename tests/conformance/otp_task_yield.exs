defmodule X do
  def run do
    t = Task.async(fn -> Process.sleep(100); :done end)
    IO.inspect(Task.yield(t, 10))
    IO.inspect(Task.yield(t, 1000))
    Process.flag(:trap_exit, true)
    t2 = Task.async(fn -> exit(:boom) end)
    Process.sleep(50)
    IO.inspect(Task.yield(t2, 100))
  end
end

X.run()
