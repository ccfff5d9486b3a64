defmodule X do
  def run do
    try do
      Task.async_stream([10, 500], fn x -> Process.sleep(x); x end, timeout: 50) |> Enum.to_list()
    catch
      :exit, r -> IO.inspect(r)
    end
    IO.inspect(Process.info(self(), :message_queue_len))
  end
end

X.run()
