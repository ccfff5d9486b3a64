defmodule Special do
  def start_link(n) do
    :proc_lib.start_link(Special, :init, [self(), n])
  end

  def init(parent, n) do
    debug = :sys.debug_options([])
    :proc_lib.init_ack(parent, {:ok, self()})
    loop(parent, debug, n)
  end

  defp loop(parent, debug, n) do
    receive do
      {:system, from, request} ->
        :sys.handle_system_msg(request, from, parent, Special, debug, n)

      {:add, k} = msg ->
        debug = :sys.handle_debug(debug, &write_debug/3, :special, {:in, msg})
        loop(parent, debug, n + k)

      {:get, from} ->
        send(from, {:value, n})
        loop(parent, debug, n)
    end
  end

  def write_debug(dev, event, name) do
    :io.format(dev, '~p event = ~p~n', [name, event])
  end

  def system_continue(parent, debug, n), do: loop(parent, debug, n)
  def system_terminate(reason, _parent, _debug, _n), do: exit(reason)
  def system_get_state(n), do: {:ok, n}
  def system_replace_state(fun, n) do
    n2 = fun.(n)
    {:ok, n2, n2}
  end
  def system_code_change(n, _, _, _), do: {:ok, n}
end

defmodule X do
  def run do
    {:ok, pid} = Special.start_link(10)
    IO.inspect(:sys.get_state(pid))
    send(pid, {:add, 5})
    IO.inspect(:sys.get_state(pid))
    IO.inspect(:sys.replace_state(pid, fn n -> n * 2 end))
    :sys.suspend(pid)
    send(pid, {:add, 1})
    send(pid, {:get, self()})
    receive do
      m -> IO.inspect({:unexpected, m})
    after
      50 -> IO.puts("suspended: no answer")
    end
    :sys.resume(pid)
    receive do
      m -> IO.inspect(m)
    end
    :sys.trace(pid, true)
    send(pid, {:add, 100})
    send(pid, {:get, self()})
    receive do
      m -> IO.inspect(m)
    end
    {:dictionary, d} = Process.info(pid, :dictionary)
    IO.inspect(Keyword.get(d, :"$initial_call"))
    IO.inspect(Keyword.get(d, :"$ancestors") == [self()])
    ref = Process.monitor(pid)
    :sys.terminate(pid, :normal)
    receive do
      {:DOWN, ^ref, _, _, r} -> IO.inspect({:down, r})
    end
  end
end

X.run()
