package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.live.ChatMessage;
import vn.ocop.market.live.LiveChat;
import vn.ocop.market.shared.InvalidInputException;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live chat's rules against the database: links and phone numbers held for moderation, mutes, slow
 * mode, flood refusal, and moderation only by the event's producer and the officers.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveChatTest implements TestEnvironment {

    @Inject LiveAudienceFixtures fixtures;
    @Inject LiveChat chat;
    @Inject TestClock clock;

    private final SignedInUser officer = new SignedInUser(900_003, "can.bo.live@ocop.gov.vn", "Cán bộ", Role.OFFICER, null);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String code(InvalidInputException e) {
        return e.errors().getFirst().code();
    }

    private static List<String> bodies(List<ChatMessage> messages) {
        return messages.stream().map(ChatMessage::body).toList();
    }

    @Test
    void linksAndPhoneNumbersAreHeldUntilApprovedAndMarkupIsPlainText() {
        LiveAudienceFixtures.World w = fixtures.live("Lào Cai", 200_000);
        SignedInUser lan = fixtures.shopper("Lan");
        SignedInUser minh = fixtures.shopper("Minh");

        ChatMessage plain = chat.post(lan, w.eventId(), "<b>Trà</b> ngon quá <script>alert(1)</script>");
        assertEquals("Trà ngon quá", plain.body(), "markup is reduced to its text, scripts dropped");
        assertFalse(plain.held());
        ChatMessage link = chat.post(lan, w.eventId(), "Mua rẻ hơn ở shopee . vn/tra nhé");
        ChatMessage url = chat.post(lan, w.eventId(), "xem https://example.com/km");
        ChatMessage phone = chat.post(minh, w.eventId(), "Gọi em 0912 345 678 để mua sỉ");
        ChatMessage digits = chat.post(minh, w.eventId(), "zalo 09.12.34.56.78");
        assertEquals("LINK", link.heldReason());
        assertEquals("LINK", url.heldReason());
        assertEquals("PHONE", phone.heldReason());
        assertEquals("PHONE", digits.heldReason());

        assertEquals(List.of("Trà ngon quá"), bodies(chat.recent(null, w.eventId(), 50)), "anyone sees only visible ones");
        assertEquals(List.of("Trà ngon quá", "Gọi em 0912 345 678 để mua sỉ", "zalo 09.12.34.56.78"),
                bodies(chat.recent(minh, w.eventId(), 50)), "the author sees their own held messages");
        assertEquals(5, chat.recent(w.owner(), w.eventId(), 50).size(), "the producer sees every held message");
        assertEquals(4, chat.held(officer, w.eventId()).size());

        chat.approve(w.owner(), phone.id());
        chat.delete(w.owner(), plain.id());
        assertEquals(List.of("Gọi em 0912 345 678 để mua sỉ"), bodies(chat.recent(lan, w.eventId(), 50).stream()
                .filter(m -> !m.held()).toList()), "approved shows to all, deleted to none");
        assertEquals(1, chat.shownCount(w.eventId()));
    }

    @Test
    void mutedShoppersCannotPostUntilUnmuted() {
        LiveAudienceFixtures.World w = fixtures.live("Lào Cai", 150_000);
        SignedInUser lan = fixtures.shopper("Lan");
        ChatMessage first = chat.post(lan, w.eventId(), "Chào shop");

        chat.mute(w.owner(), w.eventId(), first.userId());
        InvalidInputException muted = assertThrows(InvalidInputException.class, () -> chat.post(lan, w.eventId(), "Alo"));
        assertEquals("live.chat.muted", code(muted));
        assertEquals(List.of("Lan"), chat.muted(officer, w.eventId()).stream().map(LiveChat.MutedShopper::displayName).toList());

        chat.unmute(officer, w.eventId(), lan.id());
        assertEquals("Alo", chat.post(lan, w.eventId(), "Alo").body());
    }

    @Test
    void slowModeMakesEachShopperWaitButNotTheModerators() {
        LiveAudienceFixtures.World w = fixtures.live("Lào Cai", 120_000);
        SignedInUser lan = fixtures.shopper("Lan");
        Instant t0 = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        clock.freeze(t0);
        chat.setSlowMode(w.owner(), w.eventId(), 30);
        assertEquals(30, chat.slowMode(w.eventId()));
        chat.post(lan, w.eventId(), "Câu hỏi một");

        clock.freeze(t0.plusSeconds(10));
        InvalidInputException slow = assertThrows(InvalidInputException.class, () -> chat.post(lan, w.eventId(), "Câu hai"));
        assertEquals("live.chat.slowMode", code(slow));
        assertEquals(List.of(30, 20L), slow.errors().getFirst().args(), "the wait left is named");

        clock.freeze(t0.plusSeconds(31));
        assertEquals("Câu hai", chat.post(lan, w.eventId(), "Câu hai").body());

        InvalidInputException range = assertThrows(InvalidInputException.class,
                () -> chat.setSlowMode(w.owner(), w.eventId(), 301));
        assertEquals("slowMode", range.errors().getFirst().field());
    }

    @Test
    void aFloodIsRefusedWithAClearMessageAndTheShopperMayPostAgainAfterTheWindow() {
        LiveAudienceFixtures.World w = fixtures.live("Lào Cai", 90_000);
        SignedInUser spammer = fixtures.shopper("Nhanh tay");
        Instant t0 = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        clock.freeze(t0);
        for (int i = 0; i < LiveChat.FLOOD_MESSAGES; i++) {
            chat.post(spammer, w.eventId(), "Chốt đơn " + i);
        }
        InvalidInputException flood = assertThrows(InvalidInputException.class,
                () -> chat.post(spammer, w.eventId(), "Chốt đơn nữa"));
        assertEquals("live.chat.flood", code(flood));
        assertTrue(flood.errors().getFirst().text(java.util.Locale.of("en")).contains("at most 5 messages in 10 seconds"));

        clock.freeze(t0.plusSeconds(11));
        chat.post(spammer, w.eventId(), "Chốt đơn nữa");
        assertEquals(LiveChat.FLOOD_MESSAGES + 1, chat.recent(null, w.eventId(), 50).size());
    }

    @Test
    void onlyTheEventsProducerAndOfficersModerateAndOnlyShoppersPostWhileLive() {
        LiveAudienceFixtures.World w = fixtures.live("Tuyên Quang", 100_000);
        LiveAudienceFixtures.World other = fixtures.live("Tuyên Quang", 100_000);
        SignedInUser lan = fixtures.shopper("Lan");
        ChatMessage m = chat.post(lan, w.eventId(), "Shop ơi");

        assertEquals("live.chat.notModerator", code(assertThrows(InvalidInputException.class,
                () -> chat.delete(other.owner(), m.id()))), "another producer may not delete");
        assertEquals("live.chat.notModerator", code(assertThrows(InvalidInputException.class,
                () -> chat.mute(lan, w.eventId(), lan.id()))), "a shopper may not mute");
        assertEquals("live.chat.notModerator", code(assertThrows(InvalidInputException.class,
                () -> chat.setSlowMode(other.owner(), w.eventId(), 10))));
        assertFalse(chat.mayModerate(other.owner(), w.eventId()));
        assertTrue(chat.mayModerate(w.owner(), w.eventId()));
        chat.delete(officer, m.id());
        assertTrue(chat.recent(null, w.eventId(), 50).isEmpty());

        assertEquals("live.chat.signIn", code(assertThrows(InvalidInputException.class,
                () -> chat.post(null, w.eventId(), "Xin chào"))));
        assertEquals("live.chat.shoppersOnly", code(assertThrows(InvalidInputException.class,
                () -> chat.post(other.owner(), w.eventId(), "Ghé gian hàng tôi"))));
        assertEquals("live.chat.tooLong", code(assertThrows(InvalidInputException.class,
                () -> chat.post(lan, w.eventId(), "a".repeat(301)))));
        assertEquals("live.chat.empty", code(assertThrows(InvalidInputException.class,
                () -> chat.post(lan, w.eventId(), "<p> </p>"))));
        fixtures.end(w);
        assertEquals("live.chat.closed", code(assertThrows(InvalidInputException.class,
                () -> chat.post(lan, w.eventId(), "Còn hàng không?"))));
    }
}
