/**
 * The IANA Service Name and Transport Protocol Port Number Registry as a library: start at {@link
 * io.github.portregistry.PortRegistry}.
 */
module io.github.portregistry {
  exports io.github.portregistry;
}
