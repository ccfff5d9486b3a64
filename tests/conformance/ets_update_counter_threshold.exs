defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    t = :ets.new(:t, [])
    :ets.insert(t, {:c, 0})
    IO.inspect(for _ <- 1..7, do: :ets.update_counter(t, :c, {2, 1, 3, 0}))
    :ets.insert(t, {:d, 5})
    IO.inspect(for _ <- 1..7, do: :ets.update_counter(t, :d, {2, -2, 0, 10}))
  end
end

X.run()
