package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.security.AreaCodes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The official area list, as the user administration checks scope codes against it. */
@Component
class OfficialAreaCodes implements AreaCodes {

    private final AreaRepository areas;

    OfficialAreaCodes(AreaRepository areas) {
        this.areas = areas;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isOfficial(String code) {
        return code != null && areas.existsById(code);
    }
}
