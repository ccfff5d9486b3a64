defmodule R do
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)

  def sum_tail(list, acc \\ 0)
  def sum_tail([], acc), do: acc
  def sum_tail([h | t], acc), do: sum_tail(t, acc + h)

  def count_down(0), do: :done
  def count_down(n), do: count_down(n - 1)

  def build(0), do: []
  def build(n), do: [n | build(n - 1)]

  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)

  def fib_fast(n), do: fib_fast(n, 0, 1)
  defp fib_fast(0, a, _), do: a
  defp fib_fast(n, a, b), do: fib_fast(n - 1, b, a + b)

  def ackermann(0, n), do: n + 1
  def ackermann(m, 0), do: ackermann(m - 1, 1)
  def ackermann(m, n), do: ackermann(m - 1, ackermann(m, n - 1))
end
big = Enum.to_list(1..100_000)
IO.inspect(R.sum(big))
IO.inspect(R.sum_tail(big))
IO.inspect(R.count_down(1_000_000))
IO.inspect(length(R.build(200_000)))
IO.inspect(R.fib(20))
IO.inspect(R.fib_fast(100))
IO.inspect(R.ackermann(2, 3))
loop = fn loop, n, acc -> if n == 0, do: acc, else: loop.(loop, n - 1, acc + n) end
IO.inspect(loop.(loop, 1_000_000, 0))
