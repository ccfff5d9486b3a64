defmodule ProcErrSendUnregistered do
  def run do
    IO.puts("sending to a name nobody registered")
    send(:nobody_has_this_name, :hello)
    IO.puts("not reached")
  end
end

ProcErrSendUnregistered.run()
