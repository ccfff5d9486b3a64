defmodule User do
  defstruct name: "anon", age: 0, tags: []
end
defmodule Main do
  def run do
    u = %User{}
    IO.inspect(u)
    u2 = %User{name: "Ann", age: 30}
    IO.inspect(u2)
    IO.inspect(u2.name)
    u3 = %{u2 | age: 31}
    IO.inspect(u3)
    u4 = %User{u3 | tags: [:admin]}
    IO.inspect(u4)
    IO.inspect(u4.__struct__)
    IO.inspect(is_map(u4))
    IO.inspect(is_struct(u4))
    IO.inspect(is_struct(u4, User))
    IO.inspect(Map.keys(u4))
    IO.inspect(Map.from_struct(u4))
    IO.inspect(map_size(u4))
    IO.inspect(u4 == %User{name: "Ann", age: 31, tags: [:admin]})
    IO.inspect(struct(User, name: "Bob"))
    IO.inspect(struct(User, %{age: 5, bogus: 1}))
    IO.inspect(Map.put(u, :age, 99))
  end
end
Main.run()
