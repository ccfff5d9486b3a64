defmodule FizzBuzz do
  def say(n) when rem(n, 15) == 0, do: "FizzBuzz"
  def say(n) when rem(n, 3) == 0, do: "Fizz"
  def say(n) when rem(n, 5) == 0, do: "Buzz"
  def say(n), do: Integer.to_string(n)
end
1..30 |> Enum.map(&FizzBuzz.say/1) |> Enum.each(&IO.puts/1)
counts = 1..100 |> Enum.map(&FizzBuzz.say/1) |> Enum.filter(&(&1 in ["Fizz", "Buzz", "FizzBuzz"])) |> Enum.frequencies()
IO.inspect(counts)
