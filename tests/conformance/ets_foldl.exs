defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    t = :ets.new(:t, [:ordered_set])
    :ets.insert(t, for(i <- 1..10, do: {i, i * 2}))
    IO.inspect(:ets.foldl(fn {_k, v}, acc -> acc + v end, 0, t))
    IO.inspect(:ets.foldl(fn {k, _}, acc -> [k | acc] end, [], t))
    IO.inspect(:ets.foldr(fn {k, _}, acc -> [k | acc] end, [], t))
    s = :ets.new(:s, [])
    :ets.insert(s, [{:a, 1}, {:b, 2}])
    IO.inspect(:ets.foldl(fn {_, v}, acc -> acc * 10 + v end, 0, s) in [12, 21])
    m(fn -> :ets.foldl(fn _, a -> a end, 0, :nope) end)
  end
end

X.run()
