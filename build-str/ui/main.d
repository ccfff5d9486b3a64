build-str/ui/main.o: ui/main.c engine/proclab.h engine/types.h
engine/proclab.h:
engine/types.h:
