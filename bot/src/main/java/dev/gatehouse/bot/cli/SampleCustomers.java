package dev.gatehouse.bot.cli;

import dev.gatehouse.engine.customers.CustomerInput;
import dev.gatehouse.engine.customers.CustomerRole;
import dev.gatehouse.engine.customers.JobChange;
import dev.gatehouse.engine.customers.SurveyKind;
import dev.gatehouse.engine.customers.TicketSeverity;
import dev.gatehouse.engine.customers.TicketStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's customers, dated from today: Harborline is declining (usage halves, an urgent ticket, a
 * detractor, its champion left), Quayside is growing (usage and seats up), and Fjord Cargo renews
 * within 30 days. Each has 20 weeks of usage.
 */
final class SampleCustomers {
    static final String CSM = "U0DEMOCSM1";
    static final int WEEKS = 20;
    static final String DECLINING = "harborline.example";
    static final String GROWING = "quayside.example";
    static final String RENEWING = "fjordcargo.example";

    private SampleCustomers() {
    }

    static List<CustomerInput> inputs(Instant now) {
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var week = CustomerInput.week(today);
        var in = new ArrayList<CustomerInput>();
        in.add(customer(DECLINING, "Harborline", "36000", 40, today.minusMonths(10), today.plusDays(75)));
        in.add(customer(GROWING, "Quayside Logistics", "60000", 50, today.minusMonths(14), today.plusDays(200)));
        in.add(customer(RENEWING, "Fjord Cargo", "24000", 25, today.minusMonths(11), today.plusDays(21)));
        in.add(new CustomerInput.ContactRole(DECLINING, "mia@harborline.example", "Mia", "Olsen", "Head of Operations", CustomerRole.CHAMPION));
        in.add(new CustomerInput.ContactRole(DECLINING, "tom@harborline.example", "Tom", "Berg", "CFO", CustomerRole.ECONOMIC_BUYER));
        in.add(new CustomerInput.ContactRole(GROWING, "li@quayside.example", "Li", "Chen", "VP Supply Chain", CustomerRole.CHAMPION));
        in.add(new CustomerInput.ContactRole(RENEWING, "eva@fjordcargo.example", "Eva", "Lund", "COO", CustomerRole.ECONOMIC_BUYER));
        in.add(new CustomerInput.ContactRole(RENEWING, "ola@fjordcargo.example", "Ola", "Dahl", "Dispatcher", CustomerRole.ADMIN));
        for (int i = WEEKS - 1; i >= 0; i--) {
            var w = week.minusWeeks(i);
            int age = WEEKS - 1 - i;
            double wobble = new int[]{0, 2, -1, 3, -2, 1}[age % 6];
            in.add(new CustomerInput.Usage(DECLINING, "weekly_active_users", age < 16 ? 32 + wobble : 15 + wobble / 2, w));
            in.add(new CustomerInput.Usage(GROWING, "weekly_active_users", 38 + wobble + (age >= 14 ? (age - 13) * 3 : 0), w));
            in.add(new CustomerInput.Usage(GROWING, "shipments_booked", 400 + wobble * 5 + (age >= 14 ? (age - 13) * 60 : 0), w));
            in.add(new CustomerInput.Usage(RENEWING, "weekly_active_users", 21 + wobble, w));
        }
        in.add(new CustomerInput.Usage(DECLINING, "seats_used", 17, week));
        in.add(new CustomerInput.Usage(GROWING, "seats_used", 47, week));
        in.add(new CustomerInput.Usage(RENEWING, "seats_used", 22, week));
        var lastWeek = now.minusSeconds(6 * 86_400);
        in.add(new CustomerInput.Ticket(DECLINING, "HB-311", TicketSeverity.URGENT, TicketStatus.OPEN, "Label printing fails for every EU shipment",
                "Third week in a row. This is unacceptable; we are looking at alternatives.", lastWeek));
        in.add(new CustomerInput.Survey(DECLINING, "nps-hb-1", SurveyKind.NPS, 4, "Support is slow and printing breaks",
                "tom@harborline.example", lastWeek));
        in.add(new CustomerInput.JobChangeInput(DECLINING, "mia@harborline.example", JobChange.LEFT, null, now.minusSeconds(20 * 86_400)));
        in.add(new CustomerInput.Survey(GROWING, "nps-qs-1", SurveyKind.NPS, 10, "Booking is twice as fast", "li@quayside.example", lastWeek));
        in.add(new CustomerInput.Survey(RENEWING, "csat-fc-1", SurveyKind.CSAT, 4, "Fine, dispatch board is handy",
                "ola@fjordcargo.example", lastWeek));
        return in;
    }

    private static CustomerInput customer(String domain, String name, String arr, int seats, LocalDate start, LocalDate renewal) {
        return new CustomerInput.Customer(domain, name, new BigDecimal(arr), "annual", seats, start, renewal, CSM);
    }
}
