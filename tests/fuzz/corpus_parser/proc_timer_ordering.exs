defmodule ProcTimerOrdering do
  def collect(0, acc), do: Enum.reverse(acc)

  def collect(n, acc) do
    receive do
      m -> collect(n - 1, [m | acc])
    end
  end

  def run do
    Process.send_after(self(), :third, 300)
    Process.send_after(self(), :first, 20)
    Process.send_after(self(), :second, 150)
    IO.inspect(collect(3, []))
    Process.send_after(self(), :timer_msg, 50)
    r =
      receive do
        :timer_msg -> :timer_won
      after
        500 -> :after_won
      end
    IO.inspect(r)
    Process.send_after(self(), :slow_timer, 500)
    r2 =
      receive do
        :slow_timer -> :timer_won
      after
        50 -> :after_won
      end
    IO.inspect(r2)
    send(self(), :direct)
    Process.send_after(self(), :timed, 30)
    IO.inspect(collect(3, []))
  end
end

ProcTimerOrdering.run()
