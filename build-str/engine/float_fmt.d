build-str/engine/float_fmt.o: engine/float_fmt.c engine/float_fmt.h
engine/float_fmt.h:
