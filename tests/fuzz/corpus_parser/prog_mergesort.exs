defmodule MS do
  def sort([]), do: []
  def sort([x]), do: [x]
  def sort(list) do
    {l, r} = Enum.split(list, div(length(list), 2))
    merge(sort(l), sort(r))
  end
  defp merge([], r), do: r
  defp merge(l, []), do: l
  defp merge([a | l], [b | _] = r) when a <= b, do: [a | merge(l, r)]
  defp merge(l, [b | r]), do: [b | merge(l, r)]
  def inversions(list) do
    {_, count} = count_inv(list)
    count
  end
  defp count_inv(l) when length(l) < 2, do: {l, 0}
  defp count_inv(l) do
    {a, b} = Enum.split(l, div(length(l), 2))
    {sa, ca} = count_inv(a)
    {sb, cb} = count_inv(b)
    {m, cm} = merge_count(sa, sb, [], 0)
    {m, ca + cb + cm}
  end
  defp merge_count([], r, acc, c), do: {Enum.reverse(acc, r), c}
  defp merge_count(l, [], acc, c), do: {Enum.reverse(acc, l), c}
  defp merge_count([a | l], [b | _] = r, acc, c) when a <= b, do: merge_count(l, r, [a | acc], c)
  defp merge_count(l, [b | r], acc, c), do: merge_count(l, r, [b | acc], c + length(l))
end
IO.inspect(MS.sort([38, 27, 43, 3, 9, 82, 10]))
IO.inspect(MS.sort(~w(delta alpha charlie bravo)))
IO.inspect(MS.inversions([2, 4, 1, 3, 5]))
IO.inspect(MS.inversions(Enum.to_list(10..1)))
big = for i <- 1..5000, do: rem(i * 7_919, 10_007)
IO.inspect(MS.sort(big) == Enum.sort(big))
IO.inspect(MS.inversions(Enum.take(big, 500)))
IO.inspect(MS.sort([{2, :b}, {1, :a}, {2, :a}]))
