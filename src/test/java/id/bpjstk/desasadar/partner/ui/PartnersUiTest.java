package id.bpjstk.desasadar.partner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.partner.AreaOption;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerDraft;
import id.bpjstk.desasadar.partner.PartnerKind;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.PartnerView;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An administrator records a municipality and its MoU on the partners page. */
@IntegrationTest
class PartnersUiTest {

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired PartnerService partners;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "partnerui-admin", Role.ADMIN, AreaScope.NATIONAL);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_records_a_municipality_and_its_mou_and_sees_the_quota_left() {
        String name = "Pemerintah Kabupaten Sidoarjo UI " + System.nanoTime();
        String number = "MOU/UI/" + System.nanoTime();
        UI.getCurrent().navigate("admin/mitra");

        _click(_get(Button.class, spec -> spec.withText("Tambah mitra")));
        PartnerFormDialog partnerForm = _get(PartnerFormDialog.class);
        _get(partnerForm, ComboBox.class, spec -> spec.withLabel("Jenis mitra")).setValue(PartnerKind.MUNICIPALITY);
        _get(partnerForm, TextField.class, spec -> spec.withLabel("Nama mitra")).setValue(name);
        ComboBox<AreaOption> governed = _get(partnerForm, ComboBox.class, spec -> spec.withLabel("Wilayah pemerintah daerah"));
        governed.setValue(offered(governed.getListDataView().getItems(), "35.15"));
        _click(_get(partnerForm, Button.class, spec -> spec.withText("Simpan")));

        _click(_get(Button.class, spec -> spec.withText("Tambah MoU")));
        MouFormDialog mouForm = _get(MouFormDialog.class);
        _get(mouForm, TextField.class, spec -> spec.withLabel("Nomor MoU")).setValue(number);
        _get(mouForm, TextField.class, spec -> spec.withLabel("Perihal")).setValue("Perlindungan pekerja rentan");
        _get(mouForm, DatePicker.class, spec -> spec.withLabel("Berlaku mulai")).setValue(LocalDate.of(2026, 12, 31));
        _get(mouForm, DatePicker.class, spec -> spec.withLabel("Berlaku sampai")).setValue(LocalDate.of(2026, 1, 1));
        _get(mouForm, IntegerField.class, spec -> spec.withLabel("Kuota pekerja")).setValue(250);
        MultiSelectComboBox<AreaOption> covered = _get(mouForm, MultiSelectComboBox.class, spec -> spec.withLabel("Wilayah cakupan"));
        assertThat(covered.getListDataView().getItems()).extracting(AreaOption::code).doesNotContain("35.78", "35.78.01");
        covered.setValue(Set.of(offered(covered.getListDataView().getItems(), "35.15.01")));
        _click(_get(mouForm, Button.class, spec -> spec.withText("Simpan")));
        assertThat(mouForm.isOpened()).as("a refused save keeps the form open").isTrue();

        _get(mouForm, DatePicker.class, spec -> spec.withLabel("Berlaku mulai")).setValue(LocalDate.of(2026, 1, 1));
        _get(mouForm, DatePicker.class, spec -> spec.withLabel("Berlaku sampai")).setValue(LocalDate.of(2026, 12, 31));
        _click(_get(mouForm, Button.class, spec -> spec.withText("Simpan")));

        assertThat(_get(PartnersView.class).getElement().getTextRecursively()).contains(name, "APBD");
        Grid<MouView> mous = _find(Grid.class).getLast();
        assertThat(GridKt._getFormattedRow(mous, 0)).contains(number, "250");
        MouView saved = partners.mous().stream().filter(m -> m.number().equals(number)).findFirst().orElseThrow();
        assertThat(saved.partnerName()).isEqualTo(name);
        assertThat(saved.funding()).isEqualTo(Funding.APBD);
        assertThat(saved.areaCodes()).containsExactly("35.15.01");
        assertThat(saved.remaining()).isEqualTo(250);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_bad_contact_email_is_flagged_on_its_field_and_the_partner_is_saved_once_it_is_corrected() {
        String name = "PT Uji Surel " + System.nanoTime();
        UI.getCurrent().navigate("admin/mitra");
        _click(_get(Button.class, spec -> spec.withText("Tambah mitra")));
        PartnerFormDialog form = _get(PartnerFormDialog.class);
        _get(form, ComboBox.class, spec -> spec.withLabel("Jenis mitra")).setValue(PartnerKind.COMPANY);
        _get(form, TextField.class, spec -> spec.withLabel("Nama mitra")).setValue(name);
        TextField email = _get(form, TextField.class, spec -> spec.withLabel("Email kontak"));
        email.setValue("bukan surel");

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Email kontak tidak valid atau lebih dari 100 karakter.");
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));
        assertThat(form.isOpened()).isTrue();
        assertThat(partners.partners()).noneMatch(p -> p.name().equals(name));

        email.setValue("csr@contoh.co.id");
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));
        assertThat(form.isOpened()).isFalse();
        assertThat(partners.partners()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo(name);
            assertThat(p.contactEmail()).isEqualTo("csr@contoh.co.id");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_mou_that_ends_before_it_starts_is_flagged_on_its_end_date() {
        PartnerView company = partners.savePartner(null, new PartnerDraft(PartnerKind.COMPANY, "PT Uji Periode " + System.nanoTime(),
                null, null, null, null), PartnerView.NEW);
        UI.getCurrent().navigate("admin/mitra");
        var form = new MouFormDialog(partners, company, null, m -> { });
        form.open();
        _get(form, DatePicker.class, spec -> spec.withLabel("Berlaku mulai")).setValue(LocalDate.of(2026, 12, 31));
        DatePicker end = _get(form, DatePicker.class, spec -> spec.withLabel("Berlaku sampai"));
        end.setValue(LocalDate.of(2026, 1, 1));

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Tanggal berakhir MoU tidak boleh sebelum tanggal mulainya.");
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));
        assertThat(form.isOpened()).isTrue();
        assertThat(partners.mousOf(company.id())).isEmpty();
    }

    private static AreaOption offered(Stream<AreaOption> items, String code) {
        return items.filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }
}
