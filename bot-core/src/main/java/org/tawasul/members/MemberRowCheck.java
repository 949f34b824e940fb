package org.tawasul.members;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tawasul.conversations.input.EmailAddresses;
import org.tawasul.conversations.input.PhoneNumbers;
import org.tawasul.conversations.input.SaudiNationalId;
import org.tawasul.channels.ChannelId;
import org.tawasul.db.member.MemberDetails;

/**
 * Checks the rows of one file with the dialogs' own input rules (national ID with its check digit, phone
 * to E.164, email) and for member numbers or national IDs repeated in the file. Problems never show a
 * whole national ID or phone number (P13): they are masked.
 */
final class MemberRowCheck {

    /** A row that passed, with the line it starts on. */
    record CheckedRow(int line, MemberDetails details) {
    }

    private final Map<String, Integer> memberNumbers = new HashMap<>();
    private final Map<String, Integer> nationalIds = new HashMap<>();
    private final List<CheckedRow> passed = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /** The channels a member may ask to be informed on (P6). */
    static final Set<String> PREFERRED_CHANNELS = Set.of(ChannelId.TELEGRAM.id(), ChannelId.SMS.id(), ChannelId.EMAIL.id());

    /** Checks one row; keeps it, or a {@code line N: reason} problem. */
    void check(MemberCsv.Row row) {
        if (row.problem() != null) {
            problems.add("line " + row.line() + ": " + row.problem());
            return;
        }
        List<String> reasons = new ArrayList<>();
        String memberNumber = text(row, "member_number", MemberDetails.MEMBER_NUMBER_LENGTH, reasons);
        String fullName = text(row, "full_name", MemberDetails.FULL_NAME_LENGTH, reasons);
        String category = text(row, "category", MemberDetails.CATEGORY_LENGTH, reasons);
        String fieldOfWork = text(row, "field_of_work", MemberDetails.FIELD_OF_WORK_LENGTH, reasons);
        String nationalId = nationalId(row.get("national_id"), reasons);
        String phone = phone(row.get("phone"), reasons);
        String email = email(row.get(MemberCsv.EMAIL), reasons);
        String language = oneOf(row, "preferred_language", MemberDetails.LANGUAGES, "ar or en", reasons);
        String channel = oneOf(row, "preferred_channel", PREFERRED_CHANNELS, "telegram, sms or email", reasons);
        if (ChannelId.SMS.id().equals(channel) && phone == null && row.get("phone").isEmpty()) {
            reasons.add("preferred_channel is sms but the phone is empty");
        }
        if (ChannelId.EMAIL.id().equals(channel) && email == null && row.get(MemberCsv.EMAIL).isEmpty()) {
            reasons.add("preferred_channel is email but the email is empty");
        }
        repeated(memberNumbers, memberNumber, row.line(), "member number " + memberNumber, reasons);
        repeated(nationalIds, nationalId, row.line(), "national ID " + SaudiNationalId.mask(nationalId), reasons);
        if (!reasons.isEmpty()) {
            problems.add("line " + row.line() + ": " + String.join("; ", reasons));
            return;
        }
        passed.add(new CheckedRow(row.line(), new MemberDetails(memberNumber, fullName, nationalId, phone, category,
                fieldOfWork, language, channel, email)));
    }

    List<CheckedRow> passed() {
        return passed;
    }

    /** One {@code line N: reason} per bad row, in file order. */
    List<String> problems() {
        return problems;
    }

    private static String text(MemberCsv.Row row, String column, int maxLength, List<String> reasons) {
        String value = row.get(column);
        if (value.isEmpty()) {
            reasons.add(column + " is empty");
            return null;
        }
        if (value.length() > maxLength) {
            reasons.add(column + " is longer than " + maxLength + " characters");
            return null;
        }
        return value;
    }

    private static String nationalId(String value, List<String> reasons) {
        if (value.isEmpty()) {
            return null;
        }
        Optional<String> digits = SaudiNationalId.normalise(value);
        if (digits.isEmpty()) {
            reasons.add("national_id " + SaudiNationalId.mask(value) + " is not a valid national ID or iqama number "
                    + "(10 digits starting with 1 or 2, with a correct check digit)");
        }
        return digits.orElse(null);
    }

    private static String phone(String value, List<String> reasons) {
        if (value.isEmpty()) {
            return null;
        }
        Optional<String> e164 = PhoneNumbers.toE164(value);
        if (e164.isEmpty()) {
            reasons.add("phone " + PhoneNumbers.mask(value) + " is not a valid phone number (e.g. 05XXXXXXXX or "
                    + "+9665XXXXXXXX)");
        }
        return e164.orElse(null);
    }

    private static String email(String value, List<String> reasons) {
        if (value.isEmpty()) {
            return null;
        }
        Optional<String> email = EmailAddresses.normalise(value);
        if (email.isEmpty()) {
            reasons.add("email is not a valid address");
        }
        return email.orElse(null);
    }

    private static String oneOf(MemberCsv.Row row, String column, Set<String> allowed, String expected,
            List<String> reasons) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            reasons.add(column + " must be " + expected + (value.isEmpty() ? " (it is empty)" : ""));
            return null;
        }
        return value;
    }

    private static void repeated(Map<String, Integer> seen, String key, int line, String what, List<String> reasons) {
        if (key == null) {
            return;
        }
        Integer first = seen.putIfAbsent(key, line);
        if (first != null) {
            reasons.add(what + " is also on line " + first);
        }
    }
}
