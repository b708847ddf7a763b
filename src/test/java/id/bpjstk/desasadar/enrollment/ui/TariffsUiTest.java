package id.bpjstk.desasadar.enrollment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.TariffKind;
import id.bpjstk.desasadar.enrollment.TariffRow;
import id.bpjstk.desasadar.enrollment.TariffService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The administrator adds an income band, is told why a clashing rate is refused, and ends the band. */
@IntegrationTest
class TariffsUiTest {

    static final YearMonth MONTH = YearMonth.of(2043, 1);

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired TariffService tariffs;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "tariffui-admin", Role.ADMIN, AreaScope.NATIONAL);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_adds_a_band_sees_a_clash_refused_and_ends_the_band() {
        UI.getCurrent().navigate("admin/tarif");
        Grid<TariffRow> grid = _get(Grid.class);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Penghasilan (dasar iuran)", "Rp1.000.000", "2015-07", "terbuka");

        addRow(TariffKind.INCOME_BAND, "3000000");
        assertThat(tariffs.bands(MONTH)).contains(3_000_000L);
        int row = GridKt._fetch(grid, 0, 1000).indexOf(tariffs.schedule().rows().stream()
                .filter(r -> Long.valueOf(3_000_000).equals(r.amount())).findFirst().orElseThrow());
        assertThat(GridKt._getFormattedRow(grid, row)).contains("Rp3.000.000", "2043-01");

        addRow(TariffKind.JKK_RATE, "1.5");
        NotificationsKt.expectNotifications("Sudah ada tarif yang sama yang berlaku pada 2043-01; akhiri dulu tarif lama.");
        _click(_get(Button.class, spec -> spec.withText("Batal")));

        GridKt._clickItem(grid, row, 1, false, false, false, false);
        _get(DatePicker.class, spec -> spec.withLabel("Berlaku sampai bulan")).setValue(LocalDate.of(2043, 6, 10));
        _click(_get(Button.class, spec -> spec.withText("Simpan")));
        assertThat(tariffs.bands(MONTH.plusMonths(5))).contains(3_000_000L);
        assertThat(tariffs.bands(MONTH.plusMonths(6))).doesNotContain(3_000_000L);
        assertThat(GridKt._getFormattedRow(grid, row)).contains("Rp3.000.000", "2043-06");
    }

    @SuppressWarnings("unchecked")
    private static void addRow(TariffKind kind, String value) {
        _click(_get(Button.class, spec -> spec.withText("Tambah baris tarif")));
        _get(ComboBox.class, spec -> spec.withLabel("Jenis")).setValue(kind);
        _get(BigDecimalField.class, spec -> spec.withLabel("Nilai")).setValue(new BigDecimal(value));
        _get(DatePicker.class, spec -> spec.withLabel("Berlaku mulai bulan")).setValue(MONTH.atDay(15));
        _click(_get(Button.class, spec -> spec.withText("Simpan")));
    }
}
