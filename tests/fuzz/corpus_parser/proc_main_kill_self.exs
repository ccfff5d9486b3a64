# Process.exit(self(), :kill) in the main script: status 1.
defmodule ProcMainKillSelf do
  def run do
    IO.puts("before kill")
    Process.exit(self(), :kill)
    IO.puts("not reached")
  end
end

ProcMainKillSelf.run()
