defmodule X do
  def run do
    t = Task.completed(:already)
    IO.inspect(Task.await(t))
    IO.inspect(t.pid)
    t2 = Task.async(fn -> Process.sleep(50); :x end)
    IO.inspect(Task.ignore(t2))
    Process.sleep(100)
    IO.inspect(Process.info(self(), :message_queue_len))
    t3 = Task.async(fn -> :y end)
    Process.sleep(20)
    IO.inspect(Task.ignore(t3))
  end
end

X.run()
