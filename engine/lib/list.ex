# List and :lists functions written in Elixir: those that take a function, or
# index arithmetic that reads best here. The first-order work (flatten, key*,
# duplicate, sort ...) is C (engine/bif/bif_lists.c).

defmodule List do
  # first/last are Elixir (not C) so a bad argument names List.first/2, as in Elixir.
  def first(list, default \\ nil)
  def first([], default), do: default
  def first([head | _], _default), do: head

  def last(list, default \\ nil)
  def last([], default), do: default
  def last([head], _default), do: head
  def last([_ | tail], default), do: last(tail, default)

  def foldl(list, acc, fun) when is_list(list) and is_function(fun), do: :lists.foldl(fun, acc, list)
  def foldr(list, acc, fun) when is_list(list) and is_function(fun), do: :lists.foldr(fun, acc, list)

  def delete_at(list, index) when is_integer(index), do: elem(pop_at(list, index), 1)

  def insert_at(list, index, value) when is_list(list) and is_integer(index) do
    case index do
      -1 ->
        list ++ [value]

      _ when index < 0 ->
        case length(list) + index + 1 do
          i when i < 0 -> [value | list]
          i -> do_insert_at(list, i, value, [])
        end

      _ ->
        do_insert_at(list, index, value, [])
    end
  end

  defp do_insert_at([], _index, value, acc), do: :lists.reverse(acc, [value])
  defp do_insert_at(list, 0, value, acc), do: :lists.reverse(acc, [value | list])
  defp do_insert_at([h | t], index, value, acc), do: do_insert_at(t, index - 1, value, [h | acc])

  def replace_at(list, index, value) when is_list(list) and is_integer(index) do
    if index < 0 do
      case length(list) + index do
        i when i < 0 -> list
        i -> do_update_at(list, i, fn _ -> value end, [])
      end
    else
      do_update_at(list, index, fn _ -> value end, [])
    end
  end

  def update_at(list, index, fun) when is_list(list) and is_function(fun) and is_integer(index) do
    if index < 0 do
      case length(list) + index do
        i when i < 0 -> list
        i -> do_update_at(list, i, fun, [])
      end
    else
      do_update_at(list, index, fun, [])
    end
  end

  defp do_update_at([h | t], 0, fun, acc), do: :lists.reverse(acc, [fun.(h) | t])
  defp do_update_at([h | t], index, fun, acc), do: do_update_at(t, index - 1, fun, [h | acc])
  defp do_update_at([], _index, _fun, acc), do: :lists.reverse(acc)

  def pop_at(list, index, default \\ nil) when is_integer(index) do
    if index < 0,
      do: do_pop_at(list, length(list) + index, default, []),
      else: do_pop_at(list, index, default, [])
  end

  defp do_pop_at([], _index, default, acc), do: {default, :lists.reverse(acc)}
  defp do_pop_at([h | t], 0, _default, acc), do: {h, :lists.reverse(acc, t)}
  defp do_pop_at([h | t], index, default, acc), do: do_pop_at(t, index - 1, default, [h | acc])

  def zip([]), do: []
  def zip(lists) when is_list(lists), do: Enum.zip(lists)

  def keysort(list, position, :asc) when is_list(list) and is_integer(position),
    do: List.keysort(list, position)

  def keysort(list, position, :desc) when is_list(list) and is_integer(position),
    do: List.__keysort__(list, position, true)

  def keysort(list, position, sorter) when is_list(list) and is_integer(position) do
    fun = keysort_fun(sorter)
    i = position + 1
    Enum.merge_sort(list, fn a, b -> fun.(:erlang.element(i, a), :erlang.element(i, b)) end)
  end

  defp keysort_fun(fun) when is_function(fun, 2), do: fun
  defp keysort_fun({:asc, module}), do: &(module.compare(&1, &2) != :gt)
  defp keysort_fun({:desc, module}), do: &(module.compare(&1, &2) != :lt)
  defp keysort_fun(module) when is_atom(module), do: &(module.compare(&1, &2) != :gt)

  def keyfind!(list, key, position) when is_integer(position) do
    case :lists.keyfind(key, position + 1, list) do
      false ->
        raise KeyError,
          key: key,
          term: list,
          message: "key #{inspect(key)} at position #{inspect(position)} not found in: #{inspect(list)}"

      tuple ->
        tuple
    end
  end

  def ascii_printable?(list, limit \\ :infinity)
      when is_list(list) and (limit == :infinity or (is_integer(limit) and limit >= 0)),
      do: ascii_printable_guarded?(list, limit)

  defp ascii_printable_guarded?(_, 0), do: true

  defp ascii_printable_guarded?([c | rest], counter)
       when is_integer(c) and ((c >= 7 and c <= 13) or c == 27 or (c >= 32 and c <= 126)),
       do: ascii_printable_guarded?(rest, decrement(counter))

  defp ascii_printable_guarded?([], _counter), do: true
  defp ascii_printable_guarded?(_, _counter), do: false

  defp decrement(:infinity), do: :infinity
  defp decrement(n), do: n - 1

  # ---- Myers difference (as Elixir 1.14's List.myers_difference/2,3) ----

  def myers_difference(list1, list2) when is_list(list1) and is_list(list2),
    do: myers_difference_with_diff_script(list1, list2, nil)

  def myers_difference(list1, list2, diff_script)
      when is_list(list1) and is_list(list2) and is_function(diff_script),
      do: myers_difference_with_diff_script(list1, list2, diff_script)

  defp myers_difference_with_diff_script(list1, list2, diff_script) do
    path = {0, list1, list2, []}
    find_script(0, length(list1) + length(list2), [path], diff_script)
  end

  defp find_script(envelope, max, paths, diff_script) do
    case each_diagonal(-envelope, envelope, paths, [], diff_script) do
      {:done, edits} -> compact_reverse(edits, [])
      {:next, paths} -> find_script(envelope + 1, max, paths, diff_script)
    end
  end

  defp compact_reverse([], acc), do: acc
  defp compact_reverse([{:diff, _} = fragment | rest], acc), do: compact_reverse(rest, [fragment | acc])

  defp compact_reverse([{kind, elem} | rest], [{kind, result} | acc]),
    do: compact_reverse(rest, [{kind, [elem | result]} | acc])

  defp compact_reverse(rest, [{:eq, elem}, {:ins, elem}, {:eq, other} | acc]),
    do: compact_reverse(rest, [{:ins, elem}, {:eq, elem ++ other} | acc])

  defp compact_reverse([{kind, elem} | rest], acc), do: compact_reverse(rest, [{kind, [elem]} | acc])

  defp each_diagonal(diag, limit, _paths, next_paths, _diff_script) when diag > limit,
    do: {:next, :lists.reverse(next_paths)}

  defp each_diagonal(diag, limit, paths, next_paths, diff_script) do
    {path, rest} = proceed_path(diag, limit, paths, diff_script)

    case follow_snake(path) do
      {:cont, path} -> each_diagonal(diag + 2, limit, rest, [path | next_paths], diff_script)
      {:done, edits} -> {:done, edits}
    end
  end

  defp proceed_path(0, 0, [path], _diff_script), do: {path, []}

  defp proceed_path(diag, limit, [path | _] = paths, diff_script) when diag == -limit,
    do: {move_down(path, diff_script), paths}

  defp proceed_path(diag, limit, [path], diff_script) when diag == limit,
    do: {move_right(path, diff_script), []}

  defp proceed_path(_diag, _limit, [path1, path2 | rest], diff_script) do
    if elem(path1, 0) > elem(path2, 0),
      do: {move_right(path1, diff_script), [path2 | rest]},
      else: {move_down(path2, diff_script), [path2 | rest]}
  end

  defp move_right({y, [elem1 | rest1] = list1, [elem2 | rest2], edits}, diff_script)
       when diff_script != nil do
    if diff = diff_script.(elem1, elem2),
      do: {y + 1, rest1, rest2, [{:diff, diff} | edits]},
      else: {y, list1, rest2, [{:ins, elem2} | edits]}
  end

  defp move_right({y, list1, [elem | rest], edits}, _diff_script),
    do: {y, list1, rest, [{:ins, elem} | edits]}

  defp move_right({y, list1, [], edits}, _diff_script), do: {y, list1, [], edits}

  defp move_down({y, [elem1 | rest1], [elem2 | rest2] = list2, edits}, diff_script)
       when diff_script != nil do
    if diff = diff_script.(elem1, elem2),
      do: {y + 1, rest1, rest2, [{:diff, diff} | edits]},
      else: {y + 1, rest1, list2, [{:del, elem1} | edits]}
  end

  defp move_down({y, [elem | rest], list2, edits}, _diff_script),
    do: {y + 1, rest, list2, [{:del, elem} | edits]}

  defp move_down({y, [], list2, edits}, _diff_script), do: {y + 1, [], list2, edits}

  defp follow_snake({y, [elem | rest1], [elem | rest2], edits}),
    do: follow_snake({y + 1, rest1, rest2, [{:eq, elem} | edits]})

  defp follow_snake({_y, [], [], edits}), do: {:done, edits}
  defp follow_snake(path), do: {:cont, path}
end

defmodule :lists do
  def map(fun, list), do: map_list(list, fun, [])

  defp map_list([h | t], fun, acc), do: map_list(t, fun, [fun.(h) | acc])
  defp map_list([], _fun, acc), do: :lists.reverse(acc)

  def filter(fun, list), do: filter_list(list, fun, [])

  defp filter_list([h | t], fun, acc) do
    if fun.(h), do: filter_list(t, fun, [h | acc]), else: filter_list(t, fun, acc)
  end

  defp filter_list([], _fun, acc), do: :lists.reverse(acc)

  def foldl(fun, acc, [h | t]), do: foldl(fun, fun.(h, acc), t)
  def foldl(_fun, acc, []), do: acc

  def foldr(fun, acc, list), do: foldl(fun, acc, :lists.reverse(list))

  def foreach(fun, [h | t]) do
    fun.(h)
    foreach(fun, t)
  end

  def foreach(_fun, []), do: :ok

  def all(fun, [h | t]) do
    if fun.(h) == true, do: all(fun, t), else: false
  end

  def all(_fun, []), do: true

  def any(fun, [h | t]) do
    if fun.(h) == true, do: true, else: any(fun, t)
  end

  def any(_fun, []), do: false

  def dropwhile(fun, [h | t] = list) do
    if fun.(h) == true, do: dropwhile(fun, t), else: list
  end

  def dropwhile(_fun, []), do: []

  def takewhile(fun, list), do: takewhile_list(list, fun, [])

  defp takewhile_list([h | t], fun, acc) do
    if fun.(h) == true, do: takewhile_list(t, fun, [h | acc]), else: :lists.reverse(acc)
  end

  defp takewhile_list([], _fun, acc), do: :lists.reverse(acc)

  def splitwith(fun, list), do: splitwith_list(list, fun, [])

  defp splitwith_list([h | t] = list, fun, acc) do
    if fun.(h) == true, do: splitwith_list(t, fun, [h | acc]), else: {:lists.reverse(acc), list}
  end

  defp splitwith_list([], _fun, acc), do: {:lists.reverse(acc), []}

  def partition(fun, list), do: partition_list(list, fun, [], [])

  defp partition_list([h | t], fun, yes, no) do
    if fun.(h) == true,
      do: partition_list(t, fun, [h | yes], no),
      else: partition_list(t, fun, yes, [h | no])
  end

  defp partition_list([], _fun, yes, no), do: {:lists.reverse(yes), :lists.reverse(no)}

  def flatmap(fun, list), do: Enum.flat_map(list, fun)

  def mapfoldl(fun, acc, list), do: Enum.map_reduce(list, acc, fun)

  def mapfoldr(fun, acc, list) do
    {l, acc} = Enum.map_reduce(:lists.reverse(list), acc, fun)
    {:lists.reverse(l), acc}
  end

  def sort(fun, list), do: Enum.merge_sort(list, fun)

  def usort(fun, list), do: dedup_sorted(Enum.merge_sort(list, fun), fun, [])

  defp dedup_sorted([a, b | t], fun, acc) do
    if fun.(a, b) and fun.(b, a), do: dedup_sorted([a | t], fun, acc), else: dedup_sorted([b | t], fun, [a | acc])
  end

  defp dedup_sorted([a], _fun, acc), do: :lists.reverse([a | acc])
  defp dedup_sorted([], _fun, acc), do: :lists.reverse(acc)

  def filtermap(fun, list), do: filtermap_list(list, fun, [])

  defp filtermap_list([h | t], fun, acc) do
    case fun.(h) do
      true -> filtermap_list(t, fun, [h | acc])
      false -> filtermap_list(t, fun, acc)
      {true, v} -> filtermap_list(t, fun, [v | acc])
    end
  end

  defp filtermap_list([], _fun, acc), do: :lists.reverse(acc)

  def zipwith(fun, a, b), do: Enum.zip_with(a, b, fun)

  def search(fun, [h | t]) do
    if fun.(h), do: {:value, h}, else: search(fun, t)
  end

  def search(_fun, []), do: false
end
