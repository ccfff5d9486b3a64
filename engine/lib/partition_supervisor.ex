# PartitionSupervisor, ported from Elixir 1.14 (lib/elixir/lib/partition_supervisor.ex).
#
# A Supervisor with one child per partition. With an atom name, the number of
# partitions and the child pids are kept in a protected ETS table of that name;
# with a {:via, _, _} name, in the PartitionSupervisor.Registry (the supervisor
# registers its own pid with the number of partitions, and {pid, partition}
# with each child's pid). Each child is started through start_child/5, in the
# supervisor process, which records it.
# Routing for {:via, PartitionSupervisor, {name, key}}: integer keys go to
# rem(abs(key), partitions), other keys to :erlang.phash2(key, partitions).
#
# Differences from Elixir:
#   * the default :partitions is :erlang.system_info(:schedulers_online), which
#     is 1 in proclab (proclab has no System.schedulers_online/0; on the BEAM
#     the value is usually the number of cores).
#   * proclab has no :elixir_sup application supervisor: the
#     PartitionSupervisor.Registry used for via-named partition supervisors is
#     started under an unlinked holder process instead.
defmodule PartitionSupervisor do
  @registry PartitionSupervisor.Registry

  # Elixir 1.14 defaults the id to DynamicSupervisor (fixed in later versions);
  # kept as 1.14 does it.
  def child_spec(opts) when is_list(opts) do
    id =
      case Keyword.get(opts, :name, DynamicSupervisor) do
        name when is_atom(name) -> name
        {:via, _module, name} -> name
      end

    %{
      id: id,
      start: {PartitionSupervisor, :start_link, [opts]},
      type: :supervisor
    }
  end

  def start_link(opts) when is_list(opts) do
    name = opts[:name]

    if !name do
      raise ArgumentError, "the :name option must be given to PartitionSupervisor"
    end

    {child_spec, opts} = Keyword.pop(opts, :child_spec)

    if !child_spec do
      raise ArgumentError, "the :child_spec option must be given to PartitionSupervisor"
    end

    {partitions, opts} =
      Keyword.pop(opts, :partitions, :erlang.system_info(:schedulers_online))

    if not (is_integer(partitions) and partitions >= 1) do
      raise ArgumentError,
            "the :partitions option must be a positive integer, got: #{inspect(partitions)}"
    end

    {with_arguments, opts} = Keyword.pop(opts, :with_arguments, fn args, _partition -> args end)

    if not is_function(with_arguments, 2) do
      raise ArgumentError,
            "the :with_arguments option must be a function that receives two arguments, " <>
              "the current call arguments and the partition, got: #{inspect(with_arguments)}"
    end

    %{start: {mod, fun, args}} = map = Supervisor.child_spec(child_spec, [])
    modules = map[:modules] || [mod]

    children =
      for partition <- 0..(partitions - 1) do
        args = with_arguments.(args, partition)

        if not is_list(args) do
          raise "the call to the function in :with_arguments must return a list, got: #{inspect(args)}"
        end

        start = {__MODULE__, :start_child, [mod, fun, args, name, partition]}
        Map.merge(map, %{id: partition, start: start, modules: modules})
      end

    {init_opts, start_opts} = Keyword.split(opts, [:strategy, :max_seconds, :max_restarts])

    Supervisor.start_link(__MODULE__, {name, partitions, children, init_opts}, start_opts)
  end

  def start_child(mod, fun, args, name, partition) do
    case apply(mod, fun, args) do
      {:ok, pid} ->
        register_child(name, partition, pid)
        {:ok, pid}

      {:ok, pid, info} ->
        register_child(name, partition, pid)
        {:ok, pid, info}

      other ->
        other
    end
  end

  defp register_child(name, partition, pid) when is_atom(name) do
    :ets.insert(name, {partition, pid})
  end

  defp register_child({:via, _, _}, partition, pid) do
    Registry.register(@registry, {self(), partition}, pid)
  end

  def init({name, partitions, children, init_opts}) do
    init_partitions(name, partitions)
    Supervisor.init(children, Keyword.put_new(init_opts, :strategy, :one_for_one))
  end

  defp init_partitions(name, partitions) when is_atom(name) do
    :ets.new(name, [:set, :named_table, :protected, read_concurrency: true])
    :ets.insert(name, {:partitions, partitions})
  end

  defp init_partitions({:via, _, _}, partitions) do
    ensure_registry()
    Registry.register(@registry, self(), partitions)
  end

  # Elixir starts the registry under its application supervisor (:elixir_sup).
  defp ensure_registry do
    if Process.whereis(@registry) == nil do
      parent = self()

      holder =
        spawn(fn ->
          result = Registry.start_link(keys: :unique, name: @registry)
          Kernel.send(parent, {:partition_registry, self(), result})
          holder_loop()
        end)

      receive do
        {:partition_registry, ^holder, _result} -> :ok
      end
    end
  end

  defp holder_loop do
    receive do
      _ -> holder_loop()
    end
  end

  def partitions(name) do
    {_name, partitions} = name_partitions(name)
    partitions
  end

  # {what whereis_name/2 looks children up by, the number of partitions}: the
  # table's name, or the supervisor's pid for a {:via, _, _} name.
  defp name_partitions(name) when is_atom(name) do
    try do
      {name, :ets.lookup_element(name, :partitions, 2)}
    rescue
      _ -> exit({:noproc, {__MODULE__, :partitions, [name]}})
    end
  end

  defp name_partitions(name) when is_tuple(name) do
    with pid when is_pid(pid) <- GenServer.whereis(name),
         [name_partitions] <- Registry.lookup(@registry, pid) do
      name_partitions
    else
      _ -> exit({:noproc, {__MODULE__, :partitions, [name]}})
    end
  end

  def which_children(name) when is_atom(name) or elem(name, 0) == :via do
    Supervisor.which_children(name)
  end

  def count_children(supervisor) when is_atom(supervisor) do
    Supervisor.count_children(supervisor)
  end

  def stop(supervisor, reason \\ :normal, timeout \\ :infinity) when is_atom(supervisor) do
    Supervisor.stop(supervisor, reason, timeout)
  end

  ## Via callbacks

  def whereis_name({name, key}) when is_atom(name) or is_tuple(name) do
    {name, partitions} = name_partitions(name)

    partition =
      if is_integer(key), do: rem(abs(key), partitions), else: :erlang.phash2(key, partitions)

    whereis_name(name, partition)
  end

  defp whereis_name(name, partition) when is_atom(name) do
    :ets.lookup_element(name, partition, 2)
  end

  defp whereis_name(name, partition) when is_pid(name) do
    List.first(Registry.values(@registry, {name, partition}, name), :undefined)
  end

  def send(name_key, msg) do
    Kernel.send(whereis_name(name_key), msg)
  end

  def register_name(_, _) do
    raise "{:via, PartitionSupervisor, _} cannot be given on registration"
  end

  def unregister_name(_, _) do
    raise "{:via, PartitionSupervisor, _} cannot be given on unregistration"
  end
end
