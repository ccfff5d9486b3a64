defmodule X do
  def run do
    tasks = for i <- 1..4, do: Task.async(fn -> Process.sleep(10 * (5 - i)); i end)
    IO.inspect(Task.await_many(tasks))
    tasks = [Task.async(fn -> 1 end), Task.async(fn -> Process.sleep(500) end)]
    try do
      Task.await_many(tasks, 50)
    catch
      :exit, {:timeout, {Task, :await_many, [ts, 50]}} -> IO.inspect({:timeout, length(ts)})
    end
  end
end

X.run()
