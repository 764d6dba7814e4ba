package dev.digest.spark;

import dev.digest.parse.DigestInputException;
import dev.digest.parse.InputSource;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.AccessControlException;

/**
 * One file of a read: the name its records and warnings carry (as the user named it, or the
 * folder's name joined with the file's, as the command line names it), where it is, and its
 * length when the read was planned.
 *
 * @param name the {@code source} of its records
 * @param uri where Hadoop's file systems find it
 * @param length its bytes when listed
 */
record InputFile(String name, String uri, long length) implements Serializable {

  /** Opens the file at {@code offset}. */
  FSDataInputStream open(HadoopConf conf, long offset) throws IOException {
    Path path = new Path(uri);
    FSDataInputStream in;
    try {
      in = path.getFileSystem(conf.get()).open(path);
    } catch (AccessControlException e) {
      throw new DigestInputException(name, 0, "permission denied", "check the file's permissions", e);
    } catch (FileNotFoundException e) {
      throw new DigestInputException(name, 0, "no such file (it was there when the read was planned)", "check the path", e);
    }
    if (offset > 0) {
      in.seek(offset);
    }
    return in;
  }

  /** The whole file, as core's readers take an input. */
  InputSource source(HadoopConf conf) {
    return new WholeFile(this, conf);
  }

  /** A file as an input of core's readers. */
  private static final class WholeFile implements InputSource {
    private final InputFile file;
    private final HadoopConf conf;

    WholeFile(InputFile file, HadoopConf conf) {
      this.file = file;
      this.conf = conf;
    }

    @Override
    public String name() {
      return file.name();
    }

    @Override
    public InputStream open() throws IOException {
      return file.open(conf, 0);
    }
  }
}
