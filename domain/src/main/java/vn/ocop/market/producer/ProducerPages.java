package vn.ocop.market.producer;

import io.micronaut.data.model.Limit;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.SortBy;

import java.util.List;
import java.util.Map;

/** The registered producers one page at a time for the console; offset, limit and sort go to the database. */
@Singleton
public class ProducerPages {

    /** The sort keys a console grid may ask for, each a fixed SQL expression. */
    public static final Map<String, String> SORTS = Map.of("name", "name", "type", "type", "province", "province",
            "formerProvince", "former_province", "commune", "commune");

    private final ProducerRepository repository;

    ProducerPages(ProducerRepository repository) {
        this.repository = repository;
    }

    /** One page of producers, by the whitelisted keys (by name when none), then by id. */
    @Transactional(readOnly = true)
    public List<Producer> page(int offset, int limit, List<SortBy> sort) {
        Sort order = SortBy.sort(sort.isEmpty() ? List.of(SortBy.asc("name")) : sort, SORTS, Sort.Order.asc("id"));
        return limit <= 0 ? List.of() : repository.sorted(order, Limit.of(limit, Math.max(0, offset)));
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }
}
