package id.bpjstk.desasadar.base;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.base.io.CsvCells;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_neutralised() {
        assertThat(CsvCells.text("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvCells.text("+62812")).isEqualTo("'+62812");
        assertThat(CsvCells.text("-cmd")).isEqualTo("'-cmd");
        assertThat(CsvCells.text("@x")).isEqualTo("'@x");
        assertThat(CsvCells.text("Pasar Rebo")).isEqualTo("Pasar Rebo");
        assertThat(CsvCells.text("")).isEmpty();
        assertThat(CsvCells.text(null)).isNull();
    }
}
