build-str/engine/bif/bif_string.o: engine/bif/bif_string.c \
 engine/bif/bif_str.h engine/bif/bif.h engine/bif/../engine.h \
 engine/bif/../proclab.h engine/bif/../types.h engine/bif/../alloc.h \
 engine/bif/../atom.h engine/bif/../term.h engine/bif/../atoms.def \
 engine/bif/../proc.h engine/bif/bifs.def engine/bif/bifs_string.def \
 engine/bif/bifs_enum.def engine/bif/../map.h
engine/bif/bif_str.h:
engine/bif/bif.h:
engine/bif/../engine.h:
engine/bif/../proclab.h:
engine/bif/../types.h:
engine/bif/../alloc.h:
engine/bif/../atom.h:
engine/bif/../term.h:
engine/bif/../atoms.def:
engine/bif/../proc.h:
engine/bif/bifs.def:
engine/bif/bifs_string.def:
engine/bif/bifs_enum.def:
engine/bif/../map.h:
