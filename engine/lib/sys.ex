# :sys, ported from OTP 25's sys.erl: the system-message protocol every OTP
# process answers. A client sends {:system, from, request} (through :gen.call,
# so it is an ordinary call with the label :system); the process hands it to
# :sys.handle_system_msg/6,7, which answers and then continues the process's
# own loop through its module's system_continue/3 (or system_terminate/4).
#
# Also :io.format/:io_lib.format with Erlang's term syntax (~p, ~w, ~s, ~n),
# which the *DBG* lines of :sys.trace are printed with.

defmodule :sys do
  # ---- the client side ----

  def get_state(name), do: unwrap_error(send_system_msg(name, :get_state))
  def get_state(name, timeout), do: unwrap_error(send_system_msg(name, :get_state, timeout))

  def replace_state(name, fun), do: unwrap_error(send_system_msg(name, {:replace_state, fun}))

  def replace_state(name, fun, timeout),
    do: unwrap_error(send_system_msg(name, {:replace_state, fun}, timeout))

  defp unwrap_error({:error, reason}), do: :erlang.error(reason)
  defp unwrap_error(state), do: state

  def get_status(name), do: send_system_msg(name, :get_status)
  def get_status(name, timeout), do: send_system_msg(name, :get_status, timeout)

  def suspend(name), do: send_system_msg(name, :suspend)
  def suspend(name, timeout), do: send_system_msg(name, :suspend, timeout)
  def resume(name), do: send_system_msg(name, :resume)
  def resume(name, timeout), do: send_system_msg(name, :resume, timeout)

  def terminate(name, reason), do: send_system_msg(name, {:terminate, reason})

  def terminate(name, reason, timeout),
    do: send_system_msg(name, {:terminate, reason}, timeout)

  def trace(name, flag), do: send_system_msg(name, {:debug, {:trace, flag}})
  def trace(name, flag, timeout), do: send_system_msg(name, {:debug, {:trace, flag}}, timeout)
  def log(name, flag), do: send_system_msg(name, {:debug, {:log, flag}})
  def log(name, flag, timeout), do: send_system_msg(name, {:debug, {:log, flag}}, timeout)
  def statistics(name, flag), do: send_system_msg(name, {:debug, {:statistics, flag}})
  def no_debug(name), do: send_system_msg(name, {:debug, :no_debug})
  def no_debug(name, timeout), do: send_system_msg(name, {:debug, :no_debug}, timeout)

  defp send_system_msg(name, request) do
    res =
      try do
        :gen.call(name, :system, request)
      catch
        :exit, reason -> exit({reason, mfa(name, request)})
      end

    ok_result(res)
  end

  defp send_system_msg(name, request, timeout) do
    res =
      try do
        :gen.call(name, :system, request, timeout)
      catch
        :exit, reason ->
          {m, f, a} = mfa(name, request)
          exit({reason, {m, f, a ++ [timeout]}})
      end

    ok_result(res)
  end

  defp ok_result({:ok, res}), do: res

  defp mfa(name, {:debug, {func, arg2}}), do: {:sys, func, [name, arg2]}
  defp mfa(name, {:terminate, reason}), do: {:sys, :terminate, [name, reason]}
  defp mfa(name, {:replace_state, fun}), do: {:sys, :replace_state, [name, fun]}
  defp mfa(name, {:debug, :no_debug}), do: {:sys, :no_debug, [name]}
  defp mfa(name, atom), do: {:sys, atom, [name]}

  # ---- the process side ----

  def handle_system_msg(msg, from, parent, mod, debug, misc),
    do: handle_system_msg(:running, msg, from, parent, mod, debug, misc, false)

  def handle_system_msg(msg, from, parent, mod, debug, misc, hib),
    do: handle_system_msg(:running, msg, from, parent, mod, debug, misc, hib)

  defp handle_system_msg(sys_state, msg, from, parent, mod, debug, misc, hib) do
    case do_cmd(sys_state, msg, parent, mod, debug, misc) do
      {:suspended, reply, ndebug, nmisc} ->
        :gen.reply(from, reply)
        suspend_loop(:suspended, parent, mod, ndebug, nmisc, hib)

      {:running, reply, ndebug, nmisc} ->
        :gen.reply(from, reply)
        mod.system_continue(parent, ndebug, nmisc)

      {{:terminating, reason}, reply, ndebug, nmisc} ->
        :gen.reply(from, reply)
        mod.system_terminate(reason, parent, ndebug, nmisc)
    end
  end

  # While suspended only system messages (and the parent's exit) are handled;
  # everything else waits in the mailbox.
  defp suspend_loop(sys_state, parent, mod, debug, misc, hib) do
    receive do
      {:system, from, msg} ->
        handle_system_msg(sys_state, msg, from, parent, mod, debug, misc, hib)

      {:EXIT, ^parent, reason} ->
        mod.system_terminate(reason, parent, debug, misc)
    end
  end

  defp do_cmd(_, :suspend, _parent, _mod, debug, misc), do: {:suspended, :ok, debug, misc}
  defp do_cmd(_, :resume, _parent, _mod, debug, misc), do: {:running, :ok, debug, misc}

  defp do_cmd(sys_state, :get_state, _parent, mod, debug, misc),
    do: {sys_state, do_get_state(mod, misc), debug, misc}

  defp do_cmd(sys_state, {:replace_state, fun}, _parent, mod, debug, misc) do
    {res, nmisc} = do_replace_state(fun, mod, misc)
    {sys_state, res, debug, nmisc}
  end

  defp do_cmd(sys_state, :get_status, parent, mod, debug, misc),
    do: {sys_state, get_status(sys_state, parent, mod, debug, misc), debug, misc}

  defp do_cmd(sys_state, {:debug, what}, _parent, _mod, debug, misc) do
    {res, ndebug} = debug_cmd(what, debug)
    {sys_state, res, ndebug, misc}
  end

  defp do_cmd(_, {:terminate, reason}, _parent, _mod, debug, misc),
    do: {{:terminating, reason}, :ok, debug, misc}

  defp do_cmd(sys_state, other, _parent, _mod, debug, misc),
    do: {sys_state, {:error, {:unknown_system_msg, other}}, debug, misc}

  defp do_get_state(mod, misc) do
    if function_exported?(mod, :system_get_state, 1) do
      try do
        {:ok, state} = mod.system_get_state(misc)
        state
      catch
        cl, exc -> {:error, {:callback_failed, {mod, :system_get_state}, {cl, exc}}}
      end
    else
      misc
    end
  end

  defp do_replace_state(fun, mod, misc) do
    if function_exported?(mod, :system_replace_state, 2) do
      try do
        {:ok, state, nmisc} = mod.system_replace_state(fun, misc)
        {state, nmisc}
      catch
        cl, exc -> {{:error, {:callback_failed, {mod, :system_replace_state}, {cl, exc}}}, misc}
      end
    else
      try do
        nmisc = fun.(misc)
        {nmisc, nmisc}
      catch
        cl, exc -> {{:error, {:callback_failed, fun, {cl, exc}}}, misc}
      end
    end
  end

  defp get_status(sys_state, parent, mod, debug, misc) do
    pdict = :erlang.get()

    fmt_misc =
      if function_exported?(mod, :format_status, 2),
        do: mod.format_status(:normal, [pdict, sys_state, parent, debug, misc]),
        else: misc

    {:status, self(), {:module, mod}, [pdict, sys_state, parent, debug, fmt_misc]}
  end

  # ---- debug options: a list of {flag, value} ----

  defp debug_cmd({:trace, true}, debug), do: {:ok, install_debug(:trace, true, debug)}
  defp debug_cmd({:trace, false}, debug), do: {:ok, remove_debug(:trace, debug)}
  defp debug_cmd({:log, true}, debug), do: {:ok, install_debug(:log, {10, []}, debug)}
  defp debug_cmd({:log, {true, n}}, debug), do: {:ok, install_debug(:log, {n, []}, debug)}
  defp debug_cmd({:log, false}, debug), do: {:ok, remove_debug(:log, debug)}

  defp debug_cmd({:log, :get}, debug) do
    case :lists.keyfind(:log, 1, debug) do
      {:log, {_, events}} ->
        {{:ok, Enum.map(:lists.reverse(events), fn {event, _state, _func} -> event end)}, debug}

      _ ->
        {{:ok, []}, debug}
    end
  end

  defp debug_cmd({:statistics, true}, debug),
    do: {:ok, install_debug(:statistics, {:erlang.monotonic_time(), 0, 0}, debug)}

  defp debug_cmd({:statistics, false}, debug), do: {:ok, remove_debug(:statistics, debug)}

  defp debug_cmd({:log, :print}, debug) do
    case :lists.keyfind(:log, 1, debug) do
      {:log, {_, events}} ->
        Enum.each(:lists.reverse(events), fn {event, state, func} ->
          func.(:standard_io, event, state)
        end)

      _ ->
        :ok
    end

    {:ok, debug}
  end

  defp debug_cmd(:no_debug, _debug), do: {:ok, []}
  defp debug_cmd(_unknown, debug), do: {:unknown_debug, debug}

  defp install_debug(item, data, debug), do: [{item, data} | remove_debug(item, debug)]
  defp remove_debug(item, debug), do: :lists.keydelete(item, 1, debug)

  def debug_options(options) when is_list(options), do: debug_options(options, [])

  defp debug_options([], debug), do: debug
  defp debug_options([:trace | t], debug), do: debug_options(t, install_debug(:trace, true, debug))
  defp debug_options([:log | t], debug), do: debug_options(t, install_debug(:log, {10, []}, debug))

  defp debug_options([{:log, n} | t], debug) when is_integer(n),
    do: debug_options(t, install_debug(:log, {n, []}, debug))

  defp debug_options([_ | t], debug), do: debug_options(t, debug)

  def get_log(debug) do
    case :lists.keyfind(:log, 1, debug) do
      {:log, {_, events}} -> :lists.reverse(events)
      _ -> []
    end
  end

  # Called by a process for every event it wants traced or logged.
  def handle_debug([], _func, _state, _event), do: []

  def handle_debug(debug, func, state, event) do
    Enum.map(debug, fn
      {:trace, true} = t ->
        print_event(func, event, state)
        t

      {:log, {n, events}} ->
        events = [{event, state, func} | events]
        {:log, {n, :lists.sublist(events, n)}}

      other ->
        other
    end)
  end

  defp print_event(func, event, state) when is_function(func, 3),
    do: func.(:standard_io, event, state)

  defp print_event({m, f}, event, state), do: apply(m, f, [:standard_io, event, state])

  def print_log(debug) do
    Enum.each(get_log(debug), fn {event, state, func} -> print_event(func, event, state) end)
  end
end

defmodule :io do
  def format(fmt), do: format(:standard_io, fmt, [])
  def format(fmt, args), do: format(:standard_io, fmt, args)

  def format(device, fmt, args) do
    text = :io_lib.__format__(fmt, args)

    case device do
      :standard_error -> IO.write(:stderr, text)
      _ -> IO.write(text)
    end

    :ok
  end

  def fwrite(fmt), do: format(fmt)
  def fwrite(fmt, args), do: format(fmt, args)
  def fwrite(device, fmt, args), do: format(device, fmt, args)

  def put_chars(chars), do: IO.write(chars)
  def put_chars(:standard_error, chars), do: IO.write(:stderr, chars)
  def put_chars(_, chars), do: IO.write(chars)

  def nl, do: IO.write("\n")
end

# Erlang's term syntax: ~w writes a term flat, ~p also shows printable lists
# as strings and breaks terms that do not fit in 80 columns.
defmodule :io_lib do
  def format(fmt, args), do: String.to_charlist(__format__(fmt, args))
  def fwrite(fmt, args), do: format(fmt, args)
  def write(term), do: String.to_charlist(__write__(term, false))
  def print(term), do: String.to_charlist(__pretty__(term, 1))

  def __format__(fmt, args) when is_list(fmt), do: __format__(List.to_string(fmt), args)
  def __format__(fmt, args) when is_atom(fmt), do: __format__(Atom.to_string(fmt), args)

  def __format__(fmt, args) when is_binary(fmt) do
    directives(fmt, args, 0, [])
  end

  defp directives("", _args, _col, acc), do: IO.iodata_to_binary(:lists.reverse(acc))

  defp directives("~" <> rest, args, col, acc) do
    {rest, unicode} =
      case rest do
        "t" <> r -> {r, true}
        r -> {r, false}
      end

    {text, rest, args} = directive(rest, args, col, unicode)
    directives(rest, args, column(text, col), [text | acc])
  end

  defp directives(<<c::utf8, rest::binary>>, args, col, acc) do
    text = <<c::utf8>>
    directives(rest, args, column(text, col), [text | acc])
  end

  defp column(text, col) do
    case String.split(text, "\n") do
      [_] -> col + String.length(text)
      parts -> String.length(List.last(parts))
    end
  end

  defp directive("p" <> rest, [t | args], col, _u), do: {__pretty__(t, col), rest, args}
  defp directive("P" <> rest, [t, _depth | args], col, _u), do: {__pretty__(t, col), rest, args}
  defp directive("w" <> rest, [t | args], _col, _u), do: {__write__(t, false), rest, args}
  defp directive("W" <> rest, [t, _depth | args], _col, _u), do: {__write__(t, false), rest, args}
  defp directive("s" <> rest, [t | args], _col, _u), do: {chars(t), rest, args}
  defp directive("n" <> rest, args, _col, _u), do: {"\n", rest, args}
  defp directive("~" <> rest, args, _col, _u), do: {"~", rest, args}
  defp directive("c" <> rest, [c | args], _col, _u), do: {<<c::utf8>>, rest, args}
  defp directive("i" <> rest, [_ | args], _col, _u), do: {"", rest, args}

  defp directive("B" <> rest, [n | args], _col, _u) when is_integer(n),
    do: {Integer.to_string(n), rest, args}

  defp directive("b" <> rest, [n | args], _col, _u) when is_integer(n),
    do: {Integer.to_string(n), rest, args}

  defp directive(<<c::utf8, _::binary>>, _args, _col, _u) do
    raise ArgumentError,
          "errors were found at the given arguments:\n\n  * 1st argument: format string invalid (invalid control ~#{<<c::utf8>>})\n"
  end

  defp chars(t) when is_binary(t), do: t
  defp chars(t) when is_atom(t), do: Atom.to_string(t)
  defp chars(t) when is_list(t), do: IO.chardata_to_string(t)

  # ---- ~p: io_lib_pretty's algorithm. A term becomes a tree of {text, length}
  # nodes; it is written flat when it fits in the line, else broken, with the
  # short (atomic) elements of a list filled onto one line. ----

  def __pretty__(term, col0) do
    col = col0 + 1
    ll = 80

    if is_tuple(term) or is_list(term) or is_map(term) or is_binary(term) do
      {_s, len} = node = plen(term)

      if len < ll - col do
        IO.iodata_to_binary(wr(node))
      else
        tind = while_fail([-1, 4], fn i -> cind(node, col, ll, len, i, 0, 0) end, 1)
        IO.iodata_to_binary(pp(node, col, ll, len, tind, spaces(col - 1), 0, 0))
      end
    else
      __write__(term, true)
    end
  end

  # cind: the indentation of tagged tuples' elements (-1: after the tag, or 4),
  # rejecting (throw :no_good) an indentation past half the line.
  defp while_fail([], _f, v), do: v

  defp while_fail([a | as], f, v) do
    try do
      f.(a)
    catch
      :no_good -> while_fail(as, f, v)
    end
  end

  defp cind({_s, len}, col, ll, m, ind, ld, w) when len < ll - col - ld and len + w + ld <= m,
    do: ind

  defp cind({{:list, l}, _}, col, ll, m, ind, ld, w), do: cind_list(l, col + 1, ll, m, ind, ld, w + 1)

  defp cind({{:tuple, true, l}, _}, col, ll, m, ind, ld, w),
    do: cind_tag_tuple(l, col, ll, m, ind, ld, w + 1)

  defp cind({{:tuple, false, l}, _}, col, ll, m, ind, ld, w),
    do: cind_list(l, col + 1, ll, m, ind, ld, w + 1)

  defp cind({{:map, pairs}, _}, col, ll, m, ind, ld, w),
    do: cind_map(pairs, col + 2, ll, m, ind, ld, w + 2)

  defp cind(_, _col, _ll, _m, ind, _ld, _w), do: ind

  defp cind_tag_tuple([{_tag, tlen} | l], col, ll, m, ind, ld, w) do
    tag_ind = tlen + 2
    tcol = col + tag_ind

    cond do
      ind > 0 and tag_ind > ind ->
        col1 = col + ind

        if m + col1 <= ll or col1 <= div(ll, 2),
          do: cind_tail(l, col1, tcol, ll, m, ind, ld, w + tlen),
          else: throw(:no_good)

      m + tcol < ll or tcol < div(ll, 2) ->
        cind_list(l, tcol, ll, m, ind, ld, w + tlen + 1)

      true ->
        throw(:no_good)
    end
  end

  defp cind_map([p | ps], col, ll, m, ind, ld, w) do
    pw = cind_pair(p, col, ll, m, ind, last_depth(ps, ld), w)
    cind_pairs_tail(ps, col, col + pw, ll, m, ind, ld, w + pw)
  end

  defp cind_map(_, _col, _ll, _m, ind, _ld, _w), do: ind

  defp cind_pairs_tail([{_, len} = p | ps], col0, col, ll, m, ind, ld, w) do
    ld1 = last_depth(ps, ld)
    elen = 1 + len

    if (ld1 == 0 and elen + 1 < ll - col and w + elen + 1 <= m and atm_pair?(p)) or
         (ld1 > 0 and elen < ll - col - ld1 and w + elen + ld1 <= m and atm_pair?(p)) do
      cind_pairs_tail(ps, col0, col + elen, ll, m, ind, ld, w + elen)
    else
      pw = cind_pair(p, col0, ll, m, ind, ld1, 0)
      cind_pairs_tail(ps, col0, col0 + pw, ll, m, ind, ld, pw)
    end
  end

  defp cind_pairs_tail(_, _col0, _col, _ll, _m, ind, _ld, _w), do: ind

  defp cind_pair({{:map_pair, k, v}, len} = pair, col, ll, m, ind, ld, w) do
    if len < ll - col - ld and len + w + ld <= m do
      if atm_pair?(pair), do: len, else: ll
    else
      cind(k, col, ll, m, ind, ld, w)
      i = if ind > 0, do: ind, else: 4
      cind(v, col + i, ll, m, ind, ld, 0)
      ll
    end
  end

  defp cind_list([e | es], col0, ll, m, ind, ld, w) do
    we = cind_element(e, col0, ll, m, ind, last_depth(es, ld), w)
    cind_tail(es, col0, col0 + we, ll, m, ind, ld, w + we)
  end

  defp cind_list(_, _col0, _ll, _m, ind, _ld, _w), do: ind

  defp cind_tail([], _col0, _col, _ll, _m, ind, _ld, _w), do: ind

  defp cind_tail([{_, len} = e | es], col0, col, ll, m, ind, ld, w) do
    ld1 = last_depth(es, ld)
    elen = 1 + len

    if (ld1 == 0 and elen + 1 < ll - col and w + elen + 1 <= m and atm?(e)) or
         (ld1 > 0 and elen < ll - col - ld1 and w + elen + ld1 <= m and atm?(e)) do
      cind_tail(es, col0, col + elen, ll, m, ind, ld, w + elen)
    else
      we = cind_element(e, col0, ll, m, ind, ld1, 0)
      cind_tail(es, col0, col0 + we, ll, m, ind, ld, we)
    end
  end

  defp cind_tail({_, len} = e, _col0, col, ll, m, ind, ld, w) do
    if len + 1 < ll - col - (ld + 1) and len + 1 + w + (ld + 1) <= m and atm?(e),
      do: ind,
      else: cind(e, col, ll, m, ind, ld + 1, 0)
  end

  defp cind_element({_, len} = e, col, ll, m, ind, ld, w) do
    if len < ll - col - ld and len + w + ld <= m and atm?(e) do
      len
    else
      cind(e, col, ll, m, ind, ld, w)
      ll
    end
  end

  defp atm?({s, _}), do: is_binary(s)

  defp atm_pair?({{:map_pair, k, v}, _}), do: atm?(k) and atm?(v)

  defp pp({_s, len} = n, col, ll, m, _tind, _ind, ld, w)
       when len < ll - col - ld and len + w + ld <= m,
       do: wr(n)

  defp pp({{:list, l}, _}, col, ll, m, tind, ind, ld, w),
    do: ["[", pp_list(l, col + 1, ll, m, tind, ind <> " ", ld, "|", w + 1), "]"]

  defp pp({{:tuple, true, l}, _}, col, ll, m, tind, ind, ld, w),
    do: ["{", pp_tag_tuple(l, col, ll, m, tind, ind, ld, w + 1), "}"]

  defp pp({{:tuple, false, l}, _}, col, ll, m, tind, ind, ld, w),
    do: ["{", pp_list(l, col + 1, ll, m, tind, ind <> " ", ld, ",", w + 1), "}"]

  defp pp({{:map, pairs}, _}, col, ll, m, tind, ind, ld, w),
    do: ["#" <> "{", pp_map(pairs, col + 2, ll, m, tind, ind <> "  ", ld, w + 1), "}"]

  defp pp({{:bin, s}, _}, _col, _ll, _m, _tind, _ind, _ld, _w), do: s
  defp pp({s, _}, _col, _ll, _m, _tind, _ind, _ld, _w), do: s

  defp pp_tag_tuple([{tag, tlen} | l], col, ll, m, tind, ind, ld, w) do
    tag_ind = tlen + 2
    tcol = col + tag_ind

    if tind > 0 and tag_ind > tind do
      [tag | pp_tail(l, col + tind, tcol, ll, m, tind, ind <> spaces(tind), ld, ",", w + tlen)]
    else
      [tag, "," | pp_list(l, tcol, ll, m, tind, ind <> spaces(tag_ind), ld, ",", w + tlen + 1)]
    end
  end

  defp pp_map([], _col, _ll, _m, _tind, _ind, _ld, _w), do: ""

  defp pp_map([p | ps], col, ll, m, tind, ind, ld, w) do
    {pstr, pw} = pp_pair(p, col, ll, m, tind, ind, last_depth(ps, ld), w)
    [pstr | pp_pairs_tail(ps, col, col + pw, ll, m, tind, ind, ld, pw)]
  end

  defp pp_pairs_tail([], _col0, _col, _ll, _m, _tind, _ind, _ld, _w), do: ""

  defp pp_pairs_tail([{_, len} = p | ps], col0, col, ll, m, tind, ind, ld, w) do
    ld1 = last_depth(ps, ld)
    elen = 1 + len

    if (ld1 == 0 and elen + 1 < ll - col and w + elen + 1 <= m and atm_pair?(p)) or
         (ld1 > 0 and elen < ll - col - ld1 and w + elen + ld1 <= m and atm_pair?(p)) do
      [",", wr(p) | pp_pairs_tail(ps, col0, col + elen, ll, m, tind, ind, ld, w + elen)]
    else
      {pstr, pw} = pp_pair(p, col0, ll, m, tind, ind, ld1, 0)
      [",\n", ind, pstr | pp_pairs_tail(ps, col0, col0 + pw, ll, m, tind, ind, ld, pw)]
    end
  end

  defp pp_pair({_, len} = pair, col, ll, m, _tind, _ind, ld, w)
       when len < ll - col - ld and len + w + ld <= m do
    {wr(pair), if(atm_pair?(pair), do: len, else: ll)}
  end

  defp pp_pair({{:map_pair, k, v}, _}, col0, ll, m, tind, ind0, ld, w) do
    i = if tind > 0, do: tind, else: 4
    ind = ind0 <> spaces(i)
    {[pp(k, col0, ll, m, tind, ind0, ld, w), " =>\n", ind | pp(v, col0 + i, ll, m, tind, ind, ld, 0)], ll}
  end

  defp pp_list([e | es], col0, ll, m, tind, ind, ld, s, w) do
    {estr, we} = pp_element(e, col0, ll, m, tind, ind, last_depth(es, ld), w)
    [estr | pp_tail(es, col0, col0 + we, ll, m, tind, ind, ld, s, w + we)]
  end

  defp pp_tail([], _col0, _col, _ll, _m, _tind, _ind, _ld, _s, _w), do: ""

  defp pp_tail([{_, len} = e | es], col0, col, ll, m, tind, ind, ld, s, w) do
    ld1 = last_depth(es, ld)
    elen = 1 + len

    if (ld1 == 0 and elen + 1 < ll - col and w + elen + 1 <= m and atm?(e)) or
         (ld1 > 0 and elen < ll - col - ld1 and w + elen + ld1 <= m and atm?(e)) do
      [",", wr(e) | pp_tail(es, col0, col + elen, ll, m, tind, ind, ld, s, w + elen)]
    else
      {estr, we} = pp_element(e, col0, ll, m, tind, ind, ld1, 0)
      [",\n", ind, estr | pp_tail(es, col0, col0 + we, ll, m, tind, ind, ld, s, we)]
    end
  end

  defp pp_tail({_, len} = e, col0, col, ll, m, tind, ind, ld, s, w) do
    if len + 1 < ll - col - (ld + 1) and len + 1 + w + (ld + 1) <= m and atm?(e) do
      [s | wr(e)]
    else
      [s, "\n", ind, pp(e, col0, ll, m, tind, ind, ld + 1, 0)]
    end
  end

  defp pp_element({_, len} = e, col, ll, m, tind, ind, ld, w) do
    if len < ll - col - ld and len + w + ld <= m and atm?(e) do
      {wr(e), len}
    else
      {pp(e, col, ll, m, tind, ind, ld, w), ll}
    end
  end

  defp last_depth([_ | _], _ld), do: 0
  defp last_depth(_, ld), do: ld + 1

  defp wr({{:tuple, _, l}, _}), do: ["{", write_list(l, ","), "}"]
  defp wr({{:list, l}, _}), do: ["[", write_list(l, "|"), "]"]
  defp wr({{:map, pairs}, _}), do: ["#" <> "{", write_list(pairs, ","), "}"]
  defp wr({{:map_pair, k, v}, _}), do: [wr(k), " => ", wr(v)]
  defp wr({{:bin, s}, _}), do: s
  defp wr({s, _}), do: s

  defp write_list([e | es], s), do: [wr(e) | write_tail(es, s)]
  defp write_tail([], _s), do: []
  defp write_tail([e | es], s), do: [",", wr(e) | write_tail(es, s)]
  defp write_tail(e, s), do: [s | wr(e)]

  # The tree of {text or structure, printed length}.
  defp plen([]), do: {"[]", 2}
  defp plen({}), do: {"{}", 2}
  defp plen(map) when map == %{}, do: {"#" <> "{}", 3}

  defp plen(list) when is_list(list) do
    if printable?(list) do
      text = __write__(list, true)
      {text, String.length(text)}
    else
      l = plen_list(list)
      {{:list, l}, list_length(l, 2)}
    end
  end

  defp plen(tuple) when is_tuple(tuple) do
    l = Enum.map(Tuple.to_list(tuple), &plen/1)
    tagged = is_atom(elem(tuple, 0)) and tuple_size(tuple) > 1

    l =
      if tagged do
        [{_, tl_len} | rest] = l
        [{write_atom(elem(tuple, 0)), tl_len} | rest]
      else
        l
      end

    {{:tuple, tagged, l}, list_length(l, 2)}
  end

  defp plen(map) when is_map(map) do
    pairs =
      Enum.map(map_to_list(map), fn {k, v} ->
        {ks, kl} = plen(k)
        {_, vl} = vn = plen(v)
        {{:map_pair, {ks, kl + 4}, vn}, kl + 4 + vl}
      end)

    {{:map, pairs}, list_length(pairs, 3)}
  end

  defp plen(term) do
    text = __write__(term, true)
    {text, String.length(text)}
  end

  defp plen_list([h | t]), do: [plen(h) | plen_list(t)]
  defp plen_list([]), do: []
  defp plen_list(tail), do: plen(tail)

  defp list_length([], acc), do: acc
  defp list_length([{_, len} | es], acc), do: list_length_tail(es, acc + len)
  defp list_length({_, len}, acc), do: acc + len

  defp list_length_tail([], acc), do: acc
  defp list_length_tail([{_, len} | es], acc), do: list_length_tail(es, acc + 1 + len)
  defp list_length_tail({_, len}, acc), do: acc + 1 + len

  defp spaces(n) when n > 0, do: String.duplicate(" ", n)
  defp spaces(_), do: ""

  defp split_improper([h | t], acc), do: split_improper(t, [h | acc])
  defp split_improper(tail, acc), do: {:lists.reverse(acc), tail}

  # ---- ~w (strings? = false) and the flat form of ~p (strings? = true) ----

  def __write__(t, _s) when is_atom(t), do: write_atom(t)
  def __write__(t, _s) when is_integer(t), do: Integer.to_string(t)
  def __write__(t, _s) when is_float(t), do: to_string(t)
  def __write__(t, _s) when is_pid(t), do: strip(inspect(t), "#PID")
  def __write__(t, _s) when is_reference(t), do: "#Ref" <> strip(inspect(t), "#Reference")
  def __write__(t, _s) when is_function(t), do: "#Fun" <> strip(inspect(t), "#Function")
  def __write__([], _s), do: "[]"

  def __write__(t, s) when is_list(t) do
    if s and printable?(t) do
      "\"" <> escape(t, "") <> "\""
    else
      {items, tail} = split_improper(t, [])

      tail_text =
        case tail do
          [] -> ""
          x -> "|" <> __write__(x, s)
        end

      "[" <> Enum.map_join(items, ",", fn x -> __write__(x, s) end) <> tail_text <> "]"
    end
  end

  def __write__(t, s) when is_tuple(t),
    do: "{" <> Enum.map_join(Tuple.to_list(t), ",", fn x -> __write__(x, s) end) <> "}"

  def __write__(t, s) when is_map(t) do
    "#" <> "{" <>
      Enum.map_join(map_to_list(t), ",", fn {k, v} -> __write__(k, s) <> " => " <> __write__(v, s) end) <>
      "}"
  end

  def __write__(t, s) when is_binary(t) do
    cond do
      t == "" ->
        "<<>>"

      s and String.valid?(t) and printable?(String.to_charlist(t)) ->
        chars = String.to_charlist(t)

        if Enum.all?(chars, fn c -> c < 128 end),
          do: "<<\"" <> escape(chars, "") <> "\">>",
          else: "<<\"" <> escape(chars, "") <> "\"/utf8>>"

      true ->
        "<<" <> Enum.map_join(:erlang.binary_to_list(t), ",", &Integer.to_string/1) <> ">>"
    end
  end

  def __write__(t, _s), do: inspect(t)

  defp map_to_list(map), do: :lists.sort(Map.to_list(map))

  defp strip(text, prefix) do
    n = byte_size(prefix)
    <<_::binary-size(n), rest::binary>> = text
    rest
  end

  defp printable?([]), do: true
  defp printable?([c | t]) when is_integer(c) and c >= 32 and c <= 126, do: printable?(t)
  defp printable?([c | t]) when is_integer(c) and c >= 160 and c <= 255, do: printable?(t)
  defp printable?([c | t]) when c in [?\n, ?\r, ?\t, ?\v, ?\b, ?\f, ?\e], do: printable?(t)
  defp printable?(_), do: false

  defp escape([], acc), do: acc
  defp escape([?" | t], acc), do: escape(t, acc <> "\\\"")
  defp escape([?\\ | t], acc), do: escape(t, acc <> "\\\\")
  defp escape([?\n | t], acc), do: escape(t, acc <> "\\n")
  defp escape([?\r | t], acc), do: escape(t, acc <> "\\r")
  defp escape([?\t | t], acc), do: escape(t, acc <> "\\t")
  defp escape([?\v | t], acc), do: escape(t, acc <> "\\v")
  defp escape([?\b | t], acc), do: escape(t, acc <> "\\b")
  defp escape([?\f | t], acc), do: escape(t, acc <> "\\f")
  defp escape([?\e | t], acc), do: escape(t, acc <> "\\e")
  defp escape([c | t], acc), do: escape(t, acc <> <<c::utf8>>)

  @reserved [:after, :and, :andalso, :band, :begin, :bnot, :bor, :bsl, :bsr, :bxor, :case,
             :catch, :cond, :div, :end, :fun, :if, :let, :not, :of, :or, :orelse, :receive,
             :rem, :try, :when, :xor]

  def write_atom(a) do
    name = Atom.to_string(a)

    if :lists.member(a, @reserved) or not plain_atom?(String.to_charlist(name)) do
      "'" <> quote_atom(String.to_charlist(name), "") <> "'"
    else
      name
    end
  end

  defp plain_atom?([c | t]) when c >= ?a and c <= ?z, do: atom_rest?(t)
  defp plain_atom?([c | t]) when c >= 223 and c <= 255 and c != 247, do: atom_rest?(t)
  defp plain_atom?(_), do: false

  defp atom_rest?([]), do: true

  defp atom_rest?([c | t])
       when (c >= ?a and c <= ?z) or (c >= ?A and c <= ?Z) or (c >= ?0 and c <= ?9) or c == ?_ or
              c == ?@ or (c >= 192 and c <= 255 and c != 215 and c != 247),
       do: atom_rest?(t)

  defp atom_rest?(_), do: false

  defp quote_atom([], acc), do: acc
  defp quote_atom([?' | t], acc), do: quote_atom(t, acc <> "\\'")
  defp quote_atom([?\\ | t], acc), do: quote_atom(t, acc <> "\\\\")
  defp quote_atom([?\n | t], acc), do: quote_atom(t, acc <> "\\n")
  defp quote_atom([c | t], acc), do: quote_atom(t, acc <> <<c::utf8>>)
end
