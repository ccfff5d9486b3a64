defmodule M do
  def hello(to), do: send(to, {:hello, Process.get(:"$initial_call")})
end

defmodule X do
  def run do
    me = self()
    {:ok, pid} = Task.start(fn -> send(me, {:callers, Process.get(:"$callers"), Process.get(:"$ancestors")}) end)
    receive do
      {:callers, c, a} -> IO.inspect({c == [me], a == [me], is_pid(pid)})
    end
    {:ok, pid} = Task.start_link(fn -> send(me, {:ic, Process.get(:"$initial_call")}) end)
    receive do
      {:ic, {m, _f, a}} -> IO.inspect({m, a})
    end
    {:ok, _} = Task.start_link(M, :hello, [me])
    receive do
      m -> IO.inspect(m)
    end
    IO.inspect(is_pid(pid))
  end
end

X.run()
