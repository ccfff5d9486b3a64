# Reads "<hex bits> ..." lines and prints what real Elixir gives for each double.
for line <- IO.stream(:stdio, :line) do
  [hex | _] = String.split(line)
  <<f::float>> = Base.decode16!(hex, case: :lower)
  IO.puts("#{hex} #{inspect(f)} #{to_string(f)}")
end
