defmodule Math.Util do
  def square(x), do: x * x
  def cube(x), do: x * square(x)
end
defmodule Geometry do
  alias Math.Util
  def volume(side), do: Util.cube(side)
  def area(side), do: Util.square(side)
end
defmodule Report do
  alias Math.Util, as: U
  import Geometry, only: [volume: 1]
  def run do
    IO.puts("square=#{U.square(4)} volume=#{volume(3)} area=#{Geometry.area(5)}")
  end
  defp secret, do: :private
  def reveal, do: secret()
end
Report.run()
IO.inspect(Report.reveal())
IO.inspect(Math.Util.cube(2))
IO.inspect(Math.Util)
IO.inspect(Report)
IO.inspect(is_atom(Math.Util))
IO.inspect(Atom.to_string(Math.Util))
IO.inspect(Module.split(Math.Util))
IO.inspect(Module.concat([Math, Util]))
IO.inspect(function_exported?(Report, :secret, 0))
defmodule Outer do
  defmodule Inner do
    def hi, do: :inner_hi
  end
  def call, do: Inner.hi()
end
IO.inspect(Outer.call())
IO.inspect(Outer.Inner.hi())
