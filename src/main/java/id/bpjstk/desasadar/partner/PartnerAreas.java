package id.bpjstk.desasadar.partner;

import id.bpjstk.desasadar.territory.AreaDirectory;
import id.bpjstk.desasadar.territory.AreaEntry;
import id.bpjstk.desasadar.territory.AreaLevel;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Names and levels of the areas partners and MoUs refer to, from territory's {@link AreaDirectory} (reference data,
 * not cut to the caller's scope), as the partner forms show them.
 */
@Component
class PartnerAreas {

    private final AreaDirectory directory;

    PartnerAreas(AreaDirectory directory) {
        this.directory = directory;
    }

    Optional<AreaOption> find(String code) {
        return directory.find(code).map(PartnerAreas::option);
    }

    /** The areas among {@code codes} that exist, by code. */
    Map<String, AreaOption> existing(Collection<String> codes) {
        return directory.existing(codes).values().stream().collect(Collectors.toMap(AreaEntry::code, PartnerAreas::option));
    }

    /** What a municipality may govern: a province or a regency. */
    List<AreaOption> provincesAndRegencies() {
        return options(directory.atLevels(EnumSet.of(AreaLevel.PROVINCE, AreaLevel.REGENCY), null));
    }

    /** What a MoU may cover: regencies and districts, inside {@code within} (itself included) or anywhere when null. */
    List<AreaOption> regenciesAndDistricts(String within) {
        return options(directory.atLevels(EnumSet.of(AreaLevel.REGENCY, AreaLevel.DISTRICT), within));
    }

    private static List<AreaOption> options(List<AreaEntry> entries) {
        return entries.stream().map(PartnerAreas::option).toList();
    }

    private static AreaOption option(AreaEntry e) {
        return new AreaOption(e.code(), e.name(), e.level());
    }
}
