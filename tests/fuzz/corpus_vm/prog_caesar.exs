defmodule Caesar do
  def shift(text, n) do
    text
    |> String.to_charlist()
    |> Enum.map(fn
      c when c in ?a..?z -> ?a + Integer.mod(c - ?a + n, 26)
      c when c in ?A..?Z -> ?A + Integer.mod(c - ?A + n, 26)
      c -> c
    end)
    |> List.to_string()
  end
  def rot13(t), do: shift(t, 13)
  def crack(cipher, known_word) do
    Enum.find(0..25, fn n -> String.contains?(shift(cipher, -n), known_word) end)
  end
end
msg = "Hello, World! The quick brown fox."
enc = Caesar.shift(msg, 3)
IO.puts(enc)
IO.puts(Caesar.shift(enc, -3))
IO.puts(Caesar.rot13(msg))
IO.puts(Caesar.rot13(Caesar.rot13(msg)))
IO.inspect(Caesar.crack(Caesar.shift("attack at dawn", 17), "dawn"))
IO.puts(Caesar.shift("xyz XYZ", 30))
IO.puts(Caesar.shift("abc", -27))
