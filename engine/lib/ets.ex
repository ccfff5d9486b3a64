# The higher-order parts of :ets (the tables themselves are C BIFs, engine/ets.c).
# As in OTP, the folds walk the table key by key with first/next (last/prev for
# foldr), so they see the table's own order.

defmodule :ets do
  def foldl(fun, acc, table), do: fold(fun, acc, table, :ets.first(table), :next)

  def foldr(fun, acc, table), do: fold(fun, acc, table, :ets.last(table), :prev)

  defp fold(_fun, acc, _table, :"$end_of_table", _step), do: acc

  defp fold(fun, acc, table, key, step) do
    acc = :lists.foldl(fun, acc, :ets.lookup(table, key))
    fold(fun, acc, table, apply(:ets, step, [table, key]), step)
  end
end
