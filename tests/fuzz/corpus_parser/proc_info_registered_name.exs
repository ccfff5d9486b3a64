defmodule ProcInfoRegisteredName do
  def run do
    pid = spawn(fn -> receive do :stop -> :ok end end)
    IO.inspect(Process.info(pid, :registered_name))
    Process.register(pid, :named)
    IO.inspect(Process.info(pid, :registered_name))
    {:registered_name, n} = Process.info(pid, :registered_name)
    IO.inspect(is_atom(n))
    Process.unregister(:named)
    IO.inspect(Process.info(pid, :registered_name))
    IO.inspect(Process.info(pid, [:registered_name, :trap_exit]))
    Process.register(pid, :again)
    IO.inspect(Process.info(pid, [:registered_name]))
  end
end

ProcInfoRegisteredName.run()
