defmodule ProcMainExitTupleReason do
  def run do
    IO.puts("exit with a tuple reason")
    exit({:bad_state, [1, 2]})
  end
end

ProcMainExitTupleReason.run()
