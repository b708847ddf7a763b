package id.bpjstk.desasadar.territory.importing;

import java.io.IOException;
import java.io.Reader;

/**
 * A small MySQL-flavoured tokenizer over a {@link Reader}: just enough to walk a dump of INSERT
 * statements without holding the file in memory. Comments ({@code /* *}{@code /}, {@code -- },
 * {@code #}) and whitespace (including CRLF) are skipped; string literals are unescaped.
 *
 * <p>Hand-written rather than regex-based because a regex needs the whole statement in memory and
 * cannot tell a {@code ;} or {@code ')'} inside a quoted name from a real one.
 */
final class SqlTokenizer {

    enum Kind {
        /** Keyword or unquoted identifier. */
        WORD,
        /** {@code `quoted`} identifier, without the backticks. */
        IDENTIFIER,
        /** {@code 'single'} or {@code "double"} quoted literal, unescaped. */
        STRING,
        NUMBER,
        /** Any other single character: {@code ( ) , ; .} */
        SYMBOL,
        EOF
    }

    record Token(Kind kind, String text, long line) {

        boolean isSymbol(char c) {
            return kind == Kind.SYMBOL && text.charAt(0) == c;
        }

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        /** For error messages. */
        String describe() {
            return switch (kind) {
                case EOF -> "the end of the file";
                case STRING -> "a string";
                default -> "'" + (text.length() > 30 ? text.substring(0, 30) + "..." : text) + "'";
            };
        }
    }

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int limit;
    private long line = 1;

    SqlTokenizer(Reader in) {
        this.in = in;
    }

    long line() {
        return line;
    }

    Token next() {
        skipBlanksAndComments();
        int c = peek(0);
        long startLine = line;
        if (c < 0) {
            return new Token(Kind.EOF, "", startLine);
        }
        if (Character.isLetter(c) || c == '_' || c == '$') {
            return new Token(Kind.WORD, word(), startLine);
        }
        if (c == '`') {
            return new Token(Kind.IDENTIFIER, quoted('`', false), startLine);
        }
        if (c == '\'' || c == '"') {
            return new Token(Kind.STRING, quoted((char) c, true), startLine);
        }
        if (isDigit(c) || ((c == '-' || c == '+' || c == '.') && (isDigit(peek(1)) || peek(1) == '.'))) {
            return new Token(Kind.NUMBER, number(), startLine);
        }
        advance();
        return new Token(Kind.SYMBOL, String.valueOf((char) c), startLine);
    }

    private void skipBlanksAndComments() {
        while (true) {
            int c = peek(0);
            if (c >= 0 && Character.isWhitespace(c)) {
                advance();
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
            } else if ((c == '-' && peek(1) == '-') || c == '#') {
                while (peek(0) >= 0 && peek(0) != '\n') {
                    advance();
                }
            } else {
                return;
            }
        }
    }

    private void blockComment() {
        long startLine = line;
        advance();
        advance();
        while (!(peek(0) == '*' && peek(1) == '/')) {
            if (peek(0) < 0) {
                throw new CoordinateFileException("area.import.file.comment-open", startLine);
            }
            advance();
        }
        advance();
        advance();
    }

    private String word() {
        StringBuilder text = new StringBuilder();
        while (peek(0) >= 0 && (Character.isLetterOrDigit(peek(0)) || peek(0) == '_' || peek(0) == '$')) {
            text.append((char) advance());
        }
        return text.toString();
    }

    private String number() {
        StringBuilder text = new StringBuilder();
        text.append((char) advance());
        while (true) {
            int c = peek(0);
            char previous = text.charAt(text.length() - 1);
            boolean exponentSign = (c == '-' || c == '+') && (previous == 'e' || previous == 'E');
            if (isDigit(c) || c == '.' || c == 'e' || c == 'E' || exponentSign) {
                text.append((char) advance());
            } else {
                return text.toString();
            }
        }
    }

    /**
     * Reads a quoted run; a doubled quote stands for itself. In string literals MySQL backslash
     * escapes also apply ({@code \'}, {@code \\}, {@code \n}...).
     */
    private String quoted(char quote, boolean backslashEscapes) {
        long startLine = line;
        advance();
        StringBuilder text = new StringBuilder();
        while (true) {
            int c = advance();
            if (c < 0) {
                throw new CoordinateFileException("area.import.file.quote-open", startLine);
            }
            if (c == quote) {
                if (peek(0) != quote) {
                    return text.toString();
                }
                advance();
                text.append(quote);
            } else if (c == '\\' && backslashEscapes) {
                int escaped = advance();
                if (escaped < 0) {
                    continue;
                }
                switch (escaped) {
                    case '0' -> text.append('\0');
                    case 'b' -> text.append('\b');
                    case 'n' -> text.append('\n');
                    case 'r' -> text.append('\r');
                    case 't' -> text.append('\t');
                    case 'Z' -> text.append('\u001A');
                    // MySQL keeps the backslash before % and _ (they are LIKE wildcards).
                    case '%', '_' -> text.append('\\').append((char) escaped);
                    default -> text.append((char) escaped);
                }
            } else {
                text.append((char) c);
            }
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** The character {@code ahead} positions on, or -1 at end of input. */
    private int peek(int ahead) {
        if (pos + ahead >= limit && !fill(ahead + 1)) {
            return -1;
        }
        return buffer[pos + ahead];
    }

    private int advance() {
        int c = peek(0);
        if (c >= 0) {
            pos++;
            if (c == '\n') {
                line++;
            }
        }
        return c;
    }

    /** Makes at least {@code wanted} characters available from {@code pos}, if the input has them. */
    private boolean fill(int wanted) {
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        try {
            while (limit < wanted) {
                int read = in.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    return false;
                }
                limit += read;
            }
            return true;
        } catch (IOException e) {
            throw FileProblems.fileProblem(e, "area.import.file.unreadable-near", line);
        }
    }
}
