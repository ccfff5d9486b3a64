defmodule Fc do
  def pos(x) when x > 0, do: x
end
IO.puts("calling")
Fc.pos(String.length(""))
