/**
 * The Twilio adapter's protocol, without Spring: outbox rows into Twilio messages
 * ({@link org.tawasul.channels.twilio.TwilioSender}, {@link org.tawasul.channels.twilio.TwilioRenderer},
 * {@link org.tawasul.channels.twilio.SmsSegments}), Twilio's answers into outcomes
 * ({@link org.tawasul.channels.twilio.TwilioErrors}), and its webhooks into the neutral model: inbound
 * messages ({@link org.tawasul.channels.twilio.TwilioTranslator}), status callbacks
 * ({@link org.tawasul.channels.twilio.TwilioDeliveryReports}), each checked first by
 * {@link org.tawasul.channels.twilio.TwilioSignatures}. The REST client comes from
 * {@link org.tawasul.channels.twilio.TwilioConnection}, which can also route it to a local server.
 *
 * <h2>Keywords</h2>
 * A keyword is the whole message, trimmed, in any case, Arabic letter forms folded.
 * <ul>
 *   <li><b>Opt-out:</b> Twilio's STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT; and
 *       إيقاف and أوقف ("stop"), alone or with الرسائل ("the messages").</li>
 *   <li><b>Opt-in:</b> Twilio's START, YES, UNSTOP; and تفعيل ("activate"), alone or with الرسائل.</li>
 *   <li><b>Help:</b> Twilio's HELP and INFO.</li>
 * </ul>
 * The Arabic words were chosen not to clash with the words the dialogs already give a meaning to at
 * every step: إلغاء/الغاء and خروج cancel the current dialog, مساعدة asks for help, رجوع goes back,
 * القائمة opens the menu, موظف asks for staff. So إلغاء never opts out (a member leaving a
 * dialog must not lose every status update), and إلغاء الاشتراك is not used either: in a
 * cooperative society "الاشتراك" is also the membership and its fee, so the phrase can be a
 * request to cancel a membership. Likewise اشتراك is no opt-in word (it is how members ask about
 * their subscription), and توقف is left out because, typed alone mid-dialog, it reads as "wait".
 * There is no Arabic help keyword: مساعدة reaches the dialog as input and the dialog answers it in
 * context, so one word does not get two answers. English CANCEL does clash with the dialogs'
 * "cancel", but Twilio itself opts a member out on it, so the bot must agree: on SMS "cancel" stops
 * messages, and English speakers leave a dialog with "exit".
 *
 * <h2>What Twilio does on its side</h2>
 * For standard numbers Twilio handles its English words itself: on an opt-out word it answers with
 * its own confirmation and refuses every later message to that member with error 21610 until they
 * send an opt-in word; it forwards the message to our webhook all the same. So the bot records
 * English opt-outs to keep its own state (and stop queueing messages Twilio would refuse), and
 * sends no confirmation of its own for them (the member would get two). Our Arabic words are ours
 * alone: Twilio does not block on them, so the bot's opt-out state is what stops the messages, and
 * the bot must confirm them itself. An Arabic opt-in lifts only our state: a member who opted out
 * with an English word stays blocked at Twilio (21610) until they send START, which the
 * confirmation of an Arabic opt-in should say. With Advanced Opt-Out on a Messaging Service the
 * operator can give Twilio the Arabic words too; Twilio then sends {@code OptOutType}, which the
 * translator follows. An opt-in word from a member who never opted out ("yes" as an answer) is
 * input, not a change of state: the translator keeps the text for that. Saudi Arabia's registered
 * alphanumeric senders are one-way, so there members cannot send keywords at all.
 */
@ChannelProvider(sdkPackages = {"com.twilio.."})
package org.tawasul.channels.twilio;

import org.tawasul.channels.ChannelProvider;
