# pg_article: PGXS build of the extension, plus the command line tool, the
# core unit tests (plain and sanitized), the fuzz target and the benchmark.

EXTENSION = pg_article
EXTVERSION = 0.3.0
MODULE_big = pg_article
DATA = pg_article--$(EXTVERSION).sql pg_article--0.1.0--0.2.0.sql pg_article--0.2.0--0.3.0.sql

# The analysis engine: plain C11 + ICU, no PostgreSQL header.
CORE_SRCS = \
	src/core/arena.c \
	src/core/status.c \
	src/core/utf8.c \
	src/core/abbreviations.c \
	src/core/tokenize.c \
	src/core/segment.c \
	src/core/segment_tokens.c \
	src/core/paragraphs.c \
	src/core/document.c \
	src/core/dates.c \
	src/core/dates_calendar.c \
	src/core/dates_lexicon.c \
	src/core/dates_units.c \
	src/core/dates_recognize.c \
	src/core/dates_match_numbers.c \
	src/core/dates_match_calendar.c \
	src/core/dates_tense.c \
	src/core/dates_normalize.c \
	src/core/quotes.c \
	src/core/quotes_words.c \
	src/core/quotes_marks.c \
	src/core/quotes_names.c \
	src/core/quotes_attrib.c \
	src/core/quotes_indirect.c \
	src/core/quotes_gender.c \
	src/core/quotes_coref.c \
	src/core/quotes_entities.c \
	src/core/ner_tags.c \
	src/core/ner_text.c \
	src/core/lexicon.c \
	src/core/ner_features.c \
	src/core/ner_docfeat.c \
	src/core/ner_model.c \
	src/core/ner_decode.c \
	src/core/ner_tagger.c \
	src/core/ner_canonical.c \
	src/core/ner_entities.c \
	src/core/ner_datelines.c \
	src/core/ner_missed.c \
	src/core/ner_spans.c \
	src/core/word_index.c \
	src/core/structure_lexicon.c \
	src/core/structure.c

# The PostgreSQL binding.
PG_SRCS = \
	src/pg/pg_article.c \
	src/pg/pg_text.c \
	src/pg/pg_document.c \
	src/pg/article_tokens.c \
	src/pg/article_sentences.c \
	src/pg/pg_dates.c \
	src/pg/article_dates.c \
	src/pg/article_date_ranges.c \
	src/pg/pg_quotes.c \
	src/pg/article_quotes.c \
	src/pg/article_quote_speakers.c \
	src/pg/pg_text_array.c \
	src/pg/pg_entities.c \
	src/pg/article_entities.c \
	src/pg/article_entity_keys.c \
	src/pg/article_paragraphs.c \
	src/pg/pg_jsonb.c \
	src/pg/article_analyze.c

# The command line tool: main, the shared per-document driver, I/O, and one
# cmd_*.c file per subcommand (listed in src/cli/commands.c).
CLI_SRCS = \
	src/cli/main.c \
	src/cli/commands.c \
	src/cli/driver.c \
	src/cli/heap_allocator.c \
	src/cli/sources.c \
	src/cli/input.c \
	src/cli/jsonl.c \
	src/cli/published.c \
	src/cli/json_writer.c \
	src/cli/cmd_tokens.c \
	src/cli/cmd_sentences.c \
	src/cli/cmd_paragraphs.c \
	src/cli/range_output.c \
	src/cli/cmd_dates.c \
	src/cli/cmd_quotes.c \
	src/cli/cmd_entities.c \
	src/cli/entities_data.c

CORE_OBJS = $(CORE_SRCS:.c=.o)
OBJS = $(CORE_OBJS) $(PG_SRCS:.c=.o)

REGRESS = tokens sentences paragraphs dates quotes entities analyze encoding version cookbook
REGRESS_OPTS = --load-extension=pg_article

WARNINGS = -Wall -Wextra -Werror
PG_CFLAGS = $(WARNINGS) -Wno-unused-parameter -Wno-missing-field-initializers
SHLIB_LINK += $(ICU_LIBS)
# One version number: the install script's name and the C library's both come from EXTVERSION.
PG_CPPFLAGS += -DPA_EXTENSION_VERSION='"$(EXTVERSION)"'

EXTRA_CLEAN = pg_article_cli build results regression.diffs regression.out

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# The core is plain C11; the binding is built with PostgreSQL's own flags.
$(CORE_OBJS): override CFLAGS += -std=c11 -Wno-unused-parameter
$(CORE_OBJS) $(PG_SRCS:.c=.o): $(wildcard src/core/*.h src/pg/*.h)

# ---------------------------------------------------------------- CLI
CLI_OBJS = $(CLI_SRCS:.c=.o)
$(CLI_OBJS): override CFLAGS += -std=c11 -D_POSIX_C_SOURCE=200809L $(WARNINGS) -Isrc/core
$(CLI_OBJS): $(wildcard src/cli/*.h src/core/*.h)

pg_article_cli: $(CLI_OBJS) $(CORE_OBJS)
	$(CC) $(CFLAGS) -o $@ $^ $(ICU_LIBS) $(LDFLAGS_EX)

all: pg_article_cli

install: install-cli
install-cli: pg_article_cli
	$(MKDIR_P) '$(DESTDIR)$(bindir)'
	$(INSTALL_PROGRAM) pg_article_cli '$(DESTDIR)$(bindir)/pg_article_cli'

uninstall: uninstall-cli
uninstall-cli:
	rm -f '$(DESTDIR)$(bindir)/pg_article_cli'

# The entity model and lexicons, read by the extension on first use from
# SHAREDIR/extension/pg_article/ (and by an installed pg_article_cli).  Old
# lexicons go first: every *.txt there is loaded.
ENTITY_DATA_DIR = $(datadir)/extension/pg_article
install: install-entity-data
install-entity-data:
	$(MKDIR_P) '$(DESTDIR)$(ENTITY_DATA_DIR)/models' '$(DESTDIR)$(ENTITY_DATA_DIR)/lexicons'
	rm -f '$(DESTDIR)$(ENTITY_DATA_DIR)/lexicons/'*.txt
	$(INSTALL_DATA) data/models/entities.model '$(DESTDIR)$(ENTITY_DATA_DIR)/models/'
	$(INSTALL_DATA) data/lexicons/*.txt data/lexicons/SOURCES.md '$(DESTDIR)$(ENTITY_DATA_DIR)/lexicons/'

uninstall: uninstall-entity-data
uninstall-entity-data:
	rm -rf '$(DESTDIR)$(ENTITY_DATA_DIR)'

# An installed pg_article_cli finds the same data.
src/cli/entities_data.o: CPPFLAGS += -DPA_SHARE_DIR='"$(datadir)/extension"'

.PHONY: install-cli uninstall-cli install-entity-data uninstall-entity-data

# ---------------------------------------------------------------- tests and tools
# Core objects built again for the unit tests: plain and sanitized.
STANDALONE_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -g -O2 $(WARNINGS) -Isrc/core
SANITIZE_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

build/plain/%.o: %.c $(wildcard src/core/*.h src/cli/*.h test/unit/*.h tools/train_entities/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(STANDALONE_CFLAGS) -c -o $@ $<

build/sanitize/%.o: %.c $(wildcard src/core/*.h test/unit/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(STANDALONE_CFLAGS) $(SANITIZE_FLAGS) -c -o $@ $<

UNIT_SRCS = $(wildcard test/unit/*.c)
SEGMENT_RUNNER = test/segment/run_cases.c

build/plain/unit_tests: $(addprefix build/plain/,$(UNIT_SRCS:.c=.o) $(CORE_OBJS))
	$(CC) -o $@ $^ $(ICU_LIBS)

build/sanitize/unit_tests: $(addprefix build/sanitize/,$(UNIT_SRCS:.c=.o) $(CORE_OBJS))
	$(CC) $(SANITIZE_FLAGS) -o $@ $^ $(ICU_LIBS)

build/plain/segment_cases: $(addprefix build/plain/,$(SEGMENT_RUNNER:.c=.o) $(CORE_OBJS))
	$(CC) -o $@ $^ $(ICU_LIBS)

build/sanitize/segment_cases: $(addprefix build/sanitize/,$(SEGMENT_RUNNER:.c=.o) $(CORE_OBJS))
	$(CC) $(SANITIZE_FLAGS) -o $@ $^ $(ICU_LIBS)

unit: build/plain/unit_tests build/sanitize/unit_tests build/plain/segment_cases build/sanitize/segment_cases

# libFuzzer targets (clang): the core's entry points, the text layer then
# dates and quotes (fuzz), and the command line's JSON Lines parser and
# string writer (fuzz-jsonl).
FUZZ_CC = clang
FUZZ_FLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=all $(WARNINGS) -Wno-unused-parameter -Isrc/core -Isrc/cli
FUZZ_CORE_SRCS = test/fuzz/fuzz_core.c test/fuzz/fuzz_stages.c test/fuzz/fuzz_support.c
build/fuzz_core: $(FUZZ_CORE_SRCS) $(CORE_SRCS) $(wildcard src/core/*.h test/fuzz/*.h)
	@mkdir -p build
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $(filter %.c,$^) $(ICU_LIBS)

build/fuzz_jsonl: test/fuzz/fuzz_jsonl.c src/cli/jsonl.c src/cli/json_writer.c src/core/utf8.c
	@mkdir -p build
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $^ $(ICU_LIBS)

FUZZ_SECONDS ?= 60
fuzz: build/fuzz_core
	@mkdir -p build/fuzz-corpus
	build/fuzz_core -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=4096 \
		-dict=test/fuzz/core.dict build/fuzz-corpus test/fuzz/seeds

fuzz-jsonl: build/fuzz_jsonl
	@mkdir -p build/fuzz-jsonl-corpus
	build/fuzz_jsonl -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=4096 \
		build/fuzz-jsonl-corpus test/fuzz/jsonl_seeds

bench: pg_article_cli
	bash bench/run.sh

.PHONY: unit fuzz fuzz-jsonl bench

# ---------------------------------------------------------------- entity model
# `make model` retrains data/models/entities.model (tools/train_entities/main.c says
# how); `make lexicons` rebuilds data/lexicons from Debian packages' data.
NER_CORPORA = ../shared/corpora/ner
NER_TRAIN_SRCS = $(wildcard tools/train_entities/*.c) src/cli/entities_data.c src/cli/heap_allocator.c
build/train_entities: $(addprefix build/plain/,$(NER_TRAIN_SRCS:.c=.o) $(CORE_OBJS))
	$(CC) -o $@ $^ $(ICU_LIBS) -lm
build/plain/tools/%.o build/plain/src/cli/entities_data.o: STANDALONE_CFLAGS += -Isrc/cli

model: build/train_entities
	build/train_entities --train $(NER_CORPORA)/conll2003/train.txt \
		--uner $(NER_CORPORA)/uner_en_ewt/en_ewt-ud-train.EARLY-0c7ce0d-DO-NOT-USE-AS-IS.iob2 \
		--dev $(NER_CORPORA)/conll2003/valid.txt --data data --out data/models/entities.model

lexicons:
	python3 scripts/build_lexicons.py data/lexicons

.PHONY: model lexicons
