package org.tawasul.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawasul.channels.SendOutcome;
import org.tawasul.channels.SendOutcome.AddressEffect;

class EmailErrorsTests {

    private static final InternetAddress TO = address("ahmed@society.example");

    /** What Angus throws when RCPT fails: a SendFailedException chaining one SMTPAddressFailedException per address. */
    private static SendFailedException rcpt(int code, String reply) {
        SMTPAddressFailedException refused = new SMTPAddressFailedException(TO, "RCPT TO:<ahmed@society.example>", code, reply);
        boolean invalid = code >= 500 && code != 552;
        return new SendFailedException("Invalid Addresses", refused, new Address[0],
                invalid ? new Address[0] : new Address[] {TO}, invalid ? new Address[] {TO} : new Address[0]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "550 | 550 5.1.1 <ahmed@society.example>: Recipient address rejected: User unknown | INVALID",
        "553 | 553 sorry, that domain isn't in my list of allowed rcpthosts                 | INVALID",
        "551 | 551 User not local                                                          | INVALID",
        "550 | 550 5.2.1 The email account that you tried to reach is disabled              | INVALID",
        "554 | 554 5.7.1 <ahmed@society.example>: Relay access denied                       | NONE"})
    void aRecipientRefusedForGoodIsRefused(int code, String reply, AddressEffect effect) {
        assertThat(EmailErrors.classify(rcpt(code, reply), false)).isInstanceOfSatisfying(SendOutcome.Refused.class, refused -> {
            assertThat(refused.address()).isEqualTo(effect);
            assertThat(refused.error()).startsWith("RCPT: " + code);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "450 | 450 4.2.0 <ahmed@society.example>: Recipient address rejected: Greylisted",
        "451 | 451 4.3.0 Temporary lookup failure",
        "452 | 452 4.5.3 Too many recipients",
        "552 | 552 5.2.2 Mailbox full",
        "530 | 530 5.7.0 Authentication required"})
    void aRecipientRefusedForNowIsRetried(int code, String reply) {
        assertThat(EmailErrors.classify(rcpt(code, reply), false)).isInstanceOf(SendOutcome.Failed.class);
    }

    @Test
    void invalidAddressesWithoutReplyCodesAreInvalid() {
        SendFailedException e = new SendFailedException("Invalid Addresses", null, new Address[0], new Address[0], new Address[] {TO});
        assertThat(EmailErrors.classify(e, false)).isEqualTo(new SendOutcome.Refused(
                "the server refused the recipient: SendFailedException: Invalid Addresses", AddressEffect.INVALID));
    }

    @Test
    void ourSenderAddressRefusedIsASettingsProblemAndRetried() {
        SMTPSenderFailedException e = new SMTPSenderFailedException(address("tawasul@society.example"),
                "MAIL FROM:<tawasul@society.example>", 553, "553 5.7.1 Sender address rejected: not owned by user");
        assertThat(EmailErrors.classify(e, false)).isInstanceOf(SendOutcome.Failed.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DATA | 554 | 554 5.5.1 Error: no valid recipients                          | REFUSED",
        "DATA | 451 | 451 4.3.0 Try again later                                     | FAILED",
        ".    | 554 | 554 5.7.1 Message rejected as spam                            | REFUSED",
        ".    | 552 | 552 5.3.4 Message size exceeds fixed limit                    | REFUSED",
        ".    | 451 | 451 4.7.1 Please try again later                              | FAILED",
        ".    | 421 | 421 4.4.2 mx.example Error: timeout exceeded                  | FAILED",
        ".    | -1  | [EOF]                                                         | UNCERTAIN",
        ".    | 535 | 535 5.7.8 Error: authentication failed                        | FAILED"})
    void aCommandRefusedIsClassifiedByItsCode(String command, int code, String reply, String outcome) {
        SMTPSendFailedException e = new SMTPSendFailedException(command, code, reply, null, null, new Address[] {TO}, null);
        SendOutcome classified = EmailErrors.classify(e, command.equals("."));
        switch (outcome) {
            case "REFUSED" -> assertThat(classified).isEqualTo(new SendOutcome.Refused(
                    (command.equals(".") ? "end of DATA: " : "DATA: ") + reply, AddressEffect.NONE));
            case "FAILED" -> assertThat(classified).isInstanceOf(SendOutcome.Failed.class);
            default -> assertThat(classified).isInstanceOf(SendOutcome.Uncertain.class);
        }
    }

    @Test
    void aTimeoutIsUncertainOnlyAfterTheMessageWasSent() {
        MessagingException timeout = new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"));

        assertThat(EmailErrors.classify(timeout, true)).isInstanceOfSatisfying(SendOutcome.Uncertain.class,
                u -> assertThat(u.error()).contains("Read timed out"));
        assertThat(EmailErrors.classify(timeout, false)).isInstanceOf(SendOutcome.Failed.class);
    }

    @Test
    void connectionAndLoginFailuresAreRetried() {
        assertThat(EmailErrors.classify(new MessagingException("Couldn't connect to host, port: localhost, 2525; timeout 2000",
                new ConnectException("Connection refused")), false)).isInstanceOfSatisfying(SendOutcome.Failed.class,
                f -> assertThat(f.error()).contains("Connection refused"));
        assertThat(EmailErrors.classify(new AuthenticationFailedException("535 5.7.8 Error: authentication failed"), false))
                .isInstanceOfSatisfying(SendOutcome.Failed.class, f -> assertThat(f.error()).contains("login"));
    }

    private static InternetAddress address(String address) {
        try {
            return new InternetAddress(address);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
