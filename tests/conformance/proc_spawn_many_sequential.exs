defmodule H do
  def go(i, n) when i == n, do: :ok
  def go(i, n) do
    me = self()
    spawn(fn -> send(me, {:r, i}) end)
    receive do {:r, ^i} -> :ok end
    go(i + 1, n)
  end
end
H.go(0, 100000)
IO.puts :done
IO.inspect Process.alive?(self())
