package dev.gatehouse.engine.scoring;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;

import java.util.List;

/** The firmographic part: industry, employee range, region, technologies, persona. */
final class FitScoring {
    static final String PART = "fit";
    /** Partial credit for an employee count within a factor of two of the range. */
    static final double NEAR_RANGE_SHARE = 0.4;
    /** Matching this many of the ICP's technologies (or all, if it lists fewer) earns full points. */
    static final int TECH_MATCHES_FOR_FULL = 3;

    private FitScoring() {
    }

    static boolean employeeRangeSet(Icp icp) {
        return icp.maxEmployees() > 0 && !(icp.minEmployees() == 0 && icp.maxEmployees() == Integer.MAX_VALUE);
    }

    static double industry(CompiledIcp icp, Account account, double max, List<Score.Reason> out) {
        var industry = CompiledIcp.norm(account.industry());
        if (industry.isEmpty()) return add(out, "Industry unknown", 0);
        var shown = account.industry().strip();
        if (icp.industries().contains(industry)) return add(out, "Industry " + shown + " matches ICP", max);
        return add(out, "Industry " + shown + " not in ICP", 0);
    }

    static double employees(CompiledIcp compiled, Account account, double max, List<Score.Reason> out) {
        var icp = compiled.icp();
        Integer employees = account.employees();
        var range = compiled.employeeRange();
        if (employees == null) return add(out, "Employee count unknown", 0);
        if (employees >= icp.minEmployees() && employees <= icp.maxEmployees()) {
            return add(out, "Employees " + employees + " within " + range, max);
        }
        if (employees >= icp.minEmployees() / 2.0 && employees <= icp.maxEmployees() * 2.0) {
            return add(out, "Employees " + employees + " near " + range, max * NEAR_RANGE_SHARE);
        }
        return add(out, "Employees " + employees + " outside " + range, 0);
    }

    static double region(CompiledIcp icp, Account account, double max, List<Score.Reason> out) {
        var region = CompiledIcp.norm(account.region());
        var country = CompiledIcp.norm(account.country());
        if (!region.isEmpty() && icp.regions().contains(region)) {
            return add(out, "Region " + account.region().strip() + " matches ICP", max);
        }
        if (!country.isEmpty() && icp.regions().contains(country)) {
            return add(out, "Country " + account.country().strip() + " matches ICP", max);
        }
        if (region.isEmpty() && country.isEmpty()) return add(out, "Region unknown", 0);
        return add(out, "Region " + (region.isEmpty() ? account.country() : account.region()).strip() + " not in ICP", 0);
    }

    static double technologies(CompiledIcp icp, Account account, double max, List<Score.Reason> out) {
        StringBuilder names = null;
        int matches = 0;
        for (var tech : account.technologies()) {
            var t = CompiledIcp.norm(tech);
            if (!icp.technologies().contains(t)) continue;
            names = names == null ? new StringBuilder(t) : names.append(", ").append(t);
            matches++;
        }
        if (matches == 0) return add(out, "No ICP technologies in stack", 0);
        int forFull = Math.min(TECH_MATCHES_FOR_FULL, icp.technologies().size());
        double points = max * Math.min(1.0, (double) matches / forFull);
        return add(out, "Uses " + matches + " ICP " + (matches == 1 ? "technology" : "technologies")
                + " (" + names + ")", points);
    }

    static double persona(CompiledIcp icp, Contact contact, double max, List<Score.Reason> out) {
        var title = CompiledIcp.norm(contact.title());
        var seniority = CompiledIcp.norm(contact.seniority());
        for (var persona : icp.personas()) {
            if (persona.matches(title, seniority)) {
                return add(out, "Title '" + contact.title() + "' matches persona " + persona.name(), max);
            }
        }
        if (title.isEmpty()) return add(out, "Contact title unknown", 0);
        return add(out, "Title '" + contact.title() + "' matches no persona", 0);
    }

    private static double add(List<Score.Reason> out, String text, double points) {
        out.add(new Score.Reason(PART, text + ": " + Points.signed(points), points));
        return points;
    }
}
