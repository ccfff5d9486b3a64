defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    o = :ets.new(:o, [:ordered_set])
    :ets.insert(o, {1, :int})
    :ets.insert(o, {1.0, :float})
    IO.inspect(:ets.tab2list(o))
    IO.inspect(:ets.lookup(o, 1))
    IO.inspect(:ets.member(o, 1.0))
    :ets.delete(o, 1.0)
    IO.inspect(:ets.tab2list(o))
    s = :ets.new(:s, [:set])
    :ets.insert(s, {1, :int})
    IO.inspect(:ets.member(s, 1.0))
  end
end

X.run()
