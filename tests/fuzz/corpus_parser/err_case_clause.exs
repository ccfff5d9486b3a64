v = String.length("abc")
IO.puts("v=#{v}")
case v do
  1 -> :one
  2 -> :two
end
