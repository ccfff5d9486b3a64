defmodule ProcInfoTrapExit do
  def run do
    parent = self()
    pid = spawn(fn ->
      send(parent, {:before, Process.info(self(), :trap_exit)})
      old = Process.flag(:trap_exit, true)
      send(parent, {:old, old})
      send(parent, {:after, Process.info(self(), :trap_exit)})
      send(parent, {:old2, Process.flag(:trap_exit, true)})
      send(parent, {:old3, Process.flag(:trap_exit, false)})
      receive do
        :stop -> :ok
      end
    end)
    for _ <- 1..5 do
      receive do
        m -> IO.inspect(m)
      end
    end
    IO.inspect(Process.info(pid, :trap_exit))
    Process.flag(:trap_exit, true)
    IO.inspect(Process.info(self(), :trap_exit))
  end
end

ProcInfoTrapExit.run()
