[1, 2, 3] |> Enum.map(&(&1 * 2)) |> IO.inspect()
"hello" |> String.upcase() |> IO.puts()
1..5 |> Enum.filter(&(rem(&1, 2) == 1)) |> Enum.sum() |> IO.inspect()
5 |> then(fn x -> x * x end) |> IO.inspect()
add = fn a, b -> a + b end
3 |> add.(4) |> IO.inspect()
"a,b,c" |> String.split(",") |> Enum.reverse() |> Enum.join("-") |> IO.puts()
[3, 1, 2] |> Enum.sort() |> hd() |> IO.inspect()
%{a: 1} |> Map.put(:b, 2) |> Map.keys() |> IO.inspect()
10 |> Integer.to_string(2) |> IO.puts()
:ok |> tap(fn v -> IO.inspect(v, label: "tapped") end) |> IO.inspect()
x = [1, 2] |> length
IO.inspect(x)
"abc" |> String.graphemes |> Enum.map(&String.upcase/1) |> IO.inspect
