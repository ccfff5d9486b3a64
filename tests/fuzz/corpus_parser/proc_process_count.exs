defmodule ProcProcessCount do
  def run do
    before = :erlang.system_info(:process_count)
    pids = for _ <- 1..25, do: spawn(fn -> receive do :stop -> :ok end end)
    during = :erlang.system_info(:process_count)
    IO.inspect(during - before)
    IO.inspect(length(pids))
    refs = Enum.map(pids, &Process.monitor/1)
    Enum.each(pids, &send(&1, :stop))
    for r <- refs do
      receive do
        {:DOWN, ^r, :process, _, :normal} -> :ok
      end
    end
    Process.sleep(50)
    after_ = :erlang.system_info(:process_count)
    IO.inspect(after_ - before)
    IO.inspect(Enum.count(pids, &Process.alive?/1))
    IO.inspect(before == length(Process.list()))
  end
end

ProcProcessCount.run()
