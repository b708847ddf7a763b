package id.bpjstk.desasadar.base.db;

/**
 * Patterns for SQL {@code LIKE} built from text a user typed or a code a request carried: {@code %} and {@code _} in
 * it are characters, not wildcards (issue 13, item 15). Without this an area filter "35%" matched every code that
 * starts with 35, and "16_07" matched "16.07". Escaped with a backslash, MariaDB's default {@code LIKE} escape.
 */
public final class SqlLike {

    private SqlLike() {
    }

    /** The text with {@code \}, {@code %} and {@code _} escaped. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A pattern for values that start with the text (an area code prefix such as "35.09."). */
    public static String startingWith(String prefix) {
        return escape(prefix) + "%";
    }

    /** A pattern for values that contain the text anywhere (a name search). */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    /**
     * The longest prefix the values share ("" when none), so that many area codes are read in one range of an index
     * ({@link #startingWith}) rather than one statement each. At least one value.
     */
    public static String commonPrefix(java.util.Collection<String> values) {
        String prefix = values.iterator().next();
        for (String c : values) {
            int n = 0;
            while (n < prefix.length() && n < c.length() && prefix.charAt(n) == c.charAt(n)) {
                n++;
            }
            prefix = prefix.substring(0, n);
        }
        return prefix;
    }
}
