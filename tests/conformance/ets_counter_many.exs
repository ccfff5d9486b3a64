defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    t = :ets.new(:counters, [:public, :named_table])
    :ets.insert(:counters, {:n, 0})
    Enum.each(1..20000, fn _ -> :ets.update_counter(:counters, :n, 1) end)
    IO.inspect(:ets.lookup(:counters, :n))
    parent = self()
    for _ <- 1..4 do
      spawn(fn -> Enum.each(1..1000, fn i -> :ets.update_counter(:counters, rem(i, 10), 1, {rem(i, 10), 0}) end); send(parent, :done) end)
    end
    for _ <- 1..4, do: receive(do: (:done -> :ok))
    IO.inspect(Enum.map(0..9, fn k -> :ets.lookup_element(:counters, k, 2) end))
  end
end

X.run()
