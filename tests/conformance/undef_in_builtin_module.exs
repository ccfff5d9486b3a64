IO.inspect is_integer(System.schedulers_online())
IO.inspect :erlang.module_loaded(System)
IO.inspect :erlang.module_loaded(NoSuch)
System.nope()
