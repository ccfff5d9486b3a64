IO.inspect(function_exported?(Process, :monitor, 2))
try do
  Process.monitor(self(), [])
rescue
  e -> IO.puts(Exception.message(e))
end
