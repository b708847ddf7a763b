package id.bpjstk.desasadar.outreach;

import java.time.LocalDate;

/** An agent with their computed activity. */
public record AgentView(long id, String registrationNumber, String name, String phone, String homeArea, String sponsorName,
                        SponsorKind sponsorKind, LocalDate startDate, AgentActivity activity, long version) {
}
