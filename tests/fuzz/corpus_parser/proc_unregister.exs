defmodule ProcUnregister do
  def run do
    Process.register(self(), :temp_name)
    IO.inspect(Process.whereis(:temp_name) == self())
    IO.inspect(Process.unregister(:temp_name))
    IO.inspect(Process.whereis(:temp_name))
    IO.inspect(Process.info(self(), :registered_name))
    try do
      Process.unregister(:temp_name)
    rescue
      e in ArgumentError -> IO.puts(Exception.message(e))
    end
    IO.inspect(Process.register(self(), :temp_name))
    Process.unregister(:temp_name)
    IO.inspect(Process.register(self(), :renamed))
    IO.inspect(Process.whereis(:temp_name))
    IO.inspect(Process.info(self(), :registered_name))
  end
end

ProcUnregister.run()
