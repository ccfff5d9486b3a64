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
    :ets.insert(t, for(i <- 1..100, do: {i}))
    IO.inspect(:ets.info(t, :size))
    IO.inspect(:ets.delete_all_objects(t))
    IO.inspect(:ets.info(t, :size))
    IO.inspect(:ets.first(t))
    :ets.insert(t, {7})
    IO.inspect(:ets.tab2list(t))
  end
end

X.run()
