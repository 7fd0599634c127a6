package vn.ocop.market.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import vn.ocop.market.notice.Mailer;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** E-mail through the operator's SMTP server (MAIL_HOST, MAIL_PORT, MAIL_USER, MAIL_PASSWORD, MAIL_FROM). */
@Singleton
@Requires(property = "ocop.mail.host", pattern = ".+")
class SmtpMailer implements Mailer {

    private final Session session;
    private final String from;
    private final String user;
    private final String password;

    SmtpMailer(@Value("${ocop.mail.host}") String host, @Value("${ocop.mail.port:25}") int port,
               @Value("${ocop.mail.user:}") String user, @Value("${ocop.mail.password:}") String password,
               @Value("${ocop.mail.from:no-reply@ocop.vn}") String from) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.auth", Boolean.toString(!user.isBlank()));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        this.session = Session.getInstance(props);
        this.from = from;
        this.user = user;
        this.password = password;
    }

    @Override
    public void send(String to, String subject, String body) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from, "Chợ OCOP", StandardCharsets.UTF_8.name()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        if (user.isBlank()) {
            Transport.send(message);
        } else {
            Transport.send(message, user, password);
        }
    }
}
