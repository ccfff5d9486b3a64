defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def handle(entries, extra) do
    IO.inspect({Enum.map(entries, &elem(&1, 1)), extra})
  end

  def run do
    {:ok, _} = Registry.start_link(keys: :unique, name: Disp)
    IO.inspect(Registry.dispatch(Disp, :nobody, fn _ -> IO.puts("never") end))
    Registry.register(Disp, :me, 42)
    IO.inspect(Registry.dispatch(Disp, :me, {X, :handle, [:extra]}))
  end
end

X.run()
