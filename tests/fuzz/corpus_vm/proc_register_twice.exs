defmodule ProcRegisterTwice do
  def sleeper, do: spawn(fn -> receive do :stop -> :ok end end)

  def run do
    a = sleeper()
    b = sleeper()
    true = Process.register(a, :taken)
    try do
      Process.register(b, :taken)
    rescue
      e in ArgumentError -> IO.puts("name taken: #{inspect(e.__struct__)}")
    end
    try do
      Process.register(a, :second_name)
    rescue
      ArgumentError -> IO.puts("already named: ArgumentError")
    end
    IO.inspect(Process.whereis(:taken) == a)
    IO.inspect(Process.whereis(:second_name))
    dead = spawn(fn -> :ok end)
    ref = Process.monitor(dead)
    receive do
      {:DOWN, ^ref, _, _, _} -> :ok
    end
    try do
      Process.register(dead, :ghost)
    rescue
      ArgumentError -> IO.puts("dead pid: ArgumentError")
    end
    try do
      Process.register(b, nil)
    rescue
      e -> IO.inspect(e.__struct__)
    end
    IO.inspect(Process.register(b, :other_name))
  end
end

ProcRegisterTwice.run()
