package org.newsgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;

/**
 * The secret that write requests to the API must present ({@code Authorization: Bearer TOKEN}): 32
 * random bytes as 64 hex digits, generated the first time a store is served and kept in the data
 * folder as {@value #FILE_NAME}, readable by its owner only (mode 0600 where the file system has
 * POSIX permissions). Immutable and thread-safe.
 */
public final class ApiToken {

  /** The token's file in the data folder. */
  public static final String FILE_NAME = "api-token";

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final String value;
  private final Path file;
  private final boolean created;

  private ApiToken(String value, Path file, boolean created) {
    this.value = value;
    this.file = file;
    this.created = created;
  }

  /**
   * The token of a data folder: the one kept there, or a new one written there (readable by the
   * owner only) when there is none.
   *
   * @throws IOException if the file cannot be read or written, or holds no token
   */
  public static ApiToken loadOrCreate(Path folder) throws IOException {
    Objects.requireNonNull(folder, "folder");
    Path file = folder.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      String value = generate();
      try {
        Files.createDirectories(folder);
        Files.createFile(file, ownerOnly(folder));
        Files.writeString(file, value + "\n", StandardCharsets.US_ASCII);
        return new ApiToken(value, file, true);
      } catch (FileAlreadyExistsException raced) {
        // Another process wrote it first: use theirs.
      }
    }
    String value = Files.readString(file, StandardCharsets.US_ASCII).strip();
    if (value.length() < 32 || !value.chars().allMatch(c -> c > ' ' && c < 127)) {
      throw new IOException(
          file
              + " holds no usable token (at least 32 printable characters); delete it to get a new one");
    }
    return new ApiToken(value, file, false);
  }

  /** A token not kept in any file (for embedding the server, and tests). */
  public static ApiToken of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.length() < 32) {
      throw new IllegalArgumentException("a token has at least 32 characters: " + value.length());
    }
    return new ApiToken(value, null, false);
  }

  private static FileAttribute<?>[] ownerOnly(Path folder) throws IOException {
    boolean posix = Files.getFileStore(folder).supportsFileAttributeView("posix");
    return posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
  }

  private static String generate() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The token itself. */
  public String value() {
    return value;
  }

  /** Where it is kept, or null for a token made with {@link #of}. */
  public Path file() {
    return file;
  }

  /** Whether {@link #loadOrCreate} generated it just now (so that it may be shown, once). */
  public boolean created() {
    return created;
  }

  /**
   * Whether a presented token is this one, compared in time that does not depend on where they
   * differ.
   */
  boolean matches(String presented) {
    return presented != null
        && MessageDigest.isEqual(
            presented.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "ApiToken[" + (file == null ? "in memory" : file) + "]"; // never the secret
  }
}
