package org.tawasul.channels;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The service interface between the staff email channel and the features that use it, in plain
 * values: the channel reads a staff member's reply (its text cut from quotes, automatic mail already
 * dropped, the reply token checked) and hands it to {@link Replies}; features ask {@link Addresses}
 * for the signed reply address of a case's notification. Neither side knows the other's types.
 */
public final class StaffMail {

    private StaffMail() {
    }

    /**
     * A reply written by a person to one of our mails.
     *
     * @param caseId          the case its valid reply token names, or null when it has none or an invalid one
     * @param threadReference the case reference of our thread it answers (In-Reply-To/References), or null
     * @param tokenProblem    why a reply token it carries was refused (e.g. "expired", "tampered"), or null
     * @param senderAddress   the sender's address, lower-cased
     * @param senderName      the sender's display name, or null
     * @param messageId       its Message-ID, or null
     * @param subject         its subject
     * @param newText         what the writer added (quotes and signature cut)
     * @param attachmentNames the names of the files it carries (not relayed)
     */
    public record Reply(Long caseId, String threadReference, String tokenProblem, String senderAddress,
                        String senderName, String messageId, String subject, String newText,
                        List<String> attachmentNames) {

        public Reply {
            Objects.requireNonNull(senderAddress, "senderAddress");
            subject = subject == null ? "" : subject;
            newText = newText == null ? "" : newText;
            attachmentNames = attachmentNames == null ? List.of() : List.copyOf(attachmentNames);
        }
    }

    /** Acts on staff replies (a feature); called in the transaction that marks the stored mail processed. */
    public interface Replies {

        void received(Reply reply, long inboxId);

        /**
         * The id of the case with this reference, if there is one: the channel keeps the mail of one case in order
         * (and mail of different cases apart) by it, also for a reply that names its case only by our thread.
         */
        Optional<Long> caseIdOf(String reference);
    }

    /**
     * The files that go with one staff mail (a case's notification carries the files the member sent) and a note,
     * in the staff's language, on those that could not go; asked by the email channel when it sends the mail.
     */
    public interface Files {

        /** What goes with the mail of the outbox row; {@link Attached#NONE} for most mails. */
        Attached of(long outboxId);
    }

    /** A file attached to a staff mail: its name as staff see it, its MIME type and bytes. */
    public record File(String name, String contentType, byte[] content) {

        public File {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }

    /** The files attached to a mail and the note on those left out (null: none). */
    public record Attached(List<File> files, String note) {

        /** Nothing goes with the mail. */
        public static final Attached NONE = new Attached(List.of(), null);

        public Attached {
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /** Signed reply addresses (the email channel). */
    public interface Addresses {

        /** The address replies to a case's mail go to, carrying a token for the case and its recipient. */
        String replyAddress(long caseId, String recipientAddress, LocalDate validUntil);
    }
}
