defmodule X do
  def run do
    Process.flag(:trap_exit, true)
    t = Task.async(fn -> raise "task failed" end)
    try do
      Task.await(t)
    catch
      :exit, {{%RuntimeError{message: m}, _}, {Task, :await, [_, 5000]}} -> IO.inspect({:await_exit, m})
    end
    receive do
      {:EXIT, pid, {%RuntimeError{}, _}} -> IO.inspect({:exit_msg, pid == t.pid})
    end
  end
end

X.run()
