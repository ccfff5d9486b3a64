defmodule X do
  def run do
    IO.puts("looking")
    :persistent_term.get(:not_there)
  end
end

X.run()
