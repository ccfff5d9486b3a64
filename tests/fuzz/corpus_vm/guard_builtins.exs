import Bitwise
defmodule B do
  def check(m) when is_map_key(m, :id) and map_size(m) < 3, do: :small_with_id
  def check(m) when is_map(m), do: :map
  def abs_ok(x) when abs(x) < 5, do: true
  def abs_ok(_), do: false
  def str(s) when byte_size(s) > 3, do: :long
  def str(_), do: :short
  def bits(x) when band(x, 1) == 1, do: :odd
  def bits(_), do: :even
  def trunc_g(x) when trunc(x) == 3, do: :three
  def trunc_g(_), do: :not_three
end
IO.inspect(B.check(%{id: 1}))
IO.inspect(B.check(%{id: 1, a: 2, b: 3}))
IO.inspect(B.check(%{}))
IO.inspect({B.abs_ok(-3), B.abs_ok(-7)})
IO.inspect({B.str("abcd"), B.str("ab")})
IO.inspect({B.bits(3), B.bits(4)})
IO.inspect({B.trunc_g(3.7), B.trunc_g(4.1)})
IO.inspect(band(12, 10))
IO.inspect(bor(12, 10))
IO.inspect(bxor(12, 10))
IO.inspect(bsl(1, 10))
IO.inspect(bsr(1024, 3))
IO.inspect(bnot(5))
