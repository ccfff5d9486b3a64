defmodule X do
  def run do
    :sys.get_state(:nope)
  end
end

X.run()
