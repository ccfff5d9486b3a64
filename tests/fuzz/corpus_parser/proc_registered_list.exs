defmodule ProcRegisteredList do
  def run do
    IO.inspect(is_list(Process.registered()))
    IO.inspect(:my_worker in Process.registered())
    pid = spawn(fn -> receive do :stop -> :ok end end)
    Process.register(pid, :my_worker)
    IO.inspect(:my_worker in Process.registered())
    IO.inspect(Enum.all?(Process.registered(), &is_atom/1))
    Process.unregister(:my_worker)
    IO.inspect(:my_worker in Process.registered())
    IO.inspect(Process.alive?(pid))
    IO.inspect(Process.info(pid, :registered_name))
  end
end

ProcRegisteredList.run()
