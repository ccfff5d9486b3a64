# Map and :maps functions that take a function. The first-order ones (get, put,
# fetch!, merge/2, keys, take, drop, pop ...) are C (engine/bif/bif_map.c).

defmodule Map do
  def new(%{__struct__: _} = enum, fun), do: :maps.from_list(Enum.map(enum, fun))
  def new(%{} = map, fun) when is_function(fun, 1), do: :maps.from_list(map_pairs(:maps.to_list(map), fun, []))
  def new(enum, fun) when is_function(fun, 1), do: :maps.from_list(Enum.map(enum, fun))

  defp map_pairs([kv | t], fun, acc), do: map_pairs(t, fun, [fun.(kv) | acc])
  defp map_pairs([], _fun, acc), do: acc

  def update(map, key, default, fun) when is_function(fun, 1) do
    case map do
      %{^key => value} -> :maps.put(key, fun.(value), map)
      %{} -> :maps.put(key, default, map)
      other -> :erlang.error({:badmap, other})
    end
  end

  def update!(map, key, fun) when is_function(fun, 1) do
    value = Map.fetch!(map, key)
    :maps.put(key, fun.(value), map)
  end

  def get_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => value} -> value
      %{} -> fun.()
      other -> :erlang.error({:badmap, other})
    end
  end

  def put_new_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => _} -> map
      %{} -> :maps.put(key, fun.(), map)
      other -> :erlang.error({:badmap, other})
    end
  end

  def pop_lazy(map, key, fun) when is_function(fun, 0) do
    case :maps.take(key, map) do
      {_, _} = tuple -> tuple
      :error -> {fun.(), map}
    end
  end

  def replace_lazy(map, key, fun) when is_map(map) and is_function(fun, 1) do
    case map do
      %{^key => val} -> :maps.put(key, fun.(val), map)
      %{} -> map
    end
  end

  def get_and_update(map, key, fun) when is_function(fun, 1) do
    current = Map.get(map, key)

    case fun.(current) do
      {get, update} -> {get, Map.put(map, key, update)}
      :pop -> {current, Map.delete(map, key)}
      other -> raise RuntimeError, "the given function must return a two-element tuple or :pop, got: #{inspect(other)}"
    end
  end

  def get_and_update!(map, key, fun) when is_function(fun, 1) do
    value = Map.fetch!(map, key)

    case fun.(value) do
      {get, update} -> {get, :maps.put(key, update, map)}
      :pop -> {value, Map.delete(map, key)}
      other -> raise RuntimeError, "the given function must return a two-element tuple or :pop, got: #{inspect(other)}"
    end
  end

  def merge(map1, map2, fun) when is_function(fun, 3) do
    if map_size(map1) > map_size(map2) do
      merge_pairs(:maps.to_list(map2), map1, fn k, v1, v2 -> fun.(k, v1, v2) end)
    else
      merge_pairs(:maps.to_list(map1), map2, fn k, v2, v1 -> fun.(k, v1, v2) end)
    end
  end

  # Folds the pairs of the smaller map into the bigger one; fun.(k, in_acc, new).
  defp merge_pairs([{k, v} | t], acc, fun) do
    case acc do
      %{^k => existing} -> merge_pairs(t, :maps.put(k, fun.(k, existing, v), acc), fun)
      %{} -> merge_pairs(t, :maps.put(k, v, acc), fun)
    end
  end

  defp merge_pairs([], acc, _fun), do: acc

  def filter(map, fun) when is_map(map) and is_function(fun, 1),
    do: :maps.from_list(Enum.filter(:maps.to_list(map), fun))

  def reject(map, fun) when is_map(map) and is_function(fun, 1),
    do: :maps.from_list(Enum.reject(:maps.to_list(map), fun))

  def map(map, fun) when is_map(map), do: :maps.map(fn k, v -> fun.({k, v}) end, map)

  def intersect(map1, map2), do: Map.merge(map1, Map.take(map2, Map.keys(map1))) |> Map.take(Map.keys(map2))

  def to_list(map, _opts), do: Map.to_list(map)
end

defmodule :maps do
  def map(fun, map) when is_map(map),
    do: :maps.from_list(map_list(:maps.to_list(map), fun, []))

  def map(_fun, map), do: :erlang.error({:badmap, map})

  defp map_list([{k, v} | t], fun, acc), do: map_list(t, fun, [{k, fun.(k, v)} | acc])
  defp map_list([], _fun, acc), do: acc

  def filter(pred, map) when is_map(map), do: :maps.from_list(filter_list(:maps.to_list(map), pred, []))
  def filter(_pred, map), do: :erlang.error({:badmap, map})

  defp filter_list([{k, v} | t], pred, acc) do
    if pred.(k, v), do: filter_list(t, pred, [{k, v} | acc]), else: filter_list(t, pred, acc)
  end

  defp filter_list([], _pred, acc), do: acc

  def filtermap(fun, map) when is_map(map), do: :maps.from_list(filtermap_list(:maps.to_list(map), fun, []))

  defp filtermap_list([{k, v} | t], fun, acc) do
    case fun.(k, v) do
      true -> filtermap_list(t, fun, [{k, v} | acc])
      false -> filtermap_list(t, fun, acc)
      {true, nv} -> filtermap_list(t, fun, [{k, nv} | acc])
    end
  end

  defp filtermap_list([], _fun, acc), do: acc

  # :maps.fold walks like :maps.next: a large map in the reverse of to_list order.
  def fold(fun, acc, map) when is_map(map), do: fold_list(Kernel.__for_list__(map), fun, acc)
  def fold(_fun, _acc, map), do: :erlang.error({:badmap, map})

  defp fold_list([{k, v} | t], fun, acc), do: fold_list(t, fun, fun.(k, v, acc))
  defp fold_list([], _fun, acc), do: acc

  def foreach(fun, map) when is_map(map) do
    Enum.each(:maps.to_list(map), fn {k, v} -> fun.(k, v) end)
    :ok
  end

  def update_with(key, fun, map) when is_map(map) do
    case map do
      %{^key => v} -> :maps.put(key, fun.(v), map)
      _ -> :erlang.error({:badkey, key, map})
    end
  end

  def update_with(key, fun, init, map) when is_map(map) do
    case map do
      %{^key => v} -> :maps.put(key, fun.(v), map)
      _ -> :maps.put(key, init, map)
    end
  end

  def groups_from_list(key_fun, list), do: Enum.group_by(list, key_fun)
end
