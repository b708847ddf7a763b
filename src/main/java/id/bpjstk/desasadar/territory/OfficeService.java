package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.db.VersionedEdit;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.OfficeScopes;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.text.CleanText;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offices and the areas they cover. Administrators manage them; everyone may learn which branch is
 * responsible for a village; a user without scopes of their own gets their office's areas.
 */
@Service
public class OfficeService implements OfficeScopes {

    public static final int CODE_MAX = Office.CODE_MAX;
    public static final int NAME_MAX = Office.NAME_MAX;

    private final OfficeRepository offices;
    private final AreaRepository areas;
    private final CurrentUser currentUser;
    private final TransactionTemplate tx;
    private final org.springframework.context.ApplicationEventPublisher events;

    OfficeService(OfficeRepository offices, AreaRepository areas, CurrentUser currentUser, TransactionTemplate tx,
                  org.springframework.context.ApplicationEventPublisher events) {
        this.offices = offices;
        this.areas = areas;
        this.currentUser = currentUser;
        this.tx = tx;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<OfficeView> list() {
        return offices.findAll().stream().map(OfficeService::view).sorted(Comparator.comparing(OfficeView::code)).toList();
    }

    /**
     * Creates ({@code id} null) or updates an office without touching its location; refuses unknown area codes and
     * stale versions.
     */
    public OfficeView save(Long id, String code, String name, OfficeKind kind, List<String> areaCodes, long expectedVersion) {
        return save(id, code, name, kind, areaCodes, null, expectedVersion, true);
    }

    /**
     * Creates or updates an office with its location ({@code lat} and {@code lng} both null: none recorded). A location
     * outside Indonesia's box (decision 001) or only half given is refused.
     */
    public OfficeView save(Long id, String code, String name, OfficeKind kind, List<String> areaCodes, Double lat, Double lng,
                           long expectedVersion) {
        if ((lat == null) != (lng == null)) {
            throw new RuleViolation("office.error.location-half");
        }
        if (lat != null && !IndonesiaBounds.contains(lat, lng)) {
            throw new RuleViolation("office.error.location-outside", IndonesiaBounds.MIN_LAT, IndonesiaBounds.MAX_LAT,
                    IndonesiaBounds.MIN_LNG, IndonesiaBounds.MAX_LNG);
        }
        return save(id, code, name, kind, areaCodes, lat == null ? null : new double[] {lat, lng}, expectedVersion, false);
    }

    private OfficeView save(Long id, String code, String name, OfficeKind kind, List<String> areaCodes, double[] location,
                            long expectedVersion, boolean keepLocation) {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator manages offices");
        }
        String cleanCode = code == null ? "" : code.strip();
        String cleanName = name == null ? "" : CleanText.oneLine(name);
        if (cleanCode.isEmpty() || cleanCode.length() > CODE_MAX) {
            throw new RuleViolation("office.error.code", CODE_MAX);
        }
        if (cleanName.isEmpty() || cleanName.length() > NAME_MAX) {
            throw new RuleViolation("office.error.name", NAME_MAX);
        }
        if (kind == null) {
            throw new RuleViolation("office.error.kind");
        }
        Set<String> codes = new LinkedHashSet<>();
        areaCodes.stream().map(String::strip).filter(c -> !c.isEmpty()).forEach(codes::add);
        if (codes.isEmpty()) {
            throw new RuleViolation("office.error.no-area");
        }
        List<String> unknown = codes.stream().filter(c -> !areas.existsById(c)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolation("office.error.unknown-area", String.join(", ", unknown));
        }
        try {
            return VersionedEdit.saving("office.error.conflict", () -> tx.execute(status -> {
                Office office = id == null ? new Office(cleanCode, cleanName, kind, codes) : VersionedEdit.current(offices.findById(id),
                        "office.error.conflict", Office::getVersion, expectedVersion, "office.error.conflict");
                if (id != null) {
                    boolean areasChanged = !Set.copyOf(office.getAreaCodes()).equals(codes);
                    office.update(cleanCode, cleanName, kind, codes);
                    if (areasChanged) {
                        // users whose scope follows this office get the new areas on their next request
                        events.publishEvent(new id.bpjstk.desasadar.base.security.OfficeAreasChanged(id));
                    }
                }
                if (!keepLocation) {
                    office.locate(location == null ? null : location[0], location == null ? null : location[1]);
                }
                return view(offices.saveAndFlush(office));
            }));
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("uq_office_code")) {
                throw new RuleViolation("office.error.duplicate-code", cleanCode);
            }
            throw e;
        }
    }

    /** The branch (kantor cabang or perintis) covering the area most closely: the longest covering code wins. */
    @Transactional(readOnly = true)
    public Optional<String> responsibleBranch(String areaCode) {
        return Optional.ofNullable(branchOf(areaCode, offices.findAll())).map(Office::getName);
    }

    /**
     * The responsible branch of each area (the same rule as {@link #responsibleBranch}), read once for all: the
     * planner measures each village's distance from it. Areas without a branch are absent.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, OfficeView> responsibleBranches(java.util.Collection<String> areaCodes) {
        List<Office> all = offices.findAllWithAreas();
        var result = new java.util.HashMap<String, OfficeView>();
        var views = new java.util.HashMap<Long, OfficeView>();
        for (String code : areaCodes) {
            Office best = branchOf(code, all);
            if (best != null) {
                result.put(code, views.computeIfAbsent(best.getId(), k -> view(best)));
            }
        }
        return result;
    }

    private static Office branchOf(String areaCode, List<Office> all) {
        Office best = null;
        int bestLength = -1;
        for (Office o : all) {
            if (o.getKind() == OfficeKind.KANWIL) {
                continue;
            }
            for (String c : o.getAreaCodes()) {
                if ((areaCode.equals(c) || areaCode.startsWith(c + ".")) && c.length() > bestLength) {
                    best = o;
                    bestLength = c.length();
                }
            }
        }
        return best;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> areasOf(long officeId) {
        return offices.findById(officeId).map(o -> List.copyOf(o.getAreaCodes())).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Optional<Long> idOf(String code) {
        return offices.findByCode(code).map(Office::getId);
    }

    private static OfficeView view(Office o) {
        return new OfficeView(o.getId(), o.getCode(), o.getName(), o.getKind(), List.copyOf(o.getAreaCodes()), o.getLat(), o.getLng(),
                o.getVersion());
    }
}
