package id.bpjstk.desasadar.planning.calendar;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays a {@link DaySheet} out on A4 pages: a header (day, officer, who printed it and when, a confidentiality note),
 * then per stop its time and place, the village's figures, the village head's contact and the lapsed workers with an
 * empty column for the officer's notes. Helvetica (a PDF standard font: nothing to embed) covers Indonesian text.
 */
final class DaySheetPdf {

    private static final Color SHADE = new Color(0xE8, 0xEE, 0xF4);
    private static final Color RULE = new Color(0x9A, 0xA7, 0xB4);

    private final DaySheet sheet;
    private final Locale locale;
    private final EventFacts text;
    private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private final Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private final Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private final Font small = FontFactory.getFont(FontFactory.HELVETICA, 7.5f, Font.NORMAL, new Color(0x55, 0x55, 0x55));

    DaySheetPdf(DaySheet sheet, Locale locale, EventFacts text) {
        this.sheet = sheet;
        this.locale = locale;
        this.text = text;
    }

    byte[] render() {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 36, 36, 36, 42);
        PdfWriter.getInstance(document, out);
        document.addTitle(t("daysheet.title") + " " + days());
        document.addCreator(t("app.name"));
        var footer = new HeaderFooter(new Phrase(t("daysheet.confidential") + " · " + t("daysheet.page") + " ", small), true);
        footer.setAlignment(Element.ALIGN_CENTER);
        footer.setBorder(Rectangle.TOP);
        footer.setBorderColor(RULE);
        document.setFooter(footer);
        document.open();
        header(document);
        for (DaySheet.Stop stop : sheet.stops()) {
            stop(document, stop);
        }
        document.close();
        return out.toByteArray();
    }

    private void header(Document d) {
        d.add(new Paragraph(t("daysheet.title") + " · " + days(), title));
        d.add(new Paragraph(t("daysheet.officer", String.join(", ", sheet.officerNames())) + "    "
                + t("daysheet.stops", sheet.stops().size()), normal));
        d.add(new Paragraph(t("daysheet.printed", sheet.printedBy(),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(sheet.printedAt())),
                small));
        d.add(new Paragraph(t("daysheet.privacy"), small));
    }

    private String days() {
        var format = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale);
        return sheet.firstDay().equals(sheet.lastDay()) ? format.format(sheet.firstDay())
                : format.format(sheet.firstDay()) + " – " + format.format(sheet.lastDay());
    }

    private void stop(Document d, DaySheet.Stop s) {
        var e = s.event();
        var time = DateTimeFormatter.ofPattern("HH.mm", locale);
        String when = (sheet.firstDay().equals(sheet.lastDay()) ? "" : DateTimeFormatter.ofPattern("d MMM", locale).format(e.start()) + " ")
                + time.format(e.start()) + "–" + time.format(e.end());

        var bar = new PdfPTable(1);
        bar.setWidthPercentage(100);
        bar.setSpacingBefore(12);
        var barCell = new PdfPCell(new Phrase(s.number() + ".  " + when + "   " + e.title()
                + (e.status() == id.bpjstk.desasadar.outreach.EventStatus.PLANNED ? "" : "  [" + t("event.status." + e.status().name()) + "]"),
                heading));
        barCell.setBackgroundColor(SHADE);
        barCell.setBorder(Rectangle.NO_BORDER);
        barCell.setPadding(5);
        bar.addCell(barCell);
        d.add(bar);

        var facts = new PdfPTable(new float[] {1.3f, 5f});
        facts.setWidthPercentage(100);
        row(facts, t("event.type"), t("event.type." + e.type().name()));
        row(facts, t("daysheet.place"), s.place());
        if (s.siteName() != null) {
            row(facts, t("daysheet.site"), s.siteName());
        }
        String audience = (e.audience() == null ? "" : e.audience())
                + (e.expectedAttendance() == null ? "" : (e.audience() == null ? "" : " · ") + t("daysheet.expected", e.expectedAttendance()));
        if (!audience.isEmpty()) {
            row(facts, t("daysheet.audience"), audience);
        }
        if (!s.agents().isEmpty()) {
            row(facts, t("daysheet.agents"), String.join(", ", s.agents()));
        }
        var f = s.facts();
        row(facts, t("daysheet.figures"), t("daysheet.figures.value",
                f.potential() == null ? t("daysheet.unknown") : String.format(locale, "%,d", f.potential()),
                f.enrolled(), f.active(), f.nonActive()));
        String unmet = f.unmet().isEmpty() ? "" : " · " + t("daysheet.unmet") + " "
                + String.join("; ", f.unmet().stream().map(c -> t("criterion." + c.name())).toList());
        row(facts, t("daysheet.designation"), t("status." + f.status().name()) + unmet);
        row(facts, t("daysheet.head"), contacts(s.officials()));
        if (s.mapLink() != null) {
            row(facts, t("daysheet.map"), s.mapLink());
        }
        d.add(facts);

        if (s.lapsed().isEmpty()) {
            d.add(new Paragraph(t("daysheet.lapsed.none"), normal));
            return;
        }
        var caption = new Paragraph(t("daysheet.lapsed", f.nonActive()), bold);
        caption.setSpacingBefore(4);
        caption.setSpacingAfter(3);
        d.add(caption);
        var table = new PdfPTable(new float[] {0.4f, 2.4f, 1.9f, 1.9f, 1.6f, 1.1f, 2.0f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : List.of("#", t("daysheet.col.name"), t("daysheet.col.nik"), t("daysheet.col.phone"),
                t("daysheet.col.occupation"), t("daysheet.col.paid"), t("daysheet.col.notes"))) {
            var cell = new PdfPCell(new Phrase(h, bold));
            cell.setBackgroundColor(SHADE);
            cell.setBorderColor(RULE);
            table.addCell(cell);
        }
        int i = 1;
        var month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        for (DaySheet.LapsedWorker w : s.lapsed()) {
            cell(table, Integer.toString(i++));
            cell(table, w.name());
            cell(table, w.maskedNik());
            cell(table, w.phone() == null ? "–" : w.phone());
            cell(table, t("occupation." + w.occupation().name()));
            cell(table, w.paidThrough() == null ? t("daysheet.never-paid") : month.format(w.paidThrough().atDay(1)));
            cell(table, "");
        }
        d.add(table);
        if (s.moreLapsed()) {
            d.add(new Paragraph(t("daysheet.lapsed.more", DaySheetService.LAPSED_PER_STOP), small));
        }
    }

    private String contacts(List<DaySheet.Contact> officials) {
        if (officials.isEmpty()) {
            return t("daysheet.head.none");
        }
        return String.join("; ", officials.stream().map(c -> c.name() + " (" + t(c.role().messageKey()) + ")"
                + (c.phone() == null ? "" : " " + c.phone())).toList());
    }

    private void row(PdfPTable table, String label, String value) {
        var l = new PdfPCell(new Phrase(label, bold));
        l.setBorder(Rectangle.BOTTOM);
        l.setBorderColor(SHADE);
        l.setPadding(3);
        table.addCell(l);
        var v = new PdfPCell(new Phrase(value, normal));
        v.setBorder(Rectangle.BOTTOM);
        v.setBorderColor(SHADE);
        v.setPadding(3);
        table.addCell(v);
    }

    private void cell(PdfPTable table, String value) {
        var c = new PdfPCell(new Phrase(value, normal));
        c.setBorderColor(RULE);
        c.setPadding(3);
        c.setMinimumHeight(16);
        table.addCell(c);
    }

    private String t(String key, Object... args) {
        return text.t(locale, key, args);
    }
}
