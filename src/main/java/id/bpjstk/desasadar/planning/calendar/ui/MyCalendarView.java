package id.bpjstk.desasadar.planning.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.base.ui.DownloadLink;
import id.bpjstk.desasadar.base.ui.Refusal;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.planning.calendar.CalendarFeedService;
import id.bpjstk.desasadar.planning.calendar.DaySheetService;
import id.bpjstk.desasadar.planning.calendar.FeedAddress;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.TreeSet;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The signed-in user's calendar: the secret subscription URL of their feed (shown once, when made; replaced on
 * request, which revokes the old one), a one-off .ics download, and the printable day sheet.
 */
@Route("kalender-saya")
@PermitAll
class MyCalendarView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CalendarFeedService feeds;
    private final DaySheetService sheets;
    private final VerticalLayout feedPanel = new VerticalLayout();
    final TextField url = new TextField();
    final Button renew = new Button();
    final Button revoke = new Button();
    final ComboBox<String> officer = new ComboBox<>();
    final DatePicker day = new DatePicker();
    final Button makeSheet = new Button();
    final Anchor sheetLink = new Anchor();

    private final Clock clock;

    MyCalendarView(CalendarFeedService feeds, DaySheetService sheets, EventQueries events, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.feeds = feeds;
        this.sheets = sheets;
        addClassName("my-calendar-view");
        add(new H2(getTranslation("my-calendar.title")));
        UserPrincipal me = currentUser.get().orElseThrow();
        if (me.role() == Role.PARTNER) {
            add(new Paragraph(getTranslation("my-calendar.partner")));
            return;
        }
        add(new Paragraph(getTranslation("my-calendar.intro")));
        feedPanel.setPadding(false);
        url.setLabel(getTranslation("my-calendar.feed"));
        url.setReadOnly(true);
        url.setWidthFull();
        url.addClassName("feed-url");
        renew.addClickListener(e -> confirm("my-calendar.renew.confirm", this::renewFeed));
        revoke.setText(getTranslation("my-calendar.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.addClickListener(e -> confirm("my-calendar.revoke.confirm", this::revokeFeed));
        add(feedPanel);
        showFeed(feeds.address());

        var download = new DownloadLink(getTranslation("my-calendar.download"), "kegiatan-saya.ics", "text/calendar",
                out -> out.write(feeds.upcoming(baseUrl())));
        download.addClassName("ics-download");
        add(download);

        add(new H3(getTranslation("my-calendar.sheet")), new Paragraph(getTranslation("my-calendar.sheet.intro")));
        officer.setLabel(getTranslation("my-calendar.sheet.officer"));
        var officers = new TreeSet<>(events.officers());
        officers.add(me.username());
        officer.setItems(officers);
        officer.setValue(me.username());
        officer.setVisible(me.role().editsFieldWork());
        day.setLabel(getTranslation("my-calendar.sheet.day"));
        day.setValue(LocalDate.now(clock));
        makeSheet.setText(getTranslation("my-calendar.sheet.make"));
        makeSheet.setIcon(VaadinIcon.PRINT.create());
        makeSheet.addClickListener(e -> makeSheet());
        sheetLink.setVisible(false);
        sheetLink.addClassName("day-sheet-download");
        officer.addValueChangeListener(e -> sheetLink.setVisible(false));
        day.addValueChangeListener(e -> sheetLink.setVisible(false));
        var row = new HorizontalLayout(officer, day, makeSheet, sheetLink);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row);
    }

    /**
     * {@code ?tanggal=2026-12-01&petugas=username} preselect the day sheet (from the event calendar, or a plan's day);
     * an officer the caller may not print for is refused when the sheet is made, like any other choice.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        params.getSingleParameter("tanggal").ifPresent(text -> {
            try {
                day.setValue(LocalDate.parse(text));
            } catch (java.time.format.DateTimeParseException e) {
                // a hand-edited address: keep today
            }
        });
        params.getSingleParameter("petugas").filter(who -> officer.isVisible()).ifPresent(who -> {
            officer.setItems(withOfficer(who));
            officer.setValue(who);
        });
    }

    private java.util.SortedSet<String> withOfficer(String who) {
        var all = new TreeSet<String>(officer.getListDataView().getItems().toList());
        all.add(who);
        return all;
    }

    private void showFeed(FeedAddress address) {
        feedPanel.removeAll();
        renew.setText(getTranslation(address.active() ? "my-calendar.renew" : "my-calendar.create"));
        if (address.url() != null) {
            url.setValue(address.url());
            var copy = new Button(getTranslation("my-calendar.copy"), VaadinIcon.COPY.create(), e -> {
                // the value travels as a parameter, never as script text
                url.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", address.url());
                Notification.show(getTranslation("my-calendar.copied"), 2000, Notification.Position.BOTTOM_START);
            });
            copy.addClassName("copy-url");
            var line = new HorizontalLayout(url, copy);
            line.setWidthFull();
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            feedPanel.add(new Paragraph(getTranslation("my-calendar.new-url")), line);
        } else if (address.active()) {
            feedPanel.add(new Paragraph(getTranslation("my-calendar.active",
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                            .format(address.createdAt()))));
        } else {
            feedPanel.add(new Paragraph(getTranslation("my-calendar.none")));
        }
        revoke.setVisible(address.active());
        feedPanel.add(new HorizontalLayout(renew, revoke));
    }

    private void confirm(String key, Runnable action) {
        var dialog = new ConfirmDialog(getTranslation(key + ".title"), getTranslation(key + ".text"),
                getTranslation(key.startsWith("my-calendar.renew") ? "my-calendar.renew" : "my-calendar.revoke"), e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("my-calendar.cancel"));
        dialog.open();
    }

    void renewFeed() {
        showFeed(feeds.renew(baseUrl()));
    }

    void revokeFeed() {
        feeds.revoke();
        Notification.show(getTranslation("my-calendar.revoked"), 3000, Notification.Position.BOTTOM_START);
        showFeed(feeds.address());
    }

    /** Builds the PDF now, so that a refusal is shown here rather than as a failed download; the link then serves it. */
    void makeSheet() {
        sheetLink.setVisible(false);
        String who = officer.getValue();
        LocalDate date = day.getValue();
        try {
            var sheet = sheets.sheet(who, date);
            byte[] pdf = sheets.pdf(sheet);
            String name = "lembar-kerja-" + who + "-" + date + ".pdf";
            sheetLink.setHref(DownloadHandler.fromInputStream(
                    e -> new DownloadResponse(new ByteArrayInputStream(pdf), name, "application/pdf", pdf.length)));
            sheetLink.setText(getTranslation("my-calendar.sheet.download", sheet.stops().size()));
            sheetLink.setVisible(true);
        } catch (RuleViolation refused) {
            Refusal.show(refused);
        }
    }

    /** The app's address as the browser reached it, for the links in the feed. */
    private static String baseUrl() {
        var request = VaadinServletRequest.getCurrent();
        return request == null ? "" : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).build().toUriString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-calendar.title");
    }
}
