package vn.ocop.market.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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

    /** The message in Vietnamese; times in Vietnam time. */
    public String vi() {
        return switch (kind) {
            case WAIT -> "Đăng nhập sai nhiều lần. Vui lòng thử lại sau " + seconds + " giây.";
            case ACCOUNT_LOCKED -> "Tài khoản tạm thời bị khóa do đăng nhập sai quá nhiều lần, đến "
                    + TIME.format(until) + " (giờ Việt Nam).";
            case ADDRESS_LOCKED -> "Quá nhiều lần đăng nhập sai từ địa chỉ này; tạm thời bị chặn đến "
                    + TIME.format(until) + " (giờ Việt Nam).";
        };
    }

    /** The message in English; times in Vietnam time. */
    public String en() {
        return switch (kind) {
            case WAIT -> "Too many failed sign-ins. Try again in " + seconds + " s.";
            case ACCOUNT_LOCKED -> "This account is temporarily locked after too many failed sign-ins, until "
                    + TIME.format(until) + " (Vietnam time).";
            case ADDRESS_LOCKED -> "Too many failed sign-ins from this address; blocked until "
                    + TIME.format(until) + " (Vietnam time).";
        };
    }
}
