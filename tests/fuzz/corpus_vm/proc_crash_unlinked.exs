defmodule ProcCrashUnlinked do
  def run do
    parent = self()
    pid = spawn(fn ->
      send(parent, :about_to_crash)
      raise "unlinked crash"
    end)
    receive do
      :about_to_crash -> :ok
    end
    Process.sleep(100)
    IO.inspect(Process.alive?(pid))
    IO.puts("parent lives on")
    spawn(fn -> exit(:quiet_abnormal) end)
    spawn(fn -> 1 / Enum.count([]) end)
    Process.sleep(100)
    IO.inspect(Process.info(self(), :message_queue_len))
    IO.puts("still here")
  end
end

ProcCrashUnlinked.run()
