package dev.gatehouse.engine.replies;

/** Labels an inbound reply so the right next action can be proposed to a human. */
public interface ReplyTriage {
    TriageResult triage(InboundReply reply);
}
