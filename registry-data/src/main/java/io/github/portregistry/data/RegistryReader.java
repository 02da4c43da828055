package io.github.portregistry.data;

/**
 * Reads one form of the registry. One implementation per {@link RegistryForm}; each is a single
 * pass in time and memory linear in the input, and throws {@link RegistryCsvException} (file, line,
 * column, value, reason) at the first thing it cannot read exactly.
 */
public interface RegistryReader {
  /**
   * Reads a whole file.
   *
   * @param fileName the name for error messages, as the user gave it
   * @param content the file's bytes
   * @return every record and person in file order
   * @throws RegistryCsvException at the first malformed line, element or value
   */
  SourceSnapshot read(String fileName, byte[] content);
}
