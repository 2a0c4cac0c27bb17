#!/usr/bin/env bash
# Regenerates the llvm-objdump golden files for the example objects. Run after examples/build.sh.
set -euo pipefail
cd "$(dirname "$0")/../../../../.."   # cli/
golden=src/test/resources/golden/objdump
for f in ../examples/*.o; do llvm-objdump -d "$f" > "$golden/$(basename "$f" .o).objdump"; done
for f in ../examples/linux/*.o; do llvm-objdump -d "$f" > "$golden/linux-$(basename "$f" .o).objdump"; done
../rz objdump -S ../examples/trace_connections.o > "$golden/trace_connections.source.objdump"
