defmodule ProcProgParallelSum do
  def run do
    parent = self()
    chunks = Enum.chunk_every(1..10_000, 1000)
    IO.inspect(length(chunks))
    chunks
    |> Enum.with_index()
    |> Enum.each(fn {chunk, i} ->
      spawn(fn -> send(parent, {:partial, i, Enum.sum(chunk)}) end)
    end)
    partials = for _ <- chunks do
      receive do
        {:partial, i, s} -> {i, s}
      end
    end
    sorted = Enum.sort(partials)
    IO.inspect(Enum.map(sorted, &elem(&1, 1)))
    total = sorted |> Enum.map(&elem(&1, 1)) |> Enum.sum()
    IO.inspect(total)
    IO.inspect(total == Enum.sum(1..10_000))
  end
end

ProcProgParallelSum.run()
