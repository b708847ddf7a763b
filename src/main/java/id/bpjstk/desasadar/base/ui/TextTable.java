package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import java.util.List;

/**
 * A read-only table of texts, sent as one {@code innerHTML} string rather than an element per cell: a table of 38
 * regencies is a few hundred cells, and as elements (or as a {@code Grid}, with its columns, data communicator and key
 * mapper) each would be kept in the user's session as state of its own (issue 14 bounds the heap per signed-in user).
 * Every text is escaped; the first cell of a body row is its row header.
 */
@Tag("table")
public class TextTable extends Component implements HasStyle {

    public TextTable(String... classNames) {
        addClassNames(classNames);
    }

    public void setRows(List<String> header, List<List<String>> rows) {
        var html = new StringBuilder("<thead><tr>");
        for (String h : header) {
            html.append("<th>").append(escape(h)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                String tag = c == 0 ? "th" : "td";
                html.append('<').append(tag).append('>').append(escape(row.get(c))).append("</").append(tag).append('>');
            }
            html.append("</tr>");
        }
        getElement().setProperty("innerHTML", html.append("</tbody>").toString());
    }

    /**
     * The table's text, a line per row (header first), cells separated by a space: what tests read. Read back from
     * the one text the table keeps, so that no second copy of the rows stays in the session.
     */
    public String text() {
        String html = getElement().getProperty("innerHTML", "");
        return html.replace("</th><th>", " ").replace("</th><td>", " ").replace("</td><td>", " ").replace("</tr><tr>", "\n")
                .replace("</thead><tbody>", "\n").replaceAll("<[^>]+>", "")
                .replace("&quot;", "\"").replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&").strip();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
