package id.bpjstk.desasadar.base.text;

/**
 * The one rule for text that people type or import: names, titles and notes (issue 13, item 15). A name is one line:
 * a line break, tab or other control character in it (a CSV cell pasted from a spreadsheet, a copied address) becomes
 * a space, runs of spaces become one, and invisible formatting characters (zero-width spaces, right-to-left overrides
 * that make a name read differently than it sorts) are dropped; the ends are trimmed. Notes keep their line breaks,
 * each line cleaned the same way. Nothing visible is lost, so the text is normalised rather than refused; the length
 * rules of each field apply to the cleaned text.
 */
public final class CleanText {

    private CleanText() {
    }

    /** One line of text, cleaned; null stays null (a blank text becomes ""). */
    public static String oneLine(String raw) {
        if (raw == null) {
            return null;
        }
        var sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                space = !sb.isEmpty();
            } else if (!isInvisible(c)) {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    /** One line of text, cleaned; null when nothing is left (an optional field left empty). */
    public static String oneLineOrNull(String raw) {
        String clean = oneLine(raw);
        return clean == null || clean.isEmpty() ? null : clean;
    }

    /** Text of several lines (notes): each line cleaned as {@link #oneLine}, line breaks kept as "\n"; null when empty. */
    public static String linesOrNull(String raw) {
        if (raw == null) {
            return null;
        }
        var lines = raw.split("\r\n|[\n\r\u0085\u2028\u2029]", -1);
        var sb = new StringBuilder(raw.length());
        for (String line : lines) {
            sb.append(oneLine(line)).append('\n');
        }
        String clean = sb.toString().strip();
        return clean.isEmpty() ? null : clean;
    }

    /** Whitespace of any kind, and the control characters, which only ever stand for a break in the text. */
    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    /**
     * Formatting characters that show nothing (zero-width space, soft hyphen, direction overrides, byte-order mark),
     * lone surrogates and private-use characters; the zero-width joiners, which some scripts need, are kept.
     */
    private static boolean isInvisible(int c) {
        if (c == 0x200C || c == 0x200D) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.SURROGATE || type == Character.PRIVATE_USE;
    }
}
