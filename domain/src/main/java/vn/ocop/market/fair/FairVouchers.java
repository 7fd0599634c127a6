package vn.ocop.market.fair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.CartLine;
import vn.ocop.market.order.CheckoutDiscounts;
import vn.ocop.market.order.Shipment;
import vn.ocop.market.shared.ClockFactory;
import vn.ocop.market.shared.Constraints;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.VietnameseDates;
import vn.ocop.market.shared.Vnd;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fair vouchers: a code (or an automatic discount) valid only on the fair's days in Vietnam, only for
 * the products its booths bring, within a total budget and a per-buyer limit. Checkout finds the
 * discount at review and claims it in the order transaction: the budget by a conditional update
 * (never spent beyond it, however many checkouts race), the buyer's uses likewise.
 */
@Singleton
public class FairVouchers implements CheckoutDiscounts {

    /** What an officer fills in: a code (blank for an automatic discount), a percentage or an amount. */
    public record NewVoucher(long fairId, @Nullable String code, String name, @Nullable Integer percentOff,
                             @Nullable Long amountOffVnd, @Nullable Long maxOffVnd, long budgetVnd, int perBuyerLimit) {
    }

    /** A voucher with what it has taken so far. */
    public record VoucherView(long id, long fairId, @Nullable String code, String name, @Nullable Integer percentOff,
                              @Nullable Long amountOffVnd, @Nullable Long maxOffVnd, long budgetVnd, long spentVnd,
                              int perBuyerLimit, long orders, long checkouts) {

        public boolean automatic() {
            return code == null;
        }
    }

    /** The largest budget one voucher may have. */
    public static final long MAX_BUDGET = 100_000_000_000L;

    private final FairVoucherRepository vouchers;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    FairVouchers(FairVoucherRepository vouchers, TransactionOperations<Connection> tx, Clock clock) {
        this.vouchers = vouchers;
        this.tx = tx;
        this.clock = clock;
    }

    /** Creates a voucher for a fair (officers and admins); refuses invalid terms or a code in use. */
    public long create(SignedInUser user, NewVoucher v) {
        if (!user.hasRole(Role.OFFICER, Role.ADMIN)) {
            throw new NotFoundException("No fair vouchers for this account");
        }
        VoucherRules.check(v);
        String code = v.code() == null || v.code().isBlank() ? null : normalise(v.code());
        try {
            return tx.executeWrite(s -> {
                if (vouchers.byFair(v.fairId()).isEmpty()) {
                    throw new NotFoundException("No fair " + v.fairId());
                }
                return vouchers.save(new FairVoucherRepository.Voucher(null, v.fairId(), code, v.name().trim(),
                        v.percentOff(), v.amountOffVnd(), v.maxOffVnd(), v.budgetVnd(), 0, v.perBuyerLimit(),
                        clock.instant())).id();
            });
        } catch (RuntimeException e) {
            if (Constraints.violates(e, "uq_fair_voucher_code")) {
                throw InvalidInputException.of("code", "fair.voucher.codeTaken", code);
            }
            throw e;
        }
    }

    /** A fair an officer may give vouchers to (or report on): its name and days. */
    public record FairChoice(long id, String name, String days) {
    }

    /** The latest 200 fairs not cancelled, newest first, for the console's pickers. */
    public List<FairChoice> fairs() {
        return tx.executeRead(s -> vouchers.fairs()).stream().map(f -> new FairChoice(f.id(), f.name(),
                VietnameseDates.day(f.startsOn()) + " – " + VietnameseDates.day(f.endsOn()))).toList();
    }

    /** A fair's vouchers with their uses. */
    public List<VoucherView> ofFair(long fairId) {
        return tx.executeRead(s -> {
            Map<Long, FairVoucherRepository.Usage> usage = vouchers.usageOf(fairId).stream()
                    .collect(Collectors.toMap(FairVoucherRepository.Usage::voucherId, u -> u));
            return vouchers.ofFair(fairId).stream().map(o -> {
                FairVoucherRepository.Usage u = usage.get(o.id());
                return new VoucherView(o.id(), o.fairId(), o.code(), o.name(), o.percentOff(), o.amountOffVnd(),
                        o.maxOffVnd(), o.budgetVnd(), o.spentVnd(), o.perBuyerLimit(), u == null ? 0 : u.orders(),
                        u == null ? 0 : u.checkouts());
            }).toList();
        });
    }

    @Override
    public Optional<Discount> find(@Nullable String code, @Nullable Buyer buyer, List<Shipment> shipments, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ClockFactory.VIETNAM);
        if (code != null && !code.isBlank()) {
            return Optional.of(byCode(code, buyer, shipments, today));
        }
        Discount best = null;
        for (FairVoucherRepository.Offer o : vouchers.automaticOn(today)) {
            Map<Long, Long> off = split(o, shipments);
            long total = sum(off);
            if (total == 0 || o.budgetVnd() - o.spentVnd() < total || (buyer != null && usesOf(o, buyer) >= o.perBuyerLimit())) {
                continue;
            }
            if (best == null || total > best.totalVnd()) {
                best = new Discount(o.id(), o.name(), off);
            }
        }
        return Optional.ofNullable(best);
    }

    private Discount byCode(String typed, @Nullable Buyer buyer, List<Shipment> shipments, LocalDate today) {
        String code = normalise(typed);
        FairVoucherRepository.Offer o = vouchers.byCode(code).filter(v -> "PUBLISHED".equals(v.fairStatus()))
                .orElseThrow(() -> InvalidInputException.of("voucher", "fair.voucher.unknown", code));
        if (today.isBefore(o.startsOn()) || today.isAfter(o.endsOn())) {
            throw InvalidInputException.of("voucher", today.isBefore(o.startsOn()) ? "fair.voucher.notYet" : "fair.voucher.over",
                    code, o.fairName(), VietnameseDates.day(o.startsOn()), VietnameseDates.day(o.endsOn()));
        }
        Map<Long, Long> off = split(o, shipments);
        long total = sum(off);
        if (total == 0) {
            throw InvalidInputException.of("voucher", "fair.voucher.noFairProduct", code, o.fairName());
        }
        if (o.budgetVnd() - o.spentVnd() < total) {
            throw InvalidInputException.of("voucher", "fair.voucher.budgetUsed", code);
        }
        if (buyer != null && usesOf(o, buyer) >= o.perBuyerLimit()) {
            throw InvalidInputException.of("voucher", "fair.voucher.buyerLimit", code, o.perBuyerLimit());
        }
        return new Discount(o.id(), code + " · " + o.name(), off);
    }

    @Override
    public void claim(Discount discount, Buyer buyer, long checkoutId, Map<Long, Long> orderIdByProducer, Instant now) {
        FairVoucherRepository.Offer o = vouchers.byId(discount.voucherId()).orElseThrow();
        String name = o.code() == null ? o.name() : o.code();
        if (vouchers.spend(o.id(), discount.totalVnd()) == 0) {
            throw InvalidInputException.of("voucher", "fair.voucher.budgetUsed", name);
        }
        for (String key : keys(buyer)) {
            vouchers.ensureBuyer(o.id(), key);
            if (vouchers.countUse(o.id(), key, o.perBuyerLimit()) == 0) {
                throw InvalidInputException.of("voucher", "fair.voucher.buyerLimit", name, o.perBuyerLimit());
            }
        }
        discount.byProducer().forEach((producerId, off) -> vouchers.recordUse(o.id(), checkoutId,
                orderIdByProducer.get(producerId), producerId, off, now));
    }

    /** Producer id → discount for the fair goods in these shipments. */
    private Map<Long, Long> split(FairVoucherRepository.Offer o, List<Shipment> shipments) {
        List<Long> ids = shipments.stream().flatMap(s -> s.lines().stream()).map(CartLine::productId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<String> fair = vouchers.fairProducts(o.fairId(), ids).stream()
                .map(p -> p.producerId() + ":" + p.productId()).collect(Collectors.toSet());
        Map<Long, Long> goods = new LinkedHashMap<>();
        for (Shipment s : shipments) {
            long g = Vnd.saturatedSum(s.lines().stream().filter(l -> fair.contains(l.producerId() + ":" + l.productId()))
                    .mapToLong(CartLine::subtotalVnd));
            if (g > 0) {
                goods.put(s.producerId(), g);
            }
        }
        return VoucherMath.split(goods, o.percentOff(), o.amountOffVnd(), o.maxOffVnd());
    }

    private int usesOf(FairVoucherRepository.Offer o, Buyer buyer) {
        List<String> keys = keys(buyer);
        return keys.isEmpty() ? 0 : vouchers.usesOf(o.id(), keys);
    }

    /** Every key a buyer is known by; each one's uses count against the limit. */
    static List<String> keys(Buyer buyer) {
        List<String> keys = new ArrayList<>();
        if (buyer.userId() != null) {
            keys.add("u:" + buyer.userId());
        }
        if (buyer.email() != null && !buyer.email().isBlank()) {
            keys.add("e:" + buyer.email().trim().toLowerCase(Locale.ROOT));
        }
        if (buyer.phone() != null && !buyer.phone().isBlank()) {
            keys.add("p:" + buyer.phone().replaceAll("\\D", ""));
        }
        return keys;
    }

    private static long sum(Map<Long, Long> off) {
        return off.values().stream().mapToLong(Long::longValue).sum();
    }

    static String normalise(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }
}
