defmodule ProcRequestRef do
  def server do
    receive do
      {{from, ref}, {:square, n}, delay} ->
        spawn(fn ->
          Process.sleep(delay)
          send(from, {ref, n * n})
        end)
        server()
    end
  end

  def request(srv, n, delay) do
    ref = make_ref()
    send(srv, {{self(), ref}, {:square, n}, delay})
    ref
  end

  def await(ref) do
    receive do
      {^ref, result} -> result
    end
  end

  def run do
    srv = spawn(&server/0)
    r1 = request(srv, 3, 150)
    r2 = request(srv, 4, 0)
    r3 = request(srv, 5, 50)
    IO.inspect(r1 != r2 and r2 != r3)
    IO.inspect(await(r1))
    IO.inspect(Process.info(self(), :message_queue_len))
    IO.inspect(await(r3))
    IO.inspect(await(r2))
    IO.inspect(Process.info(self(), :message_queue_len))
  end
end

ProcRequestRef.run()
