defmodule ProcSpawnMfa do
  def worker(parent, a, b) do
    send(parent, {:sum, a + b})
  end

  def echo do
    receive do
      {from, msg} -> send(from, {:echo, msg})
    end
  end

  def run do
    pid = spawn(ProcSpawnMfa, :worker, [self(), 2, 40])
    IO.inspect(is_pid(pid))
    receive do
      {:sum, s} -> IO.inspect(s)
    end
    e = spawn(__MODULE__, :echo, [])
    send(e, {self(), "ping"})
    receive do
      {:echo, m} -> IO.inspect(m)
    end
    p3 = Kernel.spawn(ProcSpawnMfa, :worker, [self(), 1, 1])
    receive do
      {:sum, s} -> IO.inspect({:again, s})
    end
    IO.inspect(p3 != pid)
  end
end

ProcSpawnMfa.run()
