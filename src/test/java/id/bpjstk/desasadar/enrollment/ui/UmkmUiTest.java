package id.bpjstk.desasadar.enrollment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.UmkmAreaFigures;
import id.bpjstk.desasadar.enrollment.UmkmFigures;
import id.bpjstk.desasadar.enrollment.WorkerDraft;
import id.bpjstk.desasadar.enrollment.WorkerService;
import id.bpjstk.desasadar.enrollment.importing.UmkmImportService;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.partner.PartnerDraft;
import id.bpjstk.desasadar.partner.PartnerKind;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.PartnerView;
import id.bpjstk.desasadar.site.SiteView;
import id.bpjstk.desasadar.territory.ui.AreaPicker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The UMKM binaan pages: the company's own view from its home, an officer's view and import page, and the worker form's link. */
@IntegrationTest
class UmkmUiTest {

    static final String VILLAGE = "35.78.02.1001";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final AtomicInteger SERIAL = new AtomicInteger(8800);

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired PartnerService partners;
    @Autowired UmkmImportService imports;
    @Autowired WorkerService workers;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path temp;

    PartnerView company;
    long warung;

    @BeforeEach
    void aCompanyWithTwoUmkmInTwoRegencies() throws IOException {
        SignIn.as(users, "umkmui-admin", Role.ADMIN, AreaScope.NATIONAL);
        company = partners.savePartner(null, new PartnerDraft(PartnerKind.COMPANY, "PT Layar UMKM " + System.nanoTime(), null, null,
                null, null), PartnerView.NEW);
        Path file = Files.createTempFile(temp, "umkm-", ".csv");
        Files.writeString(file, "nama;pemilik;kode_desa;alamat;perkiraan_pekerja\n"
                + "Warung Tepi Kali;Sri;" + VILLAGE + ";;5\n" + "Kopi Lereng;Hadi;16.07.05.2002;;8\n", StandardCharsets.UTF_8);
        imports.importFile(company.id(), file, ImportMode.ALL_OR_NOTHING, Progress.NONE, () -> false);
        warung = jdbc.queryForObject("SELECT id FROM site WHERE partner_id = ? AND name = 'Warung Tepi Kali'", Long.class, company.id());
        workers.enroll(new WorkerDraft(nik(), "Pekerja Warung", null, null, null, Occupation.PEDAGANG_PASAR, VILLAGE, null, warung, false,
                1_000_000, Funding.SELF, null, TODAY, null, null, null));
        users.createIfAbsent("umkmui-company", "Mitra Layar", "test-password", Role.PARTNER, Set.of("35"));
        users.assignPartner("umkmui-company", company.id());
        SignIn.out();
        KaribuUi.start(ctx);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void a_company_goes_from_its_home_to_its_umkm_and_sees_estimated_against_enrolled_per_area_and_per_umkm() {
        KaribuUi.signIn(users, "umkmui-company", Role.PARTNER, "35");
        UI.getCurrent().navigate("");
        Anchor link = _get(Anchor.class, spec -> spec.withClasses("partner-umkm-link"));
        assertThat(link.getHref()).isEqualTo("umkm-binaan");

        UI.getCurrent().navigate(link.getHref());
        UmkmView view = _get(UmkmView.class);

        assertThat(view.company().isVisible()).isFalse();
        assertThat(view.getElement().getTextRecursively()).contains("Jumlah UMKM", "Perkiraan pekerja", "13", "Pekerja terdaftar");
        assertThat(view.areaGrid().getListDataView().getItems().map(UmkmAreaFigures::code)).containsExactly("16.07", "35.78");
        assertThat(view.grid().getLazyDataView().getItems().map(UmkmFigures::name)).containsExactly("Kopi Lereng", "Warung Tepi Kali");
        assertThat(view.grid().getLazyDataView().getItems().filter(u -> u.siteId() == warung).findFirst().orElseThrow().enrolled())
                .as("its worker pays for himself: not the company's to count").isZero();

        GridKt._clickItem(view.areaGrid(), 1, 1, false, false, false, false);

        assertThat(view.grid().getLazyDataView().getItems().map(UmkmFigures::name)).containsExactly("Warung Tepi Kali");
        _click(_get(view, Button.class, spec -> spec.withClasses("umkm-all-areas")));
        assertThat(view.grid().getLazyDataView().getItems()).hasSize(2);
    }

    @Test
    void an_officer_chooses_the_company_and_reaches_the_import_page_where_the_company_comes_first() {
        KaribuUi.signIn(users, "umkmui-admin", Role.ADMIN, AreaScope.NATIONAL);
        UI.getCurrent().navigate("umkm-binaan", QueryParameters.of("mitra", String.valueOf(company.id())));
        UmkmView view = _get(UmkmView.class);
        assertThat(view.company().isVisible()).isTrue();
        assertThat(view.company().getValue().id()).isEqualTo(company.id());
        assertThat(view.grid().getLazyDataView().getItems().filter(u -> u.siteId() == warung).findFirst().orElseThrow().enrolled())
                .isEqualTo(1);

        _click(_get(view, Button.class, spec -> spec.withClasses("umkm-import")));

        UmkmImportView page = _get(UmkmImportView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Impor UMKM binaan", "nama;pemilik;kode_desa;alamat;perkiraan_pekerja",
                "kode_umkm");
        assertThat(page.company().getListDataView().getItems().map(PartnerView::id)).contains(company.id());
        assertThat(page.getChildren().toList().indexOf(page.company())).isEqualTo(2);
    }

    @Test
    void the_worker_form_offers_the_umkm_of_the_village_and_saves_the_link() {
        KaribuUi.signIn(users, "umkmui-coordinator", Role.COORDINATOR, "35");
        UI.getCurrent().navigate("peserta");
        _click(_get(Button.class, spec -> spec.withText("Daftarkan peserta")));
        WorkerFormDialog form = _get(WorkerFormDialog.class);
        String nik = nik();
        _get(form, TextField.class, spec -> spec.withLabel("NIK")).setValue(nik);
        _get(form, TextField.class, spec -> spec.withLabel("Nama lengkap")).setValue("Pekerja Dari Form");
        _get(form, ComboBox.class, spec -> spec.withLabel("Pekerjaan")).setValue(Occupation.PEDAGANG_PASAR);
        _get(form, AreaPicker.class).setCode(VILLAGE);
        @SuppressWarnings("unchecked")
        ComboBox<SiteView> site = _get(form, ComboBox.class, spec -> spec.withClasses("worker-site"));
        assertThat(site.getListDataView().getItems().map(SiteView::id)).contains(warung);
        assertThat(site.getListDataView().getItems().map(SiteView::villageCode)).containsOnly(VILLAGE);

        site.setValue(site.getListDataView().getItems().filter(s -> s.id() == warung).findFirst().orElseThrow());
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));

        assertThat(jdbc.queryForObject("SELECT site_id FROM worker WHERE nik = ?", Long.class, nik)).isEqualTo(warung);
    }

    @Test
    void a_municipal_partner_has_no_umkm_and_a_partner_does_not_open_the_import() {
        KaribuUi.signIn(users, "umkmui-city", Role.PARTNER, "35.78");

        UI.getCurrent().navigate("umkm-binaan");
        assertThat(_find(UmkmView.class).getFirst().getElement().getTextRecursively()).contains("Belum ada perusahaan mitra");
        assertThatThrownBy(() -> UI.getCurrent().navigate("umkm-binaan/impor")).isInstanceOf(MockAccessDeniedException.class);
    }

    private static String nik() {
        return "%s%02d%02d%02d%04d".formatted(VILLAGE.substring(0, 8).replace(".", ""), 21, 6, 90, SERIAL.incrementAndGet());
    }
}
