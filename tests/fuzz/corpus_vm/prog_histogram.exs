data = [3, 7, 2, 9, 4, 7, 7, 1, 2, 9, 5, 5, 5, 5, 0]
freq = Enum.frequencies(data)
for k <- 0..9 do
  n = Map.get(freq, k, 0)
  IO.puts("#{k} | #{String.duplicate("*", n)}#{if n > 0, do: " (#{n})", else: ""}")
end
max = freq |> Map.values() |> Enum.max()
for level <- max..1//-1 do
  IO.puts(Enum.map_join(0..9, "", fn k -> if Map.get(freq, k, 0) >= level, do: "#", else: " " end) |> String.trim_trailing())
end
IO.puts(Enum.join(0..9))
