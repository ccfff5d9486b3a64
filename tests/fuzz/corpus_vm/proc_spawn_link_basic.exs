defmodule ProcSpawnLinkBasic do
  def run do
    parent = self()
    pid = spawn_link(fn ->
      send(parent, :ready)
      receive do
        :stop -> :ok
      end
    end)
    receive do
      :ready -> :ok
    end
    {:links, links} = Process.info(pid, :links)
    IO.inspect(links == [parent])
    IO.inspect(pid in elem(Process.info(self(), :links), 1))
    ref = Process.monitor(pid)
    send(pid, :stop)
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r)
    end
    Process.sleep(20)
    IO.inspect(pid in elem(Process.info(self(), :links), 1))
    IO.puts("parent still alive")
  end
end

ProcSpawnLinkBasic.run()
