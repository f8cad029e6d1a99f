package dev.gatehouse.engine.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The random draw of an arm: SHA-256 of the experiment and the account, read as a number in
 * [0, 10000). Uniform like a coin, but the same account in the same experiment always draws the
 * same arm, so a retried or concurrent assignment cannot flip it (and the stored row keeps it for
 * good anyway).
 */
public final class ArmDraw {
    private ArmDraw() {
    }

    public static Arm draw(long experimentId, long accountId, int gateOffPercent) {
        if (gateOffPercent < 1 || gateOffPercent > 99) throw new IllegalArgumentException("gate-off share: 1 to 99 percent");
        return bucket(experimentId, accountId) < gateOffPercent * 100 ? Arm.GATE_OFF : Arm.GATE_ON;
    }

    static int bucket(long experimentId, long accountId) {
        try {
            var hash = MessageDigest.getInstance("SHA-256")
                    .digest((experimentId + ":" + accountId).getBytes(StandardCharsets.US_ASCII));
            long value = 0;
            for (int i = 0; i < 8; i++) value = (value << 8) | (hash[i] & 0xff);
            return (int) Long.remainderUnsigned(value, 10_000);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
