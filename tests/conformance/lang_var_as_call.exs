# A name used as a variable that is none is expanded to a call (with a
# warning on stderr): self, node, make_ref and a module's own functions.
defmodule Counter do
  def zero, do: 0
  def one, do: zero + 1
end
IO.inspect(is_pid(self))
IO.inspect(Counter.one())
send self, :hi
receive do
  m -> IO.inspect(m)
end
IO.inspect(is_reference(make_ref))
