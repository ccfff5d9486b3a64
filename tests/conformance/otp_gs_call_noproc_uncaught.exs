defmodule X do
  def run do
    GenServer.call(:nobody_here, :hello)
  end
end

X.run()
