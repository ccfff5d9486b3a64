# IEx.Helpers.i/1 on tuples, maps and structs (a struct's type is its module).
defmodule Point do
  defstruct x: 0, y: 0
end

defmodule Main do
  def run do
    terms = [
      {}, {1, 2}, {:ok, "value"}, %{}, %{a: 1}, %{"k" => [1, 2]}, %Point{x: 1, y: 2},
      1..3, 10..1//-3, %RuntimeError{message: "boom"}, %ArgumentError{},
      %Task{mfa: nil, owner: nil, pid: nil, ref: nil}
    ]

    Enum.each(terms, fn term -> IO.inspect(IEx.Helpers.i(term)) end)
  end
end

Main.run()
