defmodule X do
  def run do
    t = Task.async(fn -> 1 + 1 end)
    IO.inspect(Task.await(t))
    IO.inspect({is_pid(t.pid), is_reference(t.ref), t.owner == self(), t.mfa})
    t2 = Task.async(Enum, :sum, [[1, 2, 3]])
    IO.inspect(Task.await(t2))
    IO.inspect(t2.mfa)
    tasks = for i <- 1..5, do: Task.async(fn -> i * i end)
    IO.inspect(Enum.map(tasks, &Task.await/1))
    IO.inspect(Process.info(self(), :message_queue_len))
  end
end

X.run()
