package dev.digest.write;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Proper nouns common in research titles whose capital a sentence-casing style would otherwise
 * lower ({@code Bayesian}, {@code English}, {@code Markov}): languages and the names behind
 * methods. Only words written with one capital, first, are here; a word with more carries its
 * meaning in its shape and is braced for that. The list is short on purpose: a word missing here is
 * lowered by such styles, one wrongly here would keep a capital that the style should drop.
 *
 * <p>The consumer checks in CI keep the same list ({@code .ci/consumers/proper-nouns.txt}) to know
 * which capitalised words may stay braced; a test holds the two to the same words.
 *
 * <p>Looked up once a capitalised word of a title, without making a string: the words sit in an
 * open-addressing table of their UTF-8 bytes.
 */
final class ProperNouns {
  private static final String[] WORDS = {
    // Languages and peoples.
    "African", "American", "Amharic", "Arabic", "Asian", "Bengali", "British", "Cantonese",
    "Chinese", "Czech", "Danish", "Dutch", "English", "European", "Finnish", "French", "German",
    "Greek", "Hebrew", "Hindi", "Indian", "Indonesian", "Italian", "Japanese", "Korean", "Latin",
    "Malay", "Mandarin", "Norwegian", "Persian", "Polish", "Portuguese", "Russian", "Spanish",
    "Swahili", "Swedish", "Tamil", "Telugu", "Thai", "Turkish", "Ukrainian", "Urdu", "Vietnamese",
    "Yoruba",
    // Programming languages.
    "Fortran", "Haskell", "Java", "Python",
    // The names behind methods.
    "Banach", "Bayes", "Bayesian", "Bellman", "Bernoulli", "Boltzmann", "Carlo", "Cauchy",
    "Chebyshev", "Dirichlet", "Euclidean", "Euler", "Eulerian", "Fisher", "Fourier", "Galerkin",
    "Gauss", "Gaussian", "Gibbs", "Gumbel", "Hamiltonian", "Hebbian", "Hessian", "Hilbert",
    "Hopfield", "Jacobian", "Kalman", "Kolmogorov", "Kronecker", "Kullback", "Lagrange",
    "Lagrangian", "Langevin", "Laplace", "Laplacian", "Legendre", "Leibler", "Lipschitz",
    "Lyapunov", "Mahalanobis", "Markov", "Markovian", "Minkowski", "Monte", "Nesterov", "Newton",
    "Newtonian", "Pareto", "Poisson", "Riemann", "Riemannian", "Schrödinger", "Shannon", "Shapley",
    "Stiefel", "Taylor", "Toeplitz", "Turing", "Voronoi", "Wasserstein", "Wiener",
  };

  private static final byte[][] TABLE = new byte[512][];
  private static final int SHORTEST;
  private static final int LONGEST;

  static {
    int shortest = Integer.MAX_VALUE;
    int longest = 0;
    for (String word : WORDS) {
      byte[] b = word.getBytes(StandardCharsets.UTF_8);
      int slot = hash(b, 0, b.length);
      while (TABLE[slot] != null) {
        slot = (slot + 1) & (TABLE.length - 1);
      }
      TABLE[slot] = b;
      shortest = Math.min(shortest, b.length);
      longest = Math.max(longest, b.length);
    }
    SHORTEST = shortest;
    LONGEST = longest;
  }

  private ProperNouns() {}

  /** The words, as written. */
  static List<String> words() {
    return List.of(WORDS);
  }

  /** True when {@code b[start, end)} is one of the words, exactly as written. */
  static boolean contains(byte[] b, int start, int end) {
    int length = end - start;
    if (length < SHORTEST || length > LONGEST) {
      return false;
    }
    for (int slot = hash(b, start, end); TABLE[slot] != null; slot = (slot + 1) & (TABLE.length - 1)) {
      if (Arrays.equals(TABLE[slot], 0, TABLE[slot].length, b, start, end)) {
        return true;
      }
    }
    return false;
  }

  private static int hash(byte[] b, int start, int end) {
    int h = end - start;
    for (int i = start; i < end; i++) {
      h = h * 31 + b[i];
    }
    return (h ^ (h >>> 9)) & (TABLE.length - 1);
  }
}
