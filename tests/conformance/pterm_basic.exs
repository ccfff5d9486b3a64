defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    IO.inspect(:persistent_term.put(:config, %{mode: :fast}))
    IO.inspect(:persistent_term.get(:config))
    IO.inspect(:persistent_term.get(:missing, :default))
    IO.inspect(:persistent_term.put({MyApp, :key}, [1, 2, 3]))
    IO.inspect(:persistent_term.get({MyApp, :key}))
    IO.inspect(:persistent_term.put(:config, :replaced))
    IO.inspect(:persistent_term.get(:config))
    IO.inspect(:persistent_term.erase(:config))
    IO.inspect(:persistent_term.erase(:config))
    IO.inspect(:persistent_term.get(:config, nil))
  end
end

X.run()
