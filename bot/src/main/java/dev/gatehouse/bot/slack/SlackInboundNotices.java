package dev.gatehouse.bot.slack;

import dev.gatehouse.bot.render.EscalationRenderer;
import dev.gatehouse.bot.render.MeetingBriefRenderer;
import dev.gatehouse.bot.render.ReplyTriageRenderer;
import dev.gatehouse.engine.briefs.BriefPublisher;
import dev.gatehouse.engine.briefs.MeetingBrief;
import dev.gatehouse.engine.inbound.EscalationNotice;
import dev.gatehouse.engine.inbound.Escalations;
import dev.gatehouse.engine.inbound.ReplyCard;
import dev.gatehouse.engine.inbound.ReplyNotice;
import dev.gatehouse.engine.inbound.ReplyNotifier;

import java.util.Optional;
import java.util.Set;

/**
 * Where the reply side speaks in Slack: escalations go straight to the account owner by DM (the
 * managers when there is no owner), the triage message for every handled reply to the approvals
 * channel (else the owner), meeting briefs to the briefs channel and the owner.
 */
public final class SlackInboundNotices implements Escalations, ReplyNotifier, BriefPublisher {
    private final SlackWebApi api;
    private final EscalationRenderer escalations = new EscalationRenderer();
    private final ReplyTriageRenderer triage = new ReplyTriageRenderer();
    private final MeetingBriefRenderer briefs = new MeetingBriefRenderer();
    private final Optional<String> approvalsChannel;
    private final Optional<String> briefsChannel;
    private final Set<String> managers;

    public SlackInboundNotices(SlackWebApi api, Optional<String> approvalsChannel, Optional<String> briefsChannel,
                               Set<String> managers) {
        this.api = api;
        this.approvalsChannel = approvalsChannel;
        this.briefsChannel = briefsChannel;
        this.managers = managers;
    }

    @Override
    public void escalate(EscalationNotice notice) {
        var message = escalations.render(notice);
        if (notice.ownerSlackId() != null) {
            api.direct(notice.ownerSlackId(), message);
        } else {
            managers.forEach(manager -> api.direct(manager, message));
        }
    }

    @Override
    public void replyHandled(ReplyNotice notice, ReplyCard reply) {
        var message = triage.render(ReplyViews.of(reply));
        approvalsChannel.or(() -> Optional.ofNullable(notice.ownerSlackId()))
                .or(() -> managers.stream().sorted().findFirst())
                .ifPresent(channel -> api.post(channel, message));
    }

    @Override
    public void publish(MeetingBrief brief) {
        var message = briefs.render(brief);
        briefsChannel.ifPresent(channel -> api.post(channel, message));
        if (brief.ownerSlackId() != null) api.direct(brief.ownerSlackId(), message);
    }
}
