defmodule Def do
  def greet(name, greeting \\ "Hello"), do: "#{greeting}, #{name}!"
  def range(a \\ 1, b \\ 10), do: {a, b}
  def mid(a, b \\ :b, c), do: {a, b, c}
  def join(list, sep \\ ", ")
  def join([], _sep), do: ""
  def join(list, sep), do: Enum.join(list, sep)
  def computed(x \\ 2 * 21), do: x
end
IO.puts(Def.greet("Ann"))
IO.puts(Def.greet("Bob", "Hi"))
IO.inspect(Def.range())
IO.inspect(Def.range(5))
IO.inspect(Def.range(5, 6))
IO.inspect(Def.mid(1, 3))
IO.inspect(Def.mid(1, 2, 3))
IO.inspect(Def.join([1, 2, 3]))
IO.inspect(Def.join([1, 2, 3], "-"))
IO.inspect(Def.join([]))
IO.inspect(Def.computed())
IO.inspect(function_exported?(Def, :greet, 1))
IO.inspect(function_exported?(Def, :greet, 2))
IO.inspect(function_exported?(Def, :greet, 3))
