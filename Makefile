# The two commands of the README, and the few the team uses besides.
#   make run    install what is missing, build the release, serve it and print the address
#   make test   install what is missing, run every test layer, end with "N passed, N failed"
SHELL := bash
PORT ?= 8080

.PHONY: run test build bench bench-peer bench-photographs budgets soak check-pack update-pack screenshots profile-photo-open

run:
	.ci/install-build-tools
	.ci/build-release
	.ci/serve $(PORT)

test:
	.ci/install-build-tools
	.ci/install-test-tools
	.ci/test-layers

build:
	.ci/install-build-tools
	.ci/build-release

# Speed, size and memory of the release build: one table, and target/bench/bench.json.
bench: build
	.ci/install-test-tools
	cd tests && BENCH_COMMIT=$$(git rev-parse --short HEAD) node bench.mjs
	cd tests && BENCH_COMMIT=$$(git rev-parse --short HEAD) node bench-photographs.mjs
	cd tests && BENCH_COMMIT=$$(git rev-parse --short HEAD) node bench-peer.mjs

# Issue #24's table side by side with a Leaflet 1.9 + GLightbox 3 build of the same pack (built
# by the bench from tests/node_modules into target/bench/peer/), same run, as ratios to it:
# one table, and target/bench/bench-peer.json. `node bench-peer.mjs --quick` for a smoke run.
bench-peer: build
	.ci/install-test-tools
	cd tests && BENCH_COMMIT=$$(git rev-parse --short HEAD) node bench-peer.mjs

# The goal table of issue #23 §8 with nine real camera photographs (fetched once into
# target/bench/photographs/) beside the shipped illustrations, publish times included:
# one table, and target/bench/bench-photographs.json. BENCH_RUNS=3 for a quicker median.
bench-photographs: build
	.ci/install-test-tools
	cd tests && BENCH_COMMIT=$$(git rev-parse --short HEAD) node bench-photographs.mjs

# Where a photo opening's time goes (#24): a copy of the release build that keeps function names,
# photos opened at 4x CPU, and the main thread's time by kind and by function.
profile-photo-open: build
	.ci/install-test-tools
	.ci/build-profile-dist
	cd tests && node profile-photo-open.mjs ../target/profile-dist

# The performance budgets the test command checks (bytes, one Lighthouse mobile run).
budgets: build
	.ci/install-test-tools
	cd tests && node budgets.mjs

# All-day soundness: 1,000 kiosk cycles; fails if the JS heap or the wasm memory grows by more
# than 10 %. For #24 §4's month on a kiosk: make soak SOAK_CYCLES=3000 (SOAK_EVERY=250 to print
# the memory every 250 cycles; the default is 100). SOAK_HEAP=1: the same build with the wasm
# counting its heap's bytes (held and most ever held), in target/heap-dist.
soak: build
	.ci/install-test-tools
	$(if $(SOAK_HEAP),.ci/build-profile-dist --heap-count)
	cd tests && SOAK_HEAP=$(SOAK_HEAP) SOAK_CYCLES=$(or $(SOAK_CYCLES),1000) SOAK_EVERY=$(or $(SOAK_EVERY),100) node soak.mjs

# make check-pack PACK=path/to/exhibit.json
check-pack:
	cargo run --quiet --bin check-pack -- $(or $(PACK),public/exhibit.json)

# Installs a checked content pack into a published exhibit, with its pictures, link-preview
# pages, compressed copies and offline copy: make update-pack DIST=/srv/shijingshan/dist [PACK=public]
# (PACK: a folder holding exhibit.json, or the studio's exhibit-pack.zip)
update-pack:
	@test -n "$(DIST)" || { echo "usage: make update-pack DIST=path/to/dist [PACK=folder holding exhibit.json, or exhibit-pack.zip]" >&2; exit 2; }
	cargo run --quiet --profile tools --bin publish -- update-pack $(or $(PACK),public) $(DIST)

# Screenshots at phone, desktop and kiosk sizes in both languages, into target/screenshots.
screenshots: build
	.ci/install-test-tools
	.ci/serve 8799 >/dev/null & sleep 1; cd tests && EXHIBIT_URL=http://127.0.0.1:8799/ node screenshots.mjs ../target/screenshots; kill %1
