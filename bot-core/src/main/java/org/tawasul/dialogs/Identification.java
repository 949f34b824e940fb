package org.tawasul.dialogs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tawasul.conversations.engine.ConversationEngine;
import org.tawasul.conversations.engine.DialogActions.Checked;
import org.tawasul.conversations.engine.DialogActions.Context;
import org.tawasul.conversations.engine.DialogActions.Result;
import org.tawasul.conversations.engine.Texts;
import org.tawasul.conversations.input.SaudiNationalId;

/**
 * Who is writing, by the rules of the README's "Security and privacy":
 * <ul>
 * <li>A chat verified as a member's (a shared contact of the sender's own number) is known at once.</li>
 * <li>A typed mobile number is always followed by the national ID question, registered or not, so the
 * answer tells nobody whether a number belongs to a member; only after both answers is the outcome
 * known. A match identifies the member for this dialog only (an unverified link, forgotten when the
 * next dialog starts); the first mismatch for that number from that chat (within half an hour) may be
 * retyped, a later one continues as a beneficiary.</li>
 * <li>The typed number and ID are forgotten as soon as the outcome is known, whatever it is.</li>
 * <li>Every mismatch is recorded; a chat address, or a mobile number, with too many failures within the
 * window is refused further tries for now, with a message saying so.</li>
 * <li>Where a dialog needs a verified chat (seeing all of a member's cases, rating them) and the member was
 * identified by typed details, a one-time code goes by SMS to the member's registered phone; typed back
 * right, it links the chat for good. Without SMS, the dialog goes on with what this chat submitted.</li>
 * </ul>
 */
final class Identification {

    static final String VERIFIED_SUFFIX = ConversationEngine.VERIFIED;
    /** The national ID step's answer after a second mismatch, and after a try while locked out. */
    static final String MISMATCH = "mismatch";
    static final String LOCKED = "locked";
    /** Flows for members only: a chat that went on as a beneficiary before is asked who it is again there. */
    static final java.util.Set<String> MEMBERS_ONLY_FLOWS = java.util.Set.of("request");

    /**
     * What the member typed to be identified, forgotten as soon as identification is done, whatever its outcome
     * (and {@code who}, so that "back" from a later step asks for the number again rather than for an ID
     * without its number).
     */
    static final java.util.Set<String> TYPED = java.util.Set.of("phone", "phone" + VERIFIED_SUFFIX, "national-id", "who");

    private final MemberPort members;
    private final Texts texts;

    Identification(MemberPort members, Texts texts) {
        this.members = members;
        this.texts = texts;
    }

    /**
     * {@code known-member}: a verified chat is greeted; a confirmation of an earlier dialog no longer holds.
     * A dialog the application started about one case this chat may see (a survey after the case) asks
     * nobody who they are: the case says it.
     */
    Result known(Context context, java.util.function.Predicate<String> caseOfThisChat) {
        members.forgetUnverified(context.subject());
        Optional<MemberPort.Member> verified = members.verified(context.subject());
        if (verified.isPresent()) {
            return greeting(verified.get(), context);
        }
        String preset = context.answers().get("case" + ConversationEngine.PRESET);
        if (preset != null && caseOfThisChat.test(preset)) {
            return Result.of(MemberDialogActions.KNOWN_CASE);
        }
        if (!MEMBERS_ONLY_FLOWS.contains(context.flowId()) && members.choseBeneficiaryRecently(context.subject())) {
            return Result.of(MemberDialogActions.BENEFICIARY); // said so in an earlier dialog: not asked again
        }
        return Result.of(MemberDialogActions.UNKNOWN);
    }

    /** {@code identify-member}: after the mobile number; the number is forgotten unless the ID question follows. */
    Result identify(Context context) {
        Result result = identifyByPhone(context);
        return MemberDialogActions.CONFIRM.equals(result.value()) ? result : result.forgetting(TYPED);
    }

    private Result identifyByPhone(Context context) {
        String phone = context.answers().get("phone");
        if (members.lockedOut(context.subject(), null)) {
            return new Result(MemberDialogActions.LOCKED, text("member.locked", context));
        }
        boolean verified = "yes".equals(context.answers().get("phone" + VERIFIED_SUFFIX));
        if (!verified || phone == null) {
            return Result.of(MemberDialogActions.CONFIRM); // typed: the same question follows, registered or not
        }
        List<MemberPort.Member> found = members.byPhone(phone);
        if (found.isEmpty()) {
            // the sender's own number, shared: telling them it is not registered tells nobody else anything
            members.choseBeneficiary(context.subject());
            return new Result(MemberDialogActions.BENEFICIARY, text("member.not-found", context));
        }
        if (found.size() == 1) {
            members.link(context.subject(), found.get(0).id(), true);
            return greeting(found.get(0), context);
        }
        return Result.of(MemberDialogActions.CONFIRM); // a family shares the number: the ID tells them apart
    }

    /**
     * {@code member-national-id}, the check of the national ID step, given an ID the engine found written
     * right (a wrong check digit was already answered as a likely typo): is it the ID registered with the
     * mobile number? The first mismatch may be retyped; the second, or any try while locked out, answers
     * "" and the dialog goes on (to {@link #confirm}, which says why).
     */
    Checked check(String input, Context context) {
        Optional<String> id = SaudiNationalId.normalise(input);
        if (id.isEmpty()) {
            return Checked.invalid(text("member.mismatch.retry", context));
        }
        String phone = context.answers().get("phone");
        if (phone == null || members.lockedOut(context.subject(), phone)) {
            return Checked.valid(LOCKED);
        }
        if (members.byPhoneAndNationalId(phone, id.get()).isPresent()) {
            return Checked.valid(id.get());
        }
        boolean firstMismatch = members.recentFailures(context.subject(), phone) == 0;
        members.failedIdentification(context.subject(), phone, "mismatch");
        if (members.lockedOut(context.subject(), phone)) {
            return Checked.valid(LOCKED);
        }
        return firstMismatch ? Checked.invalid(text("member.mismatch.retry", context)) : Checked.valid(MISMATCH);
    }

    /**
     * {@code confirm-member}: after the national ID step, which holds the ID that matched, or
     * {@link #MISMATCH}, {@link #LOCKED}, or nothing when skipped (someone who is not a member).
     */
    Result confirm(Context context) {
        return confirmById(context).forgetting(TYPED);
    }

    private Result confirmById(Context context) {
        String phone = context.answers().get("phone");
        String id = context.answers().getOrDefault("national-id", "");
        if (id.isEmpty()) {
            members.choseBeneficiary(context.subject());
            return new Result(MemberDialogActions.BENEFICIARY, text("member.beneficiary", context));
        }
        Optional<MemberPort.Member> member = MISMATCH.equals(id) || LOCKED.equals(id) || phone == null ? Optional.empty()
                : members.byPhoneAndNationalId(phone, id);
        if (member.isEmpty()) {
            boolean locked = LOCKED.equals(id);
            return new Result(locked ? MemberDialogActions.LOCKED : MemberDialogActions.BENEFICIARY,
                    text(locked ? "member.locked" : "member.mismatch", context));
        }
        boolean verified = "yes".equals(context.answers().get("phone" + VERIFIED_SUFFIX));
        members.link(context.subject(), member.get().id(), verified);
        return greeting(member.get(), context);
    }

    private Result greeting(MemberPort.Member member, Context context) {
        return new Result(MemberDialogActions.MEMBER, texts.get("member.greeting", context.language(),
                Map.of("name", MemberNames.first(member))));
    }

    private String text(String key, Context context) {
        return texts.get(key, context.language(), Map.of());
    }

    /** {@code verification}'s value when a code went to the registered phone, and the code step's answers. */
    static final String CODE_SENT = "code-sent";
    static final String CODE_SPENT = "spent";
    static final String CODE_EXPIRED = "expired";

    /**
     * {@code verification}: a verified chat goes on; a member identified for this dialog only is sent a
     * one-time code to the registered phone ({@link #CODE_SENT}) when SMS can carry one, else (no SMS, too
     * many codes, locked out: each said) goes on unverified; anyone else as a beneficiary.
     */
    Result verification(Context context) {
        if (members.verified(context.subject()).isPresent()) {
            return Result.of(MemberDialogActions.VERIFIED);
        }
        Optional<MemberPort.Member> identified = members.identified(context.subject());
        if (identified.isEmpty()) {
            return Result.of(MemberDialogActions.BENEFICIARY);
        }
        long id = identified.get().id();
        return switch (members.sendCode(context.subject(), id, context.language())) {
            case SENT -> new Result(CODE_SENT, texts.get("member.code.sent", context.language(),
                    Map.of("ending", members.phoneEnding(id))));
            case RATE_LIMITED -> new Result(MemberDialogActions.UNVERIFIED, text("member.code.rate-limited", context));
            case LOCKED -> new Result(MemberDialogActions.UNVERIFIED, text("member.code.locked", context));
            case NO_SMS -> Result.of(MemberDialogActions.UNVERIFIED);
        };
    }

    /**
     * {@code one-time-code}, the check of the code step: a wrong code may be typed again (the code's own
     * attempt limit decides how often); the right one verifies the chat; a spent or expired one goes on.
     */
    Checked checkCode(String input, Context context) {
        Optional<MemberPort.Member> identified = members.identified(context.subject());
        if (identified.isEmpty()) {
            return Checked.valid(CODE_EXPIRED);
        }
        return switch (members.checkCode(context.subject(), identified.get().id(), input)) {
            case VERIFIED -> Checked.valid(MemberDialogActions.VERIFIED);
            case WRONG -> Checked.invalid(text("member.code.wrong", context));
            case SPENT -> Checked.valid(CODE_SPENT);
            case EXPIRED -> Checked.valid(CODE_EXPIRED);
        };
    }

    /** {@code code-verification}: after the code step; says what the code did (skipped: empty answer). */
    Result codeVerified(Context context) {
        String outcome = context.answers().getOrDefault("code", "");
        if (MemberDialogActions.VERIFIED.equals(outcome) && members.verified(context.subject()).isPresent()) {
            return new Result(MemberDialogActions.VERIFIED, text("member.code.verified", context));
        }
        String key = switch (outcome) {
            case CODE_SPENT -> "member.code.spent";
            case CODE_EXPIRED -> "member.code.expired";
            default -> "member.code.skipped";
        };
        return new Result(MemberDialogActions.UNVERIFIED, text(key, context));
    }
}
