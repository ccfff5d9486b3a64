defmodule ProcSpawnBadArg do
  def run do
    try do
      spawn(:not_a_function)
    rescue
      e in ArgumentError -> IO.puts(Exception.message(e))
    end
    try do
      spawn(42)
    rescue
      e -> IO.inspect(e.__struct__)
    end
    try do
      spawn_link("nope")
    rescue
      e -> IO.inspect(e.__struct__)
    end
    IO.puts("done")
  end
end

ProcSpawnBadArg.run()
