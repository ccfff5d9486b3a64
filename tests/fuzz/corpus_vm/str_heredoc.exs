text = """
  indented by two
    four here
  back to two
  """
IO.inspect(text)
IO.write(text)
t2 = """
no indent
  some
"""
IO.inspect(t2)
t3 = """
    line with trailing spaces   
    #{1 + 1} interpolated
    """
IO.inspect(t3)
t4 = """
\ttab escape
  "quotes" inside
"""
IO.inspect(t4)
t5 = '''
charlist heredoc
'''
IO.inspect(t5)
t6 = ~S"""
raw #{not} \n
"""
IO.inspect(t6)
t7 = """

blank first line

"""
IO.inspect(t7)
defmodule H do
  def doc do
    """
    Inside a function
      keeps relative indent
    """
  end
end
IO.write(H.doc())
