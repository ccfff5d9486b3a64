x = length([1, 2, 3])
cond do
  x > 10 -> :big
  x < 0 -> :neg
end
