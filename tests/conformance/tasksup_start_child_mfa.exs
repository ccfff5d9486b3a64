defmodule W do
  def run(parent, x) do
    send(parent, {:ran, x * 2, Process.get(:"$callers") == [parent]})
  end
end
{:ok, sup} = Task.Supervisor.start_link()
{:ok, pid} = Task.Supervisor.start_child(sup, W, :run, [self(), 21])
IO.inspect(is_pid(pid))
receive do
  {:ran, v, c} -> IO.inspect({v, c})
end
{:ok, pid2} = Task.Supervisor.start_child(sup, W, :run, [self(), 5], restart: :transient, shutdown: :brutal_kill)
IO.inspect(pid2 != pid)
receive do
  {:ran, v, c} -> IO.inspect({v, c})
end
Process.sleep(20)
IO.inspect(Task.Supervisor.children(sup))
