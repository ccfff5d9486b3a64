defmodule X do
  def run do
    Process.flag(:trap_exit, true)
    r = Task.async_stream([1, 2, 3], fn 2 -> exit(:bad_two); x -> x end) |> Enum.to_list()
    IO.inspect(r)
  end
end

X.run()
