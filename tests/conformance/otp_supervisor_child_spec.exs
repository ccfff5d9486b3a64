defmodule W do
  use GenServer
  def init(s), do: {:ok, s}
end

defmodule X do
  def run do
    IO.inspect(Supervisor.child_spec(%{id: :a, start: {M, :f, []}}, restart: :temporary))
    IO.inspect(Supervisor.child_spec({Agent, fn -> 1 end}, id: :my_agent) |> Map.take([:id]))
    IO.inspect(Supervisor.child_spec(W, shutdown: 10))
    IO.inspect(Supervisor.child_spec({W, 5}, []))
    try do
      Supervisor.child_spec(%{id: :a, start: {M, :f, []}}, foo: 1)
    rescue
      e in ArgumentError -> IO.puts(e.message)
    end
    try do
      Supervisor.child_spec("nope", [])
    rescue
      e in ArgumentError -> IO.puts(e.message)
    end
  end
end

X.run()
