package dev.digest.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Unpacks SQLite's native library for this platform into a folder, for the launcher: run once per
 * build, it lets every run load the library from there ({@code -Dorg.sqlite.lib.path}) instead of
 * sqlite-jdbc unpacking it into the temporary folder on every run, which costs about 0.2 s.
 *
 * <p>{@code java -cp digest.jar dev.digest.library.NativeLibrary DIR} prints the library's file
 * name; it prints nothing when the jar holds no library for this platform.
 */
public final class NativeLibrary {
  private NativeLibrary() {}

  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args[0]);
    String name = LibraryLoaderUtil.getNativeLibName();
    String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
    try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
      if (in == null) {
        return; // nothing printed: sqlite-jdbc finds its library as it would without the launcher
      }
      Files.createDirectories(dir);
      // Renamed into place whole: another run may be loading the library already there.
      Path partial = Files.createTempFile(dir, "." + name, ".digest-partial");
      try {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
    }
    System.out.println(name);
  }
}
