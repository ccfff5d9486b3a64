defmodule X do
  def run do
    me = self()
    t = Task.async(fn ->
      inner = Task.async(fn -> Process.get(:"$callers") end)
      {Process.get(:"$callers"), Task.await(inner), self()}
    end)
    {outer_callers, inner_callers, outer_pid} = Task.await(t)
    IO.inspect(outer_callers == [me])
    IO.inspect(inner_callers == [outer_pid, me])
    {:dictionary, _} = Process.info(self(), :dictionary)
    t2 = Task.async(fn -> Process.get(:"$ancestors") end)
    IO.inspect(Task.await(t2) == [me])
  end
end

X.run()
