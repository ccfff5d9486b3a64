defmodule ProcReceiveMessageOrder do
  def run do
    send(self(), {:second_clause, 1})
    send(self(), {:first_clause, 2})
    r =
      receive do
        {:first_clause, n} -> {:matched_first_clause, n}
        {:second_clause, n} -> {:matched_second_clause, n}
      end
    IO.inspect(r)
    r2 =
      receive do
        {:first_clause, n} -> {:matched_first_clause, n}
        {:second_clause, n} -> {:matched_second_clause, n}
      end
    IO.inspect(r2)
    send(self(), 5)
    send(self(), :atom)
    send(self(), 1)
    r3 =
      receive do
        x when is_atom(x) -> {:atom, x}
        x when x < 3 -> {:small, x}
      end
    IO.inspect(r3)
    r4 =
      receive do
        x when x < 3 -> {:small, x}
      end
    IO.inspect(r4)
    IO.inspect(Process.info(self(), :messages))
  end
end

ProcReceiveMessageOrder.run()
