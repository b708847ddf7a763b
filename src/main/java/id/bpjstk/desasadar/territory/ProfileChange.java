package id.bpjstk.desasadar.territory;

import java.time.Instant;

/** One entry of a profile's history: who changed which field from what to what, and when. */
public record ProfileChange(Instant at, String by, String field, String from, String to) {
}
