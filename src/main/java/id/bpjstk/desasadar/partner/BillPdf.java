package id.bpjstk.desasadar.partner;

import java.awt.Color;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.function.Function;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A subsidy bill as a PDF a partner's finance office files: MoU number, period, the month, totals in Rupiah as
 * Indonesian documents write them, the reconciliation counts, then every worker line. Built-in Helvetica (no font
 * files to ship); the masked NIK's bullets are written as asterisks, which Helvetica's Latin-1 encoding has.
 */
final class BillPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font NORMAL = new Font(Font.HELVETICA, 9);
    private static final Font SMALL = new Font(Font.HELVETICA, 7);
    private static final Font SMALL_BOLD = new Font(Font.HELVETICA, 7, Font.BOLD);
    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private BillPdf() {
    }

    static void write(SubsidyBill bill, OutputStream out, Function<String, String> text) {
        var document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out).setCloseStream(false);
        document.open();
        document.add(new Paragraph(text.apply("bill.pdf.title") + " " + bill.month(), TITLE));
        var head = new PdfPTable(2);
        head.setWidthPercentage(60);
        head.setHorizontalAlignment(Element.ALIGN_LEFT);
        head.setSpacingBefore(8);
        fact(head, text.apply("bill.mou-number"), bill.mouNumber());
        fact(head, text.apply("bill.mou-title"), bill.mouTitle());
        fact(head, text.apply("bill.partner"), bill.partnerName());
        fact(head, text.apply("bill.period"), bill.mouStartsOn() + " – " + bill.mouEndsOn());
        fact(head, text.apply("bill.month"), bill.month().toString());
        fact(head, text.apply("bill.state"), bill.frozen() ? text.apply("bill.frozen") + " " + ISSUED.format(bill.issuedAt())
                : text.apply("bill.provisional"));
        fact(head, text.apply("bill.covered"), Long.toString(bill.covered()));
        fact(head, text.apply("bill.due"), Rupiah.format(bill.due()));
        fact(head, text.apply("bill.paid"), Rupiah.format(bill.paid()));
        fact(head, text.apply("bill.adjustment-due"), Rupiah.format(bill.adjustmentDue()));
        fact(head, text.apply("bill.adjustment-paid"), Rupiah.format(bill.adjustmentPaid()));
        fact(head, text.apply("bill.total-due"), Rupiah.format(bill.totalDue()));
        fact(head, text.apply("bill.balance"), Rupiah.format(bill.balance()));
        for (BillStatus s : BillStatus.values()) {
            fact(head, text.apply(s.messageKey()), Long.toString(bill.count(s)));
        }
        document.add(head);

        var table = new PdfPTable(new float[]{5, 5, 9, 14, 12, 7, 3, 6, 6, 6, 6, 7, 7, 7});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        for (String c : new String[]{"line", "month", "nik", "name", "village", "band", "jht", "jkk-amount", "jkm-amount",
                "jht-amount", "discount", "due", "paid", "status"}) {
            var cell = new PdfPCell(new Phrase(text.apply("bill.col." + c), SMALL_BOLD));
            cell.setBackgroundColor(new Color(230, 236, 242));
            table.addCell(cell);
        }
        var all = new ArrayList<>(bill.lines());
        all.addAll(bill.adjustments());
        for (BillLine l : all) {
            table.addCell(new Phrase(text.apply(l.adjustment() ? "bill.line.adjustment" : "bill.line.month"), SMALL));
            table.addCell(new Phrase(l.forMonth().toString(), SMALL));
            table.addCell(new Phrase(l.maskedNik().replace('•', '*'), SMALL));
            table.addCell(new Phrase(l.name(), SMALL));
            table.addCell(new Phrase(l.villageName(), SMALL));
            amount(table, Rupiah.format(l.incomeBand()));
            table.addCell(new Phrase(text.apply(l.jht() ? "bill.yes" : "bill.no"), SMALL));
            amount(table, Rupiah.format(l.jkk()));
            amount(table, Rupiah.format(l.jkm()));
            amount(table, Rupiah.format(l.jhtAmount()));
            amount(table, Rupiah.format(l.discount()));
            amount(table, Rupiah.format(l.due()));
            amount(table, Rupiah.format(l.paid()));
            table.addCell(new Phrase(text.apply(l.status().messageKey()), SMALL));
        }
        document.add(table);
        document.close();
    }

    private static void fact(PdfPTable table, String label, String value) {
        var l = new PdfPCell(new Phrase(label, BOLD));
        l.setBorder(0);
        var v = new PdfPCell(new Phrase(value, NORMAL));
        v.setBorder(0);
        table.addCell(l);
        table.addCell(v);
    }

    private static void amount(PdfPTable table, String value) {
        var cell = new PdfPCell(new Phrase(value, SMALL));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }
}
