package org.tawasul.dialogs;

import java.util.List;
import java.util.Optional;
import org.tawasul.conversations.engine.DialogActions.Subject;
import org.tawasul.conversations.message.Language;

/**
 * The member registry as the dialogs see it, and the bounds on guessing who a member is (README:
 * "Security and privacy").
 */
public interface MemberPort {

    /** A registered member; no national ID or phone: dialogs never need to show them. */
    record Member(long id, String fullName, String category, String fieldOfWork, String preferredChannel) { }

    /**
     * The member this chat address was verified to belong to (a shared contact of the sender's own number,
     * later a code sent to the registered phone): what may see the member's cases and rate them.
     */
    Optional<Member> verified(Subject subject);

    /**
     * The member this chat is identified as in the dialog under way: verified, or confirmed in this dialog
     * by a typed mobile number and national ID (which holds for this dialog only).
     */
    Optional<Member> identified(Subject subject);

    /** The members registered with this phone (E.164). */
    List<Member> byPhone(String e164);

    /** The member with this phone and this national ID, if they belong together. */
    Optional<Member> byPhoneAndNationalId(String e164, String nationalId);

    /** Remembers that this chat address belongs to the member: for good when verified, else for this dialog. */
    void link(Subject subject, long memberId, boolean verified);

    /** Forgets a confirmation that held for one dialog (an unverified link); a verified link stays. */
    void forgetUnverified(Subject subject);

    /**
     * Remembers that this chat chose to go on as a beneficiary (skipped the national ID, or shared a number
     * that is not registered), so that its next dialogs open to everyone do not ask again; for as long as an
     * unverified link lasts. Forgotten when the chat is linked to a member.
     */
    void choseBeneficiary(Subject subject);

    /** Whether this chat chose to go on as a beneficiary recently (see {@link #choseBeneficiary}). */
    boolean choseBeneficiaryRecently(Subject subject);

    /** Whether identification tries from this chat, or for this mobile number (may be null), are refused for now. */
    boolean lockedOut(Subject subject, String e164);

    /** Failed identification tries from this chat for this mobile number in the last half hour (this dialog, in effect). */
    int recentFailures(Subject subject, String e164);

    /** Records a failed identification try from this chat for this mobile number. */
    void failedIdentification(Subject subject, String e164, String reason);

    /** What asking for a one-time code did. */
    enum CodeSent {
        /** A code is on its way by SMS to the member's registered phone. */
        SENT,
        /** The phone had its share of codes within the window: none sent. */
        RATE_LIMITED,
        /** Identification tries from this chat, or for this phone, are refused for now: none sent. */
        LOCKED,
        /** No SMS here (no SMS channel, or the number takes none): none sent. */
        NO_SMS
    }

    /** What a typed one-time code proved. */
    enum CodeChecked {
        /** The right code, in time: the chat is now linked to the member for good (verified). */
        VERIFIED,
        /** Wrong: it may be typed again. */
        WRONG,
        /** Wrong, and the code's tries are spent: recorded as a failed identification; a new code is needed. */
        SPENT,
        /** No code in time for this chat: a new code is needed. */
        EXPIRED
    }

    /**
     * Sends a 6-digit code by SMS to the member's <em>registered</em> phone (never to a number typed in the
     * chat), for this chat to type back: how the chat of a member identified by typed details is verified.
     */
    CodeSent sendCode(Subject subject, long memberId, Language language);

    /** Checks a code typed in this chat against the latest code sent to the member's registered phone. */
    CodeChecked checkCode(Subject subject, long memberId, String typed);

    /** The last two digits of the member's registered phone, to tell the member where a code went. */
    String phoneEnding(long memberId);
}
