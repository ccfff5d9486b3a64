IO.puts("exit with tuple")
exit({:shutdown, :custom})
