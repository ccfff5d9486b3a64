defmodule ProcReceiveGuards do
  def take do
    receive do
      {:num, n} when is_integer(n) and n > 5 -> {:big, n}
      {:num, n} when is_float(n) -> {:float, n}
      {:str, s} when byte_size(s) > 3 -> {:long_str, s}
    after
      0 -> :nothing
    end
  end

  def run do
    for m <- [{:num, 1}, {:num, 10}, {:num, 2.5}, {:str, "ab"}, {:str, "abcd"}, {:num, 7}],
        do: send(self(), m)
    IO.inspect(take())
    IO.inspect(take())
    IO.inspect(take())
    IO.inspect(take())
    IO.inspect(take())
    {:messages, rest} = Process.info(self(), :messages)
    IO.inspect(rest)
  end
end

ProcReceiveGuards.run()
