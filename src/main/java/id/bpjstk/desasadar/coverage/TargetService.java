package id.bpjstk.desasadar.coverage;

import id.bpjstk.desasadar.base.db.VersionedEdit;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.importing.ImportRun;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.territory.AreaDirectory;
import id.bpjstk.desasadar.territory.AreaLevel;
import id.bpjstk.desasadar.territory.OfficeService;
import id.bpjstk.desasadar.territory.OfficeView;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Yearly targets of areas (provinces, regencies) and offices, and how much of them is due by a month.
 *
 * <p>Who reads what: an administrator every target; a regional head or coordinator the targets of the areas their
 * scope overlaps (their own areas, what lies in them, and the province or regency they lie in, so that a coordinator
 * of a regency sees the province target it is measured against) and of the offices covering such areas; a partner
 * none. Only an administrator creates, edits, deletes or imports, checked here and not only by the screen.
 *
 * <p>A target is unique per year, owner and measure: a second one is refused with a message, never merged into the
 * first (change the first instead).
 *
 * <p>Over 250 lines (decision 034): the edits, the import (on the shared pipeline, decision 032) and the reads of what
 * is due share the one rule of the table, a target unique per year, owner and measure, and its scope. The reads are
 * the next to move out, into a {@code TargetQueries}, when this class grows again.
 */
@Service
public class TargetService {

    public static final int YEAR_MIN = TargetRules.YEAR_MIN;
    public static final int YEAR_MAX = TargetRules.YEAR_MAX;
    public static final int NOTE_MAX = TargetRules.NOTE_MAX;
    /** The target file's columns (all required in the header), its optional columns, and its size limit. */
    public static final List<String> CSV_COLUMNS = TargetCsv.COLUMNS;
    public static final List<String> CSV_OPTIONAL_COLUMNS = TargetCsv.OPTIONAL;
    public static final long CSV_MAX_BYTES = TargetCsv.MAX_BYTES;

    private final TargetRepository targets;
    private final OfficeService offices;
    private final CurrentUser currentUser;
    private final AreaDirectory areas;
    private final TransactionTemplate tx;
    private final Counter importedRows;

    TargetService(TargetRepository targets, OfficeService offices, CurrentUser currentUser, AreaDirectory areas,
                  TransactionTemplate tx, MeterRegistry meters) {
        this.importedRows = ImportRun.rowCounter(meters, "targets");
        this.targets = targets;
        this.offices = offices;
        this.currentUser = currentUser;
        this.areas = areas;
        this.tx = tx;
    }

    /** The targets the caller may read, of one year or (null) of every year: newest year first, then owner and measure. */
    @Transactional(readOnly = true)
    public List<TargetView> list(Integer year) {
        List<Target> rows = year == null ? targets.findAll() : targets.findByYearOrderByIdAsc(year);
        Reader reader = reader();
        return views(rows.stream().filter(t -> reader.sees(t.owner())).toList(), reader.offices).stream()
                .sorted(Comparator.comparing(TargetView::year).reversed().thenComparing(TargetView::ownerCode)
                        .thenComparing(TargetView::measure))
                .toList();
    }

    /** The years that have targets (the caller's or not: a year is no secret), newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return targets.years();
    }

    @Transactional(readOnly = true)
    public Optional<TargetView> find(long id) {
        Reader reader = reader();
        return targets.findById(id).filter(t -> reader.sees(t.owner())).map(t -> views(List.of(t), reader.offices).getFirst());
    }

    @Transactional(readOnly = true)
    public Optional<TargetView> find(int year, TargetOwner owner, TargetMeasure measure) {
        Reader reader = reader();
        if (owner == null || measure == null || !reader.sees(owner)) {
            return Optional.empty();
        }
        return targets.findOne(year, measure, owner.areaCode(), owner.officeId()).map(t -> views(List.of(t), reader.offices).getFirst());
    }

    /**
     * The part of the owner's target for the year of {@code upTo} due from January to the end of {@code upTo}, as its
     * phasing spreads it (linear by default); empty when there is no such target or the caller may not read it.
     */
    @Transactional(readOnly = true)
    public OptionalLong expected(TargetOwner owner, TargetMeasure measure, YearMonth upTo) {
        return find(upTo.getYear(), owner, measure).map(t -> OptionalLong.of(t.phasing().upTo(t.value(), upTo.getMonth())))
                .orElse(OptionalLong.empty());
    }

    /**
     * The area's own target for {@code measure} over a period within one year, as its phasing spreads it (a stock such
     * as active participants: the value due by the period's last month); null when the area has no target of its own.
     */
    @Transactional(readOnly = true)
    public Long forPeriod(String areaCode, TargetMeasure measure, CoveragePeriod period) {
        if (areaCode == null || areaCode.isEmpty()) {
            return null;
        }
        return forPeriods(List.of(areaCode), measure, period).get(areaCode);
    }

    /**
     * {@link #forPeriod} for many areas (the children on the coverage map) by one read: the view used to ask child by
     * child, and each ask loaded the offices and read the target twice — 1.5 s for the 38 provinces of the nation.
     * Areas without a target of their own (or that the caller may not read) are left out.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> forPeriods(Collection<String> areaCodes, TargetMeasure measure, CoveragePeriod period) {
        List<String> codes = areaCodes.stream().filter(c -> c != null && !c.isEmpty()).distinct().toList();
        if (codes.isEmpty() || period.from().getYear() != period.to().getYear()) {
            return Map.of();
        }
        // area owners only: which offices exist does not matter, so they are not loaded
        Reader reader = new Reader(currentUser.get().orElse(null), List.of());
        boolean stock = measure == TargetMeasure.ACTIVE_PARTICIPANTS;
        Map<String, Long> result = new HashMap<>();
        for (Target t : targets.findByYearAndMeasureAndAreaCodeIn(period.to().getYear(), measure, codes)) {
            if (!reader.sees(t.owner())) {
                continue;
            }
            TargetPhasing phasing = t.phasing();
            long upToEnd = phasing.upTo(t.getValue(), period.to().getMonth());
            long before = stock || period.from().getMonthValue() == 1 ? 0 : phasing.upTo(t.getValue(), period.from().minusMonths(1).getMonth());
            result.put(t.owner().areaCode(), upToEnd - before);
        }
        return result;
    }

    /**
     * For each measure, the target that applies to the area in the year: its own (a province or regency), else that of
     * the regency it lies in (a district or village), else that of its province; {@link AreaTarget#basis()} says which.
     * Measures without any are left out; an area the caller may not read gives nothing.
     */
    @Transactional(readOnly = true)
    public List<AreaTarget> forArea(String areaCode, int year) {
        Reader reader = reader();
        if (areaCode == null || areaCode.length() < 2 || !reader.sees(TargetOwner.area(areaCode))) {
            return List.of();
        }
        String province = areaCode.substring(0, 2);
        String regency = areaCode.length() >= 5 ? areaCode.substring(0, 5) : null;
        List<Target> candidates = targets.findByYearOrderByIdAsc(year).stream()
                .filter(t -> t.owner().isArea() && (t.owner().areaCode().equals(province) || t.owner().areaCode().equals(regency)))
                .toList();
        Map<String, TargetView> byOwnerAndMeasure = new HashMap<>();
        views(candidates, reader.offices).forEach(v -> byOwnerAndMeasure.put(v.ownerCode() + "/" + v.measure(), v));
        var result = new ArrayList<AreaTarget>();
        for (TargetMeasure measure : TargetMeasure.values()) {
            TargetView atRegency = regency == null ? null : byOwnerAndMeasure.get(regency + "/" + measure);
            TargetView atProvince = byOwnerAndMeasure.get(province + "/" + measure);
            if (atRegency != null) {
                result.add(new AreaTarget(measure, atRegency, areaCode.equals(regency) ? AreaTarget.Basis.OWN : AreaTarget.Basis.REGENCY));
            } else if (atProvince != null) {
                result.add(new AreaTarget(measure, atProvince, areaCode.equals(province) ? AreaTarget.Basis.OWN : AreaTarget.Basis.PROVINCE));
            }
        }
        return result;
    }

    /** Stores a new target; refuses bad input and a second target for the same year, owner and measure. */
    public TargetView create(TargetDraft draft) {
        requireAdmin();
        TargetDraft clean = check(draft, null);
        return store(() -> targets.saveAndFlush(new Target(clean)), clean);
    }

    /** Changes a target; refuses a stale version (someone changed it meanwhile) like every other form. */
    public TargetView update(long id, TargetDraft draft, long expectedVersion) {
        requireAdmin();
        TargetDraft clean = check(draft, id);
        return store(() -> {
            Target target = VersionedEdit.current(targets.findById(id), "target.error.not-found", Target::getVersion,
                    expectedVersion, "target.error.conflict");
            target.update(clean);
            return targets.saveAndFlush(target);
        }, clean);
    }

    @Transactional
    public void delete(long id) {
        requireAdmin();
        targets.findById(id).ifPresentOrElse(targets::delete, () -> {
            throw new RuleViolation("target.error.not-found");
        });
    }

    /**
     * Imports a CSV file of targets ({@link TargetCsv#COLUMNS}, see the README) all or nothing: every row is checked
     * by the same rules as the form, and one rejected row stores nothing; the report lists each rejected row with its
     * line number, column and reason.
     *
     * @throws RuleViolation the file as a whole is refused ({@code csv.error.*}: empty, not UTF-8, wrong columns…)
     */
    public ImportResult importFile(Path file, Progress progress, BooleanSupplier cancelled) {
        requireAdmin();
        return new TargetCsv(this, offices.list()).importFile(file, progress, cancelled, importedRows);
    }

    /** Stores checked drafts in one transaction (the import's second step): all of them or, on any failure, none. */
    void storeAll(List<TargetDraft> drafts) {
        try {
            tx.executeWithoutResult(status -> drafts.forEach(d -> targets.saveAndFlush(new Target(d))));
        } catch (DataIntegrityViolationException e) {
            throw duplicateOr(e, drafts.isEmpty() ? null : drafts.getFirst());
        }
    }

    private TargetView store(java.util.function.Supplier<Target> write, TargetDraft clean) {
        try {
            Target saved = VersionedEdit.saving("target.error.conflict", () -> tx.execute(status -> write.get()));
            return views(List.of(saved), offices.list()).getFirst();
        } catch (DataIntegrityViolationException e) {
            throw duplicateOr(e, clean);
        }
    }

    private RuntimeException duplicateOr(DataIntegrityViolationException e, TargetDraft draft) {
        // two administrators saving the same target at once: the unique key decides, the loser reads why
        if (draft != null && String.valueOf(e.getMostSpecificCause().getMessage()).contains("uq_target")) {
            return duplicate(draft);
        }
        return e;
    }

    /**
     * The draft as it will be stored (note trimmed), or the first rule it breaks. {@code id} is the target being
     * edited (null for a new one), which may keep its own year, owner and measure.
     */
    TargetDraft check(TargetDraft d, Long id) {
        TargetRules.year(d.year());
        if (TargetRules.owner(d.owner()).isArea()) {
            AreaLevel level = areas.level(d.owner().areaCode())
                    .orElseThrow(() -> new RuleViolation("area.error.unknown-code", d.owner().areaCode()));
            if (level != AreaLevel.PROVINCE && level != AreaLevel.REGENCY) {
                throw new RuleViolation("target.error.area-level", d.owner().areaCode());
            }
        } else if (offices.list().stream().noneMatch(o -> o.id().equals(d.owner().officeId()))) {
            throw new RuleViolation("target.error.unknown-office", String.valueOf(d.owner().officeId()));
        }
        TargetRules.measure(d.measure());
        TargetRules.phasing(d.phasing(), TargetRules.value(d.value()));
        String note = TargetRules.note(d.sourceNote());
        var existing = targets.findOne(d.year(), d.measure(), d.owner().areaCode(), d.owner().officeId());
        if (existing.isPresent() && !existing.get().getId().equals(id)) {
            throw duplicate(d);
        }
        return new TargetDraft(d.year(), d.owner(), d.measure(), d.value(), d.phasing(), d.illustrative(), note);
    }

    private RuleViolation duplicate(TargetDraft d) {
        String owner = d.owner().isArea() ? d.owner().areaCode()
                : offices.list().stream().filter(o -> o.id().equals(d.owner().officeId())).map(OfficeView::code).findFirst()
                .orElse(String.valueOf(d.owner().officeId()));
        return new RuleViolation("target.error.duplicate", String.valueOf(d.year()), owner, d.measure().name());
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator manages targets");
        }
    }

    /** The caller and what they may read. */
    private Reader reader() {
        return new Reader(currentUser.get().orElse(null), offices.list());
    }

    private record Reader(UserPrincipal user, List<OfficeView> offices) {

        boolean sees(TargetOwner owner) {
            if (user == null || user.role() == Role.PARTNER) {
                return false;
            }
            if (user.role() == Role.ADMIN) {
                return true;
            }
            AreaScope scope = user.scope();
            if (owner.isArea()) {
                return overlaps(scope, owner.areaCode());
            }
            return offices.stream().filter(o -> o.id().equals(owner.officeId())).findFirst()
                    .map(o -> o.areaCodes().stream().anyMatch(c -> overlaps(scope, c))).orElse(false);
        }

        /** The area is in the scope, or a scope area lies in it. */
        private static boolean overlaps(AreaScope scope, String code) {
            return scope.includes(code) || scope.codes().stream().anyMatch(c -> c.startsWith(code + "."));
        }
    }

    private List<TargetView> views(Collection<Target> rows, List<OfficeView> officeList) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, OfficeView> officeById = officeList.stream().collect(Collectors.toMap(OfficeView::id, o -> o));
        List<String> codes = rows.stream().map(t -> t.owner().areaCode()).filter(java.util.Objects::nonNull).distinct().toList();
        // area names are public reference data: read unscoped, a coordinator may see the name of their province
        Map<String, String> names = areas.names(codes);
        return rows.stream().map(t -> {
            TargetOwner owner = t.owner();
            OfficeView office = owner.isArea() ? null : officeById.get(owner.officeId());
            String code = owner.isArea() ? owner.areaCode() : office == null ? "?" : office.code();
            String name = owner.isArea() ? names.getOrDefault(code, code) : office == null ? "?" : office.name();
            return new TargetView(t.getId(), t.getYear(), owner, code, name, t.getMeasure(), t.getValue(), t.phasing(),
                    t.isIllustrative(), t.getSourceNote(), t.getVersion());
        }).toList();
    }
}
