package id.bpjstk.desasadar.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTest {

    @Test
    void line_breaks_tabs_and_control_characters_in_a_name_become_single_spaces() {
        assertThat(CleanText.oneLine("  Siti\r\nAminah\t binti\u0007Ahmad\u00a0 ")).isEqualTo("Siti Aminah binti Ahmad");
    }

    @Test
    void invisible_formatting_characters_are_dropped_and_letters_kept() {
        assertThat(CleanText.oneLine("Dé\u200bdé \u202eÑurhayati\ufeff")).isEqualTo("Dédé Ñurhayati");
    }

    @Test
    void a_blank_name_is_empty_and_an_absent_one_stays_absent() {
        assertThat(CleanText.oneLine(" \n\t ")).isEmpty();
        assertThat(CleanText.oneLine(null)).isNull();
        assertThat(CleanText.oneLineOrNull("\r\n")).isNull();
    }

    @Test
    void notes_keep_their_line_breaks_and_each_line_is_cleaned() {
        assertThat(CleanText.linesOrNull("Kunjungan pertama:\r\n  kepala desa\thadir \r\n\r\nlanjut\u2028bulan depan\n"))
                .isEqualTo("Kunjungan pertama:\nkepala desa hadir\n\nlanjut\nbulan depan");
        assertThat(CleanText.linesOrNull(" \n ")).isNull();
    }
}
