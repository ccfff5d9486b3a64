defmodule ProcProcessList do
  def run do
    IO.inspect(self() in Process.list())
    pid = spawn(fn -> receive do :stop -> :ok end end)
    IO.inspect(pid in Process.list())
    IO.inspect(is_list(Process.list()))
    IO.inspect(Enum.all?(Process.list(), &is_pid/1))
    ref = Process.monitor(pid)
    send(pid, :stop)
    receive do
      {:DOWN, ^ref, :process, _, _} -> :ok
    end
    Process.sleep(50)
    IO.inspect(pid in Process.list())
    IO.inspect(length(Process.list()) > 5)
  end
end

ProcProcessList.run()
