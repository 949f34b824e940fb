package org.tawasul.turns;

import java.time.Instant;
import org.tawasul.channels.ChannelId;

/**
 * Takes a member's free text before the dialog engine sees it, when a feature has a conversation waiting
 * for it (a staff member who wrote by email and awaits the member's answer). Asked only when the member is
 * in no dialog and wrote plain text (no command, button or file); runs in the turn's transaction.
 */
public interface FreeTextTaker {

    /** The member's text and where it came from. */
    record FreeText(ChannelId channel, String address, String text, long inboxId, Instant at) {
    }

    /** @return true when the text was taken: the engine does not see it */
    boolean take(FreeText text);
}
