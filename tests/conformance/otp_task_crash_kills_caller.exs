defmodule X do
  def run do
    IO.puts("start")
    t = Task.async(fn -> exit(:task_boom) end)
    Task.await(t)
    IO.puts("not reached")
  end
end

X.run()
