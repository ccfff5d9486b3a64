defmodule PL do
  def work(to, _n), do: send(to, {:dict, Process.get(:"$ancestors"), Process.get(:"$initial_call")})
end

defmodule X do
  def run do
    me = self()
    pid = :proc_lib.spawn(fn -> send(me, {:dict, Process.get(:"$ancestors"), Process.get(:"$initial_call")}) end)
    receive do
      {:dict, anc, {mod, _name, arity}} -> IO.inspect({anc == [me], mod, arity})
    end
    pid = :proc_lib.spawn(PL, :work, [me, 1])
    receive do
      {:dict, anc, ic} -> IO.inspect({anc == [me], ic})
    end
    pid = :proc_lib.spawn_link(PL, :work, [me, 2])
    receive do
      {:dict, anc, ic} -> IO.inspect({anc == [me], ic})
    end
    IO.inspect(is_pid(pid))
  end
end

X.run()
