defmodule ProcSendAfterName do
  def run do
    parent = self()
    pid = spawn(fn ->
      receive do
        {:delayed, n} -> send(parent, {:worker_got, n})
      end
    end)
    Process.register(pid, :delayed_target)
    ref = Process.send_after(:delayed_target, {:delayed, 7}, 30)
    IO.inspect(is_reference(ref))
    receive do
      {:worker_got, n} -> IO.inspect(n)
    end
    Process.register(self(), :main_target)
    Process.send_after(:main_target, :to_main, 10)
    receive do
      :to_main -> IO.puts("timer to own name")
    end
    Process.send_after(:nobody_registered, :lost, 10)
    Process.sleep(50)
    IO.puts("timer to unknown name is silently dropped")
    {dead, r} = spawn_monitor(fn -> :ok end)
    receive do
      {:DOWN, ^r, _, _, _} -> :ok
    end
    tref = Process.send_after(dead, :to_dead, 10)
    Process.sleep(50)
    IO.inspect(Process.read_timer(tref))
  end
end

ProcSendAfterName.run()
