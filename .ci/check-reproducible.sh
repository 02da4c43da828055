#!/usr/bin/env bash
# Builds the core jar twice from clean and checks that both builds are byte-identical.
# Usage: .ci/check-reproducible.sh   (prints the jar's SHA-256; exits 1 if the builds differ)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
for n in 1 2; do
  mvn -B -q clean package -DskipTests -Dmaven.javadoc.skip=true -pl core -am >/dev/null
  cp core/target/port-registry-*[0-9T].jar "$out/build-$n.jar"
done
sha1=$(sha256sum "$out/build-1.jar" | cut -d' ' -f1)
sha2=$(sha256sum "$out/build-2.jar" | cut -d' ' -f1)
echo "core jar build 1: $sha1"
echo "core jar build 2: $sha2"
if [ "$sha1" != "$sha2" ]; then
  echo "core jar is not reproducible: two clean builds differ" >&2
  exit 1
fi
echo "core jar is reproducible"
