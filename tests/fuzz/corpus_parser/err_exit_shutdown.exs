IO.puts("shutdown")
exit(:shutdown)
