defmodule Memo do
  def fib(n), do: elem(fib(n, %{0 => 0, 1 => 1}), 0)
  defp fib(n, memo) do
    case memo do
      %{^n => v} -> {v, memo}
      _ ->
        {a, memo} = fib(n - 1, memo)
        {b, memo} = fib(n - 2, memo)
        {a + b, Map.put(memo, n, a + b)}
    end
  end
  def fib_list(n), do: Enum.map_reduce(1..n, {0, 1}, fn _, {a, b} -> {a, {b, a + b}} end) |> elem(0)
end
IO.inspect(Memo.fib(10))
IO.inspect(Memo.fib(90))
IO.inspect(Memo.fib(300))
IO.inspect(Memo.fib_list(15))
IO.inspect(Memo.fib(1000) |> Integer.to_string() |> String.length())
IO.inspect(Memo.fib(1000) |> Integer.digits() |> Enum.sum())
