defmodule Words do
  @ones ~w(zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen)
  @tens ~w(_ _ twenty thirty forty fifty sixty seventy eighty ninety)
  def say(n) when n < 20, do: Enum.at(@ones, n)
  def say(n) when n < 100 do
    t = Enum.at(@tens, div(n, 10))
    if rem(n, 10) == 0, do: t, else: "#{t}-#{say(rem(n, 10))}"
  end
  def say(n) when n < 1000, do: join(say(div(n, 100)) <> " hundred", rem(n, 100))
  def say(n) when n < 1_000_000, do: join(say(div(n, 1000)) <> " thousand", rem(n, 1000))
  def say(n), do: join(say(div(n, 1_000_000)) <> " million", rem(n, 1_000_000))
  defp join(prefix, 0), do: prefix
  defp join(prefix, rest), do: prefix <> " " <> say(rest)
end
for n <- [0, 7, 13, 20, 42, 99, 100, 101, 342, 1000, 1001, 12345, 999_999, 1_000_000, 7_654_321] do
  IO.puts("#{n}: #{Words.say(n)}")
end
total = 1..1000 |> Enum.map(&Words.say/1) |> Enum.map(&String.replace(&1, [" ", "-"], "")) |> Enum.map(&String.length/1) |> Enum.sum()
IO.inspect(total)
