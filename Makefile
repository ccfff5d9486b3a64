# proclab: `make` builds ./proclab, `make test` runs every suite, SAN=1 adds ASan+UBSan.
PKGS      := ncursesw libedit check libcmark libutf8proc
DEBS      := libncurses-dev libedit-dev check libcmark-dev libutf8proc-dev libgmp-dev pkg-config tmux

ifeq ($(SAN),1)
BUILD     := build-san
SANFLAGS  := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all -DPL_SAN=1
OPT       := -O1 -g
else
BUILD     := build
SANFLAGS  :=
OPT       := -O2 -g
endif

CC        ?= gcc
WARN      := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter
CFLAGS    := -std=c11 -D_POSIX_C_SOURCE=200809L $(OPT) $(WARN) $(SANFLAGS) -iquote engine -iquote $(BUILD)
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
ENGINE_LIBS := -lgmp $(shell pkg-config --libs libutf8proc 2>/dev/null) -lm

# lib_blob.c holds the precompiled library, made by tools/plc, which links the
# engine: it stays out of libproclab.a and goes only into programs that run it.
BLOB_SRC   := engine/lib_blob.c
BLOB_OBJ   := $(BUILD)/engine/lib_blob.o
ENGINE_SRC := $(filter-out $(BLOB_SRC),$(wildcard engine/*.c engine/lang/*.c engine/bif/*.c))
ENGINE_OBJ := $(ENGINE_SRC:%.c=$(BUILD)/%.o)
UI_SRC     := $(wildcard ui/*.c)
UI_OBJ     := $(UI_SRC:%.c=$(BUILD)/%.o)
TEST_SRC   := $(wildcard tests/check_*.c) tests/helpers.c
TEST_OBJ   := $(TEST_SRC:%.c=$(BUILD)/%.o)
LIB_EX     := $(sort $(wildcard engine/lib/*.ex))
USING_EX   := $(sort $(wildcard engine/lib/using/*.ex))

.PHONY: all deps test check conformance ui-test fuzz bench clean run install

all: deps proclab

# Installs missing Debian packages when root; otherwise prints the exact command.
deps: $(BUILD)/.deps
$(BUILD)/.deps:
	@missing=""; for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get install -y $$missing || { apt-get update && apt-get install -y $$missing; }; \
	  else echo "missing packages; run: sudo apt-get install -y$$missing"; exit 1; fi; fi
	@mkdir -p $(BUILD) && touch $@

$(BUILD)/lib_sources.inc: tools/embed_ex.sh $(LIB_EX)
	@mkdir -p $(dir $@)
	sh tools/embed_ex.sh $(LIB_EX) > $@

$(BUILD)/%.o: %.c | $(BUILD)/.deps
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) $(PKG_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/engine/run.o: $(BUILD)/lib_sources.inc

# The UI cuts labels to fit their columns on purpose (snprintf into fixed cells).
$(UI_OBJ): CFLAGS += -Wno-format-truncation

# The dispatch loop ends every handler in its own indirect jump (vm.c); GCC's
# global CSE and cross-jumping would merge them back into one shared jump,
# which predicts far worse (ets_counter runs ~13% faster without them). Clang
# has neither flag and keeps the jumps apart anyway.
ifeq ($(findstring clang,$(shell $(CC) --version 2>/dev/null)),)
$(BUILD)/engine/lang/vm.o: CFLAGS += -fno-gcse -fno-crossjumping
endif

# What `use Mod` injects, one Elixir file per module (engine/lib/using/Mod.ex).
$(BUILD)/using_sources.inc: tools/embed_ex.sh $(USING_EX)
	@mkdir -p $(dir $@)
	sh tools/embed_ex.sh $(USING_EX) > $@

$(BUILD)/engine/lang/compile_use.o: $(BUILD)/using_sources.inc

$(BUILD)/libproclab.a: $(ENGINE_OBJ)
	@ar rcs $@ $^

# The library compiled at build time: plc runs engine/lib with this very engine
# (so any engine change remakes the image) and writes it as bytes for lib_blob.c.
$(BUILD)/plc: $(BUILD)/tools/plc.o $(BUILD)/libproclab.a
	@echo "  LD      $@"
	@$(CC) $(CFLAGS) -o $@ $(BUILD)/tools/plc.o $(BUILD)/libproclab.a $(ENGINE_LIBS)

$(BUILD)/lib_bc.inc: $(BUILD)/plc
	@echo "  PLC     $@"
	@$(BUILD)/plc $@

$(BLOB_OBJ): $(BUILD)/lib_bc.inc

ifeq ($(SAN),1)
PROCLAB := $(BUILD)/proclab
else
PROCLAB := proclab
endif

proclab: $(BUILD)/proclab
	@if [ "$(SAN)" != 1 ]; then cp $(BUILD)/proclab proclab.tmp && mv -f proclab.tmp proclab; fi

$(BUILD)/proclab: $(UI_OBJ) $(BLOB_OBJ) $(BUILD)/libproclab.a
	@echo "  LD      $@"
	@$(CC) $(CFLAGS) -o $@ $(UI_OBJ) $(BLOB_OBJ) $(BUILD)/libproclab.a $(PKG_LIBS) $(ENGINE_LIBS)

# The UI's code goes in too (not main.c): the layout and the panes have suites
# that draw headlessly, into ncurses' own screen.
UI_LIB_OBJ := $(filter-out $(BUILD)/ui/main.o,$(UI_OBJ))
$(BUILD)/check_all: $(TEST_OBJ) $(UI_LIB_OBJ) $(BLOB_OBJ) $(BUILD)/libproclab.a
	@echo "  LD      $@"
	@$(CC) $(CFLAGS) -o $@ $(TEST_OBJ) $(UI_LIB_OBJ) $(BLOB_OBJ) $(BUILD)/libproclab.a $(PKG_LIBS) $(ENGINE_LIBS)

check: $(BUILD)/check_all
	$(BUILD)/check_all

conformance: proclab
	sh tests/conformance/run.sh $(BUILD)/proclab

# The README's test command: Check suites, conformance, the UI in tmux; the
# last line sums them all ("N passed, N failed").
test: deps proclab $(BUILD)/check_all
	sh tests/run_all.sh $(BUILD)

ui-test: proclab
	sh tests/ui/run.sh $(BUILD)/proclab

PREFIX ?= /usr/local
install: proclab
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD)/proclab $(DESTDIR)$(PREFIX)/bin/proclab
	install -m 644 proclab.1 $(DESTDIR)$(PREFIX)/share/man/man1/proclab.1

# libFuzzer targets (clang): FUZZ_SECONDS each, corpus kept in tests/fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -Iengine -Ibuild \
               -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -DPL_SAN=1
fuzz: $(BUILD)/lib_sources.inc $(BUILD)/lib_bc.inc $(BUILD)/using_sources.inc
	@mkdir -p build/fuzz tests/fuzz/corpus_parser tests/fuzz/corpus_vm
	clang $(FUZZ_CFLAGS) $(PKG_CFLAGS) -o build/fuzz/fuzz_parser tests/fuzz/fuzz_parser.c $(ENGINE_SRC) $(BLOB_SRC) $(ENGINE_LIBS)
	clang $(FUZZ_CFLAGS) $(PKG_CFLAGS) -o build/fuzz/fuzz_vm tests/fuzz/fuzz_vm.c $(ENGINE_SRC) $(BLOB_SRC) $(ENGINE_LIBS)
	@[ -n "$$(ls tests/fuzz/corpus_vm)" ] || cp tests/conformance/*.exs tests/fuzz/corpus_vm/
	@[ -n "$$(ls tests/fuzz/corpus_parser)" ] || cp tests/conformance/*.exs tests/fuzz/corpus_parser/
	build/fuzz/fuzz_parser -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 tests/fuzz/corpus_parser
	build/fuzz/fuzz_vm -max_total_time=$(FUZZ_SECONDS) -timeout=20 -rss_limit_mb=4096 tests/fuzz/corpus_vm

# Benchmarks: each program under proclab, elixir (+S 1) and lua5.4 when present.
bench: proclab
	sh bench/run.sh

run: proclab
	./proclab

clean:
	rm -rf build build-san proclab

-include $(ENGINE_OBJ:.o=.d) $(UI_OBJ:.o=.d) $(TEST_OBJ:.o=.d) $(BLOB_OBJ:.o=.d) $(BUILD)/tools/plc.d
