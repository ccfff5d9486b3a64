defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    m(fn -> :persistent_term.get(:nothing) end)
    m(fn -> :persistent_term.get({:a, 1}) end)
  end
end

X.run()
