package vn.ocop.market.account;

import vn.ocop.market.shared.Messages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Why a sign-in attempt is not even looked at: the account or the client address is temporarily
 * locked until {@code until}, or the last failure asks to wait {@code seconds} more.
 */
public record SignInRefusal(Kind kind, Instant until, long seconds) {

    public enum Kind { WAIT, ACCOUNT_LOCKED, ADDRESS_LOCKED }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public boolean locked() {
        return kind != Kind.WAIT;
    }

    /** The message in the locale's language; times in Vietnam time. */
    public String message(Locale locale) {
        return Messages.text(locale, "account.signIn.refusal." + kind.name(),
                kind == Kind.WAIT ? Long.toString(seconds) : TIME.format(until));
    }
}
