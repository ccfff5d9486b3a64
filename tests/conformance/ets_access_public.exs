defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    t = :ets.new(:t, [:public, :ordered_set])
    parent = self()
    for i <- 1..3 do
      spawn(fn -> :ets.insert(t, {i, self() != parent}); send(parent, :done) end)
    end
    for _ <- 1..3, do: receive(do: (:done -> :ok))
    IO.inspect(:ets.tab2list(t))
    spawn(fn -> :ets.delete(t, 2) |> IO.inspect(); send(parent, :done) end)
    receive do :done -> :ok end
  end
end

X.run()
