defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    m(fn -> :ets.new("name", []) end)
    m(fn -> :ets.new(:t, [:bogus]) end)
    m(fn -> :ets.new(:t, [{:keypos, 0}]) end)
    m(fn -> :ets.new(:t, :set) end)
    m(fn -> :ets.new(:t, [{:read_concurrency, :maybe}]) end)
    IO.inspect(is_reference(:ets.new(:t, [:set, :bag])))
    IO.inspect(:ets.info(:ets.new(:t, [:set, :bag, :private, :public]), :type))
  end
end

X.run()
