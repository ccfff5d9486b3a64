defmodule P do
  defstruct name: nil, email: nil, age: nil
end
defmodule Go do
  def run do
    people = [
      %P{name: "Alice Anderson", email: "alice@example.com", age: 31},
      %P{name: "Bob Brown", email: "bob@example.com", age: 45},
      %P{name: "Carol Carter", email: "carol@example.com", age: 27}
    ]
    IO.inspect(people)
    IO.inspect(hd(people))
    IO.inspect(%{team: "core", members: people})
    IO.inspect({:ok, hd(people)})
    IO.inspect(Enum.map(people, &Map.take(&1, [:name, :age])))
  end
end
Go.run()
