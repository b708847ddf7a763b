package id.bpjstk.desasadar;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.importing.RenderedReports;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.coverage.TargetService;
import id.bpjstk.desasadar.territory.AreaImportService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One bad value, one message: an area code that does not exist reads the same in the report of the target import and
 * in that of the area import, because both give the same reason (a message key) and only the download renders it.
 */
@IntegrationTest
class SameReasonInEveryImportTest {

    @Autowired TargetService targets;
    @Autowired AreaImportService areas;
    @Autowired UserService users;

    @TempDir
    Path temp;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_unknown_area_code_reads_the_same_in_the_target_and_the_area_reports() throws Exception {
        SignIn.as(users, "same-reason-admin", Role.ADMIN, AreaScope.NATIONAL);
        Path targetFile = Files.writeString(temp.resolve("target.csv"),
                "tahun;kode_wilayah;kode_kantor;ukuran;nilai\n2042;99.99;;NEW_PARTICIPANTS;1000\n", StandardCharsets.UTF_8);

        ImportResult target = targets.importFile(targetFile, Progress.NONE, () -> false);
        ImportResult area = areas.importFile("centroids.csv", new ByteArrayInputStream(
                "code,name,lat,lng\n99.99,Atlantis,-7.3,112.7\n".getBytes(StandardCharsets.UTF_8)), -1, Progress.NONE);

        CSVRecord fromTargets = RenderedReports.indonesian(target.report()).getFirst();
        CSVRecord fromAreas = RenderedReports.indonesian(area.report()).getFirst();
        assertThat(fromTargets.get("alasan")).isEqualTo("Kode wilayah 99.99 tidak ada dalam daftar wilayah resmi.")
                .isEqualTo(fromAreas.get("alasan"));
        assertThat(fromTargets.get("kolom")).isEqualTo("kode_wilayah");
        assertThat(fromAreas.get("kolom")).isEqualTo("kode");
    }
}
