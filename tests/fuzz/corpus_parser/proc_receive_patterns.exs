defmodule ProcReceivePatterns do
  def classify do
    receive do
      {:add, a, b} -> {:sum, a + b}
      {:list, [h | _]} -> {:head, h}
      {:map, %{key: v}} -> {:key, v}
      <<"bin:", rest::binary>> -> {:bin, rest}
      n when is_integer(n) -> {:int, n}
      {:tuple, {x, x}} -> {:pair_same, x}
      {:tuple, {x, y}} -> {:pair, x, y}
      other -> {:other, other}
    after
      0 -> :done
    end
  end

  def loop(acc) do
    case classify() do
      :done -> Enum.reverse(acc)
      r -> loop([r | acc])
    end
  end

  def run do
    msgs = [{:add, 1, 2}, {:list, [9, 8]}, {:map, %{key: "v", z: 1}}, "bin:tail",
            17, {:tuple, {3, 3}}, {:tuple, {3, 4}}, :atom, {:list, []}, 2.0]
    Enum.each(msgs, &send(self(), &1))
    Enum.each(loop([]), &IO.inspect/1)
  end
end

ProcReceivePatterns.run()
