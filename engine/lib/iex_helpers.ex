# IEx.Helpers: the functions the proclab shell imports (flush, i, pid, v, h),
# ported from Elixir 1.14's lib/iex (helpers.ex, info.ex, history.ex and
# introspection.ex) so that they print what real iex prints.
#
# In Elixir, h/1 is a macro and i/1 dispatches through the IEx.Info protocol.
# The subset has neither, so the shell turns `h Enum.map/2` into
# h({Enum, :map, 2}) before calling, and i/1 picks the description with a
# plain case over the term's type. The documentation h/1 prints comes from
# IEx.Docs, generated from real Elixir by tools/gen_iex_docs.exs.

defmodule IEx.Helpers do
  # i/1 and h/1 return this atom, as in IEx: the shell prints nothing for it,
  # since the helper has already printed what it had to say.
  @no_result :"do not show this result in output"

  # ---- flush ----

  # Prints every message in the mailbox, without waiting for more.
  def flush do
    receive do
      msg ->
        IO.inspect(msg)
        flush()
    after
      0 -> :ok
    end
  end

  # ---- pid ----

  # Builds the pid written "0.80.0" (no #PID<> around it).
  def pid(string) when is_binary(string),
    do: :erlang.list_to_pid(String.to_charlist("<" <> string <> ">"))

  def pid(name) when is_atom(name) do
    case Process.whereis(name) do
      p when is_pid(p) -> p
      _ -> raise ArgumentError, "could not find registered process with name: #{inspect(name)}"
    end
  end

  # Builds the pid #PID<x.y.z>.
  def pid(x, y, z)
      when is_integer(x) and x >= 0 and is_integer(y) and y >= 0 and is_integer(z) and z >= 0 do
    :erlang.list_to_pid(String.to_charlist("<#{x}.#{y}.#{z}>"))
  end

  # ---- v: the shell's result history ----

  # The shell keeps [{counter, value}, ...], newest first, in its process
  # dictionary; only expressions that returned a value are in it.
  @history_key :"$proclab_history"

  # The value of the last expression the shell evaluated: v(-1).
  def v, do: v(-1)

  # v(n) is the value of expression n (the number in its prompt) and v(-k)
  # the value k results back, so v(-1) is the latest.
  def v(n) when is_integer(n) do
    history = Process.get(@history_key, [])

    found =
      cond do
        n > 0 -> List.keyfind(history, n, 0)
        n < 0 -> Enum.at(history, -n - 1)
        true -> nil
      end

    case found do
      {_, value} -> value
      nil -> raise RuntimeError, "v(#{n}) is out of bounds"
    end
  end

  # ---- h: documentation ----

  # The shell rewrites `h Enum`, `h Enum.map` and `h Enum.map/2` into
  # h(Enum), h({Enum, :map}) and h({Enum, :map, 2}). The messages for what
  # has no documentation are IEx's.
  def h(module) when is_atom(module) do
    if loaded?(module) do
      case IEx.Docs.module_doc(module) do
        nil -> no_docs(module)
        text -> IO.write(heading([inspect(module)]) <> text)
      end
    end

    @no_result
  end

  def h({module, name}) when is_atom(module) and is_atom(name) do
    if loaded?(module) do
      case IEx.Docs.function_docs(module) do
        nil ->
          no_docs(module)

        docs ->
          case Enum.filter(docs, fn {n, _, _, _, _, _} -> n == name end) do
            [] ->
              IO.puts("No documentation for #{inspect(module)}.#{name} was found")

            found ->
              Enum.each(found, fn {_, arity, _, _, _, _} = doc -> print_doc(doc, arity) end)
          end
      end
    end

    @no_result
  end

  def h({module, name, arity}) when is_atom(module) and is_atom(name) and is_integer(arity) do
    if loaded?(module) do
      case IEx.Docs.function_docs(module) do
        nil ->
          no_docs(module)

        docs ->
          case find_doc(docs, name, arity) do
            nil -> IO.puts("No documentation for #{inspect(module)}.#{name}/#{arity} was found")
            doc -> print_doc(doc, arity)
          end
      end
    end

    @no_result
  end

  def h(other) do
    IO.puts(
      "The \"h\" helper expects a Module, Module.fun or Module.fun/arity, got: " <>
        inspect(other)
    )

    IO.puts(
      "If instead of accessing documentation you would like more information " <>
        "about a value or about the result of an expression, use the \"i\" helper instead"
    )

    @no_result
  end

  # Says so, as IEx does, when there is no such module at all.
  defp loaded?(module) do
    if Code.ensure_loaded?(module) do
      true
    else
      IO.puts("Could not load module #{inspect(module)}, got: nofile")
      false
    end
  end

  defp no_docs(module), do: IO.puts("#{inspect(module)} was not compiled with docs")

  # name/arity, or a function whose default arguments let it take arity
  # arguments: String.split/1 is documented as split/3.
  defp find_doc(docs, name, arity) do
    Enum.find(docs, fn {n, a, _, _, _, _} -> n == name and a == arity end) ||
      Enum.find(docs, fn {n, a, defaults, _, _, _} ->
        n == name and a > arity and a <= arity + defaults
      end)
  end

  # The @spec shown is the one of the arity asked for, as in IEx: h(IO.inspect/1)
  # shows inspect/2's doc but no spec, since only inspect/2 has one.
  defp print_doc({_, _, _, signatures, specs, body}, arity) do
    spec =
      case List.keyfind(specs, arity, 0) do
        {_, text} -> text
        nil -> ""
      end

    IO.write(heading(Enum.map(signatures, &("def " <> &1))) <> spec <> body)
  end

  # Titles centred on a line of 80 columns, between blank lines, as
  # IO.ANSI.Docs.print_headings/2 writes them without colours.
  defp heading(titles) do
    centred =
      Enum.map_join(titles, fn title ->
        String.pad_leading(title, div(80 + String.length(title), 2)) <> "\n"
      end)

    "\n" <> centred <> "\n"
  end

  # ---- i: what a term is ----

  # Prints information about a term: its type, description and modules.
  def i(term) do
    sections =
      [{"Term", inspect(term)}] ++
        info(term) ++ [{"Implemented protocols", protocols(term)}]

    Enum.each(sections, fn {subject, text} ->
      # multi-line texts stay indented under their subject
      text = text |> to_string() |> String.trim() |> String.replace("\n", "\n  ")
      IO.puts(subject)
      IO.puts("  " <> text)
    end)

    @no_result
  end

  # i/1 of the last result, i(v(-1)).
  def i, do: i(v(-1))

  # One clause per IEx.Info implementation, in the order Elixir's protocol
  # dispatch tries them (structs first, since a struct is also a map).
  defp info(%module{}) do
    [
      {"Data type", inspect(module)},
      {"Description", "This is a struct. Structs are maps with a __struct__ key."},
      {"Reference modules", inspect(module) <> ", Map"}
    ]
  end

  defp info(term) when is_tuple(term),
    do: [{"Data type", "Tuple"}, {"Reference modules", "Tuple"}]

  defp info(term) when is_atom(term), do: info_atom(term)
  defp info(term) when is_list(term), do: [{"Data type", "List"} | info_list(term)]
  defp info(term) when is_map(term), do: [{"Data type", "Map"}, {"Reference modules", "Map"}]

  defp info(term) when is_bitstring(term),
    do: [{"Data type", "BitString"} | info_bitstring(term)]

  defp info(term) when is_integer(term),
    do: [{"Data type", "Integer"}, {"Reference modules", "Integer"}]

  defp info(term) when is_float(term),
    do: [{"Data type", "Float"}, {"Reference modules", "Float"}]

  defp info(term) when is_function(term), do: [{"Data type", "Function"} | info_fun(term)]
  defp info(term) when is_pid(term), do: [{"Data type", "PID"} | info_pid(term)]
  defp info(term) when is_reference(term), do: [{"Data type", "Reference"}]

  # ---- i: atoms and modules ----

  defp info_atom(atom) do
    description =
      if atom == @no_result do
        [
          {"Description",
           "This atom is returned by IEx when a function that should not print its\n" <>
             "return value on screen is executed.\n"}
        ]
      else
        []
      end

    specific =
      cond do
        Code.ensure_loaded?(atom) -> info_module(atom)
        String.starts_with?(Atom.to_string(atom), "Elixir.") -> raw_atom(atom, "Atom")
        true -> [{"Reference modules", "Atom"}]
      end

    [{"Data type", "Atom"}] ++ description ++ specific
  end

  # IEx also shows the module's .beam file, source, version and compile
  # options here, and suggests Module.module_info(): a proclab module has no
  # .beam file and no module_info/0, so those sections are left out.
  defp info_module(module) do
    docs =
      if IEx.Docs.module_doc(module) == nil,
        do: [],
        else: [{"Description", "Use h(#{inspect(module)}) to access its documentation."}]

    docs ++ raw_atom(module, "Module, Atom")
  end

  defp raw_atom(atom, modules) do
    [
      {"Raw representation", ":" <> inspect(Atom.to_string(atom))},
      {"Reference modules", modules}
    ]
  end

  # ---- i: lists ----

  defp info_list(list) do
    cond do
      list == [] ->
        [{"Reference modules", "List"}]

      List.ascii_printable?(list) ->
        [
          {"Description",
           "This is a list of integers that is printed as a sequence of characters\n" <>
             "delimited by single quotes because all the integers in it represent printable\n" <>
             "ASCII characters. Conventionally, a list of Unicode code points is known as a\n" <>
             "charlist and a list of ASCII characters is a subset of it.\n"},
          {"Raw representation", inspect(list, charlists: :as_lists)},
          {"Reference modules", "List"}
        ]

      Keyword.keyword?(list) ->
        [
          {"Description",
           "This is what is referred to as a \"keyword list\". A keyword list is a list\n" <>
             "of two-element tuples where the first element of each tuple is an atom.\n"},
          {"Reference modules", "Keyword, List"}
        ]

      List.improper?(list) ->
        [
          {"Description",
           "This is what is referred to as an \"improper list\". An improper list is a\n" <>
             "list which its last tail is not to an empty list. For example: [1, 2, 3]\n" <>
             "is a proper list, as it is equivalent to [1, 2, 3 | []], as opposed to\n" <>
             "[1, 2 | 3] which is an improper list since its last tail returns 3.\n"},
          {"Reference modules", "List"}
        ]

      true ->
        [{"Reference modules", "List"}]
    end
  end

  # ---- i: binaries ----

  defp info_bitstring(bin) when is_binary(bin) do
    cond do
      String.printable?(bin) ->
        [
          {"Byte size", byte_size(bin)},
          {"Description",
           "This is a string: a UTF-8 encoded binary. It's printed surrounded by\n" <>
             "\"double quotes\" because all UTF-8 encoded code points in it are printable.\n"},
          {"Raw representation", inspect(bin, binaries: :as_binaries)},
          {"Reference modules", "String, :binary"}
        ]

      String.valid?(bin) ->
        first = Enum.find(String.codepoints(bin), fn c -> not String.printable?(c) end)

        [
          {"Byte size", byte_size(bin)},
          {"Description",
           "This is a string: a UTF-8 encoded binary. It's printed with the `<<>>`\n" <>
             "syntax (as opposed to double quotes) because it contains non-printable\n" <>
             "UTF-8 encoded code points (the first non-printable code point being\n" <>
             "`#{inspect(first)}`).\n"},
          {"Reference modules", "String, :binary"}
        ]

      true ->
        first = Enum.find(String.codepoints(bin), fn c -> not String.valid?(c) end)

        [
          {"Byte size", byte_size(bin)},
          {"Description",
           "This is a binary: a collection of bytes. It's printed with the `<<>>`\n" <>
             "syntax (as opposed to double quotes) because it is not a UTF-8 encoded\n" <>
             "binary (the first invalid byte being `#{inspect(first)}`)\n"},
          {"Reference modules", ":binary"}
        ]
    end
  end

  defp info_bitstring(bits) do
    [
      {"Bits size", bit_size(bits)},
      {"Description",
       "This is a bitstring. It's a chunk of bits that are not divisible by 8\n" <>
         "(the number of bytes isn't whole).\n"}
    ]
  end

  # ---- i: functions and processes ----

  # A capture of a named function (&Enum.map/2) is "external" and has no
  # environment; anything else is an anonymous function.
  defp info_fun(fun) do
    fun_info = :erlang.fun_info(fun)
    type = {"Type", to_string(fun_info[:type])}
    arity = {"Arity", fun_info[:arity]}

    if fun_info[:type] == :external and fun_info[:env] == [] do
      [type, arity]
    else
      [type, arity, {"Description", "This is an anonymous function."}]
    end
  end

  defp info_pid(pid) do
    alive =
      case Process.info(pid, [:registered_name, :links, :message_queue_len]) do
        [_ | _] = info ->
          [
            {"Alive", true},
            {"Name", process_name(info[:registered_name])},
            {"Links", links(info[:links])},
            {"Message queue length", info[:message_queue_len]}
          ]

        _ ->
          [{"Alive", false}]
      end

    alive ++
      [
        {"Description", "Use Process.info/1 to get more info about this process"},
        {"Reference modules", "Process, Node"}
      ]
  end

  defp process_name([]), do: "not registered"
  defp process_name(name), do: inspect(name)

  defp links([]), do: "none"
  defp links(links), do: Enum.map_join(links, ", ", &inspect/1)

  # ---- i: protocols ----

  # The subset has no protocols, so these are the lists real Elixir 1.14
  # prints: the protocols (of elixir and iex) that have an implementation for
  # the term's type. IEx.Info is iex's own protocol behind i/1.
  defp protocols(%Range{}), do: "Enumerable, IEx.Info, Inspect"
  defp protocols(%{__struct__: MapSet}), do: "Collectable, Enumerable, IEx.Info, Inspect"
  defp protocols(%{__struct__: _}), do: "IEx.Info, Inspect"
  defp protocols(term) when is_map(term), do: "Collectable, Enumerable, IEx.Info, Inspect"

  defp protocols(term) when is_list(term),
    do: "Collectable, Enumerable, IEx.Info, Inspect, List.Chars, String.Chars"

  defp protocols(term) when is_bitstring(term),
    do: "Collectable, IEx.Info, Inspect, List.Chars, String.Chars"

  defp protocols(term) when is_atom(term) or is_number(term),
    do: "IEx.Info, Inspect, List.Chars, String.Chars"

  defp protocols(term) when is_function(term), do: "Enumerable, IEx.Info, Inspect"
  defp protocols(_tuple_pid_or_ref), do: "IEx.Info, Inspect"
end
