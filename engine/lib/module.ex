# Module and Function helpers that are plain functions over atoms and funs.

defmodule Module do
  def split(module) when is_atom(module) do
    case Atom.to_string(module) do
      "Elixir." <> rest -> String.split(rest, ".")
      _ -> raise ArgumentError, "expected an Elixir module, got: #{inspect(module)}"
    end
  end

  def concat(a, b), do: concat([a, b])

  def concat(parts) when is_list(parts) do
    names =
      Enum.map(parts, fn
        p when is_atom(p) -> p |> Atom.to_string() |> String.replace_prefix("Elixir.", "")
        p -> to_string(p)
      end)

    String.to_atom("Elixir." <> Enum.join(names, "."))
  end
end

defmodule Function do
  def identity(value), do: value
end
