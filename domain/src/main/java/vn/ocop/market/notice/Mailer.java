package vn.ocop.market.notice;

/** Sends one e-mail; the SMTP adapter lives outside the domain. */
public interface Mailer {

    void send(String to, String subject, String body) throws Exception;
}
