defmodule ProcSelf do
  def run do
    me = self()
    IO.inspect(me == self())
    IO.inspect(is_pid(me))
    spawn(fn -> send(me, {:child_self, self()}) end)
    child =
      receive do
        {:child_self, c} -> c
      end
    IO.inspect(child == me)
    IO.inspect(child != me)
    spawn(fn -> send(me, {:parent_seen, me == self()}) end)
    receive do
      {:parent_seen, b} -> IO.inspect(b)
    end
    IO.inspect(is_pid(child) and is_pid(me))
    IO.inspect(self() in [me])
  end
end

ProcSelf.run()
