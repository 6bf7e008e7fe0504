# Everything the project needs is installed from its own files: PyPI (pyproject),
# npm (clients/node/package-lock.json), the Go module proxy (clients/go/go.mod)
# and Maven Central (clients/java/pom.xml).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
NODE_MODULES := clients/node/node_modules
BUF    := $(NODE_MODULES)/.bin/buf
THIRD_PARTY := build/third_party
GOOGLE_PROTOS := google/api/field_behavior.proto google/api/resource.proto \
	google/api/client.proto google/api/launch_stage.proto google/api/http.proto \
	google/api/annotations.proto google/rpc/status.proto google/rpc/code.proto \
	google/rpc/error_details.proto google/longrunning/operations.proto

.PHONY: setup serve test lint generate baseline third-party check-generated breaking test-python test-go test-node clean

GRPCURL := build/bin/grpcurl
GRPCURL_VERSION := v1.9.3

ARM_SDK_NODE := tests/arm_sdks/node/node_modules
JAVA_CODEGEN := clients/java/target/codegen
MVN := mvn -q -B

setup: $(VENV)/.installed $(NODE_MODULES)/.installed clients/go/.downloaded $(GRPCURL) \
	$(JAVA_CODEGEN)/.fetched $(ARM_SDK_NODE)/.installed tests/arm_sdks/go/.downloaded \
	tests/arm_sdks/java/classpath.txt

$(VENV)/.installed: pyproject.toml clients/python/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	# The server brings the client from ./clients/python; make it editable so
	# regenerated stubs need no reinstall.
	$(PY) -m pip install --quiet --no-deps -e ./clients/python
	touch $@

$(NODE_MODULES)/.installed: clients/node/package.json clients/node/package-lock.json
	cd clients/node && npm ci --no-audit --no-fund
	touch $@

# The official Azure SDKs that tests/test_arm_sdks.py runs against the ARM front.
$(ARM_SDK_NODE)/.installed: tests/arm_sdks/node/package.json tests/arm_sdks/node/package-lock.json
	cd tests/arm_sdks/node && npm ci --no-audit --no-fund
	touch $@

tests/arm_sdks/go/.downloaded: tests/arm_sdks/go/go.mod tests/arm_sdks/go/go.sum
	cd tests/arm_sdks/go && go mod download
	touch $@

tests/arm_sdks/java/classpath.txt: tests/arm_sdks/java/pom.xml
	cd tests/arm_sdks/java && mvn -q dependency:build-classpath -Dmdep.outputFile=classpath.txt

clients/go/.downloaded: clients/go/go.mod clients/go/go.sum
	cd clients/go && go mod download
	touch $@

# The Java client's dependencies and plugins, and protoc and protoc-gen-grpc-java
# as Maven Central serves them (for `make generate`).
$(JAVA_CODEGEN)/.fetched: clients/java/pom.xml
	cd clients/java && $(MVN) dependency:go-offline dependency:copy@codegen
	chmod +x $(JAVA_CODEGEN)/protoc $(JAVA_CODEGEN)/protoc-gen-grpc-java
	touch $@

# The real grpcurl, built from the Go module proxy at a pinned version.
$(GRPCURL):
	GOBIN=$(CURDIR)/build/bin go install github.com/fullstorydev/grpcurl/cmd/grpcurl@$(GRPCURL_VERSION)

serve: setup
	$(VENV)/bin/imagegallery serve

test: setup lint check-generated breaking test-clients test-python

lint: setup third-party
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(BUF) lint

breaking: setup third-party
	$(BUF) breaking protos --against protos/baseline/imagegallery-v1.binpb

third-party: $(NODE_MODULES)/.installed
	rm -rf $(THIRD_PARTY)
	for f in $(GOOGLE_PROTOS); do \
		mkdir -p $(THIRD_PARTY)/$$(dirname $$f) && \
		cp $(NODE_MODULES)/google-proto-files/$$f $(THIRD_PARTY)/$$f; done

generate: setup third-party
	rm -rf clients/go/imagegallery clients/node/src/gen clients/python/imagegallery/v1 \
		clients/java/src/main/java/com/imagegallery/v1
	$(BUF) generate
	$(BUF) generate --template clients/java/buf.gen.yaml
	mkdir -p clients/python/imagegallery/v1
	$(PY) -m grpc_tools.protoc -Iprotos -I$(THIRD_PARTY) \
		--plugin=protoc-gen-mypy_grpc=$(VENV)/bin/protoc-gen-mypy_grpc \
		--python_out=clients/python --pyi_out=clients/python \
		--grpc_python_out=clients/python --mypy_grpc_out=clients/python \
		protos/imagegallery/v1/*.proto
	touch clients/python/imagegallery/v1/__init__.py

# CI regenerates every client and fails when the committed code differs.
check-generated: generate
	git diff --exit-code -- clients protos
	test -z "$$(git status --porcelain -- clients protos)"

# The client suites of every language against one real server, each as its own
# principal; the server's log must show each calling every RPC it serves.
test-clients: setup
	$(PY) -m imagegallery_server.testing \
		go='cd clients/go && go vet ./... && go test -count=1 ./...' \
		node='cd clients/node && node --test test/' \
		python='$(PY) -m pytest -q -p no:cacheprovider clients/python/tests' \
		java='cd clients/java && $(MVN) test'

# The suite on each store, SQLite then PostgreSQL, each run spread over workers
# (its tests mostly wait on server processes), in temporary dirs of this checkout's own
# outside it (other checkouts' runs on the machine leave them alone).
PYTEST_WORKERS ?= 2
PYTEST_TMP ?= /tmp/imagegallery-pytest-$(notdir $(CURDIR))
PYTEST := $(PY) -m pytest -q -n $(PYTEST_WORKERS)
test-python: setup
	$(PYTEST) --basetemp=$(PYTEST_TMP)-sqlite
	IMAGEGALLERY_TEST_STORE=postgresql $(PYTEST) --basetemp=$(PYTEST_TMP)-postgresql

clean:
	rm -rf $(VENV) $(NODE_MODULES) $(ARM_SDK_NODE) tests/arm_sdks/java/classpath.txt build data \
		clients/java/target

# Refreshes the contract baseline that `make breaking` compares with; do it on
# purpose, in its own commit, when a contract is released.
baseline: setup third-party
	mkdir -p protos/baseline
	$(BUF) build protos -o protos/baseline/imagegallery-v1.binpb
