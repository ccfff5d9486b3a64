defmodule Sieve do
  def primes(n) when n < 2, do: []
  def primes(n), do: sieve(Enum.to_list(2..n), [])
  defp sieve([], acc), do: Enum.reverse(acc)
  defp sieve([p | rest], acc), do: sieve(Enum.reject(rest, &(rem(&1, p) == 0)), [p | acc])

  def map_sieve(n) do
    composite =
      Enum.reduce(2..n, %{}, fn i, set ->
        if i * i > n, do: set, else: Enum.reduce((i * i)..n//i, set, &Map.put(&2, &1, true))
      end)
    Enum.reject(2..n, &Map.has_key?(composite, &1))
  end

  def prime?(n) when n < 2, do: false
  def prime?(n), do: Enum.all?(2..max(2, trunc(:math.sqrt(n))), fn d -> d == n or rem(n, d) != 0 end)
end
IO.inspect(Sieve.primes(100))
IO.inspect(Sieve.map_sieve(100) == Sieve.primes(100))
IO.inspect(length(Sieve.map_sieve(10_000)))
IO.inspect(Enum.filter(1..30, &Sieve.prime?/1))
IO.inspect(Sieve.primes(1))
IO.inspect(Enum.sum(Sieve.map_sieve(1000)))
IO.inspect(List.last(Sieve.map_sieve(5000)))
