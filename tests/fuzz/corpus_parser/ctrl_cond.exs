grade = fn score ->
  cond do
    score >= 90 -> "A"
    score >= 80 -> "B"
    score >= 70 -> "C"
    true -> "F"
  end
end
IO.inspect(Enum.map([95, 85, 72, 10], grade))
v = cond do
  nil -> :no
  false -> :no
  0 -> :zero_is_truthy
end
IO.inspect(v)
w = cond do
  [] -> :empty_list_truthy
  true -> :never
end
IO.inspect(w)
fizz = fn n ->
  cond do
    rem(n, 15) == 0 -> "FizzBuzz"
    rem(n, 3) == 0 -> "Fizz"
    rem(n, 5) == 0 -> "Buzz"
    true -> n
  end
end
IO.inspect(Enum.map(1..15, fizz))
