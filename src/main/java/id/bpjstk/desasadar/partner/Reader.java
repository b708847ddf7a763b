package id.bpjstk.desasadar.partner;

import id.bpjstk.desasadar.base.security.AreaScope;
import java.util.List;

/**
 * What the caller may read: a partner user their own partner only, everyone else the MoUs whose areas
 * meet their scope (and the partners behind them, or governing an area in it).
 */
record Reader(AreaScope scope, Long ownPartner, boolean partnerUser) {

    static Reader ofScope(AreaScope scope) {
        return new Reader(scope, null, false);
    }

    static Reader ofPartner(Long partnerId) {
        return new Reader(AreaScope.NONE, partnerId, true);
    }

    boolean sees(Mou mou) {
        if (partnerUser) {
            return mou.getPartner().getId().equals(ownPartner);
        }
        return mou.getAreaCodes().stream().anyMatch(a -> AreaPrefixes.meets(scope, a));
    }

    boolean sees(Partner partner, List<Mou> itsMous) {
        if (partnerUser) {
            return partner.getId().equals(ownPartner);
        }
        return scope.isNational() || (partner.getAreaCode() != null && AreaPrefixes.meets(scope, partner.getAreaCode()))
                || itsMous.stream().anyMatch(this::sees);
    }
}
