package org.tawasul.cases;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.tawasul.conversations.message.Language;

/**
 * The command to open a case from a completed dialog.
 *
 * @param serviceId         the requested service; required for a service request
 * @param memberId          the member's id in the member registry; null for a non-member
 * @param memberCategory    the member's category, for routing an enquiry; may be null
 * @param memberFieldOfWork the member's field of work, for routing an enquiry; may be null
 * @param channel           where the member talked, e.g. {@code telegram}
 * @param address           the member's address on that channel
 * @param answers           the dialog's answers by step id, kept in order
 * @param attestation       the member's attestation (P5), or null when the dialog had none
 * @param now               when the request became complete; its date in Riyadh starts the SLA
 */
public record OpenCase(CaseType type, String serviceId, Long memberId, String memberCategory, String memberFieldOfWork,
                       String channel, String address, Language language, Map<String, String> answers,
                       Attestation attestation, Instant now) {

    public OpenCase {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(now, "now");
        requireLength(channel, "channel", 16);
        requireLength(address, "address", 128);
        if (type == CaseType.SERVICE_REQUEST && (serviceId == null || serviceId.isBlank())) {
            throw new IllegalArgumentException("a service request names its service (serviceId is missing)");
        }
        if (serviceId != null && serviceId.length() > 64) {
            throw new IllegalArgumentException("serviceId is at most 64 characters (was " + serviceId.length() + ")");
        }
        if (memberId != null && memberId < 1) {
            throw new IllegalArgumentException("memberId must be positive (was " + memberId + ")");
        }
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(answers, "answers")));
    }

    private static void requireLength(String value, String name, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + " characters (was '" + value + "')");
        }
    }
}
