IO.inspect(if true, do: :yes, else: :no)
IO.inspect(if false, do: :yes, else: :no)
IO.inspect(if nil, do: :yes)
IO.inspect(if 0, do: :zero_truthy)
IO.inspect(unless false, do: :ran)
IO.inspect(unless true, do: :ran)
IO.inspect(unless true, do: :ran, else: :other)
x = 10
msg = if x > 5 do
  "big"
else
  "small"
end
IO.puts(msg)
if x == 10 do
  IO.puts("ten")
end
y = if x > 100 do
  :huge
end
IO.inspect(y)
IO.inspect(if "", do: 1, else: 2)
IO.inspect(if [], do: 1, else: 2)
z = 1
if true do
  z = 2
  IO.inspect(z, label: "inner")
end
IO.inspect(z, label: "outer")
