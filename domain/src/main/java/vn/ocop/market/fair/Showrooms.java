package vn.ocop.market.fair;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.VietnameseText;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Permanent OCOP showrooms and points of sale: officers keep them, shoppers find them. */
@Singleton
public class Showrooms {

    private final ShowroomRepository showrooms;
    private final AdminUnits units;
    private final Producers producers;
    private final Catalog catalog;
    private final Clock clock;

    Showrooms(ShowroomRepository showrooms, AdminUnits units, Producers producers, Catalog catalog, Clock clock) {
        this.showrooms = showrooms;
        this.units = units;
        this.producers = producers;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Showroom> page(int offset, int limit) {
        return showrooms.page(offset, limit);
    }

    @Transactional(readOnly = true)
    public int count() {
        return showrooms.countAll();
    }

    @Transactional(readOnly = true)
    public Optional<Showroom> byId(long id) {
        return showrooms.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Showroom> bySlug(String slug) {
        return slug == null ? Optional.empty() : showrooms.findBySlug(slug);
    }

    /** The ids of the producers the showroom carries. */
    @Transactional(readOnly = true)
    public List<Long> producerIds(long showroomId) {
        return showrooms.producersOf(showroomId);
    }

    /** The ids of the products the showroom carries, on sale or not (the console edits them all). */
    @Transactional(readOnly = true)
    public List<Long> productIds(long showroomId) {
        return showrooms.productsOf(showroomId);
    }

    /** The products the showroom carries that are on sale now (what shoppers see). */
    @Transactional(readOnly = true)
    public List<ListedProduct> listedProducts(long showroomId) {
        return catalog.listedAmong(showrooms.productsOf(showroomId));
    }

    /** The province's name in Vietnamese and English. */
    public String provinceName(String code, boolean english) {
        return units.province(code).map(p -> english ? p.nameEn() : p.name()).orElse(code);
    }

    /** Creates a showroom (officers only). */
    @Transactional
    public Showroom create(SignedInUser officer, ShowroomDraft d) {
        FairPlanning.requireOfficer(officer);
        check(d);
        String slug = VietnameseText.uniqueSlug(d.name(), 150, showrooms::existsBySlug);
        Showroom saved = showrooms.save(new Showroom(null, slug, d.name().strip(), FairChecks.clean(d.nameEn()),
                d.address().strip(), d.provinceCode().strip(), FairChecks.clean(d.communeCode()),
                FairChecks.clean(d.openingHours()), FairChecks.clean(d.phone()), FairChecks.clean(d.description()),
                clock.instant(), 0));
        carry(saved.id(), d);
        return saved;
    }

    /** Saves an officer's changes; refused when someone else saved the showroom since it was read. */
    @Transactional
    public Showroom edit(SignedInUser officer, long id, int version, ShowroomDraft d) {
        FairPlanning.requireOfficer(officer);
        Showroom s = showrooms.findById(id).orElseThrow(() -> new NotFoundException("showroom " + id));
        if (s.version() != version) {
            throw vn.ocop.market.shared.InvalidInputException.of("showroom", "fair.changedMeanwhile");
        }
        check(d);
        Showroom saved = showrooms.update(new Showroom(s.id(), s.slug(), d.name().strip(), FairChecks.clean(d.nameEn()),
                d.address().strip(), d.provinceCode().strip(), FairChecks.clean(d.communeCode()),
                FairChecks.clean(d.openingHours()), FairChecks.clean(d.phone()), FairChecks.clean(d.description()),
                s.createdAt(), s.version()));
        showrooms.clearProducers(id);
        showrooms.clearProducts(id);
        carry(id, d);
        return saved;
    }

    private void check(ShowroomDraft d) {
        List<FieldError> errors = new ArrayList<>();
        FairChecks.text(errors, "name", d.name(), true, 200);
        FairChecks.text(errors, "nameEn", d.nameEn(), false, 200);
        FairChecks.text(errors, "address", d.address(), true, 255);
        FairChecks.text(errors, "openingHours", d.openingHours(), false, 120);
        FairChecks.text(errors, "phone", d.phone(), false, 20);
        FairChecks.text(errors, "description", d.description(), false, 2000);
        if (d.provinceCode() == null || units.province(d.provinceCode()).isEmpty()) {
            errors.add(FieldError.of("province", "region.province.required"));
        }
        for (Long producerId : d.producerIds() == null ? List.<Long>of() : d.producerIds()) {
            if (producers.find(producerId).isEmpty()) {
                errors.add(FieldError.of("producers", "fair.showroom.unknownProducer", producerId));
            }
        }
        List<Long> productIds = d.productIds() == null ? List.of() : d.productIds();
        List<Long> carried = d.producerIds() == null ? List.of() : d.producerIds();
        for (ListedProduct p : catalog.listedAmong(List.copyOf(new LinkedHashSet<>(productIds)))) {
            if (!carried.contains(p.producerId())) {
                errors.add(FieldError.of("products", "fair.showroom.productOfOther", p.name()));
            }
        }
        if (catalog.listedAmong(List.copyOf(new LinkedHashSet<>(productIds))).size() != new LinkedHashSet<>(productIds).size()) {
            errors.add(FieldError.of("products", "fair.showroom.productNotOnSale"));
        }
        FairPlanning.refuse(errors);
    }

    private void carry(long id, ShowroomDraft d) {
        for (Long producerId : new LinkedHashSet<>(d.producerIds() == null ? List.<Long>of() : d.producerIds())) {
            showrooms.addProducer(id, producerId);
        }
        for (Long productId : new LinkedHashSet<>(d.productIds() == null ? List.<Long>of() : d.productIds())) {
            showrooms.addProduct(id, productId);
        }
    }
}
