package org.tawasul.channels.email.spring;

import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.tawasul.channels.StaffMail;
import org.tawasul.channels.email.AutomaticMail;
import org.tawasul.channels.email.EmailRenderer;
import org.tawasul.channels.email.EmailSender;
import org.tawasul.channels.email.EmailTranslator;
import org.tawasul.channels.email.ReplyAddress;
import org.tawasul.channels.email.ReplyToken;
import org.tawasul.config.StartupChoice;
import org.tawasul.lease.NodeLeases;
import org.tawasul.turns.TurnProcessor;

/**
 * The staff email channel's beans; none exist unless {@code spring.mail.host} or {@code tawasul.mail.from}
 * is set (then every required setting must be), and the IMAP reader only where a mailbox is configured. Made by a
 * registrar that reads the settings when the application starts ({@link StartupChoice}).
 */
@Configuration(proxyBeanMethods = false)
@Import(MailConfiguration.Beans.class)
class MailConfiguration {

    static final class Beans implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment environment) {
            if (!MailConditions.enabled(environment)) {
                return;
            }
            registry.registerBean("mailSettings", MailSettings.class, bean -> bean.supplier(
                    context -> StartupChoice.bind(environment, "tawasul.mail", MailSettings.class)));
            registry.registerBean("smtpProperties", SmtpProperties.class, bean -> bean.supplier(
                    context -> StartupChoice.bind(environment, "spring.mail", SmtpProperties.class)));
            registry.registerBean("emailRenderer", EmailRenderer.class, bean -> bean.supplier(context -> {
                MailSettings settings = context.bean(MailSettings.class);
                InternetAddress from = settings.fromAddress();
                return new EmailRenderer(from.getAddress(), from.getPersonal(), settings.idDomain());
            }));
            registry.registerBean("emailSender", EmailSender.class, bean -> bean.supplier(context -> {
                SmtpProperties smtp = context.bean(SmtpProperties.class);
                if (smtp.host() == null || smtp.host().isBlank()) {
                    throw new IllegalArgumentException("spring.mail.host is missing and mail is on (tawasul.mail.from is "
                            + "set). Fix: set the SMTP server (spring.mail.host, spring.mail.port, spring.mail.username, "
                            + "spring.mail.password), or remove tawasul.mail.from to run without email");
                }
                return new EmailSender(smtp.settings().session(), context.bean(EmailRenderer.class),
                        new StaffFiles(context.beanProvider(StaffMail.Files.class)));
            }));
            registry.registerBean("replyToken", ReplyToken.class, bean -> bean.supplier(
                    context -> new ReplyToken(MailSettings.keyBytes(context.bean(MailSettings.class).tokenKey()))));
            registry.registerBean("replyAddress", ReplyAddress.class, bean -> bean.supplier(
                    context -> new ReplyAddress(context.bean(MailSettings.class).replyAddress())));
            registry.registerBean("staffMailAddresses", StaffMail.Addresses.class, bean -> bean.supplier(
                    context -> new TokenAddresses(context.bean(ReplyAddress.class), context.bean(ReplyToken.class))));
            registry.registerBean("emailTranslator", EmailTranslator.class, bean -> bean.supplier(context -> {
                MailSettings settings = context.bean(MailSettings.class);
                return new EmailTranslator(new AutomaticMail(settings.idDomain(),
                        List.of(settings.fromAddress().getAddress())));
            }));
            registry.registerBean("mailReplyRoute", MailReplyRoute.class, bean -> bean.supplier(context -> {
                StaffMail.Replies target = context.beanProvider(StaffMail.Replies.class).getIfAvailable(
                        () -> new StaffMail.Replies() {
                            @Override
                            public void received(StaffMail.Reply reply, long inboxId) {
                                throw new IllegalStateException("No feature acts on staff replies");
                            }

                            @Override
                            public java.util.Optional<Long> caseIdOf(String reference) {
                                return java.util.Optional.empty();
                            }
                        });
                return new MailReplyRoute(context.bean(EmailTranslator.class), context.bean(ReplyAddress.class),
                        context.bean(ReplyToken.class), context.bean(MailSettings.class).idDomain(), target,
                        context.bean(Clock.class));
            }));
            if (MailConditions.reading(environment)) {
                registry.registerBean("mailCursor", MailCursor.class, bean -> bean.supplier(
                        context -> new MailCursor(context.bean(JdbcTemplate.class), context.bean(Clock.class),
                                context.bean(PlatformTransactionManager.class))));
                registry.registerBean("emailMonitor", EmailMonitor.class, bean -> bean.supplier(
                        context -> new EmailMonitor(context.bean(MailSettings.class).imap(), context.bean(Clock.class))));
                registry.registerBean("imapReader", ImapReader.class, bean -> bean.supplier(context -> {
                    MailSettings settings = context.bean(MailSettings.class);
                    MailSettings.Imap imap = settings.imap();
                    return new ImapReader(imap, settings.maxMailBytes().toBytes(), context.bean(TurnProcessor.class),
                            context.bean(MailReplyRoute.class)::conversation, context.bean(MailCursor.class),
                            context.bean(NodeLeases.class).named("email-imap:" + Integer.toHexString(
                                    (imap.host() + "/" + imap.username() + "/" + imap.folder()).hashCode()),
                                    "reads the staff mailbox (one node at a time)"), context.bean(EmailMonitor.class));
                }));
            }
        }
    }
}
