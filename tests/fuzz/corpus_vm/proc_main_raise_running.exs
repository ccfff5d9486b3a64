defmodule ProcMainRaiseRunning do
  def run do
    parent = self()
    workers = for i <- 1..3 do
      spawn(fn ->
        send(parent, {:started, i})
        receive do
          :never -> :ok
        end
      end)
    end
    for i <- 1..3 do
      receive do
        {:started, ^i} -> :ok
      end
    end
    IO.inspect(Enum.all?(workers, &Process.alive?/1))
    raise "main process failed"
  end
end

ProcMainRaiseRunning.run()
