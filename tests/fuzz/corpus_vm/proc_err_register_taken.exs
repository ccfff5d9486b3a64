defmodule ProcErrRegisterTaken do
  def run do
    Process.register(self(), :main)
    pid = spawn(fn -> receive do :stop -> :ok end end)
    IO.puts("registering a second process under :main")
    Process.register(pid, :main)
  end
end

ProcErrRegisterTaken.run()
