defmodule ProcInfoCallShapes do
  def wait_here do
    receive do
      :stop -> :ok
    end
  end

  def run do
    pid = spawn(ProcInfoCallShapes, :wait_here, [])
    Process.sleep(20)
    {:initial_call, ic} = Process.info(pid, :initial_call)
    IO.inspect(is_tuple(ic) and tuple_size(ic) == 3)
    {:current_function, cf} = Process.info(pid, :current_function)
    IO.inspect(is_tuple(cf) and tuple_size(cf) == 3)
    IO.inspect(ic)
    IO.inspect(cf)
    anon = spawn(fn -> receive do :stop -> :ok end end)
    {:initial_call, ic2} = Process.info(anon, :initial_call)
    IO.inspect(tuple_size(ic2))
    {:current_function, cf2} = Process.info(self(), :current_function)
    IO.inspect(tuple_size(cf2))
    info = Process.info(pid)
    IO.inspect(is_list(info))
    IO.inspect(Keyword.has_key?(info, :status))
    IO.inspect(Keyword.get(info, :message_queue_len))
    send(pid, :stop)
    send(anon, :stop)
  end
end

ProcInfoCallShapes.run()
