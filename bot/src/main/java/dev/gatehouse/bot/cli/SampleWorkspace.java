package dev.gatehouse.bot.cli;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.writing.Offer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The made-up seller, ICP, offer and prospects {@code gatehouse demo} runs the pipeline on, so
 * the whole flow can be seen without a CRM, a mailbox or an LLM account. Read from
 * {@value #RESOURCE}; ids are 0 because nothing is stored yet.
 */
public record SampleWorkspace(Icp icp, Offer offer, List<SampleAccount> accounts) {
    public static final String RESOURCE = "/sample/workspace.json";
    /** The {@code source} of every sample signal; with the signal's id it makes the dedupe key. */
    public static final String SOURCE = "sample";

    public SampleWorkspace {
        Objects.requireNonNull(icp, "icp");
        Objects.requireNonNull(offer, "offer");
        accounts = List.copyOf(accounts);
    }

    /** A prospect with its people and what we know happened there. */
    public record SampleAccount(Account account, List<Contact> contacts, List<SampleSignal> signals) {
        public SampleAccount {
            Objects.requireNonNull(account, "account");
            contacts = List.copyOf(contacts);
            signals = List.copyOf(signals);
        }

        public List<SignalInput> signalInputs(Instant now) {
            return signals.stream().map(s -> s.toInput(account.domain(), account.name(), now)).toList();
        }
    }

    /**
     * A signal dated relative to the demo's clock, so the demo looks the same whenever it runs.
     *
     * @param id           stable and unique in the file: the signal's external id
     * @param contactEmail the person it is about, or null for the account as a whole
     */
    public record SampleSignal(String id, SignalKind kind, String summary, String sourceUrl, int observedDaysAgo,
                               String contactEmail) {
        public SampleSignal {
            if (id == null || id.isBlank()) throw new IllegalArgumentException("sample signal id is required");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(summary, "summary");
            if (observedDaysAgo < 0) throw new IllegalArgumentException("observedDaysAgo must be 0 or more");
        }

        public SignalInput toInput(String accountDomain, String accountName, Instant now) {
            return new SignalInput(accountDomain, accountName, contactEmail, kind, summary, sourceUrl,
                    now.minus(Duration.ofDays(observedDaysAgo)), SOURCE, id);
        }
    }

    public static SampleWorkspace load() {
        try (var in = SampleWorkspace.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("sample workspace " + RESOURCE + " is not on the classpath");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample workspace " + RESOURCE, e);
        }
    }

    static SampleWorkspace read(InputStream json) throws IOException {
        return Json.snakeCaseStrict(SampleWorkspaceJson.File.class).<SampleWorkspaceJson.File>readValue(json)
                .toWorkspace();
    }
}
