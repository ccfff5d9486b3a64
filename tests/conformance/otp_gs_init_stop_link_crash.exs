defmodule St do
  use GenServer
  def init(r), do: {:stop, r}
end

defmodule X do
  def run do
    IO.puts("before")
    r = GenServer.start_link(St, :bad_thing)
    IO.inspect(r)
    Process.sleep(100)
    IO.puts("not reached")
  end
end

X.run()
