r = try do raise "x" rescue e -> {e, is_list(__STACKTRACE__)} end
IO.inspect(r)
r = try do throw(:t) catch k, v -> {k, v, is_list(__STACKTRACE__)} end
IO.inspect(r)
defmodule R do
  def f do
    try do
      raise ArgumentError, "bad"
    rescue
      e -> reraise e, __STACKTRACE__
    end
  end
end
try do R.f() rescue e -> IO.inspect(e) end
try do
  try do exit(:boom) catch :exit, r -> :erlang.raise(:exit, {:wrapped, r}, __STACKTRACE__) end
catch :exit, r -> IO.inspect(r)
end
