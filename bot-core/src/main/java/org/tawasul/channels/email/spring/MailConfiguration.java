package org.tawasul.channels.email.spring;

import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tawasul.channels.StaffMail;
import org.tawasul.channels.email.AutomaticMail;
import org.tawasul.channels.email.EmailRenderer;
import org.tawasul.channels.email.EmailSender;
import org.tawasul.channels.email.EmailTranslator;
import org.tawasul.channels.email.ReplyAddress;
import org.tawasul.channels.email.ReplyToken;
import org.tawasul.lease.NodeLeases;
import org.tawasul.turns.TurnProcessor;

/**
 * The staff email channel's beans; none exist unless {@code spring.mail.host} or {@code tawasul.mail.from}
 * is set (then every required setting must be), and the IMAP reader only where a mailbox is configured.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MailConditions.Enabled.class)
@EnableConfigurationProperties({MailSettings.class, SmtpProperties.class})
class MailConfiguration {

    @Bean
    EmailRenderer emailRenderer(MailSettings settings) {
        InternetAddress from = settings.fromAddress();
        return new EmailRenderer(from.getAddress(), from.getPersonal(), settings.idDomain());
    }

    @Bean
    EmailSender emailSender(SmtpProperties smtp, EmailRenderer renderer, ObjectProvider<StaffMail.Files> files) {
        if (smtp.host() == null || smtp.host().isBlank()) {
            throw new IllegalArgumentException("spring.mail.host is missing and mail is on (tawasul.mail.from is set). "
                    + "Fix: set the SMTP server (spring.mail.host, spring.mail.port, spring.mail.username, "
                    + "spring.mail.password), or remove tawasul.mail.from to run without email");
        }
        return new EmailSender(smtp.settings().session(), renderer, new StaffFiles(files));
    }

    @Bean
    ReplyToken replyToken(MailSettings settings) {
        return new ReplyToken(MailSettings.keyBytes(settings.tokenKey()));
    }

    @Bean
    ReplyAddress replyAddress(MailSettings settings) {
        return new ReplyAddress(settings.replyAddress());
    }

    @Bean
    StaffMail.Addresses staffMailAddresses(ReplyAddress replyAddress, ReplyToken tokens) {
        return new TokenAddresses(replyAddress, tokens);
    }

    @Bean
    EmailTranslator emailTranslator(MailSettings settings) {
        return new EmailTranslator(new AutomaticMail(settings.idDomain(), List.of(settings.fromAddress().getAddress())));
    }

    @Bean
    MailReplyRoute mailReplyRoute(EmailTranslator translator, ReplyAddress replyAddress, ReplyToken tokens,
                                  MailSettings settings, ObjectProvider<StaffMail.Replies> replies, Clock clock) {
        StaffMail.Replies target = replies.getIfAvailable(() -> new StaffMail.Replies() {
            @Override
            public void received(StaffMail.Reply reply, long inboxId) {
                throw new IllegalStateException("No feature acts on staff replies");
            }

            @Override
            public java.util.Optional<Long> caseIdOf(String reference) {
                return java.util.Optional.empty();
            }
        });
        return new MailReplyRoute(translator, replyAddress, tokens, settings.idDomain(), target, clock);
    }

    @Bean
    @Conditional(MailConditions.Reading.class)
    MailCursor mailCursor(JdbcTemplate jdbc, Clock clock,
                          org.springframework.transaction.PlatformTransactionManager transactions) {
        return new MailCursor(jdbc, clock, transactions);
    }

    @Bean
    @Conditional(MailConditions.Reading.class)
    EmailMonitor emailMonitor(MailSettings settings, Clock clock) {
        return new EmailMonitor(settings.imap(), clock);
    }

    @Bean
    @Conditional(MailConditions.Reading.class)
    ImapReader imapReader(MailSettings settings, TurnProcessor turns, MailReplyRoute route, MailCursor cursor,
                          NodeLeases leases, EmailMonitor monitor) {
        MailSettings.Imap imap = settings.imap();
        return new ImapReader(imap, settings.maxMailBytes().toBytes(), turns, route::conversation, cursor,
                leases.named("email-imap:" + Integer.toHexString((imap.host() + "/" + imap.username() + "/" + imap.folder())
                        .hashCode()), "reads the staff mailbox (one node at a time)"), monitor);
    }
}
