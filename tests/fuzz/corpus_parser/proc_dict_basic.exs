defmodule ProcDictBasic do
  def run do
    parent = self()
    spawn(fn ->
      out = [
        Process.put(:a, 1),
        Process.put(:a, 2),
        Process.get(:a),
        Process.put("str", [1, 2]),
        Process.put({:t, 1}, :tuple_key),
        Process.get("str"),
        Process.get({:t, 1}),
        Process.get(:missing),
        Enum.sort(Process.get_keys()),
        Process.delete(:a),
        Process.delete(:a),
        Process.get(:a),
        Enum.sort(Process.get()),
        Process.get_keys(:tuple_key)
      ]
      send(parent, {:out, out})
    end)
    receive do
      {:out, out} -> Enum.each(out, &IO.inspect/1)
    end
  end
end

ProcDictBasic.run()
