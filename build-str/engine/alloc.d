build-str/engine/alloc.o: engine/alloc.c engine/alloc.h engine/types.h
engine/alloc.h:
engine/types.h:
