defmodule ProcAfterInfinity do
  def wait(timeout) do
    receive do
      {:value, v} -> v
    after
      timeout -> :timed_out
    end
  end

  def run do
    parent = self()
    spawn(fn ->
      Process.sleep(50)
      send(parent, {:value, 1})
    end)
    IO.inspect(wait(:infinity))
    send(self(), {:value, 2})
    IO.inspect(wait(:infinity))
    IO.inspect(wait(0))
    t = :infinity
    spawn(fn -> send(parent, {:value, :late}) end)
    r = receive do
      {:value, v} -> v
    after
      t -> :never_happens
    end
    IO.inspect(r)
  end
end

ProcAfterInfinity.run()
