#!/usr/bin/env bash
# Release check, with no signing key and no upload (a release itself is RELEASING.md's job):
#  1. builds the release profile with -Dgpg.skip and installs it into a private local repository;
#  2. builds again from clean and compares every attached artifact of every published module with
#     the first build, byte for byte (maven-artifact-plugin's artifact:compare, as Maven's own
#     releases are checked);
#  3. lists the published modules from the build's .buildinfo and checks that each has what Maven
#     Central requires: the POM, and for a jar module the jar, sources jar and javadoc jar.
# Usage: .ci/check-release.sh   (exits 1 naming what is missing or not reproducible)
set -euo pipefail
cd "$(dirname "$0")/.."

# A private copy of the local repository (hard links: instant), so that installing the first
# build never touches the shared one. Plugins it lacks are downloaded into the copy.
shared="${HOME}/.m2/repository"
mkdir -p "$shared"
repo=$(mktemp -d "${HOME}/.m2/check-release.XXXXXX") # beside it: hard links need one file system
trap 'rm -rf "$repo"' EXIT
cp -al "$shared/." "$repo/" 2>/dev/null || cp -a "$shared/." "$repo/"
# Only the modules that are published (core) and those it needs to build; not benchmarks.
mvn=(mvn -B -q -Dmaven.repo.local="$repo" -Prelease -Dgpg.skip -DskipTests -pl core -am)

echo "== release build 1 of 2 (mvn -Prelease -Dgpg.skip install, into a private repository)"
"${mvn[@]}" clean install
echo "== release build 2 of 2, compared with build 1 (artifact:compare)"
"${mvn[@]}" clean verify artifact:compare -Dbuildinfo.ignoreJavadoc=false

compare=$(ls target/*.buildcompare)
# -q hid the plugin's summary; the build failed above if any file differed (compare.fail).
echo "reproducible: $(sed -n 's/^ok=//p' "$compare") files identical in both builds:" \
  "$(sed -n 's/^okFiles="\(.*\)"$/\1/p' "$compare")"
if [ "$(sed -n 's/^ko=//p' "$compare")" != 0 ]; then
  echo "not reproducible: $(sed -n 's/^koFiles=//p' "$compare")" >&2
  exit 1
fi

buildinfo=$(ls target/*.buildinfo)
echo "== what Maven Central requires, per published module (from $buildinfo)"
version=$(sed -n 's/^version=//p' "$buildinfo")
status=0
modules=""
for n in $(sed -n 's/^outputs\.\([0-9]*\)\.coordinates=.*/\1/p' "$buildinfo"); do
  artifact=$(sed -n "s/^outputs\.$n\.coordinates=[^:]*://p" "$buildinfo")
  modules="$modules $artifact"
  files=$(sed -n "s/^outputs\.$n\.[0-9]*\.filename=//p" "$buildinfo")
  need=("$artifact-$version.pom")
  if echo "$files" | grep -qx "$artifact-$version.jar"; then
    need+=("$artifact-$version.jar" "$artifact-$version-sources.jar" "$artifact-$version-javadoc.jar")
  fi
  echo "$artifact:"
  for f in "${need[@]}"; do
    if echo "$files" | grep -qxF "$f"; then
      echo "  ok       $f"
    else
      echo "  MISSING  $f" >&2
      status=1
    fi
  done
  for f in $files; do
    printf '%s\n' "${need[@]}" | grep -qxF "$f" || echo "  also     $f"
  done
done
# Central rejects a POM without these; children inherit all but name and description.
for element in name description url licenses developers scm; do
  grep -q "<$element[ >]" pom.xml || { echo "pom.xml has no <$element>" >&2; status=1; }
done
for element in name description; do
  grep -q "<$element>" core/pom.xml || { echo "core/pom.xml has no <$element>" >&2; status=1; }
done
case " $modules " in
  *" port-registry "*) ;;
  *) echo "port-registry is not among the published modules:$modules" >&2; status=1 ;;
esac
for unpublished in port-registry-data port-registry-benchmarks; do
  case " $modules " in
    *" $unpublished "*) echo "$unpublished would be published; it is build-time only" >&2; status=1 ;;
  esac
done
[ "$status" = 0 ] && echo "release artifacts: complete"
exit "$status"
