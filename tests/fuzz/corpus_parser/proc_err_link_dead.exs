defmodule ProcErrLinkDead do
  def run do
    {pid, ref} = spawn_monitor(fn -> :ok end)
    receive do
      {:DOWN, ^ref, _, _, _} -> IO.puts("child is dead")
    end
    Process.link(pid)
  end
end

ProcErrLinkDead.run()
