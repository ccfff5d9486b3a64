xs = [0.0, -0.0, 1.5, 2.5, -2.5, 0.125, 1.005, 12.345, -12.345, 5.5675, 1.0e-20, -1.0e-20, 123456.789, 1.0e20, 0.1 + 0.2, 2.675]
for x <- xs do
  IO.inspect({x, Float.round(x), Float.round(x, 2), Float.floor(x, 1), Float.ceil(x, 1)})
end
IO.inspect(Float.round(12.341444444444441, 15))
IO.inspect(Float.floor(12.52, 2))
IO.inspect(Float.ceil(-12.52, 2))
IO.inspect(Float.floor(-0.4))
IO.inspect(Float.ceil(-0.4))
IO.inspect(Float.ceil(0.4))
IO.inspect(Float.ceil(1.0e-300, 3))
IO.inspect(Float.floor(-1.0e-300, 3))
IO.inspect(Float.round(-0.5))
IO.inspect(Float.round(0.5))
IO.inspect(Float.ratio(0.75))
IO.inspect(Float.ratio(-3.14))
IO.inspect(Float.ratio(16.0))
IO.inspect(Float.ratio(1.0e-5))
IO.inspect(Float.ratio(0.0))
try do
  Float.round(1.5, 16)
rescue
  e -> IO.inspect(e)
end
try do
  Float.round(1, 1)
rescue
  e -> IO.inspect(e.__struct__)
end
