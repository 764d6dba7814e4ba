package dev.digest.report;

/**
 * The escaping GitHub's runner undoes in workflow commands: in the message, {@code %}, CR and LF
 * (which would end the command); in a property, also {@code :} and {@code ,} (which separate
 * properties). Without it, a file name with a comma would cut the annotation's properties short.
 */
final class GithubEscaping {
  private GithubEscaping() {}

  static String data(String s) {
    return escape(s, false);
  }

  static String property(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean property) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '%':
          sb.append("%25");
          break;
        case '\r':
          sb.append("%0D");
          break;
        case '\n':
          sb.append("%0A");
          break;
        case ':':
          sb.append(property ? "%3A" : ":");
          break;
        case ',':
          sb.append(property ? "%2C" : ",");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }
}
