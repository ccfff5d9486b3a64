defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    t = :ets.new(:info_tab, [:bag, :public, {:keypos, 2}, {:read_concurrency, true}, {:write_concurrency, true}])
    for item <- [:type, :protection, :keypos, :named_table, :name, :size, :read_concurrency, :write_concurrency, :compressed, :heir, :node] do
      IO.inspect({item, :ets.info(t, item)})
    end
    info = :ets.info(t)
    IO.inspect(Keyword.keys(info))
    IO.inspect(Keyword.get(info, :owner) == self())
    m(fn -> :ets.info(t, :bogus) end)
    IO.inspect(:ets.info(:no_such_table))
    IO.inspect(:ets.info(:no_such_table, :size))
    m(fn -> :ets.info("str") end)
  end
end

X.run()
