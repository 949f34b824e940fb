package org.tawasul.channels.telegram;

import org.tawasul.conversations.message.Language;

/** The polite replies for content the bot cannot take, in the member's language. */
public final class NoticeTexts {

    private NoticeTexts() {
    }

    /** The text of a notice; {@code maxFileMegabytes} is quoted in the too-large one. */
    public static String text(TelegramUpdate.NoticeKind kind, Language language, long maxFileMegabytes) {
        boolean arabic = language != Language.EN;
        return switch (kind) {
            case UNSUPPORTED -> arabic
                    ? "عذرًا، لا نستطيع قراءة هذا النوع من الرسائل. اكتب رسالتك نصًّا، أو أرسل صورة أو ملفًّا."
                    : "Sorry, we cannot read this kind of message. Please type your message, or send a photo or a file.";
            case FILE_TOO_LARGE -> arabic
                    ? "عذرًا، الملف أكبر من " + maxFileMegabytes + " ميغابايت. أرسل ملفًّا أصغر أو صورة منه."
                    : "Sorry, the file is larger than " + maxFileMegabytes + " MB. Please send a smaller file or a photo of it.";
            case PRIVATE_CHAT_ONLY -> arabic
                    ? "أهلًا بك! حفاظًا على خصوصيتك نخدمك في محادثة خاصة فقط: افتح محادثة مع هذا البوت واكتب له هناك."
                    : "Hello! To keep your details private we serve you in a private chat only: open a chat with this bot and write there.";
        };
    }
}
