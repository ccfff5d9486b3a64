defmodule Empty do
  defstruct []
end
defmodule Big do
  defstruct a: 1, b: "two", c: [3, 4], d: %{e: 5}, f: {6, 7}, g: nil, h: :atom, i: 1.5
end
defmodule Nest do
  defstruct inner: nil
end
defmodule Show do
  def run do
    IO.inspect(%Empty{})
    IO.inspect(%Big{})
    IO.inspect(%Nest{inner: %Nest{inner: %Empty{}}})
    IO.inspect([%Empty{}, %Empty{}])
    IO.inspect(%{key: %Empty{}})
    IO.puts(inspect(%Big{}, pretty: true, width: 30))
    IO.inspect(%{__struct__: NotAModule, a: 1})
    IO.inspect(%{__struct__: Empty})
    IO.inspect(%{__struct__: Empty, extra: 1})
    IO.inspect(%{__struct__: "str"})
    IO.inspect(inspect(%Big{}, structs: false))
  end
end
Show.run()
