defmodule Cfg do
  defstruct host: "localhost", port: 80
end
defmodule UseCfg do
  def run do
    c = %Cfg{}
    try do
      %{c | nope: 1}
    rescue
      e -> IO.inspect(e.__struct__); IO.puts(Exception.message(e))
    end
    try do
      struct!(Cfg, bogus: 1)
    rescue
      e -> IO.inspect(e.__struct__); IO.puts(Exception.message(e))
    end
    IO.inspect(struct(Cfg, bogus: 1))
    try do
      Map.fetch!(c, :nope)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.inspect(Map.get(c, :nope))
    IO.inspect(c[:port] || :no_access)
  end
end
try do
  UseCfg.run()
rescue
  e -> IO.inspect(e.__struct__); IO.puts(Exception.message(e))
end
