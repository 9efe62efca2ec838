# The two commands of the README, and the few the team uses besides.
#   make run    install what is missing, build the release, serve it and print the address
#   make test   install what is missing, run every test layer, end with "N passed, N failed"
SHELL := bash
PORT ?= 8080

.PHONY: run test build check-pack screenshots

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

# make check-pack PACK=path/to/exhibit.json
check-pack:
	cargo run --quiet --bin check-pack -- $(or $(PACK),public/exhibit.json)

screenshots: build
	.ci/screenshots
