defmodule Matrix do
  def transpose(m), do: m |> List.zip() |> Enum.map(&Tuple.to_list/1)
  def mul(a, b) do
    bt = transpose(b)
    for row <- a, do: for(col <- bt, do: dot(row, col))
  end
  def dot(r, c), do: Enum.zip(r, c) |> Enum.map(fn {x, y} -> x * y end) |> Enum.sum()
  def identity(n), do: for(i <- 1..n, do: for(j <- 1..n, do: if(i == j, do: 1, else: 0)))
  def pow(m, 0), do: identity(length(m))
  def pow(m, n), do: mul(m, pow(m, n - 1))
  def show(m), do: Enum.each(m, fn row -> IO.puts(Enum.map_join(row, " ", &String.pad_leading(to_string(&1), 4))) end)
end
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
IO.inspect(Matrix.mul(a, b))
IO.inspect(Matrix.transpose(a))
IO.inspect(Matrix.identity(3))
Matrix.show(Matrix.mul(b, a))
fib = [[1, 1], [1, 0]]
IO.inspect(Matrix.pow(fib, 10))
IO.inspect(hd(hd(Matrix.pow(fib, 100))))
IO.inspect(Matrix.mul([[1.5, 0], [0, 2]], [[2, 0], [0, 0.5]]))
