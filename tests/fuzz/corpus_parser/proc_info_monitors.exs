defmodule ProcInfoMonitors do
  def idle, do: receive(do: (:stop -> :ok))

  def run do
    parent = self()
    target = spawn(&idle/0)
    watcher = spawn(fn ->
      Process.monitor(target)
      Process.monitor(target)
      send(parent, :monitoring)
      idle()
    end)
    receive do
      :monitoring -> :ok
    end
    {:monitors, ms} = Process.info(watcher, :monitors)
    IO.inspect(ms == [{:process, target}, {:process, target}])
    {:monitored_by, mb} = Process.info(target, :monitored_by)
    IO.inspect(mb == [watcher, watcher])
    IO.inspect(Process.info(target, :monitors))
    ref = Process.monitor(target)
    {:monitored_by, mb2} = Process.info(target, :monitored_by)
    IO.inspect(length(mb2))
    IO.inspect(self() in mb2)
    Process.demonitor(ref)
    {:monitored_by, mb3} = Process.info(target, :monitored_by)
    IO.inspect(self() in mb3)
    Process.register(target, :named_target)
    r2 = Process.monitor(:named_target)
    {:monitors, mine} = Process.info(self(), :monitors)
    IO.inspect(mine)
    Process.demonitor(r2)
    IO.inspect(Process.info(self(), :monitors))
  end
end

ProcInfoMonitors.run()
