defmodule Work do
  def process(items) do
    Enum.each(items, fn
      i when is_integer(i) -> IO.puts("processing #{i}")
      other -> raise ArgumentError, "cannot process #{inspect(other)}"
    end)
  end
end
Work.process([1, 2, :bad, 3])
