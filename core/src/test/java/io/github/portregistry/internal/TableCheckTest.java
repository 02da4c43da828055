package io.github.portregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jar's URL as a file, decoded without {@link URI} (issue 12): it must name the file that
 * {@code new File(url.toURI())} names, or nothing, for every URL form a class path gives.
 */
class TableCheckTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"plain", "with space", "100%", "a+b", "%41", "é-accent", "日本", "semi;colon#1"})
  void aFileUrlNamesTheFileUriParsingNames(String dirName, @TempDir Path dir) throws Exception {
    File jar = dir.resolve(dirName).resolve("port-registry.jar").toFile();
    // File.toURI escapes a space or % and keeps other characters; a class path's URL escapes
    // non-ASCII characters too, as UTF-8 bytes, which toASCIIString also does.
    URL kept = jar.toURI().toURL();
    URL escaped = URI.create(jar.toURI().toASCIIString()).toURL();
    assertThat(escaped.getPath()).matches("\\p{ASCII}*");
    for (URL url : new URL[] {kept, escaped}) {
      assertThat(TableCheck.fileOf(url))
          .as("%s", url)
          .isEqualTo(new File(url.toURI()))
          .isEqualTo(jar);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:/tmp/bad%zz.jar", // not an escape
        "file:/tmp/cut%4", // an escape cut short
        "file://server/share/port-registry.jar", // a UNC path: File(URI) rejects its authority
        "jar:file:/tmp/outer.jar!/inner.jar", // a nested jar
        "http://example.com/port-registry.jar"
      })
  void aUrlOfNoLocalFileNamesNothing(String url) throws Exception {
    assertThat(TableCheck.fileOf(new URL(url))).isNull();
  }
}
