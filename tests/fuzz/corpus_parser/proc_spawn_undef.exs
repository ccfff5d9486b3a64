defmodule ProcSpawnUndef do
  def run do
    {pid, ref} = spawn_monitor(ProcSpawnUndef, :no_such_function, [1, 2])
    IO.inspect(is_pid(pid))
    receive do
      {:DOWN, ^ref, :process, ^pid, {:undef, [{m, f, a, _} | _]}} ->
        IO.inspect({m, f, a})
      {:DOWN, ^ref, :process, ^pid, other} ->
        IO.inspect({:other, other})
    end
    {p2, r2} = spawn_monitor(NoSuchModule, :go, [])
    receive do
      {:DOWN, ^r2, :process, ^p2, {reason, _}} -> IO.inspect(reason)
    end
    IO.puts("parent continues")
  end
end

ProcSpawnUndef.run()
