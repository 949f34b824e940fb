package org.tawasul.channels.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.twilio.SmsSegments.Encoding;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.InputHint;

class TwilioRendererTests {

    private static final List<Choice> YES_NO = List.of(new Choice("yes", "نعم"), new Choice("no", "لا"));

    private static OutboundMessage message(String body, List<Choice> choices) {
        return new OutboundMessage(1, ChannelId.SMS, "+966501234567", body, choices, InputHint.TEXT, 1);
    }

    @Test
    void whereMembersCanAnswerChoicesFollowAsNumberedLines() {
        TwilioRenderer.Rendered sms = new TwilioRenderer(true).render(message("هل تحضر الاجتماع؟", YES_NO));
        assertThat(sms.text()).isEqualTo("هل تحضر الاجتماع؟\n1 نعم\n2 لا");
        assertThat(sms.segments()).isEqualTo(new SmsSegments(Encoding.UCS_2, 28, 1));
    }

    @Test
    void whereMembersCannotAnswerChoicesAreLeftOut() {
        TwilioRenderer.Rendered sms = new TwilioRenderer(false).render(message("  اجتماع الجمعية غدًا  ", YES_NO));
        assertThat(sms.text()).isEqualTo("اجتماع الجمعية غدًا");
        assertThat(sms.sendable()).isTrue();
    }

    @Test
    void theSegmentsTellWhenAnArabicTextOutgrowsOneSegment() {
        String update = "تمت الموافقة على طلبك رقم ٤٥٦، وسيصلك المبلغ خلال ثلاثة أيام عمل."; // 65 characters
        assertThat(new TwilioRenderer(false).render(message(update, List.of())).segments().single()).isTrue();
        assertThat(new TwilioRenderer(true).render(message(update, YES_NO)).segments().count()).isEqualTo(2);
        assertThat(new TwilioRenderer(true).render(message("Your request was approved.", List.of())).segments())
                .isEqualTo(new SmsSegments(Encoding.GSM_7, 26, 1));
    }

    @Test
    void blankOrOverlongTextsAreNotSendable() {
        assertThat(new TwilioRenderer(false).render(message(" ", YES_NO)).sendable()).isFalse();
        assertThat(new TwilioRenderer(true).render(message("", YES_NO)).text()).isEqualTo("1 نعم\n2 لا");
        assertThat(new TwilioRenderer(false).render(message("ا".repeat(1600), List.of())).sendable()).isTrue();
        assertThat(new TwilioRenderer(false).render(message("ا".repeat(1601), List.of())).sendable()).isFalse();
    }
}
