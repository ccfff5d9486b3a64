defmodule Job do
  use Task
  def start_link(arg), do: Task.start_link(__MODULE__, :run, [arg])
  def run(to), do: send(to, {:job_ran, Process.get(:"$callers") == [to]})
end

defmodule Perm do
  use Task, restart: :permanent
  def start_link(arg), do: Task.start_link(fn -> arg end)
end

defmodule X do
  def run do
    IO.inspect(Job.child_spec(:arg))
    IO.inspect(Perm.child_spec(:arg))
    IO.inspect(Task.child_spec(:arg))
    {:ok, pid} = Job.start_link(self())
    receive do
      m -> IO.inspect(m)
    end
    IO.inspect(is_pid(pid))
  end
end

X.run()
