defmodule Validator do
  def validate(params) do
    with {:ok, name} <- required(params, "name"),
         {:ok, name} <- min_length(name, 2),
         {:ok, age_str} <- required(params, "age"),
         {age, ""} <- Integer.parse(age_str),
         :ok <- in_range(age, 0, 150),
         {:ok, email} <- required(params, "email"),
         true <- String.contains?(email, "@") || {:error, {"email", "invalid"}} do
      {:ok, %{name: name, age: age, email: email}}
    else
      :error -> {:error, {"age", "not a number"}}
      {_n, rest} when is_binary(rest) -> {:error, {"age", "trailing garbage #{inspect(rest)}"}}
      {:error, _} = err -> err
    end
  end
  defp required(p, key) do
    case Map.get(p, key) do
      nil -> {:error, {key, "is required"}}
      "" -> {:error, {key, "is blank"}}
      v -> {:ok, v}
    end
  end
  defp min_length(v, n), do: if(String.length(v) >= n, do: {:ok, v}, else: {:error, {"name", "too short"}})
  defp in_range(v, lo, hi) when v in lo..hi, do: :ok
  defp in_range(_, _, _), do: {:error, {"age", "out of range"}}
end
cases = [
  %{"name" => "Ann", "age" => "30", "email" => "ann@x.org"},
  %{"age" => "30"},
  %{"name" => "A", "age" => "30"},
  %{"name" => "Bob", "age" => "abc"},
  %{"name" => "Bob", "age" => "12x"},
  %{"name" => "Bob", "age" => "200"},
  %{"name" => "Bob", "age" => "20", "email" => ""},
  %{"name" => "Bob", "age" => "20", "email" => "bob"}
]
Enum.each(cases, fn c -> IO.inspect(Validator.validate(c)) end)
