package org.tawasul.channels.email.spring;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.StaffMail;
import org.tawasul.channels.email.EmailAttachment;
import org.tawasul.channels.email.EmailSender;

/** The files a feature puts with a staff mail ({@link StaffMail.Files}), as the email sender attaches them. */
final class StaffFiles implements EmailSender.Attachments {

    private final ObjectProvider<StaffMail.Files> files;

    StaffFiles(ObjectProvider<StaffMail.Files> files) {
        this.files = files;
    }

    @Override
    public List<EmailAttachment> of(OutboundMessage message) {
        return files(message).attached();
    }

    @Override
    public EmailSender.Files files(OutboundMessage message) {
        StaffMail.Files source = files.getIfAvailable();
        if (source == null) {
            return new EmailSender.Files(List.of(), null);
        }
        StaffMail.Attached attached = source.of(message.outboxId());
        return new EmailSender.Files(attached.files().stream()
                .map(file -> new EmailAttachment(file.name(), file.contentType(), file.content())).toList(), attached.note());
    }
}
