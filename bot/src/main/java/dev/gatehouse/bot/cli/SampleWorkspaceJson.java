package dev.gatehouse.bot.cli;

import dev.gatehouse.bot.cli.SampleWorkspace.SampleAccount;
import dev.gatehouse.bot.cli.SampleWorkspace.SampleSignal;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.writing.Offer;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The snake_case shape of {@code workspace.json}, where it differs from the engine records. */
final class SampleWorkspaceJson {
    private SampleWorkspaceJson() {
    }

    record File(IcpJson icp, Offer offer, List<AccountJson> accounts) {
        SampleWorkspace toWorkspace() {
            return new SampleWorkspace(icp.toIcp(), offer, accounts.stream().map(AccountJson::toSample).toList());
        }
    }

    record IcpJson(int version, List<String> industries, int minEmployees, int maxEmployees, List<String> regions,
                   List<String> technologies, List<Icp.Persona> personas, Icp.Exclusions exclusions,
                   Map<String, Double> signalWeights, int signalHalfLifeDays, int minScore, String description) {
        Icp toIcp() {
            var weights = new EnumMap<SignalKind, Double>(SignalKind.class);
            signalWeights.forEach((wire, weight) -> weights.put(signalKind(wire), weight));
            return new Icp(version, industries, minEmployees, maxEmployees, regions, technologies, personas,
                    exclusions, weights, Duration.ofDays(signalHalfLifeDays), minScore, description);
        }
    }

    record AccountJson(String domain, String name, String industry, Integer employees, String region, String country,
                       List<String> technologies, String description, String ownerSlackId, List<Contact> contacts,
                       List<SignalJson> signals) {
        SampleAccount toSample() {
            var account = new Account(0, domain, name, industry, employees, region, country, technologies,
                    description, ownerSlackId);
            return new SampleAccount(account, contacts == null ? List.of() : contacts,
                    signals == null ? List.of() : signals.stream().map(SignalJson::toSample).toList());
        }
    }

    record SignalJson(String id, String kind, String summary, String sourceUrl, int observedDaysAgo,
                      String contactEmail) {
        SampleSignal toSample() {
            return new SampleSignal(id, signalKind(kind), summary, sourceUrl, observedDaysAgo, contactEmail);
        }
    }

    private static SignalKind signalKind(String wire) {
        return SignalKind.fromWire(wire)
                .orElseThrow(() -> new IllegalArgumentException("unknown signal kind '" + wire + "' in sample workspace"));
    }
}
