package dev.digest.enrich;

import dev.digest.keys.LongIntMap;
import dev.digest.keys.SeenTitles;
import dev.digest.model.RecordView;
import dev.digest.model.Text;
import dev.digest.model.Utf8;
import java.util.Arrays;

/**
 * What enrichment files know of each paper, by title: a map from the title's 64-bit fingerprint
 * (titles compared as {@code --dedupe} compares them, {@link SeenTitles}) to one entry in a {@link
 * PaperArena}. An entry is the arXiv id, the publication date and the authors' names as UTF-8, each
 * with its length in front (a variable-length number), behind one byte saying which are known:
 * about the size of the names themselves, so a whole arXiv snapshot fits in a few hundred MB.
 * The first paper of a title is kept.
 */
final class PaperIndex {
  private static final int HAS_ARXIV = 1;
  private static final int HAS_PUBLISHED = 2;
  private static final int ABSENT = -1;

  private final LongIntMap entries = new LongIntMap();
  private final PaperArena arena = new PaperArena();
  private byte[] scratch = new byte[1024];
  private int n;
  private boolean full;
  /** Where {@link #fill} reads next in its entry's block. */
  private int at;

  /** Remembers what {@code r} knows of its paper, unless a paper of its title is already known or it knows nothing. */
  void add(RecordView r) {
    if (r.authorCount() == 0 && r.arxiv() == null && r.published() == null) {
      return;
    }
    long title = SeenTitles.fingerprint(r.title());
    if (entries.get(title, ABSENT) != ABSENT) {
      return;
    }
    encode(r);
    int address = arena.add(scratch, n);
    if (address < 0) {
      full = true;
      return;
    }
    entries.put(title, address);
  }

  /** True when some paper was left out: its entry larger than a block, or the arena full. */
  boolean leftSomeOut() {
    return full;
  }

  int size() {
    return entries.size();
  }

  /** Bytes of the papers' entries. */
  long stored() {
    return arena.stored();
  }

  /**
   * Gives {@code r} what the paper of its title knows and {@code r} does not: its authors when it
   * has none, its id and publication date when unknown. False when no paper has its title.
   */
  boolean fill(RecordView r) {
    int address = entries.get(SeenTitles.fingerprint(r.title()), ABSENT);
    if (address == ABSENT) {
      return false;
    }
    byte[] b = arena.block(address);
    at = PaperArena.offset(address);
    int known = b[at++];
    if ((known & HAS_ARXIV) != 0) {
      int len = readLength(b);
      if (r.arxiv() == null) {
        r.setArxiv(b, at, len);
      }
      at += len;
    }
    if ((known & HAS_PUBLISHED) != 0) {
      int len = readLength(b);
      if (r.published() == null) {
        r.setPublished(b, at, len);
      }
      at += len;
    }
    int authors = readLength(b);
    if (r.authorCount() == 0) {
      Text names = r.authorText();
      for (int i = 0; i < authors; i++) {
        int len = readLength(b);
        names.append(b, at, len, Utf8.countCodePoints(b, at, at + len));
        r.endAuthor();
        at += len;
      }
    }
    return true;
  }

  private void encode(RecordView r) {
    n = 0;
    Text arxiv = r.arxiv();
    Text published = r.published();
    put((arxiv != null ? HAS_ARXIV : 0) | (published != null ? HAS_PUBLISHED : 0));
    if (arxiv != null) {
      putBytes(arxiv.bytes(), 0, arxiv.length());
    }
    if (published != null) {
      putBytes(published.bytes(), 0, published.length());
    }
    putLength(r.authorCount());
    byte[] names = r.authorText().bytes();
    for (int i = 0; i < r.authorCount(); i++) {
      putBytes(names, r.authorStart(i), r.authorEnd(i) - r.authorStart(i));
    }
  }

  private void putBytes(byte[] b, int off, int len) {
    putLength(len);
    ensure(len);
    System.arraycopy(b, off, scratch, n, len);
    n += len;
  }

  /** A length in seven-bit groups, low first, the high bit set on all but the last. */
  private void putLength(int v) {
    while (v >= 0x80) {
      put((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    put(v);
  }

  private void put(int b) {
    ensure(1);
    scratch[n++] = (byte) b;
  }

  private int readLength(byte[] b) {
    int v = 0;
    int shift = 0;
    int c;
    do {
      c = b[at++];
      v |= (c & 0x7F) << shift;
      shift += 7;
    } while ((c & 0x80) != 0);
    return v;
  }

  private void ensure(int more) {
    if (n + more > scratch.length) {
      scratch = Arrays.copyOf(scratch, Math.max(n + more, scratch.length * 2));
    }
  }
}
