package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.bpjstk.desasadar.base.importing.RejectionReport;
import java.util.Locale;

/**
 * The link to an import's report of rejected records: the report is rendered when downloaded, its reasons in the
 * language of the page that offers it. This is where the reasons of every import are translated, and only here.
 */
public final class ReportDownload {

    private ReportDownload() {
    }

    /** @param locale the language of the page that offers the report */
    public static Anchor link(RejectionReport report, String fileName, String text, Locale locale) {
        var download = new Anchor((DownloadHandler) event -> {
            I18NProvider i18n = event.getSession().getService().getInstantiator().getI18NProvider();
            event.setFileName(fileName);
            event.setContentType("text/csv");
            var out = event.getOutputStream();
            report.writeTo(out, reason -> i18n.getTranslation(reason.messageKey(), locale, reason.args()));
            out.close();
        }, text);
        download.addClassName("import-download");
        return download;
    }
}
