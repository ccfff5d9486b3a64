defmodule ProcExitDead do
  def run do
    {dead, ref} = spawn_monitor(fn -> :ok end)
    receive do
      {:DOWN, ^ref, _, _, _} -> :ok
    end
    IO.inspect(Process.exit(dead, :kill))
    IO.inspect(Process.exit(dead, :normal))
    IO.inspect(Process.exit(dead, :whatever))
    IO.inspect(Process.alive?(self()))
    try do
      Process.exit(:not_a_pid, :kill)
    rescue
      e -> IO.inspect(e.__struct__)
    end
    IO.puts("done")
  end
end

ProcExitDead.run()
