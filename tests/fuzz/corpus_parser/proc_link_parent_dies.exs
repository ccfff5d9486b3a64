defmodule ProcLinkParentDies do
  def run do
    me = self()
    {parent, pref} = spawn_monitor(fn ->
      c1 = spawn_link(fn -> receive do :never -> :ok end end)
      c2 = spawn_link(fn ->
        Process.flag(:trap_exit, true)
        receive do
          {:EXIT, _from, reason} -> send(me, {:c2_got, reason})
        end
      end)
      send(me, {:kids, c1, c2})
      receive do
        :die -> exit(:parent_gone)
      end
    end)
    {c1, c2} = receive do
      {:kids, a, b} -> {a, b}
    end
    r1 = Process.monitor(c1)
    send(parent, :die)
    receive do
      {:DOWN, ^pref, :process, _, r} -> IO.inspect({:parent, r})
    end
    receive do
      {:DOWN, ^r1, :process, _, r} -> IO.inspect({:c1, r})
    end
    receive do
      {:c2_got, r} -> IO.inspect({:c2_trapped, r})
    end
    Process.sleep(20)
    IO.inspect(Process.alive?(c2))
  end
end

ProcLinkParentDies.run()
