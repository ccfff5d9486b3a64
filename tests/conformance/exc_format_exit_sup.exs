# Exception.format_exit/1 on the reasons supervisors and gen_servers exit with.
reasons = [
  {:shutdown, {:failed_to_start_child, :s, {:already_started, :erlang.list_to_pid(~c"<0.5.0>")}}},
  {:shutdown, {:failed_to_start_child, Worker, {:EXIT, :boom}}},
  {:shutdown, {:failed_to_start_child, :w, {%RuntimeError{message: "x"}, [{M, :f, 1, []}]}}},
  {:shutdown, {:failed_to_start_child, :w, {:shutdown, {:failed_to_start_child, :inner, :nope}}}},
  {:bad_return, {MyMod, :init, :wat}},
  {:bad_start_spec, [:x]},
  {:start_spec, {:duplicate_child_name, :a}},
  {:start_spec, {:invalid_child_type, :foo}},
  {:start_spec, {:invalid_mfa, :m}},
  {:start_spec, {:invalid_restart_type, :never}},
  {:start_spec, {:invalid_shutdown, -1}},
  {:start_spec, {:invalid_module, 1}},
  {:start_spec, {:invalid_modules, :x}},
  {:start_spec, :other},
  {:supervisor_data, {:invalid_strategy, :one}},
  {:supervisor_data, {:invalid_intensity, -1}},
  {:supervisor_data, {:invalid_period, 0}},
  {:supervisor_data, {:invalid_type, :x}},
  {:supervisor_data, {:invalid_max_children, -1}},
  {:supervisor_data, {:invalid_extra_arguments, :x}},
  {:supervisor_data, :weird},
  {:timeout, {GenServer, :call, [:srv, :get, 5000]}},
  :noproc,
  {:shutdown, :bye}
]
for r <- reasons, do: IO.puts(Exception.format_exit(r))
