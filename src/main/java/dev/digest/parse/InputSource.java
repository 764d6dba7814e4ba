package dev.digest.parse;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/** One input of a run: the name it is reported under and a way to open its bytes. */
public interface InputSource {

  /** The name records and diagnostics carry ({@code -} for standard input). */
  String name();

  /** Opens the bytes; the caller closes the stream. */
  InputStream open() throws IOException;

  /** The file behind this input, for kinds read by path (a database); null for a stream. */
  default Path path() {
    return null;
  }

  /** A file, reported under {@code name} (as the user typed it). */
  static InputSource file(Path path, String name) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    return new InputSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Path path() {
        return path;
      }

      @Override
      public InputStream open() throws IOException {
        try {
          // FileInputStream, not Files.newInputStream: with the parser's 256 KiB reads, the channel
          // behind the latter spent four times the kernel time per GiB (0.42 s against 0.11 s; see
          // README, Performance).
          return path.getFileSystem() == FileSystems.getDefault()
              ? new FileInputStream(path.toFile())
              : Files.newInputStream(path);
        } catch (NoSuchFileException e) {
          throw missing(e);
        } catch (AccessDeniedException e) {
          throw unreadable(e);
        } catch (FileNotFoundException e) {
          // FileInputStream tells a missing file from an unreadable one only in its message.
          throw Files.exists(path) ? unreadable(e) : missing(e);
        }
      }

      private DigestInputException missing(IOException e) {
        return new DigestInputException(name, 0, "no such file", "check the path", e);
      }

      private DigestInputException unreadable(IOException e) {
        return new DigestInputException(name, 0, "permission denied", "check the file's permissions", e);
      }
    };
  }

  /** A stream that is already open, such as standard input; closing the parser leaves it open. */
  static InputSource stream(String name, InputStream in) {
    Objects.requireNonNull(in, "in");
    return new InputSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() {
        return new FilterInputStream(in) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, len);
          }

          @Override
          public void close() {
            // standard input belongs to the process, not to the parser
          }
        };
      }
    };
  }

  /** The process's standard input, read without Java's extra buffering. */
  static InputSource stdin() {
    return stream("-", new FileInputStream(FileDescriptor.in));
  }

  /** Bytes in memory, for tests and embedding. */
  static InputSource bytes(String name, byte[] content) {
    return new InputSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(content);
      }
    };
  }
}
