# The higher-order parts of :ets (the tables themselves are C BIFs, engine/ets.c):
# folds run the fun over a snapshot taken with tab2list, in table order.

defmodule :ets do
  def foldl(fun, acc, table), do: :lists.foldl(fun, acc, :ets.tab2list(table))

  def foldr(fun, acc, table), do: :lists.foldr(fun, acc, :ets.tab2list(table))
end
