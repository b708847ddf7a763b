package id.bpjstk.desasadar.partner;

import id.bpjstk.desasadar.base.io.ExportFormat;
import id.bpjstk.desasadar.base.io.TableWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A subsidy bill as a spreadsheet: one row per worker line, the adjustments of earlier bills after the month's own. */
final class BillXlsx {

    static final List<String> COLUMNS = List.of("line", "month", "nik", "name", "village-code", "village", "band", "jht",
            "jkk-amount", "jkm-amount", "jht-amount", "discount", "due", "paid", "payments", "status");

    private BillXlsx() {
    }

    static void write(SubsidyBill bill, OutputStream out, Function<String, String> text) {
        List<String> header = COLUMNS.stream().map(c -> text.apply("bill.col." + c)).toList();
        try (TableWriter table = TableWriter.open(ExportFormat.XLSX, out, bill.month().toString(), header)) {
            var all = new ArrayList<>(bill.lines());
            all.addAll(bill.adjustments());
            for (BillLine l : all) {
                table.row(java.util.Arrays.asList(text.apply(l.adjustment() ? "bill.line.adjustment" : "bill.line.month"),
                        l.forMonth().toString(), l.maskedNik(), l.name(), l.villageCode(), l.villageName(), l.incomeBand(),
                        text.apply(l.jht() ? "bill.yes" : "bill.no"), l.jkk(), l.jkm(), l.jhtAmount(), l.discount(), l.due(),
                        l.paid(), l.payments(), text.apply(l.status().messageKey())));
            }
        }
    }
}
