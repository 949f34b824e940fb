package org.tawasul.faq.feedback;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An enquiry the FAQ did not answer, without who asked it.
 *
 * @param date     the day it was asked (UTC)
 * @param language the language it was asked in
 * @param offered  the entry offered and refused by the member, or null when none scored enough (it went to staff)
 * @param question the question, long numbers (phones, IDs) masked
 */
public record UnansweredEnquiry(LocalDate date, String language, String offered, String question) {

    public UnansweredEnquiry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(question, "question");
    }

    /** "to-staff" when no entry scored enough, "not-answered" when the member said the offered entry did not answer. */
    public String outcome() {
        return offered == null ? "to-staff" : "not-answered";
    }
}
