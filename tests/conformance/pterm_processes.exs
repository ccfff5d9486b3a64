defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    parent = self()
    spawn(fn -> :persistent_term.put(:shared, self()); send(parent, :stored) end)
    receive do :stored -> :ok end
    Process.sleep(10)
    IO.inspect(is_pid(:persistent_term.get(:shared)))
    IO.inspect(Process.alive?(:persistent_term.get(:shared)))
    spawn(fn -> send(parent, {:got, :persistent_term.get(:shared) |> is_pid()}) end)
    receive do {:got, v} -> IO.inspect(v) end
  end
end

X.run()
