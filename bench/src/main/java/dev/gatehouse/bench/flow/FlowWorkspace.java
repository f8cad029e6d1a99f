package dev.gatehouse.bench.flow;

import dev.gatehouse.bench.support.BotSettings;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.writing.Offer;

import java.time.ZoneId;
import java.util.List;

/**
 * What the flow benchmark works on: a manager's ICP and offer, and per sample one account with a
 * finance contact that the ICP wants, so each signal ends in a review message of its own.
 */
final class FlowWorkspace {
    private FlowWorkspace() {
    }

    static void seed(Engine engine, int accounts) {
        var playbook = engine.playbook();
        playbook.saveIcp(new Icp(0, List.of("logistics"), 50, 1000, List.of("EMEA"), List.of(),
                List.of(new Icp.Persona("finance", List.of("finance", "controller", "cfo"), List.of())), Icp.Exclusions.NONE,
                null, null, 20, "Logistics companies in Europe whose finance teams are growing"), BotSettings.MANAGER);
        playbook.saveOffer(new Offer("Ledgerline", "Ledgerline automates month-end close for finance teams.",
                List.of("Harbor Freight Lines closes its books 3 days faster with Ledgerline"), List.of("Harbor Freight Lines"),
                "Ari Lund", "Account Executive"), BotSettings.MANAGER);
        var workspace = engine.workspace();
        for (int i = 0; i < accounts; i++) {
            long id = workspace.upsert(new Account(0, domain(i), "Flow Freight " + i, "logistics", 240, "EMEA", "DE",
                    List.of("netsuite"), "Freight forwarding for mid-size shippers across Europe", BotSettings.REP));
            workspace.upsert(new Contact(0, id, contact(i), "Robin", "Meyer", "VP Finance", "vp",
                    ZoneId.of("Europe/Berlin"), null));
        }
    }

    static String domain(int i) {
        return "flow" + i + ".example";
    }

    /** The contact's address, which every review message and its updates show: how a sample finds its own. */
    static String contact(int i) {
        return "finance@" + domain(i);
    }

    /** The signal that starts sample {@code i}: one funding round for its account. */
    static String signal(int i) {
        return Json.mapper().createObjectNode().put("account_domain", domain(i)).put("kind", "funding")
                .put("summary", "Flow Freight " + i + " raised a $20M Series B led by Harbor Ventures")
                .put("source_url", "https://news.example.com/flow-" + i).put("source", "bench").put("external_id", "flow-" + i)
                .toString();
    }
}
