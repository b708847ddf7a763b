package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.OfficeScopes;
import id.bpjstk.desasadar.base.security.Role;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

    OfficeService(OfficeRepository offices, AreaRepository areas, CurrentUser currentUser, TransactionTemplate tx) {
        this.offices = offices;
        this.areas = areas;
        this.currentUser = currentUser;
        this.tx = tx;
    }

    @Transactional(readOnly = true)
    public List<OfficeView> list() {
        return offices.findAll().stream().map(OfficeService::view).sorted(Comparator.comparing(OfficeView::code)).toList();
    }

    /** Creates ({@code id} null) or updates an office; refuses unknown area codes and stale versions. */
    public OfficeView save(Long id, String code, String name, OfficeKind kind, List<String> areaCodes, long expectedVersion) {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator manages offices");
        }
        String cleanCode = code == null ? "" : code.strip();
        String cleanName = name == null ? "" : name.strip();
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
            return tx.execute(status -> {
                Office office = id == null ? new Office(cleanCode, cleanName, kind, codes) : offices.findById(id)
                        .orElseThrow(() -> new RuleViolation("office.error.conflict"));
                if (id != null) {
                    if (office.getVersion() != expectedVersion) {
                        throw new RuleViolation("office.error.conflict");
                    }
                    office.update(cleanCode, cleanName, kind, codes);
                }
                return view(offices.saveAndFlush(office));
            });
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new RuleViolation("office.error.conflict");
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
        Office best = null;
        int bestLength = -1;
        for (Office o : offices.findAll()) {
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
        return Optional.ofNullable(best).map(Office::getName);
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
        return new OfficeView(o.getId(), o.getCode(), o.getName(), o.getKind(), List.copyOf(o.getAreaCodes()), o.getVersion());
    }
}
