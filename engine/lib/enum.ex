# Enum's higher-order functions, in Elixir on top of the C built-ins (DESIGN rule
# 4: a BIF never calls back into Elixir code). First-order work (reverse, sort/1,
# sum, count, member?, min/max, uniq, zip, join, take/drop, at ...) is in
# engine/bif/bif_enum*.c. Lists, maps ({k, v} pairs) and ranges are enumerable;
# anything else becomes a list through Enum.to_list/1 first. Every loop is
# tail-recursive with an accumulator reversed at the end.

defmodule Enum.EmptyError do
  defexception message: "empty error"
end

defmodule Enum.OutOfBoundsError do
  defexception message: "out of bounds error"
end

defmodule Enum do
  # ---- map / filter / reject / each ----

  def map(enum, fun) when is_list(enum), do: map_list(enum, fun, [])
  def map(%Range{first: f, last: l, step: s}, fun), do: map_range(f, l, s, fun, [])
  def map(enum, fun), do: map_list(Kernel.__for_list__(enum), fun, [])

  defp map_list([h | t], fun, acc), do: map_list(t, fun, [fun.(h) | acc])
  defp map_list([], _fun, acc), do: :lists.reverse(acc)

  defp map_range(f, l, s, fun, acc) when (s > 0 and f <= l) or (s < 0 and f >= l),
    do: map_range(f + s, l, s, fun, [fun.(f) | acc])

  defp map_range(_f, _l, _s, _fun, acc), do: :lists.reverse(acc)

  def filter(enum, fun) when is_list(enum), do: filter_list(enum, fun, [])
  def filter(enum, fun), do: filter_list(Kernel.__for_list__(enum), fun, [])

  defp filter_list([h | t], fun, acc) do
    if fun.(h), do: filter_list(t, fun, [h | acc]), else: filter_list(t, fun, acc)
  end

  defp filter_list([], _fun, acc), do: :lists.reverse(acc)

  def reject(enum, fun) when is_list(enum), do: reject_list(enum, fun, [])
  def reject(enum, fun), do: reject_list(Kernel.__for_list__(enum), fun, [])

  defp reject_list([h | t], fun, acc) do
    if fun.(h), do: reject_list(t, fun, acc), else: reject_list(t, fun, [h | acc])
  end

  defp reject_list([], _fun, acc), do: :lists.reverse(acc)

  def each(enum, fun) when is_list(enum), do: each_list(enum, fun)
  def each(%Range{first: f, last: l, step: s}, fun), do: each_range(f, l, s, fun)
  def each(enum, fun), do: each_list(Kernel.__for_list__(enum), fun)

  defp each_list([h | t], fun) do
    fun.(h)
    each_list(t, fun)
  end

  defp each_list([], _fun), do: :ok

  defp each_range(f, l, s, fun) when (s > 0 and f <= l) or (s < 0 and f >= l) do
    fun.(f)
    each_range(f + s, l, s, fun)
  end

  defp each_range(_f, _l, _s, _fun), do: :ok

  def flat_map(enum, fun), do: flat_map_list(Kernel.__for_list__(enum), fun, [])

  defp flat_map_list([h | t], fun, acc) do
    case fun.(h) do
      list when is_list(list) -> flat_map_list(t, fun, :lists.reverse(list, acc))
      other -> flat_map_list(t, fun, :lists.reverse(Kernel.__for_list__(other), acc))
    end
  end

  defp flat_map_list([], _fun, acc), do: :lists.reverse(acc)

  def map_every(enum, 1, fun), do: map(enum, fun)
  def map_every(enum, 0, _fun), do: Enum.to_list(enum)

  def map_every(enum, nth, fun) when is_integer(nth) and nth > 1,
    do: map_every_list(Kernel.__for_list__(enum), nth, fun, 0, [])

  defp map_every_list([h | t], nth, fun, 0, acc),
    do: map_every_list(t, nth, fun, nth - 1, [fun.(h) | acc])

  defp map_every_list([h | t], nth, fun, n, acc),
    do: map_every_list(t, nth, fun, n - 1, [h | acc])

  defp map_every_list([], _nth, _fun, _n, acc), do: :lists.reverse(acc)

  def map_intersperse(enum, sep, fun), do: map_intersperse_list(Kernel.__for_list__(enum), sep, fun, [])

  defp map_intersperse_list([h], _sep, fun, acc), do: :lists.reverse([fun.(h) | acc])
  defp map_intersperse_list([h | t], sep, fun, acc),
    do: map_intersperse_list(t, sep, fun, [sep, fun.(h) | acc])

  defp map_intersperse_list([], _sep, _fun, acc), do: :lists.reverse(acc)

  # ---- reduce family ----

  def reduce(enum, acc, fun) when is_list(enum), do: reduce_list(enum, acc, fun)
  def reduce(%Range{first: f, last: l, step: s}, acc, fun), do: reduce_range(f, l, s, acc, fun)
  def reduce(enum, acc, fun), do: reduce_list(Kernel.__for_list__(enum), acc, fun)

  def reduce(enum, fun) do
    case Kernel.__for_list__(enum) do
      [h | t] -> reduce_list(t, h, fun)
      [] -> raise Enum.EmptyError
    end
  end

  defp reduce_list([h | t], acc, fun), do: reduce_list(t, fun.(h, acc), fun)
  defp reduce_list([], acc, _fun), do: acc

  defp reduce_range(f, l, s, acc, fun) when (s > 0 and f <= l) or (s < 0 and f >= l),
    do: reduce_range(f + s, l, s, fun.(f, acc), fun)

  defp reduce_range(_f, _l, _s, acc, _fun), do: acc

  def reduce_while(enum, acc, fun), do: reduce_while_list(Kernel.__for_list__(enum), acc, fun)

  defp reduce_while_list([h | t], acc, fun) do
    case fun.(h, acc) do
      {:cont, acc} -> reduce_while_list(t, acc, fun)
      {:halt, acc} -> acc
      _ -> raise FunctionClauseError, module: Enumerable.List, function: :reduce, arity: 3
    end
  end

  defp reduce_while_list([], acc, _fun), do: acc

  def map_reduce(enum, acc, fun), do: map_reduce_list(Kernel.__for_list__(enum), acc, fun, [])

  defp map_reduce_list([h | t], acc, fun, out) do
    {x, acc} = fun.(h, acc)
    map_reduce_list(t, acc, fun, [x | out])
  end

  defp map_reduce_list([], acc, _fun, out), do: {:lists.reverse(out), acc}

  def flat_map_reduce(enum, acc, fun), do: flat_map_reduce_list(Kernel.__for_list__(enum), acc, fun, [])

  defp flat_map_reduce_list([h | t], acc, fun, out) do
    case fun.(h, acc) do
      {:halt, acc} -> {:lists.reverse(out), acc}
      {list, acc} when is_list(list) -> flat_map_reduce_list(t, acc, fun, :lists.reverse(list, out))
      {other, acc} -> flat_map_reduce_list(t, acc, fun, :lists.reverse(Kernel.__for_list__(other), out))
    end
  end

  defp flat_map_reduce_list([], acc, _fun, out), do: {:lists.reverse(out), acc}

  def scan(enum, fun) do
    case Kernel.__for_list__(enum) do
      [] -> []
      [h | t] -> [h | scan_list(t, h, fun, [])]
    end
  end

  def scan(enum, acc, fun), do: scan_list(Kernel.__for_list__(enum), acc, fun, [])

  defp scan_list([h | t], acc, fun, out) do
    acc = fun.(h, acc)
    scan_list(t, acc, fun, [acc | out])
  end

  defp scan_list([], _acc, _fun, out), do: :lists.reverse(out)

  # ---- predicates and search ----

  def count(enum, fun), do: count_list(Kernel.__for_list__(enum), fun, 0)

  defp count_list([h | t], fun, n) do
    if fun.(h), do: count_list(t, fun, n + 1), else: count_list(t, fun, n)
  end

  defp count_list([], _fun, n), do: n

  def count_until(enum, limit) when is_integer(limit) and limit > 0,
    do: :erlang.min(Enum.count(enum), limit)

  def count_until(enum, fun, limit) when is_integer(limit) and limit > 0,
    do: :erlang.min(count(enum, fun), limit)

  def any?(enum), do: any_list(Kernel.__for_list__(enum), fn x -> x end)
  def any?(enum, fun), do: any_list(Kernel.__for_list__(enum), fun)

  defp any_list([h | t], fun) do
    if fun.(h), do: true, else: any_list(t, fun)
  end

  defp any_list([], _fun), do: false

  def all?(enum), do: all_list(Kernel.__for_list__(enum), fn x -> x end)
  def all?(enum, fun), do: all_list(Kernel.__for_list__(enum), fun)

  defp all_list([h | t], fun) do
    if fun.(h), do: all_list(t, fun), else: false
  end

  defp all_list([], _fun), do: true

  def find(enum, default \\ nil, fun), do: find_list(Kernel.__for_list__(enum), default, fun)

  defp find_list([h | t], default, fun) do
    if fun.(h), do: h, else: find_list(t, default, fun)
  end

  defp find_list([], default, _fun), do: default

  def find_index(enum, fun), do: find_index_list(Kernel.__for_list__(enum), 0, fun)

  defp find_index_list([h | t], i, fun) do
    if fun.(h), do: i, else: find_index_list(t, i + 1, fun)
  end

  defp find_index_list([], _i, _fun), do: nil

  def find_value(enum, default \\ nil, fun), do: find_value_list(Kernel.__for_list__(enum), default, fun)

  defp find_value_list([h | t], default, fun) do
    v = fun.(h)
    if v, do: v, else: find_value_list(t, default, fun)
  end

  defp find_value_list([], default, _fun), do: default

  # ---- take / drop / split with a function ----

  def take_while(enum, fun), do: take_while_list(Kernel.__for_list__(enum), fun, [])

  defp take_while_list([h | t], fun, acc) do
    if fun.(h), do: take_while_list(t, fun, [h | acc]), else: :lists.reverse(acc)
  end

  defp take_while_list([], _fun, acc), do: :lists.reverse(acc)

  def drop_while(enum, fun), do: drop_while_list(Kernel.__for_list__(enum), fun)

  defp drop_while_list([h | t] = list, fun) do
    if fun.(h), do: drop_while_list(t, fun), else: list
  end

  defp drop_while_list([], _fun), do: []

  def split_while(enum, fun), do: split_while_list(Kernel.__for_list__(enum), fun, [])

  defp split_while_list([h | t] = list, fun, acc) do
    if fun.(h), do: split_while_list(t, fun, [h | acc]), else: {:lists.reverse(acc), list}
  end

  defp split_while_list([], _fun, acc), do: {:lists.reverse(acc), []}

  def split_with(enum, fun), do: split_with_list(Kernel.__for_list__(enum), fun, [], [])

  defp split_with_list([h | t], fun, yes, no) do
    if fun.(h), do: split_with_list(t, fun, [h | yes], no), else: split_with_list(t, fun, yes, [h | no])
  end

  defp split_with_list([], _fun, yes, no), do: {:lists.reverse(yes), :lists.reverse(no)}

  def partition(enum, fun), do: split_with(enum, fun)

  # ---- min / max ----

  def min(enum, fallback) when is_function(fallback, 0) do
    if Enum.empty?(enum), do: fallback.(), else: Enum.min(enum)
  end

  def min(enum, sorter), do: min(enum, sorter, fn -> raise Enum.EmptyError end)

  def min(enum, sorter, fallback), do: aggregate(Kernel.__for_list__(enum), min_sort_fun(sorter), fallback)

  def max(enum, fallback) when is_function(fallback, 0) do
    if Enum.empty?(enum), do: fallback.(), else: Enum.max(enum)
  end

  def max(enum, sorter), do: max(enum, sorter, fn -> raise Enum.EmptyError end)

  def max(enum, sorter, fallback), do: aggregate(Kernel.__for_list__(enum), max_sort_fun(sorter), fallback)

  defp aggregate([h | t], fun, _fallback), do: aggregate_list(t, h, fun)
  defp aggregate([], _fun, fallback), do: fallback.()

  defp aggregate_list([h | t], acc, fun) do
    if fun.(acc, h), do: aggregate_list(t, acc, fun), else: aggregate_list(t, h, fun)
  end

  defp aggregate_list([], acc, _fun), do: acc

  defp min_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp min_sort_fun(:asc), do: fn a, b -> a <= b end
  defp min_sort_fun(:desc), do: fn a, b -> a >= b end
  defp min_sort_fun(module) when is_atom(module), do: &(module.compare(&1, &2) != :gt)

  defp max_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp max_sort_fun(:asc), do: fn a, b -> a <= b end
  defp max_sort_fun(:desc), do: fn a, b -> a >= b end
  defp max_sort_fun(module) when is_atom(module), do: &(module.compare(&1, &2) != :lt)

  def min_by(enum, fun), do: min_by(enum, fun, fn a, b -> a <= b end, fn -> raise Enum.EmptyError end)

  def min_by(enum, fun, fallback) when is_function(fallback, 0),
    do: min_by(enum, fun, fn a, b -> a <= b end, fallback)

  def min_by(enum, fun, sorter), do: min_by(enum, fun, sorter, fn -> raise Enum.EmptyError end)

  def min_by(enum, fun, sorter, fallback) when is_function(fun, 1),
    do: aggregate_by(Kernel.__for_list__(enum), fun, min_sort_fun(sorter), fallback)

  def max_by(enum, fun), do: max_by(enum, fun, fn a, b -> a >= b end, fn -> raise Enum.EmptyError end)

  def max_by(enum, fun, fallback) when is_function(fallback, 0),
    do: max_by(enum, fun, fn a, b -> a >= b end, fallback)

  def max_by(enum, fun, sorter), do: max_by(enum, fun, sorter, fn -> raise Enum.EmptyError end)

  def max_by(enum, fun, sorter, fallback) when is_function(fun, 1),
    do: aggregate_by(Kernel.__for_list__(enum), fun, max_sort_fun(sorter), fallback)

  defp aggregate_by([h | t], fun, sorter, _fallback), do: aggregate_by_list(t, h, fun.(h), fun, sorter)
  defp aggregate_by([], _fun, _sorter, fallback), do: fallback.()

  defp aggregate_by_list([h | t], best, key, fun, sorter) do
    k = fun.(h)

    if sorter.(key, k),
      do: aggregate_by_list(t, best, key, fun, sorter),
      else: aggregate_by_list(t, h, k, fun, sorter)
  end

  defp aggregate_by_list([], best, _key, _fun, _sorter), do: best

  def min_max(enum, fallback) when is_function(fallback, 0) do
    if Enum.empty?(enum), do: fallback.(), else: Enum.min_max(enum)
  end

  def min_max_by(enum, fun), do: min_max_by(enum, fun, fn a, b -> a < b end, fn -> raise Enum.EmptyError end)

  def min_max_by(enum, fun, fallback) when is_function(fallback, 0),
    do: min_max_by(enum, fun, fn a, b -> a < b end, fallback)

  def min_max_by(enum, fun, sorter), do: min_max_by(enum, fun, sorter, fn -> raise Enum.EmptyError end)

  def min_max_by(enum, fun, sorter, fallback) when is_atom(sorter),
    do: min_max_by(enum, fun, &(sorter.compare(&1, &2) == :lt), fallback)

  def min_max_by(enum, fun, sorter, fallback) do
    case Kernel.__for_list__(enum) do
      [] ->
        fallback.()

      [h | t] ->
        k = fun.(h)
        min_max_by_list(t, h, h, k, k, fun, sorter)
    end
  end

  defp min_max_by_list([h | t], mn, mx, kmn, kmx, fun, sorter) do
    k = fun.(h)

    cond do
      sorter.(k, kmn) -> min_max_by_list(t, h, mx, k, kmx, fun, sorter)
      sorter.(kmx, k) -> min_max_by_list(t, mn, h, kmn, k, fun, sorter)
      true -> min_max_by_list(t, mn, mx, kmn, kmx, fun, sorter)
    end
  end

  defp min_max_by_list([], mn, mx, _kmn, _kmx, _fun, _sorter), do: {mn, mx}

  # ---- sorting ----

  def sort(enum, :asc), do: Enum.__sort__(Kernel.__for_list__(enum), false)
  def sort(enum, :desc), do: Enum.__sort__(Kernel.__for_list__(enum), true)
  def sort(enum, fun) when is_function(fun, 2), do: merge_sort(Kernel.__for_list__(enum), fun)
  def sort(enum, {:asc, module}), do: merge_sort(Kernel.__for_list__(enum), &(module.compare(&1, &2) != :gt))
  def sort(enum, {:desc, module}), do: merge_sort(Kernel.__for_list__(enum), &(module.compare(&1, &2) != :lt))
  def sort(enum, module) when is_atom(module), do: merge_sort(Kernel.__for_list__(enum), &(module.compare(&1, &2) != :gt))

  def sort_by(enum, mapper, sorter \\ :asc)

  def sort_by(enum, mapper, :asc), do: sort_by_dir(enum, mapper, false)
  def sort_by(enum, mapper, :desc), do: sort_by_dir(enum, mapper, true)

  def sort_by(enum, mapper, sorter) do
    fun = sort_by_fun(sorter)
    pairs = map(enum, &{&1, mapper.(&1)})
    strip_keys(merge_sort(pairs, fn {_, a}, {_, b} -> fun.(a, b) end), [])
  end

  defp sort_by_fun(fun) when is_function(fun, 2), do: fun
  defp sort_by_fun({:asc, module}), do: &(module.compare(&1, &2) != :gt)
  defp sort_by_fun({:desc, module}), do: &(module.compare(&1, &2) != :lt)
  defp sort_by_fun(module) when is_atom(module), do: &(module.compare(&1, &2) != :gt)

  defp sort_by_dir(enum, mapper, desc) do
    pairs = map(enum, &{&1, mapper.(&1)})
    strip_keys(Enum.__sort_keyed__(pairs, desc), [])
  end

  defp strip_keys([{x, _} | t], acc), do: strip_keys(t, [x | acc])
  defp strip_keys([], acc), do: :lists.reverse(acc)

  # Stable top-down merge sort: fun.(a, b) true keeps a before b.
  @doc false
  def merge_sort([], _fun), do: []
  def merge_sort([_] = list, _fun), do: list

  def merge_sort(list, fun) do
    {a, b} = :lists.split(div(length(list), 2), list)
    merge(merge_sort(a, fun), merge_sort(b, fun), fun, [])
  end

  defp merge([x | xs] = left, [y | ys] = right, fun, acc) do
    if fun.(x, y), do: merge(xs, right, fun, [x | acc]), else: merge(left, ys, fun, [y | acc])
  end

  defp merge([], right, _fun, acc), do: :lists.reverse(acc, right)
  defp merge(left, [], _fun, acc), do: :lists.reverse(acc, left)

  # ---- uniq / dedup / grouping ----

  def uniq(enum, fun), do: uniq_by(enum, fun)

  def uniq_by(enum, fun), do: uniq_by_list(Kernel.__for_list__(enum), fun, %{}, [])

  defp uniq_by_list([h | t], fun, seen, acc) do
    k = fun.(h)

    if :erlang.is_map_key(k, seen),
      do: uniq_by_list(t, fun, seen, acc),
      else: uniq_by_list(t, fun, :maps.put(k, true, seen), [h | acc])
  end

  defp uniq_by_list([], _fun, _seen, acc), do: :lists.reverse(acc)

  def dedup_by(enum, fun) do
    case Kernel.__for_list__(enum) do
      [] -> []
      [h | t] -> dedup_by_list(t, fun, fun.(h), [h])
    end
  end

  defp dedup_by_list([h | t], fun, last, acc) do
    k = fun.(h)
    if k === last, do: dedup_by_list(t, fun, last, acc), else: dedup_by_list(t, fun, k, [h | acc])
  end

  defp dedup_by_list([], _fun, _last, acc), do: :lists.reverse(acc)

  def frequencies_by(enum, fun), do: freq_list(Kernel.__for_list__(enum), fun, %{})

  defp freq_list([h | t], fun, acc) do
    k = fun.(h)

    case acc do
      %{^k => n} -> freq_list(t, fun, %{acc | k => n + 1})
      _ -> freq_list(t, fun, :maps.put(k, 1, acc))
    end
  end

  defp freq_list([], _fun, acc), do: acc

  def group_by(enum, key_fun, value_fun \\ fn x -> x end) when is_function(key_fun),
    do: group_list(Enum.reverse(enum), key_fun, value_fun, %{})

  defp group_list([h | t], kf, vf, acc) do
    k = kf.(h)
    v = vf.(h)

    case acc do
      %{^k => existing} -> group_list(t, kf, vf, %{acc | k => [v | existing]})
      _ -> group_list(t, kf, vf, :maps.put(k, [v], acc))
    end
  end

  defp group_list([], _kf, _vf, acc), do: acc

  # ---- chunking ----

  def chunk_every(enum, count), do: chunk_every(enum, count, count, [])
  def chunk_every(enum, count, step), do: chunk_every(enum, count, step, [])

  def chunk_every(enum, count, step, leftover)
      when is_integer(count) and count > 0 and is_integer(step) and step > 0,
      do: chunk_list(Kernel.__for_list__(enum), count, step, leftover, [], 0, 0, [])

  # buf is reversed with n elements; skip counts elements still to drop.
  defp chunk_list([_h | t], count, step, left, buf, n, skip, acc) when skip > 0,
    do: chunk_list(t, count, step, left, buf, n, skip - 1, acc)

  defp chunk_list([h | t], count, step, left, buf, n, 0, acc) do
    buf = [h | buf]
    n = n + 1

    if n == count do
      chunk = :lists.reverse(buf)

      if step >= count do
        chunk_list(t, count, step, left, [], 0, step - count, [chunk | acc])
      else
        keep = count - step
        chunk_list(t, count, step, left, :lists.reverse(Enum.take(chunk, -keep)), keep, 0, [chunk | acc])
      end
    else
      chunk_list(t, count, step, left, buf, n, 0, acc)
    end
  end

  defp chunk_list([], _count, _step, :discard, _buf, _n, _skip, acc), do: :lists.reverse(acc)
  defp chunk_list([], _count, _step, _left, [], _n, _skip, acc), do: :lists.reverse(acc)

  defp chunk_list([], count, _step, left, buf, n, _skip, acc),
    do: :lists.reverse([:lists.reverse(buf, Enum.take(left, count - n)) | acc])

  def chunk_by(enum, fun) do
    case Kernel.__for_list__(enum) do
      [] -> []
      [h | t] -> chunk_by_list(t, fun, fun.(h), [h], [])
    end
  end

  defp chunk_by_list([h | t], fun, key, buf, acc) do
    k = fun.(h)

    if k === key,
      do: chunk_by_list(t, fun, key, [h | buf], acc),
      else: chunk_by_list(t, fun, k, [h], [:lists.reverse(buf) | acc])
  end

  defp chunk_by_list([], _fun, _key, buf, acc), do: :lists.reverse([:lists.reverse(buf) | acc])

  def chunk_while(enum, acc, chunk_fun, after_fun),
    do: chunk_while_list(Kernel.__for_list__(enum), acc, chunk_fun, after_fun, [])

  defp chunk_while_list([h | t], acc, cf, af, out) do
    case cf.(h, acc) do
      {:cont, chunk, acc} -> chunk_while_list(t, acc, cf, af, [chunk | out])
      {:cont, acc} -> chunk_while_list(t, acc, cf, af, out)
      {:halt, acc} -> chunk_while_after(acc, af, out)
    end
  end

  defp chunk_while_list([], acc, _cf, af, out), do: chunk_while_after(acc, af, out)

  defp chunk_while_after(acc, af, out) do
    case af.(acc) do
      {:cont, _acc} -> :lists.reverse(out)
      {:cont, chunk, _acc} -> :lists.reverse([chunk | out])
    end
  end

  def chunk(enum, count), do: chunk_every(enum, count, count, nil)
  def chunk(enum, count, step), do: chunk_every(enum, count, step, :discard)

  # ---- zip / with_index ----

  def with_index(enum, fun_or_offset \\ 0)
  def with_index(enum, offset) when is_integer(offset), do: Enum.__with_index__(enum, offset)

  def with_index(enum, fun) when is_function(fun, 2),
    do: with_index_fun(Kernel.__for_list__(enum), fun, 0, [])

  defp with_index_fun([h | t], fun, i, acc), do: with_index_fun(t, fun, i + 1, [fun.(h, i) | acc])
  defp with_index_fun([], _fun, _i, acc), do: :lists.reverse(acc)

  def zip_with(a, b, fun), do: zip_with2(Kernel.__for_list__(a), Kernel.__for_list__(b), fun, [])

  defp zip_with2([x | xs], [y | ys], fun, acc), do: zip_with2(xs, ys, fun, [fun.(x, y) | acc])
  defp zip_with2(_, _, _fun, acc), do: :lists.reverse(acc)

  def zip_with(enums, fun), do: map(Enum.zip(enums), &fun.(Tuple.to_list(&1)))

  def zip_reduce(a, b, acc, fun), do: zip_reduce2(Kernel.__for_list__(a), Kernel.__for_list__(b), acc, fun)

  defp zip_reduce2([x | xs], [y | ys], acc, fun), do: zip_reduce2(xs, ys, fun.(x, y, acc), fun)
  defp zip_reduce2(_, _, acc, _fun), do: acc

  def zip_reduce(enums, acc, fun),
    do: reduce(Enum.zip(enums), acc, &fun.(Tuple.to_list(&1), &2))

  # ---- slicing ----

  def slice(enum, %Range{first: first, last: last, step: step} = range) do
    cond do
      step > 0 -> slice_range(Kernel.__for_list__(enum), first, last, step)
      step == -1 and first > last -> slice_range(Kernel.__for_list__(enum), first, last, 1)
      true -> raise ArgumentError, "Enum.slice/2 does not accept ranges with negative steps, got: #{inspect(range)}"
    end
  end

  def slice(_enum, start, 0) when is_integer(start), do: []

  def slice(enum, start, amount) when is_integer(start) and is_integer(amount) and amount >= 0 do
    list = Kernel.__for_list__(enum)

    start =
      if start < 0 do
        :erlang.max(length(list) + start, 0)
      else
        start
      end

    Enum.take(Enum.drop(list, start), amount)
  end

  defp slice_range(list, first, last, step) do
    count = length(list)
    first = if first >= 0, do: first, else: :erlang.max(first + count, 0)
    last = if last >= 0, do: last, else: last + count
    amount = last - first + 1

    if first < count and amount > 0 do
      Enum.take_every(Enum.take(Enum.drop(list, first), amount), step)
    else
      []
    end
  end

  def slide(enum, index, insertion_index) when is_integer(index),
    do: slide(enum, index..index, insertion_index)

  def slide(enum, %Range{first: first, last: last, step: step} = range, insertion_index) do
    if step != 1 and not (step == -1 and first > last) and first != last do
      raise ArgumentError, "Enum.slide/3 does not accept ranges with custom steps, got: #{inspect(range)}"
    end

    list = Kernel.__for_list__(enum)
    count = length(list)
    first = if first >= 0, do: first, else: :erlang.max(first + count, 0)
    last = if last >= 0, do: last, else: last + count
    ins = if insertion_index >= 0, do: insertion_index, else: insertion_index + count

    cond do
      first >= count or first > last or first == ins ->
        list

      ins > last ->
        last = :erlang.min(last, count - 1)
        {before, rest} = Enum.split(list, first)
        {moved, rest} = Enum.split(rest, last - first + 1)
        {middle, after_} = Enum.split(rest, ins - last)
        before ++ middle ++ moved ++ after_

      ins < first ->
        last = :erlang.min(last, count - 1)
        {before, rest} = Enum.split(list, ins)
        {middle, rest} = Enum.split(rest, first - ins)
        {moved, after_} = Enum.split(rest, last - first + 1)
        before ++ moved ++ middle ++ after_

      true ->
        raise ArgumentError,
              "insertion index for slide must be outside the range being moved " <>
                "(tried to insert #{insertion_index} in #{inspect(range)})"
    end
  end

  def reverse_slice(enum, start, count) when is_integer(start) and is_integer(count) do
    list = Kernel.__for_list__(enum)
    {before, rest} = Enum.split(list, start)
    {middle, after_} = Enum.split(rest, count)
    before ++ Enum.reverse(middle, after_)
  end

  # ---- into / join ----

  def into(enum, []), do: Kernel.__for_list__(enum)

  def into(enum, %{__struct__: mod} = struct) do
    if mod == MapSet,
      do: MapSet.union(struct, MapSet.new(enum)),
      else: raise(Protocol.UndefinedError, protocol: Collectable, value: struct)
  end

  def into(enum, %{} = map) when map_size(map) == 0, do: Map.new(enum)
  def into(enum, %{} = map), do: into_map(Kernel.__for_list__(enum), map)
  def into(enum, list) when is_list(list), do: list ++ Kernel.__for_list__(enum)

  def into(enum, bin) when is_binary(bin),
    do: :erlang.iolist_to_binary([bin | Kernel.__for_list__(enum)])

  def into(_enum, other), do: raise(Protocol.UndefinedError, protocol: Collectable, value: other)

  defp into_map([{k, v} | t], acc), do: into_map(t, :maps.put(k, v, acc))
  defp into_map([], acc), do: acc

  def into(enum, [], fun), do: map(enum, fun)

  def into(enum, %{} = map, fun) when not is_struct(map),
    do: into_map(map(enum, fun), map)

  def into(enum, collectable, fun), do: into(map(enum, fun), collectable)

  def map_join(enum, joiner \\ "", mapper), do: Enum.join(map(enum, mapper), joiner)

  # ---- misc ----

  def random(enum) do
    case Kernel.__for_list__(enum) do
      [] -> raise Enum.EmptyError
      [x] -> x
      list -> Enum.at(list, :rand.uniform(length(list)) - 1)
    end
  end

  def shuffle(enum) do
    case Kernel.__for_list__(enum) do
      [] -> []
      [x] -> [x]
      list -> strip_firsts(:lists.keysort(1, map(list, &{:rand.uniform(), &1})), [])
    end
  end

  defp strip_firsts([{_, x} | t], acc), do: strip_firsts(t, [x | acc])
  defp strip_firsts([], acc), do: :lists.reverse(acc)

  def take_random(enum, count) when is_integer(count) and count >= 0,
    do: Enum.take(shuffle(enum), count)

  def filter_map(enum, filter, mapper), do: map(filter(enum, filter), mapper)

  def sum_by(enum, fun), do: reduce(enum, 0, &(fun.(&1) + &2))
end
