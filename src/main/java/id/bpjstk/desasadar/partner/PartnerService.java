package id.bpjstk.desasadar.partner;

import id.bpjstk.desasadar.base.db.VersionedEdit;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.base.security.UserService;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Partners (municipalities and companies) and their MoUs. Administrators manage them; coordinators and
 * regional heads read the MoUs whose areas meet their scope; a partner user reads their own partner's only.
 * Enrollment asks {@link #checkFunding} before it stores an APBD or CSR funded worker.
 */
@Service
public class PartnerService {

    public static final int NAME_MAX = Partner.NAME_MAX;
    public static final int CONTACT_NAME_MAX = Partner.CONTACT_NAME_MAX;
    public static final int PHONE_MAX = Partner.PHONE_MAX;
    public static final int EMAIL_MAX = Partner.EMAIL_MAX;
    public static final int NUMBER_MAX = Mou.NUMBER_MAX;
    public static final int TITLE_MAX = Mou.TITLE_MAX;
    public static final int QUOTA_MAX = DraftRules.QUOTA_MAX;

    private final PartnerRepository partners;
    private final MouRepository mous;
    private final DraftRules rules;
    private final PartnerAreas areas;
    private final CurrentUser currentUser;
    private final UserService users;
    private final TransactionTemplate tx;
    // looked up on use: the enrollment feature implements it and also calls this service, so a constructor
    // dependency would be a cycle
    private final ObjectProvider<MouEnrollments> enrollments;

    PartnerService(PartnerRepository partners, MouRepository mous, DraftRules rules, PartnerAreas areas, CurrentUser currentUser,
                   UserService users, TransactionTemplate tx, ObjectProvider<MouEnrollments> enrollments) {
        this.partners = partners;
        this.mous = mous;
        this.rules = rules;
        this.areas = areas;
        this.currentUser = currentUser;
        this.users = users;
        this.tx = tx;
        this.enrollments = enrollments;
    }

    /** Creates ({@code id} null) or updates a partner; a municipality keeps its MoUs inside its area. */
    public PartnerView savePartner(Long id, PartnerDraft draft, long expectedVersion) {
        requireAdmin();
        PartnerDraft clean = rules.partner(draft);
        return VersionedEdit.saving("partner.error.conflict", () -> tx.execute(status -> {
            Partner partner = id == null ? new Partner(clean) : VersionedEdit.current(partners.findById(id),
                    "partner.error.conflict", Partner::getVersion, expectedVersion, "partner.error.conflict");
            if (id != null) {
                partner.update(clean);
                Set<String> mouAreas = mous.findByPartnerId(id).stream().flatMap(m -> m.getAreaCodes().stream())
                        .collect(Collectors.toSet());
                List<String> outside = rules.outside(partner, mouAreas);
                if (!outside.isEmpty()) {
                    throw new RuleViolation("partner.error.mous-outside", String.join(", ", outside));
                }
            }
            return partnerView(partners.saveAndFlush(partner));
        }));
    }

    /** Creates ({@code id} null) or updates one of the partner's MoUs. */
    public MouView saveMou(long partnerId, Long id, MouDraft draft, long expectedVersion) {
        requireAdmin();
        try {
            return VersionedEdit.saving("mou.error.conflict", () -> tx.execute(status -> {
                Partner partner = partners.findById(partnerId).orElseThrow(() -> new RuleViolation("mou.error.partner-unknown"));
                MouDraft clean = rules.mou(draft, partner);
                if (id == null ? mous.existsByNumber(clean.number()) : mous.existsByNumberAndIdNot(clean.number(), id)) {
                    throw new RuleViolation("mou.error.duplicate-number", clean.number());
                }
                Mou mou;
                if (id == null) {
                    mou = new Mou(partner, clean);
                } else {
                    mou = VersionedEdit.current(mous.findById(id).filter(m -> m.getPartner().getId() == partnerId),
                            "mou.error.conflict", Mou::getVersion, expectedVersion, "mou.error.conflict");
                    long enrolled = enrolledUnder(id);
                    if (clean.quota() < enrolled) {
                        throw new RuleViolation("mou.error.quota-below-enrolled", enrolled);
                    }
                    mou.update(clean);
                }
                return mouViews(List.of(mous.saveAndFlush(mou))).getFirst();
            }));
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("uq_mou_number")) {
                throw new RuleViolation("mou.error.duplicate-number", draft.number().strip());
            }
            throw e;
        }
    }

    @Transactional(readOnly = true)
    public List<PartnerView> partners() {
        Reader reader = reader();
        Map<Long, List<Mou>> byPartner = mous.findAll().stream().collect(Collectors.groupingBy(m -> m.getPartner().getId()));
        return partners.findAll().stream().filter(p -> reader.sees(p, byPartner.getOrDefault(p.getId(), List.of())))
                .map(this::partnerView).sorted(Comparator.comparing(PartnerView::name)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PartnerView> findPartner(long id) {
        Reader reader = reader();
        return partners.findById(id).filter(p -> reader.sees(p, mous.findByPartnerId(id))).map(this::partnerView);
    }

    /** Every MoU the caller may read. */
    @Transactional(readOnly = true)
    public List<MouView> mous() {
        Reader reader = reader();
        return mouViews(mous.findAll().stream().filter(reader::sees).toList());
    }

    @Transactional(readOnly = true)
    public List<MouView> mousOf(long partnerId) {
        Reader reader = reader();
        return mouViews(mous.findByPartnerId(partnerId).stream().filter(reader::sees).toList());
    }

    @Transactional(readOnly = true)
    public Optional<MouView> findMou(long id) {
        Reader reader = reader();
        return mous.findById(id).filter(reader::sees).map(m -> mouViews(List.of(m)).getFirst());
    }

    /** The MoUs that may fund a worker of this village enrolled on this date (a form's MoU picker). */
    @Transactional(readOnly = true)
    public List<MouView> mousCovering(String villageCode, LocalDate on) {
        return mous().stream().filter(m -> m.covers(villageCode) && m.runsOn(on)).toList();
    }

    /** The MoUs the caller may read that may fund a worker of this funding, village and enrolment date (the form's picker). */
    @Transactional(readOnly = true)
    public List<MouView> mousFunding(Funding funding, String villageCode, LocalDate on) {
        return mous().stream().filter(m -> MouFunding.offers(m, funding, villageCode, on)).toList();
    }

    /**
     * Refuses funding a worker under the MoU by {@link MouFunding}'s rule: unknown, of another funding, the date
     * outside its period, the village outside its areas, or the workers would exceed its quota. Called inside the
     * enrollment's transaction, the MoU row stays locked until that transaction ends, so two enrollments cannot both
     * take its last place. Not cut to the caller's scope: a MoU that covers the worker's village meets the scope of
     * whoever enrolls there.
     */
    @Transactional
    public void checkFunding(long mouId, Funding funding, String villageCode, LocalDate enrolledOn, int additionalWorkers) {
        if (additionalWorkers < 0) {
            throw new IllegalArgumentException("additionalWorkers < 0: " + additionalWorkers);
        }
        Mou mou = mous.lockById(mouId).orElseThrow(() -> new RuleViolation("mou.error.unknown"));
        MouFunding.check(mou, funding, villageCode, enrolledOn, enrolledUnder(mouId), additionalWorkers);
    }

    /** The partner a user belongs to (a PARTNER user's, normally). */
    public Optional<Long> partnerOf(long userId) {
        return users.partnerIdOf(userId);
    }

    /** The areas a municipality may govern: provinces and regencies. */
    public List<AreaOption> municipalityAreas() {
        return areas.provincesAndRegencies();
    }

    /** The areas a MoU of this partner may cover: inside a municipality's area; any regency or district for a company. */
    @Transactional(readOnly = true)
    public List<AreaOption> mouAreaChoices(long partnerId) {
        return partners.findById(partnerId).map(p -> areas.regenciesAndDistricts(p.getAreaCode())).orElse(List.of());
    }

    private Reader reader() {
        Optional<UserPrincipal> me = currentUser.get();
        if (me.isEmpty()) {
            return Reader.ofScope(AreaScope.NONE);
        }
        return me.get().role() == Role.PARTNER ? Reader.ofPartner(users.partnerIdOf(me.get().id()).orElse(null))
                : Reader.ofScope(me.get().scope());
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator manages partners and MoUs");
        }
    }

    private long enrolledUnder(long mouId) {
        MouEnrollments counter = enrollments.getIfAvailable();
        return counter == null ? 0 : counter.enrolledUnder(mouId);
    }

    private PartnerView partnerView(Partner p) {
        AreaOption area = p.getAreaCode() == null ? null : areas.find(p.getAreaCode()).orElseThrow();
        return new PartnerView(p.getId(), p.getKind(), p.getName(), area, p.getContactName(), p.getContactPhone(),
                p.getContactEmail(), p.getVersion());
    }

    /** Views of several MoUs with one lookup of their area names. */
    private List<MouView> mouViews(Collection<Mou> list) {
        Map<String, AreaOption> names = areas.existing(list.stream().flatMap(m -> m.getAreaCodes().stream()).collect(Collectors.toSet()));
        return list.stream().map(m -> new MouView(m.getId(), m.getPartner().getId(), m.getPartner().getName(), m.getPartner().getKind(),
                        m.getNumber(), m.getTitle(), m.getStartsOn(), m.getEndsOn(), m.getQuota(), m.getBudget(),
                        m.getAreaCodes().stream().map(names::get).toList(), enrolledUnder(m.getId()), m.getVersion()))
                .sorted(Comparator.comparing(MouView::startsOn).reversed().thenComparing(MouView::number))
                .toList();
    }
}
