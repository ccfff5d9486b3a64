# Keyword lists: [{atom, value}] with duplicates allowed and order kept. Lookups
# go through the C :lists.keyfind/keymember; the rest follows Elixir 1.14.

defmodule Keyword do
  def new(), do: []
  def new(pairs), do: new(pairs, fn pair -> pair end)

  def new(pairs, transform) when is_function(transform, 1) do
    fun = fn el, acc ->
      {k, v} = transform.(el)
      put_new(acc, k, v)
    end

    :lists.foldl(fun, [], Enum.reverse(pairs))
  end

  def get(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> default
    end
  end

  def get_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> fun.()
    end
  end

  def fetch(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> {:ok, value}
      false -> :error
    end
  end

  def fetch!(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> raise KeyError, key: key, term: keywords
    end
  end

  def get_values(keywords, key) when is_list(keywords) and is_atom(key),
    do: get_values(keywords, key, [])

  defp get_values([{key, value} | tail], key, values), do: get_values(tail, key, [value | values])
  defp get_values([{_, _} | tail], key, values), do: get_values(tail, key, values)
  defp get_values([], _key, values), do: :lists.reverse(values)

  def has_key?(keywords, key) when is_list(keywords) and is_atom(key),
    do: :lists.keymember(key, 1, keywords)

  def keys(keywords) when is_list(keywords), do: Enum.map(keywords, fn {k, _} -> k end)
  def values(keywords) when is_list(keywords), do: Enum.map(keywords, fn {_, v} -> v end)

  def delete(keywords, key) when is_list(keywords) and is_atom(key) do
    if :lists.keymember(key, 1, keywords),
      do: Enum.reject(keywords, fn {k, _} -> k == key end),
      else: keywords
  end

  def delete(keywords, key, value) when is_list(keywords) and is_atom(key),
    do: Enum.reject(keywords, fn {k, v} -> k == key and v === value end)

  def delete_first(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keymember(key, 1, keywords) do
      true -> :lists.keydelete(key, 1, keywords)
      _ -> keywords
    end
  end

  def put(keywords, key, value) when is_list(keywords) and is_atom(key),
    do: [{key, value} | delete(keywords, key)]

  def put_new(keywords, key, value) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, value} | keywords]
    end
  end

  def put_new_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, fun.()} | keywords]
    end
  end

  def replace(keywords, key, value) when is_list(keywords) and is_atom(key) do
    if :lists.keymember(key, 1, keywords),
      do: put_first(keywords, key, value),
      else: keywords
  end

  def replace!(keywords, key, value) when is_list(keywords) and is_atom(key) do
    if :lists.keymember(key, 1, keywords),
      do: put_first(keywords, key, value),
      else: raise(KeyError, key: key, term: keywords)
  end

  # The first entry for key gets value; later entries for key are removed.
  defp put_first(keywords, key, value) do
    {before, [_ | rest]} = Enum.split_while(keywords, fn {k, _} -> k != key end)
    before ++ [{key, value} | delete(rest, key)]
  end

  def update(keywords, key, default, fun)
      when is_list(keywords) and is_atom(key) and is_function(fun, 1),
      do: update_guarded(keywords, key, default, fun, [])

  defp update_guarded([{key, current} | rest], key, _default, fun, acc),
    do: :lists.reverse(acc, [{key, fun.(current)} | delete(rest, key)])

  defp update_guarded([pair | rest], key, default, fun, acc),
    do: update_guarded(rest, key, default, fun, [pair | acc])

  defp update_guarded([], key, default, _fun, acc), do: :lists.reverse([{key, default} | acc])

  def update!(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    if :lists.keymember(key, 1, keywords),
      do: update(keywords, key, nil, fun),
      else: raise(KeyError, key: key, term: keywords)
  end

  def merge(keywords1, []) when is_list(keywords1), do: keywords1
  def merge([], keywords2) when is_list(keywords2), do: keywords2

  def merge(keywords1, keywords2) when is_list(keywords1) and is_list(keywords2) do
    if keyword?(keywords2) do
      Enum.reject(keywords1, fn {k, _} -> :lists.keymember(k, 1, keywords2) end) ++ keywords2
    else
      raise ArgumentError, "expected a keyword list as the second argument, got: #{inspect(keywords2)}"
    end
  end

  def merge(keywords1, keywords2, fun)
      when is_list(keywords1) and is_list(keywords2) and is_function(fun, 3) do
    if keyword?(keywords1) do
      do_merge(keywords2, [], keywords1, keywords1, fun, keywords2)
    else
      raise ArgumentError, "expected a keyword list as the first argument, got: #{inspect(keywords1)}"
    end
  end

  defp do_merge([{key, value2} | tail], acc, rest, original, fun, keywords2) when is_atom(key) do
    case :lists.keyfind(key, 1, original) do
      {^key, value1} ->
        acc = [{key, fun.(key, value1, value2)} | acc]
        original = :lists.keydelete(key, 1, original)
        do_merge(tail, acc, delete(rest, key), original, fun, keywords2)

      false ->
        do_merge(tail, [{key, value2} | acc], rest, original, fun, keywords2)
    end
  end

  defp do_merge([], acc, rest, _original, _fun, _keywords2), do: rest ++ :lists.reverse(acc)

  defp do_merge(_other, _acc, _rest, _original, _fun, keywords2),
    do: raise(ArgumentError, "expected a keyword list as the second argument, got: #{inspect(keywords2)}")

  def take(keywords, keys) when is_list(keywords) and is_list(keys),
    do: Enum.filter(keywords, fn {k, _} -> :lists.member(k, keys) end)

  def drop(keywords, keys) when is_list(keywords) and is_list(keys),
    do: Enum.reject(keywords, fn {k, _} -> :lists.member(k, keys) end)

  def split(keywords, keys) when is_list(keywords) and is_list(keys) do
    Enum.split_with(keywords, fn {k, _} -> :lists.member(k, keys) end)
  end

  def pop(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {default, keywords}
    end
  end

  def pop!(keywords, key) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> raise KeyError, key: key, term: keywords
    end
  end

  def pop_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {fun.(), keywords}
    end
  end

  def pop_first(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case :lists.keytake(key, 1, keywords) do
      {:value, {^key, value}, rest} -> {value, rest}
      false -> {default, keywords}
    end
  end

  def pop_values(keywords, key) when is_list(keywords) and is_atom(key),
    do: {get_values(keywords, key), delete(keywords, key)}

  # As Elixir 1.14: the first occurrence is updated in place; a missing key is
  # added at the front.
  def get_and_update(keywords, key, fun) when is_list(keywords) and is_atom(key),
    do: get_and_update(keywords, [], key, fun)

  defp get_and_update([{key, current} | t], acc, key, fun) do
    case fun.(current) do
      {get, value} -> {get, :lists.reverse(acc, [{key, value} | t])}
      :pop -> {current, :lists.reverse(acc, t)}
      other -> bad_update(other)
    end
  end

  defp get_and_update([{_, _} = h | t], acc, key, fun), do: get_and_update(t, [h | acc], key, fun)

  defp get_and_update([], acc, key, fun) do
    case fun.(nil) do
      {get, value} -> {get, [{key, value} | :lists.reverse(acc)]}
      :pop -> {nil, :lists.reverse(acc)}
      other -> bad_update(other)
    end
  end

  defp bad_update(other),
    do: raise(RuntimeError, "the given function must return a two-element tuple or :pop, got: #{inspect(other)}")

  def keyword?([{key, _value} | rest]) when is_atom(key), do: keyword?(rest)
  def keyword?([]), do: true
  def keyword?(_other), do: false

  def to_list(keywords) when is_list(keywords), do: keywords

  def filter(keywords, fun) when is_list(keywords) and is_function(fun, 1), do: Enum.filter(keywords, fun)
  def reject(keywords, fun) when is_list(keywords) and is_function(fun, 1), do: Enum.reject(keywords, fun)

  def map(keywords, fun) when is_list(keywords), do: Enum.map(keywords, fn {k, v} -> {k, fun.({k, v})} end)

  def equal?(left, right) when is_list(left) and is_list(right),
    do: :lists.sort(left) == :lists.sort(right)
end
