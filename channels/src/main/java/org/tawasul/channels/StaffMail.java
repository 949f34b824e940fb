package org.tawasul.channels;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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
    }

    /** Signed reply addresses (the email channel). */
    public interface Addresses {

        /** The address replies to a case's mail go to, carrying a token for the case and its recipient. */
        String replyAddress(long caseId, String recipientAddress, LocalDate validUntil);
    }
}
