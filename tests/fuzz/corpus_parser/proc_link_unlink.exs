defmodule ProcLinkUnlink do
  def run do
    parent = self()
    {middle, ref} = spawn_monitor(fn ->
      worker = spawn(fn ->
        receive do
          :die -> exit(:worker_failed)
        end
      end)
      IO.inspect(Process.link(worker))
      IO.inspect(Process.unlink(worker))
      send(parent, {:worker, worker})
      receive do
        :never -> :ok
      end
    end)
    worker = receive do
      {:worker, w} -> w
    end
    wref = Process.monitor(worker)
    send(worker, :die)
    receive do
      {:DOWN, ^wref, :process, _, r} -> IO.inspect({:worker, r})
    end
    Process.sleep(50)
    IO.inspect(Process.alive?(middle))
    IO.inspect(Process.info(middle, :links))
    Process.exit(middle, :kill)
    receive do
      {:DOWN, ^ref, :process, _, r} -> IO.inspect({:middle, r})
    end
  end
end

ProcLinkUnlink.run()
