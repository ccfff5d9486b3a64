defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    t = :ets.new(:t, [:bag])
    :ets.insert(t, [{:a, 1}, {:a, 2}, {:b, 1}, {:c, 1}])
    IO.inspect(:ets.match_delete(t, {:_, 1}))
    IO.inspect(Enum.sort(:ets.tab2list(t)))
    m = %{name: "x", age: 3}
    s = :ets.new(:s, [:ordered_set])
    :ets.insert(s, [{1, m}, {2, %{name: "y", age: 4}}])
    IO.inspect(:ets.match_object(s, {:_, %{name: "x"}}))
    IO.inspect(:ets.match(s, {:"$1", %{age: :"$2"}}))
  end
end

X.run()
