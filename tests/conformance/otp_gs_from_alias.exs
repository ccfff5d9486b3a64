defmodule Echo do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_call(:from, from, s), do: {:reply, from, s}
end

defmodule X do
  def run do
    {:ok, pid} = GenServer.start_link(Echo, nil)
    {from_pid, tag} = GenServer.call(pid, :from)
    IO.inspect(from_pid == self())
    [a | ref] = tag
    IO.inspect(a)
    IO.inspect(is_reference(ref))
    {from_pid2, [_ | ref2]} = GenServer.call(pid, :from)
    IO.inspect({from_pid2 == self(), ref2 != ref})
  end
end

X.run()
