package org.tawasul.channels.brokena;

/**
 * A protocol package breaking the rules on purpose (see ArchitectureTests): it uses another channel,
 * Spring, and an SDK that is not its own.
 */
public class BrokenProtocol {
    org.tawasul.channels.brokenb.spring.BrokenRuntime otherChannel;
    org.springframework.util.StringUtils spring;
    org.telegram.telegrambots.meta.api.objects.Update anotherChannelsSdk;
}
