# Agent, as Elixir 1.14 writes it: a GenServer (Agent.Server) whose state is
# changed by the functions clients send it.

defmodule Agent do
  def child_spec(arg) do
    %{id: Agent, start: {Agent, :start_link, [arg]}}
  end

  # (Each arity is written out: the engine's default arguments cannot yet mix
  # two families of arities under one name.)
  def start_link(fun) when is_function(fun, 0), do: start_link(fun, [])

  def start_link(fun, options) when is_function(fun, 0),
    do: GenServer.start_link(Agent.Server, fun, options)

  def start_link(module, fun, args), do: start_link(module, fun, args, [])

  def start_link(module, fun, args, options),
    do: GenServer.start_link(Agent.Server, {module, fun, args}, options)

  def start(fun) when is_function(fun, 0), do: start(fun, [])

  def start(fun, options) when is_function(fun, 0),
    do: GenServer.start(Agent.Server, fun, options)

  def start(module, fun, args), do: start(module, fun, args, [])

  def start(module, fun, args, options),
    do: GenServer.start(Agent.Server, {module, fun, args}, options)

  def get(agent, fun) when is_function(fun, 1), do: get(agent, fun, 5000)

  def get(agent, fun, timeout) when is_function(fun, 1),
    do: GenServer.call(agent, {:get, fun}, timeout)

  def get(agent, module, fun, args), do: get(agent, module, fun, args, 5000)

  def get(agent, module, fun, args, timeout),
    do: GenServer.call(agent, {:get, {module, fun, args}}, timeout)

  def get_and_update(agent, fun) when is_function(fun, 1), do: get_and_update(agent, fun, 5000)

  def get_and_update(agent, fun, timeout) when is_function(fun, 1),
    do: GenServer.call(agent, {:get_and_update, fun}, timeout)

  def get_and_update(agent, module, fun, args),
    do: get_and_update(agent, module, fun, args, 5000)

  def get_and_update(agent, module, fun, args, timeout),
    do: GenServer.call(agent, {:get_and_update, {module, fun, args}}, timeout)

  def update(agent, fun) when is_function(fun, 1), do: update(agent, fun, 5000)

  def update(agent, fun, timeout) when is_function(fun, 1),
    do: GenServer.call(agent, {:update, fun}, timeout)

  def update(agent, module, fun, args), do: update(agent, module, fun, args, 5000)

  def update(agent, module, fun, args, timeout),
    do: GenServer.call(agent, {:update, {module, fun, args}}, timeout)

  def cast(agent, fun) when is_function(fun, 1), do: GenServer.cast(agent, {:cast, fun})

  def cast(agent, module, fun, args),
    do: GenServer.cast(agent, {:cast, {module, fun, args}})

  def stop(agent, reason \\ :normal, timeout \\ :infinity),
    do: GenServer.stop(agent, reason, timeout)
end

defmodule Agent.Server do
  def init(fun) do
    _ = initial_call(fun)
    {:ok, run(fun, [])}
  end

  def handle_call({:get, fun}, _from, state), do: {:reply, run(fun, [state]), state}

  def handle_call({:get_and_update, fun}, _from, state) do
    case run(fun, [state]) do
      {reply, state} -> {:reply, reply, state}
      other -> {:stop, {:bad_return_value, other}, state}
    end
  end

  def handle_call({:update, fun}, _from, state), do: {:reply, :ok, run(fun, [state])}

  def handle_call(msg, _from, state) do
    case :erlang.phash2(1, 1) do
      0 -> raise "attempted to call GenServer #{inspect(proc())} but no handle_call/3 clause was provided"
      1 -> {:stop, {:bad_call, msg}, state}
    end
  end

  def handle_cast({:cast, fun}, state), do: {:noreply, run(fun, [state])}

  def handle_cast(msg, state) do
    case :erlang.phash2(1, 1) do
      0 -> raise "attempted to cast GenServer #{inspect(proc())} but no handle_cast/2 clause was provided"
      1 -> {:stop, {:bad_cast, msg}, state}
    end
  end

  def handle_info(msg, state) do
    IO.puts(:stderr, "[error] Agent.Server #{inspect(proc())} received unexpected message in handle_info/2: #{inspect(msg)}")
    {:noreply, state}
  end

  def terminate(_reason, _state), do: :ok

  def code_change(_old, state, fun), do: {:ok, run(fun, [state])}

  defp proc do
    case Process.info(self(), :registered_name) do
      {_, []} -> self()
      {_, name} -> name
    end
  end

  defp initial_call(mfa) do
    _ = Process.put(:"$initial_call", get_initial_call(mfa))
    :ok
  end

  defp get_initial_call(fun) when is_function(fun, 0) do
    {:module, module} = :erlang.fun_info(fun, :module)
    {:name, name} = :erlang.fun_info(fun, :name)
    {module, name, 0}
  end

  defp get_initial_call({mod, fun, args}), do: {mod, fun, length(args)}

  defp run({m, f, a}, extra), do: apply(m, f, extra ++ a)
  defp run(fun, extra), do: apply(fun, extra)
end
