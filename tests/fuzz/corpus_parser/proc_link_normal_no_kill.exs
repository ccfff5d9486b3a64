defmodule ProcLinkNormalNoKill do
  def run do
    parent = self()
    {middle, ref} = spawn_monitor(fn ->
      child = spawn_link(fn ->
        receive do
          :finish -> :ok
        end
      end)
      send(parent, {:child, child})
      receive do
        :check -> send(parent, {:middle_alive, Process.info(self(), :links)})
      end
      receive do
        :stop -> :ok
      end
    end)
    child = receive do
      {:child, c} -> c
    end
    cref = Process.monitor(child)
    send(child, :finish)
    receive do
      {:DOWN, ^cref, :process, _, r} -> IO.inspect({:child, r})
    end
    Process.sleep(50)
    send(middle, :check)
    receive do
      {:middle_alive, links} -> IO.inspect(links)
    end
    IO.inspect(Process.alive?(middle))
    send(middle, :stop)
    receive do
      {:DOWN, ^ref, :process, _, r} -> IO.inspect({:middle, r})
    end
  end
end

ProcLinkNormalNoKill.run()
