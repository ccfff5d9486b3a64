defmodule ProcAfterZero do
  def poll do
    receive do
      m -> {:msg, m}
    after
      0 -> :empty
    end
  end

  def run do
    IO.inspect(poll())
    send(self(), :x)
    IO.inspect(poll())
    IO.inspect(poll())
    send(self(), :y)
    send(self(), :z)
    IO.inspect(Enum.map(1..3, fn _ -> poll() end))
    r =
      receive do
        :nothing_matches -> :matched
      after
        0 -> :timed_out
      end
    IO.inspect(r)
  end
end

ProcAfterZero.run()
