defmodule X do
  def run do
    t = Task.async(fn -> Process.sleep(500); :late end)
    try do
      Task.await(t, 20)
    catch
      :exit, {:timeout, {Task, :await, [task, 20]}} -> IO.inspect({:timeout, task == t})
    end
  end
end

X.run()
