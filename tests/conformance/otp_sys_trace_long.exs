defmodule Counter do
  use GenServer

  def init(n), do: {:ok, n}

  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_call({:add, k}, _from, n), do: {:reply, n + k, n + k}
  def handle_call(:slow, _from, n) do
    Process.sleep(200)
    {:reply, :late, n}
  end
  def handle_call(:boom, _from, _n), do: raise("boom in call")
  def handle_call(:bad, _from, _n), do: :oops
  def handle_call(:stop, _from, n), do: {:stop, :normal, :stopping, n}
  def handle_call(:throw, _from, n), do: throw({:reply, {:thrown, n}, n})

  def handle_cast({:add, k}, n), do: {:noreply, n + k}
  def handle_cast(:stop, n), do: {:stop, :normal, n}
  def handle_cast({:stop, r}, n), do: {:stop, r, n}

  def handle_info({:add, k}, n), do: {:noreply, n + k}
  def handle_info(_msg, n), do: {:noreply, n}
end

defmodule X do
  def run do
    {:ok, _} = GenServer.start_link(Counter, 1, name: :long)
    :sys.trace(:long, true)
    send(:long, {:data, Enum.to_list(1..40)})
    send(:long, {:nested, [a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11]})
    send(:long, %{alpha: "aaaaaaaaaaaaaaaaaaaa", beta: "bbbbbbbbbbbbbbbbbbbbbbbbb", gamma: [1, 2, 3, 4, 5, 6, 7]})
    send(:long, {{:a, :b, :c, :d, :e, :f, :g}, {"one", "two", "three", "four", "five", "six", "seven"}})
    send(:long, [{:x, "a long string value here"}, {:y, "another long string value"}, {:z, 3}])
    send(:long, {:deep, {:level1, {:level2, {:level3, [:aaaaaaaaaa, :bbbbbbbbbb, :cccccccccc, :dddddddddd]}}}})
    send(:long, %{{:composite, :key, "with a string"} => [1, 2, 3], :other_key => {:value, "string value"}})
    :sys.get_state(:long)
  end
end

X.run()
