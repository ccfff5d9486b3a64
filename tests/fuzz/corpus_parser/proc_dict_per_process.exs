defmodule ProcDictPerProcess do
  def run do
    Process.put(:shared?, :parent_value)
    parent = self()
    child = spawn(fn ->
      send(parent, {:child_sees, Process.get(:shared?)})
      Process.put(:shared?, :child_value)
      receive do
        :report -> send(parent, {:child_now, Process.get(:shared?)})
      end
    end)
    receive do
      {:child_sees, v} -> IO.inspect(v)
    end
    send(child, :report)
    receive do
      {:child_now, v} -> IO.inspect(v)
    end
    IO.inspect(Process.get(:shared?))
    Process.delete(:shared?)
    tasks = for i <- 1..3 do
      spawn(fn ->
        Process.put(:id, i)
        Process.put(:id, Process.get(:id) * 10)
        send(parent, {:id, i, Process.get(:id)})
      end)
    end
    IO.inspect(length(tasks))
    for i <- 1..3 do
      receive do
        {:id, ^i, v} -> IO.inspect({i, v})
      end
    end
    IO.inspect(Process.get(:id))
  end
end

ProcDictPerProcess.run()
