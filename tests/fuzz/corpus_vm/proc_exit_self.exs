defmodule ProcExitSelf do
  def run do
    {p1, r1} = spawn_monitor(fn ->
      Process.exit(self(), :normal)
      Process.sleep(1000)
      IO.puts("never printed")
    end)
    receive do
      {:DOWN, ^r1, :process, ^p1, r} -> IO.inspect({:self_normal, r})
    end
    {p2, r2} = spawn_monitor(fn ->
      Process.exit(self(), :kill)
      Process.sleep(1000)
    end)
    receive do
      {:DOWN, ^r2, :process, ^p2, r} -> IO.inspect({:self_kill, r})
    end
    {p3, r3} = spawn_monitor(fn ->
      Process.exit(self(), :custom)
      Process.sleep(1000)
    end)
    receive do
      {:DOWN, ^r3, :process, ^p3, r} -> IO.inspect({:self_custom, r})
    end
    parent = self()
    {p4, r4} = spawn_monitor(fn ->
      Process.flag(:trap_exit, true)
      Process.exit(self(), :normal)
      receive do
        {:EXIT, from, why} -> send(parent, {:trapped_self, from == self(), why})
      end
    end)
    receive do
      {:trapped_self, same, why} -> IO.inspect({:trapped_self, same, why})
    end
    receive do
      {:DOWN, ^r4, :process, ^p4, r} -> IO.inspect({:then, r})
    end
    {p5, r5} = spawn_monitor(fn ->
      Process.flag(:trap_exit, true)
      Process.exit(self(), :kill)
      Process.sleep(1000)
    end)
    receive do
      {:DOWN, ^r5, :process, ^p5, r} -> IO.inspect({:trapping_self_kill, r})
    end
  end
end

ProcExitSelf.run()
