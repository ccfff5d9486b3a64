defmodule X do
  def run do
    try do
      :sys.get_state(:nope)
    catch
      :exit, r -> IO.inspect(r)
    end
    try do
      :sys.suspend(:nope)
    catch
      :exit, r -> IO.inspect(r)
    end
    try do
      :sys.trace(:nope, true)
    catch
      :exit, r -> IO.inspect(r)
    end
    try do
      :sys.get_state(:nope, 100)
    catch
      :exit, r -> IO.inspect(r)
    end
  end
end

X.run()
