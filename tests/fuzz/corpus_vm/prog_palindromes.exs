defmodule Pal do
  def palindrome?(s) do
    clean = s |> String.downcase() |> String.to_charlist() |> Enum.filter(&(&1 in ?a..?z or &1 in ?0..?9))
    clean == Enum.reverse(clean)
  end
  def num_pal?(n), do: Integer.to_string(n) == String.reverse(Integer.to_string(n))
  def longest(s) do
    n = String.length(s)
    for i <- 0..(n - 1), j <- i..(n - 1), sub = String.slice(s, i..j), sub == String.reverse(sub), reduce: "" do
      best -> if String.length(sub) > String.length(best), do: sub, else: best
    end
  end
end
IO.inspect(Pal.palindrome?("A man, a plan, a canal: Panama!"))
IO.inspect(Pal.palindrome?("Not one"))
IO.inspect(Pal.num_pal?(12321))
IO.inspect(Pal.num_pal?(12345))
IO.inspect(Enum.filter(100..200, &Pal.num_pal?/1))
IO.inspect(Pal.longest("babad"))
IO.inspect(Pal.longest("forgeeksskeegfor"))
IO.inspect(Pal.longest("abacdfgdcaba"))
IO.inspect(Enum.count(1..10000, &Pal.num_pal?/1))
IO.inspect(Enum.max(for a <- 10..99, b <- a..99, p = a * b, Pal.num_pal?(p), do: p))
