defmodule ProcInfoDead do
  def run do
    {pid, ref} = spawn_monitor(fn -> :ok end)
    receive do
      {:DOWN, ^ref, :process, ^pid, _} -> :ok
    end
    IO.inspect(Process.info(pid))
    IO.inspect(Process.info(pid, :status))
    IO.inspect(Process.info(pid, :message_queue_len))
    IO.inspect(Process.info(pid, [:status, :links]))
    IO.inspect(Process.alive?(pid))
    IO.inspect(Process.info(self(), :status))
  end
end

ProcInfoDead.run()
