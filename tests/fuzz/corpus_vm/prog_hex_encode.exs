defmodule Hex do
  @digits '0123456789abcdef'
  def encode(bin), do: for(<<b <- bin>>, into: "", do: <<Enum.at(@digits, div(b, 16)), Enum.at(@digits, rem(b, 16))>>)
  def decode(hex), do: decode(String.downcase(hex), <<>>)
  defp decode("", acc), do: {:ok, acc}
  defp decode(<<a, b, rest::binary>>, acc) do
    with {:ok, hi} <- val(a), {:ok, lo} <- val(b), do: decode(rest, <<acc::binary, hi * 16 + lo>>)
  end
  defp decode(_, _), do: {:error, :odd_length}
  defp val(c) do
    case Enum.find_index(@digits, &(&1 == c)) do
      nil -> {:error, {:bad_digit, <<c>>}}
      i -> {:ok, i}
    end
  end
  def checksum(bin), do: for(<<b <- bin>>, reduce: 0, do: (acc -> rem(acc * 31 + b, 65521)))
end
IO.puts(Hex.encode("Hello"))
IO.puts(Hex.encode(<<0, 1, 127, 128, 255>>))
IO.inspect(Hex.decode("48656C6C6F"))
IO.inspect(Hex.decode("00ff80"))
IO.inspect(Hex.decode("abc"))
IO.inspect(Hex.decode("zz"))
IO.inspect(Hex.encode(""))
IO.inspect(Hex.checksum("The quick brown fox"))
