package id.bpjstk.desasadar;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.coverage.TargetService;
import id.bpjstk.desasadar.enrollment.importing.ContributionImportService;
import id.bpjstk.desasadar.enrollment.importing.UmkmImportService;
import id.bpjstk.desasadar.enrollment.importing.WorkerImportService;
import id.bpjstk.desasadar.partner.SubsidyBillService;
import id.bpjstk.desasadar.site.SiteImportService;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/** The server's own multipart limit agrees with what the upload pages tell their users (issue 13, item 4). */
@IntegrationTest
class UploadLimitsTest {

    @Value("${spring.servlet.multipart.max-file-size}") DataSize multipartFileMax;

    @Test
    void the_servers_multipart_limit_is_the_largest_limit_an_upload_page_states() {
        long largest = LongStream.of(WorkerImportService.MAX_BYTES, ContributionImportService.MAX_BYTES, UmkmImportService.MAX_BYTES,
                TargetService.CSV_MAX_BYTES, SubsidyBillService.LIST_MAX_BYTES, SiteImportService.MAX_BYTES).max().orElseThrow();

        assertThat(multipartFileMax.toBytes()).isEqualTo(largest);
    }
}
