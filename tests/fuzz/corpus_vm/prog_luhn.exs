defmodule Luhn do
  def valid?(number) do
    digits = number |> String.replace(" ", "") |> String.graphemes()
    if length(digits) < 2 or Enum.any?(digits, &(&1 not in ~w(0 1 2 3 4 5 6 7 8 9))) do
      false
    else
      sum =
        digits
        |> Enum.map(&String.to_integer/1)
        |> Enum.reverse()
        |> Enum.with_index()
        |> Enum.map(fn
          {d, i} when rem(i, 2) == 1 -> if d * 2 > 9, do: d * 2 - 9, else: d * 2
          {d, _} -> d
        end)
        |> Enum.sum()
      rem(sum, 10) == 0
    end
  end
  def check_digit(partial) do
    Enum.find(0..9, fn d -> valid?(partial <> Integer.to_string(d)) end)
  end
end
for n <- ["4539 3195 0343 6467", "8273 1232 7352 0569", "059", "0", " 0", "055 444 285", "055a444285", "79927398713"] do
  IO.puts("#{inspect(n)}: #{Luhn.valid?(n)}")
end
IO.inspect(Luhn.check_digit("7992739871"))
