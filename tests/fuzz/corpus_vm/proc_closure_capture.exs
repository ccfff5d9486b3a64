defmodule ProcClosureCapture do
  def run do
    parent = self()
    x = 10
    list = [1, 2, 3]
    map = %{k: :v}
    spawn(fn -> send(parent, {:captured, x, list, map}) end)
    x = 20
    receive do
      {:captured, cx, cl, cm} -> IO.inspect({cx, cl, cm, x})
    end
    pids = for i <- 1..5, do: spawn(fn -> send(parent, {:id, i, i * x}) end)
    IO.inspect(length(pids))
    results = for _ <- 1..5 do
      receive do
        {:id, i, v} -> {i, v}
      end
    end
    IO.inspect(Enum.sort(results))
    f = fn n -> n + x end
    spawn(fn -> send(parent, {:applied, f.(1)}) end)
    receive do
      {:applied, v} -> IO.inspect(v)
    end
  end
end

ProcClosureCapture.run()
