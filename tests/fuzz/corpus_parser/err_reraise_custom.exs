defmodule AppError do
  defexception [:code, message: "application failure"]
end
try do
  raise AppError, code: 42
rescue
  e -> IO.inspect(e); raise e
end
