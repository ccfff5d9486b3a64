defmodule X do
  def run do
    r =
      Task.async_stream([10, 500, 20], fn x -> Process.sleep(x); x end, timeout: 100, on_timeout: :kill_task, max_concurrency: 3)
      |> Enum.to_list()
    IO.inspect(r)
    r =
      Task.async_stream([10, 500], fn x -> Process.sleep(x); x end, timeout: 100, on_timeout: :kill_task, zip_input_on_exit: true)
      |> Enum.to_list()
    IO.inspect(r)
  end
end

X.run()
