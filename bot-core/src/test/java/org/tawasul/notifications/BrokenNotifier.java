package org.tawasul.notifications;

/** A feature breaking the rules on purpose (see ArchitectureTests): it uses a channel adapter directly. */
public class BrokenNotifier {
    org.tawasul.channels.telegram.TelegramSender adapter;
}
