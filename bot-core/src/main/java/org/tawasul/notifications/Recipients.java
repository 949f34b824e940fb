package org.tawasul.notifications;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tawasul.cases.Case;
import org.tawasul.channels.ChannelId;
import org.tawasul.db.member.Member;
import org.tawasul.db.member.MemberRegistry;
import org.tawasul.outbound.Outbox;

/**
 * Where a member hears about a case: the channel agreed with them first (P6: the register's preferred
 * channel; a non-member's, or a member's without one, the channel they filed from), then the configured
 * fallback order. A channel counts only when this deployment sends on it, the member has an address on it
 * (the chat they filed from, a chat verified as theirs, the registered phone or email) and the address
 * takes messages (not blocked, opted out or invalid).
 */
@Component
class Recipients {

    /** A channel and address to reach the member on. */
    record Recipient(ChannelId channel, String address) { }

    private final MemberRegistry members;
    private final Outbox outbox;
    private final NotificationSettings settings;

    Recipients(MemberRegistry members, Outbox outbox, NotificationSettings settings) {
        this.members = members;
        this.outbox = outbox;
        this.settings = settings;
    }

    /** The channels to try for the case, best first, leaving out {@code tried}. */
    List<Recipient> of(Case aCase, Set<String> tried) {
        Optional<Member> member = aCase.getMemberId() == null ? Optional.empty() : members.findById(aCase.getMemberId());
        Set<String> order = new LinkedHashSet<>();
        member.map(Member::getPreferredChannel).ifPresent(order::add);
        order.add(aCase.getChannel());
        order.addAll(settings.fallback());
        List<Recipient> recipients = new ArrayList<>();
        for (String channel : order) {
            if (tried.contains(channel)) {
                continue;
            }
            address(aCase, member, channel).filter(address -> usable(aCase, channel, address))
                    .ifPresent(address -> recipients.add(new Recipient(ChannelId.of(channel), address)));
        }
        return recipients;
    }

    private Optional<String> address(Case aCase, Optional<Member> member, String channel) {
        if (channel.equals(aCase.getChannel())) {
            return Optional.of(aCase.getAddress());
        }
        if (member.isEmpty()) {
            return Optional.empty();
        }
        if (channel.equals(ChannelId.SMS.id())) {
            return Optional.ofNullable(member.get().getPhone());
        }
        if (channel.equals(ChannelId.EMAIL.id())) {
            return Optional.ofNullable(member.get().getEmail());
        }
        return members.findVerifiedAddress(member.get().getId(), channel);
    }

    private boolean usable(Case aCase, String channel, String address) {
        ChannelId id = ChannelId.of(channel);
        if (id.equals(ChannelId.CONSOLE)) {
            return channel.equals(aCase.getChannel()); // printed at the member's next line
        }
        return outbox.hasSender(id) && outbox.reachable(id, address);
    }
}
