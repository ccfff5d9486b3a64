defmodule BS do
  def search(tuple, target), do: do_search(tuple, target, 0, tuple_size(tuple) - 1)
  defp do_search(_t, _target, lo, hi) when lo > hi, do: :not_found
  defp do_search(t, target, lo, hi) do
    mid = div(lo + hi, 2)
    case elem(t, mid) do
      ^target -> {:found, mid}
      v when v < target -> do_search(t, target, mid + 1, hi)
      _ -> do_search(t, target, lo, mid - 1)
    end
  end
  def isqrt(n), do: isqrt(n, 0, n)
  defp isqrt(_n, lo, hi) when lo > hi, do: hi
  defp isqrt(n, lo, hi) do
    mid = div(lo + hi, 2)
    if mid * mid <= n, do: isqrt(n, mid + 1, hi), else: isqrt(n, lo, mid - 1)
  end
end
t = List.to_tuple(Enum.to_list(0..100//3))
IO.inspect(t)
for x <- [0, 3, 4, 99, 100, -1, 51] do
  IO.inspect({x, BS.search(t, x)})
end
IO.inspect(BS.search({}, 1))
IO.inspect(Enum.map([0, 1, 15, 16, 17, 1_000_000, Integer.pow(10, 30)], &BS.isqrt/1))
