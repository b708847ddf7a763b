package id.bpjstk.desasadar.base.io;

import java.util.List;

/**
 * One record of an uploaded CSV file.
 *
 * @param line        1-based physical line the record starts on (a quoted field may span several lines)
 * @param values      the cells in the order of the expected columns (not the file's order); {@code null}
 *                    for a column the record is too short to have
 * @param fieldsFound how many fields the record had
 * @param headerSize  how many fields the header had
 */
public record IntakeRow(long line, List<String> values, int fieldsFound, int headerSize) {

    public String value(int column) {
        return values.get(column);
    }

    /** Whether the record had exactly as many fields as the header. */
    public boolean complete() {
        return fieldsFound == headerSize;
    }
}
