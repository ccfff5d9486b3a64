# IEx.Helpers.h/1 for functions whose whole documentation is one paragraph
# (proclab keeps only the first), and h's messages when there is nothing to show.
defmodule Mine do
  def f, do: :ok
end

defmodule Main do
  require IEx.Helpers

  def run do
    IO.inspect(IEx.Helpers.h({Task.Supervisor, :terminate_child, 2}))
    IO.inspect(IEx.Helpers.h({Task.Supervisor, :terminate_child}))
    IO.inspect(IEx.Helpers.h({PartitionSupervisor, :partitions}))
    IO.inspect(IEx.Helpers.h({Enum, :chunk_every, 2}))
    IO.inspect(IEx.Helpers.h({Enum, :no_such_function}))
    IO.inspect(IEx.Helpers.h({Enum, :map, 7}))
    IO.inspect(IEx.Helpers.h(NoSuchModule))
    IO.inspect(IEx.Helpers.h({NoSuchModule, :f}))
    IO.inspect(IEx.Helpers.h({NoSuchModule, :f, 1}))
    IO.inspect(IEx.Helpers.h(Mine))
    IO.inspect(IEx.Helpers.h({Mine, :f}))
    IO.inspect(IEx.Helpers.h({Mine, :f, 0}))
    IO.inspect(IEx.Helpers.h("not a module"))
  end
end

Main.run()
