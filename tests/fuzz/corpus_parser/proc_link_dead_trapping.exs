defmodule ProcLinkDeadTrapping do
  def run do
    {dead, ref} = spawn_monitor(fn -> :ok end)
    receive do
      {:DOWN, ^ref, _, _, _} -> :ok
    end
    Process.flag(:trap_exit, true)
    IO.inspect(Process.link(dead))
    receive do
      {:EXIT, ^dead, reason} -> IO.inspect({:exit, reason})
    after
      500 -> IO.puts("no EXIT message")
    end
    IO.inspect(Process.info(self(), :message_queue_len))
  end
end

ProcLinkDeadTrapping.run()
