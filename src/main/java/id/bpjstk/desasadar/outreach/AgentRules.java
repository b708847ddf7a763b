package id.bpjstk.desasadar.outreach;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.text.CleanText;
import id.bpjstk.desasadar.base.text.PhoneNumber;
import java.time.LocalDate;

/**
 * The rules on an agent's typed fields, one check per field, each returning the value as it is stored:
 * {@link AgentService} applies them to every registration and the agent form binds each to its field (decision 033).
 * The home area in scope and a registration number not taken are the service's.
 */
public final class AgentRules {

    public static final int REGISTRATION_MAX = Agent.REGISTRATION_MAX;
    public static final int NAME_MAX = Agent.NAME_MAX;
    public static final int SPONSOR_MAX = Agent.SPONSOR_MAX;

    private AgentRules() {
    }

    public static String registration(String registrationNumber) {
        String number = registrationNumber == null ? "" : registrationNumber.strip();
        if (number.isEmpty() || number.length() > REGISTRATION_MAX) {
            throw new RuleViolation("agent.error.registration", REGISTRATION_MAX);
        }
        return number;
    }

    public static String name(String typed) {
        String name = CleanText.oneLine(typed);
        if (name == null || name.isBlank() || name.length() > NAME_MAX) {
            throw new RuleViolation("agent.error.name", NAME_MAX);
        }
        return name.strip();
    }

    /** The partner institution that sponsors the agent: its name and its kind, both required (one refusal for both). */
    public static String sponsor(String typedName, SponsorKind kind) {
        String sponsorName = sponsorName(typedName);
        sponsorKind(kind);
        return sponsorName;
    }

    public static String sponsorName(String typedName) {
        String sponsorName = CleanText.oneLine(typedName);
        if (sponsorName == null || sponsorName.isBlank() || sponsorName.length() > SPONSOR_MAX) {
            throw new RuleViolation("agent.error.sponsor", SPONSOR_MAX);
        }
        return sponsorName.strip();
    }

    public static SponsorKind sponsorKind(SponsorKind kind) {
        if (kind == null) {
            throw new RuleViolation("agent.error.sponsor", SPONSOR_MAX);
        }
        return kind;
    }

    /** The agent's mobile number in its international form, or null when none is given (it is optional). */
    public static String phone(String typed) {
        return typed == null || typed.isBlank() ? null : PhoneNumber.parse(typed).value();
    }

    public static LocalDate start(LocalDate startDate, LocalDate today) {
        if (startDate == null || startDate.isAfter(today)) {
            throw new RuleViolation("agent.error.start");
        }
        return startDate;
    }
}
