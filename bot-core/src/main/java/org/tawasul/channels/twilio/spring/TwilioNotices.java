package org.tawasul.channels.twilio.spring;

import org.tawasul.conversations.message.Language;

/** What the bot answers by SMS outside the dialogs, in the member's language; each fits one segment. */
final class TwilioNotices {

    private TwilioNotices() {
    }

    /** The answer to HELP: who writes, and how to stop and restart. */
    static String help(Language language) {
        return language == Language.EN
                ? "Messages from your cooperative society. Reply STOP to stop them, START to get them again."
                : "رسائل جمعيتك التعاونية. لإيقافها أرسل: إيقاف، ولإعادتها: تفعيل";
    }

    /** The confirmation of an opt-out word Twilio does not know (ours, in Arabic). */
    static String optedOut(Language language) {
        return language == Language.EN
                ? "You will get no more messages from us. Reply START to get them again."
                : "أوقفنا رسائلنا إليك. لإعادتها أرسل: تفعيل";
    }

    /** The confirmation of an opt-in word Twilio does not know (ours, in Arabic). */
    static String optedIn(Language language) {
        return language == Language.EN
                ? "Our messages to you are back on. If you had sent STOP, also send START."
                : "أعدنا تفعيل رسائلنا إليك. إن كنت أرسلت STOP فأرسل START";
    }

    /** An SMS with no text (an attachment alone). */
    static String textOnly(Language language) {
        return language == Language.EN
                ? "We can read text only. Please type your message."
                : "نقرأ الرسائل النصية فقط. اكتب رسالتك نصًا من فضلك";
    }
}
