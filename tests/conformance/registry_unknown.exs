defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    m(fn -> Registry.lookup(NotStarted, :k) end)
    m(fn -> Registry.register(NotStarted, :k, 1) end)
    m(fn -> Registry.start_link(keys: :bogus, name: R) end)
    {:ok, _} = Registry.start_link(keys: :unique, name: R)
    IO.inspect(Registry.start_link(keys: :unique, name: R) |> elem(0))
  end
end

X.run()
