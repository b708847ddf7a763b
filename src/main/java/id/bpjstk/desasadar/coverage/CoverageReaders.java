package id.bpjstk.desasadar.coverage;

import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerService;
import java.util.List;
import org.springframework.stereotype.Component;

/** Who the caller is to the coverage figures: their scope, and a partner's MoUs ({@link CoverageReader}). */
@Component
class CoverageReaders {

    private final CurrentUser currentUser;
    private final PartnerService partners;

    CoverageReaders(CurrentUser currentUser, PartnerService partners) {
        this.currentUser = currentUser;
        this.partners = partners;
    }

    /** The signed-in caller as a reader of the figures (no one signed in reads nothing). */
    CoverageReader caller() {
        UserPrincipal user = currentUser.get().orElse(null);
        if (user == null) {
            return new CoverageReader(AreaScope.NONE, null);
        }
        if (user.role() == Role.PARTNER) {
            List<Long> mous = partners.partnerOf(user.id()).map(p -> partners.mousOf(p).stream().map(MouView::id).toList())
                    .orElse(List.of());
            return new CoverageReader(mous.isEmpty() ? AreaScope.NONE : user.scope(), mous);
        }
        return new CoverageReader(user.scope(), null);
    }

    /** The caller's reader narrowed to one MoU, or null when they may not read it. */
    CoverageReader callerForMou(long mouId) {
        CoverageReader reader = caller();
        if (reader.partner()) {
            return reader.mous().contains(mouId) ? new CoverageReader(reader.scope(), List.of(mouId)) : null;
        }
        return partners.findMou(mouId).isPresent() ? new CoverageReader(reader.scope(), List.of(mouId)) : null;
    }
}
