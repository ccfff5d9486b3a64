defmodule Hanoi do
  def solve(0, _from, _to, _via), do: []
  def solve(n, from, to, via) do
    solve(n - 1, from, via, to) ++ [{n, from, to}] ++ solve(n - 1, via, to, from)
  end
  def simulate(moves, n) do
    start = %{a: Enum.to_list(1..n), b: [], c: []}
    Enum.reduce(moves, start, fn {disk, from, to}, pegs ->
      [^disk | rest] = pegs[from]
      case pegs[to] do
        [top | _] when top < disk -> raise "illegal move"
        _ -> %{pegs | from => rest, to => [disk | pegs[to]]}
      end
    end)
  end
end
moves = Hanoi.solve(3, :a, :c, :b)
Enum.each(moves, fn {d, f, t} -> IO.puts("move disk #{d} from #{f} to #{t}") end)
IO.inspect(length(Hanoi.solve(10, :a, :c, :b)))
IO.inspect(Hanoi.simulate(moves, 3))
IO.inspect(Hanoi.simulate(Hanoi.solve(8, :a, :c, :b), 8))
