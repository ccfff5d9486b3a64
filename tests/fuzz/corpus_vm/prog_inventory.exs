defmodule Product do
  defstruct [:sku, :name, price: 0.0, stock: 0]
end
defmodule Inventory do
  def new(products), do: Map.new(products, &{&1.sku, &1})
  def restock(inv, sku, qty), do: Map.update!(inv, sku, &%{&1 | stock: &1.stock + qty})
  def sell(inv, sku, qty) do
    case inv do
      %{^sku => %Product{stock: s} = p} when s >= qty -> {:ok, %{inv | sku => %{p | stock: s - qty}}, p.price * qty}
      %{^sku => _} -> {:error, :out_of_stock}
      _ -> {:error, :unknown_sku}
    end
  end
  def value(inv), do: inv |> Map.values() |> Enum.map(&(&1.price * &1.stock)) |> Enum.sum()
  def report(inv) do
    inv
    |> Map.values()
    |> Enum.sort_by(& &1.sku)
    |> Enum.map(fn p -> "#{p.sku} #{String.pad_trailing(p.name, 10)} #{:erlang.float_to_binary(p.price * 1.0, decimals: 2)} x#{p.stock}" end)
  end
end
defmodule Run do
  def main do
    inv = Inventory.new([
      %Product{sku: "A1", name: "widget", price: 2.5, stock: 10},
      %Product{sku: "B2", name: "gadget", price: 10.0, stock: 2},
      %Product{sku: "C3", name: "doohickey", price: 0.75}
    ])
    {:ok, inv, revenue} = Inventory.sell(inv, "A1", 4)
    IO.inspect(revenue)
    IO.inspect(Inventory.sell(inv, "B2", 3))
    IO.inspect(Inventory.sell(inv, "Z9", 1))
    inv = Inventory.restock(inv, "C3", 100)
    Enum.each(Inventory.report(inv), &IO.puts/1)
    IO.inspect(Inventory.value(inv))
    IO.inspect(inv["B2"])
  end
end
Run.main()
