defmodule ProcMessageCopy do
  def run do
    big = %{
      list: Enum.to_list(1..5000),
      map: Map.new(1..200, fn i -> {i, Integer.to_string(i)} end),
      bin: String.duplicate("abc", 10_000),
      tuple: List.to_tuple(Enum.to_list(1..100)),
      nested: [a: [b: [c: {:deep, 1.5, "x"}]]]
    }
    echo = spawn(fn ->
      receive do
        {from, term} -> send(from, {:back, term})
      end
    end)
    send(echo, {self(), big})
    receive do
      {:back, copy} ->
        IO.inspect(copy == big)
        IO.inspect(length(copy.list))
        IO.inspect(map_size(copy.map))
        IO.inspect(byte_size(copy.bin))
        IO.inspect(copy.nested)
    end
    modifier = spawn(fn ->
      receive do
        {from, l} -> send(from, {:modified, [0 | l]})
      end
    end)
    orig = [1, 2, 3]
    send(modifier, {self(), orig})
    receive do
      {:modified, m} -> IO.inspect({orig, m})
    end
  end
end

ProcMessageCopy.run()
