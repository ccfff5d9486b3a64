defmodule X do
  def run do
    t = Task.async(fn -> Process.sleep(1000) end)
    IO.inspect(Task.shutdown(t))
    IO.inspect(Process.alive?(t.pid))
    t2 = Task.async(fn -> :quick end)
    Process.sleep(20)
    IO.inspect(Task.shutdown(t2))
    t3 = Task.async(fn -> Process.sleep(1000) end)
    IO.inspect(Task.shutdown(t3, :brutal_kill))
    t4 = Task.async(fn ->
      Process.flag(:trap_exit, true)
      Process.sleep(1000)
    end)
    Process.sleep(10)
    IO.inspect(Task.shutdown(t4, 30))
  end
end

X.run()
