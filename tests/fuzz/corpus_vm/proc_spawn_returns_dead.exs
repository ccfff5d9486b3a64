defmodule ProcSpawnReturnsDead do
  def run do
    parent = self()
    pid = spawn(fn ->
      receive do
        :go -> send(parent, :done)
      end
      :return_value_is_ignored
    end)
    IO.inspect(Process.alive?(pid))
    ref = Process.monitor(pid)
    send(pid, :go)
    receive do
      :done -> IO.puts("child finished its work")
    end
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end
    IO.inspect(Process.alive?(pid))
    IO.inspect(Process.alive?(self()))
    quick = spawn(fn -> :ok end)
    r2 = Process.monitor(quick)
    receive do
      {:DOWN, ^r2, :process, _, why} -> IO.inspect({:quick, why})
    end
    IO.inspect(Process.alive?(quick))
  end
end

ProcSpawnReturnsDead.run()
