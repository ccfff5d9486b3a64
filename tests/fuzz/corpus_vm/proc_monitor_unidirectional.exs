defmodule ProcMonitorUnidirectional do
  def run do
    parent = self()
    target = spawn(fn -> receive do :stop -> :ok end end)
    watcher = spawn(fn ->
      ref = Process.monitor(target)
      send(parent, :watching)
      receive do
        {:DOWN, ^ref, _, _, r} -> send(parent, {:watcher_saw, r})
        :die -> exit(:watcher_died)
      end
    end)
    receive do
      :watching -> :ok
    end
    wref = Process.monitor(watcher)
    send(watcher, :die)
    receive do
      {:DOWN, ^wref, _, _, r} -> IO.inspect({:watcher, r})
    end
    Process.sleep(20)
    IO.inspect(Process.alive?(target))
    IO.inspect(Process.info(target, :monitored_by))
    t2 = spawn(fn -> receive do :stop -> exit(:target_done) end end)
    w2 = spawn(fn ->
      ref = Process.monitor(t2)
      send(parent, :watching)
      receive do
        {:DOWN, ^ref, _, _, r} -> send(parent, {:watcher_saw, r, Process.alive?(self())})
      end
    end)
    receive do
      :watching -> :ok
    end
    send(t2, :stop)
    receive do
      {:watcher_saw, r, alive} -> IO.inspect({r, alive})
    end
    IO.inspect(is_pid(w2))
    send(target, :stop)
  end
end

ProcMonitorUnidirectional.run()
