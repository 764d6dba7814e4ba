package dev.digest.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time ("SIMD within a register"): the scans for line ends, colons and bytes to
 * escape test a whole {@code long} per step instead of one byte. One place for the load and the
 * bit tricks, so every scan reads the same way.
 */
public final class Swar {
  /** 0x01 in every byte. */
  public static final long ONES = 0x0101010101010101L;
  /** The high bit of every byte: where the tricks below leave their marks. */
  public static final long HIGH_BITS = 0x8080808080808080L;

  private static final long SPACES = 0x2020202020202020L;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Swar() {}

  /** Bytes {@code b[i, i + 8)} as one little-endian {@code long}: byte {@code i} is the lowest. */
  public static long load(byte[] b, int i) {
    return (long) LONGS.get(b, i);
  }

  /** {@code c} (a byte value) repeated in all eight bytes. */
  public static long broadcast(int c) {
    return ONES * (c & 0xFF);
  }

  /**
   * A mark on the high bit of each byte of {@code w} equal to {@code c} (a {@link #broadcast}
   * value). Exact for the lowest marked byte, which is all the scans use.
   */
  public static long equalBytes(long w, long c) {
    long x = w ^ c;
    return (x - ONES) & ~x & HIGH_BITS;
  }

  /**
   * A mark on the high bit of each ASCII control byte of {@code w} (below 0x20). Exact for the
   * lowest marked byte.
   */
  public static long controlBytes(long w) {
    return (w - SPACES) & ~w & HIGH_BITS;
  }

  /** Index, from 0, of the lowest byte marked in {@code marks} (which must not be 0). */
  public static int firstMarked(long marks) {
    return Long.numberOfTrailingZeros(marks) >>> 3;
  }
}
