package org.tawasul.faq.feedback;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.cases.Case;
import org.tawasul.cases.CaseType;

/**
 * Reads the enquiry cases (the enquiry flow opens one when the FAQ found nothing, step {@code faq} = {@code none}, or
 * when the member answered "no" to "did this answer your question?", step {@code answered}) as
 * {@link UnansweredEnquiry} lines: no member id, channel, address or reference.
 */
@Component
public class UnansweredEnquiries {

    /** Runs of five digits or more, Latin or Arabic-Indic: phone, ID and account numbers a member may have typed. */
    private static final String DIGIT = "[0-9\u0660-\u0669\u06F0-\u06F9]";
    private static final Pattern LONG_NUMBER = Pattern.compile(DIGIT + "[0-9\u0660-\u0669\u06F0-\u06F9 -]{3,}" + DIGIT);
    private static final String NONE = "none";

    private final EntityManager entityManager;

    UnansweredEnquiries(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The enquiries not answered from {@code since} (a UTC day; null for all), oldest first. */
    @Transactional(readOnly = true)
    public List<UnansweredEnquiry> since(LocalDate since) {
        Instant from = since == null ? Instant.EPOCH : since.atStartOfDay(ZoneOffset.UTC).toInstant();
        return entityManager.createQuery("select c from CaseFile c where c.type = :type and c.createdAt >= :from "
                        + "order by c.createdAt, c.id", Case.class)
                .setParameter("type", CaseType.ENQUIRY).setParameter("from", from)
                .getResultStream().map(UnansweredEnquiries::line).filter(Objects::nonNull).toList();
    }

    /** The line of an enquiry case; null for one without a question (not opened by the enquiry flow). */
    static UnansweredEnquiry line(Case enquiry) {
        Map<String, String> answers = enquiry.getAnswers();
        String question = answers.get("question");
        if (question == null || question.isBlank()) {
            return null;
        }
        String faq = answers.get("faq");
        String offered = faq == null || NONE.equals(faq) ? null : faq;
        return new UnansweredEnquiry(LocalDate.ofInstant(enquiry.getCreatedAt(), ZoneOffset.UTC),
                enquiry.getLanguage().code(), offered, mask(question));
    }

    /** The question on one line, long numbers replaced by "#". */
    static String mask(String question) {
        return LONG_NUMBER.matcher(question.replaceAll("[\\t\\r\\n]+", " ").strip()).replaceAll("#");
    }
}
