defmodule MyError do
  defexception message: "default my error"
end
defmodule NotFound do
  defexception [:resource, :id]
  @impl true
  def message(%{resource: r, id: id}), do: "#{r} with id #{id} not found"
end
defmodule Wrapped do
  defexception [:inner]
  def message(e), do: "wrapped: " <> Exception.message(e.inner)
end
try do
  raise MyError
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
try do
  raise MyError, message: "overridden"
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  raise MyError, "as string"
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  raise NotFound, resource: "User", id: 42
rescue
  e in NotFound -> IO.inspect(e); IO.puts(Exception.message(e))
end
defmodule Later do
  def run do
    try do
      raise Wrapped, inner: %MyError{}
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.inspect(%MyError{})
    IO.inspect(MyError.exception(message: "m"))
    IO.inspect(Exception.message(%NotFound{resource: "Post", id: 1}))
  end
end
Later.run()
