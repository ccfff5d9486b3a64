# Enum's higher-order functions, in Elixir on top of the C built-ins (DESIGN rule
# 4: a BIF never calls back into Elixir code). First-order helpers are in C.

defmodule Enum do
  def map(enum, fun) when is_list(enum), do: map_list(enum, fun, [])
  def map(enum, fun), do: map_list(Kernel.__for_list__(enum), fun, [])

  defp map_list([h | t], fun, acc), do: map_list(t, fun, [fun.(h) | acc])
  defp map_list([], _fun, acc), do: :lists.reverse(acc)

  def filter(enum, fun), do: filter_list(Kernel.__for_list__(enum), fun, [])

  defp filter_list([h | t], fun, acc) do
    if fun.(h), do: filter_list(t, fun, [h | acc]), else: filter_list(t, fun, acc)
  end

  defp filter_list([], _fun, acc), do: :lists.reverse(acc)

  def reject(enum, fun), do: filter(enum, fn x -> !fun.(x) end)

  def reduce(enum, acc, fun), do: reduce_list(Kernel.__for_list__(enum), acc, fun)

  def reduce(enum, fun) do
    case Kernel.__for_list__(enum) do
      [h | t] -> reduce_list(t, h, fun)
      [] -> raise Enum.EmptyError
    end
  end

  defp reduce_list([h | t], acc, fun), do: reduce_list(t, fun.(h, acc), fun)
  defp reduce_list([], acc, _fun), do: acc

  def each(enum, fun) do
    each_list(Kernel.__for_list__(enum), fun)
    :ok
  end

  defp each_list([h | t], fun) do
    fun.(h)
    each_list(t, fun)
  end

  defp each_list([], _fun), do: :ok

  def member?(enum, x), do: :lists.member(x, Kernel.__for_list__(enum))

  def into(list, %{} = map) when not is_struct(map),
    do: reduce(list, map, fn {k, v}, acc -> :maps.put(k, v, acc) end)

  def into(list, bin) when is_binary(bin),
    do: bin <> :erlang.iolist_to_binary(map(list, &to_string/1))

  def into(list, into) when is_list(into), do: into ++ Kernel.__for_list__(list)

  def join(enum, sep \\ "") do
    enum |> map(&to_string/1) |> join_list(sep, [])
  end

  defp join_list([], _sep, _acc), do: ""
  defp join_list([h], _sep, acc), do: :erlang.iolist_to_binary(:lists.reverse([h | acc]))
  defp join_list([h | t], sep, acc), do: join_list(t, sep, [sep, h | acc])

  def map_join(enum, sep \\ "", fun), do: enum |> map(fun) |> join(sep)
end

defmodule Enum.EmptyError do
  defexception message: "empty error"
end
