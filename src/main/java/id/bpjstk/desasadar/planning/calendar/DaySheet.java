package id.bpjstk.desasadar.planning.calendar;

import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.VillageRole;
import id.bpjstk.desasadar.outreach.EventView;
import id.bpjstk.desasadar.territory.DesignationCheck;
import id.bpjstk.desasadar.territory.DesignationStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * What a printed day sheet holds: the stops in time order, each with what the officer should know on arrival. NIKs
 * are already masked here: the full NIK never reaches the paper (see {@link LapsedWorker}).
 *
 * @param officerNames the responsible officers of the stops (one for a day of one officer)
 */
public record DaySheet(List<String> officerNames, LocalDate firstDay, LocalDate lastDay, List<Stop> stops,
                       String printedBy, LocalDateTime printedAt) {

    public record Stop(int number, EventView event, String place, String siteName, List<String> agents, String mapLink,
                       VillageFacts facts, List<Contact> officials, List<LapsedWorker> lapsed, boolean moreLapsed) {
    }

    /** {@code potential} null where none is recorded; counts from the coverage store (this month's stock). */
    public record VillageFacts(Integer potential, long enrolled, long active, long nonActive, DesignationStatus status,
                               List<DesignationCheck.Criterion> unmet) {
    }

    /** An enrolled worker holding a village office: the contact of the village head (or staff) where recorded. */
    public record Contact(String name, VillageRole role, String phone) {
    }

    /**
     * A non-active worker to win back. {@code maskedNik} shows only the first four and last four digits (province and
     * regency, serial): the district and birth date that would make it usable are hidden.
     */
    public record LapsedWorker(String name, String maskedNik, String phone, Occupation occupation, YearMonth paidThrough) {
    }
}
