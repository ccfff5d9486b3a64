describe = fn
  x ->
    case x do
      {:ok, %{status: s}} when s in 200..299 -> "success #{s}"
      {:ok, %{status: s}} -> "unexpected #{s}"
      {:error, reason} when is_atom(reason) -> "error: #{reason}"
      {:error, %{message: m}} -> "error: #{m}"
      list when is_list(list) and length(list) > 3 -> "long list"
      [_ | _] -> "short list"
      "" <> _ = s -> "string of #{byte_size(s)}"
      n when is_number(n) and n > 0 -> "positive"
      _ -> "unknown"
    end
end
inputs = [{:ok, %{status: 201}}, {:ok, %{status: 500}}, {:error, :timeout}, {:error, %{message: "bad"}},
          [1, 2, 3, 4], [1], "hey", 3.5, -1, nil]
Enum.each(inputs, &IO.puts(describe.(&1)))
res = case Enum.find([1, 2, 3], &(&1 > 5)) do
  nil -> :not_found
  v -> v
end
IO.inspect(res)
IO.inspect(case {1, [2, 3]} do {a, [b | _]} -> a + b end)
