package id.bpjstk.desasadar.coverage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.ui.LimitedUpload;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.ui.DownloadLink;
import id.bpjstk.desasadar.base.ui.ReportDownload;
import id.bpjstk.desasadar.base.ui.Fact;
import id.bpjstk.desasadar.base.ui.Refusal;
import id.bpjstk.desasadar.base.ui.map.AreaFill;
import id.bpjstk.desasadar.base.ui.map.LeafletMap;
import id.bpjstk.desasadar.base.ui.map.LegendEntry;
import id.bpjstk.desasadar.base.ui.map.MapLayerSpec;
import id.bpjstk.desasadar.base.ui.map.MapStyle;
import id.bpjstk.desasadar.coverage.CoverageFigures;
import id.bpjstk.desasadar.coverage.CoveragePeriod;
import id.bpjstk.desasadar.coverage.CoverageService;
import id.bpjstk.desasadar.partner.BillLine;
import id.bpjstk.desasadar.partner.BillStatus;
import id.bpjstk.desasadar.partner.ListCheck;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerKind;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.Rupiah;
import id.bpjstk.desasadar.partner.SubsidyBill;
import id.bpjstk.desasadar.partner.SubsidyBillService;
import id.bpjstk.desasadar.territory.AreaOverviewService;
import id.bpjstk.desasadar.territory.MapSettings;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The partner's home (issue 12): for the chosen MoU its period, areas, quota taken and left, its active and non-active
 * workers by district and village on a small map coloured by active share (from the coverage store, cut to this MoU),
 * the month's subsidy bill with its reconciliation and downloads, and the check of the partner's own list of NIKs.
 * Every figure comes from a service that checks the MoU is the caller's.
 *
 * <p>Over 250 lines because every section follows the one MoU chosen at the top and is redrawn with it; each reads its
 * figures from its own service.
 */
@Route("mitra-saya")
@RolesAllowed("PARTNER")
class PartnerHomeView extends Div implements HasDynamicTitle {

    static final String AREAS = "partner-areas";
    private static final String CLASS_STYLE = "partner-class-";
    private static final String NO_DATA_STYLE = "partner-no-data";
    private static final double[] SHARE_BREAKS = {0.2, 0.4, 0.6, 0.8};

    private final CoverageService coverage;
    private final AreaOverviewService overview;
    private final SubsidyBillService bills;
    private final YearMonth now;

    private final Select<MouView> mouSelect = new Select<>();
    private final Div mouFacts = new Div();
    private final Select<String> areaSelect = new Select<>();
    private final Button back = new Button();
    private final LeafletMap map = new LeafletMap();
    private final Grid<CoverageFigures> areaGrid = new Grid<>();
    private final Select<YearMonth> monthSelect = new Select<>();
    private final Div billSummary = new Div();
    private final Div downloads = new Div();
    private final Grid<BillLine> lineGrid = new Grid<>();
    private final Div listResult = new Div();
    private final Map<String, AreaFill> fills = new LinkedHashMap<>();
    private final Map<String, String> areaNames = new LinkedHashMap<>();

    /** The area whose children are on the map: one of the MoU's areas, or a district of it (its villages). */
    private String mapParent;
    private SubsidyBill shownBill;
    private ListCheck shownCheck;

    PartnerHomeView(CoverageService coverage, AreaOverviewService overview, PartnerService partners, SubsidyBillService bills,
                    MapSettings settings) {
        this.coverage = coverage;
        this.overview = overview;
        this.bills = bills;
        this.now = bills.thisMonth();
        addClassName("partner-home");
        setWidthFull();

        List<MouView> mous = partners.mous();
        var title = new H2(mous.isEmpty() ? getTranslation("partner-home.title") : mous.getFirst().partnerName());
        add(title);
        // a company also sees its UMKM binaan and their workers (the enrollment feature's page, linked by its route)
        if (partners.partners().stream().anyMatch(p -> p.kind() == PartnerKind.COMPANY)) {
            var umkm = new Anchor("umkm-binaan", getTranslation("partner-home.umkm"));
            umkm.addClassName("partner-umkm-link");
            add(umkm);
        }
        if (mous.isEmpty()) {
            add(new Paragraph(getTranslation("partner-home.no-mou")));
            return;
        }

        mouSelect.setLabel(getTranslation("partner-home.mou"));
        mouSelect.setItems(mous);
        mouSelect.setItemLabelGenerator(m -> m.number() + " · " + m.title());
        mouSelect.addClassName("partner-mou");
        mouFacts.addClassName("partner-mou-facts");

        areaSelect.setLabel(getTranslation("partner-home.area"));
        areaSelect.addClassName("partner-area");
        areaSelect.setItemLabelGenerator(c -> areaNames.getOrDefault(c, c));
        back.setText(getTranslation("partner-home.back"));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClassName("partner-back");
        back.addClickListener(e -> showArea(areaSelect.getValue()));
        map.addClassName("partner-map");
        map.setTiles(settings.tileUrl(), settings.tileAttribution());
        map.addLayer(AREAS, MapLayerSpec.areas(getTranslation("partner-home.layer"), "map-area", true));
        map.addAreaClickListener(e -> drill(e.getCode()));
        // fixed-width figures and a horizontal scroll on a phone, rather than figures cut off
        areaGrid.addColumn(CoverageFigures::name).setHeader(getTranslation("partner-home.col.area")).setAutoWidth(true).setFlexGrow(1);
        areaGrid.addColumn(f -> number(f.enrolled())).setHeader(getTranslation("coverage.metric.ENROLLED")).setAutoWidth(true).setFlexGrow(0);
        areaGrid.addColumn(f -> number(f.active())).setHeader(getTranslation("coverage.metric.ACTIVE")).setAutoWidth(true).setFlexGrow(0);
        areaGrid.addColumn(f -> number(f.nonActive())).setHeader(getTranslation("partner-home.non-active")).setAutoWidth(true).setFlexGrow(0);
        areaGrid.addColumn(f -> f.activeShare() == null ? "–" : percent(f.activeShare())).setHeader(getTranslation("partner-home.col.share"))
                .setAutoWidth(true).setFlexGrow(0);
        areaGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        areaGrid.setAllRowsVisible(true);
        areaGrid.addClassName("partner-area-grid");
        areaGrid.addItemClickListener(e -> drill(e.getItem().code()));
        var mapTools = new Div(areaSelect, back);
        mapTools.addClassName("partner-map-tools");
        var mapBody = new Div(map, areaGrid);
        mapBody.addClassName("partner-map-body");

        monthSelect.setLabel(getTranslation("partner-home.bill-month"));
        monthSelect.addClassName("partner-bill-month");
        billSummary.addClassName("partner-bill-summary");
        downloads.addClassName("partner-bill-downloads");
        lineGrid.addColumn(l -> (l.adjustment() ? getTranslation("bill.line.adjustment") + " " : "") + l.forMonth())
                .setHeader(getTranslation("bill.col.month")).setAutoWidth(true).setFlexGrow(0);
        lineGrid.addColumn(BillLine::maskedNik).setHeader(getTranslation("bill.col.nik")).setAutoWidth(true).setFlexGrow(0);
        lineGrid.addColumn(BillLine::name).setHeader(getTranslation("bill.col.name")).setAutoWidth(true).setFlexGrow(1);
        lineGrid.addColumn(BillLine::villageName).setHeader(getTranslation("bill.col.village")).setAutoWidth(true).setFlexGrow(0);
        lineGrid.addColumn(l -> Rupiah.format(l.due())).setHeader(getTranslation("bill.col.due")).setAutoWidth(true).setFlexGrow(0);
        lineGrid.addColumn(l -> Rupiah.format(l.paid())).setHeader(getTranslation("bill.col.paid")).setAutoWidth(true).setFlexGrow(0);
        lineGrid.addColumn(l -> getTranslation(l.status().messageKey())).setHeader(getTranslation("bill.col.status")).setAutoWidth(true)
                .setFlexGrow(0);
        lineGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        lineGrid.addClassName("partner-bill-lines");
        lineGrid.setHeight("22rem");

        var upload = LimitedUpload.toTempFile(SubsidyBillService.LIST_MAX_BYTES, (meta, file) -> checkList(file));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> listResult.setText(getTranslation("import.rejected", e.getErrorMessage())));
        upload.addClassName("partner-list-upload");
        listResult.addClassName("partner-list-result");

        var mouSection = section("partner-home.section.mou", mouSelect, mouFacts);
        var mapSection = section("partner-home.section.areas", mapTools, mapBody);
        var billSection = section("partner-home.section.bill", monthSelect, billSummary, downloads, lineGrid);
        var listSection = section("partner-home.section.list", new Paragraph(getTranslation("partner-home.list-help")), upload, listResult);
        add(mouSection, mapSection, billSection, listSection);

        mouSelect.addValueChangeListener(e -> showMou(e.getValue()));
        areaSelect.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showArea(e.getValue());
            }
        });
        monthSelect.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showBill(e.getValue());
            }
        });
        mouSelect.setValue(mous.stream().filter(m -> m.runsOn(now.atDay(1)) || m.runsOn(now.atEndOfMonth())).findFirst()
                .orElse(mous.getFirst()));
    }

    private Div section(String titleKey, com.vaadin.flow.component.Component... content) {
        var section = new Div(new H3(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("partner-section");
        return section;
    }

    private void showMou(MouView mou) {
        if (mou == null) {
            return;
        }
        CoveragePeriod month = CoveragePeriod.month(now);
        long active = 0;
        long nonActive = 0;
        for (String code : mou.areaCodes()) {
            CoverageFigures f = coverage.mouArea(mou.id(), code, month);
            if (f != null) {
                active += f.active();
                nonActive += f.nonActive();
            }
        }
        mouFacts.removeAll();
        Fact.add(mouFacts, "partner-home.number", mou.number());
        Fact.add(mouFacts, "partner-home.period", mou.startsOn() + " – " + mou.endsOn());
        Fact.add(mouFacts, "partner-home.areas", String.join(", ", mou.areas().stream().map(a -> a.name()).toList()));
        Fact.add(mouFacts, "partner-home.quota", number(mou.quota()));
        Fact.add(mouFacts, "partner-home.enrolled", number(mou.enrolled()));
        Fact.add(mouFacts, "partner-home.remaining", number(mou.remaining()));
        Fact.add(mouFacts, "partner-home.active", number(active));
        Fact.add(mouFacts, "partner-home.non-active", number(nonActive));
        if (mou.budget() != null) {
            Fact.add(mouFacts, "partner-home.budget", Rupiah.format(mou.budget()));
        }

        areaNames.clear();
        mou.areas().forEach(a -> areaNames.put(a.code(), a.name()));
        areaSelect.setItems(mou.areaCodes());
        areaSelect.setVisible(mou.areaCodes().size() > 1);
        areaSelect.setValue(mou.areaCodes().getFirst());

        List<YearMonth> months;
        try {
            months = bills.billableMonths(mou.id());
        } catch (RuleViolation refused) {
            months = List.of();
        }
        monthSelect.setItems(months);
        monthSelect.setItemLabelGenerator(YearMonth::toString);
        if (months.isEmpty()) {
            billSummary.setText(getTranslation("partner-home.bill-none"));
            lineGrid.setItems(List.of());
            downloads.removeAll();
        } else {
            monthSelect.setValue(months.getFirst());
        }
    }

    /** Shows the children of one of the MoU's areas (districts of a regency, villages of a district). */
    private void showArea(String code) {
        mapParent = code;
        back.setVisible(false);
        drawAreas();
    }

    /** A click on a district (map or list) shows its villages; a village has nothing under it. */
    private void drill(String code) {
        if (code == null || code.length() >= 13 || code.equals(mapParent)) {
            return;
        }
        mapParent = code;
        back.setVisible(!code.equals(areaSelect.getValue()));
        drawAreas();
    }

    private void drawAreas() {
        MouView mou = mouSelect.getValue();
        List<CoverageFigures> children = coverage.mouChildren(mou.id(), mapParent, CoveragePeriod.month(now));
        areaGrid.setItems(children.stream().filter(f -> f.enrolled() > 0).toList());
        Classes classes = Classes.fixed(SHARE_BREAKS);
        fills.clear();
        for (CoverageFigures f : children) {
            Double share = f.activeShare();
            if (share != null) {
                fills.put(f.code(), new AreaFill(classes.colorOf(share), f.name() + ": " + percent(share)));
            }
        }
        var noData = new AreaFill(Classes.NO_DATA, getTranslation("coverage.no-data"));
        map.setAreaLayer(AREAS, overview.childShapes(mapParent, mapParent.length() <= 5 ? 10 : 12), fills, noData, true);
        var styles = new ArrayList<MapStyle>();
        var legend = new ArrayList<LegendEntry>();
        for (int c = 0; c < classes.classes(); c++) {
            styles.add(MapStyle.of(CLASS_STYLE + c, MapStyle.Shape.FILL, classes.color(c), 12));
            legend.add(new LegendEntry(CLASS_STYLE + c, c == 0 ? "≤ " + percent(SHARE_BREAKS[0])
                    : c == SHARE_BREAKS.length ? "> " + percent(SHARE_BREAKS[c - 1])
                    : "> " + percent(SHARE_BREAKS[c - 1]) + " – " + percent(SHARE_BREAKS[c])));
        }
        styles.add(new MapStyle(NO_DATA_STYLE, MapStyle.Shape.FILL, Classes.NO_DATA, 12, true));
        legend.add(new LegendEntry(NO_DATA_STYLE, getTranslation("coverage.no-data")));
        map.setStyles(styles);
        map.setLegend(getTranslation("partner-home.active-share"), legend);
    }

    private void showBill(YearMonth month) {
        MouView mou = mouSelect.getValue();
        try {
            shownBill = bills.bill(mou.id(), month);
        } catch (RuleViolation refused) {
            Refusal.show(refused);
            return;
        }
        SubsidyBill b = shownBill;
        billSummary.removeAll();
        Fact.add(billSummary, "bill.state", b.frozen() ? getTranslation("bill.frozen") + " " + b.issuedAt().toLocalDate()
                : getTranslation("bill.provisional"));
        Fact.add(billSummary, "bill.covered", number(b.covered()));
        Fact.add(billSummary, "bill.due", Rupiah.format(b.due()));
        Fact.add(billSummary, "bill.paid", Rupiah.format(b.paid()));
        if (!b.adjustments().isEmpty()) {
            Fact.add(billSummary, "bill.adjustment-due", Rupiah.format(b.adjustmentDue()));
            Fact.add(billSummary, "bill.adjustment-paid", Rupiah.format(b.adjustmentPaid()));
        }
        Fact.add(billSummary, "bill.total-due", Rupiah.format(b.totalDue()));
        Fact.add(billSummary, "bill.balance", Rupiah.format(b.balance()));
        for (BillStatus s : BillStatus.values()) {
            Fact.add(billSummary, s.messageKey(), number(b.count(s)));
        }
        var all = new ArrayList<>(b.lines());
        all.addAll(b.adjustments());
        lineGrid.setItems(all);

        downloads.removeAll();
        String stem = "tagihan-" + mou.number().replaceAll("[^A-Za-z0-9]+", "-") + "-" + month;
        Locale locale = getLocale();
        var pdf = DownloadLink.streamed(getTranslation("partner-home.download-pdf"), stem + ".pdf", "application/pdf",
                out -> bills.writePdf(mou.id(), month, out, key -> getTranslation(locale, key)));
        pdf.addClassName("bill-pdf");
        var xlsx = DownloadLink.streamed(getTranslation("partner-home.download-xlsx"), stem + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                out -> bills.writeXlsx(mou.id(), month, out, key -> getTranslation(locale, key)));
        xlsx.addClassName("bill-xlsx");
        downloads.add(pdf, xlsx);
    }

    private void checkList(File file) {
        YearMonth month = monthSelect.getValue() == null ? now : monthSelect.getValue();
        listResult.removeAll();
        try {
            shownCheck = bills.checkList(file.toPath(), month);
        } catch (RuleViolation refused) {
            var error = new Paragraph(getTranslation("partner-list.refused", getTranslation(refused.messageKey(), refused.args())));
            error.addClassName("partner-list-error");
            listResult.add(error);
            return;
        } finally {
            file.delete();
        }
        ListCheck c = shownCheck;
        var summary = new Paragraph(getTranslation("partner-list.summary", month.toString(), c.count(ListCheck.Result.MATCHED),
                c.count(ListCheck.Result.NOT_COVERED), c.count(ListCheck.Result.NOT_FOUND), c.rejected()));
        summary.addClassName("partner-list-summary");
        var grid = new Grid<ListCheck.Row>();
        grid.addColumn(ListCheck.Row::line).setHeader(getTranslation("partner-list.col.line"));
        grid.addColumn(ListCheck.Row::nik).setHeader(getTranslation("bill.col.nik")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.result().messageKey())).setHeader(getTranslation("bill.col.status"));
        grid.addColumn(r -> r.mouNumber() == null ? "" : r.mouNumber()).setHeader(getTranslation("partner-home.mou"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setItems(c.rows());
        grid.setHeight("16rem");
        grid.addClassName("partner-list-rows");
        listResult.add(summary, grid);
        if (c.rejected() > 0) {
            listResult.add(ReportDownload.link(c.report(), "laporan-daftar-nik.csv", getTranslation("partner-list.report"), getLocale()));
        } else {
            c.report().delete();
        }
    }

    private String number(long v) {
        return ShownNumbers.integer(getLocale(), v);
    }

    private String percent(double v) {
        return ShownNumbers.percent(getLocale(), v);
    }

    // for tests: what the view shows now
    SubsidyBill billForTesting() {
        return shownBill;
    }

    ListCheck listCheckForTesting() {
        return shownCheck;
    }

    Map<String, AreaFill> fillsForTesting() {
        return Map.copyOf(fills);
    }

    List<CoverageFigures> areaRowsForTesting() {
        return areaGrid.getGenericDataView().getItems().toList();
    }

    Select<YearMonth> monthSelectForTesting() {
        return monthSelect;
    }

    void checkListForTesting(File file) {
        checkList(file);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partner-home.title");
    }
}
