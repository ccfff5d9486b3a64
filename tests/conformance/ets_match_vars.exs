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
    :ets.insert(t, [{1, 1, :same}, {2, 3, :diff}, {3, 3, :same}, {4, [4, 5], :list}])
    IO.inspect(:ets.match_object(t, {:"$1", :"$1", :_}))
    IO.inspect(:ets.match(t, {:"$1", :"$1", :_}))
    IO.inspect(:ets.match(t, {:"$2", :_, :"$1"}))
    IO.inspect(:ets.match(t, {:_, [:"$1" | :"$2"], :_}))
    IO.inspect(:ets.match(t, {:_, :_, :same}))
  end
end

X.run()
