# IEx.Helpers.pid/1 and pid/3 build a pid from its text or its three numbers.
import IEx.Helpers

IO.inspect(pid("0.80.0"))
IO.inspect(pid(0, 80, 0))
IO.inspect(pid(0, 21, 3))
IO.inspect(pid("0.32767.8191"))
IO.inspect(pid("0.007.0"))
IO.inspect(pid("0.80.0") == pid(0, 80, 0))
IO.inspect(is_pid(pid(0, 1, 0)))

for text <- ["garbage", "0.32768.0", "0.1.8192", "1.2.3", "0.1.0 ", "<0.1.0>", "0..0", ""] do
  try do
    pid(text)
  rescue
    e -> IO.inspect({text, e})
  end
end

try do
  pid(0, -1, 0)
rescue
  e -> IO.inspect(e.__struct__)
end

try do
  pid(:not_registered)
rescue
  e -> IO.inspect(e)
end

Process.register(self(), :iex_pid_test)
IO.inspect(pid(:iex_pid_test) == self())
