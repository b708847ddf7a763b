package id.bpjstk.desasadar.enrollment.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.ui.ImportPanel;
import id.bpjstk.desasadar.enrollment.UmkmService;
import id.bpjstk.desasadar.enrollment.importing.UmkmImportService;
import id.bpjstk.desasadar.partner.PartnerView;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Autowired;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The import of a company's UMKM binaan (format in the README): the company is chosen first, then the file goes the
 * way of every CSV import (progress, cancel, summary and the report of rejected rows). Without a company chosen the
 * file is refused with a message, and nothing is stored.
 */
@Route("umkm-binaan/impor")
@RolesAllowed({"ADMIN", "COORDINATOR"})
class UmkmImportView extends ImportPanel implements HasDynamicTitle {

    /** What the sample file holds: one UMKM of Pulau Rajak (Banyuasin), the village of the workers' sample. */
    static final String SAMPLE_ROW = "Kerupuk Ikan Bu Siti;Siti Aminah;16.07.05.2002;Jl. Sungai Rajak No. 3;6;UMKM-0001";

    private final Select<PartnerView> company = new Select<>();

    @Autowired
    UmkmImportView(UmkmImportService importer, UmkmService umkm, Executor applicationTaskExecutor) {
        this(importer, umkm, applicationTaskExecutor, new AtomicReference<>());
    }

    /** The upload runs in the background: it reads the company chosen when the file arrived, not the field itself. */
    private UmkmImportView(UmkmImportService importer, UmkmService umkm, Executor applicationTaskExecutor,
                           AtomicReference<Long> chosen) {
        super((file, fileName, mode, progress, cancelled) -> importer.importFile(chosen.get(), file, fileName, mode, progress,
                        cancelled),
                Kind.csvPage("umkm.import", UmkmImportService.COLUMNS, UmkmImportService.OPTIONAL_COLUMNS, SAMPLE_ROW, "umkm",
                        UmkmImportService.MAX_BYTES), applicationTaskExecutor);
        addClassName("umkm-import-view");
        company.setLabel(getTranslation("umkm.company"));
        company.setItems(umkm.companies());
        company.setItemLabelGenerator(PartnerView::name);
        company.setEmptySelectionAllowed(false);
        company.setPlaceholder(getTranslation("umkm.company.choose"));
        company.addClassName("umkm-import-company");
        company.addValueChangeListener(e -> chosen.set(e.getValue() == null ? null : e.getValue().id()));
        // after the title and the help: the company comes before the file
        addComponentAtIndex(2, company);
    }

    Select<PartnerView> company() {
        return company;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("umkm.import.title");
    }
}
