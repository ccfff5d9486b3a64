# Registry: a local key-value process registry, :unique or :duplicate keys.
#
# As in Elixir, a registry is a process that owns ETS tables; callers write their
# own entries straight into the public tables and link themselves to the registry
# process, which traps exits and removes a process's entries when it dies.
# Elixir's real registry is a supervisor with partition processes; here one
# process owns everything (one partition), written with spawn/receive directly.
#
# Tables (all owned by the registry process, so they die with it):
#   the registry name   named :set, {:meta, kind, keys_table, pids_table, pid}
#                       and {{:meta, key}, value} for put_meta/meta
#   keys                :set (unique) or :duplicate_bag, {key, {pid, value}}
#   pids                :duplicate_bag, {pid, key}

defmodule Registry do
  def child_spec(opts) do
    %{id: Keyword.get(opts, :name, Registry), start: {Registry, :start_link, [opts]}, type: :supervisor}
  end

  def start_link(opts) do
    keys = Keyword.get(opts, :keys)
    name = Keyword.get(opts, :name)

    unless keys in [:unique, :duplicate] do
      raise ArgumentError,
            "expected :keys to be given and be one of :unique or :duplicate, got: #{inspect(keys)}"
    end

    unless is_atom(name) and name != nil do
      raise ArgumentError, "expected :name to be given and to be an atom, got: #{inspect(name)}"
    end

    case Process.whereis(name) do
      nil ->
        parent = self()
        meta = Keyword.get(opts, :meta, [])
        pid = spawn_link(fn -> init(parent, keys, name, meta) end)

        receive do
          {:"$registry_ack", ^pid, result} -> result
        end

      pid ->
        {:error, {:already_started, pid}}
    end
  end

  defp init(parent, kind, name, meta) do
    Process.flag(:trap_exit, true)
    Process.register(self(), name)
    :ets.new(name, [:set, :public, :named_table, read_concurrency: true])
    keys = :ets.new(name, [if(kind == :unique, do: :set, else: :duplicate_bag), :public])
    pids = :ets.new(name, [:duplicate_bag, :public])
    :ets.insert(name, {:meta, kind, keys, pids, self()})
    for {k, v} <- meta, do: :ets.insert(name, {{:meta, k}, v})
    Kernel.send(parent, {:"$registry_ack", self(), {:ok, self()}})
    loop(parent, keys, pids)
  end

  defp loop(parent, keys, pids) do
    receive do
      {:EXIT, ^parent, reason} ->
        exit(reason)

      {:EXIT, pid, _reason} ->
        for {_, key} <- :ets.lookup(pids, pid), do: :ets.match_delete(keys, {key, {pid, :_}})
        :ets.delete(pids, pid)
        loop(parent, keys, pids)

      _other ->
        loop(parent, keys, pids)
    end
  end

  defp info!(registry) do
    case :ets.whereis(registry) do
      :undefined ->
        raise ArgumentError, "unknown registry: #{inspect(registry)}"

      _ ->
        [{:meta, kind, keys, pids, pid}] = :ets.lookup(registry, :meta)
        {kind, keys, pids, pid}
    end
  end

  def register(registry, key, value) do
    {kind, keys, pids, owner} = info!(registry)
    me = self()

    if kind == :unique and not :ets.insert_new(keys, {key, {me, value}}) do
      [{^key, {pid, _}}] = :ets.lookup(keys, key)

      if Process.alive?(pid) do
        {:error, {:already_registered, pid}}
      else
        :ets.delete_object(pids, {pid, key})
        :ets.insert(keys, {key, {me, value}})
        linked(pids, owner, me, key)
      end
    else
      if kind == :duplicate, do: :ets.insert(keys, {key, {me, value}})
      linked(pids, owner, me, key)
    end
  end

  defp linked(pids, owner, me, key) do
    :ets.insert(pids, {me, key})
    Process.link(owner)
    {:ok, owner}
  end

  def unregister(registry, key) do
    {_kind, keys, pids, owner} = info!(registry)
    me = self()
    :ets.match_delete(keys, {key, {me, :_}})
    :ets.delete_object(pids, {me, key})
    if :ets.lookup(pids, me) == [], do: Process.unlink(owner)
    :ok
  end

  def unregister_match(registry, key, pattern, guards \\ []) do
    {_kind, keys, pids, _owner} = info!(registry)
    me = self()
    spec = [{{key, {me, pattern}}, guards, [true]}]
    :ets.select_delete(keys, spec)

    if :ets.select_count(keys, [{{key, {me, :_}}, [], [true]}]) == 0 do
      :ets.delete_object(pids, {me, key})
    end

    :ok
  end

  def lookup(registry, key) do
    {kind, keys, _pids, _owner} = info!(registry)
    entries = for {_, entry} <- :ets.lookup(keys, key), do: entry

    case kind do
      :unique -> Enum.filter(entries, fn {pid, _} -> Process.alive?(pid) end)
      :duplicate -> entries
    end
  end

  def values(registry, key, pid) do
    {_kind, keys, _pids, _owner} = info!(registry)
    for {_, {^pid, value}} <- :ets.lookup(keys, key), do: value
  end

  def update_value(registry, key, callback) when is_function(callback, 1) do
    {kind, keys, _pids, _owner} = info!(registry)
    me = self()

    if kind != :unique do
      raise ArgumentError, "Registry.update_value/3 is not supported for duplicate registries"
    end

    case :ets.lookup(keys, key) do
      [{^key, {^me, value}}] ->
        new_value = callback.(value)
        :ets.insert(keys, {key, {me, new_value}})
        {new_value, value}

      _ ->
        :error
    end
  end

  def dispatch(registry, key, mfa_or_fun, _opts \\ []) do
    case lookup(registry, key) do
      [] -> :ok
      entries -> apply_dispatch(mfa_or_fun, entries)
    end

    :ok
  end

  defp apply_dispatch({m, f, a}, entries), do: apply(m, f, [entries | a])
  defp apply_dispatch(fun, entries), do: fun.(entries)

  def keys(registry, pid) when is_pid(pid) do
    {_kind, _keys, pids, _owner} = info!(registry)
    for {_, key} <- :ets.lookup(pids, pid), do: key
  end

  def count(registry) do
    {_kind, keys, _pids, _owner} = info!(registry)
    :ets.info(keys, :size)
  end

  def count_match(registry, key, pattern, guards \\ []) do
    {_kind, keys, _pids, _owner} = info!(registry)
    :ets.select_count(keys, [{{key, {:_, pattern}}, guards, [true]}])
  end

  def match(registry, key, pattern, guards \\ []) do
    {_kind, keys, _pids, _owner} = info!(registry)
    :ets.select(keys, [{{key, {:_, pattern}}, guards, [{:element, 2, :"$_"}]}])
  end

  def select(registry, spec) do
    {_kind, keys, _pids, _owner} = info!(registry)

    spec =
      for {{k, p, v}, guards, body} <- spec do
        {{k, {p, v}}, guards, body}
      end

    :ets.select(keys, spec)
  end

  def meta(registry, key) do
    info!(registry)

    case :ets.lookup(registry, {:meta, key}) do
      [{_, value}] -> {:ok, value}
      [] -> :error
    end
  end

  def put_meta(registry, key, value) do
    info!(registry)
    :ets.insert(registry, {{:meta, key}, value})
    :ok
  end

  # ---- {:via, Registry, {registry, key}} callbacks ----

  def whereis_name({registry, key}) do
    case lookup(registry, key) do
      [{pid, _}] -> pid
      _ -> :undefined
    end
  end

  def whereis_name({registry, key, _value}), do: whereis_name({registry, key})

  def register_name({registry, key}, pid) when pid == self() do
    case register(registry, key, nil) do
      {:ok, _} -> :yes
      {:error, _} -> :no
    end
  end

  def register_name({registry, key, value}, pid) when pid == self() do
    case register(registry, key, value) do
      {:ok, _} -> :yes
      {:error, _} -> :no
    end
  end

  def unregister_name({registry, key}), do: unregister(registry, key)
  def unregister_name({registry, key, _value}), do: unregister(registry, key)

  def send({registry, key}, msg) do
    case lookup(registry, key) do
      [{pid, _}] -> Kernel.send(pid, msg)
      [] -> :erlang.error(:badarg, [{registry, key}, msg])
    end
  end
end
