package org.tawasul.dialogs;

import java.util.List;
import java.util.Optional;
import org.tawasul.conversations.engine.DialogActions.Subject;

/** The member registry as the dialogs see it. */
public interface MemberPort {

    /** A registered member; no national ID or phone: dialogs never need to show them. */
    record Member(long id, String fullName, String category, String fieldOfWork, String preferredChannel) { }

    /** The member this chat address was linked to, if any. */
    Optional<Member> linked(Subject subject);

    /** The members registered with this phone (E.164). */
    List<Member> byPhone(String e164);

    /** The member with this phone and this national ID, if they belong together. */
    Optional<Member> byPhoneAndNationalId(String e164, String nationalId);

    /** Remembers that this chat address belongs to the member. */
    void link(Subject subject, long memberId, boolean verified);
}
