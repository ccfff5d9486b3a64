defmodule ProcInfoStatus do
  def run do
    IO.inspect(Process.info(self(), :status))
    parent = self()
    waiting = spawn(fn ->
      send(parent, :ready)
      receive do
        :stop -> :ok
      end
    end)
    receive do
      :ready -> :ok
    end
    Process.sleep(20)
    IO.inspect(Process.info(waiting, :status))
    sleeper = spawn(fn -> send(parent, :sleeping); Process.sleep(5_000) end)
    receive do
      :sleeping -> :ok
    end
    Process.sleep(20)
    IO.inspect(Process.info(sleeper, :status))
    send(waiting, :stop)
    Process.exit(sleeper, :kill)
    spawn(fn -> send(parent, {:own, Process.info(self(), :status)}) end)
    receive do
      {:own, s} -> IO.inspect(s)
    end
  end
end

ProcInfoStatus.run()
