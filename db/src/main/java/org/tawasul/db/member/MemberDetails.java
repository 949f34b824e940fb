package org.tawasul.db.member;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the society knows of a member, normalised and checked against the columns; messages name the
 * column and never hold a national ID or phone number.
 *
 * @param memberNumber      the society's number for the member, unique, at most 32 characters
 * @param fullName          at most 200 characters
 * @param nationalId        10 digits, or null
 * @param phone             E.164 ({@code +966501234567}), or null
 * @param category          the member category (e.g. founder, ordinary), at most 64 characters
 * @param fieldOfWork       the society's field the member belongs to, at most 64 characters
 * @param preferredLanguage {@code ar} or {@code en}
 * @param preferredChannel  the id of the channel where the member is informed (P6), e.g. {@code sms}; which
 *                          channels a member may prefer is the application's rule, not the register's
 * @param email             at most 254 characters, or null
 */
public record MemberDetails(String memberNumber, String fullName, String nationalId, String phone, String category,
                            String fieldOfWork, String preferredLanguage, String preferredChannel, String email) {

    /** The languages a member may prefer. */
    public static final Set<String> LANGUAGES = Set.of("ar", "en");
    public static final int MEMBER_NUMBER_LENGTH = 32;
    public static final int FULL_NAME_LENGTH = 200;
    public static final int CATEGORY_LENGTH = 64;
    public static final int FIELD_OF_WORK_LENGTH = 64;
    public static final int EMAIL_LENGTH = 254;

    private static final Pattern NATIONAL_ID = Pattern.compile("[0-9]{10}");
    private static final Pattern CHANNEL_ID = Pattern.compile("[a-z]{1,16}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public MemberDetails {
        text("member_number", memberNumber, MEMBER_NUMBER_LENGTH);
        text("full_name", fullName, FULL_NAME_LENGTH);
        text("category", category, CATEGORY_LENGTH);
        text("field_of_work", fieldOfWork, FIELD_OF_WORK_LENGTH);
        require(nationalId == null || NATIONAL_ID.matcher(nationalId).matches(), "national_id must be 10 digits");
        require(phone == null || E164.matcher(phone).matches(), "phone must be in E.164 form");
        require(email == null || (!email.isBlank() && email.length() <= EMAIL_LENGTH),
                "email must be at most " + EMAIL_LENGTH + " characters");
        require(LANGUAGES.contains(preferredLanguage), "preferred_language must be ar or en");
        require(preferredChannel != null && CHANNEL_ID.matcher(preferredChannel).matches(),
                "preferred_channel must be a channel id of lower-case letters");
    }

    private static void text(String column, String value, int maxLength) {
        require(value != null && !value.isBlank(), column + " is empty");
        require(value.length() <= maxLength, column + " is longer than " + maxLength + " characters");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    @Override
    public String toString() {
        return "MemberDetails[memberNumber=" + memberNumber + "]"; // no personal data in logs (P13)
    }

    boolean sameAs(Member member) {
        return memberNumber.equals(member.getMemberNumber()) && fullName.equals(member.getFullName())
                && Objects.equals(nationalId, member.getNationalId()) && Objects.equals(phone, member.getPhone())
                && category.equals(member.getCategory()) && fieldOfWork.equals(member.getFieldOfWork())
                && preferredLanguage.equals(member.getPreferredLanguage())
                && preferredChannel.equals(member.getPreferredChannel()) && Objects.equals(email, member.getEmail());
    }
}
