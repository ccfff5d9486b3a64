IO.inspect(alias Supervisor, as: S)
IO.inspect(import Enum, only: [map: 2])
IO.inspect(require Logger)
IO.inspect(alias String.Chars)
