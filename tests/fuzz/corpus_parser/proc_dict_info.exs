defmodule ProcDictInfo do
  def run do
    parent = self()
    pid = spawn(fn ->
      Process.put(:name, "worker")
      Process.put(:n, 3)
      send(parent, :ready)
      receive do
        :stop -> :ok
      end
    end)
    receive do
      :ready -> :ok
    end
    {:dictionary, d} = Process.info(pid, :dictionary)
    IO.inspect(Enum.sort(d))
    empty = spawn(fn -> receive do :stop -> :ok end end)
    IO.inspect(Process.info(empty, :dictionary))
    send(pid, :stop)
    send(empty, :stop)
  end
end

ProcDictInfo.run()
