defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    {:ok, _} = Registry.start_link(keys: :unique, name: Meta, meta: [custom: :value])
    IO.inspect(Registry.meta(Meta, :custom))
    IO.inspect(Registry.meta(Meta, :unknown))
    IO.inspect(Registry.put_meta(Meta, :custom, :changed))
    IO.inspect(Registry.meta(Meta, :custom))
    {:ok, _} = Registry.register(Meta, :counter, 1)
    IO.inspect(Registry.update_value(Meta, :counter, &(&1 + 1)))
    IO.inspect(Registry.lookup(Meta, :counter) |> Enum.map(&elem(&1, 1)))
    IO.inspect(Registry.update_value(Meta, :other, &(&1 + 1)))
  end
end

X.run()
