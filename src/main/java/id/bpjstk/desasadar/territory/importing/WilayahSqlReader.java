package id.bpjstk.desasadar.territory.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.bpjstk.desasadar.territory.importing.SqlTokenizer.Kind;
import id.bpjstk.desasadar.territory.importing.SqlTokenizer.Token;

/**
 * Walks a cahyadsn/wilayah_boundaries SQL dump statement by statement and hands each value tuple of
 * {@code INSERT INTO wilayah_boundaries} to {@link WilayahTuple}. Other statements (SET, CREATE
 * TABLE, inserts into other tables...) are skipped. Tuples are numbered across the whole file.
 *
 * <p>A syntax error is a whole-file problem: after one, the tokenizer cannot know where the next
 * tuple starts, so guessing would risk importing fragments.
 */
final class WilayahSqlReader {

    static final String TABLE = "wilayah_boundaries";

    /** The column order of the upstream DDL, used when an INSERT has no column list. */
    private static final List<String> DEFAULT_COLUMNS = List.of("kode", "nama", "lat", "lng", "path");

    private static final Set<String> INSERT_MODIFIERS = Set.of("low_priority", "delayed", "high_priority", "ignore");

    private final SqlTokenizer sql;
    private final AreaRowSink sink;
    private long tuples;
    private boolean tableSeen;

    private WilayahSqlReader(SqlTokenizer sql, AreaRowSink sink) {
        this.sql = sql;
        this.sink = sink;
    }

    static void read(InputStream in, AreaRowSink sink) {
        new WilayahSqlReader(new SqlTokenizer(FileProblems.utf8(in)), sink).statements();
    }

    private void statements() {
        for (Token token = sql.next(); token.kind() != Kind.EOF; token = sql.next()) {
            if (token.isSymbol(';')) {
                continue;
            }
            if (token.isWord("INSERT") || token.isWord("REPLACE")) {
                insert();
            } else {
                skipStatement(token);
            }
        }
        if (!tableSeen) {
            throw new CoordinateFileException("area.import.file.no-insert", TABLE);
        }
    }

    private void insert() {
        Token token = sql.next();
        while (token.kind() == Kind.WORD && INSERT_MODIFIERS.contains(token.text().toLowerCase(Locale.ROOT))) {
            token = sql.next();
        }
        if (token.isWord("INTO")) {
            token = sql.next();
        }
        String table = name(token, "a table name");
        token = sql.next();
        while (token.isSymbol('.')) { // schema-qualified: keep the last part
            table = name(sql.next(), "a table name");
            token = sql.next();
        }
        if (!table.equalsIgnoreCase(TABLE)) {
            skipStatement(token);
            return;
        }
        tableSeen = true;
        long statementLine = token.line();
        List<String> columns = DEFAULT_COLUMNS;
        if (token.isSymbol('(')) {
            columns = columnList();
            token = sql.next();
        }
        if (!token.isWord("VALUES") && !token.isWord("VALUE")) {
            throw syntax(token, "VALUES");
        }
        values(WilayahTuple.Columns.of(columns, statementLine));
    }

    private List<String> columnList() {
        List<String> columns = new ArrayList<>();
        Token token;
        do {
            columns.add(name(sql.next(), "a column name"));
            token = sql.next();
        } while (token.isSymbol(','));
        if (!token.isSymbol(')')) {
            throw syntax(token, "',' or ')' in the column list");
        }
        return columns;
    }

    private void values(WilayahTuple.Columns columns) {
        while (true) {
            Token token = sql.next();
            if (!token.isSymbol('(')) {
                throw syntax(token, "'(' starting a value tuple");
            }
            List<String> values = tuple();
            tuples++;
            WilayahTuple.handle(tuples, columns, values, sink);
            token = sql.next();
            if (token.isSymbol(';') || token.kind() == Kind.EOF) {
                return;
            }
            if (token.isWord("ON")) { // ON DUPLICATE KEY UPDATE ...
                skipStatement(token);
                return;
            }
            if (!token.isSymbol(',')) {
                throw syntax(token, "',' or ';' after a value tuple");
            }
        }
    }

    /** @return the values in order; SQL NULL becomes {@code null}, numbers keep their text */
    private List<String> tuple() {
        List<String> values = new ArrayList<>();
        Token token = sql.next();
        if (token.isSymbol(')')) {
            return values;
        }
        while (true) {
            values.add(value(token));
            token = sql.next();
            if (token.isSymbol(')')) {
                return values;
            }
            if (!token.isSymbol(',')) {
                throw syntax(token, "',' or ')' in a value tuple");
            }
            token = sql.next();
        }
    }

    private String value(Token token) {
        return switch (token.kind()) {
            case STRING, NUMBER -> token.text();
            case WORD -> {
                if (token.isWord("NULL")) {
                    yield null;
                }
                if (token.isWord("TRUE") || token.isWord("FALSE")) {
                    yield token.text();
                }
                throw syntax(token, "a value");
            }
            default -> throw syntax(token, "a value");
        };
    }

    private static String name(Token token, String expected) {
        if (token.kind() == Kind.WORD || token.kind() == Kind.IDENTIFIER || token.kind() == Kind.STRING) {
            return token.text();
        }
        throw syntax(token, expected);
    }

    /** Skips to the end of the current statement; strings and comments cannot fool it. */
    private void skipStatement(Token current) {
        while (!current.isSymbol(';') && current.kind() != Kind.EOF) {
            current = sql.next();
        }
    }

    private static CoordinateFileException syntax(Token found, String expected) {
        return new CoordinateFileException("area.import.file.sql-syntax", found.line(), expected, found.describe());
    }
}
