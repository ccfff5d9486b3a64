# Access: `data[key]` (compiled to Access.get/2), the accessor functions
# (Access.key/at/elem/all/filter ...) and the engine of get_in/put_in/update_in/
# pop_in/get_and_update_in, which Kernel delegates to (engine/lib/kernel.ex).

defmodule Access do
  def get(container, key, default \\ nil)
  def get(%{__struct__: module} = container, key, default) do
    case struct_fetch(module, container, key) do
      {:ok, value} -> value
      :error -> default
    end
  end

  def get(map, key, default) when is_map(map) do
    case map do
      %{^key => value} -> value
      _ -> default
    end
  end

  def get(list, key, default) when is_list(list) and is_atom(key) do
    case :lists.keyfind(key, 1, list) do
      {_, value} -> value
      false -> default
    end
  end

  def get(list, key, _default) when is_list(list),
    do: raise(ArgumentError, "the Access calls for keywords expect the key to be an atom, got: " <> inspect(key))

  def get(nil, _key, default), do: default

  def fetch(%{__struct__: module} = container, key), do: struct_fetch(module, container, key)

  def fetch(map, key) when is_map(map) do
    case map do
      %{^key => value} -> {:ok, value}
      _ -> :error
    end
  end

  def fetch(list, key) when is_list(list) and is_atom(key) do
    case :lists.keyfind(key, 1, list) do
      {_, value} -> {:ok, value}
      false -> :error
    end
  end

  def fetch(list, key) when is_list(list),
    do: raise(ArgumentError, "the Access calls for keywords expect the key to be an atom, got: " <> inspect(key))

  def fetch(nil, _key), do: :error

  def fetch!(container, key) do
    case fetch(container, key) do
      {:ok, value} -> value
      :error -> raise KeyError, key: key, term: container
    end
  end

  defp struct_fetch(module, container, key) do
    if function_exported?(module, :fetch, 2),
      do: module.fetch(container, key),
      else: no_access(module, :fetch, 2)
  end

  defp no_access(module, name, arity) do
    raise UndefinedFunctionError,
      module: module,
      function: name,
      arity: arity,
      message:
        "function #{inspect(module)}.#{name}/#{arity} is undefined (#{inspect(module)} does not implement the Access behaviour. " <>
          "If you are using get_in/put_in/update_in, you can specify the field to be accessed using Access.key!/1)"
  end

  def get_and_update(%{__struct__: module} = container, key, fun) do
    if function_exported?(module, :get_and_update, 3),
      do: module.get_and_update(container, key, fun),
      else: no_access(module, :get_and_update, 3)
  end

  def get_and_update(map, key, fun) when is_map(map), do: Map.get_and_update(map, key, fun)
  def get_and_update(list, key, fun) when is_list(list), do: Keyword.get_and_update(list, key, fun)

  def get_and_update(nil, key, _fun),
    do: raise(ArgumentError, "could not put/update key #{inspect(key)} on a nil value")

  def pop(%{__struct__: module} = container, key) do
    if function_exported?(module, :pop, 2),
      do: module.pop(container, key),
      else: no_access(module, :pop, 2)
  end

  def pop(map, key) when is_map(map), do: Map.pop(map, key)
  def pop(list, key) when is_list(list), do: Keyword.pop(list, key)
  def pop(nil, key), do: raise(ArgumentError, "could not pop key #{inspect(key)} on a nil value")

  # ---- accessors ----

  def key(key, default \\ nil) do
    fn
      :get, data, next ->
        next.(Map.get(data, key, default))

      :get_and_update, data, next ->
        value = Map.get(data, key, default)

        case next.(value) do
          {get, update} -> {get, Map.put(data, key, update)}
          :pop -> {value, Map.delete(data, key)}
        end
    end
  end

  def key!(key) do
    fn
      :get, %{} = data, next ->
        next.(Map.fetch!(data, key))

      :get_and_update, %{} = data, next ->
        value = Map.fetch!(data, key)

        case next.(value) do
          {get, update} -> {get, Map.put(data, key, update)}
          :pop -> {value, Map.delete(data, key)}
        end

      _op, data, _next ->
        raise RuntimeError, "Access.key!/1 expected a map/struct, got: #{inspect(data)}"
    end
  end

  def elem(index) when is_integer(index) and index >= 0 do
    pos = index + 1

    fn
      :get, data, next when is_tuple(data) ->
        next.(:erlang.element(pos, data))

      :get_and_update, data, next when is_tuple(data) ->
        value = :erlang.element(pos, data)

        case next.(value) do
          {get, update} -> {get, :erlang.setelement(pos, data, update)}
          :pop -> raise RuntimeError, "cannot pop data from a tuple"
        end

      _op, data, _next ->
        raise RuntimeError, "Access.elem/1 expected a tuple, got: #{inspect(data)}"
    end
  end

  def all(), do: &all/3

  defp all(:get, data, next) when is_list(data), do: Enum.map(data, next)
  defp all(:get_and_update, data, next) when is_list(data), do: all_list(data, next, [], [])

  defp all(_op, data, _next),
    do: raise(RuntimeError, "Access.all/0 expected a list, got: #{inspect(data)}")

  defp all_list([head | rest], next, gets, updates) do
    case next.(head) do
      {get, update} -> all_list(rest, next, [get | gets], [update | updates])
      :pop -> all_list(rest, next, [head | gets], updates)
    end
  end

  defp all_list([], _next, gets, updates), do: {:lists.reverse(gets), :lists.reverse(updates)}

  def at(index) when is_integer(index), do: fn op, data, next -> at(op, data, index, next) end

  defp at(:get, data, index, next) when is_list(data), do: next.(Enum.at(data, index))

  defp at(:get_and_update, data, index, next) when is_list(data),
    do: get_and_update_at(data, index, next, [], fn -> nil end)

  defp at(_op, data, _index, _next),
    do: raise(RuntimeError, "Access.at/1 expected a list, got: #{inspect(data)}")

  def at!(index) when is_integer(index), do: fn op, data, next -> at!(op, data, index, next) end

  defp at!(:get, data, index, next) when is_list(data) do
    case Enum.fetch(data, index) do
      {:ok, value} -> next.(value)
      :error -> raise Enum.OutOfBoundsError
    end
  end

  defp at!(:get_and_update, data, index, next) when is_list(data),
    do: get_and_update_at(data, index, next, [], fn -> raise Enum.OutOfBoundsError end)

  defp at!(_op, data, _index, _next),
    do: raise(RuntimeError, "Access.at!/1 expected a list, got: #{inspect(data)}")

  defp get_and_update_at([head | rest], 0, next, updates, _default_fun) do
    case next.(head) do
      {get, update} -> {get, :lists.reverse([update | updates], rest)}
      :pop -> {head, :lists.reverse(updates, rest)}
    end
  end

  defp get_and_update_at([_ | _] = list, index, next, updates, default_fun) when index < 0 do
    len = length(list)

    if len + index >= 0,
      do: get_and_update_at(list, len + index, next, updates, default_fun),
      else: {default_fun.(), list}
  end

  defp get_and_update_at([head | rest], index, next, updates, default_fun) when index > 0,
    do: get_and_update_at(rest, index - 1, next, [head | updates], default_fun)

  defp get_and_update_at([], _index, _next, updates, default_fun),
    do: {default_fun.(), :lists.reverse(updates)}

  def filter(func) when is_function(func), do: fn op, data, next -> filter(op, data, func, next) end

  defp filter(:get, data, func, next) when is_list(data), do: Enum.map(Enum.filter(data, func), next)

  defp filter(:get_and_update, data, func, next) when is_list(data),
    do: get_and_update_filter(data, func, next, [], [])

  defp filter(_op, data, _func, _next),
    do: raise(RuntimeError, "Access.filter/1 expected a list, got: #{inspect(data)}")

  defp get_and_update_filter([head | rest], func, next, updates, gets) do
    if func.(head) do
      case next.(head) do
        {get, update} -> get_and_update_filter(rest, func, next, [update | updates], [get | gets])
        :pop -> get_and_update_filter(rest, func, next, updates, [head | gets])
      end
    else
      get_and_update_filter(rest, func, next, [head | updates], gets)
    end
  end

  defp get_and_update_filter([], _func, _next, updates, gets),
    do: {:lists.reverse(gets), :lists.reverse(updates)}

  def slice(%Range{} = range) do
    fn op, data, next -> slice(op, data, range, next) end
  end

  defp slice(:get, data, range, next) when is_list(data), do: Enum.map(Enum.slice(data, range), next)

  defp slice(:get_and_update, data, range, next) when is_list(data) do
    len = length(data)
    %Range{first: f, last: l} = range
    f = if f < 0, do: f + len, else: f
    l = if l < 0, do: l + len, else: l
    get_and_update_slice(data, Range.new(f, l), next, [], [], 0)
  end

  defp slice(_op, data, _range, _next),
    do: raise(RuntimeError, "Access.slice/1 expected a list, got: #{inspect(data)}")

  defp get_and_update_slice([head | rest], range, next, updates, gets, index) do
    if Enum.member?(range, index) do
      case next.(head) do
        :pop -> get_and_update_slice(rest, range, next, updates, [head | gets], index + 1)
        {get, update} -> get_and_update_slice(rest, range, next, [update | updates], [get | gets], index + 1)
      end
    else
      get_and_update_slice(rest, range, next, [head | updates], gets, index + 1)
    end
  end

  defp get_and_update_slice([], _range, _next, updates, gets, _index),
    do: {:lists.reverse(gets), :lists.reverse(updates)}

  # ---- get_in and friends (Kernel.get_in/2 etc. delegate here) ----

  @doc false
  def get_in(nil, [_ | _]), do: nil
  def get_in(data, [h]) when is_function(h), do: h.(:get, data, fn x -> x end)
  def get_in(data, [h | t]) when is_function(h), do: h.(:get, data, fn x -> Access.get_in(x, t) end)
  def get_in(data, [h]), do: Access.get(data, h)
  def get_in(data, [h | t]), do: Access.get_in(Access.get(data, h), t)

  @doc false
  def get_and_update_in(data, [head], fun) when is_function(head, 3),
    do: head.(:get_and_update, data, fun)

  def get_and_update_in(data, [head | tail], fun) when is_function(head, 3),
    do: head.(:get_and_update, data, fn x -> Access.get_and_update_in(x, tail, fun) end)

  def get_and_update_in(data, [head], fun) when is_function(fun, 1),
    do: Access.get_and_update(data, head, fun)

  def get_and_update_in(data, [head | tail], fun) when is_function(fun, 1),
    do: Access.get_and_update(data, head, fn x -> Access.get_and_update_in(x, tail, fun) end)

  @doc false
  def put_in(data, [_ | _] = keys, value),
    do: elem(Access.get_and_update_in(data, keys, fn _ -> {nil, value} end), 1)

  @doc false
  def update_in(data, [_ | _] = keys, fun) when is_function(fun),
    do: elem(Access.get_and_update_in(data, keys, fn x -> {nil, fun.(x)} end), 1)

  @doc false
  def pop_in(nil, [key | _]), do: raise(ArgumentError, "could not pop key #{inspect(key)} on a nil value")
  def pop_in(data, [_ | _] = keys), do: pop_in_data(data, keys)

  defp pop_in_data(nil, [_ | _]), do: :pop
  defp pop_in_data(data, [fun]) when is_function(fun), do: fun.(:get_and_update, data, fn _ -> :pop end)

  defp pop_in_data(data, [fun | tail]) when is_function(fun),
    do: fun.(:get_and_update, data, fn x -> pop_in_data(x, tail) end)

  defp pop_in_data(data, [key]), do: Access.pop(data, key)

  defp pop_in_data(data, [key | tail]),
    do: Access.get_and_update(data, key, fn x -> pop_in_data(x, tail) end)
end
