defmodule ValidationError do
  defexception [:field]
  def message(e), do: "invalid field: #{e.field}"
end
IO.puts("validating")
raise ValidationError, field: :email
