package io.github.portregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
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
        "file:/tmp/wide%\uFF10\uFF21.jar", // fullwidth digits: Character.digit takes them, URI not
        "file:relative.jar", // not hierarchical: File(URI) rejects it
        "file://server/share/port-registry.jar", // a UNC path: File(URI) rejects its authority
        "jar:file:/tmp/outer.jar!/inner.jar", // a nested jar
        "http://example.com/port-registry.jar"
      })
  void aUrlOfNoLocalFileNamesNothing(String url) throws Exception {
    assertThat(TableCheck.fileOf(new URL(url))).isNull();
  }

  /**
   * Both tables come from one opening of the jar: a damaged entry must be named, not the first
   * table asked for. Here the records table's deflated bytes start with an invalid block type.
   */
  @Test
  void aDamagedEntryOfTheJarIsNamed(@TempDir Path dir) throws Exception {
    String status = "io/github/portregistry/internal/status.bin";
    String records = "io/github/portregistry/internal/registry.bin";
    Path jar = dir.resolve("damaged.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (String name : new String[] {status, records}) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(new byte[4096]);
        zip.closeEntry();
      }
    }
    byte[] bytes = Files.readAllBytes(jar);
    byte[] name = records.getBytes(StandardCharsets.US_ASCII);
    int header = indexOf(bytes, name) - 30; // the local header: 30 bytes, then the name
    assertThat(bytes[header]).isEqualTo((byte) 'P');
    int extra = (bytes[header + 28] & 0xFF) | (bytes[header + 29] & 0xFF) << 8;
    bytes[header + 30 + name.length + extra] = (byte) 0xFF; // BTYPE 11: reserved, invalid
    Files.write(jar, bytes);
    String[] both = {"/" + status, "/" + records};
    assertThatThrownBy(() -> TableCheck.read(jar.toFile(), both, new int[] {65_599, 80}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("port-registry table /" + records + " could not be read: ")
        .hasMessageContaining("ZipException");
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= bytes.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i; // the first occurrence: the local header's copy of the name
    }
    throw new AssertionError("not found");
  }
}
