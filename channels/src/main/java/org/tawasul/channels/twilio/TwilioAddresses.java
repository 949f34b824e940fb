package org.tawasul.channels.twilio;

import java.util.regex.Pattern;
import org.tawasul.channels.ChannelId;

/**
 * Twilio's addresses, one scheme per channel: an SMS address is an E.164 number
 * ({@code +9665...}), a WhatsApp address the same number behind {@code whatsapp:}. Everything
 * channel-specific about addresses is here, so that WhatsApp can use the same sender later.
 */
final class TwilioAddresses {

    static final String WHATSAPP_PREFIX = "whatsapp:";
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private TwilioAddresses() {
    }

    /** Whether Twilio addresses exist for the channel (SMS and WhatsApp). */
    static boolean supports(ChannelId channel) {
        return ChannelId.SMS.equals(channel) || ChannelId.WHATSAPP.equals(channel);
    }

    /** The channel an address belongs to: WhatsApp for {@code whatsapp:...}, else SMS. */
    static ChannelId channelOf(String address) {
        return address != null && address.startsWith(WHATSAPP_PREFIX) ? ChannelId.WHATSAPP : ChannelId.SMS;
    }

    /** Whether the address is well-formed for the channel. */
    static boolean isValid(ChannelId channel, String address) {
        if (address == null) {
            return false;
        }
        if (ChannelId.WHATSAPP.equals(channel)) {
            return address.startsWith(WHATSAPP_PREFIX) && E164.matcher(address.substring(WHATSAPP_PREFIX.length())).matches();
        }
        return ChannelId.SMS.equals(channel) && E164.matcher(address).matches();
    }

    /** The number of an address, without its scheme. */
    static String number(String address) {
        return address.startsWith(WHATSAPP_PREFIX) ? address.substring(WHATSAPP_PREFIX.length()) : address;
    }
}
