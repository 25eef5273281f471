# Caravan's Makefile: few targets, each does what it says.
#   make run    open the window on the shipped corpus (installs what it needs)
#   make test   every test, the Xvfb smoke test included (installs what it needs)
#   make bench  the benchmarks whose figures are in the README
#               (BENCH100K=1 adds the command line's loads of 100,000 articles: minutes)
#   make eval   scores on every gold corpus (ours in testdata/eval, ../shared's dev-news)

# Go: the one on the PATH, else /usr/local/go, else the copy `deps` fetches — the first that is
# Go 1.21 or newer, which fetches go.mod's version itself (GOTOOLCHAIN=auto). An older Go, such as
# Debian 12's golang-go (1.19), cannot build this module and is passed over.
GOVERSION := 1.26.8
GOLOCAL   := $(HOME)/.cache/caravan/go$(GOVERSION)
goatleast121 = $(shell v=$$($(1) env GOVERSION 2>/dev/null | sed -nE 's/^go1\.([0-9]+).*/\1/p'); \
	[ -n "$$v" ] && [ "$$v" -ge 21 ] && echo $(1))
GO         = $(or $(call goatleast121,$(shell command -v go 2>/dev/null)),$(call goatleast121,$(wildcard /usr/local/go/bin/go)),$(GOLOCAL)/bin/go)
TESTENV := CGO_ENABLED=0
TAGS    := -tags ci

# Debian packages: Fyne's cgo build (GL, X11), Xvfb for the smoke test,
# Noto for Arabic glyphs, Noto CJK for the generator of app/fonts' CJK subset
# and its test, poppler and librsvg to check exported PDFs and SVGs.
APT_PACKAGES := curl unzip ca-certificates gcc pkg-config libgl1-mesa-dev xorg-dev xvfb imagemagick fonts-noto-core fonts-noto-cjk poppler-utils python3 librsvg2-bin

.PHONY: run test bench eval deps build gui

run: gui
	$(GO) run $(GUIFLAGS) .

build: gui
	$(GO) build $(GUIFLAGS) -o caravan .

test: gui
	$(GO) vet $(TAGS) ./...
	$(TESTENV) $(GO) test $(TAGS) -count=1 ./...
	$(GO) build $(GUIFLAGS) -o caravan .
	CARAVAN_SMOKE=1 CARAVAN_BINARY=$(CURDIR)/caravan $(GO) test -count=1 -run Smoke ./app/smoke/

# The window's (app): load to first frame at 10k against the command line's
# build (BenchmarkWindowLoad10k, medians of interleaved pairs), click on the
# largest event, a search keystroke, a zoom step at 10k events, each with the
# heap after it; the command line's cold and warm loads at 10k (data/store).
bench:
	$(TESTENV) $(GO) test $(TAGS) -run '^$$' -bench . -benchmem -timeout 90m ./...
	@if [ -n "$(BENCH100K)" ]; then \
		$(TESTENV) $(GO) test $(TAGS) -run '^$$' -bench 'Load100k' -benchmem -timeout 90m ./data/store/; \
	fi

eval: deps
	$(TESTENV) $(GO) build $(TAGS) -o caravan-cli .
	bash testdata/eval/eval.sh ./caravan-cli

# The window is built against Fyne with Caravan's idle wait in its GLFW driver
# (app/fyneidle/_glfw: Fyne v2.7.1's loop.go with three hooks, and one new file):
# an idle window sleeps instead of waking 60 times a second (README "Idle is
# free"). `gui` copies Fyne from the module cache, puts the two files in, and
# writes a go.mod that replaces Fyne by the copy (used with -modfile, so go.mod
# and every other build stay as they are). The files fit only the Fyne version
# they were made from; with another one the window is built from Fyne as it is.
FYNE_PATCHED := v2.7.1
GUIDIR       := $(HOME)/.cache/caravan/gui
GUIFLAGS      = -modfile=$(GUIDIR)/go.mod

gui: deps
	@mkdir -p $(GUIDIR); $(GO) mod download fyne.io/fyne/v2; \
	set -- $$($(GO) list -m -f '{{.Version}} {{.Dir}}' fyne.io/fyne/v2); \
	cp go.sum $(GUIDIR)/go.sum; \
	if [ "$$1" = "$(FYNE_PATCHED)" ] && [ -d "$$2" ]; then \
		fyne=$(GUIDIR)/fyne-$$1-idle; rm -rf $$fyne.new; cp -r "$$2" $$fyne.new && chmod -R u+w $$fyne.new && \
		cp app/fyneidle/_glfw/loop.go app/fyneidle/_glfw/idle_caravan.go $$fyne.new/internal/driver/glfw/ && \
		rm -rf $$fyne && mv $$fyne.new $$fyne && \
		{ cat go.mod; echo; echo "replace fyne.io/fyne/v2 => $$fyne"; } > $(GUIDIR)/go.mod; \
	else \
		echo "warning: Fyne is $$1 and app/fyneidle/_glfw was made for $(FYNE_PATCHED): the window is built without the idle wait"; \
		cp go.mod $(GUIDIR)/go.mod; \
	fi

# deps installs the Debian packages above when one is missing. It needs root
# (or sudo) only when something is missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	@# Debian's own Go is too old for go.mod. Without a Go on the machine, fetch the
	@# official toolchain the way `go` itself does (GOTOOLCHAIN): from the module proxy
	@# (the first one in GOPROXY when it is set, as for a company mirror).
	@if [ ! -x "$(GO)" ]; then \
		arch=$$(dpkg --print-architecture); mod=v0.0.1-go$(GOVERSION).linux-$$arch; \
		echo "fetching Go $(GOVERSION) for linux-$$arch into $(GOLOCAL)"; \
		tmp=$$(mktemp -d); \
		proxy=$${GOPROXY:-https://proxy.golang.org}; proxy=$${proxy%%,*}; proxy=$${proxy%%|*}; \
		curl -fsSL -o $$tmp/go.zip $$proxy/golang.org/toolchain/@v/$$mod.zip && \
		unzip -q $$tmp/go.zip -d $$tmp && mkdir -p $$(dirname $(GOLOCAL)) && \
		mv "$$tmp/golang.org/toolchain@$$mod" $(GOLOCAL) && \
		chmod +x $(GOLOCAL)/bin/* $(GOLOCAL)/pkg/tool/*/* && rm -rf $$tmp; \
	fi
