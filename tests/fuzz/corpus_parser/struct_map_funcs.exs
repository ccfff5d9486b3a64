defmodule Item do
  defstruct name: "", price: 0, qty: 1
end
defmodule Shop do
  def run do
    items = [%Item{name: "pen", price: 3, qty: 10}, %Item{name: "book", price: 20}, %Item{name: "cup", price: 7, qty: 2}]
    IO.inspect(Enum.map(items, & &1.name))
    IO.inspect(Enum.sum(Enum.map(items, &(&1.price * &1.qty))))
    IO.inspect(Enum.sort_by(items, & &1.price, :desc) |> Enum.map(& &1.name))
    i = hd(items)
    IO.inspect(Map.get(i, :price))
    IO.inspect(Map.fetch(i, :nope))
    IO.inspect(Map.has_key?(i, :qty))
    IO.inspect(Map.to_list(i))
    IO.inspect(Map.take(i, [:name, :qty]))
    IO.inspect(Map.drop(i, [:name]))
    IO.inspect(Map.update!(i, :qty, &(&1 + 1)))
    IO.inspect(Map.values(i))
    IO.inspect(Enum.group_by(items, &(&1.price > 5), & &1.name))
    IO.inspect(Enum.max_by(items, & &1.price).name)
  end
end
Shop.run()
