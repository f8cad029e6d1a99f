package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.replies.OfflineTriage;

/** One model-backed triage for the whole test run: loading the ONNX model takes seconds. */
final class SharedTriage {
    private SharedTriage() {
    }

    private static final class Holder {
        static final OfflineTriage TRIAGE = new OfflineTriage();
    }

    static OfflineTriage offline() {
        return Holder.TRIAGE;
    }
}
