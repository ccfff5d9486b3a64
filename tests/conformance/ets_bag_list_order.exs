defmodule X do
  def run do
    b = :ets.new(:b, [:bag])
    :ets.insert(b, {:x, 0})
    :ets.insert(b, [{:x, 1}, {:y, 1}, {:x, 2}, {:x, 0}, {:x, 3}])
    IO.inspect(:ets.lookup(b, :x))
    :ets.insert_new(b, [{:z, 1}, {:z, 2}])
    IO.inspect(:ets.lookup(b, :z))
    IO.inspect(:ets.lookup_element(b, :x, 2))
    d = :ets.new(:d, [:duplicate_bag])
    :ets.insert(d, [{:a, 1}, {:a, 2}, {:a, 3}, {:b, 1}, {:a, 1}])
    IO.inspect(:ets.lookup(d, :a))
    :ets.delete_object(d, {:a, 2})
    :ets.insert(d, {:a, 2})
    IO.inspect(:ets.lookup_element(d, :a, 2))
    s = :ets.new(:s, [:set])
    :ets.insert(s, [{1, :a}, {1, :b}])
    IO.inspect(:ets.lookup(s, 1))
  end
end

X.run()
