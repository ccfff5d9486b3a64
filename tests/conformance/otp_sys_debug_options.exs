defmodule S do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_cast(m, s), do: {:noreply, [m | s]}
end

defmodule X do
  def run do
    {:ok, pid} = GenServer.start_link(S, [], name: :dbg, debug: [:trace])
    GenServer.cast(:dbg, :a)
    IO.inspect(:sys.get_state(pid))
    :sys.log(:dbg, true)
    GenServer.cast(:dbg, {:c, "x"})
    IO.inspect(:sys.log(:dbg, :get))
    :sys.no_debug(:dbg)
    GenServer.cast(:dbg, :d)
    IO.inspect(:sys.get_state(:dbg))
    IO.inspect(:sys.statistics(:dbg, true))
  end
end

X.run()
