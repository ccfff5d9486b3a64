defmodule ProcProgBarrier do
  def participant(id, barrier, parent) do
    Process.sleep(id * 40)
    send(barrier, {:arrived, id, self()})
    receive do
      :go -> send(parent, {:passed, id})
    end
  end

  def barrier(n, waiting, parent) when length(waiting) == n do
    send(parent, {:all_arrived, waiting |> Enum.map(&elem(&1, 0)) |> Enum.reverse()})
    Enum.each(waiting, fn {_, pid} -> send(pid, :go) end)
  end

  def barrier(n, waiting, parent) do
    receive do
      {:arrived, id, pid} -> barrier(n, [{id, pid} | waiting], parent)
    end
  end

  def run do
    parent = self()
    b = spawn(fn -> barrier(5, [], parent) end)
    for id <- [3, 1, 5, 2, 4], do: spawn(fn -> participant(id, b, parent) end)
    receive do
      {:all_arrived, order} -> IO.inspect(order)
    end
    passed = for _ <- 1..5 do
      receive do
        {:passed, id} -> id
      end
    end
    IO.inspect(Enum.sort(passed))
  end
end

ProcProgBarrier.run()
