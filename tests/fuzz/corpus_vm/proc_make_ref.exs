defmodule ProcMakeRef do
  def run do
    r1 = make_ref()
    r2 = make_ref()
    IO.inspect(is_reference(r1))
    IO.inspect(r1 == r2)
    IO.inspect(r1 == r1)
    refs = for _ <- 1..1000, do: make_ref()
    IO.inspect(length(Enum.uniq(refs)))
    IO.inspect(is_reference(:erlang.make_ref()))
    parent = self()
    spawn(fn -> send(parent, {:child_ref, make_ref()}) end)
    receive do
      {:child_ref, r} ->
        IO.inspect(is_reference(r))
        IO.inspect(r in refs)
    end
    send(self(), {r1, :payload})
    receive do
      {^r2, _} -> IO.puts("wrong")
      {^r1, p} -> IO.inspect(p)
    end
    IO.inspect(is_pid(r1))
    IO.inspect(%{r1 => 1, r2 => 2} |> map_size())
  end
end

ProcMakeRef.run()
