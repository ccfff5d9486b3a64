IO.puts("erlang error")
:erlang.error({:custom_reason, [1, 2]})
